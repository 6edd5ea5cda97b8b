"""Cases 055-070."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from . import mime, pdf, xlsx
from .common import (Att, REJ, UNC, Supplier, acc, attribution, case, chg, confirmation, esc, mkpo, other,
                     reply, request_message, tz, when, wrap_html, received, BUYER_DOMAIN, num_en, num_eu)


# ---------------------------------------------------------------------------
@case("archery-hindi-rupees", "confirmation/hi-IN",
      "Hindi reply mixing Devanagari and English item names, rupee prices '₹3,850.00 प्रति नग', one price and one date change.")
def c055(c):
    sup = Supplier("MST", "Meerut Sports Targets Pvt. Ltd.", "sales@meerut-targets.example", "hi-IN")
    po = mkpo("4500232575", sup, "mara", "INR", "2026-11-27", [
        ("AT-HAY-120", "Hay target boss 120 cm, 12 cm thick", 50, "EA", "3850.00", "2026-12-21"),
        ("AT-FACE-60", "Target face 60 cm, 10-ring, waterproof", 1000, "EA", "42.00", "2026-12-21"),
        ("AT-STD-FLD", "Target stand folding steel, 1.5 m", 50, "EA", "2150.00", "2026-12-21"),
    ])
    date = when("2026-12-02 18:05:14", "+0530")
    body = """आदरणीय Mara जी,

आपके PO नं. 4500232575 के लिए धन्यवाद। हम निम्नलिखित की पुष्टि करते हैं:

1. Hay target boss 120 cm (AT-HAY-120) – 50 नग, ₹3,850.00 प्रति नग, डिलीवरी 21/12/2026
2. Target face 60 cm (AT-FACE-60) – 1,000 नग, ₹44.00 प्रति नग, डिलीवरी 21/12/2026 (waterproof coating की लागत बढ़ गई है)
3. Folding target stand (AT-STD-FLD) – 50 नग, ₹2,150.00 प्रति नग, डिलीवरी 04/01/2027

धन्यवाद एवं सादर,
राजेश शर्मा (Rajesh Sharma)
बिक्री प्रबंधक | Meerut Sports Targets Pvt. Ltd.
Sports Goods Complex, Delhi Road, Meerut – 250002, उत्तर प्रदेश
मो. +91 98370 41122
"""
    att = attribution("gmail", "en", po, tz("+0530"))
    eml = reply(c, po, frm=("Rajesh Sharma", "rajesh.sharma@meerut-targets.example"), date=date, body=body,
                client="gmail", prefix="Re:", attribution=att, cte="base64")
    exp = confirmation([(po, {1: acc(po, 1), 2: chg(po, 2, unit_price="44.00"), 3: chg(po, 3, date="2027-01-04")})],
                       "Hindi text with English item names; line 2 price ₹44.00 instead of 42.00 (coating cost), line "
                       "3 delivered 04/01/2027 (day-first, 4 Jan) instead of 21 Dec; line 1 as ordered. UTF-8 base64.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("bakery-see-below-nothing", "needs_review/en-SG",
      "'Pls see our reply in blue below' - but below is only our own unchanged request; every value is in our quoted text.")
def c056(c):
    sup = Supplier("SBI", "Straits Bakery Ingredients Pte Ltd", "sales@straitsbakery.example", "en-SG")
    po = mkpo("4500232590", sup, "jonas", "SGD", "2026-11-27", [
        ("BI-SOFT-10", "Bread softener enzyme blend, 10 kg carton", 40, "EA", "86.00", "2026-12-18"),
        ("BI-IMP-25", "All-purpose bread improver, 1% dosage, 25 kg bag", 60, "EA", "112.00", "2026-12-18"),
    ])
    date = when("2026-12-03 17:55:40", "+0800")
    body = """Hi Jonas,

Pls see our reply in blue below.

