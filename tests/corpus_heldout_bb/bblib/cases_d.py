"""Cases 055-070."""
from decimal import Decimal as Dm

from .common import (ACC, BM, IN, KN, LC, NH, REJ, UNC, VM, L, PO, Supplier, at, case, chg, de, en, expected, fr,
                     kw_friday)
from .mime import attachment, compose
from .pdf import Sheet, make_pdf
from .render import Quote, Raw, Table, esc, render_html, render_text, request_blocks, table_html, table_text
from .special import exim_bounce


# 055 ------------------------------------------------------------------------------------------
@case("levelling-clips-exim-plain-bounce", "bounce/tr-TR",
      "Plain-text Exim bounce (mailbox full) with our complete request, PO table and dates, pasted below the error text.")
def c055(ctx):
    sup = Supplier("ANKSERAM", "Anadolu Seramik Aksesuar Ltd. Sti.", "satis@anadoluseramik.example", "tr-TR", "Mr Demir")
    po = PO("4500235021", sup, KN, "EUR", "2026-11-27", [
        L(1, "TSP-LVL-3MM", "Tile levelling clip 3 mm, bag of 250", 400, "BOX", "6.90", "2027-01-15"),
        L(2, "TSP-WDG-100", "Levelling wedge, reusable, bag of 100", 200, "BOX", "4.40", "2027-01-15"),
    ])
    msg = exim_bounce(ctx, po, host="mail.anadoluseramik.example",
                      reason="mailbox is full (MTA-imposed quota exceeded while writing to file "
                             "/var/mail/satis):\n    retry timeout exceeded")
    exp = expected("bounce", "Exim 'Mail delivery failed' in one text/plain part; the copied original carries the PO "
                   "table (400/200 boxes, 2027-01-15).")
    return [po], msg, exp


# 056 ------------------------------------------------------------------------------------------
@case("hose-couplings-ticket-autoreply", "auto_reply/en-US",
      "Help-desk auto-response ('[Request #48213]') that restates our subject, a status and a response-time promise.")
def c056(ctx):
    sup = Supplier("KEYSTONE", "Keystone Fire Equipment Co.", "orders@keystonefire.example", "en-US", "Order Desk")
    po = PO("4500235077", sup, LC, "USD", "2026-11-30", [
        L(1, "FHC-NST-1.5", "Rocker lug coupling 1-1/2\" NST, aluminum", 120, "EA", "18.75", "2026-12-18"),
        L(2, "FHC-NST-2.5", "Rocker lug coupling 2-1/2\" NST, brass", 60, "EA", "64.20", "2026-12-18"),
        L(3, "FHC-GSK-2.5", "Coupling gasket 2-1/2\", EPDM, pack of 10", 30, "BOX", "7.90", "2026-12-18"),
    ])
    body = [
        "##- Please type your reply above this line -##",
        "Hi Priya,",
        "Thanks for contacting Keystone Fire Equipment. This is an automated response to let you know that we have "
        "received your request (#48213) and it has been assigned to our Order Desk queue.",
        "Our typical response time is 1 business day. You can add information to this request by replying to this email.",
        f"Request #48213: {po.req_subject}\nStatus: Open\nPriority: Normal",
        "Keystone Fire Equipment Co. | 1180 Industrial Blvd, Allentown, PA 18109 | (610) 555-0140",
        "[QX9L2-7R4M]",
    ]
    msg = compose(ctx, client="webmail", po=po, frm=("Keystone Fire Support", sup.addr("support")),
                  date=at("2026-11-30", "09:14", -5).replace(second=52),
                  subject=f"[Request #48213] Re: {po.req_subject}", body=body, charset="utf-8", quote=False,
                  extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                                 ("X-Mailer", "Zendesk Mailer")])
    exp = expected("auto_reply", "Ticket-system receipt; it repeats our subject with the PO number but answers nothing.")
    return [po], msg, exp


# 057 ------------------------------------------------------------------------------------------
@case("kombucha-per-sachet-semaine-50", "confirmation/fr-BE",
      "Belgian French: price per 500 g sachet for a per-kg PO line (7,80 € -> 15.60/kg), last year's price as a decoy, delivery 'semaine 50'.")
def c057(ctx):
    sup = Supplier("FERMBXL", "Ferments de Bruxelles SRL", "commandes@fermentsbxl.example", "fr-BE", "Ms Dubois")
    po = PO("4500235133", sup, VM, "EUR", "2026-11-23", [
        L(1, "KMB-SCOBY-FR", "Kombucha SCOBY, fresh, 2027 mother culture", 40, "KG", "15.00", "2026-12-11"),
        L(2, "KMB-START-1L", "Starter liquid, pH 2.5-3.5, 1 L bottles", 120, "L", "3.90", "2026-12-11"),
    ])
    assert kw_friday(2026, 50) == "2026-12-11"
    body = [
        "Bonjour Monsieur Verbeek,",
        "Nous vous confirmons votre commande 4500235133 :",
        "– Ligne 1 : culture SCOBY fraîche – 80 sachets de 500 g (soit 40 kg) à 7,80 € HTVA le sachet ;\n"
        "– Ligne 2 : liquide de démarrage – 120 bouteilles d'1 litre à 3,90 € HTVA la bouteille.",
        "Livraison groupée en semaine 50, en camion réfrigéré (+4 °C).",
        "Le prix du SCOBY a été adapté suite à la hausse du thé bio ; il était de 7,50 € le sachet l'an dernier.",
        "Bien à vous,",
    ]
    sig = ("Sophie Dubois\nFerments de Bruxelles SRL\nRue de la Brasserie 61, 1050 Ixelles\nTél. +32 2 555 48 10\n"
           "TVA BE 0712.448.391")
    msg = compose(ctx, client="outlook365", po=po, frm=("Sophie Dubois", sup.addr("sophie.dubois")),
                  date=at("2026-11-25", "11:05", 1), subject="RE : " + po.req_subject, body=body, sig=sig,
                  charset="windows-1252", quote_lang="fr", lang_tag="fr-BE")
    exp = expected("confirmation", "80 sachets x 500 g = 40 KG at 7.80 per sachet = 15.60 per KG (the 7,50 of last year "
                   "would equal the PO price); 'semaine 50' = Friday 2026-12-11; line 2 as ordered (1 bottle = 1 L).",
                   (po, {1: chg(40, "15.60", "2026-12-11"), 2: ACC}))
    return [po], msg, exp


