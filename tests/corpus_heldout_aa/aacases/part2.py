"""Cases 017-032."""
from __future__ import annotations

from aalib import mime, pdf
from aalib.clients import gmail_reply, outlook_reply
from aalib.model import (A, R, U, BUYERS, T, chg, conf, expected, kw, long_date, next_md, po, quote,
                         request_subject, request_text, reqid, sup, wd, ln, div_lines, gmail_html, h,
                         original_request)
from aalib.popdf import po_pdf
from aalib.registry import case, hdrs


def rid(p):
    return reqid(p["po_number"], p["issued"])


# ---------------------------------------------------------------------------------------------
@case(17, "forni-hotel-conditional-exw", "needs_review/it-IT",
      "Italian reply that would confirm both combi ovens 'solo se' we accept EXW or a freight charge, and waits for our OK.")
def c017():
    s = sup("GASTROVEN", "Gastroveneta Grandi Cucine S.r.l.", "ordini@gastroveneta.example", "it-IT")
    p = po("4700220044", s, "tomas", "EUR", "2026-11-04", [
        ln("GV-FCE-101", "Combi oven electric 10 x GN 1/1, 400 V 3N", 2, "EA", "8950.00", "2027-01-15"),
        ln("GV-ABB-051", "Blast chiller 5 x GN 1/1, +70/-18 C", 2, "EA", "3240.00", "2027-01-15"),
    ])
    new = ("Buongiorno Sig. Ferreira,\n\n"
           "grazie per l'ordine 4700220044. Per i due forni combinati 10 x GN 1/1 e i due abbattitori\n"
           "possiamo rispettare la consegna del 15/01/2027 e i prezzi indicati, ma solo a condizione che\n"
           "accettiate la resa franco nostro magazzino (EXW Treviso) invece di DAP Venlo, oppure un\n"
           "contributo spese di trasporto di € 380,00 a consegna.\n\n"
           "Attendiamo un vostro riscontro su quale delle due opzioni preferite: solo dopo il vostro benestare\n"
           "potremo inserire l'ordine e inviarvi la conferma d'ordine.\n\n"
           "Cordiali saluti\n"
           "Francesca Zanon\n"
           "Ufficio commerciale estero\n"
           "Gastroveneta Grandi Cucine S.r.l. - Via Noalese 61, 31100 Treviso - Tel. +39 0422 555 740\n")
    eml = outlook_reply(p, ("Francesca Zanon", "f.zanon@gastroveneta.example"), new, "it",
                        long_date("it", T("2026-11-04 11:02", 60)), T("2026-11-05 12:31:08", 60),
                        "<AS8PR03MB7120E1D4C9A25B63F7E0A1C3AS8PR03MB7120eurp@AS8PR03MB7120.eurprd03.prod.outlook.example>",
                        "_000_AS8PR03MB7120E1D4C9A25B63F7E0A1C3AS8PR03MB7120eurp_", html_lang="IT")
    return [p], eml, expected("needs_review",
                              "Conditional: confirms date/price only if we accept EXW or a EUR 380 freight charge.")


# ---------------------------------------------------------------------------------------------
@case(18, "orings-por-ciento-moq", "confirmation/es-MX",
      "Mexican Outlook reply quoting O-rings 'por ciento' (per 100) and raising one line to a 500-piece minimum; AS568 dash sizes and 35x52x7 look like numbers.")
def c018():
    s = sup("SELLOSBJ", "Sellos y Empaques del Bajío S.A. de C.V.", "ventas@sellosbajio.example", "es-MX")
    p = po("4700220091", s, "priya", "USD", "2026-11-04", [
        ln("SEB-OR-NBR70-025", "O-ring NBR 70 Shore A, AS568-025 (1.239 x 0.070 in)", 2000, "EA", "0.062",
           "2026-12-09"),
        ln("SEB-OR-FKM75-118", "O-ring FKM 75 Shore A, AS568-118, brown", 300, "EA", "0.41", "2026-12-09"),
        ln("SEB-TC-35527", "Oil seal TC 35x52x7, NBR", 150, "EA", "0.88", "2026-12-09"),
    ])
    assert wd("2026-12-16") == "Wed"
    new = ("Buen día Priya,\n\n"
           "Le confirmo su orden de compra 4700220091 de la siguiente manera:\n\n"
           "Partida 1: 2,000 pzas O-ring NBR 70 -025, precio USD 6.20 el ciento (sin cambio), entrega 9 de"
           " diciembre.\n"
           "Partida 2: O-ring FKM -118: nuestro mínimo de fabricación es de 500 piezas, por lo que le surtimos"
           " 500 pzas a USD 41.00 el ciento, con entrega el 16 de diciembre.\n"
           "Partida 3: retén TC 35x52x7: 150 pzas a USD 0.88 c/u, entrega 9 de diciembre.\n\n"
           "Condiciones: FCA Celaya, pago 30 días.\n\n"
           "Saludos cordiales,\n"
           "Lic. Alejandra Ramírez Soto\n"
           "Ejecutiva de Ventas\n"
           "Sellos y Empaques del Bajío S.A. de C.V.\n"
           "Tel. +52 461 555 0347\n")
    eml = outlook_reply(p, ("Alejandra Ramírez", "aramirez@sellosbajio.example"), new, "es",
                        long_date("es", T("2026-11-04 02:40", -360)), T("2026-11-09 09:12:45", -360),
                        "<SJ0PR19MB6611A3B0D2F94E7C8A5B1D06SJ0PR19MB6611namp@SJ0PR19MB6611.namprd19.prod.outlook.example>",
                        "_000_SJ0PR19MB6611A3B0D2F94E7C8A5B1D06SJ0PR19MB6611namp_", html_lang="ES-MX",
                        charset="windows-1252")
    return [p], eml, expected("confirmation",
                              "USD 6.20 el ciento = 0.062 (accepted); line 2 MOQ 500 at 41.00/100 = 0.41, 16 Dec.",
                              [conf(p, {1: A, 2: chg(500, "0.41", "2026-12-16"), 3: A})])


