"""Cases 001-018."""
from __future__ import annotations

from decimal import Decimal as D

from . import mime, pdf, xlsx
from .common import (REJ, UNC, Case, L, PO, acc, buyer, buyer_addr, case, chg, conf, dmy, esc, gmail_reply,
                     gt_reply, hx, kw_friday, mid_apple, mid_gmail, mid_outlook, mid_tb, mso, other, outlook_reply,
                     quote, rcvd, reply_headers, req_html, req_subject, req_text, sup, text_table, thread_index, who)
from .common import ob, enc_subject


def outlook_extra(seed, lang, attach=False):
    return [("Thread-Topic", None), ("Thread-Index", thread_index(seed)), ("Accept-Language", f"{lang}, en-US"),
            ("Content-Language", lang), ("X-MS-Has-Attach", "yes" if attach else ""),
            ("X-MS-TNEF-Correlator", ""), ("X-Mailer", "Microsoft Outlook 16.0")]


def ol(seed, lang, topic, attach=False):
    out = []
    for k, v in outlook_extra(seed, lang, attach):
        if k == "Thread-Topic":
            v = topic
        out.append((k, v))
    return out


# --------------------------------------------------------------------------- 001
@case("beekeeping-accepted-in-full-with-closure-dates", "confirmation/en-GB",
      "All four lines accepted in prose, but the mail is full of non-delivery dates (warehouse closure 24/12-04/01) "
      "and descriptions with 9-1/8 in, 16x20 in, 5.4 mm and 2027 that look like values.")
