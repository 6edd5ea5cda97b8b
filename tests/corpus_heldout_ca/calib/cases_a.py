"""Cases 001-018."""
from . import mime, pdf
from .common import (BUYER_CO, L, REJ, UNC, acc, allacc, case, chg, chgp, conf, exp_conf, exp_other, outlook_loc,
                     po, request_subject, request_text, rfc_date, rid, sup)
from .reply import hx, new_mail, reply, request_message, mid_for


def C(pos, eml, expected):
    return {"pos": pos, "eml": eml, "expected": expected}


@case("lens-gaskets-confirmed-one-liner", "confirmation/en-GB",
      "A one-line Outlook confirmation whose only date is the day-first '11/12' (11 December), with sizes such as 12x20 and 300/4 in the quoted descriptions.")
def c001():
    s = sup("PHAROS", "Pharos Seals Ltd", "orders@pharos-seals.example", "en-GB")
    p = po("4500081201", s, "mk", "GBP", "2026-11-09", [
        L("PLG-1220", "Lens gasket 12x20 mm, silicone, 70 Shore A", 400, "EA", "1.85", "2026-12-11"),
        L("PLG-3040", "Gasket ring 300/4 x 40 mm, EPDM (2027 spec)", 60, "EA", "14.20", "2026-12-11"),
        L("PLG-PRM05", "Bonding primer for lens gaskets, 0.5 L tin", 6, "EA", "22.60", "2026-12-11"),
    ])
    body = ("Hi Morag,\n\nConfirmed as ordered - all three lines, delivery 11/12.\n\nRegards\n\nGareth Penrose\n"
            "Sales Office | Pharos Seals Ltd\nUnit 7, Trevithick Road, Camborne TR14 0HL\nT: +44 1209 555 318\n\n"
            "Pharos Seals Ltd is registered in England and Wales, company no. 04417208. This e-mail and any attachments are confidential.\n")
    eml = reply(p, "c001", "outlook", ("Gareth Penrose", "gareth.penrose@pharos-seals.example"),
                rfc_date(2026, 11, 10, 11, 42, 7, "+0000"), body, lang_hdr="en-GB")
    return C([p], eml, exp_conf([allacc(p)], "One-liner; '11/12' is day-first en-GB for 11 December = requested date, so all lines accepted."))


@case("tofu-presses-inline-kw51", "confirmation/de-DE",
      "Thunderbird inline answers under each quoted PO line in ISO-8859-15: one line moves to 'KW 51' (Friday 18.12.), one gets a new price, one is confirmed as ordered.")
def c002():
    s = sup("SOJATEC", "Sojatec Pressen GmbH", "auftrag@sojatec.example", "de-DE")
    p = po("4500081202", s, "tl", "EUR", "2026-11-10", [
        L("TP-400", "Tofu press 400x300 mm, stainless 1.4301", 4, "EA", "1890.00", "2026-12-04"),
        L("TP-FT12", "Press cloth 120x80 cm, polyester", 40, "EA", "7.40", "2026-12-04"),
        L("TP-ZYL24", "Pneumatic cylinder 24V, stroke 150 mm", 4, "EA", "312.00", "2026-12-04"),
    ])
    ln = p["lines"]
    body = "\n".join([
        "Hallo Herr Lind,", "",
        "vielen Dank für Ihre Bestellung, unsere Antworten direkt unter den Positionen:", "",
        "Am 10.11.2026 um 09:14 schrieb Tobias Lind:",
        "> please find below our purchase order 4500081202 dated 2026-11-10. Kindly confirm",
        "> quantities, unit prices and delivery dates by return mail, referencing the PO number.",
        ">",
        "> 1  TP-400   Tofu press 400x300 mm, stainless 1.4301  4  EA  1890.00 EUR  2026-12-04",
        "",
        "bestätigt, Liefertermin KW 51 (die Edelstahlwannen kommen erst Mitte Dezember).",
        "",
        "> 2  TP-FT12  Press cloth 120x80 cm, polyester        40  EA     7.40 EUR  2026-12-04",
        "",
        "bestätigt wie bestellt.",
        "",
        "> 3  TP-ZYL24 Pneumatic cylinder 24V, stroke 150 mm     4  EA   312.00 EUR  2026-12-04",
        "",
        "bestätigt, Termin wie gewünscht, aber Preis 328,50 EUR/Stk. (Preiserhöhung unseres Zulieferers",
        "zum 01.11., siehe Rundschreiben).",
        "",
        ">",
        "> Delivery terms: DAP Rotterdam (Incoterms 2020), to Calder & Finch Trading B.V.",
        "> Kind regards",
        "> Tobias Lind",
        "",
        "Mit freundlichen Grüßen",
        "",
        "Jürgen Weißhaupt",
        "Auftragsabwicklung",
        "",
        "Sojatec Pressen GmbH | Industriestraße 14 | 73230 Kirchheim unter Teck",
        "Tel. +49 7021 555 410 | Fax +49 7021 555 419",
        "Geschäftsführer: Dr. Anke Mörike | Amtsgericht Stuttgart HRB 731552",
    ]) + "\n"
    eml = reply(p, "c002", "tb", ("Jürgen Weißhaupt", "j.weisshaupt@sojatec.example"),
                rfc_date(2026, 11, 12, 14, 3, 51, "+0100"), body, html=None, quote=None, cs="iso-8859-15",
                subject="Re: " + request_subject(p))
    e = exp_conf([conf(p, {1: chgp(p, 1, date="2026-12-18"), 2: acc(p, 2), 3: chgp(p, 3, price="328.50")})],
                 "Inline answers under quoted lines; KW 51 without a day = Friday 2026-12-18; line 3 keeps the date but the price becomes 328.50.")
    return C([p], eml, e)