# ---------------------------------------------------------------------------------------------
@case(19, "aufzug-rep-vs-logistik", "needs_review/de-AT",
      "Austrian rep confirms all lines for 04.12. while the internal logistics note he forwarded in the same thread says the ropes come KW 51 at the earliest.")
def c019():
    s = sup("ALPLIFT", "Alpenlift Komponenten GmbH", "verkauf@alpenlift.example", "de-AT")
    p = po("4700220130", s, "jonas", "EUR", "2026-11-03", [
        ln("ALK-TR8-1770", "Traction rope 8 mm 8x19, 1770 N/mm2, reel 500 m", 2, "REEL", "1460.00", "2026-12-04"),
        ln("ALK-GR-100PU", "Guide roller 100 mm, polyurethane", 48, "EA", "22.30", "2026-12-04"),
        ln("ALK-LPB-LS30", "Landing push button LS 30, stainless", 30, "EA", "17.90", "2026-12-04"),
    ])
    name, email = BUYERS["jonas"]
    new = ("Grüß Gott Herr Becker,\n\n"
           "danke für Ihre Bestellung 4700220130 - passt so, wir liefern alle drei Positionen zum\n"
           "04.12. zu den bestellten Preisen. Auftragsnummer bei uns 26-AL-5518.\n\n"
           "Schöne Grüße aus Graz\n"
           "Markus Huber\n"
           "Verkauf Innendienst\n"
           "Alpenlift Komponenten GmbH | Puchstraße 184, 8055 Graz | +43 316 555 2280\n")
    internal = ("Von: Sandra Pichler <s.pichler@alpenlift.example>\n"
                "Gesendet: Donnerstag, 5. November 2026 07:58\n"
                "An: Markus Huber <m.huber@alpenlift.example>\n"
                "Betreff: AW: Bestellung 4700220130 Kestrel - Liefertermin?\n\n"
                "Hallo Markus,\n\n"
                "Rollen und Taster haben wir lagernd, die gehen sich für den 04.12. locker aus.\n"
                "Die Seile 8 mm kommen aber frühestens KW 51 vom Werk in Steyr, vorher sicher nicht.\n\n"
                "LG Sandra\n"
                "Versand / Logistik\n\n"
                "Von: Markus Huber <m.huber@alpenlift.example>\n"
                "Gesendet: Mittwoch, 4. November 2026 16:12\n"
                "An: Sandra Pichler <s.pichler@alpenlift.example>\n"
                "Betreff: Bestellung 4700220130 Kestrel - Liefertermin?\n\n"
                "Servus Sandra, geht sich der 04.12. für alles aus? Danke, Markus\n\n")
    quoted = internal + ("Von: " + f"{name} <{email}>\n" + "Gesendet: Dienstag, 3. November 2026 09:14\n"
                         "An: verkauf@alpenlift.example\n" + f"Betreff: {request_subject(p)}\n\n") + request_text(p)
    txt = new + "\n" + quoted
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body lang=\"DE-AT\">"
            "<div class=\"WordSection1\">" + "".join(f"<p class=\"MsoNormal\">{h(x) or '&nbsp;'}</p>" for x in new.split("\n"))
            + "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
            + "".join(f"<p class=\"MsoNormal\">{h(x) or '&nbsp;'}</p>" for x in quoted.split("\n")) + "</div></div></body></html>\n")
    body = mime.Multi("alternative", [mime.text(txt, "plain", "utf-8", "quoted-printable"),
                                      mime.text(html, "html", "utf-8", "quoted-printable")],
                      "_000_VI1PR08MB3312C5D8E0F14A7B92C3E6D1VI1PR08MB3312eurp_")
    eml = mime.message(hdrs(mime.addr("Markus Huber", "m.huber@alpenlift.example"), mime.addr(name, email),
                            "AW: " + request_subject(p), T("2026-11-05 10:47:30", 60),
                            "<VI1PR08MB3312C5D8E0F14A7B92C3E6D1@VI1PR08MB3312.eurprd08.prod.outlook.example>",
                            rid(p), rid(p), cc="Sandra Pichler <s.pichler@alpenlift.example>",
                            extra=[("Content-Language", "de-AT")]), body)
    return [p], eml, expected("needs_review",
                              "Rep says all lines 04.12.; logistics (same thread) says ropes KW 51 at the earliest: "
                              "contradictory for line 1, ask before booking.")


# ---------------------------------------------------------------------------------------------
@case(20, "suodatin-lomalla-ooo", "auto_reply/fi-FI",
      "Finnish/English holiday auto-reply with a date range '9.–20.11.2026' and a deputy address.")
def c020():
    s = sup("PAINEILMA", "Paineilmasuodatin Oy", "myynti@paineilmasuodatin.example", "fi-FI")
    p = po("4700220177", s, "maren", "EUR", "2026-11-06", [
        ln("PIS-E9-0.01", "Filter element grade E9, 0.01 micron, size 0720", 40, "EA", "33.60", "2026-12-14"),
        ln("PIS-E5-1", "Filter element grade E5, 1 micron, size 0720", 40, "EA", "27.10", "2026-12-14"),
    ])
    name, email = BUYERS["maren"]
    txt = ("Hei,\n\n"
           "olen lomalla 9.–20.11.2026 enkä lue sähköpostiani. Kiireellisissä tilausasioissa ota yhteyttä\n"
           "myyntiin: myynti@paineilmasuodatin.example tai puh. 020 755 4100.\n\n"
           "Hi,\n\n"
           "I am on holiday from 9 to 20 November 2026 and will not be reading e-mail. For urgent order\n"
           "matters please contact our sales team at myynti@paineilmasuodatin.example or +358 20 755 4100.\n\n"
           "Ystävällisin terveisin / Best regards\n"
           "Mikko Laaksonen\n")
    body = mime.text(txt, "plain", "utf-8", "quoted-printable")
    eml = mime.message(hdrs(mime.addr("Mikko Laaksonen", "mikko.laaksonen@paineilmasuodatin.example"),
                            mime.addr(name, email), "Automaattinen vastaus: " + request_subject(p),
                            T("2026-11-09 08:03:11", 120),
                            "<HE1P190MB0440F0A1B2C3D4E5F60718293A4BHE1P190MB0440@HE1P190MB0440.EURP190.PROD.OUTLOOK.example>",
                            rid(p), rid(p), extra=[("Auto-Submitted", "auto-replied"),
                                                   ("X-Auto-Response-Suppress", "All"),
                                                   ("X-MS-Exchange-Inbox-Rules-Loop", "mikko.laaksonen@paineilmasuodatin.example")]),
                       body)
    return [p], eml, expected("auto_reply", "Out-of-office fi/en; the date range is the absence, not a delivery.")