# 058 ------------------------------------------------------------------------------------------
@case("saddle-pads-flemish-partial", "confirmation/nl-BE",
      "Flemish per-position answer: one line OK, one no longer produced (rejected), one 'we come back next week' (unconfirmed).")
def c058(ctx):
    sup = Supplier("PAARDPLUS", "Paardenplus BV", "bestellingen@paardenplus.example", "nl-BE", "Mr Peeters")
    po = PO("4500235190", sup, NH, "EUR", "2026-11-24", [
        L(1, "SDP-VS-FULL", "Saddle pad all-purpose, full, black, 2027", 80, "EA", "16.90", "2026-12-16"),
        L(2, "SDP-DRS-PONY", "Dressage pad pony, white", 30, "EA", "15.40", "2026-12-16"),
        L(3, "SDP-FLY-COB", "Fly veil ear bonnet, cob, matching", 50, "EA", "9.80", "2026-12-16"),
    ])
    body = [
        "Dag Lena,",
        "Bedankt voor de bestelling. Hierbij onze bevestiging:",
        "• Pos. 1 – zadeldekjes veelzijdigheid full zwart: 80 st. à € 16,90, levering 16/12/2026 – OK\n"
        "• Pos. 2 – dressuurdekjes pony wit: deze worden niet meer geproduceerd, die kunnen we helaas niet leveren.\n"
        "• Pos. 3 – vliegenmutsen cob: daar moeten we nog navragen bij onze leverancier, we komen er volgende week op terug.",
        "Met vriendelijke groeten,",
    ]
    sig = "Wouter Peeters\nPaardenplus BV\nSteenweg op Gierle 210, 2300 Turnhout\nT +32 14 55 52 80"
    msg = compose(ctx, client="outlook365", po=po, frm=("Wouter Peeters", sup.addr("wouter.peeters")),
                  date=at("2026-11-26", "16:40", 1), subject="RE: " + po.req_subject, body=body, sig=sig,
                  charset="windows-1252", quote_lang="nl", lang_tag="nl-BE")
    exp = expected("confirmation", "Mixed answer: line 1 accepted, line 2 rejected (discontinued), line 3 addressed "
                   "without commitment ('we komen er volgende week op terug') = unconfirmed.",
                   (po, {1: ACC, 2: REJ, 3: UNC}))
    return [po], msg, exp


# 059 ------------------------------------------------------------------------------------------
@case("atm-spares-inline-red-answers", "confirmation/en-GB",
      "Outlook reply 'answers in red below': [GH]-tagged lines inserted under each row of our quoted table, one short quantity and one UK-format date.")
def c059(ctx):
    sup = Supplier("CASHPOINT", "Cashpoint Components UK Ltd", "sales@cashpointcomponents.example", "en-GB", "Graham")
    po = PO("4500235246", sup, BM, "GBP", "2026-11-25", [
        L(1, "ATM-CR-SHUT", "Card reader shutter assembly, Sankyo type", 15, "EA", "86.50", "2026-12-11"),
        L(2, "ATM-RPR-80300", "Receipt paper 80 mm x 300 m, box of 6", 40, "BOX", "27.80", "2026-12-11"),
        L(3, "ATM-FAN-12V", "Cooling fan 12V 80x80 mm, dispenser", 10, "EA", "14.20", "2026-12-11"),
    ])
    ans = {1: "[GH] OK - 15 pcs @ £86.50, delivery 11/12/2026",
           2: "[GH] We can only do 32 boxes this side of Christmas, balance cancelled. £27.80/box, delivery 11/12/2026",
           3: "[GH] Fans on back order - delivery 08/01/2027, price unchanged"}
    blocks = request_blocks(po)
    tbl = blocks[2]
    ttxt = table_text(tbl).split("\n")
    out = []
    for i, ln in enumerate(ttxt):
        out.append(ln)
        if i >= 2:
            out.append(ans[i - 1])
    rows_html = ['<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">']
    for ri, r in enumerate(tbl.rows):
        tag = "th" if ri == 0 else "td"
        rows_html.append("<tr>" + "".join(
            f'<{tag} style="border:solid #A6A6A6 1.0pt;padding:2.0pt 5.0pt"><p class="MsoNormal">{esc(c)}</p></{tag}>'
            for c in r) + "</tr>")
        if ri >= 1:
            rows_html.append(f'<tr><td colspan="7" style="border:solid #A6A6A6 1.0pt;padding:2.0pt 5.0pt">'
                             f'<p class="MsoNormal"><b><span style="color:red">{esc(ans[ri])}</span></b></p></td></tr>')
    rows_html.append("</table>")
    blocks[2] = Raw("\n".join(out), "\n".join(rows_html))
    q = Quote.of_request(po)
    q.blocks = blocks
    body = ["Hi Tom,", "Answers in red below.", "Regards\nGraham"]
    sig = ("Graham Hughes\nSales Office | Cashpoint Components UK Ltd\n3 Wharfside, Trafford Park, Manchester M17 1WP\n"
           "T: 0161 555 2093")
    msg = compose(ctx, client="outlook365", po=po, frm=("Graham Hughes", sup.addr("graham.hughes")),
                  date=at("2026-11-26", "15:55", 0), subject="RE: " + po.req_subject, body=body, sig=sig,
                  charset="windows-1252", quote=[q], quote_lang="en", lang_tag="en-GB")
    exp = expected("confirmation", "Inline answers inside the quoted table: line 1 accepted, line 2 only 32 boxes, line 3 "
                   "delivered 08/01/2027 = 8 January 2027 (day-first).",
                   (po, {1: ACC, 2: chg(32, "27.80", "2026-12-11"), 3: chg(10, "14.20", "2027-01-08")}))
    return [po], msg, exp