@case("pond-liners-shared-inbox-receipt-sv", "auto_reply/sv-SE",
      "A Swedish shared-inbox receipt with a ticket number, opening hours and the quoted PO table: it promises an answer within two working days and commits to nothing.")
def c003():
    s = sup("DAMMDUK", "Dammduk Sverige AB", "order@dammduk.example", "sv-SE")
    p = po("4500081203", s, "ab", "SEK", "2026-11-11", [
        L("DD-EPDM-1010", "EPDM pond liner 1.0 mm, 10x10 m", 8, "EA", "4890.00", "2026-12-09"),
        L("DD-FLEECE-300", "Protection fleece 300 g/m2, 2x25 m", 16, "ROL", "845.00", "2026-12-09"),
    ])
    body = "\n".join([
        "Hej!", "",
        "Tack för ditt mejl till Dammduk Sverige. Vi har tagit emot ditt meddelande och en av oss på",
        "ordermottagningen återkommer inom två arbetsdagar.", "",
        "Ditt ärendenummer: ORD-2026-11873 (ange gärna numret om du skriver till oss igen).", "",
        "Öppettider ordermottagningen: måndag–fredag 08.00–16.30.",
        "Mellan den 23 december och den 6 januari har vi begränsad bemanning.", "",
        "Detta är ett automatiskt svar – det går inte att svara på det här mejlet.", "",
        "Med vänliga hälsningar",
        "Dammduk Sverige AB",
        "Verkstadsgatan 9, 302 63 Halmstad | 035-555 20 40 | www.dammduk.example", "",
        "-----Ursprungligt meddelande-----",
        "Från: Aylin Bakker <aylin.bakker@calder-finch.example>",
        "Skickat: den 11 november 2026 09:14",
        "Till: order@dammduk.example",
        "Ämne: " + request_subject(p), "",
    ]) + "\n" + request_text(p)
    h = mime.std_headers(mime.addr("Dammduk Sverige AB Order", "order@dammduk.example"),
                         mime.addr("Aylin Bakker", "aylin.bakker@calder-finch.example"),
                         "Automatiskt svar: " + request_subject(p), rfc_date(2026, 11, 11, 9, 14, 58, "+0100"),
                         "<auto.ORD-2026-11873.1762848898@dammduk.example>", in_reply_to=rid(p), order="apple",
                         extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                ("Precedence", "auto_reply"), ("X-Mailer", "Freshdesk")])
    eml = mime.message(h, mime.text(body, cs="utf-8", cte="quoted-printable"))
    return C([p], eml, exp_other("auto_reply", "Swedish shared-inbox acknowledgement with a ticket number; dates in it (23 December, 6 January) are opening hours, the PO table is only quoted."))


@case("door-rollers-zustellung-18-dezember", "confirmation/de-AT",
      "Austrian Outlook reply in windows-1252: 'Zustellung am 18. Dezember' without a year moves both lines, while 'Betriebsurlaub bis 6. Jänner' is a distractor date.")
def c004():
    s = sup("ALPENLIFT", "Alpenlift Komponenten GmbH", "verkauf@alpenlift.example", "de-AT")
    p = po("4500081204", s, "mk", "EUR", "2026-11-11", [
        L("EDR-62", "Elevator door roller dia. 62 mm, 6202-2RS, polyurethane", 120, "EA", "8.95", "2026-12-11"),
        L("EDR-ECC", "Eccentric bolt M10x40, zinc plated", 120, "EA", "1.35", "2026-12-11"),
    ])
    labels, sent = outlook_loc(p, "de")
    body = "\n".join([
        "Sehr geehrte Frau Keane,", "",
        "danke für Ihre Bestellung 4500081204, die wir zu den angeführten Preisen gerne bestätigen.",
        "Zustellung am 18. Dezember für beide Positionen – früher geht es leider nicht, da die Rollen",
        "erst nach dem Vulkanisieren (ca. 4 Arbeitstage) verpackt werden können.", "",
        "Bitte beachten Sie unseren Betriebsurlaub vom 24. Dezember bis einschließlich 6. Jänner.", "",
        "Mit freundlichen Grüßen aus Graz", "",
        "Ing. Martina Hofbauer",
        "Innendienst / Verkauf",
        "Alpenlift Komponenten GmbH",
        "Puchstraße 85, 8020 Graz, Österreich",
        "T +43 316 555 2270 | M +43 664 555 1187",
        "FN 214873 s, Landesgericht für ZRS Graz", "",
    ]) + "\n"
    eml = reply(p, "c004", "outlook", ("Hofbauer Martina", "m.hofbauer@alpenlift.example"),
                rfc_date(2026, 11, 13, 10, 27, 45, "+0100"), body, labels=labels, sent=sent, cs="windows-1252",
                subject="AW: " + request_subject(p), lang_hdr="de-AT")
    e = exp_conf([conf(p, {1: chgp(p, 1, date="2026-12-18"), 2: chgp(p, 2, date="2026-12-18")})],
                 "'18. Dezember' has no year: next such date after the mail = 2026-12-18; 'Jänner' holiday dates are not delivery dates.")
    return C([p], eml, e)