Thanks & regards,
Jasmine Tan
Sales Executive
Straits Bakery Ingredients Pte Ltd
21 Senoko Loop, Singapore 758166
DID +65 6257 4410 | HP +65 9127 3380
"""
    eml = reply(c, po, frm=("Jasmine Tan", "jasmine.tan@straitsbakery.example"), date=date, body=body,
                client="outlook", lang="en", prefix="RE:", charset="us-ascii", cte="7bit", html_cte="quoted-printable",
                region="apcprd03", qstyle="outlook_line")
    exp = other("needs_review", "The reply points to answers 'in blue below', but the quoted part is our request, "
                                "unchanged and without any coloured text in the HTML; quantities, prices and dates exist "
                                "only in our own quoted text, so nothing is confirmed and a buyer must ask again.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
def _invoice_pdf_057():
    pg = pdf.Page(612, 792)
    pg.text(40, 740, "Filets de Pêche Gaspésie inc.", 15, True)
    pg.text(40, 726, "145, boul. du Havre, Gaspé (Québec) G4X 2R7  |  418 368-2211  |  TPS 81447 2290 RT0001", 7.5)
    pg.text(420, 740, "FACTURE", 16, True)
    pg.row(718, [420, 500], ["No de facture :", "2026-11873"], 8.5)
    pg.row(706, [420, 500], ["Date :", "2026-11-30"], 8.5)
    pg.row(694, [420, 500], ["Votre commande :", "4500229874"], 8.5)
    pg.row(682, [420, 500], ["Livré le :", "2026-11-24"], 8.5)
    pg.text(40, 690, "Facturé à :", 8.5, True)
    pg.text(40, 678, "Kestrel Supply Group B.V.", 8.5)
    pg.text(40, 666, "Waalhaven Z.z. 41, 3089 JH Rotterdam, Pays-Bas", 8.5)
    y = 630
    pg.rect(36, y - 4, 540, 14, 0.88)
    pg.row(y, [40, 130, (400,), 405, (480,), (560,)], ["Article", "Description", "Qté", "U", "Prix unit.", "Montant"], 8, True)
    rows = [("FN-FLT-PVC", "Flotteur PVC 125x75 mm", 200, "UN", Decimal("3.90")),
            ("FN-TWN-210", "Fil de ramendage 210D/24, bobine 1 kg", 60, "UN", Decimal("24.50")),
            ("FN-GIL-50", "Filet maillant 210D/9, maille 50 mm", 120, "m²", Decimal("17.19"))]
    total = Decimal("0")
    y -= 18
    for it, desc, q, u, p in rows:
        amt = q * p
        total += amt
        sp = lambda x: num_en(x, 2).replace(",", " ").replace(".", ",")
        pg.row(y, [40, 130, (400,), 405, (480,), (560,)], [it, desc, str(q), u, sp(p), sp(amt)], 8.5)
        y -= 14
    assert total == Decimal("4312.80")
    pg.line(36, y + 6, 576, y + 6)
    pg.row(y - 8, [380, (560,)], ["Sous-total", "4 312,80 $"], 8.5)
    pg.row(y - 20, [380, (560,)], ["TPS / TVQ (exportation)", "0,00 $"], 8.5)
    pg.row(y - 34, [380, (560,)], ["TOTAL $ CA", "4 312,80 $"], 9.5, True)
    pg.text(40, y - 70, "Modalités : net 30 jours (échéance 2026-12-30). Virement : Caisse Desjardins de Gaspé, folio 0412877.", 8)
    return pdf.build([pg], title="Facture 2026-11873", author="Filets de Pêche Gaspésie inc.",
                     producer="Sage 50 Comptabilité", creator="Sage 50", created="D:20261130131502-05'00'", compress=False)


@case("fishing-invoice-other-po", "unrelated/fr-CA",
      "Québec invoice (PDF) for a different, already delivered PO 4500229874 that even contains an item of the open PO at the same price.")
def c057(c):
    sup = Supplier("FPG", "Filets de Pêche Gaspésie inc.", "ventes@filetsgaspesie.example", "fr-CA")
    po = mkpo("4500232611", sup, "mara", "CAD", "2026-11-27", [
        ("FN-SEINE-40", "Purse seine netting 210D/36, mesh 40 mm", 800, "M2", "6.40", "2027-01-15"),
        ("FN-FLT-PVC", "Float PVC 125x75 mm, 2.1 kg buoyancy", 400, "EA", "3.90", "2027-01-15"),
    ])
    date = when("2026-11-30 13:22:07", "-0500")
    body = """Bonjour,

Veuillez trouver ci-joint notre facture no 2026-11873 pour votre bon de commande 4500229874, livré le 24 novembre 2026.

Montant : 4 312,80 $ CA (exportation, TPS/TVQ non applicables)
Modalités : net 30 jours, soit au plus tard le 30 décembre 2026.

Merci de votre confiance!

Louise Thériault
Comptes à recevoir
Filets de Pêche Gaspésie inc.
145, boul. du Havre, Gaspé (Québec) G4X 2R7
418 368-2211 poste 204
"""
    eml = reply(c, po, frm=("Comptes à recevoir", "comptabilite@filetsgaspesie.example"), date=date, body=body,
                client="outlook", lang="fr", locale="fr-CA", quote="none", threaded=False, charset="iso-8859-1",
                subject="Facture 2026-11873 - Bon de commande 4500229874", region="namprd11",
                attachments=[Att(_invoice_pdf_057(), "application/pdf", "Facture_2026-11873.pdf")])
    exp = other("unrelated", "An invoice for another, already delivered order (4500229874, not in pos.json). It lists "
                             "FN-FLT-PVC at 3,90 - the same item and price as line 2 of the open PO - which must not be "
                             "read as a confirmation of PO 4500232611.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("ink-ooo-italian", "auto_reply/it-IT",
      "Italian Outlook out-of-office ('Risposta automatica') with absence dates 30/11-04/12/2026 and an alternative contact.")
def c058(c):
    sup = Supplier("ILS", "Inchiostri Lombardi S.p.A.", "ordini@inchiostrilombardi.example", "it-IT")
    po = mkpo("4500232630", sup, "priya", "EUR", "2026-11-30", [
        ("INK-FLX-CY", "Flexo water-based ink cyan, 20 kg", 10, "EA", "96.00", "2026-12-18"),
        ("INK-FLX-OPW", "Flexo water-based ink opaque white, 20 kg", 15, "EA", "88.00", "2026-12-18"),
    ])
    date = when("2026-11-30 09:12:39", "+0100")
    body = """Gentile mittente,

sarò fuori ufficio dal 30/11 al 04/12/2026 compresi, con accesso limitato alla posta elettronica.
Per ordini e conferme d'ordine scrivete a ordini@inchiostrilombardi.example oppure chiamate lo 02 9475 3310.

Cordiali saluti
Paola Ferri
Customer Service - Inchiostri Lombardi S.p.A.