# 060 ------------------------------------------------------------------------------------------
@case("cable-ties-sap-pdf-kw", "confirmation/de-DE",
      "SAP order acknowledgment PDF with its own item numbers 10/20/30, prices per 1,000 pieces and dates as 'KW 51/2026' and 'Di., KW 50/2026'.")
def c060(ctx):
    sup = Supplier("KBWERK", "Kabelbinder-Werk Schwarzwald GmbH", "vertrieb@kabelbinderwerk.example", "de-DE", "Ms Maier")
    po = PO("4500235302", sup, NH, "EUR", "2026-11-23", [
        L(1, "CT-200-4.8-BLK", "Cable tie 4.8x200 mm, black, UV stabilised", 20000, "PCS", "0.011", "2026-12-18"),
        L(2, "CT-370-7.6-NAT", "Cable tie 7.6x370 mm, natural", 10000, "PCS", "0.038", "2026-12-18"),
        L(3, "CT-MNT-19", "Adhesive mount 19x19 mm", 5000, "PCS", "0.06", "2026-12-18"),
    ])
    assert kw_friday(2026, 51) == "2026-12-18"
    import datetime as _dt
    assert _dt.date.fromisocalendar(2026, 50, 2).isoformat() == "2026-12-08"
    s = Sheet(top=805)
    s.text("Kabelbinder-Werk Schwarzwald GmbH", 14, True)
    s.text("Gewerbestraße 12 · 78136 Schonach · Tel. +49 7722 555-0 · USt-IdNr. DE 812 447 190", 8)
    s.gap(10)
    s.text("Nordhafen Supply GmbH", 9, x=50, dy=11)
    s.text("Wareneingang Tor 3", 9, dy=11)
    s.text("Am Kaiserkai 41, 20457 Hamburg", 9)
    s.gap(8)
    s.text("AUFTRAGSBESTÄTIGUNG  1087654", 13, True)
    for a in ["Datum: 24.11.2026     Kunden-Nr.: 200871     Bearbeiter: S. Maier",
              "Ihre Bestellung: 4500235302 vom 23.11.2026",
              "Lieferbedingung: DAP Hamburg (Incoterms 2020)     Zahlungsbedingung: 30 Tage netto"]:
        s.text(a, 9)
    s.gap(8)
    xs = [50, 75, 150, 330, 372, 395, 440, 495]
    s.row(["Pos", "Material", "Bezeichnung", "Menge", "ME", "Preis", "PE", "Wert EUR"], xs, 8.5, True)
    s.rule()
    items = [("10", "71-200048-S", "Kabelbinder 4,8 x 200 mm schwarz UV", 20000, Dm("11.00"), "KW 51/2026", "CT-200-4.8-BLK", 1),
             ("20", "71-370076-N", "Kabelbinder 7,6 x 370 mm natur", 10000, Dm("39.50"), "Di., KW 50/2026", "CT-370-7.6-NAT", 2),
             ("30", "75-019019-W", "Klebesockel 19 x 19 mm weiß", 5000, Dm("60.00"), "KW 51/2026", "CT-MNT-19", 3)]
    total = Dm(0)
    for pos, mat, name, q, pr, lt, yours, ypos in items:
        val = q * pr / 1000
        total += val
        s.row([pos, mat, name, de(q, 0), "ST", de(pr), "1.000 ST", de(val)], xs, 8.5)
        s.row(["", f"Ihre Mat.-Nr. {yours}  /  Ihre Pos. {ypos}", "", "", "", "", "", ""], xs, 7.5)
        s.row(["", f"Liefertermin: {lt}", "", "", "", "", "", ""], xs, 8.5)
        s.gap(3)
    s.rule()
    s.row(["", "", "Nettowert", "", "", "", "", de(total)], xs, 9, True)
    s.gap(12)
    s.text("Liefertermine verstehen sich als Anliefertermin beim Kunden.", 8)
    s.text("Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen, Stand 01/2026.", 8)
    pdf = make_pdf(s.pages, title="Auftragsbestaetigung 1087654", author="KBWERK", creator="SAP NetWeaver",
                   producer="SAP NetWeaver 7.50 Smart Forms", created="D:20261124061155+01'00'", compress=True)
    att = attachment(pdf, "application/pdf", "AB_1087654.pdf")
    body = [
        "Sehr geehrte Damen und Herren,",
        "anbei erhalten Sie unsere Auftragsbestätigung 1087654 zu Ihrer Bestellung 4500235302 vom 23.11.2026.",
        "Bitte prüfen Sie die Auftragsbestätigung auf Richtigkeit. Abweichungen teilen Sie uns bitte innerhalb von "
        "3 Werktagen mit.",
        "Mit freundlichen Grüßen\nKabelbinder-Werk Schwarzwald GmbH\nAuftragsbearbeitung",
        "Diese E-Mail wurde automatisch erstellt.",
    ]
    msg = compose(ctx, client="webmail", po=po, frm=("Kabelbinder-Werk Schwarzwald - Auftragsbearbeitung",
                                                       sup.addr("auftrag")),
                  date=at("2026-11-24", "06:12", 1), subject="Auftragsbestätigung 1087654 zu Ihrer Bestellung 4500235302",
                  body=body, charset="iso-8859-1", parts="text", quote=False, thread=False, attachments=[att],
                  extra_headers=[("X-Mailer", "SAP NetWeaver 7.50")])
    exp = expected("confirmation", "Supplier item numbers 10/20/30 map to our lines 1/2/3 via 'Ihre Pos.'/'Ihre Mat.-Nr.'; "
                   "prices per 1,000 (11.00 -> 0.011, 39.50 -> 0.0395, 60.00 -> 0.06); KW 51 = Friday 2026-12-18, "
                   "'Di., KW 50' = Tuesday 2026-12-08.",
                   (po, {1: ACC, 2: chg(10000, "0.0395", "2026-12-08"), 3: ACC}))
    return [po], msg, exp


