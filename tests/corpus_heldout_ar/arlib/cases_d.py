"""Cases 051-070."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from .common import (D, case, cw_fri, is_wd, next_no_year, L, PO, SUP, acc, chg, REJ, UNC, conf, expected,
                     request_body, request_subject, headers, buyer_addr, at)
from .mime import (encoded_words, addr, text, multipart, attachment, raw_part, message, quote_gt, esc,
                   text_to_html, rfc822_part, date_header, pre_html)
from .clients import outlook, gmail, apple, thunderbird, outlook_block_text, outlook_block_html, outlook_html_doc
from . import pdf, xlsx


# ---------------------------------------------------------------- 051
@case("bed-accessories-wc-18-01", "confirmation/en-GB",
      "'All delivery w/c 18.01.' (a week named by its Monday, no year, no day: Friday 2027-01-22) plus a holiday closure range and one price rise.")
def c051():
    sup = SUP("CARELINE", "Careline Medical Equipment Ltd", "orders@carelinemed.example", "en-GB")
    po = PO("4700032090", sup, "maren", D(2026, 11, 24), [
        L(1, "MB-CST-125B", "Castor set 125 mm twin wheel, braked (set of 4)", 30, "SET", "64.00", D(2027, 1, 15)),
        L(2, "MB-BMP-RC", "Wall bumper roller, corner, pair", 40, "PR", "18.50", D(2027, 1, 15)),
        L(3, "MB-MRET-90", "Mattress retainer for bed 90x200, pair", 20, "PR", "12.90", D(2027, 1, 15)),
    ], currency="GBP")
    date = at(2026, 11, 26, 15, 42, 0)
    monday = is_wd(next_no_year(date.date(), 1, 18), "Monday")
    d = monday + dt.timedelta(days=4)
    assert d == cw_fri(2027, 3) == D(2027, 1, 22)
    reply = ("Dear Maren,\n\nFurther to your PO 4700032090, please see below:\n\n"
             "Castor sets 125mm braked - 30 sets at £64.00\n"
             "Corner bumpers - 40 pairs at £18.50\n"
             "Mattress retainers - 20 pairs at £13.40 (price increase effective 01.11.)\n\n"
             "All delivery w/c 18.01. as we are closed 21.12.-04.01. for stocktake and the holidays.\n\n"
             "Regards,\nNeil Whitfield\nCareline Medical Equipment Ltd\nISO 13485:2016 certified | Reg. in England 04418827\n")
    orig = {"from": "Maren Holt <maren.holt@kestrel-supply.example>", "sent": "24 November 2026 11:30",
            "to": "orders@carelinemed.example", "subject": request_subject(po), "body": request_body(po, "Dear Neil,", "dmy/")}
    body = outlook(reply, orig, "_000_LO2P265MB5518E4", "en", lang_attr="EN-GB")
    h = headers(addr("Neil Whitfield", "orders@carelinemed.example"), buyer_addr(po), "RE: " + request_subject(po), date,
                "<LO2P265MB5518E4B7C0A2D95F1E36@LO2P265MB5518.GBRP265.PROD.OUTLOOK.example>",
                po["request_message_id"], po["request_message_id"])
    exp = expected("confirmation", "w/c 18.01. = the week starting Mon 2027-01-18, no day named -> Friday 2027-01-22 for all lines; line 3 price 13.40; 21.12.-04.01. is a closure.",
                   [conf(po, l1=chg(po, 1, date=d), l2=chg(po, 2, date=d), l3=chg(po, 3, price="13.40", date=d))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 052
@case("bakery-trays-abwesenheitsnotiz", "auto_reply/de-DE",
      "German Outlook out-of-office ('Abwesenheitsnotiz') with a return date and a deputy; subject keeps the PO number.")
def c052():
    sup = SUP("SCHUSTERBT", "Backwaren-Technik Schuster GmbH", "m.schuster@schuster-backtechnik.example", "de-DE")
    po = PO("4700032094", sup, "tobias", D(2026, 11, 25), [
        L(1, "BT-EURO-6040", "Euro-Backblech 600x400 mm, Alu, 4 Randseiten", 240, "PCS", "11.80", D(2027, 1, 15)),
        L(2, "BT-STAPEL-20", "Stapelwagen für 20 Bleche 600x400", 12, "PCS", "189.00", D(2027, 1, 15)),
    ])
    date = at(2026, 11, 25, 9, 12, 1)
    txt = ("Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich Montag, 30.11.2026 "
           "nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.\n\nIn dringenden Fällen wenden Sie sich bitte an meine Kollegin "
           "Frau Petra Lange, petra.lange@schuster-backtechnik.example, Tel. 0711 555 4420.\n\nMit freundlichen Grüßen\n"
           "Michael Schuster\n")
    body = multipart("alternative", [text(txt, "plain", "iso-8859-1", "quoted-printable"),
                                     text(outlook_html_doc(text_to_html(txt, '<p class="MsoNormal">', "</p>"), "iso-8859-1", "DE"),
                                          "html", "iso-8859-1", "quoted-printable")], "_000_BE1P281MB2219OOF_")
    h = headers(addr("Michael Schuster", "m.schuster@schuster-backtechnik.example"), buyer_addr(po),
                "Abwesenheitsnotiz: " + request_subject(po, "de"), date,
                "<BE1P281MB22197A1C3E9F0D24B6A5@BE1P281MB2219.DEUP281.PROD.OUTLOOK.example>",
                po["request_message_id"], po["request_message_id"], subj_charset="iso-8859-1", subj_enc="Q",
                extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                       ("X-MS-Exchange-Inbox-Rules-Loop", "m.schuster@schuster-backtechnik.example")])
    exp = expected("auto_reply", "Out-of-office until 30.11.2026 with a deputy; nothing about the order.")
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 053
@case("pipette-tips-erp-csv-promise-date", "confirmation/en-US",
      "ERP mail with a CSV acknowledgment: Request Date (ours), Promise Date and Ship Date columns in US format, own item codes beside ours.")
def c053():
    sup = SUP("CASCADESCI", "Cascade Scientific Products LLC", "oe@cascadesci.example", "en-US")
    po = PO("4700032101", sup, "priya", D(2026, 11, 24), [
        L(1, "PT-10-REF", "Pipette tips 10 uL refill, box of 10 racks x 96", 20, "BOX", "31.50", D(2026, 12, 18)),
        L(2, "PT-300-LR", "Pipette tips 300 uL low retention, rack of 96", 60, "RACK", "7.85", D(2026, 12, 18)),
        L(3, "PT-5ML-B", "Pipette tips 5 mL, bag of 250", 8, "BAG", "42.00", D(2026, 12, 18)),
    ], currency="USD")
    date = at(2026, 11, 25, 18, 3, -8)
    csv = ("SO Number,SO Line,Customer PO,Customer Item,Item,Description,Order Qty,UOM,Unit Price,Extended,Request Date,Promise Date,Ship Date,Status\r\n"
           "5512087,1,4700032101,PT-10-REF,CS-10R-960,\"10uL refill, 10x96\",20,BX,31.50,630.00,12/18/2026,12/18/2026,12/14/2026,Booked\r\n"
           "5512087,2,4700032101,PT-300-LR,CS-300LR-R,\"300uL LR rack, 96\",60,RK,7.85,471.00,12/18/2026,01/08/2027,01/04/2027,Backordered\r\n"
           "5512087,3,4700032101,PT-5ML-B,CS-5ML-B250,\"5mL bulk, bag 250\",8,BG,44.10,352.80,12/18/2026,12/18/2026,12/14/2026,Booked\r\n")
    msg = ("Order Acknowledgement\n\nSales Order: 5512087\nCustomer PO: 4700032101\nOrder Date: 11/25/2026\n"
           "Terms: Net 30   Freight: FOB Origin, prepay & add\n\nLine details are attached (CSV). Promise Date is the date the "
           "goods are scheduled to arrive at your dock.\n\nThis message was generated automatically by Cascade Scientific "
           "Order Management. Questions: oe@cascadesci.example\n")
    root = multipart("mixed", [text(msg, "plain", "us-ascii", "7bit"),
                               attachment(csv.encode("ascii"), "text/csv", "SO5512087_ack.csv", cte="quoted-printable")],
                     "=_oa_5512087_7f3e21c9b0")
    h = headers("Cascade Scientific Order Management <no-reply@cascadesci.example>", buyer_addr(po),
                "Order Acknowledgement 5512087 - Customer PO 4700032101", date, "<oa.5512087.20261125180300@om.cascadesci.example>",
                extra=[("Reply-To", "oe@cascadesci.example"), ("X-Mailer", "Oracle E-Business Suite Workflow Mailer")])
    exp = expected("confirmation", "CSV: Promise Date (arrival) is the date, not Request Date or Ship Date: line 2 -> 2027-01-08; line 3 price 44.10; line 1 as ordered.",
                   [conf(po, l1=acc(po, 1), l2=chg(po, 2, date=D(2027, 1, 8)), l3=chg(po, 3, price="44.10"))])
    return {"pos": [po], "eml": message(h, root), "expected": exp}


# ---------------------------------------------------------------- 054
@case("granulate-roughly-80-percent", "needs_review/en-CA",
      "'Roughly 80% by mid-December and the rest sometime in January, depending on the shred line' - vague quantities and dates, firm-up promised.")
def c054():
    sup = SUP("MAPLEGRAN", "Maple Leaf Granulates Inc.", "sales@mlgranulates.example", "en-CA")
    po = PO("4700032110", sup, "tobias", D(2026, 11, 24), [
        L(1, "RG-SBR-1025-CA", "Recycled SBR granulate 1.0-2.5 mm, big bag 1 t", 24, "T", "238.00", D(2026, 12, 18)),
    ], currency="USD")
    date = at(2026, 11, 26, 13, 14, -5)
    reply = ("Hi Tobias,\n\nGot your PO 4700032110, thanks. We should be able to get you roughly 80% of it by mid-December and the "
             "rest sometime in January, depending on how the shred line runs after the maintenance shutdown.\n"
             "Price is fine. I'll firm it up once I know more.\n\nCheers,\nMike Tremblay\nMaple Leaf Granulates Inc. | Cambridge, ON\n")
    attribution = "On Tue, Nov 24, 2026 at 10:18 AM Tobias Brenner <tobias.brenner@kestrel-supply.example> wrote:"
    body = gmail(reply, attribution, request_body(po, "Hi Mike,", "iso"), "000000000000f7a2c10614d5e3b9")
    h = headers(addr("Mike Tremblay", "sales@mlgranulates.example"), buyer_addr(po), "Re: " + request_subject(po), date,
                "<CAH2wLp4+zXq8RkT0nYe3bUaMf@mail.gmail.example>", po["request_message_id"], po["request_message_id"])
    exp = expected("needs_review", "Approximate split ('roughly 80%', 'mid-December', 'sometime in January') and an explicit 'I'll firm it up': no quantity or date a buyer can record.")
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 055
@case("pipette-tips-pdf-per-1000-per-100", "confirmation/de-DE",
      "ERP PDF (TJ-kerned text runs) pricing 'je 1000 ST' and 'je 100 ST' against a PO price per piece, KW 50 and a fixed date; own article numbers.")
def c055():
    sup = SUP("RHEINLAB", "Rhein-Labortechnik GmbH", "auftragsbestaetigung@rhein-labortechnik.example", "de-DE")
    po = PO("4700032118", sup, "priya", D(2026, 11, 24), [
        L(1, "PT-10-BULK", "Pipettenspitzen 10 µl, lose, Beutel 1000 St.", 20000, "PCS", "0.0085", D(2026, 12, 11)),
        L(2, "PT-200-BULK", "Pipettenspitzen 200 µl gelb, Beutel 1000 St.", 50000, "PCS", "0.0040", D(2026, 12, 11)),
        L(3, "PT-1000-BULK", "Pipettenspitzen 1000 µl blau, Beutel 500 St.", 5000, "PCS", "0.0140", D(2026, 12, 11)),
    ])
    assert cw_fri(2026, 50) == D(2026, 12, 11)
    date = at(2026, 11, 26, 6, 31, 1)
    pg = pdf.Page()
    pg.text(40, 805, "Rhein-Labortechnik GmbH", 14, True)
    pg.text(40, 792, "Rheinallee 81 - 55118 Mainz - Tel. 06131 555 90-0 - USt-IdNr. DE 812 447 310", 7)
    pg.text(40, 740, "Kestrel Supply Group", 9)
    pg.text(40, 728, "Wareneingang / Tor 3", 9)
    pg.text(40, 716, "20539 Hamburg", 9)
    pg.tj(360, 740, ["Auftragsbest", 12, "\u00e4tigung"], 12, True)
    pg.tj(360, 724, ["Nr.: AB 26-", -8, "11873"], 9)
    pg.tj(360, 712, ["Datum: 26.11.2026"], 9)
    pg.tj(360, 700, ["Ihre Bestellung: ", 30, "4700", -15, "032118"], 9)
    pg.tj(360, 688, ["vom 24.11.2026,  Ihr Zeichen: P. Natarajan"], 9)
    cols = [40, 70, 125, 300, 365, 410, 470]
    y = 640
    pg.row(y, list(zip(cols, ["Pos", "Art.-Nr.", "Bezeichnung", "Menge", "ME", "Preis", "Liefertermin"])), 8, True)
    pg.hline(y - 4)
    y -= 18
    rows = [("10", "7010-010", "Pipettenspitzen 10 \u00b5l, Beutel 1000", "20.000", "ST", "8,50 / 1000 ST", "KW 50/2026"),
            ("", "", "Ihre Art.-Nr. PT-10-BULK", "", "", "", ""),
            ("20", "7010-200G", "Pipettenspitzen 200 \u00b5l gelb", "50.000", "ST", "4,20 / 1000 ST", "KW 50/2026"),
            ("", "", "Ihre Art.-Nr. PT-200-BULK", "", "", "", ""),
            ("30", "7010-1000B", "Pipettenspitzen 1000 \u00b5l blau", "5.000", "ST", "1,40 / 100 ST", "18.12.2026"),
            ("", "", "Ihre Art.-Nr. PT-1000-BULK, Charge 2611-07", "", "", "", "")]
    for r in rows:
        for x, s in zip(cols, r):
            if s:
                if x == 300 or x == 410:
                    pg.tj(x, y, [s[:2], -10, s[2:]] if len(s) > 3 else [s], 8)
                else:
                    pg.text(x, y, s, 8)
        y -= 13
    pg.hline(y)
    pg.lines(40, y - 18, ["Lieferung frei Haus ab 250,00 EUR Warenwert. Zahlung 30 Tage netto, 14 Tage 2 % Skonto.",
                          "Es gelten unsere AGB, Stand 01/2026. Analysenzertifikat (ISO 9001) liegt der Lieferung bei.",
                          "Diese Auftragsbest\u00e4tigung wurde maschinell erstellt und ist ohne Unterschrift g\u00fcltig."], 7, 10)
    data = pdf.build([pg], "AB 26-11873", "proALPHA Druckausgabe / PDFlib 9.3")
    msg = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Auftragsbestätigung AB 26-11873 zu Ihrer Bestellung "
           "4700032118.\n\nMit freundlichen Grüßen\nIhr Team der Rhein-Labortechnik GmbH\n\n"
           "-- Diese E-Mail wurde automatisch erzeugt. --\n")
    root = multipart("mixed", [text(msg, "plain", "iso-8859-1", "quoted-printable"),
                               attachment(data, "application/pdf", "AB_26-11873.pdf")], "=_proALPHA_0b7e3d1a52c94f6e")
    h = headers("Rhein-Labortechnik Auftragsbestätigung <auftragsbestaetigung@rhein-labortechnik.example>", buyer_addr(po),
                "Auftragsbestätigung AB 26-11873 zu Ihrer Bestellung 4700032118", date,
                "<proalpha.AB2611873.20261126063100@rhein-labortechnik.example>", subj_charset="iso-8859-1", subj_enc="Q")
    h[0] = ("From", addr("Rhein-Labortechnik Auftragsbestätigung", "auftragsbestaetigung@rhein-labortechnik.example", "iso-8859-1", "Q"))
    exp = expected("confirmation", "8,50 / 1000 = 0.0085 (same, KW 50 = requested Fri 2026-12-11) -> accepted; 4,20 / 1000 = 0.0042 (PO 0.0040); 1,40 / 100 = 0.0140 (same) but 18.12.2026.",
                   [conf(po, l1=acc(po, 1), l2=chg(po, 2, price="0.0042"), l3=chg(po, 3, date=D(2026, 12, 18)))])
    return {"pos": [po], "eml": message(h, root), "expected": exp}


# ---------------------------------------------------------------- 056
@case("tiles-statement-of-account", "unrelated/it-IT",
      "Italian statement of account (estratto conto) PDF listing invoices, due dates and a 30 % advance invoice that cites the open PO number.")
def c056():
    sup = SUP("VALSECCHIA", "Ceramiche Valsecchia S.p.A.", "amministrazione@valsecchia-ceramiche.example", "it-IT")
    po = PO("4700032125", sup, "claire", D(2026, 11, 20), [
        L(1, "TIL-GRS-120-G", "Gres porcellanato 60x120 grigio, box 1,44 m2", 288, "M2", "29.50", D(2027, 2, 5)),
    ])
    date = at(2026, 11, 30, 11, 0, 1)
    pg = pdf.Page()
    pg.text(40, 805, "CERAMICHE VALSECCHIA S.p.A.", 13, True)
    pg.text(40, 790, "Via Radici Nord 88 - 41049 Sassuolo (MO) - P.IVA IT02218840365", 8)
    pg.text(40, 750, "ESTRATTO CONTO al 30/11/2026", 12, True)
    pg.lines(40, 732, ["Cliente: Kestrel Supply Group - cod. cliente 40771"], 9)
    cols = [40, 120, 200, 330, 410, 490]
    y = 700
    pg.row(y, list(zip(cols, ["Documento", "Data", "Riferimento", "Scadenza", "Importo", "Saldo"])), 8, True)
    pg.hline(y - 4)
    y -= 18
    for r in [["FT 2026/3310", "14/09/2026", "Vs. ord. 4700030118", "13/11/2026", "8.412,00", "0,00"],
              ["FT 2026/3874", "22/10/2026", "Vs. ord. 4700031017", "21/12/2026", "5.126,40", "5.126,40"],
              ["FT 2026/4102", "12/11/2026", "Vs. ord. 4700031455", "11/01/2027", "3.988,80", "3.988,80"],
              ["FA 2026/0311", "27/11/2026", "Acconto 30% Vs. ord. 4700032125", "27/11/2026", "2.548,80", "2.548,80"]]:
        pg.row(y, list(zip(cols, r)), 8)
        y -= 13
    pg.hline(y)
    pg.lines(330, y - 16, ["Totale a debito EUR: 11.664,00"], 9)
    pg.lines(40, y - 44, ["Vi preghiamo di verificare e segnalare eventuali differenze entro 15 giorni.",
                          "Coordinate bancarie: IBAN IT60 X054 2811 1010 0000 0123 456"], 8)
    data = pdf.build([pg], "Estratto conto 30/11/2026", "Zucchetti Ad Hoc Revolution")
    msg = ("Spett.le Kestrel Supply Group,\n\nin allegato l'estratto conto aggiornato al 30/11/2026.\n"
           "Vi ricordiamo che la fattura d'acconto FA 2026/0311 è da saldare prima della produzione.\n\n"
           "Distinti saluti\nUfficio Amministrazione\nCeramiche Valsecchia S.p.A.\n")
    root = multipart("mixed", [text(msg, "plain", "utf-8", "quoted-printable"),
                               attachment(data, "application/pdf", "Estratto_conto_40771_20261130.pdf")], "----=_Part_20261130_110000_40771")
    h = headers("Amministrazione Valsecchia <amministrazione@valsecchia-ceramiche.example>", "accounts.payable@kestrel-supply.example",
                "Estratto conto al 30/11/2026 - cod. cliente 40771", date, "<ec.40771.20261130110000@valsecchia-ceramiche.example>",
                cc=buyer_addr(po))
    exp = expected("unrelated", "Statement of account; the open PO appears only as the reference of an advance invoice, nothing about quantities or delivery.")
    return {"pos": [po], "eml": message(h, root), "expected": exp}


# ---------------------------------------------------------------- 057
@case("plants-xlsx-real-dates-full-trolleys", "confirmation/nl-NL",
      "XLSX order confirmation with real date cells (serials), trays rounded to full CC trolleys of 5 layers x 8, a price change on one line.")
def c057():
    sup = SUP("GROENEKAS", "Kwekerij De Groene Kas B.V.", "orders@degroenekas.example", "nl-NL")
    po = PO("4700032131", sup, "claire", D(2026, 11, 25), [
        L(1, "PLT-HEL-12", "Helleborus niger, pot 12 cm, tray of 8", 100, "TRAY", "21.60", D(2026, 12, 14)),
        L(2, "PLT-SKM-13", "Skimmia japonica Rubella, pot 13 cm, tray of 6", 64, "TRAY", "17.40", D(2026, 12, 14)),
        L(3, "CC-KAR-HUUR", "Deense container (CC-kar), huur", 5, "PCS", "6.50", D(2026, 12, 14)),
    ])
    date = at(2026, 11, 27, 7, 45, 1)
    rows = [["Orderbevestiging", None, None, None, None, None, None, None],
            ["Ordernummer", "OB-26-5518", None, "Uw order", "4700032131", None, None, None],
            ["Datum", D(2026, 11, 27), None, "Klant", "Kestrel Supply Group", None, None, None],
            [None] * 8,
            ["Regel", "Artikelcode", "Uw artikel", "Omschrijving", "Aantal", "Eenheid", "Prijs (EUR)", "Leverdatum"],
            [1, "HEL-NIG-12", "PLT-HEL-12", "Helleborus niger P12 (8/tray)", 120, "tray", Decimal("21.60"), D(2026, 12, 14)],
            [2, "SKI-RUB-13", "PLT-SKM-13", "Skimmia jap. 'Rubella' P13 (6/tray)", 64, "tray", Decimal("17.90"), D(2026, 12, 14)],
            [3, "CC-HUUR", "CC-KAR-HUUR", "CC-kar huur (statiegeld apart)", 5, "st", Decimal("6.50"), D(2026, 12, 14)],
            [None] * 8,
            ["Regel 1 afgerond op 3 volle karren (5 lagen x 8 trays).", None, None, None, None, None, None, None],
            ["Prijzen af kwekerij, transport volgens tarief. Betaling 14 dagen netto.", None, None, None, None, None, None, None]]
    data = xlsx.build(rows, "Orderbevestiging", creator="Floriday Connect")
    reply = ("Goedemorgen Claire,\n\nBijgaand onze orderbevestiging voor order 4700032131.\n"
             "Let op: de Helleborus hebben we afgerond op volle karren, en de Skimmia is helaas iets duurder geworden.\n\n"
             "Met vriendelijke groet,\nSanne de Vries\nVerkoop binnendienst | Kwekerij De Groene Kas B.V. | Naaldwijk\n")
    attribution = "Op 25 nov 2026, om 14:12 heeft Claire Dumont <claire.dumont@kestrel-supply.example> het volgende geschreven:"
    alt = apple(reply, attribution, request_body(po, "Beste Sanne,", "dmy."), "Apple-Mail=_2B8E4F61-0D3C-4A97-B125-C6E90F7A8D34")
    root = multipart("mixed", [alt, attachment(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                               "Orderbevestiging_OB-26-5518.xlsx")], "Apple-Mail=_5F0A9C23-7E1B-4D68-93A4-1B2C3D4E5F60")
    h = headers(addr("Sanne de Vries", "orders@degroenekas.example"), buyer_addr(po), "Re: " + request_subject(po), date,
                "<D4E8F1A2-6B3C-4F97-8A50-2C1E9D7B3F06@degroenekas.example>", po["request_message_id"], po["request_message_id"],
                extra=[("X-Mailer", "Apple Mail (2.3826.200.121)")])
    exp = expected("confirmation", "XLSX with real date cells: line 1 rounded 100 -> 120 trays (3 trolleys x 40), line 2 price 17.90, line 3 as ordered; all dated 2026-12-14.",
                   [conf(po, l1=chg(po, 1, qty=120), l2=chg(po, 2, price="17.90"), l3=acc(po, 3))])
    return {"pos": [po], "eml": message(h, root), "expected": exp}


# ---------------------------------------------------------------- 058
@case("coffee-machine-mobile-will-check", "needs_review/it-IT",
      "Italian mobile one-liner 'verifico col magazzino e le faccio sapere domani' - a promise to answer, nothing confirmed.")
def c058():
    sup = SUP("CMTORINO", "Caffè Macchine Torino S.r.l.", "vendite@cmtorino.example", "it-IT")
    po = PO("4700032136", sup, "maren", D(2026, 11, 25), [
        L(1, "CM-1GR-TO", "Macchina espresso 1 gruppo, serbatoio 4 l", 3, "PCS", "1890.00", D(2027, 1, 8)),
        L(2, "CM-MAC-50", "Macinadosatore 50 mm", 3, "PCS", "420.00", D(2027, 1, 8)),
    ])
    date = at(2026, 11, 26, 19, 8, 1)
    reply = "Buonasera, verifico col magazzino e le faccio sapere domani.\nSaluti\nLuca\n\nInviato da iPhone\n"
    attribution = "Il giorno 25 nov 2026, alle ore 16:40, Maren Holt <maren.holt@kestrel-supply.example> ha scritto:"
    body = apple(reply, attribution, request_body(po, "Buongiorno Luca,", "dmy/"), "Apple-Mail-8E27D1C4-39B0-4F5A-A6E1-7C9D2B0F4E83")
    h = headers(addr("Luca Ferrero", "vendite@cmtorino.example"), buyer_addr(po), "Re: " + request_subject(po), date,
                "<7A1C9E42-D03B-4E86-9F15-B2A4C6E8D017@cmtorino.example>", po["request_message_id"], po["request_message_id"],
                extra=[("X-Mailer", "iPhone Mail (22B91)")])
    exp = expected("needs_review", "Only a promise to check with the warehouse and answer tomorrow.")
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 059
@case("led-panels-partial-stock-backorder", "confirmation/en-US",
      "120 of 200 panels from stock (ship 12/4, deliver 12/8), 80 backordered to 1/22/2027: a two-date schedule with US dates; the second line rides along.")
def c059():
    sup = SUP("BRIGHTLINE", "Brightline LED Supply Corp.", "orders@brightlineled.example", "en-US")
    po = PO("4700032140", sup, "oskar", D(2026, 11, 25), [
        L(1, "LED-P2X4-50", "LED flat panel 2x4 ft 50 W 4000 K 0-10V dim", 200, "PCS", "48.75", D(2026, 12, 11)),
        L(2, "LED-P2X2-30", "LED flat panel 2x2 ft 30 W 3500 K", 40, "PCS", "32.20", D(2026, 12, 11)),
    ], currency="USD")
    date = at(2026, 11, 27, 10, 26, -6)
    reply = ("Hi Oskar,\n\nThanks for the PO. Here's where we are:\n\n"
             "2x4 50W panels: we have 120 pcs (30 boxes of 4) on the shelf - those ship 12/4 and deliver to you 12/8. The remaining "
             "80 are backordered; factory ETA puts delivery to you at 1/22/2027.\n"
             "2x2 30W panels: 40 pcs, deliver 12/8 with the first shipment.\n\n"
             "Pricing as per your PO. DLC listing and 5-yr warranty apply.\n\n"
             "Thanks,\nJessica Alvarez\nInside Sales | Brightline LED Supply Corp. | Dallas, TX\n(214) 555-0178\n")
    attribution = "On Wed, Nov 25, 2026 at 8:02 AM Oskar Lindqvist <oskar.lindqvist@kestrel-supply.example> wrote:"
    body = gmail(reply, attribution, request_body(po, "Hello,", "mdy/"), "000000000000b2d9e40614e0c7a5")
    h = headers(addr("Jessica Alvarez", "orders@brightlineled.example"), buyer_addr(po), "Re: " + request_subject(po), date,
                "<CAL7nQ1r+YbV5sWm2KpE9dTxZg@mail.gmail.example>", po["request_message_id"], po["request_message_id"])
    d1, d2 = D(2026, 12, 8), D(2027, 1, 22)
    exp = expected("confirmation", "Line 1 split 120 on 2026-12-08 (delivery, not the 12/4 ship date) + 80 on 2027-01-22; line 2 delivered 2026-12-08.",
                   [conf(po, l1=chg(po, 1, date=d2, schedule=[(120, d1), (80, d2)]), l2=chg(po, 2, date=d1))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 060
@case("dsn-delayed-connection-timeout", "bounce/da-DK",
      "Postfix 'Delayed Mail (still being retried)' warning DSN, Action: delayed, 4.4.1; not a final failure but still a delivery report.")
def c060():
    sup = SUP("SYDFISK", "Sydhavns Fiskenet ApS", "salg@sydhavnsfiskenet.example", "da-DK")
    po = PO("4700032146", sup, "tobias", D(2026, 11, 26), [
        L(1, "FN-TRAWL-PE4", "Trawl netting PE 4 mm, mesh 80 mm", 900, "KG", "6.10", D(2027, 1, 22)),
        L(2, "FN-ROPE-16", "Combination rope 16 mm, coil 220 m", 12, "PCS", "214.00", D(2027, 1, 22)),
    ])
    date = at(2026, 11, 26, 14, 20, 1)
    rid = po["request_message_id"]
    human = ("This is the mail system at host mail.kestrel-supply.example.\n\n"
             "####################################################################\n"
             "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
             "####################################################################\n\n"
             "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
             "For further assistance, please send mail to postmaster.\n\n                   The mail system\n\n"
             "<salg@sydhavnsfiskenet.example>: connect to mx.sydhavnsfiskenet.example[91.102.7.33]:25:\n    Connection timed out\n")
    status = ("Reporting-MTA: dns; mail.kestrel-supply.example\nX-Postfix-Queue-ID: 4Q9mBv0Lk3z8xPd\n"
              "X-Postfix-Sender: rfc822; tobias.brenner@kestrel-supply.example\n"
              "Arrival-Date: Thu, 26 Nov 2026 10:12:40 +0100 (CET)\n\n"
              "Final-Recipient: rfc822; salg@sydhavnsfiskenet.example\nOriginal-Recipient: rfc822;salg@sydhavnsfiskenet.example\n"
              "Action: delayed\nStatus: 4.4.1\n"
              "Diagnostic-Code: X-Postfix; connect to mx.sydhavnsfiskenet.example[91.102.7.33]:25:\n    Connection timed out\n"
              "Will-Retry-Until: Tue, 1 Dec 2026 10:12:40 +0100 (CET)\n")
    orig_hdrs = (f"Return-Path: <tobias.brenner@kestrel-supply.example>\nFrom: Tobias Brenner <tobias.brenner@kestrel-supply.example>\n"
                 f"To: salg@sydhavnsfiskenet.example\nSubject: {request_subject(po)}\nDate: Thu, 26 Nov 2026 10:12:38 +0100\n"
                 f"Message-ID: {rid}\nMIME-Version: 1.0\n")
    root = multipart("report", [
        raw_part("text/plain; charset=us-ascii", human, "7bit", [("Content-Description", "Notification")]),
        raw_part("message/delivery-status", status, None, [("Content-Description", "Delivery report")]),
        raw_part("text/rfc822-headers", orig_hdrs, "7bit", [("Content-Description", "Undelivered Message Headers")]),
    ], "4Q9mBx1Wq7z8xPf.1764163200/mail.kestrel-supply.example", 'report-type=delivery-status',
        preamble="This is a MIME-encapsulated message.")
    h = headers("MAILER-DAEMON@mail.kestrel-supply.example (Mail Delivery System)", "tobias.brenner@kestrel-supply.example",
                "Delayed Mail (still being retried)", date, "<20261126132000.4Q9mBx1Wq7z8xPf@mail.kestrel-supply.example>",
                extra=[("Auto-Submitted", "auto-replied")], pre=[("Return-Path", "<>")])
    exp = expected("bounce", "Delay warning DSN (Action: delayed, 4.4.1) for the request; the supplier has not seen the PO yet.")
    return {"pos": [po], "eml": message(h, root), "expected": exp}


# ---------------------------------------------------------------- 061
@case("road-paint-as-per-attached-quote", "confirmation/en-GB",
      "'Confirmed as per our quotation Q-2026-131 (attached)': the attached quote prices per 25 kg bag/tub and they match the PO per kg, date as requested.")
def c061():
    sup = SUP("THAMESLM", "Thames Line Marking Supplies Ltd", "sales@thameslinemarking.example", "en-GB")
    po = PO("4700032150", sup, "tobias", D(2026, 11, 26), [
        L(1, "RMP-TP-W25", "Thermoplastic road marking white, bag 25 kg", 1200, "KG", "1.12", D(2027, 1, 29)),
        L(2, "RMP-CR-Y25", "Road marking paint yellow, chlorinated rubber, tub 25 kg", 500, "KG", "3.30", D(2027, 1, 29)),
    ], currency="GBP")
    date = at(2026, 11, 27, 9, 5, 0)
    assert Decimal("28.00") / 25 == Decimal("1.12") and Decimal("82.50") / 25 == Decimal("3.30")
    pg = pdf.Page()
    pg.text(40, 805, "THAMES LINE MARKING SUPPLIES LTD", 13, True)
    pg.text(40, 791, "Unit 4, Riverside Trading Estate, Dartford DA1 5PS - VAT GB 318 4471 20", 8)
    pg.text(40, 755, "QUOTATION Q-2026-131", 12, True)
    pg.lines(40, 736, ["Date: 02/11/2026", "Customer: Kestrel Supply Group - attn. Tobias Brenner",
                       "Valid until: 31/12/2026", "Delivery: 2-3 weeks from order, DAP Hamburg"], 9)
    cols = [40, 110, 330, 400, 470]
    y = 660
    pg.row(y, list(zip(cols, ["Item", "Description", "Pack", "Price", "Min. qty"])), 8, True)
    pg.hline(y - 4)
    y -= 18
    for r in [["TP-W25", "Thermoplastic white (BS EN 1871), 25 kg bag", "25 kg", "GBP 28.00 / bag", "48 bags"],
              ["CR-Y25", "Chlorinated rubber paint yellow, 25 kg tub", "25 kg", "GBP 82.50 / tub", "10 tubs"]]:
        pg.row(y, list(zip(cols, r)), 8)
        y -= 13
    pg.hline(y)
    pg.lines(40, y - 18, ["Prices exclude VAT. Payment 30 days end of month. Glass beads available on request."], 8)
    data = pdf.build([pg], "Q-2026-131", "Sage 50 Accounts")
    reply = ("Hi Tobias,\n\nThanks for the order - confirmed as per our quotation Q-2026-131 (attached again for reference), "
             "48 bags of white thermo and 20 tubs of yellow, delivery on 29/01/2027 as you requested.\n\n"
             "Kind regards,\nHelen Ashworth\nSales | Thames Line Marking Supplies Ltd\n01322 555 840\n")
    orig = {"from": "Tobias Brenner <tobias.brenner@kestrel-supply.example>", "sent": "26 November 2026 16:20",
            "to": "sales@thameslinemarking.example", "subject": request_subject(po), "body": request_body(po, "Dear Helen,", "dmy/")}
    alt = outlook(reply, orig, "_000_LO4P123MB6631A0", "en", lang_attr="EN-GB")
    root = multipart("mixed", [alt, attachment(data, "application/pdf", "Q-2026-131.pdf")], "_004_LO4P123MB6631A0")
    h = headers(addr("Helen Ashworth", "sales@thameslinemarking.example"), buyer_addr(po), "RE: " + request_subject(po), date,
                "<LO4P123MB6631A0C5E8F2B14D7A93@LO4P123MB6631.GBRP123.PROD.OUTLOOK.example>",
                po["request_message_id"], po["request_message_id"], extra=[("X-MS-Has-Attach", "yes")])
    exp = expected("confirmation", "Quote attached: 28.00/25 kg = 1.12 and 82.50/25 kg = 3.30 per kg, 48 bags = 1200 kg and 20 tubs = 500 kg; all as ordered. Quote date/validity are not commitments.",
                   [conf(po, l1=acc(po, 1), l2=acc(po, 2))])
    return {"pos": [po], "eml": message(h, root), "expected": exp}


# ---------------------------------------------------------------- 062
@case("compressor-spares-mobile-passt", "confirmation/de-AT",
      "Austrian mobile one-liner 'Passt, alles wie bestellt, Liefertermin wie gewünscht' - a full acceptance with no numbers at all.")
def c062():
    sup = SUP("DLSTEINER", "Druckluft Steiner GmbH", "f.steiner@druckluft-steiner.example", "de-AT")
    po = PO("4700032157", sup, "tobias", D(2026, 11, 26), [
        L(1, "AC-VALVE-MPV", "Mindestdruckventil G 3/4, 4,5 bar", 4, "PCS", "86.00", D(2026, 12, 16)),
        L(2, "AC-BELT-XPA", "Keilriemen XPA 1250", 10, "PCS", "14.30", D(2026, 12, 16)),
    ])
    date = at(2026, 11, 27, 7, 2, 1)
    reply = "Passt, alles wie bestellt, Liefertermin wie gewünscht.\n\nLG Florian\n\nVon meinem iPhone gesendet\n"
    attribution = "Am 26.11.2026 um 15:48 schrieb Tobias Brenner <tobias.brenner@kestrel-supply.example>:"
    body = apple(reply, attribution, request_body(po, "Hallo Florian,", "dmy.", "de"), "Apple-Mail-0D6B3E9A-71F2-4C58-B8A3-5E4C2D1F0A97",
                 html=False)
    h = headers(addr("Florian Steiner", "f.steiner@druckluft-steiner.example"), buyer_addr(po), "Re: " + request_subject(po, "de"),
                date, "<F2C7A0E1-3D9B-4A58-8E16-0B4D7C2E9A35@druckluft-steiner.example>",
                po["request_message_id"], po["request_message_id"], extra=[("X-Mailer", "iPhone Mail (22B91)")])
    exp = expected("confirmation", "'Alles wie bestellt, Liefertermin wie gewünscht' accepts every line as ordered; G 3/4 and XPA 1250 are item data.",
                   [conf(po, l1=acc(po, 1), l2=acc(po, 2))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 063
@case("hydraulic-oil-new-price-list-conditional", "needs_review/fr-CA",
      "Québec French: the PO prices are from the 2026 list, the new list (+6 %) applies from 1 December - will acknowledge only once the buyer accepts.")
def c063():
    sup = SUP("DHLAUR", "Distributions Hydrauliques Laurentides inc.", "ventes@dhlaurentides.example", "fr-CA")
    po = PO("4700032163", sup, "oskar", D(2026, 11, 26), [
        L(1, "HYD-AW32-208", "Huile hydraulique AW 32, baril 208 l", 1248, "L", "1.58", D(2027, 1, 15)),
        L(2, "HYD-AW46-208", "Huile hydraulique AW 46, baril 208 l", 832, "L", "1.61", D(2027, 1, 15)),
    ], currency="USD")
    date = at(2026, 11, 27, 14, 40, -5)
    reply = ("Bonjour M. Lindqvist,\n\nNous avons bien reçu votre bon de commande 4700032163 (6 barils AW 32 et 4 barils AW 46).\n"
             "Par contre, les prix indiqués sont ceux de notre liste 2026; à compter du 1er décembre, notre nouvelle liste s'applique "
             "(+6 %).\n\nPouvez-vous nous confirmer que vous acceptez les nouveaux prix? Dès réception de votre accord, nous vous "
             "ferons parvenir l'accusé de réception avec la date de livraison.\n\nMerci et bonne journée,\nGeneviève Roy\n"
             "Service à la clientèle | Distributions Hydrauliques Laurentides inc. | Saint-Jérôme (Québec)\n")
    orig = {"from": "Oskar Lindqvist <oskar.lindqvist@kestrel-supply.example>", "sent": "26 novembre 2026 09:14",
            "to": "ventes@dhlaurentides.example", "subject": request_subject(po), "body": request_body(po, "Bonjour,", "iso")}
    body = outlook(reply, orig, "_000_YT3PR01MB6200C1", "fr", lang_attr="FR-CA")
    h = headers(addr("Geneviève Roy", "ventes@dhlaurentides.example"), buyer_addr(po), "RE: " + request_subject(po), date,
                "<YT3PR01MB6200C1F7A4E39B2D0C58@YT3PR01MB6200.CANPRD01.PROD.OUTLOOK.example>",
                po["request_message_id"], po["request_message_id"])
    exp = expected("needs_review", "Conditional: +6 % only if the buyer agrees, acknowledgment and date promised afterwards; 1er décembre is the price-list date.")
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 064
@case("glass-mesh-pallets-bulgarian", "confirmation/bg-BG",
      "Bulgarian windows-1251 reply: one line later ('до 22.01.2027 г.'), the other rounded to 4 pallets of 36 rolls; 160 г/м2 and 1 x 50 m in the items.")
def c064():
    sup = SUP("STEKLOFIB", "Steklofibar Plovdiv EOOD", "prodajbi@steklofibar.example", "bg-BG")
    po = PO("4700032170", sup, "priya", D(2026, 11, 26), [
        L(1, "GF-MESH-160", "Glass fibre mesh 160 g/m2, roll 1 x 50 m", 300, "ROLL", "21.40", D(2027, 1, 15)),
        L(2, "GF-MESH-75", "Glass fibre mesh 75 g/m2, roll 1 x 50 m", 120, "ROLL", "11.80", D(2027, 1, 15)),
    ])
    date = at(2026, 11, 30, 10, 12, 2)
    reply = ("Здравейте, г-жо Натараджан,\n\nПотвърждаваме поръчка № 4700032170 както следва:\n\n"
             "поз. 1 – мрежа 160 г/м2, 1 х 50 м: 300 ролки, 21,40 EUR/ролка, доставка до 22.01.2027 г.\n"
             "поз. 2 – мрежа 75 г/м2, 1 х 50 м: опаковаме по 36 ролки на палет, затова 144 ролки (4 палета), "
             "11,80 EUR/ролка, доставка 15.01.2027 г.\n\nПоздрави,\nГеорги Иванов\nТърговски отдел\n"
             "Стъклофибър Пловдив ЕООД\n")
    orig = {"from": "Priya Natarajan <priya.natarajan@kestrel-supply.example>", "sent": "четвъртък, 26 ноември 2026 г. 17:02",
            "to": "prodajbi@steklofibar.example", "subject": request_subject(po), "body": request_body(po, "Dear Mr Ivanov,", "dmy.")}
    body = outlook(reply, orig, "_000_VI1PR10MB2871E9", "bg", "windows-1251", "quoted-printable", lang_attr="BG")
    h = headers(addr("Георги Иванов", "prodajbi@steklofibar.example", "windows-1251"), buyer_addr(po), "RE: " + request_subject(po),
                date, "<VI1PR10MB2871E9B3D0C6A41F5E27@VI1PR10MB2871.EURPRD10.PROD.OUTLOOK.example>",
                po["request_message_id"], po["request_message_id"])
    exp = expected("confirmation", "Line 1 moves to 2027-01-22; line 2 rounded to 4 pallets x 36 = 144 rolls, date as requested.",
                   [conf(po, l1=chg(po, 1, date=D(2027, 1, 22)), l2=chg(po, 2, qty=144))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 065
@case("epoxy-shipping-notice-other-po", "unrelated/cs-CZ",
      "Czech dispatch advice for an earlier order 4700031402 with ship and expected delivery dates and batch numbers; the open PO is a different one.")
def c065():
    sup = SUP("EPOXYCHEM", "EPOXY-CHEM s.r.o.", "expedice@epoxychem.example", "cs-CZ")
    po = PO("4700032176", sup, "oskar", D(2026, 11, 27), [
        L(1, "EP-KIT-5", "Epoxy resin kit 5 kg (A+B), laminating grade", 80, "KIT", "58.40", D(2027, 1, 22)),
    ])
    date = at(2026, 11, 27, 13, 30, 1)
    txt = ("Dobrý den,\n\nk Vaší objednávce č. 4700031402 jsme dnes expedovali následující zboží:\n\n"
           "Dodací list: DL-26-04471\nDatum expedice: 27.11.2026\nPředpokládané doručení: 01.12.2026\n"
           "Dopravce: DB Schenker, č. zásilky 7720 5518 3301\n\n"
           "- EP-KIT-5 sada epoxidové pryskyřice 5 kg: 40 sad, šarže 2611-14, exp. 11/2027\n"
           "- EP-HARD-207 tužidlo H207: 120 kg (12 kanystrů), šarže 2610-88\n\n"
           "S pozdravem\nexpedice EPOXY-CHEM s.r.o.\n")
    html = ("<html><head><meta charset=\"windows-1250\"></head><body style=\"font-family:Arial;font-size:10pt\">"
            + text_to_html(txt) + "</body></html>\n")
    body = multipart("alternative", [text(txt, "plain", "windows-1250", "quoted-printable"),
                                     text(html, "html", "windows-1250", "quoted-printable")], "=_avizo_DL2604471_3f9a")
    h = headers(addr("Expedice EPOXY-CHEM", "expedice@epoxychem.example"), buyer_addr(po),
                "Avízo expedice DL-26-04471 / obj. 4700031402", date, "<avizo.DL-26-04471.20261127@epoxychem.example>",
                subj_charset="windows-1250", extra=[("X-Mailer", "Money S5 - modul Expedice")])
    exp = expected("unrelated", "Shipping notice for order 4700031402, which is not open here; the same article EP-KIT-5 and the dates are a trap for open PO 4700032176.")
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 066
@case("tiles-html-only-spanish-table", "confirmation/es-ES",
      "HTML-only reply (no text part, windows-1252) with a table in boxes and m2 (100 cajas = 144,00 m2): everything as ordered; the PO date sits in the same table header.")
def c066():
    sup = SUP("AZUCAST", "Azulejos Castellón Export S.A.", "export@azulejoscastellon.example", "es-ES")
    po = PO("4700032183", sup, "claire", D(2026, 11, 25), [
        L(1, "TIL-PAV-6060A", "Pavimento porcelánico 60x60 antracita, caja 1,44 m2", 144, "M2", "17.80", D(2027, 1, 20)),
        L(2, "TIL-REV-2560B", "Revestimiento pasta blanca 25x60 brillo, caja 1,44 m2", 72, "M2", "11.30", D(2027, 1, 20)),
    ])
    date = at(2026, 11, 27, 12, 55, 1)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
            "<body style=\"font-family:Verdana;font-size:10pt\">"
            "<p>Estimada Claire:</p><p>Le confirmamos su pedido con los siguientes datos:</p>"
            "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" style=\"border-collapse:collapse;font-size:9pt\">"
            "<tr style=\"background:#dde6f0\"><th colspan=\"5\" align=\"left\">Su pedido 4700032183 de fecha 25/11/2026 - "
            "Nuestro pedido PV-26-8812</th></tr>"
            "<tr><th>Línea</th><th>Artículo</th><th>Cantidad</th><th>Precio</th><th>Fecha entrega</th></tr>"
            "<tr><td>1</td><td>Porcelánico 60x60 antracita (TIL-PAV-6060A)</td><td>100 cajas (144,00 m²)</td><td>17,80 €/m²</td><td>20/01/2027</td></tr>"
            "<tr><td>2</td><td>Pasta blanca 25x60 brillo (TIL-REV-2560B)</td><td>50 cajas (72,00 m²)</td><td>11,30 €/m²</td><td>20/01/2027</td></tr>"
            "</table><p>Tono y calibre: 1A / 9. Portes pagados hasta destino (DAP Hamburgo).</p>"
            "<p>Un cordial saludo,</p><p><b>Carmen Vidal</b><br>Dpto. Exportación<br>Azulejos Castellón Export S.A.<br>"
            "Ctra. Alcora km 7,5 - 12130 San Juan de Moró (Castellón)</p>"
            "<hr><p style=\"font-size:8pt;color:#777\">De: Claire Dumont &lt;claire.dumont@kestrel-supply.example&gt;<br>"
            "Enviado: miércoles, 25 de noviembre de 2026 15:10<br>Asunto: " + esc(request_subject(po)) + "</p>"
            "<p style=\"font-size:8pt;color:#777\">" + pre_html(request_body(po, "Estimados señores:", "dmy/")) + "</p>"
            "</body></html>\n")
    body = text(html, "html", "windows-1252", "quoted-printable")
    h = headers(addr("Carmen Vidal", "export@azulejoscastellon.example"), buyer_addr(po), "RE: " + request_subject(po), date,
                "<20261127125501.5A1F2C@crm.azulejoscastellon.example>", po["request_message_id"], po["request_message_id"],
                extra=[("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC119 (Win))")])
    exp = expected("confirmation", "HTML-only table: 100 boxes = 144 m2 and 50 boxes = 72 m2, prices and 20/01/2027 as ordered; 25/11/2026 is our PO date; '1A / 9' is shade/calibre.",
                   [conf(po, l1=acc(po, 1), l2=acc(po, 2))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 067
@case("bakery-trays-drawing-revision-question", "needs_review/fr-FR",
      "French question whether to make drawing BT-600-2025-rev B (ordered) or rev C; '2025-rev', 4 mm vs 3 mm and '~6 semaines' look like data but nothing is committed.")
def c067():
    sup = SUP("TOLBOUL", "Tôlerie Boulangère de Normandie SAS", "contact@tolerie-boulangere.example", "fr-FR")
    po = PO("4700032190", sup, "tobias", D(2026, 11, 27), [
        L(1, "BT-CUST-6040", "Plaque de cuisson sur plan BT-600-2025-rev B, alu 2 mm", 200, "PCS", "16.90", D(2027, 1, 29)),
        L(2, "BT-CUST-CH20", "Chariot pour 20 plaques 600x400", 10, "PCS", "245.00", D(2027, 1, 29)),
    ])
    date = at(2026, 11, 30, 9, 40, 1)
    reply = ("Bonjour Monsieur Brenner,\n\nMerci pour votre commande 4700032190.\n\n"
             "Votre commande fait référence au plan BT-600-2025-rev B ; or nous avons reçu de votre bureau d'études, le 14 octobre, "
             "la rév. C (perçage Ø 4 mm au lieu de 3 mm). Pouvez-vous nous confirmer quelle révision nous devons fabriquer ?\n\n"
             "Dès votre retour, nous vous adresserons l'accusé de réception de commande avec le délai (environ 6 semaines).\n\n"
             "Cordialement,\nThomas Lefèvre\nTôlerie Boulangère de Normandie SAS - ZA du Val, 76230 Bois-Guillaume\n")
    attribution = "Le 27/11/2026 à 11:20, Tobias Brenner a écrit :"
    body = thunderbird(reply, attribution, request_body(po, "Bonjour,", "dmy/"), charset="UTF-8", cte="quoted-printable")
    h = headers(addr("Thomas Lefèvre", "contact@tolerie-boulangere.example"), buyer_addr(po), "Re: " + request_subject(po), date,
                "<e2b9d4a1-7c05-4f3e-9a68-1d0c3b5f7e92@tolerie-boulangere.example>", po["request_message_id"], po["request_message_id"],
                extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")])
    exp = expected("needs_review", "A question about the drawing revision; the acknowledgment and lead time are promised after the answer.")
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 068
@case("cement-admixtures-two-of-three-pos-polish", "confirmation/pl-PL",
      "Three open POs; the Polish reply confirms one fully, confirms the next except a line no longer produced, and defers the third to next week.")
def c068():
    sup = SUP("KRAKDOM", "Chemia Budowlana KRAK-DOM Sp. z o.o.", "handel@krakdom-chemia.example", "pl-PL")
    po_a = PO("4700032196", sup, "tobias", D(2026, 11, 25), [
        L(1, "CA-PL-PCE", "Plasticizer PCE, IBC 1000 kg", 2000, "KG", "1.29", D(2026, 12, 18)),
        L(2, "CA-PL-ANTI", "Antifreeze admixture, canister 25 kg", 250, "KG", "1.85", D(2026, 12, 18)),
    ])
    po_b = PO("4700032203", sup, "tobias", D(2026, 11, 26), [
        L(1, "CA-PL-HYD", "Waterproofing admixture, bag 25 kg", 400, "KG", "2.10", D(2027, 1, 15)),
        L(2, "CA-PL-R12", "Set retarder R-12", 200, "KG", "1.60", D(2027, 1, 15)),
    ])
    po_c = PO("4700032210", sup, "tobias", D(2026, 11, 27), [
        L(1, "CA-PL-FIB12", "Polypropylene fibres 12 mm", 100, "KG", "6.40", D(2027, 1, 22)),
    ])
    date = at(2026, 11, 30, 12, 18, 1)
    reply = ("Dzień dobry,\n\nw odpowiedzi na Państwa zamówienia:\n\n"
             "Zam. 4700032196\n  poz. 1: 2 000 kg (2 IBC), 1,29 EUR/kg\n  poz. 2: 250 kg (10 kanistrów po 25 kg), 1,85 EUR/kg\n"
             "  dostawa 18.12.2026 - potwierdzamy.\n\n"
             "Zam. 4700032203\n  poz. 1: 400 kg (16 worków), 2,10 EUR/kg, dostawa 15.01.2027 - potwierdzamy.\n"
             "  poz. 2: opóźniacz R-12 nie jest już produkowany (zastąpiony przez R-14), prosimy o anulowanie tej pozycji.\n\n"
             "Zamówienie 4700032210 potwierdzimy w przyszłym tygodniu.\n\n"
             "Z poważaniem\nAgnieszka Zielińska\nDział Handlowy\nChemia Budowlana KRAK-DOM Sp. z o.o., Kraków\n")
    attribution = "W dniu 27.11.2026 o 14:05, Tobias Brenner pisze:"
    body = thunderbird(reply, attribution, request_body(po_c, "Dear Sir or Madam,", "dmy."), charset="ISO-8859-2",
                       cte="quoted-printable")
    h = headers(addr("Agnieszka Zielińska", "handel@krakdom-chemia.example", "iso-8859-2", "Q"), buyer_addr(po_a),
                "Re: " + request_subject(po_c), date, "<b7e41c09-3a2d-4f85-8e6b-d0c19a2f4e73@krakdom-chemia.example>",
                po_c["request_message_id"], po_c["request_message_id"],
                extra=[("User-Agent", "Mozilla Thunderbird")])
    exp = expected("confirmation", "Reply threaded on the third PO's request answers the first two: 4700032196 as ordered; 4700032203 line 2 no longer produced -> rejected; 4700032210 deferred, left out.",
                   [conf(po_a, l1=acc(po_a, 1), l2=acc(po_a, 2)), conf(po_b, l1=acc(po_b, 1), l2=REJ)])
    return {"pos": [po_a, po_b, po_c], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 069
@case("glass-fibre-early-new-year", "needs_review/en-NZ",
      "'Prices fine, we can do the quantities, delivery early in the new year - exact ship date once the January plan is out': no date to record.")
def c069():
    sup = SUP("KIWIGF", "Kiwi Glass Fibre Ltd", "sales@kiwiglassfibre.example", "en-NZ")
    po = PO("4700032222", sup, "priya", D(2026, 11, 27), [
        L(1, "GF-CSM-300-NZ", "Chopped strand mat 300 g/m2, roll 1270 mm x 30 kg", 900, "KG", "2.35", D(2027, 1, 29)),
        L(2, "GF-WR-800-NZ", "Woven roving 800 g/m2, roll 50 m", 20, "ROLL", "96.00", D(2027, 1, 29)),
    ], currency="USD")
    date = at(2026, 11, 30, 10, 15, 13)
    reply = ("Kia ora Priya,\n\nAll good with PO 4700032222 - prices are fine and we can do the quantities.\n"
             "Delivery will be early in the new year; I'll let you know the exact ship date once our January production plan is out "
             "(usually mid-December).\n\nNgā mihi,\nAroha Ngata\nKiwi Glass Fibre Ltd | Penrose, Auckland\n")
    attribution = "On Fri, 27 Nov 2026 at 22:40, Priya Natarajan <priya.natarajan@kestrel-supply.example> wrote:"
    body = gmail(reply, attribution, request_body(po, "Kia ora Aroha,", "dmy/"), "000000000000c1e8b70614f2d3a6")
    h = headers(addr("Aroha Ngata", "sales@kiwiglassfibre.example"), buyer_addr(po), "Re: " + request_subject(po), date,
                "<CAB3kR7s+WqD9nLp2VfH0eYxTc@mail.gmail.example>", po["request_message_id"], po["request_message_id"])
    exp = expected("needs_review", "Quantities and prices agreed but no delivery date ('early in the new year', ship date to follow): nothing a buyer can record as a commitment.")
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 070
@case("compressors-three-weeks-from-today-finnish", "confirmation/fi-FI",
      "Finnish lead time '3 viikkoa tästä päivästä' (mail Monday 2026-11-23 + 21 days) and hose kits 'heti varastosta' (= mail date); a certificate date in the text.")
def c070():
    sup = SUP("SKHUOLTO", "Suomen Kompressorihuolto Oy", "myynti@kompressorihuolto.example", "fi-FI")
    po = PO("4700032229", sup, "oskar", D(2026, 11, 20), [
        L(1, "AC-PST-500-FI", "Piston compressor 5.5 kW, 500 l tank", 2, "PCS", "2190.00", D(2026, 12, 11)),
        L(2, "AC-HOSE-KIT10", "Air hose kit 10 m, 3/8\" quick couplings", 10, "PCS", "38.50", D(2026, 12, 11)),
    ])
    date = at(2026, 11, 23, 9, 25, 2)
    is_wd(date.date(), "Monday")
    d1 = date.date() + dt.timedelta(weeks=3)
    assert d1 == D(2026, 12, 14)
    reply = ("Hei Oskar,\n\nkiitos tilauksesta 4700032229. Vahvistamme:\n\n"
             "- 2 kpl mäntäkompressori 5,5 kW / 500 l, 2 190,00 € / kpl. Toimitusaika on 3 viikkoa tästä päivästä.\n"
             "- 10 kpl paineilmaletkusarja 10 m, 38,50 € / kpl. Letkusarjat lähtevät heti varastosta.\n\n"
             "Painelaitteiden vaatimustenmukaisuustodistus (PED 2014/68/EU), päivätty 12.10.2026, toimitetaan laitteiden mukana.\n\n"
             "Ystävällisin terveisin\nMikko Virtanen\nSuomen Kompressorihuolto Oy\npuh. 040 555 2871\n")
    orig = {"from": "Oskar Lindqvist <oskar.lindqvist@kestrel-supply.example>", "sent": "perjantai 20. marraskuuta 2026 14.30",
            "to": "myynti@kompressorihuolto.example", "subject": request_subject(po), "body": request_body(po, "Hei,", "dmy.")}
    body = outlook(reply, orig, "_000_HE1PR07MB3305D7", "fi", "iso-8859-15", "quoted-printable", lang_attr="FI")
    h = headers(addr("Mikko Virtanen", "myynti@kompressorihuolto.example"), buyer_addr(po), "VS: " + request_subject(po), date,
                "<HE1PR07MB3305D7A2F9C40E1B6D85@HE1PR07MB3305.eurprd07.prod.outlook.example>",
                po["request_message_id"], po["request_message_id"])
    exp = expected("confirmation", "Lead time 3 weeks from the mail date Mon 2026-11-23 = 2026-12-14; hose kits ship immediately = 2026-11-23; the 12.10.2026 certificate date is not a delivery date.",
                   [conf(po, l1=chg(po, 1, date=d1), l2=chg(po, 2, date=date.date()))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}