# ---------------------------------------------------------------------------------------------
@case(21, "labdiet-well-received", "needs_review/en-SG",
      "A one-line 'Well received with thanks' from a Singapore distributor: acknowledges, commits to nothing.")
def c021():
    s = sup("LIONLAB", "Lion City Lab Diets Pte Ltd", "orders@lioncitylab.example", "en-SG")
    p = po("4700220203", s, "priya", "USD", "2026-11-05", [
        ln("LCL-RD-5001-25", "Rodent diet 5001 pellets, 25 kg bag, irradiated 25 kGy", 60, "BAG", "71.50",
           "2026-12-07"),
        ln("LCL-RB-5K96-10", "Rabbit diet high fibre, 10 kg bag", 30, "BAG", "39.80", "2026-12-07"),
    ])
    new = ("Hi Priya,\n\n"
           "Well received with thanks.\n\n"
           "Best Regards,\n"
           "Jasmine Tan\n"
           "Sales Coordinator\n"
           "Lion City Lab Diets Pte Ltd | 21 Tuas Ave 2, Singapore 639450 | +65 6555 2917\n")
    eml = outlook_reply(p, ("Jasmine Tan", "jasmine.tan@lioncitylab.example"), new, "en",
                        "Thursday, 5 November 2026 5:03 PM", T("2026-11-06 09:11:27", 480),
                        "<TYZPR06MB6012A7C1D8E2F94B3C0E5A71TYZPR06MB6012apcp@TYZPR06MB6012.apcprd06.prod.outlook.example>",
                        "_000_TYZPR06MB6012A7C1D8E2F94B3C0E5A71TYZPR06MB6012apcp_", html_lang="EN-SG")
    return [p], eml, expected("needs_review", "'Well received' is an acknowledgment, not a confirmation.")


# ---------------------------------------------------------------------------------------------
@case(22, "pimenta-pergunta-moida-grao", "needs_review/pt-BR",
      "Brazilian reply that asks whether pepper is wanted ground or whole and whether 50 kg sacks are OK before confirming; harvest and lot dates are noise.")
def c022():
    s = sup("VALERIB", "Especiarias Vale do Ribeira Ltda.", "vendas@valedoribeira.example", "pt-BR")
    p = po("4700220250", s, "tomas", "USD", "2026-11-05", [
        ln("EVR-PN-B500", "Black pepper ASTA 500 g/l, 25 kg sack", 2000, "KG", "5.90", "2027-01-22"),
        ln("EVR-CRV-WH", "Cloves whole, hand picked, 25 kg sack", 500, "KG", "11.40", "2027-01-22"),
    ])
    name, email = BUYERS["tomas"]
    new = ("Olá Tomás, bom dia!\n\n"
           "Recebemos o pedido 4700220250, obrigado. Antes de confirmar preciso esclarecer dois pontos:\n\n"
           "1) A pimenta-do-reino ASTA 500 g/l: vocês querem em grão ou moída (malha 30)? O preço de USD 5,90/kg\n"
           "   vale para grão; a moída fica mais cara.\n"
           "2) Podemos embarcar em sacos de 50 kg em vez de 25 kg? Os sacos de 25 kg estão em falta até\n"
           "   janeiro.\n\n"
           "O cravo é da safra 2026 (lote CR-2611, colheita set/2026). Assim que tiver seu retorno envio a\n"
           "confirmação com as datas de embarque.\n\n"
           "Abraço,\n"
           "Renata Okamoto\n"
           "Exportação | Especiarias Vale do Ribeira Ltda. | Registro-SP | +55 13 5555-0821\n")
    attrib = f"Em qui., 5 de nov. de 2026 às 06:14, {name} <{email}> escreveu:"
    eml = gmail_reply(p, ("Renata Okamoto", "renata@valedoribeira.example"), new, attrib,
                      T("2026-11-06 10:05:39", -180),
                      "<CAJ9fW3m8V2pXnQb_4cRt6LkDy0sHe7uGo1ZaNi5BqMw3Tx8vUg@mail.gmail.example>",
                      "000000000000e1d93b0625e5a7f4")
    return [p], eml, expected("needs_review", "Questions (ground vs whole, 50 kg sacks) before any confirmation.")


# ---------------------------------------------------------------------------------------------
@case(23, "filters-signed-stamped-po", "confirmation/en-IN",
      "Our own PO PDF returned signed and stamped with typed remarks beside lines (OK, rate revised, dispatch date only); the body just says 'see remarks'; a signature date 06/11/2026 is day-first.")