def c001():
    s = sup("THORNAPI", "Thornbury Apiary Supplies Ltd", "sales@thornbury-apiary.example", "en-GB")
    po = PO("4500031187", s, "bee", "GBP", "2026-11-03", [
        L(1, "BF-LD-918", 'Brood frame Langstroth deep 9-1/8 in, assembled', 500, "EA", "1.85", "2026-12-11"),
        L(2, "QE-1620-G", "Queen excluder galvanised wire 16x20 in", 120, "EA", "6.40", "2026-12-11"),
        L(3, "FDN-W-5.4", "Wax foundation 5.4 mm cell, 10 sheets per box", 200, "BOX", "9.75", "2026-12-11"),
        L(4, "SMK-4X7-27", "Bee smoker stainless 4x7 in, 2027 model", 36, "EA", "24.90", "2027-01-15"),
    ])
    reply = """Hi Moira,

Thank you for your order 4500031187, which we are pleased to confirm in full: all four lines at the quantities and prices on your order.

Lines 1 to 3 (frames, excluders and foundation) will be with you by 11th December, and the smokers on line 4 by 15th January as requested.

Please note that our warehouse will be closed for stocktaking from 24/12 to 04/01; any queries during that period to info@thornbury-apiary.example and we will pick them up on 5th January.

Kind regards

Gemma Pryce
Sales Office
Thornbury Apiary Supplies Ltd
Station Yard, Thornbury, Bristol BS35 2AX
T: 01454 418 220 | M: 07700 900 431
www.thornbury-apiary.example

Thornbury Apiary Supplies Ltd is registered in England & Wales, company no. 04417781, VAT GB 771 2290 18. This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it."""
    text, html = outlook_reply(reply, po, "en", "Tuesday, November 3, 2026 4:05 PM", charset="windows-1252")
    b = buyer(po)
    body = mime.multipart("alternative", [
        mime.text(text, "plain", "windows-1252"), mime.text(html, "html", "windows-1252")], ob("c001", 0))
    hdr = reply_headers(mime.addr("Gemma Pryce", "g.pryce@thornbury-apiary.example"), mime.addr(b.name, b.email),
                        "RE: " + req_subject(po), mime.date(2026, 11, 10, 10, 42, 17, "+0000"),
                        mid_outlook("c001"), po,
                        pre=[("Return-Path", "<g.pryce@thornbury-apiary.example>"),
                             rcvd("mx1.hiveharvest.example", "mail-db7pr02.outbound.protection.outlook.example",
                                  "198.51.100.23", "Tue, 10 Nov 2026 10:42:21 +0000", "c001")],
                        extra=ol("c001", "en-GB", req_subject(po)))
    exp = conf([(po, {1: acc(po, 1), 2: acc(po, 2), 3: acc(po, 3), 4: acc(po, 4)})],
               "Plain acceptance of all lines in prose; the closure dates 24/12-04/01 and 5 January are not delivery "
               "dates, and the description sizes (9-1/8 in, 16x20 in, 5.4 mm, 4x7 in, 2027) are not values.")
    return Case([po], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 002
@case("water-meters-inline-answers-kw51", "confirmation/de-DE",
      "Answers are written inline under each quoted PO line (Thunderbird), with 'KW 51' and a new price "
      "'ab 01.11.' next to a kept date.")
def c002():
    s = sup("HYDROMET", "Hydrometrik Zähler GmbH", "auftrag@hydrometrik.example", "de-DE")
    po = PO("4500031204", s, "water", "EUR", "2026-11-04", [
        L(1, "WZ-Q25-110", 'Hauswasserzähler Q3 2,5 m³/h, Baulänge 110 mm, 3/4"', 400, "EA", "38.20", "2026-12-11"),
        L(2, "WZ-Q4-130", 'Wasserzähler Q3 4 m³/h, Baulänge 130 mm, 1"', 150, "EA", "46.50", "2026-12-11"),
        L(3, "FM-MOD-868", "Funkmodul 868 MHz für Q3 2,5/4", 550, "EA", "21.90", "2026-12-11"),
    ])
    req = req_text(po, "de").split("\n")
    # find table lines to answer inline
    out = []
    answers = {
        "1 ": "Bestätigt.",
        "2 ": "Menge und Preis ok, Liefertermin KW 51.",
        "3 ": "Preis ab 01.11. leider 23,40 EUR/St. (neue Chipgeneration), Termin 11.12. ok.",
    }
    for ln in req:
        out.append("> " + ln if ln else ">")
        for k, a in answers.items():
            if ln.startswith(k) and "WZ-" in ln or (ln.startswith(k) and "FM-" in ln):
                out.append("")
                out.append(a)
                out.append("")
    body_txt = ("Hallo Herr Hendriks,\n\n"
                "vielen Dank für Ihre Bestellung. Unsere Antworten stehen direkt unter den Positionen.\n\n"
                "Am 04.11.2026 um 14:05 schrieb Piet Hendriks:\n" + "\n".join(out) + "\n\n"
                "Mit freundlichen Grüßen\n\n"
                "i. A. Sabine Krüger\n"
                "Innendienst / Auftragsabwicklung\n"
                "--\n"
                "Hydrometrik Zähler GmbH\n"
                "Im Gewerbepark 7, 36251 Bad Hersfeld\n"
                "Tel. +49 6621 9180-42, Fax -49\n"
                "Geschäftsführer: Dipl.-Ing. Rainer Vogt, HRB 1187 Amtsgericht Bad Hersfeld\n")
    part = mime.text(body_txt, "plain", "ISO-8859-15", extra_ct="; format=flowed", quote_cs=False)
    b = buyer(po)
    hdr = reply_headers(mime.addr("Sabine Krüger", "s.krueger@hydrometrik.example", "ISO-8859-15", "Q"),
                        mime.addr(b.name, b.email), "Re: " + req_subject(po, "de"),
                        mime.date(2026, 11, 11, 8, 31, 55, "+0100"), mid_tb("c002", "hydrometrik.example"), po,
                        extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE")])
    exp = conf([(po, {1: acc(po, 1), 2: chg(150, "46.50", kw_friday(2026, 51)), 3: chg(550, "23.40", "2026-12-11")})],
               "Inline answers under the quoted lines; 'KW 51' = Friday 2026-12-18; line 3 new price 23,40 while the "
               "'ab 01.11.' is the price validity, not a date; quoted table values must not be read as answers.")
    return Case([po], mime.message(hdr, part), exp)


# --------------------------------------------------------------------------- 003
@case("horse-feed-supplier-positions-10-20-30", "confirmation/de-AT",
      "The supplier numbers its positions 10/20/30 and maps them to our lines in a different order; one price is "
      "quoted per 100 kg against a per-kg PO price.")
def c003():
    s = sup("ALPENFUT", "Alpenhof Futtermittel GmbH", "verkauf@alpenhof-futter.example", "de-AT")
    po = PO("4500031222", s, "horse", "EUR", "2026-11-05", [
        L(1, "HF-HAFER-25", "Hafer gequetscht, Sack 25 kg", 2000, "KG", "0.56", "2026-12-09"),
        L(2, "HF-MUESLI-20", "Pferdemüsli Senior 20 kg, getreidefrei", 1200, "KG", "1.18", "2026-12-09"),
        L(3, "HF-MIN-10", "Mineralfutter Pellets 10 kg Eimer", 60, "EA", "34.90", "2026-12-09"),
    ])
    reply = """Sehr geehrter Herr Brenner,

danke für Ihren Auftrag 4500031222, den wir unter unserer Auftragsnummer AB 26-11873 erfasst haben. Bitte beachten Sie, dass unsere Positionsnummern von Ihren abweichen:

Pos. 10 (Ihre Pos. 1)  Hafer gequetscht 25 kg - 2.000 kg à EUR 0,56/kg, Zustellung 09.12.2026
Pos. 20 (Ihre Pos. 3)  Mineralfutter Pellets 10 kg Eimer - 60 Stk. à EUR 34,90, Zustellung 09.12.2026
Pos. 30 (Ihre Pos. 2)  Pferdemüsli Senior 20 kg - 1.200 kg, Preis lt. aktueller Liste EUR 61,00 je 100 kg, Zustellung 16.12.2026 (das Müsli wird frisch produziert)

Pos. 10 und 20 kommen gemeinsam auf 2 Paletten, Pos. 30 separat. Bitte geben Sie bei Rückfragen immer unsere AB-Nummer an.

Mit freundlichen Grüßen

Ing. Martina Gruber
Verkaufsinnendienst

Alpenhof Futtermittel GmbH
Mühlweg 4, 4752 Riedau, Österreich
T +43 7764 8120-15
FN 241187 x, LG Ried im Innkreis"""
    text, html = outlook_reply(reply, po, "de", "Donnerstag, 5. November 2026 16:48", req_lang="de",
                               charset="iso-8859-1")
    b = buyer(po)
    body = mime.multipart("alternative", [mime.text(text, "plain", "iso-8859-1"),
                                          mime.text(html, "html", "iso-8859-1")], ob("c003", 0))
    hdr = reply_headers(mime.addr("Martina Gruber", "m.gruber@alpenhof-futter.example"), mime.addr(b.name, b.email),
                        "AW: " + req_subject(po, "de"), mime.date(2026, 11, 9, 11, 20, 44, "+0100"),
                        mid_outlook("c003"), po, extra=ol("c003", "de-AT", req_subject(po, "de")))
    exp = conf([(po, {1: acc(po, 1), 2: chg(1200, "0.61", "2026-12-16"), 3: acc(po, 3)})],
               "Supplier positions 10/20/30 map to our lines 1/3/2; EUR 61,00 per 100 kg = 0.61 per KG for our "
               "line 2 with a later date; 'Pos. 20' and 'Pos. 30' are not our line numbers.")
    return Case([po], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 004
@case("display-cases-pdf-ab-only-swiss-format", "confirmation/de-CH",
      "The body only says 'in der Beilage'; all values are in a Flate-compressed PDF order confirmation with "
      "Swiss number format (4'850.00) and one changed delivery date.")
def c004():
    s = sup("KELLERVIT", "Vitrinenbau Keller AG", "auftragsbestaetigung@keller-vitrinen.example", "de-CH")
    po = PO("4500031240", s, "museum", "CHF", "2026-11-06", [
        L(1, "VT-120-60-UV", "Tischvitrine 120x60x90 cm, UV-Schutzglas 8 mm", 6, "EA", "4850.00", "2027-01-22"),
        L(2, "WV-80-200-LED", "Wandvitrine 80x40x200 cm, LED 24V, 2 Fachböden", 4, "EA", "6320.00", "2027-01-22"),
        L(3, "KL-KLIMA-4", "Klimakassette passiv, 4 kg Silicagel", 10, "EA", "186.50", "2027-01-22"),
    ])
    rows = [["1", "1", "VT-120-60-UV", "Tischvitrine 120x60x90 cm, UV-Glas 8 mm", "6 Stk", "4'850.00", "29'100.00",
             "22.01.2027"],
            ["2", "2", "WV-80-200-LED", "Wandvitrine 80x40x200 cm, LED 24V", "4 Stk", "6'320.00", "25'280.00",
             "05.02.2027"],
            ["3", "3", "KL-KLIMA-4", "Klimakassette passiv 4 kg Silicagel", "10 Stk", "186.50", "1'865.00",
             "22.01.2027"]]
    assert 6 * 4850 == 29100 and 4 * 6320 == 25280 and 10 * D("186.50") == D("1865.00")
    page = pdf.document(
        ["Vitrinenbau Keller AG", "Industriestrasse 22, 8404 Winterthur, Schweiz",
         "Tel. +41 52 235 80 80  |  www.keller-vitrinen.example", "MWST CHE-108.447.219"],
        "Auftragsbestätigung Nr. 71-20455",
        [("Kunde:", "Vitrinum Exhibits B.V., Kanaaldijk 88, 5611 AB Eindhoven"),
         ("Ihre Bestellung:", "4500031240 vom 06.11.2026"), ("Datum:", "10.11.2026"),
         ("Sachbearbeiter:", "Reto Brunner"), ("Lieferbedingung:", "DAP Eindhoven (Incoterms 2020)"),
         ("Zahlung:", "30 Tage netto")],
        ["Pos", "Ihre Pos", "Artikel", "Bezeichnung", "Menge", "Preis CHF", "Betrag CHF", "Liefertermin"],
        rows, [40, 68, 110, 185, 345, 385, 440, 500],
        ["Total netto CHF 56'245.00 (Export, ohne MWST)",
         "Die Liefertermine verstehen sich als Anlieferung in Eindhoven.",
         "Pos. 2: Die LED-Einheit 24V wird vom Vorlieferanten erst in KW 3 geliefert, daher späterer Termin.",
         "", "Wir danken für Ihren Auftrag.", "Vitrinenbau Keller AG"], logo="KELLER VITRINEN")
    data = pdf.text_pdf([page], compress=True, title="Auftragsbestätigung 71-20455", author="Reto Brunner",
                        creator="Abacus ERP", producer="Abacus PDF Writer 2026", date="20261110145811+01'00'")
    reply = """Guten Tag Frau Vossberg

In der Beilage erhalten Sie unsere Auftragsbestätigung Nr. 71-20455 zu Ihrer Bestellung 4500031240.

Freundliche Grüsse

Reto Brunner
Verkauf Innendienst

Vitrinenbau Keller AG
Industriestrasse 22
8404 Winterthur
Tel. +41 52 235 80 84"""
    text, html = outlook_reply(reply, po, "de", "Freitag, 6. November 2026 11:02", charset="utf-8")
    b = buyer(po)
    alt = mime.multipart("alternative", [mime.text(text), mime.text(html, "html")], ob("c004", 0, "CHEPRD01"))
    body = mime.multipart("mixed", [alt, mime.attachment(data, "application/pdf", "AB_71-20455.pdf")], ob("c004", 4, "CHEPRD01"))
    hdr = reply_headers(mime.addr("Reto Brunner", "r.brunner@keller-vitrinen.example"), mime.addr(b.name, b.email),
                        "AW: " + req_subject(po), mime.date(2026, 11, 10, 15, 2, 11, "+0100"),
                        mid_outlook("c004", "CHEPRD01"), po, extra=ol("c004", "de-CH", req_subject(po), True))
    exp = conf([(po, {1: acc(po, 1), 2: chg(4, "6320.00", "2027-02-05"), 3: acc(po, 3)})],
               "Values only in the compressed PDF; Swiss apostrophe thousands separators; line 2 moves to "
               "05.02.2027 (the 'KW 3' in the footer is the supplier's own inbound date, not the commitment).")
    return Case([po], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 005
@case("vet-syringes-erp-pdf-price-per-box-of-100", "confirmation/fr-FR",
      "ERP-generated 'accusé de réception de commande' mail (do-not-reply) whose PDF prices per box of 100 while "
      "the PO is per piece (8,90 EUR la boîte = 0.089), with 'semaine 50/2026' as the date.")
def c005():
    s = sup("VETOPLAST", "Laboratoires Vétoplast SAS", "adv@vetoplast.example", "fr-FR")
    po = PO("4500031265", s, "vet", "EUR", "2026-11-05", [
        L(1, "SYR-LL-2.5", "Seringue 3 pièces Luer Lock 2,5 ml, stérile", 5000, "EA", "0.084", "2026-12-11"),
        L(2, "SYR-LL-10", "Seringue 3 pièces Luer Lock 10 ml, stérile", 3000, "EA", "0.112", "2026-12-11"),
        L(3, "NDL-18G-1.5", 'Aiguille 18G x 1 1/2" (1,2 x 40 mm)', 10000, "EA", "0.021", "2026-12-11"),
    ])
    assert D("8.90") / 100 == D("0.089") and D("11.20") / 100 == D("0.112") and D("2.10") / 100 == D("0.021")
    assert 50 * D("8.90") + 30 * D("11.20") + 100 * D("2.10") == D("991.00")
    page = pdf.document(
        ["Laboratoires Vétoplast SAS", "ZI des Quatre Chemins - 2 rue Ampère - 49300 Cholet",
         "Tél. 02 41 71 38 00 - SIRET 412 887 310 00027 - TVA FR 61 412887310"],
        "ACCUSÉ DE RÉCEPTION DE COMMANDE N° ARC-2611-0932",
        [("Client :", "VetSupply Nord GmbH, Tierärzteweg 2, 24768 Rendsburg, Allemagne"),
         ("Votre commande :", "4500031265 du 05/11/2026"), ("Date :", "12/11/2026"),
         ("Livraison prévue :", "semaine 50/2026, franco votre entrepôt"),
         ("Règlement :", "30 jours fin de mois")],
        ["Réf.", "Désignation", "Qté", "Cond.", "Prix HT", "Montant HT"],
        [["SYR-LL-2.5", "Seringue 3 p. Luer Lock 2,5 ml stérile", "50", "bte 100", "8,90", "445,00"],
         ["SYR-LL-10", "Seringue 3 p. Luer Lock 10 ml stérile", "30", "bte 100", "11,20", "336,00"],
         ["NDL-18G-1.5", 'Aiguille 18G x 1 1/2" (1,2 x 40 mm)', "100", "bte 100", "2,10", "210,00"]],
        [40, 105, 300, 340, 400, 470],
        ["Total HT : 991,00 EUR - autoliquidation, art. 283-2 du CGI", "Prix unitaires par boîte de 100 pièces.",
         "Merci de vérifier cet accusé de réception et de nous signaler toute anomalie sous 48 h."],
        logo="VÉTOPLAST")
    data = pdf.text_pdf([page], compress=False, title="ARC-2611-0932", author="ADV", creator="Divalto infinity",
                        producer="Divalto PDF 10.6", date="20261112094655+01'00'")
    text = """Bonjour,

Veuillez trouver ci-joint notre accusé de réception de commande n° ARC-2611-0932 relatif à votre commande 4500031265.

Ce message est généré automatiquement, merci de ne pas y répondre. Pour toute question : adv@vetoplast.example / +33 (0)2 41 71 38 00.

Laboratoires Vétoplast SAS - Administration des ventes"""
    b = buyer(po)
    body = mime.multipart("mixed", [mime.text(text, "plain", "iso-8859-1"),
                                    mime.attachment(data, "application/pdf", "ARC-2611-0932.pdf")],
                          "----=_Divalto_Part_2611_0932_1794818815")
    hdr = [("From", mime.addr("Laboratoires Vétoplast - ADV", "noreply@vetoplast.example", "iso-8859-1", "Q")),
           ("Reply-To", "adv@vetoplast.example"), ("To", mime.addr(b.name, b.email)),
           ("Subject", enc_subject("Accusé de réception de commande ARC-2611-0932 / Votre commande 4500031265",
                                   "iso-8859-1", "Q")),
           ("Date", mime.date(2026, 11, 12, 9, 47, 2, "+0100")),
           ("Message-ID", f"<ARC-2611-0932.{hx('c005', 12, False)}@erp.vetoplast.example>"),
           ("X-Mailer", "Divalto infinity"), ("Auto-Submitted", "auto-generated")]
    exp = conf([(po, {1: chg(5000, "0.089", kw_friday(2026, 50)), 2: acc(po, 2), 3: acc(po, 3)})],
               "ERP acknowledgment (auto-generated, but it commits to the order) with values only in the PDF; prices "
               "per box of 100 must be divided by 100: 8,90 -> 0.089 (changed), 11,20 -> 0.112 and 2,10 -> 0.021 "
               "(unchanged); 50/30/100 boxes = 5000/3000/10000 pieces; 'semaine 50/2026' = Friday 2026-12-11.")
    return Case([po], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 006
@case("boat-fenders-split-60-then-40", "confirmation/fr-BE",
      "Line 1 is split into 60 pieces on 10/12 and the balance of 40 on 8/01/2027, written in day-first short "
      "dates without a year on the first delivery.")
def c006():
    s = sup("NAUTIFEND", "Nautifend SRL", "commandes@nautifend.example", "fr-BE")
    po = PO("4500031281", s, "fender", "EUR", "2026-11-09", [
        L(1, "FD-F4-BLU", "Pare-battage cylindrique F4 22x58 cm, bleu marine", 100, "EA", "27.40", "2026-12-10"),
        L(2, "FD-A3-RED", "Bouée pare-battage A3 diam. 45 cm, rouge", 40, "EA", "58.90", "2026-12-10"),
    ])
    reply = """Bonjour Monsieur Hargreaves,

Merci pour votre commande 4500031281.

Pour les pare-battage F4 bleus (ligne 1), nous n'avons que 60 pièces en stock : nous vous les envoyons pour le 10/12 et le solde de 40 pièces suivra le 8/01/2027.
Les bouées A3 rouges (ligne 2) sont confirmées : 40 pièces à 58,90 € pour le 10/12.

Prix inchangés pour les deux lignes.

Bien à vous,

Grégory Lambert
Nautifend SRL
Rue du Port 14, 4020 Liège, Belgique
+32 4 343 27 90"""
    attr = "Le lun. 9 nov. 2026 à 16:20, Tom Hargreaves <t.hargreaves@marina-chandlery.example> a écrit :"
    text, html = gmail_reply(reply, po, attr)
    b = buyer(po)
    body = mime.multipart("alternative", [mime.text(text, quote_cs=False, charset="UTF-8"),
                                          mime.text(html, "html", quote_cs=False, charset="UTF-8")],
                          "000000000000a1f3c405f2b7c6d1")
    hdr = reply_headers(mime.addr("Grégory Lambert", "commandes@nautifend.example"), mime.addr(b.name, b.email),
                        "Re: " + req_subject(po), mime.date(2026, 11, 18, 14, 12, 9, "+0100"), mid_gmail("c006"), po)
    exp = conf([(po, {1: chg(100, "27.40", "2027-01-08", [(60, "2026-12-10"), (40, "2027-01-08")]),
                      2: acc(po, 2)})],
               "Split delivery 60 on 10/12 (year inferred: 2026-12-10) and 40 on 8/01/2027; total quantity unchanged; "
               "line 2 accepted as ordered.")
    return Case([po], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 007
@case("solar-heaters-partial-8-of-10", "confirmation/fr-CA",
      "Quebec French with ISO dates and '1 249,00 $ US'; line 1 can only be supplied 8 of 10 and the other 2 are "
      "explicitly never delivered.")
def c007():
    s = sup("SOLTHERMQC", "Solarium Thermique Québec inc.", "ventes@solarium-thermique.example", "fr-CA")
    po = PO("4500031302", s, "solar", "USD", "2026-11-06", [
        L(1, "SWH-TS-200", "Chauffe-eau solaire thermosiphon 200 L, capteur 2 m²", 10, "EA", "1249.00", "2027-01-29"),
        L(2, "SWH-CP-300", "Chauffe-eau solaire circulation forcée 300 L, 2 capteurs 2,5 m²", 4, "EA", "2380.00",
          "2027-01-29"),
        L(3, "SWH-VLV-3/4", "Kit vanne thermostatique 3/4 po, 35-60 °C", 14, "EA", "64.50", "2027-01-29"),
    ])
    reply = """Bonjour Mme Marchetti,

Suite à votre bon de commande 4500031302, voici notre confirmation :

Ligne 1 - Chauffe-eau thermosiphon 200 L : nous pouvons seulement fournir 8 unités sur les 10 demandées. Le modèle 2026 est discontinué et il ne nous en reste que 8; les 2 autres ne pourront pas être livrées. Prix : 1 249,00 $ US l'unité, livraison le 2027-01-29.
Ligne 2 - Circulation forcée 300 L : 4 unités à 2 380,00 $ US, livraison le 2027-01-29.
Ligne 3 - Kit vanne thermostatique 3/4 po : 14 unités à 64,50 $ US, livraison le 2027-01-29.

Le nouveau modèle 2027 (SWH-TS-220) sera disponible à partir de mars si vous souhaitez compléter plus tard.

Merci de votre confiance,

Josée Gagnon
Service à la clientèle
Solarium Thermique Québec inc.
1250, boul. Industriel, Saint-Hyacinthe (Québec) J2S 7P3
Tél. : 450 774-2310, poste 221"""
    text, html = outlook_reply(reply, po, "fr", "vendredi 6 novembre 2026 09:14", charset="windows-1252")
    b = buyer(po)
    body = mime.multipart("alternative", [mime.text(text, "plain", "windows-1252"),
                                          mime.text(html, "html", "windows-1252")], ob("c007", 0, "CANPRD01"))
    hdr = reply_headers(mime.addr("Josée Gagnon", "j.gagnon@solarium-thermique.example", "windows-1252", "Q"),
                        mime.addr(b.name, b.email), "RE: " + req_subject(po),
                        mime.date(2026, 11, 12, 11, 5, 40, "-0500"), mid_outlook("c007", "CANPRD01"), po,
                        extra=ol("c007", "fr-CA", req_subject(po)))
    exp = conf([(po, {1: chg(8, "1249.00", "2027-01-29"), 2: acc(po, 2), 3: acc(po, 3)})],
               "Partial quantity: 8 of 10 with the remaining 2 cancelled; French-Canadian number format with spaces; "
               "the 2027 model in March is only a suggestion.")
    return Case([po], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 008
@case("bakery-moulds-scanned-confirmation-image", "needs_review/it-IT",
      "'Come da nostra conferma d'ordine allegata' but the attached PDF is a scanner image with no text; the only "
      "readable values are our own quoted ones.")
def c008():
    s = sup("STAMPIBIA", "Stampi Bianchi S.r.l.", "ordini@stampibianchi.example", "it-IT")
    po = PO("4500031318", s, "bakery", "EUR", "2026-11-09", [
        L(1, "PAN-1000-AL", "Stampo panettone alluminio 1 kg, diam. 18 x 12 cm", 300, "EA", "3.65", "2026-12-14"),
        L(2, "COL-750-AL", "Stampo colomba 750 g, 28x20 cm", 200, "EA", "4.10", "2027-02-26"),
        L(3, "TEG-60x40-F", "Teglia forata 60x40 cm, spessore 1,5 mm", 80, "EA", "18.40", "2026-12-14"),
    ])
    reply = """Buongiorno Sig. Wierzbicki,

come da nostra conferma d'ordine allegata.

Cordiali saluti

Francesca Ferri
Ufficio Commerciale
Stampi Bianchi S.r.l.
Via dei Mestieri 18 - 20861 Brugherio (MB)
Tel. +39 039 287 4410
P.IVA IT 02871440962

Le informazioni contenute in questa e-mail sono riservate. Ai sensi del Regolamento UE 2016/679 (GDPR) ..."""
    text, html = outlook_reply(reply, po, "it", "lunedì 9 novembre 2026 11:40", charset="utf-8")
    scan = pdf.scan_pdf(seed=8, producer="KYOCERA Document Solutions TASKalfa 3253ci", creator="Scan to PDF",
                        title="", date="20261113122701+01'00'")
    b = buyer(po)
    alt = mime.multipart("alternative", [mime.text(text), mime.text(html, "html")], ob("c008", 0))
    body = mime.multipart("mixed", [alt, mime.attachment(scan, "application/pdf", "Conferma_ordine_2611-0447.pdf")], ob("c008", 4))
    hdr = reply_headers(mime.addr("Francesca Ferri", "f.ferri@stampibianchi.example"), mime.addr(b.name, b.email),
                        "R: " + req_subject(po), mime.date(2026, 11, 13, 12, 33, 40, "+0100"), mid_outlook("c008"),
                        po, extra=ol("c008", "it-IT", req_subject(po), True))
    return Case([po], mime.message(hdr, body),
                other("needs_review", "The reply points to an attached order confirmation, but the PDF is an image-only "
                                      "scan with no extractable text; nothing the supplier committed to can be read, "
                                      "and the quoted table is our own request."))


# --------------------------------------------------------------------------- 009
@case("scaffold-nets-4-percent-surcharge", "confirmation/es-ES",
      "A '+4 %' polyethylene surcharge applies to the two net lines only and must be computed from the PO unit price.")
def c009():
    s = sup("REDTECLEV", "Redes Técnicas del Levante S.L.", "pedidos@redestecnicas.example", "es-ES")
    po = PO("4500031330", s, "scaff", "EUR", "2026-11-06", [
        L(1, "RED-AND-2.57x50", "Red de andamio HDPE 2,57 x 50 m, 50 g/m², blanca", 120, "ROL", "68.00", "2026-12-15"),
        L(2, "RED-AND-3.07x50", "Red de andamio HDPE 3,07 x 50 m, 50 g/m², verde", 80, "ROL", "79.50", "2026-12-15"),
        L(3, "BRID-4.8x200", "Bridas nylon 4,8 x 200 mm, bolsa de 100", 60, "BOX", "3.20", "2026-12-15"),
    ])
    reply = """Buenos días Sr. Fiedler:

Confirmamos su pedido 4500031330 con las cantidades solicitadas.

Debido al incremento del precio del polietileno, los precios de las redes (líneas 1 y 2) llevan un recargo del 4 % sobre el precio de su pedido. Las bridas (línea 3) se mantienen al precio pedido.

Entrega: 15 de diciembre en su almacén de Bremen, todas las líneas. Portes pagados, IVA no incluido (operación intracomunitaria).

Un saludo cordial,

Lucía Ferrer Soler
Departamento Comercial
Redes Técnicas del Levante S.L.
Polígono Industrial El Oliveral, Calle H, 14 - 46394 Ribarroja del Turia (Valencia)
Tel. +34 961 64 22 87"""
    assert D("68.00") * D("1.04") == D("70.7200") and D("79.50") * D("1.04") == D("82.6800")
    text, html = outlook_reply(reply, po, "es", "viernes, 6 de noviembre de 2026 10:14", charset="iso-8859-1")
    b = buyer(po)
    body = mime.multipart("alternative", [mime.text(text, "plain", "iso-8859-1"),
                                          mime.text(html, "html", "iso-8859-1")], ob("c009", 0))
    hdr = reply_headers(mime.addr("Lucía Ferrer Soler", "l.ferrer@redestecnicas.example", "iso-8859-1", "Q"),
                        mime.addr(b.name, b.email), "RE: " + req_subject(po),
                        mime.date(2026, 11, 16, 9, 8, 33, "+0100"), mid_outlook("c009"), po,
                        extra=ol("c009", "es-ES", req_subject(po)))
    exp = conf([(po, {1: chg(120, "70.72", "2026-12-15"), 2: chg(80, "82.68", "2026-12-15"), 3: acc(po, 3)})],
               "+4 % on lines 1 and 2 only: 68.00 -> 70.72 and 79.50 -> 82.68; line 3 unchanged; '15 de diciembre' "
               "without year = 2026-12-15.")
    return Case([po], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 010
@case("carwash-chemicals-drums-of-200-litres", "confirmation/es-MX",
      "Quantities and prices are given per 200 L drum while the PO is per litre (USD 470.00 per drum = 2.35/L, "
      "unchanged); one line has ship and delivery dates where the delivery date counts.")
def c010():
    s = sup("LAVACLEAN", "Químicos Lavaclean S.A. de C.V.", "ventas@lavaclean.example", "es-MX")
    po = PO("4500031347", s, "carwash", "USD", "2026-11-09", [
        L(1, "SH-FOAM-PH7", "Shampoo espuma activa pH 7, concentrado 1:200", 1000, "L", "2.35", "2027-01-15"),
        L(2, "WAX-HOT-5", "Cera caliente secante, 5 % sólidos", 600, "L", "3.90", "2027-01-15"),
        L(3, "RIM-ACID-25", "Limpiador de rines ácido, bidón 25 L", 20, "EA", "48.00", "2027-01-15"),
    ])
    reply = """Estimado Marco:

Gracias por su orden de compra 4500031347. Le confirmamos lo siguiente:

1. Shampoo espuma activa pH 7: 5 tambores de 200 L (1,000 L) a USD 470.00 por tambor. Embarque 8 de enero, entrega en su almacén 15 de enero.
2. Cera caliente secante: 3 tambores de 200 L (600 L) a USD 780.00 por tambor, misma fecha de entrega (15 de enero).
3. Limpiador de rines ácido bidón 25 L: 20 bidones a USD 48.00 c/u, entrega 22 de enero, porque el bidón de 25 L llega a nuestra planta hasta el 12/01.

Quedo atento a cualquier comentario.

Saludos cordiales,

Ing. Rodrigo Salinas
Gerente de Exportaciones
Químicos Lavaclean S.A. de C.V.
Av. Industrias 4410, Parque Industrial, 66600 Apodaca, N.L., México
Tel. +52 81 8386 1190"""
    assert D("470.00") / 200 == D("2.35") and D("780.00") / 200 == D("3.90")
    attr = "El mar, 10 nov 2026 a las 3:02, Marco Bellandi (<m.bellandi@brightwash-systems.example>) escribió:"
    text, html = gmail_reply(reply, po, attr)
    b = buyer(po)
    body = mime.multipart("alternative", [mime.text(text, quote_cs=False, charset="UTF-8"),
                                          mime.text(html, "html", quote_cs=False, charset="UTF-8")],
                          "000000000000c7d2e905f2c1a8b3")
    hdr = reply_headers(mime.addr("Rodrigo Salinas", "rsalinas@lavaclean.example"), mime.addr(b.name, b.email),
                        "Re: " + req_subject(po), mime.date(2026, 11, 17, 12, 48, 20, "-0600"), mid_gmail("c010"), po)
    exp = conf([(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(20, "48.00", "2027-01-22")})],
               "Drum quantities/prices convert back to the PO's litres (5 x 200 L at 470.00 = 1000 L at 2.35; "
               "3 x 200 L at 780.00 = 600 L at 3.90): unchanged; 'embarque 8 de enero' is a ship date, the delivery "
               "date 15 January wins; line 3 delivery 2027-01-22 (12/01 is the supplier's inbound date).")
    return Case([po], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 011
@case("salon-supplies-prices-only-asks-address", "needs_review/pt-BR",
      "The supplier confirms the three prices but asks for the delivery address and Saturday receiving before it "
      "will schedule delivery: no date commitment.")
def c011():
    s = sup("BELEZAPRO", "Beleza Pro Distribuidora Ltda.", "vendas@belezapro.example", "pt-BR")
    po = PO("4500031355", s, "salon", "USD", "2026-11-10", [
        L(1, "HD-2200-ION", "Secador profissional 2200 W, íon, cabo 3 m", 24, "EA", "68.00", "2026-12-18"),
        L(2, "TES-5.5-INOX", 'Tesoura fio navalha 5,5", aço inox 440C', 60, "EA", "19.50", "2026-12-18"),
        L(3, "CAPA-140x150", "Capa de corte 140x150 cm, poliéster", 200, "EA", "3.10", "2026-12-18"),
    ])
    reply = """Prezada Nadia, boa tarde!

Recebemos o seu pedido 4500031355. Os preços estão de acordo com a nossa tabela:

Secador 2200 W - US$ 68,00
Tesoura 5,5" - US$ 19,50
Capa de corte 140x150 - US$ 3,10

Antes de programarmos a entrega, por favor nos informe o endereço completo de entrega (o endereço que consta no pedido é do escritório ou do depósito?) e se o recebimento é possível aos sábados. Assim que tivermos esse retorno, confirmamos o prazo de entrega.

Atenciosamente,

Patrícia Nogueira
Comercial Exportação
Beleza Pro Distribuidora Ltda.
Rua Voluntários da Pátria, 1820 - Santana - São Paulo/SP - CEP 02011-300
Tel.: +55 11 2959-4410 | WhatsApp +55 11 99812-3344"""
    text, html = outlook_reply(reply, po, "pt", "terça-feira, 10 de novembro de 2026 11:26", charset="iso-8859-1")
    b = buyer(po)
    body = mime.multipart("alternative", [mime.text(text, "plain", "iso-8859-1"),
                                          mime.text(html, "html", "iso-8859-1")], ob("c011", 0, "BRAPRD01"))
    hdr = reply_headers(mime.addr("Patrícia Nogueira", "patricia.nogueira@belezapro.example", "iso-8859-1", "Q"),
                        mime.addr(b.name, b.email), "RES: " + req_subject(po),
                        mime.date(2026, 11, 18, 16, 40, 3, "-0300"), mid_outlook("c011", "BRAPRD01"), po,
                        extra=ol("c011", "pt-BR", req_subject(po)))
    return Case([po], mime.message(hdr, body),
                other("needs_review", "Only prices are confirmed; the delivery date is explicitly pending an answer "
                                      "about the delivery address and Saturday receiving, so nothing is committed."))


# --------------------------------------------------------------------------- 012
@case("cork-stoppers-xlsx-per-milheiro", "confirmation/pt-PT",
      "Values only in an XLSX with Excel serial dates and prices per thousand (EUR/milheiro) against per-piece PO "
      "prices.")
def c012():
    s = sup("CORTSORR", "Corticeira Vale do Sorraia, Lda.", "encomendas@cortsorraia.example", "pt-PT")
    po = PO("4500031371", s, "cork", "EUR", "2026-11-05", [
        L(1, "NAT-24x45-A", "Rolha natural 24x45 mm, classe Flor/Extra", 30000, "PCS", "0.2150", "2026-12-16"),
        L(2, "COL-24x38-T", "Rolha colmatada 24x38 mm, tratamento TCA", 50000, "PCS", "0.0620", "2026-12-16"),
        L(3, "CAP-19.5x33", "Rolha capsulada 19,5x33 mm, cabeça madeira", 20000, "PCS", "0.1380", "2027-01-15"),
    ])
    import datetime as _dt
    rows = [[xlsx.Bold("Corticeira Vale do Sorraia, Lda. - Confirmação de Encomenda")],
            ["Cliente", "Caves Distribution SAS"],
            ["Encomenda cliente", "4500031371"],
            ["N.º interno", "CE-2026/1187"],
            ["Data", _dt.date(2026, 11, 12)],
            [],
            [xlsx.Bold("Linha"), xlsx.Bold("Artigo"), xlsx.Bold("Descrição"), xlsx.Bold("Quantidade (un.)"),
             xlsx.Bold("Preço EUR/milheiro"), xlsx.Bold("Valor EUR"), xlsx.Bold("Data de entrega")],
            [1, "NAT-24x45-A", "Rolha natural 24x45 Flor/Extra", 30000, xlsx.Num("215.00"), xlsx.Num("6450.00"),
             _dt.date(2026, 12, 16)],
            [2, "COL-24x38-T", "Rolha colmatada 24x38 trat. TCA", 50000, xlsx.Num("64.00"), xlsx.Num("3200.00"),
             _dt.date(2026, 12, 16)],
            [3, "CAP-19.5x33", "Rolha capsulada 19,5x33 cabeça madeira", 20000, xlsx.Num("138.00"),
             xlsx.Num("2760.00"), _dt.date(2027, 1, 8)],
            [],
            [None, None, "Total", None, None, xlsx.Num("12410.00")],
            ["Preços por milheiro (1000 un.), entrega DAP Chorey-lès-Beaune."]]
    assert 30 * 215 == 6450 and 50 * 64 == 3200 and 20 * 138 == 2760 and 6450 + 3200 + 2760 == 12410
    data = xlsx.workbook([("Confirmação", rows)], creator="Sandra Lopes", modified="2026-11-12T09:58:40Z",
                         stamp=(2026, 11, 12, 9, 58, 40))
    reply = """Bom dia Sr. Marchand,

Segue em anexo a confirmação da sua encomenda 4500031371 (preços por milheiro, como habitualmente).

Com os melhores cumprimentos,

Sandra Lopes
Departamento Comercial
Corticeira Vale do Sorraia, Lda.
Zona Industrial de Coruche, Lote 12, 2100-051 Coruche, Portugal
Tel. +351 243 610 480"""
    text, html = outlook_reply(reply, po, "pt", "quinta-feira, 5 de novembro de 2026 15:12", charset="iso-8859-1")
    b = buyer(po)
    alt = mime.multipart("alternative", [mime.text(text, "plain", "iso-8859-1"),
                                         mime.text(html, "html", "iso-8859-1")], ob("c012", 0))
    body = mime.multipart("mixed", [alt, mime.attachment(
        data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Confirmacao_4500031371.xlsx")], ob("c012", 4))
    hdr = reply_headers(mime.addr("Sandra Lopes", "s.lopes@cortsorraia.example"), mime.addr(b.name, b.email),
                        "RE: " + req_subject(po), mime.date(2026, 11, 12, 10, 3, 15, "+0000"), mid_outlook("c012"),
                        po, extra=ol("c012", "pt-PT", req_subject(po), True))
    exp = conf([(po, {1: acc(po, 1), 2: chg(50000, "0.064", "2026-12-16"), 3: chg(20000, "0.1380", "2027-01-08")})],
               "Values only in the XLSX (dates as Excel serial numbers); per-thousand prices: 215.00 -> 0.215 "
               "(same), 64.00 -> 0.064 (changed from 0.062), 138.00 -> 0.138 (same) with line 3 earlier on "
               "2027-01-08.")
    return Case([po], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 013
@case("greenhouse-film-price-per-m2", "confirmation/nl-NL",
      "Prices are quoted per m² while the PO is per roll (12 x 50 m = 600 m², 8 x 40 m = 320 m²); 'week 50' as "
      "the date.")
def c013():
    s = sup("TBFWEST", "Tuinbouwfolie Westland B.V.", "verkoop@tbf-westland.example", "nl-NL")
    po = PO("4500031386", s, "green", "EUR", "2026-11-09", [
        L(1, "KF-200-12x50", "Kasfolie 4-jaars 200 mu, 12 x 50 m, UV-stabiel", 20, "ROL", "372.00", "2026-12-11"),
        L(2, "KF-150-8x40", "Kasfolie diffuus 150 mu, 8 x 40 m", 15, "ROL", "176.00", "2026-12-11"),
        L(3, "TAPE-50-25", "Reparatietape kasfolie 50 mm x 25 m", 40, "ROL", "9.80", "2026-12-11"),
    ])
    reply = """Goedemorgen Wouter,

Bedankt voor je order 4500031386. Hierbij bevestigen we:

- 20 rollen kasfolie 200 mu 12x50 m à € 0,65 per m² (grondstoftoeslag per 1 november)
- 15 rollen diffuus 150 mu 8x40 m à € 0,55 per m²
- 40 rollen reparatietape 50 mm à € 9,80 per rol

Levering alles in week 50 bij jullie in Honselersdijk.

Met vriendelijke groet,

Marcel van Leeuwen
Binnendienst Verkoop
Tuinbouwfolie Westland B.V.
Poeldijkseweg 41, 2691 KH 's-Gravenzande
T 0174 41 66 20"""
    assert D("0.65") * 600 == D("390.00") and D("0.55") * 320 == D("176.00")
    text, html = outlook_reply(reply, po, "nl", "maandag 9 november 2026 15:22", charset="windows-1252")
    b = buyer(po)
    body = mime.multipart("alternative", [mime.text(text, "plain", "windows-1252"),
                                          mime.text(html, "html", "windows-1252")], ob("c013", 0))
    hdr = reply_headers(mime.addr("Marcel van Leeuwen", "m.vanleeuwen@tbf-westland.example"),
                        mime.addr(b.name, b.email), "RE: " + req_subject(po),
                        mime.date(2026, 11, 12, 8, 55, 2, "+0100"), mid_outlook("c013"), po,
                        extra=ol("c013", "nl-NL", req_subject(po)))
    exp = conf([(po, {1: chg(20, "390.00", kw_friday(2026, 50)), 2: acc(po, 2), 3: acc(po, 3)})],
               "Per-m² prices convert to per-roll: 0,65 x 600 m² = 390.00 (changed from 372.00); 0,55 x 320 m² = "
               "176.00 (unchanged); 'week 50' = Friday 2026-12-11 = requested date; '1 november' is not a delivery "
               "date.")
    return Case([po], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 014
@case("road-barriers-dutch-out-of-office", "auto_reply/nl-BE",
      "Dutch Outlook out-of-office ('Ik ben terug op maandag 30 november') with dates and a colleague's contact; "
      "it is threaded on our request.")
def c014():
    s = sup("VTVLAAND", "Verkeerstechniek Vlaanderen NV", "info@vtvlaanderen.example", "nl-BE")
    po = PO("4500031392", s, "road", "EUR", "2026-11-12", [
        L(1, "BAR-NJ-200", "Betonnen New Jersey barrier 200x60x80 cm, 2,4 T", 40, "EA", "245.00", "2027-01-15"),
        L(2, "HEK-350-200", "Werfhek 3,50 x 2,00 m, verzinkt, 4 mm draad", 150, "EA", "38.50", "2027-01-15"),
        L(3, "VOET-RUB-28", "Rubberen hekvoet 28 kg", 160, "EA", "9.90", "2027-01-15"),
    ])
    body_txt = """Beste,

Ik ben afwezig van 16 november tot en met 27 november en heb geen toegang tot mijn mailbox. Ik ben terug op maandag 30 november 2026.

Voor dringende bestellingen en leveringen kunt u terecht bij mijn collega An Claes (an.claes@vtvlaanderen.example, +32 3 458 21 10).

Uw e-mail wordt niet automatisch doorgestuurd.

Met vriendelijke groeten,
Jan Peeters
Verkeerstechniek Vlaanderen NV"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>'
            + mso(body_txt) + "</body></html>")
    b = buyer(po)
    body = mime.multipart("alternative", [mime.text(body_txt, "plain", "iso-8859-1"),
                                          mime.text(html, "html", "iso-8859-1")], ob("c014", 0))
    hdr = reply_headers(mime.addr("Jan Peeters", "j.peeters@vtvlaanderen.example"), mime.addr(b.name, b.email),
                        "Automatisch antwoord: " + req_subject(po), mime.date(2026, 11, 16, 7, 2, 51, "+0100"),
                        mid_outlook("c014"), po,
                        extra=[("Thread-Topic", req_subject(po)), ("Thread-Index", thread_index("c014")),
                               ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                               ("X-MS-Exchange-Inbox-Rules-Loop", "j.peeters@vtvlaanderen.example"),
                               ("Content-Language", "nl-BE")])
    return Case([po], mime.message(hdr, body),
                other("auto_reply", "Out-of-office auto-reply in Dutch; 30 november is the return date, not a delivery "
                                    "date; no answer about the order."))


# --------------------------------------------------------------------------- 015
@case("vet-syringes-partial-deliveries-pln", "confirmation/pl-PL",
      "Line 1 delivered in two lots (3 000 by 11.12, 2 000 by 21.12); line 3 has a new price with a price-list "
      "date 'od 1.12' that is not a delivery date; Polish number format '5 000 szt.', '0,069 zł'.")
def c015():
    s = sup("MEDIVETPL", "Medivet Polska Sp. z o.o.", "zamowienia@medivet.example", "pl-PL")
    po = PO("4500031410", s, "vet", "PLN", "2026-11-10", [
        L(1, "STR-1ML-TB", 'Strzykawka tuberkulinowa 1 ml z igłą 26G x 3/8"', 5000, "EA", "0.42", "2026-12-11"),
        L(2, "STR-20ML-LL", "Strzykawka 20 ml Luer Lock, sterylna", 2000, "EA", "0.96", "2026-12-11"),
        L(3, "IGL-21G-1", 'Igła iniekcyjna 21G x 1" (0,8 x 25 mm)', 10000, "EA", "0.065", "2026-12-11"),
    ])
    reply = """Dzień dobry Pani Anjo,

dziękujemy za zamówienie nr 4500031410. Potwierdzamy:

poz. 1 - strzykawka tuberkulinowa 1 ml: 5 000 szt., cena 0,42 zł/szt.; dostawa częściowa: 3 000 szt. do 11.12.2026, pozostałe 2 000 szt. do 21.12.2026
poz. 2 - strzykawka 20 ml LL: 2 000 szt., 0,96 zł/szt., dostawa do 11.12.2026
poz. 3 - igła 21G x 1": 10 000 szt., cena 0,069 zł/szt. (nowy cennik od 1.12), dostawa do 11.12.2026

Pozdrawiam serdecznie,

Katarzyna Zielińska
Dział Obsługi Klienta
Medivet Polska Sp. z o.o.
ul. Przemysłowa 22, 62-080 Tarnowo Podgórne
tel. +48 61 814 77 20"""
    text, html = outlook_reply(reply, po, "pl", "wtorek, 10 listopada 2026 13:02", charset="iso-8859-2")
    b = buyer(po)
    body = mime.multipart("alternative", [mime.text(text, "plain", "iso-8859-2"),
                                          mime.text(html, "html", "iso-8859-2")], ob("c015", 0))
    hdr = reply_headers(mime.addr("Katarzyna Zielińska", "k.zielinska@medivet.example", "iso-8859-2", "Q"),
                        mime.addr(b.name, b.email), "RE: " + req_subject(po),
                        mime.date(2026, 11, 13, 13, 18, 27, "+0100"), mid_outlook("c015"), po,
                        extra=ol("c015", "pl-PL", req_subject(po)))
    exp = conf([(po, {1: chg(5000, "0.42", "2026-12-21", [(3000, "2026-12-11"), (2000, "2026-12-21")]),
                      2: acc(po, 2), 3: chg(10000, "0.069", "2026-12-11")})],
               "Two deliveries on line 1 (schedule, last date 21.12.2026); line 3 price 0,069 (price list 'od 1.12' is "
               "not a date commitment); space as thousands separator.")
    return Case([po], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 016
@case("electrician-gloves-week-51-and-rejected-class-2", "confirmation/cs-CZ",
      "Czech plain text in windows-1250: 'v 51. týdnu' for two lines, a rejected class-2 glove line, and a date "
      "written '11. 12. 2026' with spaces.")
def c016():
    s = sup("ELEKTROIZ", "Elektroizol Ochrana s.r.o.", "obchod@elektroizol.example", "cs-CZ")
    po = PO("4500031425", s, "gloves", "CZK", "2026-11-11", [
        L(1, "GLV-00-500-9", "Dielektrické rukavice třída 00, 500 V AC, vel. 9", 200, "PAIR", "389.00", "2026-12-11"),
        L(2, "GLV-0-1000-10", "Dielektrické rukavice třída 0, 1000 V AC, vel. 10", 150, "PAIR", "465.00",
          "2026-12-11"),
        L(3, "GLV-2-17000-10", "Dielektrické rukavice třída 2, 17 000 V AC, vel. 10", 40, "PAIR", "1290.00",
          "2026-12-11"),
        L(4, "BAG-GLV-40", "Ochranný vak na rukavice 40 cm", 100, "EA", "145.00", "2026-12-11"),
    ])
    reply = """Dobrý den paní O'Donnell,

děkujeme za objednávku 4500031425. K jednotlivým položkám:

1) rukavice tř. 00, vel. 9 - 200 párů po 389,00 Kč, dodání v 51. týdnu
2) rukavice tř. 0, vel. 10 - 150 párů po 465,00 Kč, dodání v 51. týdnu
3) rukavice tř. 2 (17 000 V) - tuto třídu již nevyrábíme, položku bohužel nemůžeme dodat
4) ochranný vak 40 cm - 100 ks po 145,00 Kč, dodání 11. 12. 2026

Všechny rukavice jsou testovány dle ČSN EN IEC 60903, protokoly zašleme s dodávkou.

S pozdravem

Ing. Tomáš Novák
obchodní oddělení
Elektroizol Ochrana s.r.o.
Průmyslová 1480, 530 03 Pardubice
tel.: +420 466 613 250"""
    attr = "Dne 11.11.2026 v 15:44 Sarah O'Donnell napsal(a):"
    text = gt_reply(reply, po, attr)
    b = buyer(po)
    part = mime.text(text, "plain", "windows-1250", cte="8bit", quote_cs=False, extra_ct="; format=flowed")
    hdr = reply_headers(mime.addr("Tomáš Novák", "novak@elektroizol.example", "windows-1250", "Q"),
                        mime.addr(b.name, b.email), "Re: " + req_subject(po),
                        mime.date(2026, 11, 16, 10, 21, 37, "+0100"), mid_tb("c016", "elektroizol.example"), po,
                        extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "cs")])
    exp = conf([(po, {1: chg(200, "389.00", kw_friday(2026, 51)), 2: chg(150, "465.00", kw_friday(2026, 51)),
                      3: REJ, 4: acc(po, 4)})],
               "'v 51. týdnu' = Friday 2026-12-18 for lines 1-2; line 3 is declined ('nemůžeme dodat'); line 4 on "
               "'11. 12. 2026' = requested; the standard number 60903 and 17 000 V are not values.")
    return Case([po], mime.message(hdr, part), exp)


# --------------------------------------------------------------------------- 017
@case("road-barriers-postfix-dsn-user-unknown", "bounce/sk-SK",
      "Postfix multipart/report DSN with message/delivery-status and the full original request (PO table and "
      "dates) attached as message/rfc822.")
def c017():
    s = sup("CESTZAB", "Cestné Zábrany Slovakia s.r.o.", "objednavky@cestne-zabrany.example", "sk-SK")
    po = PO("4500031433", s, "road", "EUR", "2026-11-12", [
        L(1, "ZAB-PL-1000", "Plastová zábrana 1000x800 mm, červeno-biela, plniteľná vodou", 120, "EA", "42.00",
          "2027-01-08"),
        L(2, "SVT-LED-12V", "Výstražné svetlo LED 12V, žlté, typ A", 60, "EA", "15.60", "2027-01-08"),
    ])
    b = buyer(po)
    orig_hdr = [("Return-Path", f"<{b.email}>"), ("From", mime.addr(b.name, b.email)),
                ("To", s["email"]), ("Subject", req_subject(po)), ("Date", mime.date(2026, 11, 12, 9, 15, 30, "+0000")),
                ("Message-ID", po["request_message_id"]), ("X-Mailer", "SAP NetWeaver 7.50")]
    orig = mime.message(orig_hdr, mime.text(req_text(po), "plain", "utf-8"))
    report = f"""This is the mail system at host mail.roadsafe-rental.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<objednavky@cestne-zabrany.example>: host mx1.cestne-zabrany.example[192.0.2.71]
    said: 550 5.1.1 <objednavky@cestne-zabrany.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
"""
    dsn = """Reporting-MTA: dns; mail.roadsafe-rental.example
X-Postfix-Queue-ID: 4Ck7Qm2Zx9z3hhTq
X-Postfix-Sender: rfc822; o.grant@roadsafe-rental.example
Arrival-Date: Thu, 12 Nov 2026 09:15:30 +0000 (GMT)

Final-Recipient: rfc822; objednavky@cestne-zabrany.example
Original-Recipient: rfc822;objednavky@cestne-zabrany.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.cestne-zabrany.example
Diagnostic-Code: smtp; 550 5.1.1 <objednavky@cestne-zabrany.example>:
    Recipient address rejected: User unknown in virtual mailbox table
"""
    body = mime.multipart("report", [
        mime.text(report, "plain", "us-ascii", "7bit", quote_cs=False,
                  extra_headers=[("Content-Description", "Notification")]),
        mime.raw_part("message/delivery-status", dsn, [("Content-Description", "Delivery report")]),
        mime.rfc822(orig, [("Content-Description", "Undelivered Message")])],
        "4Ck7Qm2Zx9z3hhTq.1794475533/mail.roadsafe-rental.example",
        params="; report-type=delivery-status", preamble="This is a MIME-encapsulated message.")
    hdr = [("Return-Path", "<>"),
           ("From", "MAILER-DAEMON@mail.roadsafe-rental.example (Mail Delivery System)"),
           ("To", b.email), ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", mime.date(2026, 11, 12, 9, 15, 33, "+0000")),
           ("Message-ID", "<20261112091533.5D1E23C0A7F@mail.roadsafe-rental.example>"),
           ("Auto-Submitted", "auto-replied")]
    return Case([po], mime.message(hdr, body),
                other("bounce", "Postfix DSN (user unknown); the attached original request carries the PO table with "
                                "quantities, prices and need-by dates, which are not an answer."))


# --------------------------------------------------------------------------- 018
@case("solar-heaters-hungarian-dates", "confirmation/hu-HU",
      "Hungarian long dates '2026. december 18.', decimal commas, family-name-first names and a new price list "
      "date '2026. november 1-től' beside real delivery dates.")
def c018():
    s = sup("NAPKOLHU", "Napkollektor Hungária Kft.", "rendeles@napkollektor-hu.example", "hu-HU")
    po = PO("4500031450", s, "solar", "EUR", "2026-11-11", [
        L(1, "NK-SIK-2.3", "Flat plate collector 2.3 m2, 4 mm tempered glass", 30, "EA", "289.00", "2026-12-11"),
        L(2, "TAR-300-2H", "Solar storage tank 300 l, 2 heat exchangers", 12, "EA", "615.00", "2026-12-11"),
        L(3, "SZIV-SOL-25", "Solar pump station 25/6, 2-9 l/min", 12, "EA", "198.00", "2026-12-11"),
    ])
    reply = """Tisztelt Marchetti Asszony!

Köszönjük megrendelését (4500031450). Az alábbiak szerint visszaigazoljuk:

1. Síkkollektor 2,3 m2 - 30 db, 289,00 EUR/db, szállítás: 2026. december 11.
2. Szolár tároló 300 l, 2 hőcserélős - 12 db, 615,00 EUR/db, szállítás: 2026. december 18.
3. Szivattyú csoport 25/6 - 12 db, 205,00 EUR/db (új árlista 2026. november 1-től), szállítás: 2026. december 18.

A szállítás paritása DAP Verona. Kérdés esetén állok rendelkezésére.

Üdvözlettel:

Kovács Péter
értékesítési vezető
Napkollektor Hungária Kft.
6000 Kecskemét, Ipari út 14.
Tel.: +36 76 505 210"""
    text, html = outlook_reply(reply, po, "hu", "2026. november 11., szerda 10:37", charset="iso-8859-2")
    b = buyer(po)
    body = mime.multipart("alternative", [mime.text(text, "plain", "iso-8859-2"),
                                          mime.text(html, "html", "iso-8859-2")], ob("c018", 0))
    hdr = reply_headers(mime.addr("Kovács Péter", "kovacs.peter@napkollektor-hu.example", "iso-8859-2", "Q"),
                        mime.addr(b.name, b.email), "VS: " + req_subject(po),
                        mime.date(2026, 11, 16, 14, 9, 12, "+0100"), mid_outlook("c018"), po,
                        extra=ol("c018", "hu-HU", req_subject(po)))
    exp = conf([(po, {1: acc(po, 1), 2: chg(12, "615.00", "2026-12-18"), 3: chg(12, "205.00", "2026-12-18")})],
               "Hungarian 'YYYY. month DD.' dates; line 3 new price 205,00 (the 'november 1-től' is the price-list "
               "validity); line 2 and 3 one week later than requested.")
    return Case([po], mime.message(hdr, body), exp)