I am out of the office from 30/11 to 04/12/2026. For orders please write to ordini@inchiostrilombardi.example.
"""
    eml = reply(c, po, frm=("Paola Ferri", "p.ferri@inchiostrilombardi.example"), date=date, body=body,
                client="outlook", lang="it", quote="none", charset="iso-8859-1", return_path="<>",
                subject=f"Risposta automatica: {po.subject}",
                extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    exp = other("auto_reply", "Out-of-office in Italian and English; the only dates are the absence period "
                              "(30/11 - 04/12/2026), nothing about the order.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("qmail-plain-bounce", "bounce/pl-PL",
      "Plain-text qmail 'failure notice' (mailbox over quota) with the raw original request, MIME parts and QP table included, below the marker line.")
def c059(c):
    sup = Supplier("FKM", "Filtry Kawowe Mazowsze Sp. z o.o.", "biuro@filtry-mazowsze.example", "pl-PL")
    po = mkpo("4500232648", sup, "tomasz", "PLN", "2026-11-30", [
        ("CF-1X2-WH", "Coffee filter size 1x2, white, 100 per pack", 5000, "PCS", "1.85", "2026-12-18"),
        ("CF-1X6-BR", "Coffee filter size 1x6, brown, 80 per pack", 3000, "PCS", "2.40", "2026-12-18"),
        ("CF-CONE-4", "Reusable cone filter size 4, stainless", 200, "EA", "18.90", "2027-01-08"),
    ])
    date = when("2026-11-30 09:13:05", "+0100")
    orig = request_message(c, po).decode("ascii").replace("\r\n", "\n")
    rcv = (f"Received: (qmail 28411 invoked from network); 30 Nov 2026 08:12:59 -0000\n"
           f"Received: from mx1.{BUYER_DOMAIN} (198.51.100.20)\n  by mail.filtry-mazowsze.example with SMTP; 30 Nov 2026 08:12:59 -0000\n")
    text = f"""Hi. This is the qmail-send program at mail.filtry-mazowsze.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<biuro@filtry-mazowsze.example>:
