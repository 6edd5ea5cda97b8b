"""Cases 055-070."""
import datetime as dt

from . import mime
from .common import (case, S, PO, C, conf, expected, when, std_body, mail, buyer_of, req_subject, req_dt,
                     req_date_hdr, html_doc, paras, alt, quote_outlook, quote_outlook_html, request_mail,
                     req_body_text, po_table_html, outlook_header)
from .pdf import make_pdf
from .xlsx import make_xlsx

RE = "RE: "


@case("nz-wax-ship-vs-delivery", "confirmation/en-NZ",
      "Ship date 04/12/2026 and a later delivery date 22/01/2027 in one sentence; the delivery date wins.")
def c055():
    sup = S("KIWIWAX", "Kiwi Dairy Wax Ltd", "orders@kiwidairywax.example", "en-NZ")
    po = PO("4500231783", sup, "NZD", "2026-11-23", [
        ("CW-BLK-10", "Cheese wax black, 10 kg block, paraffin/microcrystalline", 800, "KG", "7.20", "2027-01-15"),
        ("CW-YEL-10", "Cheese wax yellow, 10 kg block", 600, "KG", "6.95", "2027-01-15"),
    ], buyer="claire")
    reply = ("Kia ora Claire,\n\nAll good with PO 4500231783 - both lines confirmed at your quantities and prices "
             "(80 and 60 blocks of 10 kg). It'll ship from Auckland on 04/12/2026 on the next sailing and will be "
             "delivered to your Hamburg warehouse on 22/01/2027 - sorry, the 15th isn't possible with the current "
             "transit times.\n\nCheers,\nAroha Ngata\nKiwi Dairy Wax Ltd\n31 Te Rapa Road, Hamilton 3200\n"
             "+64 7 849 2210\n")
    body = std_body(po, reply, "en", "outlook")
    eml = mail(("Aroha Ngata", "aroha@kiwidairywax.example"), buyer_of(po), RE + req_subject(po),
               when("2026-11-30 09:12:44", "+1300"), body, po=po, lang="en-NZ")
    return [po], eml, expected(
        "confirmation", "Both a ship date (04/12/2026) and a delivery date (22/01/2027) are given; the delivery date "
        "wins for both lines.",
        conf(po, {1: C(d="2027-01-22"), 2: C(d="2027-01-22")}))


@case("sg-beakers-erp-pdf-backorder", "confirmation/en-SG",
      "Automatic ERP mail (Auto-Submitted) with a PDF acknowledgement; one line on backorder with no date.")
def c056():
    sup = S("LIONCITYLAB", "Lion City Labware Pte Ltd", "sales@lioncitylab.example", "en-SG")
    po = PO("4500231795", sup, "SGD", "2026-11-24", [
        ("LB-50-LF", "Beaker 50 ml low form, borosilicate, spout", 1000, "PCS", "0.92", "2026-12-18"),
        ("LB-2000-LF", "Beaker 2000 ml low form, 2027 graduation print", 100, "PCS", "9.80", "2026-12-18"),
        ("LB-PP-500", "PP beaker 500 ml, autoclavable, 121 C", 500, "PCS", "1.35", "2026-12-18"),
        ("LB-TONGS", "Beaker tongs, 24 cm, stainless", 50, "PCS", "6.40", "2026-12-18"),
    ], buyer="priya")
    pdf = make_pdf([
        (13, "LION CITY LABWARE PTE LTD"),
        "21 Tuas South Avenue 3, Singapore 637 112   GST Reg. 201422871K",
        "",
        (12, "SALES ORDER ACKNOWLEDGEMENT  SOA-260871"),
        "Date: 30/11/2026        Customer PO: 4500231795",
        "Bill to / Ship to: Brightwater Trading GmbH, Hamburg",
        "",
        "Ln  Item         Description                        Qty   UOM   Unit Price SGD   Delivery",
        "1   LB-50-LF     Beaker 50 ml LF borosilicate      1000   PCS         0.92     18/12/2026",
        "2   LB-2000-LF   Beaker 2000 ml LF                  100   PCS         9.80     08/01/2027",
        "3   LB-PP-500    PP beaker 500 ml                   500   PCS         1.35     18/12/2026",
        "4   LB-TONGS     Beaker tongs 24 cm SS               50   PCS         6.40     BACKORDER - date TBA",
        "",
        "Delivery dates are dates of arrival at consignee. Terms: CIP Hamburg, 30 days nett.",
    ], title="SOA-260871", author="Lion City Labware ERP", date="D:20261130091500+08'00'", flate=True,
        producer="Microsoft Dynamics 365 Business Central")
    txt = ("This is an automatically generated message.\n\nDear Customer,\n\nPlease find attached Sales Order "
           "Acknowledgement SOA-260871 for your purchase order 4500231795.\n\nPlease do not reply to this e-mail. "
           "For enquiries contact sales@lioncitylab.example or +65 6861 2240.\n\nLion City Labware Pte Ltd\n")
    body = mime.Multi("mixed", [mime.text(txt, charset="us-ascii", cte="7bit"),
                                mime.attach(pdf, "application/pdf", "SOA-260871.pdf")])
    eml = mail(("Lion City Labware", "erp-noreply@lioncitylab.example"), buyer_of(po),
               "Sales Order Acknowledgement SOA-260871 / Your PO 4500231795", when("2026-11-30 09:15:22", "+0800"),
               body, po=po, style="plain", client="erp", threaded=False)
    return [po], eml, expected(
        "confirmation", "ERP auto-mail is still a confirmation (it commits). PDF: line 2 08/01/2027; line 4 on "
        "backorder with 'date TBA' = addressed without commitment -> unconfirmed.",
        conf(po, {1: "A", 2: C(d="2027-01-08"), 3: "A", 4: "U"}))