# 061 ------------------------------------------------------------------------------------------
@case("nail-polish-prices-le-mille", "confirmation/fr-FR",
      "French prices 'le mille' (per thousand) for per-piece PO lines: 212,00 € le mille equals the PO's 0.212, 89,00 does not.")
def c061(ctx):
    sup = Supplier("VERBRESLE", "Verrerie du Bresle SAS", "adv@verreriebresle.example", "fr-FR", "Mr Caron")
    po = PO("4500235358", sup, BM, "EUR", "2026-11-24", [
        L(1, "NPB-12-XW", "Nail polish bottle 12 ml, extra-white glass, neck 13/415", 30000, "PCS", "0.212", "2026-12-15"),
        L(2, "NPB-BRCAP-13", "Brush cap black 13/415", 30000, "PCS", "0.085", "2026-12-15"),
        L(3, "NPB-BALL-5SS", "Mixing ball stainless 5 mm", 30000, "PCS", "0.004", "2026-12-15"),
    ])
    n = fr(30000, 0, "\u00a0")
    body = [
        "Bonjour Monsieur Ashworth,",
        "Voici notre confirmation pour votre commande 4500235358 :",
        f"Ligne 1 – flacons 12 ml verre extra-blanc : {n} pièces à 212,00 € le mille, livraison le 15/12/2026.\n"
        f"Ligne 2 – capots-pinceaux noirs 13/415 : {n} pièces à 89,00 € le mille (hausse des résines), livraison le 15/12/2026.\n"
        f"Ligne 3 – billes inox 5 mm : {n} pièces à 4,00 € le mille, livraison le 4 janvier 2027.",
        "Cordialement,",
    ]
    sig = ("Julien Caron\nAdministration des ventes\nVerrerie du Bresle SAS\n2 route de Blangy, 76340 Blangy-sur-Bresle\n"
           "Tél. 02 35 55 17 60")
    msg = compose(ctx, client="outlook365", po=po, frm=("Julien Caron", sup.addr("julien.caron")),
                  date=at("2026-11-26", "09:50", 1), subject="RE: " + po.req_subject, body=body, sig=sig,
                  charset="windows-1252", quote_lang="fr", lang_tag="fr-FR")
    exp = expected("confirmation", "Per-thousand prices: 212,00 -> 0.212 (as ordered), 89,00 -> 0.089 (changed), "
                   "4,00 -> 0.004 with delivery 2027-01-04.",
                   (po, {1: ACC, 2: chg(30000, "0.089", "2026-12-15"), 3: chg(30000, "0.004", "2027-01-04")}))
    return [po], msg, exp


# 062 ------------------------------------------------------------------------------------------
@case("violin-bows-tranches-and-hanks", "confirmation/it-IT",
      "Italian reply splitting the 4/4 bows into two 'tranche' and confirming bow hair in single hanks (120 matasse) for a line ordered in dozens.")
