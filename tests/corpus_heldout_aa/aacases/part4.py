"""Cases 049-064."""
from __future__ import annotations

from aalib import mime, pdf
from aalib.clients import gmail_reply, outlook_reply
from aalib.model import (A, R, U, BUYERS, T, chg, conf, expected, kw, long_date, next_md, next_weekday, plus_days,
                         po, quote, request_subject, request_text, reqid, sup, wd, ln, div_lines, h, original_request)
from aalib.registry import case, hdrs


def rid(p):
    return reqid(p["po_number"], p["issued"])


# ---------------------------------------------------------------------------------------------
@case(49, "iphone-caption-no-photo", "needs_review/en-US",
      "iPhone reply whose only line reads like a photo caption ('Signed PO - photo') but no image or file is attached.")
def c049():
    s = sup("LONESTAR", "Lone Star Lighting Distributors", "orders@lonestarlighting.example", "en-US")
    p = po("4700220701", s, "priya", "USD", "2026-11-09", [
        ln("LSL-TRF-24-40", "LED troffer 2x4 ft, 40 W, 4000 K, 0-10V", 120, "EA", "54.00", "2026-12-07"),
        ln("LSL-EXIT-RD", "LED exit sign, red letters, battery backup", 30, "EA", "23.50", "2026-12-07"),
    ])
    name, email = BUYERS["priya"]
    txt = "Signed PO - photo\n\nSent from my iPhone\n"
    html = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
            "<body dir=\"auto\"><div dir=\"ltr\">Signed PO - photo</div><div dir=\"ltr\"><br></div>"
            "<div dir=\"ltr\">Sent from my iPhone</div></body></html>\n")
    body = mime.Multi("alternative", [mime.text(txt, "plain", "us-ascii", "7bit"),
                                      mime.text(html, "html", "utf-8", "quoted-printable")],
                      "Apple-Mail-5E1A3C20-7B94-4D2F-9A61-C38E02F4B1D7")
    eml = mime.message(hdrs(mime.addr("Cody Whitfield", "cody@lonestarlighting.example"), mime.addr(name, email),
                            "Re: " + request_subject(p), T("2026-11-10 16:41:09", -360),
                            "<A1F3C9E2-4B7D-4E06-B2A8-7D5C1E9F0A34@lonestarlighting.example>", rid(p), rid(p),
                            extra=[("X-Mailer", "iPhone Mail (22B83)")]), body)
    return [p], eml, expected("needs_review",
                              "Caption-like line announces a photo of the signed PO, but nothing is attached.")


# ---------------------------------------------------------------------------------------------
@case(50, "lift-chf-statt-eur", "needs_review/de-CH",
      "Swiss reply confirming quantities and date but quoting all prices in CHF (1'795.00) on a EUR order, with no EUR figure: the price commitment cannot be read in PO currency.")
def c050():
    s = sup("HELVLIFT", "Helvetia Liftkomponenten AG", "verkauf@helvetialift.example", "de-CH")
    p = po("4700220715", s, "jonas", "EUR", "2026-11-06", [
        ln("HLK-DOOR-OP", "Car door operator, 24 V DC", 2, "EA", "1840.00", "2026-12-11"),
        ln("HLK-LC-2000", "Light curtain 2000 mm, 154 beams", 4, "EA", "312.00", "2026-12-11"),
        ln("HLK-BRK-W163", "Brake pad set for machine type W163", 6, "EA", "96.50", "2026-12-11"),
    ])
    new = ("Grüezi Herr Becker\n\n"
           "Besten Dank für Ihre Bestellung 4700220715. Wir liefern alle drei Positionen per 11.12.2026,\n"
           "zu unseren aktuellen Listenpreisen:\n\n"
           "Pos. 1 Türantrieb 24 V DC, 2 Stk.: CHF 1'795.00 / Stk.\n"
           "Pos. 2 Lichtvorhang 2000 mm, 4 Stk.: CHF 298.00 / Stk.\n"
           "Pos. 3 Bremsbelagsatz W163, 6 Stk.: CHF 94.00 / Stk.\n\n"
           "Die Rechnung erfolgt in CHF, zahlbar innert 30 Tagen netto.\n\n"
           "Freundliche Grüsse\n"
           "Reto Keller\n"
           "Verkauf Ersatzteile\n"
           "Helvetia Liftkomponenten AG | Industriestrasse 21 | 6030 Ebikon | +41 41 555 34 00\n")
    eml = outlook_reply(p, ("Reto Keller", "reto.keller@helvetialift.example"), new, "de",
                        long_date("de", T("2026-11-06 10:12", 60)), T("2026-11-09 15:03:48", 60),
                        "<ZR0P278MB0871A2C4E6F8B0D1A3C5E7F9ZR0P278MB0871CHEP@ZR0P278MB0871.CHEP278.PROD.OUTLOOK.example>",
                        "_000_ZR0P278MB0871A2C4E6F8B0D1A3C5E7F9ZR0P278MB0871CHEP_", html_lang="DE-CH", prefix="AW: ")
    return [p], eml, expected("needs_review",
                              "Prices only in CHF on a EUR PO and invoicing in CHF: the price per PO currency is "
                              "unknown; a buyer must clarify before booking.")


# ---------------------------------------------------------------------------------------------
@case(51, "eclairage-inline-dans-le-bc", "confirmation/fr-CA",
      "Canadian-French answers typed inline under each quoted PO line: OK, an ISO date 2027-01-12, a new price '14,95 $ US', and 'à confirmer la semaine prochaine'.")