@case("ch-call-buttons-dienstag-kw50", "confirmation/de-CH",
      "Swiss German 'Dienstag, KW 50' (named day in a calendar week) next to an explicit Friday date and a CHF surcharge.")
def c057():
    sup = S("RUFTECHAARAU", "Ruftechnik Aarau AG", "bestellung@ruftechnik-aarau.example", "de-CH")
    po = PO("4500231806", sup, "CHF", "2026-11-24", [
        ("HCB-ZIM-T1", "Room call button with reassurance LED, 24V, flush mount", 60, "PCS", "78.50", "2026-12-11"),
        ("HCB-DUSCH-ZUG", "Shower pull cord call unit, IP55", 24, "PCS", "112.00", "2026-12-11"),
        ("HCB-PLATE-55", "Cover plate 55x55 mm, white, 2027 design", 84, "PCS", "6.90", "2026-12-11"),
    ], buyer="jonas")
    reply = ("Grüezi Herr Albrecht\n\nBesten Dank für Ihre Bestellung 4500231806, die wir gerne wie folgt "
             "bestätigen:\n\nPos. 1   60 Stk.   CHF 78.50    Lieferung Dienstag, KW 50\n"
             "Pos. 2   24 Stk.   CHF 118.00   Lieferung Dienstag, KW 50 (Teuerungszuschlag Gehäuse)\n"
             "Pos. 3   84 Stk.   CHF 6.90     Lieferung Freitag, 11.12.2026\n\nGesamtbetrag CHF 8'118.60 exkl. MWST\n\n"
             "Freundliche Grüsse\n\nReto Baumgartner\nInnendienst\nRuftechnik Aarau AG\nIndustriestrasse 31, "
             "5000 Aarau\nTel. +41 62 823 40 18\n")
    # 60*78.50 + 24*118.00 + 84*6.90 = 4710 + 2832 + 579.60 = 8121.60
    reply = reply.replace("8'118.60", "8'121.60")
    body = std_body(po, reply, "de", "outlook", charset="iso-8859-1")
    eml = mail(("Reto Baumgartner", "r.baumgartner@ruftechnik-aarau.example"), buyer_of(po),
               "AW: " + req_subject(po), when("2026-11-30 13:45:09", "+0100"), body, po=po, lang="de-CH")
    return [po], eml, expected(
        "confirmation", "'Dienstag, KW 50' names a day -> Tuesday of ISO week 50 = 2026-12-08 (lines 1-2); line 2 "
        "also CHF 118.00 instead of 112.00; line 3 Friday 11.12.2026 as ordered.",
        conf(po, {1: C(d="2026-12-08"), 2: C(p="118.00", d="2026-12-08"), 3: "A"}))


@case("it-needles-listino-2027", "unrelated/it-IT",
      "Italian 2027 price list with an XLSX listing the very items of the open PO at new prices - not an answer.")