def c062(ctx):
    sup = Supplier("ARCHCREM", "Archetteria Cremonese di Bertoli & C. s.n.c.", "info@archetteriacremonese.example",
                   "it-IT", "Mr Bertoli")
    po = PO("4500235414", sup, VM, "EUR", "2026-11-20", [
        L(1, "VB-44-PERN-OCT", "Violin bow 4/4 pernambuco, octagonal, silver-mounted", 24, "EA", "310.00", "2026-12-11"),
        L(2, "VB-34-CF-2027", "Violin bow 3/4 carbon fibre, 2027 series", 60, "EA", "68.00", "2026-12-11"),
        L(3, "BH-MONG-80", "Bow hair hank, Mongolian white, 80 cm, 6 g", 10, "DZ", "96.00", "2026-12-11"),
    ])
    assert Dm("8.25") * 12 == Dm("99.00") and 120 // 12 == 10
    body = [
        "Buonasera Jonas,",
        "confermiamo l'ordine 4500235414 come segue:",
        "pos. 1 – archetti 4/4 pernambuco: 24 pezzi a 310,00 € cad.; consegna in due tranche: 12 pezzi entro "
        "l'11/12/2026 e i restanti 12 il 22/01/2027 (la montatura in argento richiede più tempo);\n"
        "pos. 2 – archetti 3/4 in carbonio: 60 pezzi a 68,00 € cad., consegna 11/12/2026;\n"
        "pos. 3 – crine mongolo bianco 80 cm: 120 matasse a 8,25 € cad., consegna 11/12/2026.",
        "Cordiali saluti,",
    ]
    sig = "Paolo Bertoli\nArchetteria Cremonese di Bertoli & C. s.n.c.\nVia Platina 31, 26100 Cremona\nTel. +39 0372 555 219"
    msg = compose(ctx, client="gmail", po=po, frm=("Paolo Bertoli", sup.email),
                  date=at("2026-11-24", "18:20", 1), subject="Re: " + po.req_subject, body=body, sig=sig,
                  charset="UTF-8", quote_lang="it")
    exp = expected("confirmation", "Line 1 split 12 + 12 (2026-12-11, 2027-01-22); line 2 as ordered; line 3: 120 hanks "
                   "= 10 DZ, 8.25 per hank = 99.00 per DZ (changed).",
                   (po, {1: chg(24, "310.00", "2027-01-22", [(12, "2026-12-11"), (12, "2027-01-22")]), 2: ACC,
                         3: chg(10, "99.00", "2026-12-11")}))
    return [po], msg, exp


# 063 ------------------------------------------------------------------------------------------
@case("solar-clamps-pieces-vs-boxes", "confirmation/en-US",
      "US reply in pieces and $/each for lines ordered in boxes of 50; ship vs delivery dates and month/day dates without a year.")
def c063(ctx):
    sup = Supplier("RIDGEMNT", "Ridgeline Mounting Systems Inc.", "orders@ridgelinemounting.example", "en-US", "Dave")
    po = PO("4500235470", sup, LC, "USD", "2026-11-24", [
        L(1, "SPC-MID-3040-BK", "Mid clamp 30-40 mm, black anodized, box of 50", 50, "BOX", "31.00", "2026-12-09"),
        L(2, "SPC-END-35", "End clamp 35 mm, box of 50", 20, "BOX", "28.50", "2026-12-09"),
        L(3, "SPC-LUG-6/12", "Grounding lug 6-12 AWG, tin-plated", 400, "EA", "1.95", "2026-12-09"),
    ])
    assert Dm("0.62") * 50 == Dm("31.00") and Dm("0.57") * 50 == Dm("28.50")
    body = [
        "Priya,",
        "Here's where we landed on PO 4500235470:",
        "1) Mid clamps: 2,400 pcs (48 boxes) at $0.62/ea - that's all we have in black until February. Ships 12/4, "
        "delivery 12/9.\n"
        "2) End clamps: 1,000 pcs (20 boxes) at $0.57/ea, ships 12/4, delivery 12/9.\n"
        "3) Grounding lugs: 400 ea at $1.95, backordered - delivery 1/15.",
        "Thanks,\nDave",
    ]
    sig = "Dave Kowalski\nInside Sales | Ridgeline Mounting Systems Inc.\n4850 Ward Rd, Wheat Ridge, CO 80033\n(303) 555-0177"
    msg = compose(ctx, client="outlook-desktop", po=po, frm=("Dave Kowalski", sup.addr("dkowalski")),
                  date=at("2026-11-30", "15:35", -7), subject="RE: " + po.req_subject, body=body, sig=sig,
                  charset="us-ascii", quote_lang="en-US", lang_tag="en-us")
    exp = expected("confirmation", "Convert pieces to boxes of 50: line 1 = 48 boxes at 0.62 x 50 = 31.00; line 2 = 20 "
                   "boxes at 28.50 (as ordered). Delivery 12/9 wins over ship 12/4; 1/15 rolls into 2027.",
                   (po, {1: chg(48, "31.00", "2026-12-09"), 2: ACC, 3: chg(400, "1.95", "2027-01-15")}))
    return [po], msg, exp


# 064 ------------------------------------------------------------------------------------------
@case("rubber-rolls-price-per-m2", "confirmation/es-ES",
      "Spanish price per m² (18,40 €/m²) for rolls ordered per ROL of 12.5 m², so the roll price becomes 230.00; date '14/12' without year.")