def c023():
    s = sup("SGPNEU", "Shree Ganesh Pneumatics Pvt. Ltd.", "sales@sgpneumatics.example", "en-IN")
    p = po("4700220118", s, "priya", "USD", "2026-11-02", [
        ln("SGP-FE-G12-001", "Coalescing filter element 0.01 micron, G 1/2, 1200 l/min", 60, "EA", "18.40",
           "2026-12-11"),
        ln("SGP-FE-G34-1", "Particulate filter element 1 micron, G 3/4", 60, "EA", "14.90", "2026-12-11"),
        ln("SGP-AC-G1-003", "Activated carbon element 0.003 ppm oil, G 1", 24, "EA", "39.50", "2026-12-11"),
        ln("SGP-DRN-16B", "Automatic float drain, max 16 bar", 30, "EA", "21.00", "2026-12-11"),
    ])
    assert wd("2026-12-18") == "Fri"
    notes = {1: "OK", 2: "OK - 60 nos", 3: "Rate revised USD 42.00/pc", 4: "Disp. 18/12/2026"}
    sig = [("tci", 340, 140, 16, "R. K. Mehta"), ("line", 330, 132, 520, 132),
           ("t", 340, 120, 8, "Authorised Signatory"), ("t", 340, 108, 8, "Date: 06/11/2026")]
    data = po_pdf(p, notes, stamp=["SHREE GANESH PNEUMATICS PVT. LTD.", "ACCEPTED - SUBJECT TO REMARKS",
                                   "Plot 44, MIDC Bhosari, Pune 411026"], signature=sig)
    name, email = BUYERS["priya"]
    new = ("Dear Madam,\n\n"
           "Greetings from Shree Ganesh Pneumatics!\n\n"
           "Please find attached duly signed and stamped PO copy for your reference and records.\n"
           "Kindly note the remarks mentioned against the items.\n\n"
           "Thanks & Regards,\n"
           "Rajesh Mehta\n"
           "Manager - Exports\n"
           "Shree Ganesh Pneumatics Pvt. Ltd.\n"
           "Mob: +91 98220 55512\n")
    attrib = f"On Mon, 2 Nov 2026 at 13:44, {name} <{email}> wrote:"
    att = mime.attachment(data, "application/pdf", "PO_4700220118_signed.pdf")
    eml = gmail_reply(p, ("Rajesh Mehta", "rajesh.mehta@sgpneumatics.example"), new, attrib,
                      T("2026-11-06 15:27:03", 330),
                      "<CAPk2xR7y_Nq0bV4sT9mWc3Ld8hJe1fUo6ZgKa5XpBi2Qr7tYnw@mail.gmail.example>",
                      "000000000000f0a26c0625e60d18", attachments=[att], mixed_boundary="000000000000f0a2710625e60d1a")
    return [p], eml, expected("confirmation",
                              "Remarks in the returned PO: L3 USD 42.00; L4 dispatch 18/12/2026 (ship date only); "
                              "L1/L2 OK.",
                              [conf(p, {1: A, 2: A, 3: chg(24, "42.00", "2026-12-11"), 4: chg(30, "21.00", "2026-12-18")})])


# ---------------------------------------------------------------------------------------------
@case(24, "vet-exchange-ndr", "bounce/pt-PT",
      "Exchange Online NDR with HTML explanation, a delivery-status part and the original request attached.")
def c024():
    s = sup("VETLUSA", "VetLusa Produtos Veterinários, Lda.", "encomendas@vetlusa.example", "pt-PT")
    p = po("4700220288", s, "ilse", "EUR", "2026-11-06", [
        ln("VL-AMOX-150-100", "Amoxicillin 150 mg/ml inj. suspension, 100 ml vial", 120, "EA", "9.85", "2026-12-04"),
        ln("VL-MEL-15-100", "Meloxicam 15 mg/ml oral suspension, 100 ml", 80, "EA", "12.40", "2026-12-04"),
    ])
    name, email = BUYERS["ilse"]
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>"
            "<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Your message to encomendas@vetlusa.example "
            "couldn't be delivered.</font></b></p><p><font size=\"2\" face=\"Tahoma\">encomendas wasn't found at "
            "vetlusa.example.</font></p><table><tr><td>Ilse Vandamme</td><td>Office 365</td><td>encomendas</td></tr>"
            "<tr><td>Action Required</td><td></td><td>Recipient</td></tr></table>"
            "<p><b>Unknown To address</b></p><p>How to Fix It<br>The address may be misspelled or may not exist. "
            "Try one or more of the following: Retype the recipient's address, then resend the message.</p>"
            "<p>Diagnostic information for administrators:<br>Generating server: AM9PR07MB7202.eurprd07.prod.outlook.example"
            "<br>encomendas@vetlusa.example<br>Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
            "Recipient not found by SMTP address lookup'<br>Original message headers:<br>...</p></body></html>\n")
    txt = ("Your message to encomendas@vetlusa.example couldn't be delivered.\n\n"
           "encomendas wasn't found at vetlusa.example.\n\n"
           "Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP\n"
           "address lookup'\n")
    ds = mime.delivery_status(
        [("Reporting-MTA", "dns;AM9PR07MB7202.eurprd07.prod.outlook.example"),
         ("Received-From-MTA", "dns;AM9PR07MB7203.eurprd07.prod.outlook.example"),
         ("Arrival-Date", "Fri, 6 Nov 2026 09:20:14 +0000")],
        [[("Final-Recipient", "rfc822;encomendas@vetlusa.example"), ("Action", "failed"), ("Status", "5.1.10"),
          ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP "
                              "address lookup")]])
    orig = original_request(p, "Fri, 6 Nov 2026 10:20:10 +0100", "<encomendas@vetlusa.example>")
    body = mime.Multi("report", [
        mime.Multi("alternative", [mime.text(txt, "plain", "us-ascii", "7bit"),
                                   mime.text(html, "html", "us-ascii", "7bit")],
                   "_001_74a1e0c3d2b64f1a9e8c0b5d7f2a3e61_"),
        ds, mime.rfc822(orig)], "_000_74a1e0c3d2b64f1a9e8c0b5d7f2a3e61_", params="report-type=delivery-status")
    eml = mime.message(hdrs(
        mime.addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kestrel-procurement.example"),
        mime.addr(name, email), "Undeliverable: " + request_subject(p), T("2026-11-06 09:20:16", 0),
        "<74a1e0c3-d2b6-4f1a-9e8c-0b5d7f2a3e61@AM9PR07MB7202.eurprd07.prod.outlook.example>", rid(p), rid(p),
        extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
               ("Content-Language", "en-US")]), body)
    return [p], eml, expected("bounce", "Exchange NDR 5.1.10 recipient not found.")