def c058():
    sup = S("AGHIMILANO", "Aghi Milano S.r.l.", "vendite@aghimilano.example", "it-IT")
    po = PO("4500231812", sup, "EUR", "2026-11-24", [
        ("SMN-DBX1-80", "Needles DBx1 Nm 80/12, box of 100", 40, "BOX", "38.00", "2026-12-18"),
        ("SMN-UY128-90", "Cover-stitch needles UY128GAS Nm 90/14", 1000, "PCS", "0.49", "2026-12-18"),
    ], buyer="jonas")
    x = make_xlsx([
        ["Aghi Milano S.r.l. - Listino prezzi 2027 (validità dal 01/01/2027)"],
        [],
        ["Codice", "Descrizione", "Confezione", "Prezzo 2026 EUR", "Prezzo 2027 EUR"],
        ["SMN-DBX1-80", "Aghi DBx1 Nm 80/12", "scatola 100 pz", 38.0, 39.5],
        ["SMN-DBX1-90", "Aghi DBx1 Nm 90/14", "scatola 100 pz", 38.0, 39.5],
        ["SMN-UY128-90", "Aghi UY128GAS Nm 90/14", "pz", 0.49, 0.52],
        ["SMN-134-100", "Aghi 134 R Nm 100/16", "pz", 0.41, 0.43],
    ], sheet="Listino 2027", when=(2026, 11, 30, 10, 0, 0))
    txt = ("Gentili Clienti,\n\nin allegato il nostro listino prezzi 2027, valido per tutti gli ordini con consegna "
           "dal 01/01/2027. Gli ordini già confermati restano ai prezzi 2026.\n\nCordiali saluti\n\nUfficio Vendite\n"
           "Aghi Milano S.r.l. - Via Tortona 44, 20144 Milano - Tel. +39 02 4801 2277\n")
    body = mime.Multi("mixed", [alt(txt, html_doc(paras(txt)), "iso-8859-1"),
                                mime.attach(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                            "Listino_2027.xlsx")])
    eml = mail(("Aghi Milano - Ufficio Vendite", "vendite@aghimilano.example"), buyer_of(po),
               "Listino prezzi 2027", when("2026-11-30 10:02:11", "+0100"), body, lang="it-IT", has_attach=True)
    return [po], eml, expected("unrelated", "General 2027 price list to all customers; contains the PO's item codes "
                               "with new prices but says nothing about this order.")


@case("se-shared-inbox-receipt", "auto_reply/sv-SE",
      "Swedish shared-mailbox receipt ('Vi har tagit emot ditt mejl') with case number, opening hours and times.")