def c064(ctx):
    sup = Supplier("CAUCHOSIB", "Cauchos Ibéricos Pavimentos S.A.", "pedidos@cauchosibericos.example", "es-ES", "Mr Gomez")
    po = PO("4500235526", sup, NH, "EUR", "2026-11-24", [
        L(1, "RFR-10x1.25-6", "Rubber flooring roll 10 m x 1.25 m x 6 mm, black", 30, "ROL", "235.00", "2026-12-14"),
        L(2, "RFR-ADH-PU2K", "PU 2K adhesive, 10 kg kit", 12, "EA", "96.00", "2026-12-14"),
    ])
    assert Dm("18.40") * Dm("12.5") == Dm("230.000") and 30 * Dm("12.5") == 375
    body = [
        "Estimada Lena:",
        "Confirmamos su pedido 4500235526:",
        "1. Rollo de caucho 10 x 1,25 m, 6 mm, negro: 30 rollos (375 m²) a 18,40 €/m², entrega el 14/12.\n"
        "2. Adhesivo PU bicomponente, kit de 10 kg: 12 kits a 96,00 €/kit, entrega el 14/12.",
        "Atentamente,",
    ]
    sig = ("Javier Gómez Ruiz\nDepartamento Comercial\nCauchos Ibéricos Pavimentos S.A.\nPolígono Industrial Malpica, "
           "Calle F, 12 – 50016 Zaragoza\nTel. +34 976 555 402")
    msg = compose(ctx, client="outlook365", po=po, frm=("Javier Gómez Ruiz", sup.addr("javier.gomez")),
                  date=at("2026-11-26", "13:15", 1), subject="RE: " + po.req_subject, body=body, sig=sig,
                  charset="windows-1252", quote_lang="es", lang_tag="es-ES")
    exp = expected("confirmation", "Per-m² price on a per-roll line: 18.40 x 12.5 m² = 230.00 per ROL (PO 235.00); "
                   "'14/12' = 2026-12-14; adhesive as ordered.",
                   (po, {1: chg(30, "230.00", "2026-12-14"), 2: ACC}))
    return [po], msg, exp


# 065 ------------------------------------------------------------------------------------------
@case("drapes-cartons-tydzien-51", "confirmation/pl-PL",
      "Polish quantities in cartons ('40 kartonów po 50 szt.') and a shipping week ('wysyłka w 51. tygodniu') as the only date.")
def c065(ctx):
    sup = Supplier("MEDTEKS", "Medteks Polska Sp. z o.o.", "zamowienia@medteks.example", "pl-PL", "Ms Zielinska")
    po = PO("4500235582", sup, VM, "EUR", "2026-11-24", [
        L(1, "SDR-U-150", "U-drape 150x260 cm, 2-layer, sterile", 2000, "EA", "3.15", "2026-12-18"),
        L(2, "SDR-TBL-140", "Back table cover 140x190 cm", 3500, "EA", "1.08", "2026-12-18"),
    ])
    wk = kw_friday(2026, 51)
    body = [
        "Dzień dobry Panie Jonasie,",
        "w nawiązaniu do zamówienia 4500235582 potwierdzamy:",
        "poz. 1 – serweta typu U 150x260: 40 kartonów po 50 szt., cena 3,15 EUR/szt., wysyłka w 51. tygodniu\n"
        "poz. 2 – pokrowiec na stół 140x190: 30 kartonów po 100 szt., cena 1,08 EUR/szt., wysyłka w 51. tygodniu",
        "Więcej pokrowców w tym roku nie jesteśmy w stanie wyprodukować – pozostała ilość zostaje anulowana.",
        "Z poważaniem,",
    ]
    sig = ("Katarzyna Zielińska\nDział Obsługi Klienta\nMedteks Polska Sp. z o.o.\nul. Włókiennicza 8, 95-200 Pabianice\n"
           "tel. +48 42 555 31 70")
    msg = compose(ctx, client="outlook365", po=po, frm=("Katarzyna Zielińska", sup.addr("k.zielinska")),
                  date=at("2026-11-27", "10:50", 1), subject="ODP: " + po.req_subject, body=body, sig=sig,
                  charset="windows-1250", quote_lang="pl", lang_tag="pl-PL")
    exp = expected("confirmation", "40 x 50 = 2000 (as ordered), 30 x 100 = 3000 (rest cancelled); only a ship week is "
                   "given, so week 51 = Friday 2026-12-18 counts as the date.",
                   (po, {1: ACC, 2: chg(3000, "1.08", wk)}))
    return [po], msg, exp


# 066 ------------------------------------------------------------------------------------------
@case("bee-suits-two-pos-one-mail", "confirmation/de-DE",
      "One German mail answers two POs: the first completely as ordered, the second with one line cancelled.")