# ---------------------------------------------------------------------------------------------
@case(25, "traad-shared-inbox-received", "auto_reply/da-DK",
      "Danish shared-inbox 'we have received your mail' auto-answer that promises a reply within 2 working days.")
def c025():
    s = sup("DKTRAAD", "Dansk Trådvarefabrik A/S", "ordre@dansktraad.example", "da-DK")
    p = po("4700220301", s, "maren", "EUR", "2026-11-06", [
        ln("DTF-NET-50-2.0", "Welded wire mesh 50x50 mm, wire 2.0 mm, galvanised, roll 1.0 x 25 m", 60, "ROLL",
           "48.90", "2026-12-11"),
        ln("DTF-WIRE-3.0", "Galvanised steel wire 3.0 mm, coil 50 kg", 1200, "KG", "1.61", "2026-12-11"),
    ])
    name, email = BUYERS["maren"]
    txt = ("Kære kunde\n\n"
           "Tak for din henvendelse. Vi har modtaget din mail, og den er sendt videre til en medarbejder\n"
           "i ordrekontoret. Du hører fra os hurtigst muligt og normalt inden for 2 arbejdsdage.\n\n"
           "Dette er en automatisk genereret besked - du skal ikke svare på den.\n\n"
           "Med venlig hilsen\n"
           "Dansk Trådvarefabrik A/S\n"
           "Ordrekontoret | Industrivej 31 | 7400 Herning | Tlf. 97 12 40 00\n")
    body = mime.text(txt, "plain", "iso-8859-1", "quoted-printable")
    eml = mime.message(hdrs(mime.addr("Dansk Trådvarefabrik - Ordre", "ordre@dansktraad.example", "iso-8859-1", "Q"),
                            mime.addr(name, email), "SV: " + request_subject(p), T("2026-11-06 10:22:07", 60),
                            "<a91c47e2f0b34d8e9c6b5a1f2e3d4c5b@dansktraad.example>", rid(p), rid(p),
                            extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")]), body)
    return [p], eml, expected("auto_reply", "Shared inbox receipt notice; no commitment.")


# ---------------------------------------------------------------------------------------------
@case(26, "hotel-kuchyna-tyzden-2027", "confirmation/sk-SK",
      "Slovak Outlook reply: one line moved to '2. týždeň 2027' (Friday 15 Jan), one to '15. 1. 2027' with spaces; '10 x GN 1/1' and '3,5 kW' are not quantities or prices.")
def c026():
    s = sup("GASTROSK", "Gastro Technika Slovakia s.r.o.", "objednavky@gastrotechnika.example", "sk-SK")
    p = po("4700220333", s, "tomas", "EUR", "2026-11-05", [
        ln("GTS-KONV-101", "Combi steamer 10 x GN 1/1, electric, 400 V", 1, "EA", "7480.00", "2026-12-18"),
        ln("GTS-IND-35", "Induction hob 3.5 kW, countertop", 6, "EA", "412.00", "2026-12-18"),
        ln("GTS-UMYV-50", "Hood-type dishwasher 50x50 basket, 400 V", 2, "EA", "3190.00", "2026-12-18"),
    ])
    assert kw(2, 2027) == "2027-01-15"
    new = ("Dobrý deň, pán Ferreira,\n\n"
           "ďakujeme za objednávku 4700220333. Potvrdzujeme:\n\n"
           "1. Konvektomat 10 x GN 1/1, 400 V – 1 ks, 7 480,00 EUR, dodanie v 2. týždni 2027 (výrobca má\n"
           "   celozávodnú dovolenku od 21. 12.).\n"
           "2. Indukčný varič 3,5 kW – 6 ks, 412,00 EUR/ks, dodanie 18. 12. 2026 podľa objednávky.\n"
           "3. Umývačka riadu s kapotou 50x50 – 2 ks, 3 190,00 EUR/ks, dodanie do 15. 1. 2027.\n\n"
           "S pozdravom\n"
           "Ing. Zuzana Kováčová\n"
           "obchodné oddelenie\n"
           "Gastro Technika Slovakia s.r.o. | Vajnorská 142, 831 04 Bratislava | +421 2 555 67 320\n")
    eml = outlook_reply(p, ("Zuzana Kováčová", "kovacova@gastrotechnika.example"), new, "sk",
                        "štvrtok 5. novembra 2026 10:41", T("2026-11-10 14:18:55", 60),
                        "<DU2PR04MB8822B3F1A9C04E6D7B2E5F18DU2PR04MB8822eurp@DU2PR04MB8822.eurprd04.prod.outlook.example>",
                        "_000_DU2PR04MB8822B3F1A9C04E6D7B2E5F18DU2PR04MB8822eurp_", html_lang="SK",
                        subj_charset="utf-8")
    return [p], eml, expected("confirmation",
                              "L1 week 2/2027 -> Fri 2027-01-15; L3 15. 1. 2027; L2 as ordered. 21. 12. is a "
                              "factory holiday.",
                              [conf(p, {1: chg(1, "7480.00", "2027-01-15"), 2: A, 3: chg(2, "3190.00", "2027-01-15")})])


# ---------------------------------------------------------------------------------------------
@case(27, "vet-lot-expiry-partial-sapt3", "confirmation/ro-RO",
      "Romanian reply for veterinary packs listing lot numbers and expiry dates beside each line; one line 40 now + 20 'în săptămâna 3' of 2027.")
def c027():
    s = sup("VETCARP", "VetPharm Carpați S.R.L.", "vanzari@vetpharm-carpati.example", "ro-RO")
    p = po("4700220360", s, "ilse", "EUR", "2026-11-05", [
        ln("VPC-ENRO-10-100", "Enrofloxacin 10% oral solution, 100 ml, pack of 10", 60, "PK", "54.20",
           "2026-12-02"),
        ln("VPC-IVER-1-50", "Ivermectin 1% injectable, 50 ml, pack of 6", 25, "PK", "38.70", "2026-12-02"),
        ln("VPC-OXY-LA-100", "Oxytetracycline LA 200 mg/ml, 100 ml, pack of 12", 30, "PK", "66.00", "2026-12-02"),
    ])
    assert kw(3, 2027) == "2027-01-22" and wd("2026-12-02") == "Wed"
    new = ("Bună ziua, doamna Vandamme,\n\n"
           "Vă confirmăm comanda 4700220360 după cum urmează:\n\n"
           "1. Enrofloxacină 10% soluție orală 100 ml (cutie 10 buc.) – avem în stoc doar 40 cutii, lot\n"
           "   EN2608, exp. 08/2028, livrare 02.12.2026; restul de 20 cutii în săptămâna 3 din 2027 (lot nou).\n"
           "2. Ivermectină 1% 50 ml (cutie 6 buc.) – 25 cutii, lot IV2544, exp. 11/2027, livrare 02.12.2026,\n"
           "   preț 38,70 EUR/cutie.\n"
           "3. Oxitetraciclină LA 200 mg/ml 100 ml (cutie 12 buc.) – 30 cutii, lot OX2611, exp. 05/2028,\n"
           "   livrare 02.12.2026, preț 66,00 EUR/cutie.\n\n"
           "Prețurile rămân conform comenzii. Certificatele de analiză (CoA) din 14.10.2026 sunt atașate la livrare.\n\n"
           "Cu stimă,\n"
           "Andreea Popescu\n"
           "Departament Vânzări\n"
           "VetPharm Carpați S.R.L. | Str. Zizinului 112, 500407 Brașov | +40 268 555 019\n")
    eml = outlook_reply(p, ("Andreea Popescu", "andreea.popescu@vetpharm-carpati.example"), new, "ro",
                        "joi, 5 noiembrie 2026 09:33", T("2026-11-11 11:40:02", 120),
                        "<VI1P195MB0733C0E4D2A1F9B83E6C7D52VI1P195MB0733EURP@VI1P195MB0733.EURP195.PROD.OUTLOOK.example>",
                        "_000_VI1P195MB0733C0E4D2A1F9B83E6C7D52VI1P195MB0733EURP_", html_lang="RO")
    return [p], eml, expected("confirmation",
                              "L1 split 40 on 02.12.2026 + 20 in week 3/2027 (Fri 2027-01-22); lots, expiry (08/2028) "
                              "and CoA dates are noise.",
                              [conf(p, {1: chg(60, "54.20", "2027-01-22", [(40, "2026-12-02"), (20, "2027-01-22")]),
                                        2: A, 3: A})])


# ---------------------------------------------------------------------------------------------
@case(28, "brtve-cjenik-2027", "unrelated/hr-HR",
      "Croatian price list for 2027 sent to the buyer of an open PO, with validity dates and per-100 prices for the same O-rings we ordered.")
def c028():
    s = sup("BRTVEZG", "Brtve Zagreb d.o.o.", "prodaja@brtve-zagreb.example", "hr-HR")
    p = po("4700220372", s, "jonas", "EUR", "2026-11-04", [
        ln("BZ-OR-NBR-20x2", "O-ring NBR 70, 20 x 2 mm", 1000, "EA", "0.045", "2026-12-07"),
        ln("BZ-OR-EPDM-32x3", "O-ring EPDM 70, 32 x 3 mm", 500, "EA", "0.092", "2026-12-07"),
    ])
    name, email = BUYERS["jonas"]
    txt = ("Poštovani,\n\n"
           "u privitku Vam šaljemo naš novi cjenik za 2027. godinu. Cijene vrijede od 01.01.2027. do 31.12.2027.\n"
           "Cijene su izražene u EUR po 100 komada, bez PDV-a, FCA Zagreb.\n\n"
           "Izvadak:\n"
           "  O-prsten NBR 70, 20 x 2 mm ........ 4,80 EUR / 100 kom\n"
           "  O-prsten EPDM 70, 32 x 3 mm ....... 9,90 EUR / 100 kom\n"
           "  O-prsten FKM 80, 50 x 3,5 mm ...... 38,00 EUR / 100 kom\n\n"
           "Narudžbe zaprimljene do 18.12.2026. obračunavamo po starim cijenama.\n\n"
           "Srdačan pozdrav,\n"
           "Ivana Horvat\n"
           "Prodaja | Brtve Zagreb d.o.o. | Slavonska avenija 52, 10000 Zagreb | +385 1 555 3140\n")
    xl = __import__("aalib.xlsx", fromlist=["build"]).build([
        ["Šifra", "Opis", "Materijal", "Dimenzija", "Cijena EUR / 100 kom", "Vrijedi od", "Vrijedi do"],
        ["BZ-OR-NBR-20x2", "O-prsten", "NBR 70", "20 x 2", 4.8, "01.01.2027.", "31.12.2027."],
        ["BZ-OR-EPDM-32x3", "O-prsten", "EPDM 70", "32 x 3", 9.9, "01.01.2027.", "31.12.2027."],
        ["BZ-OR-FKM-50x3.5", "O-prsten", "FKM 80", "50 x 3,5", 38.0, "01.01.2027.", "31.12.2027."],
    ], sheet="Cjenik 2027")
    body = mime.Multi("mixed", [mime.text(txt, "plain", "windows-1250", "quoted-printable"),
                                mime.attachment(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                                "Cjenik_2027_Brtve_Zagreb.xlsx")],
                      "----=_Part_118402_1730921166.1793520000000")
    eml = mime.message(hdrs(mime.addr("Ivana Horvat", "ivana.horvat@brtve-zagreb.example"), mime.addr(name, email),
                            "Cjenik 2027 / Price list 2027", T("2026-11-12 08:45:00", 60),
                            "<1730921166.118402.1793520000000@mail.brtve-zagreb.example>",
                            extra=[("X-Mailer", "Zimbra 9.0.0_GA_4626")]), body)
    return [p], eml, expected("unrelated", "Price list for 2027, not an answer to PO 4700220372.")


# ---------------------------------------------------------------------------------------------
@case(29, "stage-big5-ship-vs-eta", "confirmation/zh-TW",
      "Big5 reply from a Taiwanese stage-equipment maker giving both 出貨日 (ship 12/10) and 預計到貨 (delivery 12/17): delivery wins; 'F34', 'DMX 512' and 'PAR 64' are names.")
def c029():
    s = sup("TWSTAGE", "Formosa Stage Equipment Co., Ltd.", "sales@formosastage.example", "zh-TW")
    p = po("4700220409", s, "priya", "USD", "2026-11-04", [
        ln("FSE-PAR64-LED", "LED PAR 64, 18 x 10 W RGBW, DMX 512", 40, "EA", "96.00", "2026-12-14"),
        ln("FSE-DMX-SPL8", "DMX 512 splitter 1 in / 8 out", 6, "EA", "184.00", "2026-12-14"),
        ln("FSE-CLAMP-G", "G-clamp for 48-51 mm tube, 100 kg", 80, "EA", "4.20", "2026-12-14"),
    ])
    new = ("Priya 您好：\n\n"
           "感謝您的訂單 4700220409，確認如下（本公司訂單號 FS-261108）：\n\n"
           "1. LED PAR 64 (18 x 10W RGBW)：40 台，單價 USD 96.00\n"
           "2. DMX 512 分配器 1 進 8 出：6 台，單價 USD 184.00\n"
           "3. G 型夾 (48-51 mm)：80 個，單價 USD 4.20\n\n"
           "以上三項同批出貨：\n"
           "出貨日：2026/12/10（基隆港）\n"
           "預計到貨：2026/12/17（Venlo）\n\n"
           "如有任何問題請告知，謝謝。\n\n"
           "林怡君 Annie Lin\n"
           "業務部 Formosa Stage Equipment Co., Ltd.\n"
           "TEL: +886-2-2555-8812\n")
    name, email = BUYERS["priya"]
    txt = new + "\n" + f"Priya Raman 於 2026/11/4 下午 04:20 寫道：\n" + quote(request_text(p))
    body = mime.text(txt, "plain", "big5", "base64")
    eml = mime.message(hdrs(mime.addr("林怡君 Annie Lin", "annie.lin@formosastage.example", "big5"),
                            mime.addr(name, email), "Re: " + request_subject(p), T("2026-11-06 14:02:48", 480),
                            "<0d8a41c5-7e2b-4f93-b6a0-3c1e9f2d5a74@formosastage.example>", rid(p), rid(p),
                            extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0")]),
                       body)
    return [p], eml, expected("confirmation",
                              "All lines at PO prices; ship 2026/12/10 but delivery (預計到貨) 2026/12/17 wins.",
                              [conf(p, {1: chg(40, "96.00", "2026-12-17"), 2: chg(6, "184.00", "2026-12-17"),
                                        3: chg(80, "4.20", "2026-12-17")})])


# ---------------------------------------------------------------------------------------------
@case(30, "led-three-open-two-answered", "confirmation/en-US",
      "Three open POs with one supplier; the reply answers two of them line by line and says the third 'will follow separately', which must be left out.")
def c030():
    s = sup("BRIGHTLN", "Brightline LED Supply LLC", "orders@brightlineled.example", "en-US")
    pa = po("4700220415", s, "maren", "USD", "2026-11-02", [
        ln("BL-HB-150W", "LED high bay 150 W, 5000 K, 1-10V", 36, "EA", "118.00", "2026-12-04"),
        ln("BL-HB-BRKT", "High bay mounting bracket", 36, "EA", "9.40", "2026-12-04"),
    ])
    pb = po("4700220427", s, "maren", "USD", "2026-11-03", [
        ln("BL-WP-40W", "LED wall pack 40 W, photocell, 4000 K", 50, "EA", "46.50", "2026-12-09"),
        ln("BL-PS-20W", "Emergency driver 20 W, 90 min", 50, "EA", "38.00", "2026-12-09"),
        ln("BL-SENS-PIR", "PIR occupancy sensor, ceiling, 360 deg", 100, "EA", "17.25", "2026-12-09"),
    ])
    pc = po("4700220433", s, "maren", "USD", "2026-11-04", [
        ln("BL-STRIP-4FT", "LED strip fixture 4 ft, 40 W", 200, "EA", "24.80", "2026-12-16"),
    ])
    assert wd("2026-12-11") == "Fri"
    new = ("Hi Maren,\n\n"
           "Here's where we are on your open POs:\n\n"
           "PO 4700220415\n"
           "  - 150W high bays: 36 pcs @ $118.00, deliver 12/4\n"
           "  - Brackets: 36 pcs @ $9.40, deliver 12/4\n\n"
           "PO 4700220427\n"
           "  - 40W wall packs: 50 pcs @ $46.50, deliver 12/9\n"
           "  - 20W emergency drivers: backordered at the factory, best we can do is 12/11 for all 50 @ $38.00\n"
           "  - PIR sensors: 100 pcs @ $17.25, deliver 12/9\n\n"
           "PO 4700220433 (4 ft strips) - still waiting on pricing from the manufacturer, will follow separately\n"
           "early next week.\n\n"
           "Thanks!\n"
           "Kayla Brooks\n"
           "Inside Sales | Brightline LED Supply LLC | 4120 Commerce Blvd, Tampa, FL 33610 | (813) 555-0177\n")
    eml = outlook_reply(pa, ("Kayla Brooks", "kbrooks@brightlineled.example"), new, "en",
                        "Monday, November 2, 2026 3:12 AM", T("2026-11-05 13:26:10", -300),
                        "<BY5PR17MB3944A0E2C7D14F5B96A3E1C8BY5PR17MB3944namp@BY5PR17MB3944.namprd17.prod.outlook.example>",
                        "_000_BY5PR17MB3944A0E2C7D14F5B96A3E1C8BY5PR17MB3944namp_",
                        subject="RE: Open POs 4700220415 / 4700220427 / 4700220433", html_lang="EN-US", font="Aptos")
    return [pa, pb, pc], eml, expected("confirmation",
                                       "Two of three POs answered; PO 4700220433 only mentioned ('will follow "
                                       "separately') and left out. Emergency drivers moved to 12/11.",
                                       [conf(pa, {1: A, 2: A}),
                                        conf(pb, {1: A, 2: chg(50, "38.00", "2026-12-11"), 3: A})])


# ---------------------------------------------------------------------------------------------
@case(31, "kataseis-logariasmou", "unrelated/el-GR",
      "Greek statement of account (windows-1253) listing invoices, due dates and a balance, mentioning one of our PO numbers in an invoice line.")
def c031():
    s = sup("HELLASW", "Hellas Weld Gases A.E.", "pwliseis@hellasweld.example", "el-GR")
    p = po("4700220458", s, "jonas", "EUR", "2026-11-06", [
        ln("HWG-O2-40", "Oxygen 2.5, cylinder 40 l / 150 bar", 10, "CYL", "24.00", "2026-12-03"),
        ln("HWG-C2H2-40", "Acetylene, cylinder 40 l", 6, "CYL", "61.00", "2026-12-03"),
    ])
    name, email = BUYERS["jonas"]
    txt = ("Αξιότιμοι κύριοι,\n\n"
           "σας αποστέλλουμε την καρτέλα του λογαριασμού σας με ημερομηνία 31/10/2026:\n\n"
           "Τιμολόγιο   Ημ/νία       Παραγγελία    Ποσό (EUR)   Λήξη\n"
           "ΤΔΑ 4471    02/09/2026   4700218112      1.240,00   02/10/2026\n"
           "ΤΔΑ 4590    23/09/2026   4700218540        612,50   23/10/2026\n"
           "ΤΔΑ 4718    14/10/2026   4700219003        884,00   13/11/2026\n"
           "Πληρωμή     05/10/2026                  -1.240,00\n\n"
           "Υπόλοιπο: 1.496,50 EUR, εκ των οποίων ληξιπρόθεσμο: 612,50 EUR.\n\n"
           "Παρακαλούμε για την εξόφληση του ληξιπρόθεσμου ποσού.\n\n"
           "Με εκτίμηση,\n"
           "Λογιστήριο\n"
           "Hellas Weld Gases A.E. | Λεωφ. Σχιστού 118, 18863 Πέραμα | τηλ. 210 555 4120\n")
    body = mime.text(txt, "plain", "windows-1253", "quoted-printable")
    eml = mime.message(hdrs(mime.addr("Λογιστήριο Hellas Weld", "logistirio@hellasweld.example", "windows-1253"),
                            mime.addr(name, email), "Καρτέλα πελάτη 31/10/2026 - Kestrel Procurement",
                            T("2026-11-09 12:05:33", 120), "<5e2b8c10-a7d4-49f1-8c3e-0b6d2f9a1e57@hellasweld.example>",
                            subj_charset="windows-1253"), body)
    return [p], eml, expected("unrelated", "Statement of account; the POs in it are older, already invoiced orders.")


# ---------------------------------------------------------------------------------------------
@case(32, "fiskeutstyr-supplier-ordernr-only", "confirmation/nb-NO",
      "Norwegian confirmation that names only the supplier's own order number 230771 in the body (our PO only in the subject), with 'uke 50' for one line.")
def c032():
    s = sup("NORDFISK", "Nordfisk Utstyr AS", "ordre@nordfiskutstyr.example", "nb-NO")
    p = po("4700220471", s, "ilse", "EUR", "2026-11-05", [
        ln("NFU-JIG-200G", "Pirk jig 200 g, silver/blue", 300, "EA", "3.90", "2026-12-04"),
        ln("NFU-HOOK-6/0", "Treble hook 6/0, stainless", 1000, "EA", "0.56", "2026-12-04"),
        ln("NFU-BRAID-0.20", "Braided line 0.20 mm, 8-strand, 300 m", 80, "EA", "18.40", "2026-12-04"),
    ])
    assert kw(50) == "2026-12-11"
    name, email = BUYERS["ilse"]
    new = ("Hei Ilse,\n\n"
           "Takk for bestillingen. Vi har registrert den som vår ordre 230771 og bekrefter følgende:\n\n"
           "- Pilker 200 g sølv/blå: 300 stk à 3,90 EUR, levering 4. desember\n"
           "- Trekroker 6/0 rustfri: 1000 stk à 0,56 EUR, levering 4. desember\n"
           "- Flettesene 0,20 mm 300 m: 80 spoler à 18,40 EUR, levering uke 50\n\n"
           "Ordrebekreftelse 230771 sendes også per post.\n\n"
           "Vennlig hilsen\n"
           "Ola Haugen\n"
           "Nordfisk Utstyr AS | Strandkaien 14, 6002 Ålesund | +47 70 55 31 90\n")
    # Apple Mail reply with the quote deleted by the sender: our PO number appears only in the subject
    txt = new
    html = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
            "<body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;\">"
            + div_lines(new) + "</body></html>\n")
    body = mime.Multi("alternative", [mime.text(txt, "plain", "utf-8", "quoted-printable"),
                                      mime.text(html, "html", "utf-8", "quoted-printable")],
                      "Apple-Mail=_4B7E1C2A-9D3F-4A8B-B6E5-0C1D2F3A4B5C")
    eml = mime.message(hdrs(mime.addr("Ola Haugen", "ola.haugen@nordfiskutstyr.example"), mime.addr(name, email),
                            "Re: " + request_subject(p), T("2026-11-06 13:37:21", 60),
                            "<8A3F2E1D-6C5B-4A90-8F7E-1D2C3B4A5F60@nordfiskutstyr.example>", rid(p), rid(p),
                            extra=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]), body)
    return [p], eml, expected("confirmation",
                              "Our PO number only in the subject (and quote); braid in uke 50 -> Fri 2026-12-11.",
                              [conf(p, {1: A, 2: A, 3: chg(80, "18.40", "2026-12-11")})])