The users mailfolder is over the allowed quota (size). (#5.2.2)

--- Below this line is a copy of the message.

Return-Path: <{po.buyer.email}>
{rcv}{orig}"""
    part = mime.text(text, "plain", "us-ascii", "7bit")
    hdrs = [("Return-Path", "<>"),
            ("Received", f"from mail.filtry-mazowsze.example (mail.filtry-mazowsze.example [203.0.113.61]) by mx1.{BUYER_DOMAIN} "
                         f"(Postfix) with ESMTP id {c.hex('q', 10, True)} for <{po.buyer.email}>; {mime.date_header(date)}"),
            ("Date", "Mon, 30 Nov 2026 08:13:05 +0000"),
            ("From", "MAILER-DAEMON@mail.filtry-mazowsze.example"),
            ("To", po.buyer.email),
            ("Subject", "failure notice"),
            ("Message-ID", f"<20261130081305.28413.qmail@mail.filtry-mazowsze.example>")]
    eml = mime.message(hdrs, part, mime_version=False)
    eml = eml.replace(b"Content-Type: text/plain; charset=\"us-ascii\"\r\nContent-Transfer-Encoding: 7bit\r\n", b"")
    exp = other("bounce", "qmail plain-text bounce without MIME structure (no multipart/report): the mailbox is over "
                          "quota. Below '--- Below this line is a copy of the message.' the full original request "
                          "follows with its own headers, MIME boundaries and the quoted-printable PO table.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("tile-price-list-2027", "unrelated/sv-SE",
      "Swedish 2027 price list (XLSX) from the supplier listing the very item codes of the open PO with new prices, but not answering it.")
def c060(c):
    sup = Supplier("NKF", "Norrlands Kakelfix AB", "sales@kakelfix.example", "sv-SE")
    po = mkpo("4500232666", sup, "mara", "SEK", "2026-11-30", [
        ("TA-FIX-20", "Tile adhesive KakelFix Flex, 20 kg", 400, "EA", "189.00", "2026-12-18"),
        ("TA-FOG-5", "Tile grout 5 kg, light grey", 200, "EA", "98.00", "2026-12-18"),
    ])
    date = when("2026-12-01 08:30:19", "+0100")
    items = [("TA-FIX-20", "KakelFix Flex fästmassa C2TE S1", "20 kg", Decimal("189.00"), Decimal("196.00")),
             ("TA-FIX-R20", "KakelFix Rapid snabbhärdande", "20 kg", Decimal("249.00"), Decimal("259.00")),
             ("TA-FOG-5", "Fogmassa ljusgrå", "5 kg", Decimal("98.00"), Decimal("102.00")),
             ("TA-FOG-5A", "Fogmassa antracit", "5 kg", Decimal("104.00"), Decimal("108.00")),
             ("TA-PRM-5", "Primer koncentrat", "5 l", Decimal("176.00"), Decimal("182.00")),
             ("TA-TAT-15", "Tätskikt rollbart", "15 kg", Decimal("1150.00"), Decimal("1195.00"))]
    rows = [["Prislista 2027 - Norrlands Kakelfix AB"], ["Giltig från", dt.date(2027, 1, 1)], [],
            [("b", "Artikelnr"), ("b", "Benämning"), ("b", "Förp."), ("b", "Pris 2026 SEK"), ("b", "Pris 2027 SEK"),
             ("b", "Ändring %")]]
    for it, name, pk, p26, p27 in items:
        rows.append([it, name, pk, p26, p27, float(round((p27 / p26 - 1) * 100, 1))])
    rows += [[], ["Alla priser exkl. moms, per förpackning. Beställningar lagda senast 2026-12-15 levereras till 2026 års priser."]]
    data = xlsx.build([("Prislista 2027", rows)], creator="Erik Sandberg", created="2026-11-30T15:02:44Z",
                      date_format="yyyy-mm-dd", col_widths=[12, 34, 8, 14, 14, 10])
    body = """Hej!

Bifogat finner ni vår prislista för 2027, giltig från 1 januari 2027. Priserna höjs i genomsnitt med 3,8 %. Beställningar som läggs senast 15 december 2026 levereras till 2026 års priser.

Hör av er om ni har frågor.

Med vänliga hälsningar
Erik Sandberg
Key Account Manager
Norrlands Kakelfix AB
Industrigatan 12, 852 39 Sundsvall
Tel 060-17 44 90
"""
    eml = reply(c, po, frm=("Erik Sandberg", "erik.sandberg@kakelfix.example"), date=date, body=body,
                client="outlook", lang="sv", quote="none", threaded=False, charset="iso-8859-1",
                subject="Prislista 2027 - KakelFix",
                attachments=[Att(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                 "Prislista_2027_Kakelfix.xlsx")])
    exp = other("unrelated", "A general 2027 price list sent to all customers, not threaded and not mentioning PO "
                             "4500232666. The XLSX contains the PO's item codes (TA-FIX-20 196,00, TA-FOG-5 102,00) "
                             "with 2027 prices, which must not be taken as a price change for the open order (orders "
                             "placed by 15 Dec keep 2026 prices).")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("clamp-binding-next-week", "needs_review/de-DE",
      "German interim answer: 'voraussichtlich KW 51' for one line, waiting on the forge for the other, binding confirmation 'Anfang nächster Woche'.")
def c061(c):
    sup = Supplier("GBS", "Gerüstbeschläge Siegerland GmbH", "auftrag@geruestbeschlaege-siegerland.example", "de-DE")
    po = mkpo("4500232683", sup, "tomasz", "EUR", "2026-11-30", [
        ("SC-NK-48", "Normal coupler 48.3 mm, EN 74-1 class B", 3000, "PCS", "2.95", "2026-12-18"),
        ("SC-DK-48", "Swivel coupler 48.3 mm, EN 74-1 class B", 1500, "PCS", "3.40", "2026-12-18"),
    ])
    date = when("2026-12-02 16:12:55", "+0100")
    body = """Sehr geehrter Herr Wren,

vielen Dank für Ihre Bestellung 4500232683. Die Normalkupplungen sind voraussichtlich in KW 51 versandbereit, bei den Drehkupplungen warten wir noch auf die Rückmeldung unserer Schmiede. Eine verbindliche Auftragsbestätigung mit Terminen erhalten Sie Anfang nächster Woche.

Mit freundlichen Grüßen

Thomas Klein
Auftragsabwicklung
Gerüstbeschläge Siegerland GmbH
Eiserfelder Straße 210, 57080 Siegen
Tel. +49 271 38 44-120
"""
    eml = reply(c, po, frm=("Thomas Klein", "t.klein@geruestbeschlaege-siegerland.example"), date=date, body=body,
                client="outlook", lang="de", prefix="AW:", charset="iso-8859-1", qstyle="outlook_orig")
    exp = other("needs_review", "An interim answer: 'voraussichtlich KW 51' (expected, not binding) for line 1, no "
                                "answer yet for line 2, and the binding confirmation promised for next week. Nothing "
                                "is committed.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
def _ar_pdf_062():
    pg = pdf.Page()
    pg.text(50, 790, "DÉTECTION ASCENSEURS LYONNAISE SAS", 13, True)
    pg.text(50, 776, "ZI de la Mouche, 14 rue des Frères Lumière, 69200 Vénissieux - SIRET 812 447 190 00027", 7.5)
    pg.text(330, 740, "ACCUSÉ DE RÉCEPTION DE COMMANDE", 11, True)
    pg.row(722, [330, 450], ["N° AR :", "AR-26-3391"], 9)
    pg.row(710, [330, 450], ["Date :", "03/12/2026"], 9)
    pg.row(698, [330, 450], ["Votre commande :", "4500232700"], 9)
    pg.text(50, 722, "Client : Kestrel Supply Group B.V.", 9)
    pg.text(50, 710, "À l'attention de Mme Priya Castellano", 9)
    y = 660
    pg.rect(45, y - 4, 505, 14, 0.88)
    pg.row(y, [50, 80, 170, (390,), (455,), (540,)], ["Poste", "Référence", "Désignation", "Qté", "P.U. HT €", "Montant HT €"], 8, True)
    rows = [("1", "ED-RID-2000", "Barrière immatérielle 2000 mm, 2x94 faisceaux", "30", "146,00", "4 380,00"),
            ("2", "ED-CBL-10", "Câble pendentif 10 m pour détecteur", "30", "22,40", "672,00")]
    y -= 18
    for r in rows:
        pg.row(y, [50, 80, 170, (390,), (455,), (540,)], list(r), 8.5)
        pg.text(170, y - 10, "Date de livraison : 18/12/2026", 7.5)
        y -= 26
    pg.line(45, y + 10, 550, y + 10)
    pg.row(y - 4, [330, (540,)], ["Total HT", "5 052,00"], 9, True)
    pg.text(50, y - 40, "Conditions : franco de port, paiement à 45 jours fin de mois.", 8)
    return pdf.build([pg], title="AR-26-3391", author="DAL ADV", producer="Divalto infinity", creator="Divalto",
                     created="D:20261203113915+01'00'")


@case("door-sensor-body-vs-pdf", "needs_review/fr-FR",
      "French body says 'livraison le 11/12' while the attached acknowledgment PDF says 18/12/2026 for both lines: contradictory.")
def c062(c):
    sup = Supplier("DAL", "Détection Ascenseurs Lyonnaise SAS", "adv@detection-ascenseurs.example", "fr-FR")
    po = mkpo("4500232700", sup, "priya", "EUR", "2026-11-30", [
        ("ED-RID-2000", "Door light curtain 2000 mm, 2 x 94 beams, 24V", 30, "SET", "146.00", "2026-12-11"),
        ("ED-CBL-10", "Travelling cable 10 m for door detector", 30, "EA", "22.40", "2026-12-11"),
    ])
    assert 30 * Decimal("146.00") == Decimal("4380.00") and 30 * Decimal("22.40") == Decimal("672.00")
    date = when("2026-12-03 11:48:20", "+0100")
    body = """Bonjour Madame Castellano,

Veuillez trouver ci-joint notre accusé de réception de commande AR-26-3391. Nous confirmons les deux postes aux prix de votre commande, livraison le 11/12.

Cordialement,

Julien Mercier
Administration des ventes
Détection Ascenseurs Lyonnaise SAS
ZI de la Mouche, 14 rue des Frères Lumière, 69200 Vénissieux
Tél. : +33 4 72 50 18 36
"""
    eml = reply(c, po, frm=("Julien Mercier", "j.mercier@detection-ascenseurs.example"), date=date, body=body,
                client="outlook", lang="fr", prefix="RE :", charset="iso-8859-1",
                attachments=[Att(_ar_pdf_062(), "application/pdf", "AR-26-3391.pdf")])
    exp = other("needs_review", "Body and attachment contradict each other: the text confirms delivery on 11/12 "
                                "(= requested), the attached AR-26-3391 gives 'Date de livraison : 18/12/2026' for both "
                                "lines. Quantities and prices agree, but the date cannot be decided without asking.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("dried-fruit-chinese-vague", "needs_review/zh-CN",
      "Chinese reply: shipping 'around mid to late January' (1月中下旬左右), exact date after production planning, price 'should be no problem'.")
def c063(c):
    sup = Supplier("XTF", "Xinjiang Tianshan Fruit Co., Ltd.", "export@tianshanfruit.example", "zh-CN")
    po = mkpo("4500232718", sup, "jonas", "USD", "2026-11-30", [
        ("DF-RAI-GRN", "Green raisins, Xinjiang, AA grade, 10 kg carton", 3000, "KG", "3.40", "2027-01-29"),
        ("DF-APR-WH", "Dried apricots whole, size 4/5, 12.5 kg carton", 1500, "KG", "5.20", "2027-01-29"),
    ])
    date = when("2026-12-04 11:30:26", "+0800")
    body = """Dear Jonas,

您好！订单 4500232718 已收到，谢谢。

葡萄干和杏干目前正在分选加工，预计1月中下旬左右可以发货，具体日期要等工厂排产后再通知您。价格应该没有问题。

Best regards
王芳 Fang Wang
外贸部
新疆天山果业有限公司 Xinjiang Tianshan Fruit Co., Ltd.
新疆乌鲁木齐市经济技术开发区 阿里山街 66号
Tel: +86-991-3712 466
"""
    eml = reply(c, po, frm=("王芳", "fang.wang@tianshanfruit.example"), date=date, body=body, client="foxmail",
                prefix="回复:", charset="gbk", cte="base64", hdr_charset="gbk")
    exp = other("needs_review", "Vague: shipment 'expected around mid to late January' with the exact date to follow "
                                "after production planning, and the price 'should be no problem'. Receipt of the order is "
                                "acknowledged but nothing is committed.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("tennis-buen-fin-promo", "unrelated/es-MX",
      "Mexican 'Buen Fin' marketing mail with discounts, can prices and deadlines from the supplier's promotions address.")
def c064(c):
    sup = Supplier("TPM", "Tenis Pro Monterrey S.A. de C.V.", "ventas@tenispromty.example", "es-MX")
    po = mkpo("4500232735", sup, "tomasz", "USD", "2026-11-27", [
        ("TB-PRO-4", "Tennis ball pro, 4-ball can, high altitude", 1500, "EA", "3.60", "2027-01-15"),
    ])
    date = when("2026-11-30 07:00:03", "-0600")
    plain = """¡BUEN FIN EXTENDIDO EN TENIS PRO MONTERREY!

Solo hasta el 11 de diciembre de 2026:

- 15 % de descuento en pelotas de entrenamiento sin presión (cubeta de 60 pzas.)
- Lata de 3 pelotas Pro Tour desde US$ 2.99
- Envío gratis en pedidos de más de 100 latas a todo México

Código de cupón: BUENFIN26

Vigencia: del 30 de noviembre al 11 de diciembre de 2026 o hasta agotar existencias. No aplica con otras promociones ni en pedidos ya colocados.

Tenis Pro Monterrey S.A. de C.V. | Av. Constitución 2210 Pte., Centro, 64000 Monterrey, N.L. | 81 8340 2210
Para dejar de recibir estos correos haga clic aquí: https://promo.tenispromty.example/baja?id=5512
"""
    html = ("<html><body style=\"font-family:Arial;background:#fff8e6\"><div style=\"max-width:600px;margin:auto;background:#fff\">"
            "<h1 style=\"background:#0b6e4f;color:#fff;padding:16px\">¡BUEN FIN EXTENDIDO!</h1>"
            "<p style=\"padding:0 16px\">Solo hasta el <b>11 de diciembre de 2026</b>:</p><ul>"
            "<li>15&nbsp;% de descuento en pelotas de entrenamiento sin presión (cubeta de 60 pzas.)</li>"
            "<li>Lata de 3 pelotas Pro Tour desde <b>US$ 2.99</b></li><li>Envío gratis en pedidos de más de 100 latas a todo México</li></ul>"
            "<p style=\"padding:0 16px\">Código de cupón: <b>BUENFIN26</b></p>"
            "<p style=\"padding:0 16px;font-size:11px;color:#666\">Vigencia: del 30 de noviembre al 11 de diciembre de 2026 o hasta agotar "
            "existencias. No aplica con otras promociones ni en pedidos ya colocados.</p>"
            "<p style=\"padding:0 16px;font-size:11px;color:#666\">Tenis Pro Monterrey S.A. de C.V. | Av. Constitución 2210 Pte., Centro, "
            "64000 Monterrey, N.L. | 81 8340 2210<br><a href=\"https://promo.tenispromty.example/baja?id=5512\">Dejar de recibir estos correos</a></p>"
            "</div></body></html>\n")
    body = mime.multipart("alternative", [mime.text(plain, "plain", "utf-8", "quoted-printable"),
                                          mime.text(html, "html", "utf-8", "quoted-printable")],
                          f"----==_mimepart_{c.hex('mk', 12)}")
    hdrs = [("Return-Path", f"<rebote-5512-{c.hex('mr', 6)}@promo.tenispromty.example>")]
    hdrs += received(c, "mailer", "promo.tenispromty.example", po.buyer.email, date)
    hdrs += [("From", mime.addr("Tenis Pro Monterrey", "promociones@tenispromty.example")),
             ("To", po.buyer.email),
             ("Subject", mime.enc_words("¡Buen Fin extendido! 15 % en pelotas de entrenamiento hasta el 11 de diciembre", "utf-8", "Q")),
             ("Date", mime.date_header(date)),
             ("Message-ID", f"<{c.hex('mm', 24)}@promo.tenispromty.example>"),
             ("List-Unsubscribe", "<https://promo.tenispromty.example/baja?id=5512>"),
             ("Precedence", "bulk")]
    eml = mime.message(hdrs, body)
    exp = other("unrelated", "Marketing/promotion e-mail (Precedence: bulk, unsubscribe link) from the supplier's domain "
                             "with discount percentages, can prices and validity dates; it does not refer to PO "
                             "4500232735 and explicitly excludes orders already placed.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("sensor-two-pos-table", "confirmation/en-GB",
      "One English reply answering two POs in a compact table; one line split 25 + 15 sets across December and January, one price from a new list.")
def c065(c):
    sup = Supplier("TVL", "Thames Valley Lift Sensors Ltd", "orders@tvliftsensors.example", "en-GB")
    p1 = mkpo("4500232752", sup, "mara", "GBP", "2026-11-23", [
        ("ED-LC-1800", "Door light curtain 1800 mm, 24V DC, 2027 spec", 40, "SET", "96.00", "2026-12-14"),
        ("ED-CTRL-24", "Door detector controller 24V, relay output", 40, "EA", "38.50", "2026-12-14"),
    ])
    p2 = mkpo("4500232760", sup, "mara", "GBP", "2026-11-24", [
        ("ED-PHC-12", "Photocell pair 12-24V, 10 m range", 100, "PAIR", "27.40", "2026-12-21"),
        ("ED-BRKT-L", "L-bracket set for light curtain, 2 pcs", 40, "SET", "6.20", "2026-12-21"),
    ])
    date = when("2026-11-27 15:10:33", "+0000")
    body = """Hi Mara,

Please find below our confirmation for both of your orders.

PO 4500232752
Ln 1  ED-LC-1800   40 sets @ £96.00    25 sets on 14/12/2026, remaining 15 sets on 11/01/2027
Ln 2  ED-CTRL-24   40 pcs @ £38.50     14/12/2026

PO 4500232760
Ln 1  ED-PHC-12    100 pairs @ £28.10  21/12/2026 (new price list from 01/12)
Ln 2  ED-BRKT-L    40 sets @ £6.20     21/12/2026

Any questions, just give me a shout.

Kind regards
Oliver Hughes
Sales Office
Thames Valley Lift Sensors Ltd
Unit 3, Arlington Business Park, Theale, Reading RG7 4SA
Tel: 0118 930 2741
"""
    eml = reply(c, p2, frm=("Oliver Hughes", "oliver.hughes@tvliftsensors.example"), date=date, body=body,
                client="outlook", lang="en", prefix="RE:", charset="utf-8", region="gbrprd02")
    exp = confirmation([
        (p1, {1: chg(p1, 1, date="2027-01-11", schedule=[(25, "2026-12-14"), (15, "2027-01-11")]), 2: acc(p1, 2)}),
        (p2, {1: chg(p2, 1, unit_price="28.10"), 2: acc(p2, 2)}),
    ], "One mail (threaded on 4500232760) answers both POs. 4500232752/1 is split 25 sets on 14/12/2026 + 15 on "
       "11/01/2027 (schedule, date = last delivery); 4500232760/1 new price £28.10. '01/12' is the price-list date, "
       "not a delivery. en-GB day-first dates.")
    return [p1, p2], eml, exp


# ---------------------------------------------------------------------------
@case("tennis-full-rejection", "confirmation/en-AU",
      "Mobile one-liner declining the whole PO ('can't supply ... at all'): a rejection is an answer, so every line is rejected.")
def c066(c):
    sup = Supplier("SCT", "Southern Cross Tennis Supplies Pty Ltd", "orders@sctennis.example", "en-AU")
    po = mkpo("4500232777", sup, "tomasz", "AUD", "2026-11-24", [
        ("TB-CLAY-4", "Tennis ball clay-court, 4-ball can", 600, "EA", "6.80", "2026-12-14"),
        ("TB-HARD-4", "Tennis ball hard-court extra duty, 4-ball can", 900, "EA", "6.95", "2026-12-14"),
    ])
    date = when("2026-12-01 08:15:27", "+1100")
    body = """Hi Tomasz,

Sorry to be the bearer of bad news - our distribution agreement for these balls ended on 30/11, so we can't supply PO 4500232777 at all. Please cancel it on your side.

Cheers,
Liam

Sent from my iPhone
"""
    att = attribution("iphone", "en-AU", po, tz("+1100"))
    eml = reply(c, po, frm=("Liam O'Brien", "liam.obrien@sctennis.example"), date=date, body=body, client="iphone",
                prefix="Re:", attribution=att)
    exp = confirmation([(po, {1: REJ, 2: REJ})],
                       "The supplier declines the entire PO; per the format a rejection is an answer, so this is a "
                       "confirmation with both lines rejected. '30/11' is when their distribution agreement ended.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("dried-fruit-price-per-box", "confirmation/es-ES",
      "Spanish prices per box ('71,25 € la caja' of 12,5 kg) for a PO priced per kg: one line changes, the other only matches after conversion.")
def c067(c):
    sup = Supplier("FSS", "Frutos Secos del Segura S.L.", "pedidos@frutossegura.example", "es-ES")
    po = mkpo("4500232790", sup, "jonas", "EUR", "2026-11-25", [
        ("DF-APR-ES", "Dried apricots, Spanish, halves, 12.5 kg box", 1000, "KG", "5.50", "2026-12-18"),
        ("DF-FIG-EXT", "Dried figs Extremadura, 10 kg box", 600, "KG", "4.20", "2026-12-18"),
    ])
    p1 = Decimal("71.25") / Decimal("12.5")
    p2 = Decimal("42.00") / 10
    assert p1 == Decimal("5.7") and p2 == Decimal("4.2") and 80 * Decimal("12.5") == 1000
    date = when("2026-12-02 12:40:55", "+0100")
    body = """Hola Jonas,

Confirmamos el pedido 4500232790:

- Orejones de albaricoque (DF-APR-ES): 80 cajas de 12,5 kg (1.000 kg) a 71,25 € la caja, entrega el 18 de diciembre.
- Higos secos de Extremadura (DF-FIG-EXT): 60 cajas de 10 kg (600 kg) a 42,00 € la caja, entrega el 18 de diciembre.

Un saludo,
Carmen Ruiz Molina
Frutos Secos del Segura S.L.
Ctra. de Murcia km 4, 30500 Molina de Segura (Murcia)
Tel. +34 968 64 22 10
"""
    att = attribution("gmail", "es-ES", po, tz("+0100"))
    eml = reply(c, po, frm=("Carmen Ruiz Molina", "carmen.ruiz@frutossegura.example"), date=date, body=body,
                client="gmail", prefix="Re:", attribution=att)
    exp = confirmation([(po, {1: chg(po, 1, unit_price="5.70"), 2: acc(po, 2)})],
                       "Prices are per box: 71,25 € / 12,5 kg = 5.70 €/kg (PO 5.50, changed); 42,00 € / 10 kg = "
                       "4.20 €/kg (as PO). Quantities 80 x 12,5 = 1.000 kg and 60 x 10 = 600 kg match. '18 de "
                       "diciembre' has no year -> 2026-12-18.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("fishing-net-finnish-viikko", "confirmation/fi-FI",
      "Finnish confirmation with 'toimitus viikolla 50/51' (Friday of the ISO week) and a price change written '92,00 €'.")
def c068(c):
    sup = Supplier("SVO", "Saimaan Verkko Oy", "myynti@saimaanverkko.example", "fi-FI")
    po = mkpo("4500232808", sup, "mara", "EUR", "2026-11-25", [
        ("FN-MUIK-12", "Vendace gill net, mesh 12 mm, 0.10 mm mono, 30 m", 120, "EA", "34.50", "2026-12-11"),
        ("FN-FYKE-55", "Fyke net 5 m, 55 cm front ring, 2 funnels", 40, "EA", "89.00", "2026-12-11"),
    ])
    date = when("2026-12-03 13:05:49", "+0200")
    body = """Hei Mara,

kiitos tilauksesta 4500232808. Vahvistamme seuraavasti:

1. Muikkuverkko 12 mm, 30 m - 120 kpl à 34,50 €, toimitus viikolla 50
2. Rysä 5 m, eturengas 55 cm - 40 kpl à 92,00 €, toimitus viikolla 51

Ystävällisin terveisin
Mikko Laitinen
Saimaan Verkko Oy
Satamakatu 3, 57130 Savonlinna
puh. 015 572 3410
"""
    eml = reply(c, po, frm=("Mikko Laitinen", "mikko.laitinen@saimaanverkko.example"), date=date, body=body,
                client="outlook", lang="fi", prefix="VS:", charset="iso-8859-15")
    exp = confirmation([(po, {1: acc(po, 1), 2: chg(po, 2, unit_price="92.00", date="2026-12-18")})],
                       "'viikolla 50' = Friday 2026-12-11 (= requested) for line 1; line 2 'viikolla 51' = Friday "
                       "2026-12-18 and 92,00 € instead of 89.00.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("sensor-ooo-korean", "auto_reply/ko-KR",
      "Korean Outlook '자동 회신' business-trip notice in ks_c_5601-1987 with trip dates and a sales-team contact.")
def c069(c):
    sup = Supplier("KES", "Korea Elevator Sensor Co., Ltd.", "sales@koreaelevsensor.example", "ko-KR")
    po = mkpo("4500232825", sup, "priya", "USD", "2026-11-30", [
        ("ED-MB-2000", "Multi-beam door sensor 2000 mm, 24V", 50, "SET", "99.00", "2026-12-18"),
    ])
    date = when("2026-11-30 17:12:48", "+0900")
    body = """안녕하세요.

11월 30일부터 12월 7일까지 해외 출장 중으로 메일 확인이 늦어질 수 있습니다.
급한 용무는 영업팀(sales@koreaelevsensor.example, +82-31-8041-2250)으로 연락 부탁드립니다.

감사합니다.
박지훈 드림

I am on a business trip from 30 Nov to 7 Dec with limited access to e-mail. For urgent matters please contact sales@koreaelevsensor.example or +82-31-8041-2250.
"""
    eml = reply(c, po, frm=("박지훈", "jihoon.park@koreaelevsensor.example"), date=date, body=body, client="outlook",
                lang="en", quote="none", charset="ks_c_5601-1987", cte="base64", return_path="<>",
                subject=f"자동 회신: {po.subject}", region="apcprd01",
                extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    exp = other("auto_reply", "Out-of-office (business trip 30 Nov - 7 Dec) in Korean with English; the dates are the "
                              "absence period. Outlook's ks_c_5601-1987 charset, base64.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("postfix-dsn-portuguese-diag", "bounce/pt-BR",
      "Postfix DSN (multipart/report) from our own MTA; the remote diagnostic is in Portuguese and the original request is attached.")
def c070(c):
    sup = Supplier("CGF", "Couros & Graxas Franca Ltda.", "pedidos@courosfranca.example", "pt-BR")
    po = mkpo("4500232842", sup, "tomasz", "BRL", "2026-11-30", [
        ("SP-GRX-NEU", "Leather grease neutral, 100 g tin", 2000, "PCS", "6.90", "2027-01-15"),
        ("SP-LIQ-BLK", "Liquid shoe polish black, 75 ml with sponge applicator", 3000, "PCS", "5.40", "2027-01-15"),
    ])
    date = when("2026-11-30 09:14:10", "+0100")
    rcpt = sup.email
    diag = f"550 5.7.1 <{rcpt}>: Mensagem rejeitada: caixa postal desativada"
    text = f"""This is the mail system at host mx1.{BUYER_DOMAIN}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx.courosfranca.example[198.51.100.23] said:
    {diag} (in reply to RCPT TO command)
"""
    qid = c.hex("pq", 10, True)
    body = mime.multipart("report", [
        mime.text(text, "plain", "us-ascii", "7bit", headers=[("Content-Description", "Notification")]),
        mime.Part("message/delivery-status", [], body=(
            f"Reporting-MTA: dns; mx1.{BUYER_DOMAIN}\r\nX-Postfix-Queue-ID: {qid}\r\n"
            f"X-Postfix-Sender: rfc822; {po.buyer.email}\r\nArrival-Date: {mime.date_header(po.req_dt)}\r\n\r\n"
            f"Final-Recipient: rfc822; {rcpt}\r\nOriginal-Recipient: rfc822;{rcpt}\r\nAction: failed\r\nStatus: 5.7.1\r\n"
            f"Remote-MTA: dns; mx.courosfranca.example\r\nDiagnostic-Code: smtp; {diag}\r\n").encode("ascii"),
            headers=[("Content-Description", "Delivery report")]),
        mime.rfc822(request_message(c, po), headers=[("Content-Description", "Undelivered Message")]),
    ], f"{qid}.{c.digits('pb', 10)}/mx1.{BUYER_DOMAIN}", params=[("report-type", "delivery-status")],
        preamble="This is a MIME-encapsulated message.")
    hdrs = [("Return-Path", "<>"),
            ("Received", f"by mx1.{BUYER_DOMAIN} (Postfix) id {c.hex('pi', 10, True)}; {mime.date_header(date)}"),
            ("Date", mime.date_header(date)),
            ("From", f"MAILER-DAEMON@mx1.{BUYER_DOMAIN} (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", po.buyer.email),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", f"<20261130081410.{c.hex('pm', 10, True)}@mx1.{BUYER_DOMAIN}>")]
    eml = mime.message(hdrs, body)
    exp = other("bounce", "Postfix DSN: the remote server rejected the address with a Portuguese diagnostic "
                          "('caixa postal desativada'). The attached original request holds the PO lines, prices and "
                          "dates; none of it comes from the supplier.")
    return [po], eml, exp