@case("ballet-barres-fornitura-ticino", "confirmation/it-CH",
      "Swiss Italian Gmail reply with 'fornitura il 18.12.2026', CHF amounts with apostrophe thousands separators and a total that is not a unit price.")
def c005():
    s = sup("BARRETI", "Barre Ticino SA", "ordini@barre-ticino.example", "it-CH")
    p = po("4500081205", s, "tl", "CHF", "2026-11-11", [
        L("BB-W250", "Wall ballet barre 2.5 m, beech, dia. 45 mm", 10, "EA", "189.50", "2026-12-18"),
        L("BB-BR3", "Double wall bracket, 3/4 height adjustable", 20, "EA", "36.00", "2026-12-18"),
        L("BB-FS12", "Freestanding barre 1.2 m, twin rail 85/110 cm", 4, "EA", "412.00", "2026-12-18"),
    ])
    body = "\n".join([
        "Buongiorno signor Lind,", "",
        "confermiamo il vostro ordine n. 4500081205 in tutte le posizioni, quantità e prezzi come da ordine.",
        "Fornitura il 18.12.2026, franco vostro magazzino di Rotterdam.", "",
        "Totale ordine CHF 4'263.00 (IVA esclusa).", "",
        "Cordiali saluti", "",
        "Chiara Bernasconi",
        "Servizio clienti",
        "Barre Ticino SA · Via Cantonale 18 · 6900 Lugano",
        "Tel. +41 91 555 73 20",
    ]) + "\n"
    attrib = "Il giorno mer 11 nov 2026 alle ore 09:14 Tobias Lind <tobias.lind@calder-finch.example> ha scritto:"
    eml = reply(p, "c005", "gmail", ("Chiara Bernasconi", "c.bernasconi@barre-ticino.example"),
                rfc_date(2026, 11, 16, 8, 51, 12, "+0100"), body, attrib=attrib)
    return C([p], eml, exp_conf([allacc(p)], "Swiss Italian; 18.12.2026 equals the requested date, CHF 4'263.00 is the order total (10x189.50 + 20x36 + 4x412)."))


@case("stained-glass-putty-incoterm-exw", "needs_review/it-IT",
      "Italian reply confirming quantities, prices and date but switching DAP Rotterdam to EXW Murano and asking whether that is acceptable, with an optional freight surcharge.")
def c006():
    s = sup("STUCCHI", "Stucchi Vetrate Artistiche S.r.l.", "vendite@stucchivetrate.example", "it-IT")
    p = po("4500081206", s, "jv", "EUR", "2026-11-12", [
        L("SGI-PUT-25", "Glazing putty for leaded lights, 25 kg drum", 12, "EA", "96.00", "2026-12-14"),
        L("SGI-WHT-10", "Whiting (calcium carbonate), 10 kg sack", 20, "EA", "14.50", "2026-12-14"),
    ])
    labels, sent = outlook_loc(p, "it")
    body = "\n".join([
        "Gentile sig. van Dam,", "",
        "grazie per l'ordine 4500081206. Quantità, prezzi e consegna 14/12/2026 vanno bene,",
        "la resa però per noi è EXW Murano (Incoterms 2020) e non DAP Rotterdam, come da nostre",
        "condizioni generali di vendita.", "",
        "Ci confermate se per voi va bene così? In alternativa possiamo organizzare noi il trasporto",
        "fino a Rotterdam con un supplemento forfettario di 185,00 € sull'ordine.", "",
        "Restiamo in attesa di un vostro riscontro prima di inserire l'ordine.", "",
        "Distinti saluti", "",
        "Marco Zanetti",
        "Ufficio vendite",
        "Stucchi Vetrate Artistiche S.r.l.",
        "Fondamenta dei Vetrai 112 – 30141 Murano (VE)",
        "Tel. +39 041 555 2871 – P.IVA 03348120271", "",
        "Ai sensi del Reg. UE 2016/679 le informazioni contenute in questo messaggio sono riservate.",
    ]) + "\n"
    eml = reply(p, "c006", "outlook", ("Marco Zanetti", "m.zanetti@stucchivetrate.example"),
                rfc_date(2026, 11, 13, 15, 8, 2, "+0100"), body, labels=labels, sent=sent, cs="windows-1252",
                subject="R: " + request_subject(p), lang_hdr="it-IT")
    return C([p], eml, exp_other("needs_review", "Values match the PO but the Incoterm changes from DAP to EXW and the supplier asks for agreement before booking: a question for the buyer."))


@case("ukulele-strings-entrega-18-12-ar", "confirmation/es-AR",
      "Argentine voseo Gmail reply: 'entrega el 18/12' (day-first, no year) for two lines and a cancelled third line in the same sentence flow.")