def c059():
    sup = S("TAKLJUS", "Takljus Skandinavien AB", "order@takljus.example", "sv-SE")
    po = PO("4500231827", sup, "SEK", "2026-11-25", [
        ("SKB-FK06-BLK", "Skylight blackout blind FK06 66x118 cm", 40, "PCS", "612.00", "2026-12-18"),
        ("SKB-FK08-WHT", "Skylight pleated blind FK08 66x140 cm, white", 30, "PCS", "574.00", "2026-12-18"),
    ], buyer="jonas")
    txt = ("Hej!\n\nTack för ditt mejl. Vi har tagit emot ditt meddelande och det har fått ärendenummer "
           "2026-11-0457.\nVi återkommer normalt inom två arbetsdagar. Ordrar som kommer in före kl. 12.00 "
           "behandlas samma dag.\n\nVåra öppettider: mån-fre 07.30-16.00. Mellan 24/12 och 6/1 har vi "
           "begränsad bemanning.\n\nMed vänliga hälsningar\nTakljus Kundservice\nTakljus Skandinavien AB, "
           "Verkstadsgatan 5, 262 71 Ängelholm\n")
    body = alt(txt, html_doc(paras(txt)), "utf-8")
    eml = mail(("Takljus Order", "order@takljus.example"), buyer_of(po), "Vi har tagit emot ditt mejl: " +
               req_subject(po), when("2026-11-26 09:%02d:05" % (req_dt(po).minute + 1), "+0100"), body, po=po,
               style="outlook", lang="sv-SE", extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    return [po], eml, expected("auto_reply", "Automatic receipt from a shared order mailbox; dates and times in it "
                               "are opening hours, not delivery commitments.")


@case("gb-lamps-revert-thursday", "needs_review/en-GB",
      "Reply only says prices are fine and dates will follow by Thursday; every date is in our quoted request.")
def c060():
    sup = S("SEMAPHORE", "Semaphore Lamp Company Ltd", "sales@semaphorelamp.example", "en-GB")
    po = PO("4500231833", sup, "GBP", "2026-11-24", [
        ("RSL-AUX-12V", "Auxiliary signal lamp 12V 20W, BA15d", 300, "PCS", "7.85", "2026-12-18"),
        ("RSL-LENS-YEL", "Yellow signal lens 5 3/8 in, toughened glass", 60, "PCS", "23.40", "2026-12-18"),
    ])
    reply = ("Hi Dana,\n\nReceived with thanks. Pricing as per your order is fine, but I need to check both lines with "
             "the works before I can give you dates - will revert by Thursday.\n\nRegards,\nNeil Armitage\n"
             "Semaphore Lamp Company Ltd\nCanal Wharf, Leeds LS11 5PS\n0113 245 7781\n")
    body = std_body(po, reply, "en", "outlook")
    eml = mail(("Neil Armitage", "neil.armitage@semaphorelamp.example"), buyer_of(po), RE + req_subject(po),
               when("2026-11-30 17:02:36", "+0000"), body, po=po, lang="en-GB")
    return [po], eml, expected("needs_review", "Price acknowledged but no delivery commitment ('will revert by "
                               "Thursday'); the only quantities and dates are in our own quoted table.")


@case("pl-invoice-other-order", "unrelated/pl-PL",
      "Polish VAT invoice PDF for an earlier order of the same supplier, with quantities, prices and due dates.")
def c061():
    sup = S("GRANITPOL", "Granit-Pol Strzegom Sp. z o.o.", "biuro@granitpol.example", "pl-PL")
    po = PO("4500231840", sup, "PLN", "2026-11-25", [
        ("GCT-STRZ-2600", "Granite countertop Strzegom grey 2600x600x30 mm", 6, "PCS", "1890.00", "2027-01-15"),
        ("GCT-EDGE-R5", "Edge profiling R5, per metre", 16, "M", "48.00", "2027-01-15"),
    ], buyer="tomasz")
    pdf = make_pdf([
        (13, "GRANIT-POL STRZEGOM SP. Z O.O."),
        "ul. Kamieniarska 3, 58-150 Strzegom   NIP 884-27-11-902",
        "",
        (12, "FAKTURA VAT nr FV/2026/11/0872"),
        "Data wystawienia: 30.11.2026     Data sprzedazy: 27.11.2026",
        "Nabywca: Brightwater Trading GmbH, Sandtorkai 41, 20457 Hamburg, DE",
        "Zamowienie nabywcy: 4500228815",
        "",
        "Lp  Nazwa                                     Ilosc  J.m.   Cena netto   Wartosc netto",
        "1   Blat granitowy Strzegom 3000x620x30 mm       4    szt    2 140,00      8 560,00",
        "2   Wyciecie pod zlew                            4    szt      180,00        720,00",
        "",
        "Razem netto: 9 280,00 PLN   VAT 0% (WDT)   Razem brutto: 9 280,00 PLN",
        "Termin platnosci: 30.12.2026   Przelew: PL61 1090 1014 0000 0712 1981 2874",
    ], title="FV/2026/11/0872", author="Granit-Pol", date="D:20261130120000+01'00'", flate=True,
        producer="Comarch ERP Optima")
    txt = ("Dzień dobry,\n\nw załączeniu przesyłamy fakturę VAT nr FV/2026/11/0872 do zamówienia 4500228815 "
           "(dostawa z 27.11.2026).\nTermin płatności: 30.12.2026.\n\nPozdrawiamy\nDział Księgowości\n"
           "Granit-Pol Strzegom Sp. z o.o.\ntel. +48 74 855 20 11\n")
    body = mime.Multi("mixed", [mime.text(txt, charset="iso-8859-2", cte="quoted-printable"),
                                mime.attach(pdf, "application/pdf", "FV_2026_11_0872.pdf")])
    eml = mail(("Granit-Pol Księgowość", "faktury@granitpol.example"), buyer_of(po),
               "Faktura VAT FV/2026/11/0872 - zamówienie 4500228815", when("2026-12-01 12:05:40", "+0100"), body,
               style="tb", subj_charset="iso-8859-2")
    return [po], eml, expected("unrelated", "Invoice for a different, already delivered order (4500228815); its "
                               "figures and dates must not be taken for the open PO.")


@case("nl-exim-plain-bounce", "bounce/nl-NL",
      "Plain-text Exim bounce (mailbox full) with the full original request pasted below the error.")
def c062():
    sup = S("LOEINDHOVEN", "Luidspreker Onderdelen Eindhoven B.V.", "orders@lo-eindhoven.example", "nl-NL")
    po = PO("4500231852", sup, "EUR", "2026-11-25", [
        ("LSC-250-PAP", "Cone 10 in paper, 38 mm coil seat, 2027 type", 400, "PCS", "4.15", "2026-12-18"),
        ("LSC-SPIDER-100", "Spider 100 mm, 4/3 roll, phenolic cotton", 400, "PCS", "0.96", "2026-12-18"),
    ], buyer="priya")
    rd = req_dt(po)
    txt = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not "
           "be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) "
           "failed:\n\n  orders@lo-eindhoven.example\n    mailbox is full: retry timeout exceeded\n\n"
           "------ This is a copy of the message, including all the headers. ------\n\n"
           "Return-path: <priya.nair@brightwater-trading.example>\nReceived: from mx01.brightwater-trading.example "
           "([192.0.2.25])\n\tby mail.lo-eindhoven.example with esmtps (Exim 4.97)\n\t(envelope-from "
           "<priya.nair@brightwater-trading.example>)\n\tid 1tQx4K-0007Lm-2B\n\tfor orders@lo-eindhoven.example; "
           "%s\n" % req_date_hdr(po)) + request_mail(po).decode("ascii")
    body = mime.text(txt, charset="us-ascii", cte="7bit")
    eml = mail(("Mail Delivery System", "Mailer-Daemon@mail.lo-eindhoven.example"), buyer_of(po),
               "Mail delivery failed: returning message to sender",
               when((rd + dt.timedelta(days=4, hours=1)).isoformat(sep=" "), "+0100"), body, style="plain",
               threaded=False, extra=[("X-Failed-Recipients", "orders@lo-eindhoven.example"),
                                      ("Auto-Submitted", "auto-replied")])
    return [po], eml, expected("bounce", "Single-part text bounce after retries; the PO table and dates appear only "
                               "in the copied original message.")