def c051():
    s = sup("BOREAL", "Éclairage Boréal inc.", "commandes@eclairageboreal.example", "fr-CA")
    p = po("4700220728", s, "maren", "USD", "2026-11-06", [
        ln("EB-DL6-12W", "LED recessed downlight 6 in, 12 W, 3000 K", 300, "EA", "16.40", "2026-12-11"),
        ln("EB-LP4-40W", "LED linear pendant 4 ft, 40 W", 60, "EA", "88.00", "2026-12-11"),
        ln("EB-DRV-60-010", "LED driver 60 W, 0-10V dimming", 120, "EA", "14.10", "2026-12-11"),
        ln("EB-SENS-MW", "Microwave motion sensor, 12 m range", 80, "EA", "12.60", "2026-12-11"),
    ])
    name, email = BUYERS["maren"]
    req = request_text(p).split("\n")
    out = []
    answers = {"1   EB-DL6": "OK - confirmé, livraison le 2026-12-11.",
               "2   EB-LP4": "Rupture chez notre fabricant : livraison le 2027-01-12, quantité et prix inchangés.",
               "3   EB-DRV": "Nouveau prix 14,95 $ US (hausse du fabricant au 1er novembre), livraison le 2026-12-11.",
               "4   EB-SENS": "À confirmer la semaine prochaine, on attend la réponse du fournisseur."}
    for line in req:
        out.append(("> " + line) if line else ">")
        for k, v in answers.items():
            if line.startswith(k):
                out.append("")
                out.append(v)
                out.append("")
    txt = ("Bonjour Maren,\n\n"
           "Mes réponses dans le texte ci-dessous.\n\n"
           "Bonne journée,\n"
           "Geneviève Tremblay\n"
           "Service à la clientèle - Éclairage Boréal inc.\n"
           "2250, boul. Industriel, Laval (Québec) H7S 1P9 | 450 555-0192\n\n"
           f"Le 2026-11-06 à 03:10, {name} a écrit :\n" + "\n".join(out) + "\n")
    body = mime.text(txt, "plain", "utf-8", "quoted-printable", flowed=True)
    eml = mime.message(hdrs(mime.addr("Geneviève Tremblay", "g.tremblay@eclairageboreal.example"),
                            mime.addr(name, email), "Re: " + request_subject(p), T("2026-11-09 10:26:37", -300),
                            "<7c2e5a91-0f3d-4b8e-9a16-2d4f8b0c6e13@eclairageboreal.example>", rid(p), rid(p),
                            extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr-CA")]), body)
    return [p], eml, expected("confirmation",
                              "Inline answers: L2 2027-01-12; L3 14.95; L4 to be confirmed next week (unconfirmed).",
                              [conf(p, {1: A, 2: chg(60, "88.00", "2027-01-12"), 3: chg(120, "14.95", "2026-12-11"),
                                        4: U})])


# ---------------------------------------------------------------------------------------------
@case(52, "caixas-arquivo-embalagem-25", "confirmation/pt-PT",
      "Portuguese reply pricing per pack of 25 (one rounded up to 13 packs = 325 boxes at the same unit price) and one late item; '100 mm' and '4 abas' are not quantities.")
def c052():
    s = sup("ARQCONS", "Arquivo & Conservação, Lda.", "encomendas@arquivoconservacao.example", "pt-PT")
    p = po("4700220739", s, "ilse", "EUR", "2026-11-06", [
        ln("AC-CX-A4-100", "Archive box A4, 100 mm, acid-free, grey", 310, "EA", "1.85", "2026-12-04"),
        ln("AC-PAST-A4-4A", "Archival folder A4, 4 flaps", 1000, "EA", "0.42", "2026-12-04"),
        ln("AC-FITA-13", "Cotton tape 13 mm, roll 50 m", 40, "EA", "3.90", "2026-12-04"),
    ])
    assert 13 * 25 == 325 and 46.25 / 25 == 1.85 and 10.50 / 25 == 0.42
    new = ("Cara Ilse Vandamme,\n\n"
           "Agradecemos a encomenda n.º 4700220739, que confirmamos nas seguintes condições:\n\n"
           "• Caixas de arquivo A4 100 mm: são vendidas em embalagens de 25 unidades, pelo que arredondámos para\n"
           "  325 unidades (13 embalagens), a 46,25 € por embalagem.\n"
           "• Pastas A4 de 4 abas: 1 000 unidades, a 10,50 € por embalagem de 25.\n"
           "• Fita de algodão 13 mm: 40 rolos a 3,90 €.\n\n"
           "Entrega: 4 de dezembro, exceto a fita de algodão, que só chega ao nosso armazém mais tarde e será\n"
           "entregue a 11 de dezembro.\n\n"
           "Com os melhores cumprimentos,\n"
           "Inês Carvalho\n"
           "Departamento Comercial\n"
           "Arquivo & Conservação, Lda. | Rua do Freixo 812, 4300-219 Porto | +351 22 555 0418\n")
    eml = outlook_reply(p, ("Inês Carvalho", "ines.carvalho@arquivoconservacao.example"), new, "pt",
                        long_date("pt", T("2026-11-06 09:45", 0)), T("2026-11-10 12:09:15", 0),
                        "<DB7PR05MB5562F0E1D2C3B4A5968778E9DB7PR05MB5562eurp@DB7PR05MB5562.eurprd05.prod.outlook.example>",
                        "_000_DB7PR05MB5562F0E1D2C3B4A5968778E9DB7PR05MB5562eurp_", html_lang="PT-PT",
                        charset="utf-8")
    return [p], eml, expected("confirmation",
                              "Boxes 325 (13 x 25) at 46,25/25 = 1.85; folders 10,50/25 = 0.42 (unchanged); tape 11 Dec.",
                              [conf(p, {1: chg(325, "1.85", "2026-12-04"), 2: A, 3: chg(40, "3.90", "2026-12-11")})])


# ---------------------------------------------------------------------------------------------
@case(53, "filtros-dos-entregas-pendiente", "confirmation/es-ES",
      "Spanish Outlook reply splitting elements 50 + 30 across 2026 and 2027 and leaving the drain 'pendiente de confirmar'; '0,01 µm', 'G 1' and '16 bar' are specs.")
def c053():
    s = sup("NEUMLEV", "Neumática Levante S.L.", "pedidos@neumaticalevante.example", "es-ES")
    p = po("4700220750", s, "tomas", "EUR", "2026-11-09", [
        ln("NL-FC-G1-001", "Coalescing filter housing G 1, 0.01 micron, 16 bar", 12, "EA", "128.00", "2026-12-14"),
        ln("NL-EL-030-001", "Replacement element size 030, 0.01 micron", 80, "EA", "24.50", "2026-12-14"),
        ln("NL-PURG-ZL", "Zero-loss condensate drain, 230 V", 10, "EA", "146.00", "2026-12-14"),
    ])
    new = ("Buenos días Tomás:\n\n"
           "Te confirmo el pedido 4700220750:\n\n"
           "Posición 1 - carcasa filtro coalescente G 1, 0,01 µm, 16 bar: 12 uds. a 128,00 €, entrega 14/12/2026.\n"
           "Posición 2 - elemento 030: 80 uds. a 24,50 €, en dos entregas: 50 uds. el 14/12/2026 y las 30 uds.\n"
           "restantes el 11/01/2027.\n"
           "Posición 3 - purgador sin pérdidas: pendiente de confirmar plazo por parte del fabricante; te\n"
           "informamos la semana que viene.\n\n"
           "Un saludo,\n"
           "Jordi Ferrer\n"
           "Neumática Levante S.L. | Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 38, 46988 Paterna (Valencia)\n"
           "Tel. 961 55 42 70\n")
    eml = outlook_reply(p, ("Jordi Ferrer", "jferrer@neumaticalevante.example"), new, "es",
                        long_date("es", T("2026-11-09 09:05", 60)), T("2026-11-11 13:44:20", 60),
                        "<PR1PR07MB6188A0B1C2D3E4F5061728A9PR1PR07MB6188eurp@PR1PR07MB6188.eurprd07.prod.outlook.example>",
                        "_000_PR1PR07MB6188A0B1C2D3E4F5061728A9PR1PR07MB6188eurp_", html_lang="ES-ES",
                        charset="iso-8859-15")
    return [p], eml, expected("confirmation",
                              "L2 50 on 14/12/2026 + 30 on 11/01/2027; L3 pending -> unconfirmed.",
                              [conf(p, {1: A, 2: chg(80, "24.50", "2027-01-11", [(50, "2026-12-14"), (30, "2027-01-11")]),
                                        3: U})])


# ---------------------------------------------------------------------------------------------
@case(54, "labdiet-csv-ship-vs-delivery", "confirmation/en-US",
      "ERP CSV acknowledgment with both Ship Date and Est Delivery columns (delivery wins) and MFG milling dates in a Lot column; diet numbers 5001/5053/5K52 look like quantities.")
def c054():
    s = sup("HEARTLD", "Heartland Laboratory Diets Inc.", "orders@heartlandlabdiets.example", "en-US")
    p = po("4700220761", s, "priya", "USD", "2026-11-06", [
        ln("HLD-5001-50", "Rodent diet 5001, 50 lb bag", 40, "BAG", "38.90", "2026-12-04"),
        ln("HLD-5053-IRR", "Rodent diet 5053 irradiated 25 kGy, 25 lb bag", 60, "BAG", "41.20", "2026-12-04"),
        ln("HLD-5K52-PRI", "Primate diet 5K52, 25 lb box", 20, "BOX", "52.75", "2026-12-04"),
    ])
    csv = ("Order No,Line,Cust PO,Cust Item,Item,Description,Qty Ord,Qty Conf,UOM,Unit Price,Ship Date,Est Delivery,Lot\r\n"
           "884102,1,4700220761,HLD-5001-50,5001-50LB,\"Lab Diet 5001, 50 lb\",40,40,BG,38.90,11/30/2026,12/03/2026,MFG 10/28/2026\r\n"
           "884102,2,4700220761,HLD-5053-IRR,5053-25LB-IR,\"PicoLab 5053 Irr, 25 lb\",60,60,BG,41.20,12/01/2026,12/04/2026,MFG 11/02/2026\r\n"
           "884102,3,4700220761,HLD-5K52-PRI,5K52-25LB,\"Primate Diet 5K52, 25 lb\",20,20,BX,55.10,12/07/2026,12/10/2026,TBD\r\n")
    txt = ("Attached is your order acknowledgment for Sales Order 884102 (Customer PO 4700220761).\n\n"
           "Pricing on line 3 reflects our 2026 Q4 price list. Milling dates are shown as MFG in the Lot\n"
           "column; shelf life is 180 days from milling.\n\n"
           "Heartland Laboratory Diets - Order Management\n"
           "800-555-0143 | orders@heartlandlabdiets.example\n\n"
           "*** This is an automatically generated email. ***\n")
    body = mime.Multi("mixed", [mime.text(txt, "plain", "us-ascii", "7bit"),
                                mime.attachment(csv.encode("ascii"), "text/csv", "OA_884102.csv")],
                      "----=_Part_884102_20261110.0001")
    name, email = BUYERS["priya"]
    eml = mime.message(hdrs(mime.addr("Heartland Order Management", "oa-noreply@heartlandlabdiets.example"),
                            mime.addr(name, email), "Order Acknowledgment 884102 / PO 4700220761",
                            T("2026-11-10 06:15:00", -360), "<OA.884102.20261110061500@erp.heartlandlabdiets.example>",
                            extra=[("Reply-To", "orders@heartlandlabdiets.example"), ("Auto-Submitted", "auto-generated")]),
                       body)
    return [p], eml, expected("confirmation",
                              "Est Delivery wins over Ship Date: L1 12/03 (earlier), L2 12/04 (as asked), L3 12/10 and "
                              "55.10.",
                              [conf(p, {1: chg(40, "38.90", "2026-12-03"), 2: A, 3: chg(20, "55.10", "2026-12-10")})])


# ---------------------------------------------------------------------------------------------
@case(55, "bauchemie-abwesenheit", "auto_reply/de-DE",
      "German out-of-office ('bis einschließlich Freitag, 13.11.2026') with a deputy and the quoted subject.")
def c055():
    s = sup("MINERALB", "Mineralbau Franken GmbH", "vertrieb@mineralbau-franken.example", "de-DE")
    p = po("4700220772", s, "jonas", "EUR", "2026-11-09", [
        ln("MBF-PUTZ-KZ", "Lime-cement plaster, bag 30 kg", 300, "BAG", "7.40", "2026-12-04"),
        ln("MBF-GRUND-15", "Deep primer, bucket 15 l", 40, "BKT", "36.90", "2026-12-04"),
    ])
    assert wd("2026-11-13") == "Fri"
    name, email = BUYERS["jonas"]
    txt = ("Sehr geehrte Damen und Herren,\n\n"
           "vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 13.11.2026 nicht im Hause.\n"
           "Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an\n"
           "Herrn Thomas Wagner, Tel. 0911 555 38-12, t.wagner@mineralbau-franken.example.\n\n"
           "Mit freundlichen Grüßen\n"
           "Sabine Krüger\n"
           "Mineralbau Franken GmbH\n")
    body = mime.text(txt, "plain", "iso-8859-1", "quoted-printable")
    eml = mime.message(hdrs(mime.addr("Sabine Krüger", "s.krueger@mineralbau-franken.example", "iso-8859-1", "Q"),
                            mime.addr(name, email), "Abwesenheitsnotiz: " + request_subject(p),
                            T("2026-11-09 10:02:33", 60),
                            "<FR4P281MB3410B2C4D6E8F0A1B3C5D7E9FR4P281MB3410@FR4P281MB3410.DEUP281.PROD.OUTLOOK.example>",
                            rid(p), rid(p), extra=[("Auto-Submitted", "auto-replied"),
                                                   ("X-Auto-Response-Suppress", "All")]), body)
    return [p], eml, expected("auto_reply", "Out-of-office; 13.11.2026 is the absence end.")


# ---------------------------------------------------------------------------------------------
@case(56, "gmail-dsn-domain-not-found", "bounce/en-CA",
      "Google-style 'Address not found' DSN (DNS error for the supplier domain) with a delivery-status part and the original headers.")
def c056():
    s = sup("MAPLEWLD", "Maple Leaf Welding Supply Ltd.", "orders@mapleleafwelding.example", "en-CA")
    p = po("4700220783", s, "tomas", "USD", "2026-11-09", [
        ln("MLW-ER70S6-0.9", "MIG wire ER70S-6, 0.9 mm, 15 kg spool", 40, "EA", "41.20", "2026-12-07"),
        ln("MLW-TIP-M6", "Contact tip M6 x 0.9 mm, CuCrZr", 500, "EA", "0.62", "2026-12-07"),
    ])
    name, email = BUYERS["tomas"]
    txt = ("** Address not found **\n\n"
           "Your message wasn't delivered to orders@mapleleafwelding.example because the domain\n"
           "mapleleafwelding.example couldn't be found. Check for typos or unnecessary spaces and try again.\n\n"
           "The response was:\n\n"
           "DNS Error: DNS type 'mx' lookup of mapleleafwelding.example responded with code NXDOMAIN\n"
           "Domain name not found: mapleleafwelding.example\n")
    html = ("<html><head></head><body><table cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"font-size:24px\">"
            "Address not found</td></tr><tr><td>Your message wasn't delivered to <a style=\"color:#212121\">"
            "orders@mapleleafwelding.example</a> because the domain mapleleafwelding.example couldn't be found. Check "
            "for typos or unnecessary spaces and try again.</td></tr><tr><td><h3>The response was:</h3><p>DNS Error: "
            "DNS type 'mx' lookup of mapleleafwelding.example responded with code NXDOMAIN Domain name not found: "
            "mapleleafwelding.example</p></td></tr></table></body></html>\n")
    ds = mime.delivery_status(
        [("Reporting-MTA", "dns; googlemail.example"), ("Received-From-MTA", "dns; tomas.ferreira@kestrel-procurement.example"),
         ("Arrival-Date", "Mon, 09 Nov 2026 03:22:15 -0800 (PST)"), ("X-Original-Message-ID", rid(p))],
        [[("Final-Recipient", "rfc822; orders@mapleleafwelding.example"), ("Action", "failed"), ("Status", "5.1.2"),
          ("Diagnostic-Code", "smtp; DNS Error: DNS type 'mx' lookup of mapleleafwelding.example responded with "
                              "code NXDOMAIN Domain name not found: mapleleafwelding.example"),
          ("Last-Attempt-Date", "Mon, 09 Nov 2026 03:22:16 -0800 (PST)")]])
    hdr_only = (f"From: {name.replace('á', 'a')} <{email}>\nTo: orders@mapleleafwelding.example\n"
                f"Subject: {request_subject(p)}\nDate: Mon, 9 Nov 2026 12:22:10 +0100\nMessage-ID: {rid(p)}\n")
    body = mime.Multi("report", [
        mime.Multi("related", [mime.Multi("alternative", [mime.text(txt, "plain", "UTF-8", "quoted-printable"),
                                                          mime.text(html, "html", "UTF-8", "quoted-printable")],
                                          "000000000000a3b1c20625e9d001")], "000000000000a3b1c40625e9d002"),
        ds, mime.rfc822(hdr_only.encode("ascii"), "text/rfc822-headers")], "000000000000a3b1be0625e9d000",
        params="report-type=delivery-status")
    eml = mime.message(hdrs("Mail Delivery Subsystem <mailer-daemon@googlemail.example>", email,
                            "Delivery Status Notification (Failure)", T("2026-11-09 03:22:16", -480),
                            "<65a1b2c3.050a0220.1f2e3d.0042.GMR@mx.googlemail.example>", rid(p), rid(p),
                            extra=[("Auto-Submitted", "auto-replied")]), body)
    return [p], eml, expected("bounce", "DSN: supplier domain not found (5.1.2).")


# ---------------------------------------------------------------------------------------------
@case(57, "podium-week49-vs-pdf-1812", "needs_review/nl-NL",
      "Dutch body says 'levering week 49' while the attached order confirmation PDF says 'Leverdatum 18-12-2026' for every line: contradictory commitment.")
def c057():
    s = sup("PODIUMNL", "Podiumtechniek Nederland BV", "verkoop@podiumtechniek.example", "nl-NL")
    p = po("4700220794", s, "maren", "EUR", "2026-11-06", [
        ln("PTN-DECK-2x1", "Stage deck 2 x 1 m, anti-slip, 750 kg/m2", 24, "EA", "318.00", "2026-12-04"),
        ln("PTN-LEG-60", "Stage leg 60 cm, square tube", 96, "EA", "12.90", "2026-12-04"),
        ln("PTN-SKIRT-5M", "Stage skirting black, 5 m, Molton", 8, "EA", "64.00", "2026-12-04"),
    ])
    assert kw(49) == "2026-12-04"
    ops = [("tb", 40, 800, 14, "Podiumtechniek Nederland BV"),
           ("t", 40, 786, 8, "Havenweg 22 - 3542 AD Utrecht - KvK 30198754 - BTW NL8120.44.781.B01"),
           ("tb", 40, 750, 13, "ORDERBEVESTIGING 26-04418"),
           ("t", 40, 734, 9, "Datum: 09-11-2026    Uw ordernummer: 4700220794    Klantnr.: 10433")]
    ops += pdf.table(40, 700, [0, 30, 120, 300, 350, 420], [
        ["Regel", "Artikel", "Omschrijving", "Aantal", "Prijs", "Leverdatum"],
        ["1", "PTN-DECK-2x1", "Podiumdeel 2x1 m antislip", "24", "318,00", "18-12-2026"],
        ["2", "PTN-LEG-60", "Poot 60 cm", "96", "12,90", "18-12-2026"],
        ["3", "PTN-SKIRT-5M", "Rok zwart molton 5 m", "8", "64,00", "18-12-2026"],
    ], size=9)
    ops += [("t", 40, 620, 8, "Levering franco Venlo. Betaling binnen 30 dagen. Op al onze leveringen zijn de"
                              " Metaalunievoorwaarden van toepassing.")]
    data = pdf.build([ops], title="Orderbevestiging 26-04418", producer="Exact Globe+ / Crystal Reports",
                     creation="D:20261109114000+01'00'")
    new = ("Goedemiddag Maren,\n\n"
           "Hierbij bevestigen wij je order 4700220794, levering week 49. De orderbevestiging zit in de bijlage.\n\n"
           "Met vriendelijke groet,\n"
           "Bas de Vries\n"
           "Podiumtechniek Nederland BV | 030 555 8820\n")
    eml = outlook_reply(p, ("Bas de Vries", "bas@podiumtechniek.example"), new, "nl",
                        long_date("nl", T("2026-11-06 09:30", 60)), T("2026-11-09 11:52:06", 60),
                        "<AM9PR09MB4455C2E1D0F9A8B7C6D5E4F3AM9PR09MB4455eurp@AM9PR09MB4455.eurprd09.prod.outlook.example>",
                        "_000_AM9PR09MB4455C2E1D0F9A8B7C6D5E4F3AM9PR09MB4455eurp_", html_lang="NL",
                        attachments=[mime.attachment(data, "application/pdf", "OB_26-04418.pdf")],
                        mixed_boundary="_004_AM9PR09MB4455C2E1D0F9A8B7C6D5E4F3AM9PR09MB4455eurp_")
    return [p], eml, expected("needs_review",
                              "Mail says week 49 (Fri 2026-12-04), PDF says 18-12-2026 for all lines: contradictory.")


# ---------------------------------------------------------------------------------------------
@case(58, "gases-gbp-pdf-eur-invoice", "confirmation/en-GB",
      "UK acknowledgment PDF printed in GBP on a EUR order; the mail says to ignore the sterling figures and invoice at the EUR PO prices, and one line's date differs.")
def c058():
    s = sup("PENNINE", "Pennine Industrial Gases Ltd", "sales@pennine-gases.example", "en-GB")
    p = po("4700220805", s, "jonas", "EUR", "2026-11-09", [
        ln("PIG-ARG-50", "Argon 99.998%, 50 l cylinder, 300 bar", 8, "CYL", "46.00", "2026-11-27"),
        ln("PIG-MIX-C8", "Shielding gas Ar/CO2 92/8, 50 l cylinder", 8, "CYL", "49.50", "2026-11-27"),
        ln("PIG-REG-30", "Flowmeter regulator 0-30 l/min", 5, "EA", "64.00", "2026-11-27"),
    ])
    ops = [("tb", 40, 800, 14, "Pennine Industrial Gases Ltd"),
           ("t", 40, 786, 8, "Unit 4, Calder Park, Wakefield WF2 7AW - VAT GB 402 7713 55"),
           ("tb", 40, 750, 13, "ORDER ACKNOWLEDGEMENT  SOA-55107"),
           ("t", 40, 734, 9, "Date: 10/11/2026   Customer order: 4700220805   Account: KES001"),
           ("t", 40, 722, 9, "Currency: GBP")]
    ops += pdf.table(40, 690, [0, 30, 110, 300, 340, 400, 460], [
        ["Line", "Product", "Description", "Qty", "Unit", "Price GBP", "Delivery"],
        ["1", "AR-50-300", "Argon 4.8 50L 300 bar", "8", "cyl", "40.10", "27/11/2026"],
        ["2", "ARC8-50", "Argoshield-type 92/8 50L", "8", "cyl", "43.15", "04/12/2026"],
        ["3", "FMR-30", "Flowmeter regulator 0-30", "5", "ea", "55.80", "27/11/2026"],
    ], size=9)
    ops += [("t", 40, 610, 8, "Cylinder rental charged monthly per agreement 2024/117. Prices valid until 31/12/2026."),
            ("t", 40, 598, 8, "Delivery dates are delivery to site.")]
    data = pdf.build([ops], title="SOA-55107", producer="Sage 200 Evolution", creation="D:20261110085500Z")
    new = ("Hi Jonas,\n\n"
           "Acknowledgement for your PO 4700220805 attached.\n\n"
           "Please ignore the sterling prices on it - our system prints GBP by default, but your account is set\n"
           "up in euros and we'll invoice at the EUR prices on your PO. Quantities as ordered. The 92/8 mix is a\n"
           "week behind, so that one comes on Friday 4th December; the argon and regulators on the 27th as asked.\n\n"
           "Cheers,\n"
           "Dave Sutcliffe\n"
           "Sales Office | Pennine Industrial Gases Ltd | 01924 555 310\n")
    eml = outlook_reply(p, ("Dave Sutcliffe", "dave.sutcliffe@pennine-gases.example"), new, "en",
                        "09 November 2026 11:20", T("2026-11-10 09:02:44", 0),
                        "<LO2P265MB5120E0D1C2B3A4F5E6D7C8B9LO2P265MB5120GBRP@LO2P265MB5120.GBRP265.PROD.OUTLOOK.example>",
                        "_000_LO2P265MB5120E0D1C2B3A4F5E6D7C8B9LO2P265MB5120GBRP_", html_lang="EN-GB",
                        attachments=[mime.attachment(data, "application/pdf", "SOA-55107.pdf")],
                        mixed_boundary="_004_LO2P265MB5120E0D1C2B3A4F5E6D7C8B9LO2P265MB5120GBRP_")
    return [p], eml, expected("confirmation",
                              "GBP values on the PDF are to be ignored (EUR PO prices stand); 92/8 mix on 04/12/2026.",
                              [conf(p, {1: A, 2: chg(8, "49.50", "2026-12-04"), 3: A})])


# ---------------------------------------------------------------------------------------------
@case(59, "dichtungen-drei-bestellungen-tabelle", "confirmation/de-DE",
      "HTML-only German reply with one table covering three POs, each row naming its PO; prices per 100 pieces for O-rings, per piece for others, one 'KW 51'.")
def c059():
    s = sup("DICHTSW", "Dichtungstechnik Schwaben GmbH", "vertrieb@dichtschwaben.example", "de-DE")
    pa = po("4700220802", s, "maren", "EUR", "2026-11-05", [
        ln("DTS-OR-NBR-10x2", "O-ring NBR 70, 10 x 2 mm", 5000, "EA", "0.021", "2026-12-04"),
        ln("DTS-OR-FKM-20x2.5", "O-ring FKM 75, 20 x 2.5 mm", 2000, "EA", "0.118", "2026-12-04"),
    ])
    pb = po("4700220815", s, "maren", "EUR", "2026-11-06", [
        ln("DTS-RWDR-40x62x8", "Radial shaft seal 40x62x8 BA, NBR", 300, "EA", "1.34", "2026-12-11"),
        ln("DTS-OR-EPDM-30x3", "O-ring EPDM 70, 30 x 3 mm", 1000, "EA", "0.064", "2026-12-11"),
    ])
    pc = po("4700220823", s, "maren", "EUR", "2026-11-09", [
        ln("DTS-FLD-DN80", "Flat gasket DN80 PN16, aramid fibre", 200, "EA", "0.92", "2026-12-18"),
    ])
    assert kw(51) == "2026-12-18"
    rows = [("4700220802", "1", "OR 10x2 NBR70", "5.000 St.", "2,10 €/100 St.", "04.12.2026"),
            ("4700220802", "2", "OR 20x2,5 FKM75", "2.000 St.", "12,40 €/100 St.", "04.12.2026"),
            ("4700220815", "1", "RWDR 40x62x8 BA NBR", "300 St.", "1,34 €/St.", "KW 51"),
            ("4700220815", "2", "OR 30x3 EPDM70", "1.000 St.", "6,40 €/100 St.", "11.12.2026"),
            ("4700220823", "1", "Flachdichtung DN80 PN16 Aramid", "200 St.", "0,92 €/St.", "18.12.2026")]
    th = "".join(f"<th style=\"border:1px solid #999;padding:3px 6px;background:#e8eef4\">{c}</th>" for c in
                 ("Ihre Bestellung", "Pos.", "Artikel", "Menge", "Preis", "Liefertermin"))
    trs = "".join("<tr>" + "".join(f"<td style=\"border:1px solid #999;padding:3px 6px\">{h(c)}</td>" for c in r)
                  + "</tr>" for r in rows)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body style=\"font-family:Arial,sans-serif;font-size:10pt\">"
            "<p>Sehr geehrte Frau Lindqvist,</p>"
            "<p>vielen Dank für Ihre drei Bestellungen. Anbei unsere Bestätigung für alle offenen Positionen:</p>"
            f"<table style=\"border-collapse:collapse\"><tr>{th}</tr>{trs}</table>"
            "<p>Die Preisänderung bei FKM ergibt sich aus dem Materialteuerungszuschlag ab 01.11.2026.<br>"
            "Lieferung frei Haus, Zahlung 30 Tage netto.</p>"
            "<p>Mit freundlichen Grüßen<br>i. A. Melanie Schäfer<br>Vertriebsinnendienst<br>"
            "Dichtungstechnik Schwaben GmbH · Robert-Bosch-Str. 9 · 73037 Göppingen · Tel. 07161 555 20-14</p>"
            "<p style=\"font-size:8pt;color:#777\">Geschäftsführer: Rainer Vogt · Amtsgericht Ulm HRB 531774</p>"
            "</body></html>\n")
    name, email = BUYERS["maren"]
    body = mime.text(html, "html", "utf-8", "quoted-printable")
    eml = mime.message(hdrs(mime.addr("Melanie Schäfer", "m.schaefer@dichtschwaben.example"), mime.addr(name, email),
                            "Auftragsbestätigung zu Ihren Bestellungen 4700220802, 4700220815, 4700220823",
                            T("2026-11-11 14:20:31", 60), "<20261111132031.3F9A2C@crm.dichtschwaben.example>",
                            extra=[("X-Mailer", "CAS genesisWorld")]), body)
    return [pa, pb, pc], eml, expected("confirmation",
                                       "Each table row names its PO; 2,10/100 = 0.021 and 6,40/100 = 0.064 unchanged, "
                                       "FKM 12,40/100 = 0.124; RWDR KW 51 = 2026-12-18.",
                                       [conf(pa, {1: A, 2: chg(2000, "0.124", "2026-12-04")}),
                                        conf(pb, {1: chg(300, "1.34", "2026-12-18"), 2: A}),
                                        conf(pc, {1: A})])


# ---------------------------------------------------------------------------------------------
@case(60, "occhiali-italiano-english", "confirmation/it-IT",
      "Italian reply repeated in English (same content twice): one later date and a 1.000-piece minimum for logo-printed cases; frame sizes 51-19-145 look like numbers.")
def c060():
    s = sup("CADORE", "Occhialeria Cadore S.r.l.", "ordini@occhialeriacadore.example", "it-IT")
    p = po("4700220834", s, "ilse", "EUR", "2026-11-06", [
        ln("OC-ACE-5119", "Acetate frame, size 51-19-145, havana", 300, "EA", "11.80", "2026-12-14"),
        ln("OC-TIT-5318", "Titanium frame, size 53-18-140, gunmetal", 200, "EA", "19.40", "2026-12-14"),
        ln("OC-CASE-LOGO", "Hard case, black, logo print", 500, "EA", "0.95", "2026-12-14"),
    ])
    new = ("Gentile Sig.ra Vandamme,\n\n"
           "confermiamo il Vostro ordine 4700220834:\n"
           "- montature acetato 51-19-145 havana: 300 pz a € 11,80, consegna 14/12/2026;\n"
           "- montature titanio 53-18-140 gunmetal: 200 pz a € 19,40, consegna 21/12/2026;\n"
           "- astucci rigidi con logo: il minimo d'ordine per la stampa del logo è di 1.000 pz; confermiamo quindi\n"
           "  1.000 pz a € 0,95, consegna 14/12/2026.\n\n"
           "Dear Ms Vandamme,\n\n"
           "we confirm your order 4700220834:\n"
           "- acetate frames 51-19-145 havana: 300 pcs at EUR 11.80, delivery 14/12/2026;\n"
           "- titanium frames 53-18-140 gunmetal: 200 pcs at EUR 19.40, delivery 21/12/2026;\n"
           "- hard cases with logo: the minimum order for logo printing is 1,000 pcs, so we confirm 1,000 pcs at\n"
           "  EUR 0.95, delivery 14/12/2026.\n\n"
           "Cordiali saluti / Best regards\n"
           "Chiara De Lorenzo\n"
           "Customer Service - Occhialeria Cadore S.r.l.\n"
           "Via Nazionale 41, 32044 Pieve di Cadore (BL) - Tel. +39 0435 555 218\n")
    eml = outlook_reply(p, ("Chiara De Lorenzo", "c.delorenzo@occhialeriacadore.example"), new, "it",
                        long_date("it", T("2026-11-06 10:20", 60)), T("2026-11-10 09:37:15", 60),
                        "<AM6PR10MB2716D3E4F5A6B7C8D9E0F1A2AM6PR10MB2716eurp@AM6PR10MB2716.eurprd10.prod.outlook.example>",
                        "_000_AM6PR10MB2716D3E4F5A6B7C8D9E0F1A2AM6PR10MB2716eurp_", html_lang="IT")
    return [p], eml, expected("confirmation",
                              "Bilingual (same content twice): titanium 21/12/2026, cases MOQ 1,000.",
                              [conf(p, {1: A, 2: chg(200, "19.40", "2026-12-21"), 3: chg(1000, "0.95", "2026-12-14")})])


# ---------------------------------------------------------------------------------------------
@case(61, "dianti-shoudao-mobile", "needs_review/zh-CN",
      "Chinese mobile one-liner '收到，谢谢！' plus a promise to reply with delivery dates after checking with the factory.")
def c061():
    s = sup("NBLIFT", "Ningbo Hengtong Elevator Parts Co., Ltd.", "export@hengtong-lift.example", "zh-CN")
    p = po("4700220845", s, "tomas", "USD", "2026-11-09", [
        ln("HT-ROLLER-75", "Door hanger roller 75 mm, bearing 6201", 400, "EA", "1.85", "2027-01-15"),
        ln("HT-BUFFER-PU", "PU buffer 100 x 80 mm", 60, "EA", "6.40", "2027-01-15"),
    ])
    name, email = BUYERS["tomas"]
    txt = "收到，谢谢！我们跟工厂确认后尽快回复交期。\n\n发自我的iPhone\n"
    body = mime.text(txt, "plain", "gbk", "base64")
    eml = mime.message(hdrs(mime.addr("王磊", "wanglei@hengtong-lift.example", "gbk"), mime.addr(name, email),
                            "回复：" + request_subject(p), T("2026-11-09 21:14:02", 480),
                            "<tencent_8B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E@qq.example>", rid(p), rid(p),
                            subj_charset="gbk", extra=[("X-Mailer", "iPhone Mail (22B83)")]), body)
    return [p], eml, expected("needs_review", "Acknowledged; delivery dates promised after checking with the factory.")


# ---------------------------------------------------------------------------------------------
@case(62, "tackle-ships-four-weeks-from-today", "confirmation/en-US",
      "US reply with only relative ship dates: 'ship 4 weeks from today' and 'ships Monday', both measured from the Thursday Date header.")
def c062():
    s = sup("GULFTACK", "Gulf Coast Tackle Co.", "sales@gulfcoasttackle.example", "en-US")
    p = po("4700220856", s, "ilse", "USD", "2026-11-09", [
        ln("GCT-JIG-2OZ", "Bucktail jig 2 oz, white, 5/0 hook", 600, "EA", "2.15", "2026-12-04"),
        ln("GCT-LDR-60", "Fluorocarbon leader 60 lb, 25 yd spool", 200, "EA", "7.80", "2026-12-04"),
    ])
    sent = "2026-11-12"
    assert wd(sent) == "Thu" and plus_days(sent, 28) == "2026-12-10" and next_weekday(sent, 0) == "2026-11-16"
    new = ("Hey Ilse,\n\n"
           "We're good on both lines at your pricing. The jigs are poured and tied to order, so those will ship\n"
           "4 weeks from today. The 60 lb leader is in stock and ships Monday.\n\n"
           "Thanks for the business!\n"
           "Wade Thibodeaux\n"
           "Gulf Coast Tackle Co. | 7710 Hwy 90 W, Lafayette, LA 70506 | 337-555-0116\n")
    name, email = BUYERS["ilse"]
    attrib = f"On Mon, Nov 9, 2026 at 3:18 AM {name} <{email}> wrote:"
    eml = gmail_reply(p, ("Wade Thibodeaux", "wade@gulfcoasttackle.example"), new, attrib, T(f"{sent} 14:05:51", -360),
                      "<CAE6sW1k_2nLy8Rp5YcT0mVf3Hd7sJe4uGo9ZaNi6BqMw2Tx1vKj@mail.gmail.example>",
                      "000000000000d7e81a0625ea4c03")
    return [p], eml, expected("confirmation",
                              "Ship dates only: Thu 2026-11-12 + 4 weeks = 2026-12-10; 'Monday' = 2026-11-16.",
                              [conf(p, {1: chg(600, "2.15", "2026-12-10"), 2: chg(200, "7.80", "2026-11-16")})])


# ---------------------------------------------------------------------------------------------
@case(63, "buehne-ab-folgt-mittwoch", "needs_review/de-DE",
      "German 'order received, the AB with delivery dates follows by Wednesday 18.11.2026' - a confirmation promised for later.")
def c063():
    s = sup("BTSACHS", "Bühnentechnik Sachsen GmbH", "auftrag@buehnentechnik-sachsen.example", "de-DE")
    p = po("4700220867", s, "maren", "EUR", "2026-11-09", [
        ln("BTS-TRAV-8M", "Stage traveller track 8 m, manual", 2, "EA", "1290.00", "2026-12-18"),
        ln("BTS-MOLT-6x4", "Stage curtain Molton 300 g/m2, 6 x 4 m, black, B1", 4, "EA", "418.00", "2026-12-18"),
    ])
    assert wd("2026-11-18") == "Wed"
    new = ("Sehr geehrte Frau Lindqvist,\n\n"
           "vielen Dank für Ihre Bestellung 4700220867, die wir dankend erhalten haben.\n"
           "Die Auftragsbestätigung mit den verbindlichen Lieferterminen senden wir Ihnen bis spätestens\n"
           "Mittwoch, 18.11.2026 zu, sobald uns die Näherei die Kapazität für die Vorhänge bestätigt hat.\n\n"
           "Mit freundlichen Grüßen\n"
           "Uwe Lehmann\n"
           "Auftragsabwicklung\n"
           "Bühnentechnik Sachsen GmbH | Radeburger Str. 44 | 01129 Dresden | Tel. 0351 555 412-0\n")
    eml = outlook_reply(p, ("Uwe Lehmann", "u.lehmann@buehnentechnik-sachsen.example"), new, "de",
                        long_date("de", T("2026-11-09 09:50", 60)), T("2026-11-10 08:11:27", 60),
                        "<BE1P281MB2210F1E2D3C4B5A6978695A4BE1P281MB2210DEUP@BE1P281MB2210.DEUP281.PROD.OUTLOOK.example>",
                        "_000_BE1P281MB2210F1E2D3C4B5A6978695A4BE1P281MB2210DEUP_", html_lang="DE", prefix="AW: ")
    return [p], eml, expected("needs_review", "Receipt only; the AB is promised by 18.11.2026.")


# ---------------------------------------------------------------------------------------------
@case(64, "audiology-bottom-post-day-first", "confirmation/en-GB",
      "Bottom-posted Thunderbird reply under the full quoted request; the new date '12/01/2027' is day-first (12 January), and the quoted need-by dates must be ignored.")
def c064():
    s = sup("ALBIONAUD", "Albion Audiology Supplies Ltd", "sales@albionaudiology.example", "en-GB")
    p = po("4700220878", s, "ilse", "GBP", "2026-11-09", [
        ln("AAS-TDH39", "Audiometric headphones TDH-39, pair", 6, "PR", "214.00", "2026-12-11"),
        ln("AAS-PROBE-100", "Tympanometry probe tips, assorted, box of 100", 40, "BOX", "18.60", "2026-12-11"),
        ln("AAS-CPL-2CC", "2cc coupler for hearing aid analyser", 4, "EA", "96.00", "2026-12-11"),
    ])
    assert wd("2027-01-12") == "Tue"
    name, email = BUYERS["ilse"]
    new = ("Hi Ilse,\n\n"
           "Probe tips and couplers are fine for 11/12/2026 as requested. The TDH-39 headphones are on back\n"
           "order from the manufacturer - we expect to deliver those on 12/01/2027. Prices as per your PO.\n\n"
           "Regards,\n"
           "Graham Pryce\n"
           "Albion Audiology Supplies Ltd | 3 Mill Lane, Bristol BS3 4PX | 0117 555 0236\n")
    txt = f"On 09/11/2026 09:55, {name} wrote:\n" + quote(request_text(p)) + "\n" + new
    body = mime.text(txt, "plain", "UTF-8", "quoted-printable", flowed=True)
    eml = mime.message(hdrs(mime.addr("Graham Pryce", "graham@albionaudiology.example"), mime.addr(name, email),
                            "Re: " + request_subject(p), T("2026-11-11 15:30:49", 0),
                            "<b2e7f0c4-9a13-4d6e-8c25-71f3a0d9e4b8@albionaudiology.example>", rid(p), rid(p),
                            extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-GB")]), body)
    return [p], eml, expected("confirmation",
                              "Bottom-posted; 12/01/2027 is 12 January 2027 (en-GB); other lines as ordered.",
                              [conf(p, {1: chg(6, "214.00", "2027-01-12"), 2: A, 3: A})])