def c007():
    s = sup("CUERPLATA", "Cuerdas del Plata S.R.L.", "ventas@cuerdasdelplata.example", "es-AR")
    p = po("4500081207", s, "rs", "USD", "2026-11-12", [
        L("UKS-SOP", "Ukulele string set soprano GCEA, fluorocarbon .024/.031", 300, "SET", "3.20", "2026-12-11"),
        L("UKS-TEN", "Ukulele string set tenor, low-G wound .035", 150, "SET", "3.85", "2026-12-11"),
        L("UKS-BARI", "Baritone ukulele set DGBE, 2 wound strings", 60, "SET", "4.40", "2026-12-11"),
    ])
    body = "\n".join([
        "Hola Rafael, ¿cómo andás?", "",
        "Te confirmo la orden 4500081207:", "",
        "- Soprano y tenor: cantidades y precios OK, entrega el 18/12 (no llegamos al 11, perdón).",
        "- Barítono: este año no lo vamos a poder fabricar, no tenemos la entorchada de .036. Te la anulamos.", "",
        "Cualquier cosa me avisás.", "",
        "Abrazo,",
        "Lucía Ferreyra",
        "Cuerdas del Plata S.R.L. | Av. Belgrano 2230, C1094 CABA, Argentina",
        "Tel. +54 11 5555-8812 | WhatsApp +54 9 11 5555-3021",
    ]) + "\n"
    attrib = "El jue, 12 nov 2026 a las 5:14, Rafael Soto (<rafael.soto@calder-finch.example>) escribió:"
    eml = reply(p, "c007", "gmail", ("Lucía Ferreyra", "lucia.ferreyra@cuerdasdelplata.example"),
                rfc_date(2026, 11, 18, 17, 36, 40, "-0300"), body, attrib=attrib)
    e = exp_conf([conf(p, {1: chgp(p, 1, date="2026-12-18"), 2: chgp(p, 2, date="2026-12-18"), 3: REJ})],
                 "'18/12' day-first without year = 2026-12-18 for lines 1-2; line 3 cancelled by the supplier = rejected.")
    return C([p], eml, e)


@case("kiln-shelves-barcelona-split", "confirmation/es-ES",
      "Catalan-flavoured Spanish Outlook reply from Barcelona splitting one line into two deliveries (09/12 and 13/01/2027) while the others stay as ordered.")
def c008():
    s = sup("REFMED", "Refractaris Mediterrani S.L.", "comandes@refractaris-med.example", "es-ES")
    p = po("4500081208", s, "ab", "EUR", "2026-11-12", [
        L("KS-SIC-4050", "Kiln shelf SiC 400x500x10 mm", 48, "EA", "58.40", "2026-12-09"),
        L("KS-CORD-3030", "Cordierite kiln shelf 300x300x12 mm", 80, "EA", "17.90", "2026-12-09"),
        L("KS-POST-100", "Kiln post 100 mm, 35x35, set of 4", 25, "SET", "11.60", "2026-12-09"),
    ])
    labels, sent = outlook_loc(p, "es")
    body = "\n".join([
        "Bon dia Aylin,", "",
        "Le confirmamos su pedido 4500081208 de la siguiente manera:", "",
        "Pos. 1 – Placas SiC 400x500x10: 24 uds. el 09/12/2026 y las 24 restantes el 13/01/2027",
        "         (el horno de sinterizado está parado por mantenimiento).",
        "Pos. 2 – Placas cordierita 300x300x12: 80 uds. según pedido, 09/12/2026.",
        "Pos. 3 – Columnas 100 mm (juego de 4): 25 juegos según pedido, 09/12/2026.", "",
        "Precios sin cambios. Moltes gràcies i bon dia!", "",
        "Salutacions cordials,", "",
        "Jordi Puigdomènech i Serra",
        "Departament Comercial",
        "Refractaris Mediterrani S.L.",
        "C/ de la Llacuna 161, 08018 Barcelona",
        "Tel. +34 93 555 41 27", "",
        "AVÍS LEGAL: Aquest missatge i els seus annexos són confidencials. / AVISO LEGAL: Este mensaje es confidencial.",
    ]) + "\n"
    eml = reply(p, "c008", "outlook", ("Jordi Puigdomènech", "jordi.puigdomenech@refractaris-med.example"),
                rfc_date(2026, 11, 16, 12, 4, 33, "+0100"), body, labels=labels, sent=sent, cs="windows-1252",
                subject="RE: " + request_subject(p), lang_hdr="es-ES")
    e = exp_conf([conf(p, {1: chgp(p, 1, date="2027-01-13", schedule=[(24, "2026-12-09"), (24, "2027-01-13")]),
                           2: acc(p, 2), 3: acc(p, 3)})],
                 "Split delivery 24+24 with the last date 2027-01-13; Catalan greetings and sign-off around Spanish content.")
    return C([p], eml, e)


@case("fender-chains-postfix-dsn", "bounce/ru-RU",
      "Postfix multipart/report DSN (550 user unknown) carrying our full original request with the PO table, prices and requested dates as message/rfc822.")