def c066(ctx):
    sup = Supplier("LINDENHOF", "Imkereibedarf Lindenhof GmbH", "bestellung@imkerei-lindenhof.example", "de-DE",
                   "Mr Wagner")
    po_a = PO("4500235638", sup, NH, "EUR", "2026-11-25", [
        L(1, "BS-FULL-L", "Bee suit full protection, size L, 3-layer mesh", 80, "EA", "54.00", "2026-12-11"),
        L(2, "BS-GLV-9/10", "Beekeeping gloves goatskin, size 9/10", 160, "PAIR", "7.40", "2026-12-11"),
    ])
    po_b = PO("4500235694", sup, NH, "EUR", "2026-11-26", [
        L(1, "BS-VEIL-RND", "Round veil, dia. 40 cm", 120, "EA", "8.90", "2026-12-11"),
        L(2, "BS-JKT-M-2027", "Bee jacket, size M, 2027 model", 60, "EA", "32.00", "2026-12-11"),
        L(3, "BS-JKT-XL-2027", "Bee jacket, size XL, 2027 model", 40, "EA", "33.50", "2026-12-11"),
    ])
    body = [
        "Hallo Frau Fischer,",
        "vielen Dank für Ihre beiden Bestellungen, die ich gern in einer Mail beantworte:",
        "Bestellung 4500235638 (Anzüge und Handschuhe): komplett wie bestellt, Liefertermin 11.12.2026.",
        "Bestellung 4500235694 (Schleier und Jacken): Pos. 1 und 2 ebenfalls wie bestellt zum 11.12.2026. Pos. 3, die "
        "Jacke in XL, ist leider ausverkauft und wird erst Ende Februar wieder produziert – diese Position müssen wir "
        "stornieren.",
        "Viele Grüße aus der Lüneburger Heide",
    ]
    sig = "Jens Wagner\nImkereibedarf Lindenhof GmbH\nLindenhof 3, 29640 Schneverdingen\nTel. 05193 555 47-0"
    msg = compose(ctx, client="outlook365", po=po_b, frm=("Jens Wagner", sup.addr("jens.wagner")),
                  date=at("2026-11-27", "11:20", 1), subject="AW: " + po_b.req_subject, body=body, sig=sig,
                  charset="windows-1252", quote_lang="de", lang_tag="de-DE")
    exp = expected("confirmation", "Reply threaded on PO 4500235694 also answers PO 4500235638 in full: both POs get "
                   "entries; B line 3 (XL jackets) rejected.",
                   (po_a, {1: ACC, 2: ACC}), (po_b, {1: ACC, 2: ACC, 3: REJ}))
    return [po_a, po_b], msg, exp


# 067 ------------------------------------------------------------------------------------------
@case("anchor-bolts-bottom-post-uke-51", "confirmation/nb-NO",
      "Norwegian bottom-posted reply under the full quote: 'levering uke 51' for both lines and a new price 'NOK 1 920,00'.")
def c067(ctx):
    sup = Supplier("NORDBOLT", "Nordbolt AS", "salg@nordbolt.example", "nb-NO", "Ms Haugen")
    po = PO("4500235750", sup, KN, "NOK", "2026-11-26", [
        L(1, "WTB-ANC-M48-2500", "Anchor bolt M48x2500, 8.8, foundation cage", 144, "EA", "1860.00", "2026-12-11"),
        L(2, "WTB-N48-HH", "Heavy hex nut M48, HDG", 288, "EA", "62.50", "2026-12-11"),
    ])
    wk = kw_friday(2026, 51)
    body = [
        "Hei Sofia,",
        "Vi bekrefter ordren. Levering uke 51 for begge linjene. Prisen på linje 1 er justert til NOK 1 920,00 per stk. "
        "på grunn av stålprisen (jf. varsel sendt i oktober). Linje 2 uendret pris.",
        "Mvh\nIngrid Haugen\nNordbolt AS\nIndustriveien 22, 4313 Sandnes\nTlf. +47 51 55 63 20",
    ]
    msg = compose(ctx, client="thunderbird", po=po, frm=("Ingrid Haugen", sup.addr("ingrid.haugen")),
                  date=at("2026-11-30", "08:05", 1), subject="Re: " + po.req_subject, body=body,
                  charset="ISO-8859-1", cte="quoted-printable", parts="text", quote_pos="above",
                  attr="Den 26.11.2026 09:14, skrev Sofia Lund:", lang_tag="nb-NO")
    exp = expected("confirmation", "Answer below the quote; 'uke 51' = Friday 2026-12-18 for both lines; line 1 new "
                   "price 1920.00 (space as thousands separator).",
                   (po, {1: chg(144, "1920.00", wk), 2: chg(288, "62.50", wk)}))
    return [po], msg, exp


# 068 ------------------------------------------------------------------------------------------
@case("snorkels-korean-two-batches", "confirmation/ko-KR",
      "Korean EUC-KR reply splitting the snorkels into 1차 300 (12월 18일) and 2차 200 (1월 22일, year implied).")
def c068(ctx):
    sup = Supplier("HANADIVE", "Hana Dive Co., Ltd.", "export@hanadive.example", "ko-KR", "Mr Park")
    po = PO("4500235806", sup, LC, "USD", "2026-11-24", [
        L(1, "DM-FREE-LV", "Freediving mask low volume, black", 500, "EA", "11.80", "2026-12-18"),
        L(2, "DM-SNK-DRY", "Dry-top snorkel, 2027 model", 500, "EA", "6.40", "2026-12-18"),
    ])
    body = [
        "Priya 님, 안녕하세요.\n하나다이브 해외영업팀 박민준입니다.",
        "발주서(PO 4500235806) 잘 받았습니다. 아래와 같이 확인드립니다.",
        "1. DM-FREE-LV 프리다이빙 마스크: 500개, 단가 USD 11.80, 납기 2026년 12월 18일\n"
        "2. DM-SNK-DRY 드라이 스노클: 500개, 단가 USD 6.40\n"
        "   - 1차 300개: 12월 18일\n"
        "   - 2차 200개: 1월 22일 (실리콘 부품 입고 지연)",
        "감사합니다.\n박민준 드림",
    ]
    sig = "박민준 (Minjun Park)\n해외영업팀 과장\n(주)하나다이브\n부산광역시 강서구 녹산산단 321로 15\nTel. +82 51 555 7720"
    msg = compose(ctx, client="outlook365", po=po, frm=("박민준", sup.addr("minjun.park")),
                  date=at("2026-11-26", "17:30", 9), subject="RE: " + po.req_subject, body=body, sig=sig,
                  charset="euc-kr", cte="base64", quote_lang="ko", lang_tag="ko-KR")
    exp = expected("confirmation", "Line 1 as ordered; line 2 split 300 on 2026-12-18 and 200 on 2027-01-22 (1월 22일 "
                   "after a November mail = 2027).",
                   (po, {1: ACC, 2: chg(500, "6.40", "2027-01-22", [(300, "2026-12-18"), (200, "2027-01-22")])}))
    return [po], msg, exp


