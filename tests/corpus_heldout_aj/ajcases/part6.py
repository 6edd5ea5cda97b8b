"""Cases 071-080: bounces and unrelated mail."""
from .common import *  # noqa: F401,F403


# ================================================================ bounces
# ---------------------------------------------------------------- 071
def b_postfix_user_unknown():
    s = sup("PKTEC", "Packtec Spares Ltd", "orders@packtec-spares.example", "en-GB")
    po = PO("4500319875", s, "kv", "2026-11-12", [
        L(1, "VFFS-JAW-180", "Sealing jaw set 180 mm, vertical bagger VB-300", 1, "SET", "1090.00", "2026-12-04"),
        L(2, "BRG-6202-2RS", "Deep groove ball bearing 6202-2RS C3", 30, "EA", "3.95", "2026-12-04"),
    ])
    orig = our_request_eml(po, rfc_date("2026-11-12 09:14:58", "+0100"), contact="Gareth")
    qid = "4Qk9Zt1xYbz9sWq"
    note = ("This is the mail system at host mx1.halden-roe.example.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n"
            "<orders@packtec-spares.example>: host mx.packtec-spares.example[203.0.113.25]\n"
            "    said: 550 5.1.1 <orders@packtec-spares.example>: Recipient address\n"
            "    rejected: User unknown in virtual mailbox table (in reply to RCPT TO\n"
            "    command)\n")
    ds = ("Reporting-MTA: dns; mx1.halden-roe.example\n"
          f"X-Postfix-Queue-ID: {qid}\n"
          "X-Postfix-Sender: rfc822; katrin.vogel@halden-roe.example\n"
          "Arrival-Date: Thu, 12 Nov 2026 09:14:59 +0100 (CET)\n\n"
          "Final-Recipient: rfc822; orders@packtec-spares.example\n"
          "Original-Recipient: rfc822;orders@packtec-spares.example\n"
          "Action: failed\n"
          "Status: 5.1.1\n"
          "Remote-MTA: dns; mx.packtec-spares.example\n"
          "Diagnostic-Code: smtp; 550 5.1.1 <orders@packtec-spares.example>: Recipient\n"
          "    address rejected: User unknown in virtual mailbox table\n")
    bnd = f"{qid}.1794471301/mx1.halden-roe.example"
    body = multipart("report", bnd, [
        Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
             note.encode()),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], ds),
        rfc822(orig, extra=[("Content-Description", "Undelivered Message")]),
    ], extra_params=";\n\treport-type=delivery-status")
    h = [("Return-Path", "<>"), ("From", "MAILER-DAEMON@mx1.halden-roe.example (Mail Delivery System)"),
         ("To", "katrin.vogel@halden-roe.example"), ("Subject", "Undelivered Mail Returned to Sender"),
         ("Date", rfc_date("2026-11-12 09:15:01", "+0100")),
         ("Message-ID", f"<20261112081501.{qid}@mx1.halden-roe.example>"), ("Auto-Submitted", "auto-replied")]
    exp = expected("bounce", "Postfix DSN 5.1.1 user unknown; the returned original contains our full PO table with "
                   "quantities, prices and dates that must not be read as a confirmation.")
    return case("packaging-postfix-user-unknown", "bounce", "en-GB",
                "Postfix multipart/report whose attached original is our own PO request with every number in it.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 072
def b_exchange_ndr():
    s = sup("ACERN", "Aceros del Norte S.A.", "pedidos@acerosdelnorte.example", "es-ES")
    po = PO("4500319890", s, "to", "2026-11-12", [
        L(1, "REB-B500SD-10", "Rebar B500SD dia 10 mm, 12 m bars, EN 10080", 16, "TNE", "690.00", "2026-12-11"),
    ])
    orig = our_request_eml(po, rfc_date("2026-11-12 15:40:12", "+0100"), contact="Iñaki")
    html_ndr = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>'
                '<div style="font-family:Segoe UI,Frutiger,Arial,sans-serif"><p style="font-size:17pt;color:#000">'
                "Your message to pedidos@acerosdelnorte.example couldn't be delivered.</p>"
                "<p><b>pedidos</b> wasn't found at acerosdelnorte.example.</p>"
                '<table><tr><td style="color:#C00000">tom.okafor</td><td>Office 365</td><td>pedidos</td></tr>'
                '<tr><td>Sender</td><td></td><td style="color:#C00000">Action Required</td></tr></table>'
                "<p><b>How to Fix It</b><br>The address may be misspelled or may not exist. Try one or more of the "
                "following: retype the recipient's address, then resend the message.</p>"
                '<p style="font-size:9pt">Diagnostic information for administrators:<br>Generating server: '
                "DB8PR02MB5961.eurprd02.prod.outlook.com<br>pedidos@acerosdelnorte.example<br>"
                "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP "
                "address lookup'<br>Original message headers:</p></div></body></html>\n")
    plain_ndr = ("Your message to pedidos@acerosdelnorte.example couldn't be delivered.\n\n"
                 "pedidos wasn't found at acerosdelnorte.example.\n\n"
                 "tom.okafor    Office 365    pedidos\nAction Required                Recipient\n\n"
                 "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or "
                 "more of the following: retype the recipient's address, then resend the message.\n\n"
                 "Diagnostic information for administrators:\n\nGenerating server: DB8PR02MB5961.eurprd02.prod.outlook.com\n"
                 "pedidos@acerosdelnorte.example\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
                 "Recipient not found by SMTP address lookup'\n")
    ds = ("Reporting-MTA: dns;DB8PR02MB5961.eurprd02.prod.outlook.com\n"
          "Received-From-MTA: dns;AM9PR04MB8234.eurprd04.prod.outlook.com\n"
          "Arrival-Date: Thu, 12 Nov 2026 14:40:13 +0000\n\n"
          "Final-Recipient: rfc822;pedidos@acerosdelnorte.example\n"
          "Action: failed\n"
          "Status: 5.1.10\n"
          "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n")
    alt = multipart("alternative", "_000_DB8PR02MB59616A1C2B3D4E5F60718293DB8PR02MB5961eurp_",
                    [text(plain_ndr, "plain", "us-ascii"), text(html_ndr, "html", "us-ascii")], preamble=None)
    body = multipart("report", "_002_DB8PR02MB59616A1C2B3D4E5F60718293DB8PR02MB5961eurp_", [
        alt, raw_part([("Content-Type", "message/delivery-status")], ds), rfc822(orig)],
        extra_params=";\n\treport-type=delivery-status", preamble=None)
    h = [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@halden-roe.example>"),
         ("To", "Tom Okafor <tom.okafor@halden-roe.example>"),
         ("Subject", "Undeliverable: " + subject_po(po)),
         ("Date", rfc_date("2026-11-12 14:40:14", "+0000")),
         ("Message-ID", "<8a4c21f0-77d3-4c1b-9e2f-3b6a5d0c9e11@DB8PR02MB5961.eurprd02.prod.outlook.com>"),
         ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
         ("Thread-Topic", subject_po(po)), ("Auto-Submitted", "auto-replied"),
         ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US")]
    exp = expected("bounce", "Exchange Online NDR (5.1.10 RecipientNotFound), threaded on our request via In-Reply-To "
                   "and carrying our original PO.")
    return case("rebar-exchange-ndr-recipient-not-found", "bounce", "es-ES",
                "Exchange NDR that is threaded (In-Reply-To) on the PO request and has an 'Undeliverable: <our subject>' subject.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 073
def b_exim_quota():
    s = sup("PORCZ", "Karlovarský porcelán a.s.", "obchod@kv-porcelan.example", "cs-CZ")
    po = PO("4500319905", s, "sm", "2026-11-13", [
        L(1, "POR-TAL-MEL-19", "Dessert plate 19 cm, white porcelain", 480, "PCE", "3.60", "2026-12-11"),
        L(2, "POR-HRN-300", "Mug 300 ml", 240, "PCE", "2.90", "2026-12-11"),
    ])
    orig = our_request_eml(po, rfc_date("2026-11-13 10:02:44", "+0100"), contact="Ms. Nováková")
    orig_headers = orig.split(b"\n\n", 1)[0].decode("ascii") + "\n"
    note = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  obchod@kv-porcelan.example\n"
            "    host mx1.kv-porcelan.example [198.51.100.40]\n"
            "    SMTP error from remote mail server after RCPT TO:<obchod@kv-porcelan.example>:\n"
            "    552 5.2.2 Schranka prijemce je plna / Mailbox quota exceeded (2048 MB)\n")
    ds = ("Reporting-MTA: dns; relay2.halden-roe.example\n\n"
          "Action: failed\n"
          "Final-Recipient: rfc822;obchod@kv-porcelan.example\n"
          "Status: 5.2.2\n"
          "Remote-MTA: dns; mx1.kv-porcelan.example\n"
          "Diagnostic-Code: smtp; 552 5.2.2 Schranka prijemce je plna / Mailbox quota exceeded (2048 MB)\n")
    body = multipart("report", "1794560566-eximdsn-1804289383", [
        text(note, "plain", "us-ascii", "7bit"),
        raw_part([("Content-Type", "message/delivery-status")], ds),
        raw_part([("Content-Type", "text/rfc822-headers")], orig_headers),
    ], extra_params=";\n\treport-type=delivery-status", preamble=None)
    h = [("Return-Path", "<>"), ("From", "Mail Delivery System <Mailer-Daemon@relay2.halden-roe.example>"),
         ("To", "sofia.marques@halden-roe.example"),
         ("Subject", "Mail delivery failed: returning message to sender"),
         ("Date", rfc_date("2026-11-13 10:02:46", "+0100")),
         ("Message-ID", "<E1vK8Zq-0004Xy-3H@relay2.halden-roe.example>"),
         ("X-Failed-Recipients", "obchod@kv-porcelan.example"), ("Auto-Submitted", "auto-replied")]
    exp = expected("bounce", "Exim DSN for a full mailbox (552 5.2.2 quota exceeded); only the original headers are "
                   "returned.")
    return case("porcelain-exim-mailbox-full", "bounce", "cs-CZ",
                "Exim quota-exceeded bounce with a Czech server text and text/rfc822-headers instead of the full original.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 074
def b_gmail_domain_not_found():
    s = sup("LUBMX", "Lubricantes del Bajío S.A. de C.V.", "ventas@lubbajio.example", "es-MX")
    po = PO("4500319920", s, "sm", "2026-11-13", [
        L(1, "LUB-DEF-IBC", "AdBlue / DEF ISO 22241, IBC 1000 l", 2, "EA", "610.00", "2026-12-11"),
        L(2, "LUB-15W40-C20", "Engine oil SAE 15W-40, can 20 l", 40, "CAN", "68.50", "2026-12-11"),
    ], currency="USD")
    wrong = "ventas@lubbajio.example.mx"
    orig = our_request_eml(po, rfc_date("2026-11-13 16:20:05", "+0100"), to=wrong, contact="Lic. Ramírez")
    plain = ("\n** Address not found **\n\n"
             f"Your message wasn't delivered to {wrong} because the domain lubbajio.example.mx couldn't be found. "
             "Check for typos or unnecessary spaces and try again.\n\n"
             "Learn more here: https://support.google.com/mail/?p=BadRcptDomain\n\n"
             "The response was:\n\n"
             "DNS Error: DNS type 'mx' lookup of lubbajio.example.mx responded with code NXDOMAIN Domain name not "
             "found: lubbajio.example.mx\n")
    htm = ('<html><head></head><body><table cellpadding="0" cellspacing="0" style="max-width:600px">'
           '<tr><td style="font-size:24px;padding:24px 0 8px">Address not found</td></tr>'
           f"<tr><td>Your message wasn't delivered to <a style=\"color:#212121;text-decoration:none\"><b>{wrong}</b></a> "
           "because the domain lubbajio.example.mx couldn't be found. Check for typos or unnecessary spaces and try "
           'again.</td></tr><tr><td style="padding-top:24px"><a href="https://support.google.com/mail/?p=BadRcptDomain">'
           'LEARN MORE</a></td></tr></table><p style="font-size:12px">The response was:</p>'
           "<p style=\"font-family:monospace\">DNS Error: DNS type 'mx' lookup of lubbajio.example.mx responded with code "
           "NXDOMAIN Domain name not found: lubbajio.example.mx</p></body></html>\n")
    ds = ("Reporting-MTA: dns; googlemail.com\n"
          "Arrival-Date: Fri, 13 Nov 2026 07:20:05 -0800 (PST)\n"
          f"X-Original-Message-ID: {po['request_message_id']}\n\n"
          f"Final-Recipient: rfc822; {wrong}\n"
          "Action: failed\n"
          "Status: 5.1.2\n"
          "Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of lubbajio.example.mx responded with code NXDOMAIN\n"
          " Domain name not found: lubbajio.example.mx\n"
          "Last-Attempt-Date: Fri, 13 Nov 2026 07:20:06 -0800 (PST)\n")
    alt = multipart("alternative", "000000000000c2f8a10646d3e1a0", [text(plain, "plain", "UTF-8"), text(htm, "html", "UTF-8")],
                    preamble=None)
    body = multipart("report", "000000000000b1e7a00646d3e19e", [
        alt, raw_part([("Content-Type", "message/delivery-status")], ds), rfc822(orig)],
        extra_params=";\n\treport-type=delivery-status", preamble=None)
    h = [("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
         ("To", "sofia.marques@halden-roe.example"),
         ("Subject", "Delivery Status Notification (Failure)"),
         ("Date", rfc_date("2026-11-13 07:20:06", "-0800")),
         ("Message-ID", "<6734c4e6.050a0220.3b1c2f.9a41.GMR@mx.google.com>"),
         ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
         ("Auto-Submitted", "auto-replied")]
    exp = expected("bounce", "Gmail 'Address not found' DSN (domain typo .example.mx, NXDOMAIN) with the original PO "
                   "attached; threaded on our request.")
    return case("lubricants-gmail-domain-not-found", "bounce", "es-MX",
                "Gmail DSN for a mistyped domain (not the supplier's real address), threaded and carrying the PO.",
                [po], message(h, body), exp)


# ================================================================ unrelated
# ---------------------------------------------------------------- 075
def u_newsletter():
    s = sup("PKTEC", "Packtec Spares Ltd", "orders@packtec-spares.example", "en-GB")
    po = PO("4500319935", s, "kv", "2026-11-13", [
        L(1, "VFFS-JAW-220", "Sealing jaw set 220 mm, vertical bagger VB-400", 1, "SET", "1240.00", "2026-12-11"),
        L(2, "PTFE-TAPE-013", "PTFE tape 0.13 mm x 25 mm x 10 m", 10, "ROL", "14.80", "2026-12-11"),
    ])
    txt = ("PACKTEC NEWS | November 2026\n\n"
           "New: VB-400 sealing jaw kits - now with twin PTFE strips, from GBP 1,180 per set.\n\n"
           "Price list 2027\nOur 2027 price list is valid from 1 January 2027. Average adjustment +2.5%.\n\n"
           "Christmas dispatch\nLast dispatch before Christmas: Friday 18 December. We reopen on Monday 4 January 2027.\n\n"
           "Meet us at interpack 2026? No - see you at FachPack, stand 7-330, 23-25 September 2027.\n\n"
           "You are receiving this e-mail because you are a Packtec customer.\n"
           "Unsubscribe: https://news.packtec-spares.example/u?id=8812f0c1\n")
    htm = doc('<table width="600" align="center" style="font-family:Arial"><tr><td style="background:#0B3D6B;color:#fff;'
              'padding:16px"><h1>PACKTEC NEWS</h1>November 2026</td></tr><tr><td style="padding:12px">'
              "<h2>New: VB-400 sealing jaw kits</h2><p>Now with twin PTFE strips, from <b>GBP 1,180 per set</b>.</p>"
              "<h2>Price list 2027</h2><p>Our 2027 price list is valid from 1 January 2027. Average adjustment +2.5%.</p>"
              "<h2>Christmas dispatch</h2><p>Last dispatch before Christmas: Friday 18 December. We reopen on Monday "
              "4 January 2027.</p><p>See you at FachPack, stand 7-330, 23-25 September 2027.</p></td></tr>"
              '<tr><td style="font-size:10px;color:#888">You are receiving this e-mail because you are a Packtec '
              'customer. <a href="https://news.packtec-spares.example/u?id=8812f0c1">Unsubscribe</a></td></tr></table>')
    body = multipart("alternative", "_----------=_MCPart_1794560000", [text(txt, "plain"), text(htm, "html")],
                     preamble=None)
    h = [("From", "Packtec Spares <news@packtec-spares.example>"), ("To", "katrin.vogel@halden-roe.example"),
         ("Subject", "Packtec News: new jaw kits, 2027 prices & Christmas dispatch"),
         ("Date", rfc_date("2026-11-17 07:00", "+0000")),
         ("Message-ID", "<0.1.7F.8A3.1DB5A1C2E4F6B80.0@mail164.news.packtec-spares.example>"),
         ("List-Unsubscribe", "<https://news.packtec-spares.example/u?id=8812f0c1>, <mailto:unsub-8812f0c1@news.packtec-spares.example>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
         ("X-Campaign", "pk-nov-2026")]
    exp = expected("unrelated", "Supplier newsletter mentioning the same jaw-set family with a price, a 2027 price-list "
                   "date and Christmas dispatch dates; it does not answer the open PO.")
    return case("packaging-newsletter-mentions-ordered-part", "unrelated", "en-GB",
                "Bulk newsletter from the same supplier quoting a price and dates for the very part we have on order.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 076
def u_invoice_other_order():
    s = sup("FOLPOL", "Folpak Polska Sp. z o.o.", "sprzedaz@folpak.example", "pl-PL")
    po = PO("4500319950", s, "sm", "2026-11-12", [
        L(1, "SHF-PE-STR-23", "Stretch film 23 micron, 500 mm, 2.4 kg roll", 300, "ROL", "5.60", "2026-12-07"),
    ])
    rows = [("H", "Folpak Polska Sp. z o.o."),
            "ul. Przemyslowa 9, 62-300 Wrzesnia  |  NIP 789-123-45-67",
            "",
            ("B", "FAKTURA VAT nr FV/11/2026/0412"),
            [(40, "Data wystawienia:"), (180, "16.11.2026")],
            [(40, "Data dostawy:"), (180, "03.11.2026")],
            [(40, "Nabywca:"), (180, "Halden & Roe Group, Industrieweg 12, 3044 AS Rotterdam, NL")],
            [(40, "Zamowienie nabywcy:"), (180, "4500318655")],
            [(40, "WZ:"), (180, "WZ/11/2026/0877")],
            "",
            [(40, "Lp.", True), (65, "Nazwa", True), (300, "Ilosc", True), (345, "J.m.", True),
             (380, "Cena netto EUR", True), (470, "Wartosc netto", True)],
            [(40, "1"), (65, "Folia stretch 23 mic 500 mm 2,4 kg"), (300, "250"), (345, "rol."), (380, "5,60"),
             (470, "1 400,00")],
            [(40, "2"), (65, "Folia termokurczliwa 120 mic"), (300, "600"), (345, "kg"), (380, "2,40"),
             (470, "1 440,00")],
            "",
            [(380, "Razem netto:"), (470, "2 840,00")],
            [(380, "VAT 0% (WDT):"), (470, "0,00")],
            [(380, "Do zaplaty:", True), (470, "2 840,00 EUR", True)],
            "",
            "Termin platnosci: 60 dni, do 15.01.2027. Przelew na rachunek PL61 1090 1014 0000 0712 1981 2874.",
            ]
    pdf = make_pdf(layout(rows, size=8), title="FV/11/2026/0412", producer="Comarch ERP Optima")
    seed = "076"
    mid, bnd, pre = outlook_ids(seed)
    txt = ("Dzień dobry,\n\n"
           "w załączeniu przesyłamy fakturę VAT nr FV/11/2026/0412 do zamówienia 4500318655 (dostawa z dnia 03.11.2026).\n\n"
           "Z poważaniem\nDział Księgowości\nFolpak Polska Sp. z o.o.\n")
    alt = multipart("alternative", bnd, [text(txt, "plain", "iso-8859-2"), text(doc(paras(txt), "iso-8859-2"), "html", "iso-8859-2")],
                    preamble=None)
    body = multipart("mixed", "_004_" + pre + hexid(seed + "m", 24, True) + "_",
                     [alt, attachment(pdf, "application/pdf", "FV_11_2026_0412.pdf")], preamble=None)
    h = hdrs(("Folpak - Księgowość", "faktury@folpak.example"), ("Sofia Marques", po["buyer"]["email"]),
             "Faktura FV/11/2026/0412 - zamówienie 4500318655", rfc_date("2026-11-16 12:30", "+0100"), mid,
             extra=[("Cc", "ap.invoices@halden-roe.example")], from_charset="iso-8859-2")
    exp = expected("unrelated", "Invoice for a different, already delivered order (4500318655), same supplier and same "
                   "stretch-film item and price as the open PO 4500319950.")
    return case("shrink-film-invoice-for-other-po", "unrelated", "pl-PL",
                "Invoice PDF from the same supplier for another PO, with the same item and price as our open order.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 077
def u_shipping_notice_other_po():
    s = sup("OFFSUP", "Lakeside Office Supply Inc.", "mike.d@lakesideoffice.example", "en-US")
    po = PO("4500319965", s, "jl", "2026-11-13", [
        L(1, "TON-CF360A", "HP 508A toner cartridge black (CF360A)", 8, "EA", "98.50", "2026-11-24"),
        L(2, "TON-CF361A", "HP 508A toner cartridge cyan (CF361A)", 4, "EA", "131.20", "2026-11-24"),
    ], currency="USD")
    txt = ("Lakeside Office Supply - Shipment Notification\n\n"
           "Your order has shipped!\n\n"
           "Customer PO: 4500317990\nOur order #: SO-2611-55821\nShip date: 11/16/2026\n"
           "Carrier: UPS Worldwide Expedited\nTracking: 1Z9A81X20432157781\nEstimated delivery: 11/19/2026\n\n"
           "Items shipped:\n"
           "  CF360A  HP 508A Black Toner   Qty 6\n"
           "  CF362A  HP 508A Yellow Toner  Qty 2\n\n"
           "Questions? Reply to this email or call (651) 555-0140.\n")
    body = multipart("alternative", "----=_Part_884213_1930214811.1794852000000", [
        text(txt, "plain", "us-ascii", "7bit"), text(doc("<pre>" + html.escape(txt) + "</pre>"), "html", "us-ascii", "7bit")],
        preamble=None)
    h = [("From", "Lakeside Office Supply <shipping@lakesideoffice.example>"), ("To", "jonas.lind@halden-roe.example"),
         ("Subject", "Shipment notification - PO 4500317990 - SO-2611-55821"),
         ("Date", rfc_date("2026-11-16 15:02", "-0600")),
         ("Message-ID", "<1794852000000.884213.SO-2611-55821@shipping.lakesideoffice.example>"),
         ("Auto-Submitted", "auto-generated")]
    exp = expected("unrelated", "Shipping notice for another PO (4500317990) containing the same CF360A toner and a "
                   "delivery estimate; it says nothing about the open PO 4500319965.")
    return case("toner-shipping-notice-other-po", "unrelated", "en-US",
                "Automatic ASN for a different PO with overlapping item codes, a ship date and an estimated delivery date.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 078
def u_price_list_2027():
    s = sup("AGRAT", "Agrartechnik Steiner GmbH", "verkauf@agrar-steiner.example", "de-AT")
    po = PO("4500319980", s, "md", "2026-11-12", [
        L(1, "FRM-MWR-KNF-80", "Mower blade 80x4 mm for disc mower CM 240, set of 25", 6, "SET", "46.50", "2026-12-09"),
        L(2, "FRM-BRG-UCF207", "Flange bearing unit UCF 207", 8, "EA", "21.40", "2026-12-09"),
    ])
    import datetime as _dt
    rows = [["Agrartechnik Steiner GmbH - Preisliste 2027"],
            ["gültig ab", _dt.date(2027, 1, 1)],
            [],
            ["Artikelnr.", "Ihre Artikelnr.", "Bezeichnung", "VE", "Preis EUR 2026", "Preis EUR 2027", "Änderung %"],
            ["AS-MK-80-4", "FRM-MWR-KNF-80", "Mähklingen 80x4 CM 240, Satz à 25", "Satz", 46.5, 48.2, 3.7],
            ["AS-UCF207", "FRM-BRG-UCF207", "Flanschlager UCF 207", "Stk", 21.4, 22.1, 3.3],
            ["AS-GW138-6", "FRM-PTO-1-3/8-6", "Gelenkwellengabel 1 3/8\" 6-Zahn", "Stk", 38.9, 40.3, 3.6],
            ["AS-ZS-12", "", "Zinkenschraube M12x1,5 10.9", "100 Stk", 31.0, 31.9, 2.9]]
    xlsx = make_xlsx(rows, "Preisliste 2027")
    seed = "078"
    mid, bnd, pre = outlook_ids(seed)
    txt = ("Sehr geehrte Damen und Herren,\n\n"
           "anbei erhalten Sie unsere Preisliste 2027, gültig für alle Lieferungen ab 01.01.2027. Die Anpassung "
           "beträgt durchschnittlich +3,5 %. Bis 31.12.2026 eingehende Aufträge liefern wir noch zu den Preisen 2026.\n\n"
           "Mit freundlichen Grüßen\nIhr Team von Agrartechnik Steiner\n")
    alt = multipart("alternative", bnd, [text(txt, "plain"), text(doc(paras(txt)), "html")], preamble=None)
    body = multipart("mixed", "_004_" + pre + hexid(seed + "m", 24, True) + "_", [
        alt, attachment(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "Preisliste_2027_Halden_Roe.xlsx")], preamble=None)
    h = hdrs(("Agrartechnik Steiner - Verkauf", "verkauf@agrar-steiner.example"), ("Marek Dvorak", po["buyer"]["email"]),
             "Preisliste 2027", rfc_date("2026-11-18 08:30", "+0100"), mid,
             extra=outlook_extra("de-AT", attach=True, thread_topic="Preisliste 2027"))
    exp = expected("unrelated", "Customer-specific 2027 price list listing our ordered items with new prices valid from "
                   "01.01.2027; it is not an answer to the open PO (whose delivery is in 2026).")
    return case("farm-parts-price-list-2027-xlsx", "unrelated", "de-AT",
                "XLSX price list that names our PO's item numbers with new prices - looks like a price change, is not an answer.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 079
def u_statement_of_account():
    s = sup("ACERN", "Aceros del Norte S.A.", "pedidos@acerosdelnorte.example", "es-ES")
    po = PO("4500319995", s, "to", "2026-11-13", [
        L(1, "REB-B500SD-12", "Rebar B500SD dia 12 mm, 12 m bars, EN 10080", 20, "TNE", "685.00", "2026-12-04"),
    ])
    rows = [("FV-26/03318", "4500317406", "15/09/2026", "14/11/2026", "13.700,00"),
            ("FV-26/03702", "4500317781", "02/10/2026", "01/12/2026", "16.440,00"),
            ("FV-26/04011", "4500318122", "23/10/2026", "22/12/2026", "8.220,00"),
            ("AB-26/00217", "4500317406", "30/09/2026", "-", "-685,00")]
    tbl = ("<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse;font-size:10pt\"><tr><th>Documento</th>"
           "<th>Su pedido</th><th>Fecha</th><th>Vencimiento</th><th>Importe EUR</th></tr>"
           + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
           + "<tr><td colspan=\"4\"><b>Saldo a su cargo</b></td><td><b>37.675,00</b></td></tr></table>")
    txt = ("Estimados señores:\n\nLes remitimos el extracto de su cuenta a 31/10/2026:\n\n"
           + "\n".join("  ".join(r) for r in rows)
           + "\nSaldo a su cargo: 37.675,00 EUR\n\nLes rogamos comprueben los datos y, en caso de conformidad, "
           "procedan al pago de las facturas vencidas.\n\nDpto. de Administración\nAceros del Norte, S.A.\n")
    htm = doc("<p>Estimados señores:</p><p>Les remitimos el extracto de su cuenta a 31/10/2026:</p>" + tbl +
              "<p>Les rogamos comprueben los datos y, en caso de conformidad, procedan al pago de las facturas "
              "vencidas.</p><p>Dpto. de Administración<br>Aceros del Norte, S.A.</p>")
    assert 13700 + 16440 + 8220 - 685 == 37675
    seed = "079"
    mid, bnd, _ = outlook_ids(seed)
    body = multipart("alternative", bnd, [text(txt, "plain", "iso-8859-1"), text(htm, "html", "iso-8859-1")],
                     preamble=None)
    h = hdrs(("Administración Aceros del Norte", "administracion@acerosdelnorte.example"),
             ("Tom Okafor", po["buyer"]["email"]), "Extracto de cuenta a 31/10/2026 - Halden & Roe Group",
             rfc_date("2026-11-19 10:05", "+0100"), mid, extra=[("Cc", "ap.invoices@halden-roe.example")],
             from_charset="iso-8859-1")
    exp = expected("unrelated", "Statement of account listing invoices for older POs with document and due dates; "
                   "the open PO is not mentioned.")
    return case("rebar-statement-of-account", "unrelated", "es-ES",
                "Statement of account full of PO numbers, dates and amounts - none of them the open PO.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 080
def u_christmas_closure():
    s = sup("NORRV", "Norrvik Trä AB", "order@norrviktra.example", "sv-SE")
    po = PO("4500320010", s, "md", "2026-11-16", [
        L(1, "TMB-C24-45195-4800", "Structural timber C24 spruce 45x195 mm, L=4800 mm", 120, "PCE", "16.90", "2026-12-22"),
    ])
    assert D("2026-12-18").weekday() == 4 and D("2026-12-11").weekday() == 4
    txt = ("Hej!\n\n"
           "Norrvik Trä har julstängt från onsdag 23 december till och med onsdag 6 januari.\n\n"
           "Sista leveransdag före jul: fredag 18 december. Beställningar som ska levereras före jul måste vara "
           "oss tillhanda senast fredag 11 december.\n\n"
           "Vi önskar er en God Jul och ett Gott Nytt År!\n\n"
           "Norrvik Trä AB\n\nVill du inte få fler utskick? Avregistrera: https://norrviktra.example/avreg\n")
    body = multipart("alternative", "----=_Part_2026_XMAS_4711", [
        text(txt, "plain"), text(doc(paras(txt, "gmail")), "html")], preamble=None)
    h = [("From", addr("Norrvik Trä AB", "info@norrviktra.example")), ("To", "undisclosed-recipients:;"),
         ("Subject", enc_header("Julstängt 23/12–6/1 – sista leveransdag 18 december")),
         ("Date", rfc_date("2026-11-20 08:00", "+0100")),
         ("Message-ID", "<julstangt-2026.4711@norrviktra.example>"), ("Precedence", "bulk"),
         ("List-Unsubscribe", "<https://norrviktra.example/avreg>")]
    exp = expected("unrelated", "Mass Christmas-closure announcement (Bcc, bulk) with cut-off dates; it does not answer "
                   "the open PO even though its requested date falls in the closure.")
    return case("timber-swedish-christmas-closure-notice", "unrelated", "sv-SE",
                "Bulk closure notice with delivery cut-off dates that happen to affect our open PO, but it answers nothing.",
                [po], message(h, body), exp)


CASES = [b_postfix_user_unknown, b_exchange_ndr, b_exim_quota, b_gmail_domain_not_found,
         u_newsletter, u_invoice_other_order, u_shipping_notice_other_po, u_price_list_2027,
         u_statement_of_account, u_christmas_closure]