def c009():
    s = sup("PRICHAL", "ООО Причал-Цепь", "zakaz@prichal-cep.example", "ru-RU")
    p = po("4500081209", s, "mk", "EUR", "2026-11-13", [
        L("PC-28-R3", "Fender chain 28 mm R3, 18 m length, galvanised", 6, "EA", "1640.00", "2026-12-16"),
        L("PC-SH-28", "D-shackle for 28 mm chain, 12 t WLL", 24, "EA", "58.00", "2026-12-16"),
    ])
    orig = request_message(p, rfc_date(2026, 11, 13, 9, 14, 2, "+0100"))
    when = rfc_date(2026, 11, 13, 9, 14, 6, "+0100")
    txt = "\n".join([
        "This is the mail system at host mx1.calder-finch.example.", "",
        "I'm sorry to have to inform you that your message could not",
        "be delivered to one or more recipients. It's attached below.", "",
        "For further assistance, please send mail to postmaster.", "",
        "If you do so, please include this problem report. You can",
        "delete your own text from the attached returned message.", "",
        "                   The mail system", "",
        "<zakaz@prichal-cep.example>: host mx.prichal-cep.example[185.5.22.14] said:",
        "    550 5.1.1 <zakaz@prichal-cep.example>: Recipient address rejected: User",
        "    unknown in virtual mailbox table (in reply to RCPT TO command)",
    ]) + "\n"
    ds = ("Reporting-MTA: dns; mx1.calder-finch.example\nX-Postfix-Queue-ID: 4RkT2m0Qz1z9v\n"
          "X-Postfix-Sender: rfc822; morag.keane@calder-finch.example\nArrival-Date: %s\n\n"
          "Final-Recipient: rfc822; zakaz@prichal-cep.example\nOriginal-Recipient: rfc822;zakaz@prichal-cep.example\n"
          "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.prichal-cep.example\n"
          "Diagnostic-Code: smtp; 550 5.1.1 <zakaz@prichal-cep.example>: Recipient address\n"
          "    rejected: User unknown in virtual mailbox table\n") % rfc_date(2026, 11, 13, 9, 14, 3, "+0100")
    parts = [mime.Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], txt.encode()),
             mime.Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], ds.encode()),
             mime.Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig)]
    rep = mime.multi("report", parts, "4RkT2m0Qz1z9v.1763021646/mx1.calder-finch.example", ' report-type=delivery-status;')
    h = [("Return-Path", "<>"), ("Received", "by mx1.calder-finch.example (Postfix) id 4RkT2m0Qz1z9v; " + when),
         ("Date", when), ("From", "MAILER-DAEMON@mx1.calder-finch.example (Mail Delivery System)"),
         ("Subject", "Undelivered Mail Returned to Sender"), ("To", "morag.keane@calder-finch.example"),
         ("Auto-Submitted", "auto-replied"), ("Message-Id", "<20261113081406.4RkT2m0Qz1z9v@mx1.calder-finch.example>")]
    eml = mime.message(h, rep)
    return C([p], eml, exp_other("bounce", "Postfix DSN; the embedded original request contains the complete PO table with prices and dates that must not be read as a confirmation."))


@case("wax-seal-stamps-prix-htva", "confirmation/fr-BE",
      "Belgian French reply: line 2 gets 'prix unitaire 4,25 € HTVA' (decimal comma, excl. VAT) instead of 4,10, both lines delivered on the requested Monday.")
def c010():
    s = sup("CACHETS", "Cachets & Sceaux SPRL", "commandes@cachets-sceaux.example", "fr-BE")
    p = po("4500081210", s, "jv", "EUR", "2026-11-13", [
        L("WS-BR25", "Wax seal stamp 25 mm, brass head, custom monogram", 200, "EA", "11.80", "2026-12-14"),
        L("WS-STK-RED", "Sealing wax stick 11x90 mm, red", 1000, "EA", "4.10", "2026-12-14"),
    ])
    labels, sent = outlook_loc(p, "fr")
    body = "\n".join([
        "Bonjour Monsieur van Dam,", "",
        "Nous vous confirmons la commande 4500081210 :", "",
        "Ligne 1 - cachets laiton 25 mm : 200 pièces, conforme à votre commande.",
        "Ligne 2 - bâtons de cire 11x90 mm : 1000 pièces, prix unitaire 4,25 € HTVA (au lieu de 4,10 €)",
        "suite à la hausse du prix de la cire d'abeille.", "",
        "Livraison de l'ensemble le lundi 14 décembre 2026.", "",
        "Bien à vous,", "",
        "Nathalie Dethier",
        "Cachets & Sceaux SPRL",
        "Rue de la Station 71 - 4000 Liège - Belgique",
        "Tél. +32 4 555 18 92 - TVA BE 0456.789.123",
    ]) + "\n"
    eml = reply(p, "c010", "outlook", ("Nathalie Dethier", "n.dethier@cachets-sceaux.example"),
                rfc_date(2026, 11, 17, 9, 55, 20, "+0100"), body, labels=labels, sent=sent, cs="iso-8859-15",
                subject="RE: " + request_subject(p), lang_hdr="fr-BE")
    e = exp_conf([conf(p, {1: acc(p, 1), 2: chgp(p, 2, price="4.25")})],
                 "'4,25 € HTVA' is the new unit price excl. VAT with a decimal comma; 14 December is the requested date.")
    return C([p], eml, e)


@case("cone-bases-akkoord-iphone", "confirmation/nl-NL",
      "A three-word iPhone reply 'Akkoord, levering conform order' with no numbers at all; everything it confirms is in the quoted request.")