# 069 ------------------------------------------------------------------------------------------
@case("nail-polish-greek-confirmation", "confirmation/el-GR",
      "Greek windows-1253 reply: dot thousands ('10.000 τεμ.'), a three-decimal cap price '0,065 €', and a third PO line it never mentions.")
def c069(ctx):
    sup = Supplier("KALLISTI", "Kallisti Glass A.E.", "sales@kallistiglass.example", "el-GR", "Ms Nikolaou")
    po = PO("4500235862", sup, BM, "EUR", "2026-11-25", [
        L(1, "NPB-8-MINI", "Nail polish bottle 8 ml, 2027 'mini' range", 10000, "PCS", "0.17", "2026-12-18"),
        L(2, "NPB-CAP-GLS", "Cap black glossy 13/415, with brush", 10000, "PCS", "0.06", "2026-12-18"),
        L(3, "NPB-DSP-12", "Counter display box for 12 bottles, printed 4/0", 800, "EA", "0.44", "2026-12-18"),
    ])
    body = [
        "Αγαπητέ κύριε Ashworth,",
        "Σας ευχαριστούμε για την παραγγελία σας. Επιβεβαιώνουμε:",
        "Θέση 1 – φιαλίδια 8 ml: 10.000 τεμ., τιμή 0,17 € / τεμ., παράδοση 18/12/2026\n"
        "Θέση 2 – καπάκια με πινέλο: 10.000 τεμ., τιμή 0,065 € / τεμ. (αύξηση κόστους ρητίνης), παράδοση 18/12/2026",
        "Με εκτίμηση,",
    ]
    sig = "Μαρία Νικολάου\nΤμήμα Πωλήσεων\nKallisti Glass A.E.\nΒΙ.ΠΕ. Σίνδου, Θεσσαλονίκη 57022\nΤηλ. +30 2310 555 812"
    msg = compose(ctx, client="outlook365", po=po, frm=("Μαρία Νικολάου", sup.addr("m.nikolaou")),
                  date=at("2026-11-27", "12:40", 2), subject="ΑΠ: " + po.req_subject, body=body, sig=sig,
                  charset="windows-1253", quote_lang="el", lang_tag="el-GR")
    exp = expected("confirmation", "10.000 = 10000; line 1 as ordered, line 2 price 0.065 (decimal comma); the display "
                   "boxes (line 3) are not mentioned at all, so unconfirmed.",
                   (po, {1: ACC, 2: chg(10000, "0.065", "2026-12-18"), 3: UNC}))
    return [po], msg, exp


# 070 ------------------------------------------------------------------------------------------
@case("grow-lights-ship-tomorrow", "confirmation/en-US",
      "Mobile one-liner 'all 3 lines ship tomorrow, same qty and pricing': the date is relative to the Date header and is a ship date.")
def c070(ctx):
    sup = Supplier("GREENSPEC", "GreenSpectrum Lighting LLC", "orders@greenspectrumled.example", "en-US", "Jake")
    po = PO("4500235918", sup, LC, "USD", "2026-11-30", [
        L(1, "LGL-1000-DE", "LED grow light 1000W double-ended, 2027 driver", 24, "EA", "389.00", "2026-12-11"),
        L(2, "LGL-HNG-KIT", "Hanging kit 1/8\" cable, 6 ft", 24, "SET", "12.50", "2026-12-11"),
        L(3, "LGL-DIM-CTRL", "Dimming controller 0-10V, 4 zones", 3, "EA", "145.00", "2026-12-11"),
    ])
    body = ["Confirmed, all 3 lines ship tomorrow. Same qty and pricing as your PO."]
    sig = "-Jake\nGreenSpectrum Lighting | (512) 555-0129"
    msg = compose(ctx, client="android-gmail", po=po, frm=("Jake Morales", sup.addr("jake")),
                  date=at("2026-12-03", "16:22", -5), subject="Re: " + po.req_subject, body=body, sig=sig,
                  charset="UTF-8", cte="7bit", quote_lang="en-US")
    d = "2026-12-04"
    exp = expected("confirmation", "'tomorrow' relative to Thu 3 Dec 2026 = 2026-12-04, a ship date with no delivery "
                   "date, so it is the date for all lines (earlier than the requested 2026-12-11).",
                   (po, {1: chg(24, "389.00", d), 2: chg(24, "12.50", d), 3: chg(3, "145.00", d)}))
    return [po], msg, exp