@case("fr-ooo-absente", "auto_reply/fr-FR",
      "French out-of-office with an absence period and a deputy's phone number, subject 'Réponse automatique'.")
def c063():
    sup = S("SIGNALFER", "Signalisation Ferroviaire de l'Est SAS", "commandes@signalfer-est.example", "fr-FR")
    po = PO("4500231866", sup, "EUR", "2026-11-27", [
        ("RSL-FEU-R-230", "Signal lamp red, 230V, 200 mm lens, 2027 SNCF spec", 24, "EA", "214.00", "2027-01-22"),
        ("RSL-AMP-LED-12", "LED bulb 12V 10W for signal, BA20d", 200, "PCS", "11.40", "2027-01-22"),
    ], buyer="claire")
    txt = ("Bonjour,\n\nJe suis absente du 30 novembre au 4 décembre 2026 inclus, sans accès à ma messagerie.\n"
           "Pour toute demande concernant les commandes et les délais de livraison, merci de contacter Julien Roche "
           "(j.roche@signalfer-est.example, +33 3 87 65 43 21).\n\nCordialement,\nSophie Marchal\n"
           "Signalisation Ferroviaire de l'Est SAS\n")
    body = alt(txt, html_doc(paras(txt), "iso-8859-1"), "iso-8859-1")
    eml = mail(("Sophie Marchal", "s.marchal@signalfer-est.example"), buyer_of(po),
               "Réponse automatique : " + req_subject(po), when("2026-11-30 08:14:27", "+0100"), body, po=po,
               lang="fr-FR", subj_charset="iso-8859-1",
               extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [po], eml, expected("auto_reply", "Out-of-office; '4 décembre 2026' is the end of the absence, not a "
                               "delivery date.")


@case("es-baskets-round-up-question", "needs_review/es-ES",
      "Spanish question proposing to round quantities up to full cartons, confirmation only after our OK.")
def c064():
    sup = S("CESTERIAMED", "Cestería Artesana del Mediterráneo S.L.", "pedidos@cesteria-med.example", "es-ES")
    po = PO("4500231871", sup, "EUR", "2026-11-25", [
        ("BPB-BAN-RND-21", "Banneton round 21 cm, rattan, with liner", 450, "PCS", "5.90", "2027-01-15"),
        ("BPB-BAN-OVL-27", "Banneton oval 27x16 cm, rattan, with liner", 350, "PCS", "6.60", "2027-01-15"),
    ], buyer="jonas")
    reply = ("Hola Jonas:\n\nGracias por el pedido 4500231871. Las cestas van en cajas de 60 unidades; ¿os parece bien "
             "si redondeamos a 480 uds. la pos. 1 y a 360 uds. la pos. 2? Si nos dais el OK os mando la "
             "confirmación con la fecha de entrega; en principio podríamos cumplir el 15/01.\n\nUn saludo,\n"
             "Carmen Ortega\nCestería Artesana del Mediterráneo S.L.\nCamí de la Mar 14, 46120 Alboraia (Valencia)\n"
             "Tel. 961 85 42 70\n")
    body = std_body(po, reply, "es", "gt",
                    attribution="El %s, Jonas Albrecht <%s> escribió:" % (req_dt(po).strftime("%d/%m/%Y a las %H:%M"),
                                                                         "jonas.albrecht@brightwater-trading.example"))
    eml = mail(("Carmen Ortega", "carmen@cesteria-med.example"), buyer_of(po), "Re: " + req_subject(po),
               when("2026-12-01 10:48:30", "+0100"), body, po=po, style="gmail")
    return [po], eml, expected("needs_review", "A question (round up to 480/360 to fill cartons?) awaiting our OK; "
                               "'en principio podríamos cumplir el 15/01' is tentative.")


@case("us-fwd-chain-planner-ship-dates", "confirmation/en-US",
      "Sales forwards the planner's internal answer: US ship dates (12/11, 1/8/27), one split line, inside a forwarded chain.")
def c065():
    sup = S("KEYSTONESIG", "Keystone Signal Lamp Corp.", "orders@keystonesignal.example", "en-US")
    po = PO("4500231885", sup, "USD", "2026-11-24", [
        ("RSL-LED-8.375-R", "LED signal module 8 3/8 in, red, 10-16V DC", 120, "EA", "142.00", "2026-12-18"),
        ("RSL-LED-12-G", "LED signal module 12 in, green, 2027 FRA spec", 80, "EA", "168.00", "2026-12-18"),
        ("RSL-HOOD-12", "Visor hood 12 in, aluminum, 1.5 mm", 80, "EA", "22.50", "2026-12-18"),
    ])
    reply = ("Hi Dana,\n\nPlease see our planning team's answer below - that is our confirmation for PO 4500231885. "
             "Pricing is per your PO.\n\nThanks,\nLauren Pike\nCustomer Service | Keystone Signal Lamp Corp.\n"
             "800 Rail Yard Rd, Altoona, PA 16602 | (814) 555-0178\n\n"
             "-----Original Message-----\nFrom: Tom Hadley <thadley@keystonesignal.example>\n"
             "Sent: Tuesday, December 1, 2026 3:12 PM\nTo: Lauren Pike <lpike@keystonesignal.example>\n"
             "Subject: RE: FW: Order confirmation request - PO 4500231885\n\nLauren - we can do it like this:\n"
             "Line 1 red 8 3/8\": 60 ea ship 12/11, remaining 60 ea ship 1/8/27\n"
             "Line 2 green 12\": all 80 ea ship 12/18\nLine 3 hoods: 80 ea ship 12/11 with the first red batch\n"
             "Tom\n\n-----Original Message-----\nFrom: Lauren Pike <lpike@keystonesignal.example>\n"
             "Sent: Monday, November 30, 2026 9:05 AM\nTo: Tom Hadley <thadley@keystonesignal.example>\n"
             "Subject: FW: Order confirmation request - PO 4500231885\n\nTom, can you check dates on this one? "
             "Customer needs 12/18 delivery.\n")
    body = std_body(po, reply, "en", "outlook")
    eml = mail(("Lauren Pike", "lpike@keystonesignal.example"), buyer_of(po), RE + req_subject(po),
               when("2026-12-01 15:40:12", "-0500"), body, po=po, lang="en-US")
    return [po], eml, expected(
        "confirmation", "Only ship dates (month-first US): line 1 60 on 2026-12-11 + 60 on 2027-01-08 ('1/8/27'); "
        "line 2 ship 12/18 = requested; line 3 ships 2026-12-11. The internal 'Customer needs 12/18' is not a "
        "commitment.",
        conf(po, {1: C(sched=[(60, "2026-12-11"), (60, "2027-01-08")]), 2: "A", 3: C(d="2026-12-11")}))


@case("br-dsn-caixa-cheia", "bounce/pt-BR",
      "Portuguese multipart/report DSN (mailbox over quota) from the supplier's host with the original request.")
def c066():
    sup = S("ISCASBOIAS", "Iscas e Boias Sul Ltda.", "pedidos@iscasboias.example", "pt-BR")
    po = PO("4500231890", sup, "USD", "2026-11-26", [
        ("FF-CORK-25", "Cork float 25 g, painted, 1/4 in hole", 4000, "PCS", "0.22", "2027-01-15"),
        ("FF-STICK-12", "Stick float 12 cm, 2 g, 2027 colours", 6000, "PCS", "0.14", "2027-01-15"),
    ], buyer="priya")
    rd = req_dt(po)
    date = when((rd + dt.timedelta(minutes=2)).isoformat(sep=" "), "+0100")
    txt = ("Esta é uma mensagem automática do servidor de e-mail mail.iscasboias.example.\n\n"
           "Não foi possível entregar sua mensagem para o(s) seguinte(s) destinatário(s):\n\n"
           "  pedidos@iscasboias.example\n    Caixa postal cheia (quota excedida) - 552 5.2.2 Mailbox full\n\n"
           "A mensagem original segue em anexo.\n")
    ds = ("Reporting-MTA: dns; mail.iscasboias.example\nArrival-Date: %s\n\n"
          "Final-Recipient: rfc822; pedidos@iscasboias.example\nAction: failed\nStatus: 5.2.2\n"
          "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n" % req_date_hdr(po))
    body = mime.Multi("report", [mime.text(txt, charset="utf-8", cte="quoted-printable"),
                                 mime.raw("message/delivery-status", ds.encode()),
                                 mime.raw("message/rfc822", request_mail(po))],
                      params=[("report-type", "delivery-status")])
    eml = mail(("Mail Delivery Subsystem", "MAILER-DAEMON@mail.iscasboias.example"), buyer_of(po),
               "Mensagem não entregue: " + req_subject(po), date, body, style="plain", threaded=False,
               extra=[("Auto-Submitted", "auto-replied")])
    return [po], eml, expected("bounce", "DSN in Portuguese (5.2.2 mailbox full); the PO lines are only in the "
                               "attached original.")


@case("jp-dsn-bilingual", "bounce/ja-JP",
      "Japanese/English bilingual MTA error report (host unknown) with the original request attached.")
def c067():
    sup = S("OSAKAMARINE", "Osaka Marine Fittings Co., Ltd.", "order@osaka-marine.example", "ja-JP")
    po = PO("4500231897", sup, "JPY", "2026-11-26", [
        ("WH-10-LOCK-SS", "Winch handle 10 in lock-in, stainless 316", 24, "EA", "9800", "2027-01-15"),
        ("WH-POCKET-2", "Winch handle pocket, 2027 model, UV stable", 24, "EA", "1650", "2027-01-15"),
    ], buyer="priya")
    rd = req_dt(po)
    txt = ("このメールはシステムにより自動送信されています。\n"
           "以下の宛先へのメール配送に失敗しました。\n\n"
           "This is an automatically generated Delivery Status Notification.\n"
           "Delivery to the following recipient failed permanently:\n\n"
           "    order@osaka-marine.example\n\n"
           "Technical details of permanent failure:\n"
           "550 5.4.1 Recipient address rejected: Access denied (mx.osaka-marine.example)\n")
    ds = ("Reporting-MTA: dns; smtp-out03.brightwater-trading.example\nArrival-Date: %s\n\n"
          "Final-Recipient: rfc822; order@osaka-marine.example\nAction: failed\nStatus: 5.4.1\n"
          "Remote-MTA: dns; mx.osaka-marine.example\nDiagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: "
          "Access denied\n" % req_date_hdr(po))
    body = mime.Multi("report", [mime.text(txt, charset="iso-2022-jp", cte="7bit"),
                                 mime.raw("message/delivery-status", ds.encode()),
                                 mime.raw("message/rfc822", request_mail(po))],
                      params=[("report-type", "delivery-status")])
    eml = mail(("Mail Delivery Subsystem", "postmaster@smtp-out03.brightwater-trading.example"), buyer_of(po),
               "配信不能: " + req_subject(po), when((rd + dt.timedelta(seconds=30)).isoformat(sep=" "), "+0100"),
               body, style="plain", threaded=False, subj_charset="iso-2022-jp",
               extra=[("Auto-Submitted", "auto-replied")])
    return [po], eml, expected("bounce", "Bilingual (ISO-2022-JP) DSN, 5.4.1 access denied; original request "
                               "with JPY prices attached.")


@case("au-dispatch-advice-other-order", "unrelated/en-AU",
      "Dispatch advice (delivery note) for a different, earlier order, with ship date and quantities.")
def c068():
    sup = S("ANCHORPOINT", "Anchor Point Chandlery Supplies Pty Ltd", "dispatch@anchorpoint.example", "en-AU")
    po = PO("4500231899", sup, "AUD", "2026-11-26", [
        ("WH-8-LOCK-AL", "Winch handle 8 in lock-in, alloy, single grip", 40, "EA", "74.00", "2027-01-08"),
        ("WH-10-DOUBLE", "Winch handle 10 in double grip, 2027 model", 25, "EA", "112.00", "2027-01-08"),
    ])
    txt = ("DISPATCH ADVICE DN-771420\n\nCustomer: Brightwater Trading GmbH\nYour order: 4500229977\n"
           "Dispatched: 01/12/2026 via DHL Global Forwarding, consignment 7781 2290 41\nETA Hamburg: 22/12/2026\n\n"
           "Item            Description                         Qty\n"
           "WH-8-LOCK-AL    Winch handle 8\" lock-in alloy        30 EA\n"
           "WH-BAG-SM       Winch handle bag, small              30 EA\n\n"
           "Please check goods on arrival and report discrepancies within 7 days.\n\n"
           "Anchor Point Chandlery Supplies Pty Ltd | 6 Marina Dr, Hillarys WA 6025 | (08) 9448 2210\n")
    body = mime.text(txt, charset="us-ascii", cte="7bit")
    eml = mail(("Anchor Point Dispatch", "dispatch@anchorpoint.example"), buyer_of(po),
               "Dispatch Advice DN-771420 - Your Order 4500229977", when("2026-12-02 14:30:00", "+0800"), body,
               style="plain", client="erp")
    return [po], eml, expected("unrelated", "Delivery note for another order (4500229977) sharing an item code "
                               "with the open PO; its dates and quantities are not about it.")


@case("tr-ooo-yillik-izin", "auto_reply/tr-TR",
      "Turkish/English out-of-office with leave dates and a colleague's contact, ISO-8859-9.")
def c069():
    sup = S("TABAKHANE", "Tabakhane Makina Ltd. Şti.", "info@tabakhanemakina.example", "tr-TR")
    po = PO("4500231903", sup, "EUR", "2026-11-26", [
        ("LTD-PADDLE-4", "Paddle vat 4000 L, stainless, 3 kW", 1, "EA", "16400.00", "2027-02-12"),
        ("LTD-GEAR-M10", "Drum gear ring module 10, 2027 spare", 2, "PCS", "1380.00", "2027-02-12"),
    ], buyer="claire")
    txt = ("Merhaba,\n\n27 Kasım - 7 Aralık 2026 tarihleri arasında yıllık izindeyim. Acil konular için lütfen "
           "Mehmet Aydın ile iletişime geçiniz (mehmet.aydin@tabakhanemakina.example, +90 232 376 44 10).\n\n"
           "Hello,\n\nI am on annual leave from 27 November to 7 December 2026. For urgent matters please contact "
           "Mehmet Aydın.\n\nTeşekkürler / Thank you\nAyşe Demir\n")
    body = mime.text(txt, charset="iso-8859-9", cte="quoted-printable")
    eml = mail(("Ayşe Demir", "ayse.demir@tabakhanemakina.example"), buyer_of(po),
               "Otomatik yanıt: " + req_subject(po), when("2026-11-27 11:%02d:50" % (req_dt(po).minute + 2), "+0300"),
               body, po=po, lang="tr-TR", subj_charset="iso-8859-9",
               extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [po], eml, expected("auto_reply", "Bilingual out-of-office; the 7 December return date is not a delivery "
                               "date.")


@case("gb-granite-two-of-three-pos", "confirmation/en-GB",
      "HTML table answering two of three open POs (one rejected line, one later date); the third PO is not mentioned.")
def c070():
    sup = S("ABERGRANITE", "Aberdeen Granite Works Ltd", "orders@aberdeengranite.example", "en-GB")
    a = PO("4500231902", sup, "GBP", "2026-11-26", [
        ("GCT-RUBY-3000", "Granite worktop Rustenburg 3000x620x30 mm", 5, "PCS", "612.00", "2027-01-15"),
        ("GCT-HOB-CUT", "Hob cut-out 560x490 mm, polished", 5, "EA", "55.00", "2027-01-15"),
    ])
    b = PO("4500231915", sup, "GBP", "2026-11-27", [
        ("GCT-UPST-100", "Granite upstand 100 mm x 3000 mm", 8, "PCS", "96.00", "2027-01-15"),
    ])
    c = PO("4500231920", sup, "GBP", "2026-11-27", [
        ("GCT-SILL-1200", "Granite window sill 1200x250x20 mm", 12, "PCS", "68.00", "2027-01-22"),
    ])
    rows = [("4500231902", "1", "GCT-RUBY-3000", "5", "£612.00", "15/01/2027"),
            ("4500231902", "2", "GCT-HOB-CUT", "5", "£55.00", "22/01/2027"),
            ("4500231915", "1", "GCT-UPST-100", "-", "-", "not supplied")]
    head = ("PO", "Line", "Item", "Qty", "Price", "Delivery")
    plain_tab = "\n".join("%-11s %-4s %-14s %-4s %-8s %s" % r for r in (head,) + tuple(rows))
    reply_top = "Hi Dana,\n\nConfirmation for your two orders from last week:\n"
    reply_end = ("\nWe no longer cut upstands in-house, so please source line 1 of 4500231915 elsewhere - sorry.\n"
                 "The hob cut-outs need an extra week in the polishing shop.\n\nBest regards,\nFiona McLeod\n"
                 "Aberdeen Granite Works Ltd\nHoward Street 8, Aberdeen AB11 6DL\n01224 588 210\n")
    plain = reply_top + "\n" + plain_tab + "\n" + reply_end + quote_outlook(a, "en")
    table = ('<table border="1" cellpadding="4" style="border-collapse:collapse"><tr>' +
             "".join("<th>%s</th>" % h for h in head) + "</tr>\n" +
             "\n".join("<tr>" + "".join("<td>%s</td>" % x for x in r) + "</tr>" for r in rows) + "</table>")
    html = html_doc(paras(reply_top) + table + paras(reply_end) + quote_outlook_html(a, "en"))
    body = alt(plain, html)
    eml = mail(("Fiona McLeod", "fiona.mcleod@aberdeengranite.example"), buyer_of(a), RE + req_subject(a),
               when("2026-12-03 11:20:48", "+0000"), body, po=a, lang="en-GB",
               refs=a["request_message_id"] + "\n " + b["request_message_id"])
    return [a, b, c], eml, expected(
        "confirmation", "Table answers 4500231902 (line 2 delivery 22/01/2027) and 4500231915 (line not supplied = "
        "rejected); 4500231920 is not mentioned and left out. '£' prices equal the PO.",
        conf(a, {1: "A", 2: C(d="2027-01-22")}), conf(b, {1: "R"}))