def c011():
    s = sup("VERKEER", "Verkeersmiddelen Holland B.V.", "verkoop@verkeersmiddelen.example", "nl-NL")
    p = po("4500081211", s, "jv", "EUR", "2026-11-13", [
        L("TCB-8KG", "Traffic cone base 8 kg, recycled rubber, 40x40 cm", 250, "EA", "6.75", "2026-12-07"),
        L("TCB-4KG", "Cone base 4 kg for 50/75 cm cones", 150, "EA", "4.20", "2026-12-07"),
    ])
    body = "Hoi Joost,\n\nAkkoord, levering conform order.\n\nGr. Sanne\n\nVerstuurd vanaf mijn iPhone\n"
    attrib = "> Op 13 nov 2026 om 09:14 heeft Joost van Dam <joost.vandam@calder-finch.example> het volgende geschreven:"
    eml = reply(p, "c011", "iphone", ("Sanne de Groot", "sanne@verkeersmiddelen.example"),
                rfc_date(2026, 11, 16, 7, 48, 9, "+0100"), body, html=None, quote="apple", attrib=attrib,
                subject="Re: " + request_subject(p))
    return C([p], eml, exp_conf([allacc(p)], "'Akkoord, levering conform order' = accepted as ordered; all values only in the quote, which is fine because the supplier explicitly agrees to the order."))


@case("ballast-sieves-kw-50-51-ch", "needs_review/de-CH",
      "Swiss German reply accepting prices but giving delivery only as 'in KW 50/51', a two-week window that is no committed date.")
def c012():
    s = sup("GLEISST", "Gleisschotter Technik AG", "verkauf@gleisschotter-technik.example", "de-CH")
    p = po("4500081212", s, "tl", "CHF", "2026-11-16", [
        L("GST-SIEB-3150", "Sieve deck 31.5 mm, 1.8 x 4.2 m, spring steel", 3, "EA", "2840.00", "2026-12-11"),
        L("GST-LEISTE", "Clamping bar 1800 mm, M12", 12, "EA", "58.00", "2026-12-11"),
    ])
    labels, sent = outlook_loc(p, "de")
    body = "\n".join([
        "Grüezi Herr Lind", "",
        "Besten Dank für Ihre Bestellung 4500081212.", "",
        "Die Preise sind in Ordnung (Total CHF 9'216.00 exkl. MWST). Die Siebbeläge und die Klemmleisten",
        "können wir in KW 50/51 liefern, je nachdem wann das Blech aus dem Werk kommt.", "",
        "Freundliche Grüsse", "",
        "Reto Brunner",
        "Verkauf Innendienst",
        "Gleisschotter Technik AG | Industriestrasse 31 | 8604 Volketswil",
        "Tel. +41 44 555 61 30",
    ]) + "\n"
    eml = reply(p, "c012", "outlook", ("Brunner Reto", "reto.brunner@gleisschotter-technik.example"),
                rfc_date(2026, 11, 18, 16, 20, 14, "+0100"), body, labels=labels, sent=sent, cs="iso-8859-1",
                subject="AW: " + request_subject(p), lang_hdr="de-CH")
    return C([p], eml, exp_other("needs_review", "'in KW 50/51' spans two weeks depending on material arrival: no firm date, so a buyer has to ask."))


@case("xray-hangers-potvrdzujeme-sk", "confirmation/sk-SK",
      "Slovak windows-1250 quoted-printable reply 'potvrdzujeme objednávku, dodanie 18.12.2026' that equals the requested date for all three lines.")
def c013():
    s = sup("RTGZAV", "RTG Závesy s.r.o.", "obchod@rtg-zavesy.example", "sk-SK")
    p = po("4500081213", s, "ab", "EUR", "2026-11-13", [
        L("XFH-1824", "X-ray film hanger 18x24 cm, stainless, clip type", 80, "EA", "9.60", "2026-12-18"),
        L("XFH-3543", "X-ray film hanger 35x43 cm (14x17 in), channel type", 60, "EA", "12.40", "2026-12-18"),
        L("XFH-RACK", "Hanger drying rack, 20 positions", 4, "EA", "145.00", "2026-12-18"),
    ])
    body = "\n".join([
        "Dobrý deň pani Bakker,", "",
        "potvrdzujeme objednávku č. 4500081213, dodanie 18.12.2026. Ceny a množstvá podľa objednávky.", "",
        "S pozdravom", "",
        "Ing. Zuzana Kováčová",
        "obchodné oddelenie",
        "RTG Závesy s.r.o., Priemyselná 12, 917 01 Trnava",
        "tel.: +421 33 555 4127",
    ]) + "\n"
    attrib = "Dňa 13. 11. 2026 o 9:14 Aylin Bakker napísal(a):"
    eml = reply(p, "c013", "tb", ("Zuzana Kováčová", "kovacova@rtg-zavesy.example"),
                rfc_date(2026, 11, 18, 13, 2, 57, "+0100"), body, html=None, attrib=attrib, cs="windows-1250",
                subject="Re: " + request_subject(p))
    return C([p], eml, exp_conf([allacc(p)], "Slovak confirmation; 18.12.2026 equals the requested date so all lines are accepted."))


@case("dialysis-tubing-szallitas-dec-18", "confirmation/hu-HU",
      "Hungarian ISO-8859-2 base64 reply 'visszaigazoljuk, szállítás december 18.' (year-less, Hungarian order) moving both lines from 15 to 18 December.")
def c014():
    s = sup("DIALMED", "Dializis Medtech Kft.", "rendeles@dializismedtech.example", "hu-HU")
    p = po("4500081214", s, "ab", "EUR", "2026-11-16", [
        L("DT-BL-42", "Blood line set, arterial/venous, 4.2 mm ID", 1200, "EA", "3.95", "2026-12-15"),
        L("DT-TUB-68", "Dialysate tubing 6x8 mm, PVC, 25 m coil", 40, "ROL", "28.50", "2026-12-15"),
    ])
    body = "\n".join([
        "Tisztelt Bakker Asszony!", "",
        "A 4500081214 számú megrendelését köszönjük, és a tételeket a megadott árakon visszaigazoljuk,",
        "szállítás december 18. (a sterilizálás miatt a kért 15-i határidőt nem tudjuk tartani).", "",
        "Üdvözlettel:", "",
        "Szabó Eszter",
        "értékesítési asszisztens",
        "Dializis Medtech Kft. | 2040 Budaörs, Gyár u. 2.",
        "Tel.: +36 23 555 819",
    ]) + "\n"
    attrib = "2026. 11. 16. 9:14 keltezéssel, Aylin Bakker írta:"
    eml = reply(p, "c014", "tb", ("Szabó Eszter", "szabo.eszter@dializismedtech.example"),
                rfc_date(2026, 11, 19, 10, 11, 30, "+0100"), body, html=None, attrib=attrib, cs="iso-8859-2", cte="base64",
                subject="Re: " + request_subject(p))
    e = exp_conf([conf(p, {1: chgp(p, 1, date="2026-12-18"), 2: chgp(p, 2, date="2026-12-18")})],
                 "'december 18.' without a year = 2026-12-18; '15-i' refers to the requested date being missed.")
    return C([p], eml, e)


@case("sharps-bins-field-safety-recall", "unrelated/en-GB",
      "A Field Safety Notice recalling 1 L sharps container lots from the same supplier, naming item codes that also appear on our open PO but answering nothing about it.")
def c015():
    s = sup("MEDISAFE", "MediSafe Containers Ltd", "orders@medisafe-containers.example", "en-GB")
    p = po("4500081215", s, "mk", "GBP", "2026-11-16", [
        L("MSC-1L-Y", "Sharps container 1 L, yellow lid, UN3291", 800, "EA", "0.98", "2026-12-10"),
        L("MSC-7L-Y", "Sharps container 7 L, yellow lid", 200, "EA", "2.45", "2026-12-10"),
    ])
    txt = "\n".join([
        "URGENT FIELD SAFETY NOTICE - FSN-2026-014", "",
        "Voluntary recall: 1 L sharps containers, product code MSC-1L-Y", "",
        "Dear Customer,", "",
        "MediSafe Containers Ltd is voluntarily recalling specific lots of the 1 L sharps container",
        "(MSC-1L-Y) because the temporary closure may not latch fully after 3/4 of the fill line is reached.", "",
        "Affected lots: 2609-114 to 2610-027 (manufactured 14/09/2026 to 27/10/2026).",
        "Unaffected: all other lots, and the 7 L container MSC-7L-Y.", "",
        "Actions required:",
        "1. Quarantine affected stock and complete the attached response form by 04/12/2026.",
        "2. Replacement units will be shipped free of charge within 10 working days of your response.", "",
        "This notice has been notified to the MHRA. We apologise for any inconvenience.", "",
        "Helen Ashcroft",
        "Head of Quality & Regulatory Affairs",
        "MediSafe Containers Ltd, 3 Brunel Way, Runcorn WA7 1TR, United Kingdom",
        "+44 1928 555 610", "",
        "You are receiving this notice because you purchased MSC products in the last 24 months.",
    ]) + "\n"
    hb = "".join("<p>%s</p>\n" % l if l else "" for l in txt.split("\n"))
    from .common import html_doc
    part = mime.alt(mime.text(txt), mime.html(html_doc('<div style="font-family:Arial">' + hb + "</div>")),
                    "b1_" + hx("c015", 32))
    h = [("Date", rfc_date(2026, 11, 19, 8, 0, 3, "+0000")),
         ("From", mime.addr("MediSafe Quality", "quality@medisafe-containers.example")),
         ("To", "morag.keane@calder-finch.example"),
         ("Subject", "URGENT: Field Safety Notice FSN-2026-014 - 1 L sharps containers (MSC-1L-Y)"),
         ("Message-ID", "<fsn-2026-014.%s@medisafe-containers.example>" % hx("c015", 12)),
         ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
         ("Importance", "High")]
    eml = mime.message(h, part)
    return C([p], eml, exp_other("unrelated", "Product recall notice naming the PO's item code and several dates; it is not an answer to the PO."))


@case("fender-chains-rok-isporuke-hr", "confirmation/hr-HR",
      "Croatian reply with a per-position table, 'rok isporuke 18.12.2026.' (trailing date dot) and one line reduced to 20 pieces with the rest explicitly not supplied.")
def c016():
    s = sup("JADLAN", "Jadranski Lanci d.o.o.", "prodaja@jadranski-lanci.example", "hr-HR")
    p = po("4500081216", s, "mk", "EUR", "2026-11-16", [
        L("FC-22-G2", "Fender chain 22 mm grade 2, galvanised, 27.5 m shot", 6, "EA", "1420.00", "2026-12-18"),
        L("FC-SH-25", "Bow shackle 25 t WLL, 1 3/4 in pin", 24, "EA", "86.00", "2026-12-18"),
        L("FC-SW-22", "Swivel for 22 mm chain", 6, "EA", "134.00", "2026-12-18"),
    ])
    body = "\n".join([
        "Poštovana gđo Keane,", "",
        "zahvaljujemo na narudžbi 4500081216 i potvrđujemo kako slijedi:", "",
        "Stavka | Šifra    | Količina | Cijena (EUR) | Rok isporuke",
        "1      | FC-22-G2 | 6 kom    | 1.420,00     | 18.12.2026.",
        "2      | FC-SH-25 | 20 kom   | 86,00        | 18.12.2026.",
        "3      | FC-SW-22 | 6 kom    | 134,00       | 18.12.2026.", "",
        "Za stavku 2 preostala 4 kom ne možemo isporučiti (proizvođač je obustavio tu veličinu).", "",
        "Srdačan pozdrav,", "",
        "Ivana Matić",
        "Jadranski Lanci d.o.o.",
        "Obala kneza Branimira 8, 23000 Zadar, Hrvatska",
        "Tel: +385 23 555 410",
    ]) + "\n"
    attrib = "Dana 16. 11. 2026. u 09:14, Morag Keane je napisao/la:"
    eml = reply(p, "c016", "gmail", ("Ivana Matić", "ivana.matic@jadranski-lanci.example"),
                rfc_date(2026, 11, 20, 11, 45, 0, "+0100"), body, attrib=attrib)
    e = exp_conf([conf(p, {1: acc(p, 1), 2: chgp(p, 2, q=20), 3: acc(p, 3)})],
                 "Croatian dates end with a dot ('18.12.2026.') and prices use 1.420,00; line 2 confirmed for 20 of 24, the remaining 4 declined.")
    return C([p], eml, e)


@case("ballast-sieves-pristatymas-lt", "confirmation/lt-LT",
      "Lithuanian windows-1257 reply with an ISO 'pristatymas 2026-12-18' that is earlier than requested, so both lines change by date only.")
def c017():
    s = sup("BALTSIET", "Baltijos Sietai UAB", "uzsakymai@baltijos-sietai.example", "lt-LT")
    p = po("4500081217", s, "tl", "EUR", "2026-11-17", [
        L("RBS-3150", "Ballast sieve mesh 31.5/50 mm, 1.5x3 m, Hardox", 10, "EA", "640.00", "2026-12-23"),
        L("RBS-2230", "Screen panel 22.4 mm apertures, PU 1000x500", 30, "EA", "118.00", "2026-12-23"),
    ])
    body = "\n".join([
        "Laba diena,", "",
        "patvirtiname užsakymą Nr. 4500081217 – kiekiai ir kainos kaip užsakyme (kainos be PVM).",
        "Pristatymas 2026-12-18, t. y. anksčiau nei prašėte, nes prieš šventes sandėlis dirba trumpiau.", "",
        "Pagarbiai", "",
        "Rūta Kazlauskienė",
        "Pardavimų vadybininkė",
        "UAB „Baltijos Sietai“, Pramonės g. 21, LT-94102 Klaipėda",
        "Tel. +370 46 555 312",
    ]) + "\n"
    attrib = "2026-11-17 09:14, Tobias Lind rašė:"
    eml = reply(p, "c017", "tb", ("Rūta Kazlauskienė", "ruta.k@baltijos-sietai.example"),
                rfc_date(2026, 11, 23, 9, 33, 12, "+0200"), body, html=None, attrib=attrib, cs="windows-1257",
                subject="Re: " + request_subject(p))
    e = exp_conf([conf(p, {1: chgp(p, 1, date="2026-12-18"), 2: chgp(p, 2, date="2026-12-18")})],
                 "ISO delivery date 2026-12-18 earlier than the requested 2026-12-23: changed by date.")
    return C([p], eml, e)


@case("orchid-bark-apstiprinam-lv", "confirmation/lv-LV",
      "Latvian Gmail reply 'apstiprinām pasūtījumu' with 'viss kā pasūtīts' and a delivery date equal to the request; sizes like 12-24 mm and 6/12 mm in descriptions.")
def c018():
    s = sup("ORHMIZA", "Orhideju Miza SIA", "pasutijumi@orhideju-miza.example", "lv-LV")
    p = po("4500081218", s, "ab", "EUR", "2026-11-17", [
        L("OB-PIN-1224", "Pine bark 12-24 mm, orchid grade, 70 L bag", 40, "EA", "9.80", "2026-12-10"),
        L("OB-PIN-0612", "Pine bark 6/12 mm fine, 70 L bag", 25, "EA", "10.40", "2026-12-10"),
        L("OB-SPH-AAA", "Sphagnum moss AAA, compressed", 50, "KG", "6.20", "2026-12-10"),
    ])
    body = "\n".join([
        "Labdien, Aylin!", "",
        "Paldies par pasūtījumu. Apstiprinām pasūtījumu Nr. 4500081218 – viss kā pasūtīts,",
        "piegāde 10.12.2026.", "",
        "Ar cieņu,",
        "Līga Bērziņa",
        "SIA \"Orhideju Miza\", Rūpniecības iela 5, Jelgava, LV-3001",
        "Tālr. +371 63 555 218",
    ]) + "\n"
    attrib = "otrd., 2026. g. 17. nov., plkst. 09:14 — lietotājs Aylin Bakker (<aylin.bakker@calder-finch.example>) rakstīja:"
    eml = reply(p, "c018", "gmail", ("Līga Bērziņa", "liga.berzina@orhideju-miza.example"),
                rfc_date(2026, 11, 24, 14, 8, 44, "+0200"), body, attrib=attrib)
    return C([p], eml, exp_conf([allacc(p)], "Latvian 'apstiprinām pasūtījumu ... viss kā pasūtīts' with the requested date: accepted."))
