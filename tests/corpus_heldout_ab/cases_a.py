"""Cases 1-20."""
from ablib.common import *  # noqa: F401,F403
from ablib import mime
from ablib.pdf import simple_pdf
from ablib.xlsx import xlsx


@case("aircraft-seatcovers-all-ok-outlook", "confirmation/en-GB")
def c(nnn):
    s = sup("AEROTEX", "Aerotex Interiors Ltd", "sales@aerotex-interiors.example", "en-GB")
    p = po("4500231101", s, "2026-11-03", [
        ("SC-737-2025-rev", "Seat cover, economy, 2025-rev fabric", 120, "EA", "48.20", "2026-12-11"),
        ("HR-A320-12", "Headrest cover A320, 12 in", 240, "EA", "9.85", "2026-12-11"),
        ("ARM-PAD-3/8", "Armrest pad, 3/8 in foam", 60, "EA", "14.10", "2026-12-18"),
    ])
    wd(D(2026, 12, 9), "Wed"); wd(D(2026, 12, 16), "Wed")
    body = """Hi Marta,

Thanks for PO 4500231101. All three lines are fine as ordered - quantities, prices and your dates of 11/12 (lines 1 and 2) and 18/12 (line 3) stand.

We'll collect on 9/12 so it's with you in Aarhus on the 11th; the armrest pads leave here on 16/12 for delivery on the 18th.
Burn certificates (FAR 25.853, test report dated 14/03/2025) travel with the goods.

Best regards,
Gareth Pryce
Customer Service Manager
Aerotex Interiors Ltd | Unit 7, Fairoaks Business Park, Chobham GU24 8HX
T +44 1276 000 417
"""
    msg = reply(nnn, p, ("Gareth Pryce", s["email"]), re_subject(p), rfc(D(2026, 11, 4), 10, 42, "+0000"), body,
                client="outlook")
    e = expected("confirmation", "Plain full acceptance; ship dates 9/12 and 16/12 and certificate date 14/03/2025 are not delivery dates; item 2025-rev and 3/8 look like dates.",
                 [conf(p, {1: acc(), 2: acc(), 3: acc()})])
    return [p], msg, e, "Full acceptance in en-GB day/month shorthand with ship dates, a certificate date and date-like item codes as distractors."


@case("lab-reagents-erp-pdf-kw", "confirmation/de-DE")
def c(nnn):
    s = sup("BIOREAG", "BioReagenz Labordiagnostik GmbH", "auftragsbestaetigung@bioreagenz.example", "de-DE")
    p = po("4500231102", s, "2026-11-02", [
        ("ELISA-IL6-96", "ELISA kit IL-6 human, 96 tests", 20, "KIT", "389.00", "2026-12-04"),
        ("TRIS-1M-500", "Tris buffer 1 M pH 8.0, 500 ml", 40, "BT", "27.50", "2026-12-04"),
        ("PCR-MM-2X-5ML", "PCR master mix 2x, 5 ml", 30, "EA", "112.00", "2026-12-11"),
    ])
    assert fri(50) == D(2026, 12, 11)
    lines = [
        ("F2", "BioReagenz Labordiagnostik GmbH"), "Am Klopferspitz 21 - 82152 Planegg",
        "", ("F2", "AUFTRAGSBESTAETIGUNG  AB-2611-04417"), "",
        "Kunde: Halvorsen Group, Industrivej 14, DK-8000 Aarhus      Kunden-Nr. 100388",
        "Ihre Bestellung: 4500231102 vom 02.11.2026               Datum: 05.11.2026",
        "Lieferbedingung: CPT Aarhus (Incoterms 2020), Kuehlversand 2-8 C",
        "Zahlungsbedingung: 30 Tage netto, 2 % Skonto bei Zahlung innerhalb 10 Tagen",
        "",
        "Pos  Artikel   Ihre Art.-Nr.     Bezeichnung                       Menge  ME   Preis EUR   Liefertermin",
        "----------------------------------------------------------------------------------------------------",
        "10   BR-44710  ELISA-IL6-96      ELISA Kit IL-6 human, 96 Tests      20   Kit     389,00   04.12.2026",
        "               Charge L2611-07, verwendbar bis 31.08.2027",
        "20   BR-20155  TRIS-1M-500       Tris-Puffer 1 M pH 8,0, 500 ml      40   Fl       27,50   KW 50",
        "               Charge T2609-33, verwendbar bis 30.06.2028",
        "30   BR-31002  PCR-MM-2X-5ML     PCR Mastermix 2x, 5 ml              30   St      118,00   11.12.2026",
        "               Preis gem. Preisliste 2027, gueltig ab 01.12.2026",
        "----------------------------------------------------------------------------------------------------",
        "                                                    Nettowert EUR                    12.420,00",
        "",
        "Es gelten unsere Allgemeinen Verkaufsbedingungen. Angebot 2026-1187 gueltig bis 31.12.2026.",
        "Geschaeftsfuehrer: Dr. Ulrike Sander - HRB 188412 Amtsgericht Muenchen",
    ]
    pdfb = simple_pdf(lines, "Auftragsbestaetigung AB-2611-04417", size=7, producer="SAP NetWeaver 7.5")
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Auftragsbestätigung AB-2611-04417 zu Ihrer Bestellung 4500231102.

Bitte prüfen Sie die Angaben. Abweichungen teilen Sie uns bitte innerhalb von 3 Werktagen mit.

Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese Adresse.

BioReagenz Labordiagnostik GmbH · Innendienst
"""
    att = mime.attachment(pdfb, "application/pdf", "AB-2611-04417.pdf")
    msg = reply(nnn, p, ("BioReagenz Innendienst", s["email"]), "Auftragsbestätigung AB-2611-04417 zu Ihrer Bestellung 4500231102",
                rfc(D(2026, 11, 5), 6, 14), body, client="plain", quote=False, attachments=[att], thread=False,
                extra=[("X-Mailer", "SAP NetWeaver 7.5"), ("Auto-Submitted", "auto-generated")])
    e = expected("confirmation", "ERP PDF with own positions 10/20/30; pos 20 date 'KW 50' = Fri 2026-12-11; pos 30 price 118,00; lot expiry and offer validity dates are distractors; auto-generated but commits.",
                 [conf(p, {1: acc(), 2: chg(d="2026-12-11"), 3: chg(p="118.00")})])
    return [p], msg, e, "Auto-generated ERP PDF with supplier positions 10/20/30, a KW date, a price change and lot-expiry dates in the table."


@case("garden-furniture-percent-noyear", "confirmation/fr-FR")
def c(nnn):
    s = sup("JARDPROV", "Jardins de Provence Mobilier SAS", "adv@jardins-provence.example", "fr-FR")
    p = po("4500231103", s, "2026-11-04", [
        ("GF-TAB-180-TECK", "Table de jardin teck 180x90", 12, "EA", "415.00", "2027-02-26"),
        ("GF-CHR-STK-4", "Chaise empilable alu, lot de 4", 30, "SET", "189.00", "2027-02-26"),
        ("GF-PAR-300", "Parasol deporte 3,00 m", 8, "EA", "264.00", "2027-02-26"),
    ])
    wd(D(2027, 3, 5), "Fri")
    body = """Bonjour Madame Keller,

Nous accusons bonne réception de votre commande n° 4500231103 et vous en remercions.

Suite à la hausse du cours de l'aluminium, nous sommes contraints d'appliquer une majoration de 4 % sur les chaises empilables (ligne 2). Les prix des lignes 1 et 3 restent inchangés.

En raison de notre fermeture annuelle du 18 décembre au 4 janvier et du délai de séchage du teck, l'ensemble de la commande vous sera livré le vendredi 5 mars au lieu du 26 février.

Nos tarifs 2027 sont valables jusqu'au 31/12/2027 ; paiement à 45 jours fin de mois.

Bien cordialement,

Camille Roussel
Administration des ventes
Jardins de Provence Mobilier SAS – 13 avenue de la Gare, 84300 Cavaillon
"""
    msg = reply(nnn, p, ("Camille Roussel", s["email"]), re_subject(p, "RE : "), rfc(D(2026, 11, 5), 14, 3), body,
                client="gmail", lang="fr")
    e = expected("confirmation", "+4 % on line 2 = 189.00*1.04 = 196.56; 'vendredi 5 mars' without year = 2027-03-05 for all lines; closing period and price-list validity are distractors.",
                 [conf(p, {1: chg(d="2027-03-05"), 2: chg(p="196.56", d="2027-03-05"), 3: chg(d="2027-03-05")})])
    return [p], msg, e, "Percentage surcharge on one line plus a yearless date that must roll into 2027, with closing dates and tariff validity as distractors."


@case("adhesive-tape-per-100-case-rounding", "confirmation/en-US")
def c(nnn):
    s = sup("MWTAPE", "Midwest Tape & Converting Inc.", "orders@midwesttape.example", "en-US")
    p = po("4500231104", s, "2026-11-02", [
        ("TP-4866-CLR", "Packaging tape clear 48mm x 66m, 2.0 mil", 500, "RL", "2.35", "2026-12-07"),
        ("TP-2455-DS", "Double-sided tape 24mm x 55m", 200, "RL", "6.80", "2026-12-07"),
        ("TP-5025-ALU", "Aluminum foil tape 50mm x 25m", 100, "RL", "9.40", "2026-12-14"),
    ], cur="USD", buyer="jb")
    body = """Hi Jonas,

Please see below for PO 4500231104:

Line 1 (48mm x 66m clear) - this is packed 36 rolls/case, so we rounded up to 14 cases = 504 rolls. Pricing is $228.00 per 100 rolls for the 2.0 mil. Delivery 12/7 is good.
Line 2 - confirmed as is, 200 rolls @ $6.80, delivers 12/7.
Line 3 - the foil tape is on backorder, earliest we can ship is 12/21.

Our quote #Q-26-1183 (valid thru 12/31/2026) covers the pricing above. Terms net 30, FOB Joliet, IL.

Thanks!
Brittany Kowalski
Inside Sales | Midwest Tape & Converting Inc.
(815) 555-0182
"""
    msg = reply(nnn, p, ("Brittany Kowalski", s["email"]), re_subject(p), rfc(D(2026, 11, 9), 16, 20, "-0600"), body,
                client="gmail", lang="en", quoted_text=gmail_quote(p, "en", when="Mon, Nov 2, 2026 at 1:30 AM"))
    e = expected("confirmation", "Line 1 case rounding 500->504 and $228.00 per 100 rolls = 2.28/RL; line 3 only a ship date 12/21 (US month-first) -> 2026-12-21; 48mm x 66m and quote validity are distractors.",
                 [conf(p, {1: chg(q=504, p="2.28"), 2: acc(), 3: chg(d="2026-12-21")})])
    return [p], msg, e, "Price per 100 rolls, case-of-36 rounding and a bare US-format ship date for a backordered line."


@case("medical-gloves-carton-rounding", "confirmation/nl-BE")
def c(nnn):
    s = sup("MEDIVL", "Medisupply Vlaanderen BV", "verkoop@medisupply-vl.example", "nl-BE")
    p = po("4500231105", s, "2026-11-05", [
        ("GLV-NIT-M", "Nitrile examination gloves, size M, box of 100", 45, "BX", "6.90", "2026-11-27"),
        ("GLV-NIT-L", "Nitrile examination gloves, size L, box of 100", 35, "BX", "6.90", "2026-11-27"),
        ("SYR-5ML-LL", "Syringe 5 ml Luer lock, box of 100", 20, "BX", "11.20", "2026-11-27"),
    ])
    wd(D(2026, 11, 27), "Fri")
    body = """Goedemiddag mevrouw Keller,

Bedankt voor uw bestelling 4500231105.

Wij leveren handschoenen enkel per volle omdoos van 10 dozen (à 100 stuks). Daarom bevestigen wij:
- lijn 1, nitril maat M: 5 omdozen = 50 dozen
- lijn 2, nitril maat L: 4 omdozen = 40 dozen
- lijn 3, spuiten 5 ml: 20 dozen (2 omdozen) zoals besteld

De prijzen blijven ongewijzigd: 69,00 EUR per omdoos handschoenen en 112,00 EUR per omdoos spuiten.
Levering vrijdag 27/11 zoals gevraagd.

Met vriendelijke groeten,
Lien Vermeulen
Binnendienst Verkoop – Medisupply Vlaanderen BV
Industrieweg 88, 9032 Wondelgem
"""
    msg = reply(nnn, p, ("Lien Vermeulen", s["email"]), re_subject(p, "RE: "), rfc(D(2026, 11, 6), 11, 5), body,
                client="outlook", lang="nl", lang_attr="nl-BE")
    e = expected("confirmation", "Carton-of-10-boxes rounding: L1 45->50, L2 35->40; prices per carton 69,00 and 112,00 equal the PO box prices 6.90 and 11.20.",
                 [conf(p, {1: chg(q=50), 2: chg(q=40), 3: acc()})])
    return [p], msg, e, "Quantities rounded to cartons of 10 boxes and prices quoted per carton that convert back to the unchanged box prices."


@case("plc-allocation-will-revert", "needs_review/en-US")
def c(nnn):
    s = sup("APEXSEN", "Apex Sensing Solutions LLC", "sales@apexsensing.example", "en-US")
    p = po("4500231106", s, "2026-11-06", [
        ("PLC-CPU-1515", "PLC CPU module 1515-2 PN", 4, "EA", "2890.00", "2026-12-18"),
        ("SEN-IND-M12", "Inductive sensor M12x1, 4 mm, PNP NO", 150, "EA", "38.50", "2026-12-18"),
    ], cur="USD", buyer="jb")
    body = """Jonas -

Got your PO, thanks. The 1515 CPUs are on allocation from the factory right now (lead time quoted at 22 weeks, but we usually get slots sooner). I've asked our product manager for a firm slot and will revert by Friday with dates for both lines.

The M12 sensors shouldn't be an issue but I'd rather confirm the whole PO together so you don't get two acks.

Rick
"""
    msg = reply(nnn, p, ("Rick Alvarado", s["email"]), re_subject(p, "Re: "), rfc(D(2026, 11, 10), 7, 51, "-0500"), body,
                client="apple", quote=True)
    e = expected("needs_review", "Supplier will revert by Friday; nothing committed, the 22-week lead time and 'shouldn't be an issue' are not commitments.")
    return [p], msg, e, "Allocation reply that names a lead time and sounds positive about one line but explicitly defers the whole confirmation."


@case("paint-out-of-office", "auto_reply/de-DE")
def c(nnn):
    s = sup("LACKHES", "Lackwerk Hessen GmbH", "m.vogt@lackwerk-hessen.example", "de-DE")
    p = po("4500231107", s, "2026-11-06", [
        ("PNT-EP-GRY-20L", "Epoxy floor coating grey, 20 l tin", 30, "TIN", "118.00", "2026-12-04"),
        ("PNT-THN-5L", "Thinner for epoxy, 5 l tin", 20, "TIN", "21.40", "2026-12-04"),
    ])
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 20.11.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unseren Innendienst: innendienst@lackwerk-hessen.example, Tel. +49 6151 4470-0.

Mit freundlichen Grüßen
Markus Vogt
"""
    msg = mime.message(headers(("Markus Vogt", s["email"]), buyer_of(p),
                               "Automatische Antwort: Purchase order 4500231107 - please confirm",
                               rfc(D(2026, 11, 6), 8, 31), msgid("outlook", nnn), req_id(p), req_id(p),
                               [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                ("Content-Language", "de-DE")]),
                       mime.alt(mime.text(body), mime.text(to_html(body), "html")))
    e = expected("auto_reply", "German out-of-office with a return date; no commitment.")
    return [p], msg, e, "German Outlook out-of-office threaded on the PO, containing a date and a phone number but no answer."


@case("pallets-split-two-dates", "confirmation/cs-CZ")
def c(nnn):
    s = sup("PALMOR", "Palety Morava s.r.o.", "obchod@palety-morava.example", "cs-CZ")
    p = po("4500231108", s, "2026-11-09", [
        ("PAL-EUR-EPAL", "EUR pallet EPAL 1200x800, new", 600, "EA", "13.40", "2026-12-02"),
        ("CRT-1200-800-600", "Wooden crate 1200x800x600, ISPM 15", 40, "EA", "58.00", "2026-12-02"),
    ])
    body = """Dobrý den, paní Kellerová,

děkujeme za objednávku č. 4500231108.

Pozice 1 (EUR palety EPAL): 600 ks potvrzujeme, ale vzhledem k vytížení linky dodáme ve dvou částech:
  360 ks dne 2. 12. 2026
  240 ks dne 9. 12. 2026
Pozice 2 (bedny 1200x800x600, ošetření ISPM 15): 40 ks, cena 58,00 EUR/ks, dodání 2. 12. 2026 v pořádku.

Ceny dle objednávky, dodací podmínka DAP Aarhus.

S pozdravem
Tomáš Dvořák
obchodní oddělení
Palety Morava s.r.o., Hodonínská 1540, 695 01 Hodonín
"""
    q = gmail_quote(p, "cs", when="11.11.2026 8:30")
    msg = reply(nnn, p, ("Tomáš Dvořák", s["email"]), re_subject(p, "Re: "), rfc(D(2026, 11, 11), 13, 12), body,
                client="tb", lang="cs", charset="iso-8859-2", quoted_text=q, lang_attr="cs")
    e = expected("confirmation", "Line 1 split 360 on 2026-12-02 + 240 on 2026-12-09 (Czech d. m. yyyy with spaces); line 2 as ordered; dimensions 1200x800x600 look like numbers.",
                 [conf(p, {1: chg(d="2026-12-09", sched=[(360, "2026-12-02"), (240, "2026-12-09")]), 2: acc()})])
    return [p], msg, e, "Czech Thunderbird reply in ISO-8859-2 splitting one line into two dated deliveries."


@case("paint-tins-discontinued-line", "confirmation/it-IT")
def c(nnn):
    s = sup("VERLOM", "Vernici Lombarde S.p.A.", "ordini@vernicilombarde.example", "it-IT")
    p = po("4500231109", s, "2026-11-09", [
        ("PNT-RAL7035-5L", "Smalto poliuretanico RAL 7035, latta 5 l", 80, "TIN", "42.60", "2026-12-10"),
        ("PNT-RAL9010-20L", "Idropittura RAL 9010, fusto 20 l", 25, "TIN", "96.00", "2026-12-10"),
        ("PNT-PRM-ZN-1L", "Primer zincante, latta 1 l", 120, "TIN", "14.75", "2026-12-10"),
    ], buyer="sc")
    body = """Gentile Sig.ra Costa,

con la presente confermiamo il Vs. ordine n. 4500231109 come segue:

- riga 1, smalto RAL 7035 latta 5 l: 80 latte a 42,60 €, consegna 10/12/2026
- riga 2, idropittura RAL 9010 fusto 20 l: 25 fusti a 96,00 €, consegna 10/12/2026
- riga 3, primer zincante 1 l: articolo fuori produzione dal 30/09/2026, non più disponibile. In alternativa possiamo proporre il nuovo primer PZ-2000 (latta 1 l) a 15,90 €; se interessati Vi preghiamo di emettere un nuovo ordine.

Cordiali saluti

Federica Colombo
Ufficio Commerciale Italia
Vernici Lombarde S.p.A. – Via per Cesano 12, 20814 Varedo (MB)
P.IVA 01234560964
"""
    msg = reply(nnn, p, ("Federica Colombo", s["email"]), re_subject(p, "R: "), rfc(D(2026, 11, 12), 9, 27), body,
                client="outlook", lang="it", charset="windows-1252", lang_attr="it-IT")
    e = expected("confirmation", "Lines 1-2 as ordered; line 3 discontinued -> rejected (the proposed substitute needs a new order, so it is not a confirmation of line 3).",
                 [conf(p, {1: acc(), 2: acc(), 3: rej()})])
    return [p], msg, e, "Italian Outlook reply in windows-1252 rejecting a discontinued line and offering a substitute that must not be taken as confirmed."


@case("seafood-dsn-user-unknown", "bounce/es-ES")
def c(nnn):
    s = sup("CONGAT", "Congelados Atlántico Norte S.L.", "pedidos@congelados-atlantico.example", "es-ES")
    p = po("4500231110", s, "2026-11-10", [
        ("SF-MERL-FIL", "Hake fillets skin-on, IQF, 5 kg carton", 300, "CT", "47.50", "2026-12-15"),
    ])
    orig = mime.message(headers(buyer_of(p), ("", s["email"]), "Purchase order 4500231110 - please confirm",
                                request_date(p), req_id(p)), mime.text(request_text(p)))
    orig_headers = orig.split(b"\r\n\r\n", 1)[0] + b"\r\n"
    report = """This is the mail system at host mx1.halvorsen-group.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<pedidos@congelados-atlantico.example>: host
    mx.congelados-atlantico.example[203.0.113.25] said: 550 5.1.1
    <pedidos@congelados-atlantico.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    ds = mime.Part([("Content-Type", "message/delivery-status")],
                   "Reporting-MTA: dns; mx1.halvorsen-group.example\nX-Postfix-Queue-ID: 4Fq2Kx1ZbVz9sWm\n"
                   "X-Postfix-Sender: rfc822; marta.keller@halvorsen-group.example\n"
                   "Arrival-Date: Tue, 10 Nov 2026 08:30:02 +0100 (CET)\n\n"
                   "Final-Recipient: rfc822; pedidos@congelados-atlantico.example\n"
                   "Original-Recipient: rfc822;pedidos@congelados-atlantico.example\nAction: failed\nStatus: 5.1.1\n"
                   "Remote-MTA: dns; mx.congelados-atlantico.example\n"
                   "Diagnostic-Code: smtp; 550 5.1.1 <pedidos@congelados-atlantico.example>: Recipient address\n"
                   "    rejected: User unknown in virtual mailbox table\n")
    hdrs = mime.Part([("Content-Type", "text/rfc822-headers")], orig_headers.decode().replace("\r\n", "\n"))
    rep = mime.multipart("report", [mime.text(report, cte="7bit"), ds, hdrs], "x", extra=" report-type=delivery-status;")
    msg = mime.message([("From", "MAILER-DAEMON@mx1.halvorsen-group.example (Mail Delivery System)"),
                        ("To", buyer_of(p)[1]), ("Subject", "Undelivered Mail Returned to Sender"),
                        ("Date", "Tue, 10 Nov 2026 08:30:04 +0100 (CET)"),
                        ("Message-ID", f"<20261110073004.{nnn}4Fq2Kx1ZbVz@mx1.halvorsen-group.example>"),
                        ("Auto-Submitted", "auto-replied")], rep)
    e = expected("bounce", "Postfix DSN 5.1.1 user unknown for the PO request; the returned headers carry the PO number.")
    return [p], msg, e, "Postfix DSN whose returned headers mention the PO number and whose body is English boilerplate."


@case("frozen-seafood-date-range-reefer", "confirmation/es-ES")
def c(nnn):
    s = sup("CONGAN", "Congelados Atlántico Norte S.L.", "comercial@congelados-atlantico.example", "es-ES")
    p = po("4500231111", s, "2026-11-12", [
        ("SF-LANG-2030", "Langostino cocido congelado 20/30, caja 6 x 1 kg", 400, "CT", "54.00", "2026-12-11"),
        ("SF-PULPO-T3", "Pulpo entero congelado T3 (1-2 kg)", 1200, "KG", "11.80", "2026-12-11"),
    ], buyer="sc")
    body = """Estimada Sofía:

Confirmamos el pedido 4500231111 completo, cantidades y precios según su orden (langostino 20/30 a 54,00 €/caja, pulpo T3 a 11,80 €/kg).

No llegamos al 11 de diciembre: el contenedor reefer de 40' (-20 °C) sale de Vigo el 9 de diciembre y la entrega en su almacén de Aarhus será entre el 14 y el 18 de diciembre, según la naviera.

Certificados sanitarios y de captura FAO 27 se enviarán con la documentación del embarque.

Un saludo,
Iñaki Etxeberria
Dpto. Comercial Exportación
Congelados Atlántico Norte S.L. – Puerto Pesquero de Vigo, nave 14
"""
    msg = reply(nnn, p, ("Iñaki Etxeberria", s["email"]), re_subject(p, "RE: "), rfc(D(2026, 11, 16), 12, 40), body,
                client="outlook", lang="es", charset="iso-8859-15", lang_attr="es-ES")
    e = expected("confirmation", "Delivery window 'entre el 14 y el 18 de diciembre' -> latest day of the window 2026-12-18 is the commitment; 9 Dec is only the vessel departure; 20/30 and T3 (1-2 kg) are grades; FAO 27 is a catch area.",
                 [conf(p, {1: chg(d="2026-12-18"), 2: chg(d="2026-12-18")})])
    return [p], msg, e, "Date range delivery window plus a departure date, with shrimp grade 20/30 and octopus size T3 (1-2 kg) as numeric traps."


@case("safety-boots-size-run-partial", "confirmation/da-DK")
def c(nnn):
    s = sup("NORDSKO", "Nordsko Sikkerhed A/S", "ordre@nordsko.example", "da-DK")
    p = po("4500231112", s, "2026-11-10", [
        ("SB-S3-40", "Safety boot S3 SRC, size 40", 20, "PR", "61.00", "2026-12-04"),
        ("SB-S3-42", "Safety boot S3 SRC, size 42", 40, "PR", "61.00", "2026-12-04"),
        ("SB-S3-44", "Safety boot S3 SRC, size 44", 40, "PR", "61.00", "2026-12-04"),
        ("SB-S3-47", "Safety boot S3 SRC, size 47", 12, "PR", "64.00", "2026-12-04"),
    ], buyer="pl")
    wd(D(2026, 12, 4), "Fri")
    body = """Hej Peter

Tak for ordren 4500231112.

Str. 40, 42 og 44 leveres som bestilt fredag den 4. december.

Str. 47 har vi kun 6 par på lager. De 6 par sendes med samme levering, men de resterende 6 par kan vi ikke skaffe før fabrikken kører næste serie i marts, så dem må vi desværre afvise på denne ordre.

Priser som på ordren.

Venlig hilsen
Mette Kjærgaard
Nordsko Sikkerhed A/S
Industrivej Nord 3, 7400 Herning
"""
    msg = reply(nnn, p, ("Mette Kjærgaard", s["email"]), re_subject(p, "SV: "), rfc(D(2026, 11, 17), 10, 2), body,
                client="outlook", lang="en", lang_attr="da-DK")
    e = expected("confirmation", "Size 47 line partly available: 6 of 12 pairs with the 4 Dec delivery, remainder refused -> changed qty 6; the other sizes as ordered; size numbers are not quantities.",
                 [conf(p, {1: acc(), 2: acc(), 3: acc(), 4: chg(q=6)})])
    return [p], msg, e, "Size-run order where lines are referenced by shoe size, and one size is only half available."


@case("plc-modules-shiftjis-allocation", "confirmation/ja-JP")
def c(nnn):
    s = sup("TOWAAUTO", "東和オートメーション株式会社", "eigyo@towa-automation.example", "ja-JP")
    p = po("4500231113", s, "2026-11-11", [
        ("PLC-DI-16", "Digital input module 16DI 24VDC", 20, "EA", "145.00", "2026-12-18"),
        ("PLC-AO-4", "Analog output module 4AO U/I", 10, "EA", "310.00", "2026-12-18"),
        ("PLC-PS-10A", "Power supply 24V 10A", 10, "EA", "98.00", "2026-12-18"),
    ], buyer="jb")
    body = """Halvorsen Group
Jonas Brandt 様

いつも大変お世話になっております。
東和オートメーションの佐藤でございます。

ご注文番号 4500231113 につきまして、下記の通り回答申し上げます。

1項目 PLC-DI-16（16DI 24VDC）：ご注文通り20台、12月18日納品可能です。
2項目 PLC-AO-4：現在メーカーのアロケーション対象品のため、通常納期は受注後16週となりますが、今回は特別枠を確保し、2027年1月22日に10台納品いたします。
3項目 PLC-PS-10A：誠に恐縮ながら、単価を104.00ユーロに改定させていただきます。納期は12月18日で問題ございません。

ご確認のほど、よろしくお願い申し上げます。

――――――――――――――――
東和オートメーション株式会社
営業部 佐藤 健一
〒532-0011 大阪市淀川区西中島5-14-10
TEL 06-6300-1234
"""
    q = gmail_quote(p, "ja", when="2026年11月11日(水) 16:30")
    msg = reply(nnn, p, ("佐藤 健一", s["email"]), re_subject(p, "Re: "), rfc(D(2026, 11, 18), 15, 12, "+0900"), body,
                client="plain", lang="ja", charset="shift_jis", cte="base64", quoted_text=q)
    e = expected("confirmation", "Shift_JIS base64; line 2 firm date 2027-01-22 despite the generic '16 weeks after order' lead time; line 3 new price 104.00 EUR; 24V 10A and 16DI are specs.",
                 [conf(p, {1: acc(), 2: chg(d="2027-01-22"), 3: chg(p="104.00")})])
    return [p], msg, e, "Japanese Shift_JIS reply where a weeks-from-order lead time sits next to the firm allocated date, and a price revision on another line."


@case("garden-newsletter-early-order", "unrelated/en-GB")
def c(nnn):
    s = sup("TEAKCO", "Teak & Co Outdoor Ltd", "news@teakandco.example", "en-GB")
    p = po("4500231114", s, "2026-11-09", [
        ("TK-BEN-150", "Teak garden bench 150 cm", 10, "EA", "229.00", "2027-03-12"),
        ("TK-CUSH-150", "Bench cushion 150 cm, anthracite", 10, "EA", "34.00", "2027-03-12"),
    ], buyer="ar")
    htmlb = """<html><head><meta charset="utf-8"><title>Spring 2027 is coming</title></head>
<body style="margin:0;background:#f4f1ea"><table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px;font-family:Georgia,serif;font-size:26px;color:#3b2f1e">Spring 2027 is coming early</td></tr>
<tr><td style="padding:0 24px;font-family:Arial;font-size:14px;color:#333">
<p>Dear trade partner,</p>
<p>Our new <b>Harrogate</b> teak collection is ready for pre-order. Place your spring orders before <b>15 December 2026</b> and enjoy an early-order discount of <b>8%</b> on all benches, tables and cushions, with guaranteed delivery from week 10.</p>
<p>Meet us at <b>spoga+gafa 2027</b>, Cologne, hall 10.2, stand B-031.</p>
<p><a href="https://teakandco.example/trade/spring27">View the trade catalogue (PDF, 14 MB)</a></p>
<p style="font-size:11px;color:#888">You receive this e-mail because you are a registered trade customer of Teak &amp; Co Outdoor Ltd, 4 Mill Lane, Ripon HG4 1AA. <a href="https://teakandco.example/unsubscribe?u=halvorsen">Unsubscribe</a></p>
</td></tr></table></body></html>
"""
    msg = mime.message([("From", "Teak & Co Outdoor <news@teakandco.example>"), ("To", buyer_of(p)[1]),
                        ("Subject", "Spring 2027: 8% early-order discount until 15 December"),
                        ("Date", rfc(D(2026, 11, 12), 7, 0, "+0000")),
                        ("Message-ID", f"<nl.{nnn}.spring27@mailer.teakandco.example>"),
                        ("List-Unsubscribe", "<https://teakandco.example/unsubscribe?u=halvorsen>"),
                        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
                       mime.text(htmlb, "html"))
    e = expected("unrelated", "Marketing newsletter from the same supplier; discount, deadline and week 10 are about a new collection, not the PO.")
    return [p], msg, e, "HTML-only newsletter from a supplier with an open PO, full of dates, a percentage and a week number."


@case("carpet-full-rolls-week", "confirmation/sv-SE")
def c(nnn):
    s = sup("MATTKB", "Mattkompaniet Borås AB", "order@mattkompaniet.example", "sv-SE")
    p = po("4500231115", s, "2026-11-12", [
        ("CRP-NLT-GRY-400", "Needle felt carpet grey, 4 m wide", 340, "M2", "8.90", "2027-01-15"),
        ("VIN-HET-2MM", "Heterogeneous vinyl 2 mm, 2 m rolls", 180, "M2", "14.20", "2027-01-15"),
    ], buyer="pl")
    assert fri(2, 2027) == D(2027, 1, 15)
    body = """Hej Peter,

Tack för order 4500231115. Vi bekräftar enligt följande:

Rad 1: nålfilten levereras endast i hela rullar om 4 x 25 m = 100 m², så vi bekräftar 400 m² (4 rullar). Pris oförändrat 8,90 EUR/m².
Rad 2: 180 m² OK, men priset blir 14,95 EUR/m² p.g.a. höjda råvarupriser från 1/12.

Leverans v. 2 för båda raderna.

Med vänlig hälsning
Johanna Lindgren
Ordermottagning
Mattkompaniet Borås AB
"""
    q = gmail_quote(p, "sv", when="ons 12 nov. 2026 kl. 08:30")
    msg = reply(nnn, p, ("Johanna Lindgren", s["email"]), re_subject(p, "SV: "), rfc(D(2026, 11, 19), 9, 44), body,
                client="gmail", lang="sv", charset="iso-8859-1", quoted_text=q)
    e = expected("confirmation", "Full-roll rounding 340->400 m2; line 2 price 14,95; 'v. 2' without year = ISO week 2 of 2027, Friday 2027-01-15 = requested date.",
                 [conf(p, {1: chg(q=400), 2: chg(p="14.95")})])
    return [p], msg, e, "Roll-size rounding in m2 and a yearless week number that falls in the next year and equals the requested date."


@case("vending-parts-po-correction-first", "needs_review/fr-BE")
def c(nnn):
    s = sup("DISTRIP", "Distri-Pièces Automates SRL", "commandes@distri-pieces.example", "fr-BE")
    p = po("4500231116", s, "2026-11-16", [
        ("VM-COIL-65", "Spiral coil 65 mm pitch, left", 50, "EA", "7.80", "2026-12-09"),
        ("VM-BILL-VAL", "Bill validator NV9 USB+", 6, "EA", "289.00", "2026-12-09"),
        ("VM-CTRL-BRD-V4", "Controller board V4.2", 4, "EA", "412.00", "2026-12-09"),
    ], buyer="ar")
    body = """Bonjour Madame Rahman,

Merci pour votre bon de commande 4500231116.

Avant de pouvoir vous le confirmer, une correction est nécessaire : la carte contrôleur V4.2 (ligne 3) n'est plus fabriquée, la version actuelle est la V4.3 (notre réf. 44-0431) au prix de 436,00 € HTVA. Elle est compatible avec vos automates à partir du firmware 2.18.

Pourriez-vous nous faire parvenir une commande rectifiée (référence et prix de la ligne 3) ? Dès réception, nous vous confirmerons l'ensemble de la commande avec les délais ; les spirales et les monnayeurs sont en stock.

Bien à vous,
Nathalie Dubois
Service clients – Distri-Pièces Automates SRL
Chaussée de Louvain 431, 1380 Lasne
"""
    msg = reply(nnn, p, ("Nathalie Dubois", s["email"]), re_subject(p, "RE : "), rfc(D(2026, 11, 20), 11, 18), body,
                client="outlook", lang="fr", lang_attr="fr-BE")
    e = expected("needs_review", "Supplier asks for a corrected PO before confirming anything; 'en stock' is not a commitment.")
    return [p], msg, e, "Supplier asks for a corrected PO (new board revision and price) before it will confirm, while saying the other items are in stock."


@case("copper-bars-6m-weight-rounding", "confirmation/pl-PL")
def c(nnn):
    s = sup("MIEDZP", "Miedź-Profil Sp. z o.o.", "sprzedaz@miedz-profil.example", "pl-PL")
    p = po("4500231117", s, "2026-11-13", [
        ("CU-FLAT-40x5", "Copper flat bar Cu-ETP 40x5 mm, 6 m bars", 500, "KG", "11.45", "2026-12-16"),
        ("AL-TUBE-50x2", "Aluminium tube EN AW-6060 T66 50x2 mm, 6 m", 300, "KG", "5.10", "2026-12-16"),
    ])
    wd(D(2026, 12, 14), "Mon"); wd(D(2026, 12, 16), "Wed")
    body = """Dzień dobry,

w odpowiedzi na zamówienie nr 4500231117 potwierdzamy:

Poz. 1 – płaskownik Cu-ETP 40x5 mm: materiał wydajemy wyłącznie w pełnych sztabach 6 m (ok. 10,68 kg/szt.), potwierdzamy 47 sztab = 502 kg. Cena 11,45 EUR/kg + dopłata miedziowa 0,35 EUR/kg, razem 11,80 EUR/kg.
Poz. 2 – rura EN AW-6060 T66 50x2 mm: 300 kg, 5,10 EUR/kg, bez zmian.

Wysyłka obu pozycji 14.12.2026, dostawa do Państwa magazynu w Aarhus 16.12.2026.
Atesty 3.1 wg EN 10204 dołączymy do dostawy.

Z poważaniem
Katarzyna Wiśniewska
Dział Sprzedaży Eksportowej
Miedź-Profil Sp. z o.o., ul. Hutnicza 8, 59-220 Legnica
"""
    q = gmail_quote(p, "pl", when="13.11.2026 o 08:30")
    msg = reply(nnn, p, ("Katarzyna Wiśniewska", s["email"]), re_subject(p, "Odp: "), rfc(D(2026, 11, 23), 14, 55), body,
                client="gmail", lang="pl", charset="iso-8859-2", quoted_text=q)
    e = expected("confirmation", "Line 1: 47 bars = 502 kg, price 11,45 + 0,35 surcharge = 11.80/kg; delivery 16.12 wins over ship 14.12; line 2 unchanged; 40x5, 6060 T66, EN 10204 3.1 are specs.",
                 [conf(p, {1: chg(q=502, p="11.80"), 2: acc()})])
    return [p], msg, e, "Bar-length rounding stated in pieces and kg, a metal surcharge that changes the price, and ship vs delivery date."


@case("desalt-exchange-ndr-html", "bounce/el-GR")
def c(nnn):
    s = sup("HELSALT", "Hellenic Salt & De-icing S.A.", "sales@hellenic-salt.example", "el-GR")
    p = po("4500231118", s, "2026-11-13", [
        ("SALT-RD-BB1T", "Road de-icing salt 0-5 mm, big bag 1 t", 120, "T", "86.00", "2026-12-07"),
    ], buyer="pl")
    htmlb = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>
<p><b><font color="#000066" size="3" face="Arial">Your message to sales@hellenic-salt.example couldn't be delivered.</font></b></p>
<p><font size="2" face="Tahoma">sales wasn't found at hellenic-salt.example.</font></p>
<table><tr><td><font size="2">peter.lindqvist</font></td><td><font size="2">Office 365</font></td><td><font size="2">sales</font></td></tr>
<tr><td><font size="2">Action Required</font></td><td></td><td><font size="2">Recipient</font></td></tr></table>
<p><b>Unknown To address</b></p>
<p>How to Fix It<br>The address may be misspelled or may not exist. Try one or more of the following: Retype the recipient's address, then resend the message.</p>
<p><b>Diagnostic information for administrators:</b><br>Generating server: VI1PR07MB6118.eurprd07.prod.outlook.com<br>
sales@hellenic-salt.example<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>
<p>Original message headers:</p><pre>Subject: Purchase order 4500231118 - please confirm
Date: Fri, 13 Nov 2026 07:30:00 +0000
Message-ID: &lt;po-4500231118.1@halvorsen-group.example&gt;</pre>
</body></html>
"""
    plain = ("Your message to sales@hellenic-salt.example couldn't be delivered.\n\nsales wasn't found at hellenic-salt.example.\n\n"
             "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n")
    ds = mime.Part([("Content-Type", "message/delivery-status")],
                   "Reporting-MTA: dns;VI1PR07MB6118.eurprd07.prod.outlook.com\nReceived-From-MTA: dns;AM0PR07MB4451.eurprd07.prod.outlook.com\n"
                   "Arrival-Date: Fri, 13 Nov 2026 07:30:01 +0000\n\nFinal-Recipient: rfc822;sales@hellenic-salt.example\nAction: failed\n"
                   "Status: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n")
    orig = mime.message(headers(buyer_of(p), ("", s["email"]), "Purchase order 4500231118 - please confirm",
                                rfc(D(2026, 11, 13), 7, 30, "+0000"), req_id(p)), mime.text(request_text(p)))
    rep = mime.multipart("report", [mime.alt(mime.text(plain), mime.text(htmlb, "html", "us-ascii")), ds, mime.rfc822(orig)],
                         "outlook", extra=" report-type=delivery-status;")
    msg = mime.message([("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@halvorsen-group.example>"),
                        ("To", f"Peter Lindqvist <{buyer_of(p)[1]}>"), ("Subject", "Undeliverable: Purchase order 4500231118 - please confirm"),
                        ("Date", rfc(D(2026, 11, 13), 7, 30, "+0000", 4)), ("Message-ID", f"<{nnn}b2e7c1d0-ndr@VI1PR07MB6118.eurprd07.prod.outlook.com>"),
                        ("In-Reply-To", req_id(p)), ("References", req_id(p)), ("Auto-Submitted", "auto-replied"),
                        ("X-MS-Exchange-Message-Is-Ndr", "")], rep)
    e = expected("bounce", "Exchange Online NDR 5.1.10, threaded on the PO request and carrying the original message.")
    return [p], msg, e, "Exchange NDR threaded on the PO request that embeds the full original PO table as message/rfc822."


@case("feed-additive-moq", "confirmation/en-IE")
def c(nnn):
    s = sup("CELTAN", "Celtic Animal Nutrition Ltd", "orders@celticnutrition.example", "en-IE")
    p = po("4500231119", s, "2026-11-03", [
        ("VFA-ZNO-25", "Zinc oxide feed grade 72%, 25 kg bag", 600, "KG", "2.40", "2026-12-08"),
        ("VFA-PHY-5000", "Phytase 5000 FTU/g, 20 kg bag", 200, "KG", "9.75", "2026-12-08"),
    ], buyer="ar")
    body = """Hi Aisha,

Thanks a million for the order, 4500231119 is entered on our side.

Zinc oxide (line 1) - 600 kg / 24 bags, all good for the 8th December.

Phytase (line 2) - the minimum batch for the 5000 FTU is 500 kg (25 x 20 kg bags) as it's blended to order, so we've put you down for 500 kg at the same price. Blending slot means delivery will be 15th December rather than the 8th, hope that works.

Batch certificates and the FAMI-QS cert (valid to 30/06/2027) will be emailed on dispatch.

Kind regards,
Siobhán Ní Bhriain
Customer Care | Celtic Animal Nutrition Ltd | Kilkenny
"""
    msg = reply(nnn, p, ("Siobhán Ní Bhriain", s["email"]), re_subject(p), rfc(D(2026, 11, 4), 15, 6, "+0000"), body,
                client="gmail")
    e = expected("confirmation", "Line 2 raised to the 500 kg minimum batch and moved to 2026-12-15; line 1 as ordered; '72%', '5000 FTU' and certificate validity are distractors.",
                 [conf(p, {1: acc(), 2: chg(q=500, d="2026-12-15")})])
    return [p], msg, e, "Minimum-order-quantity increase with a moved date, worded conversationally, and a certificate validity date nearby."


@case("rope-reels-per-100m", "confirmation/hu-HU")
def c(nnn):
    s = sup("KOTLANC", "Kötél-Lánc Kft.", "ertekesites@kotel-lanc.example", "hu-HU")
    p = po("4500231120", s, "2026-11-16", [
        ("RP-PP-12-3S", "Polypropylene rope 12 mm, 3-strand", 1200, "M", "0.62", "2026-12-15"),
        ("CH-G80-10", "Lifting chain grade 80, 10 mm", 150, "M", "14.90", "2026-12-15"),
    ], buyer="pl")
    body = """Tisztelt Lindqvist Úr!

Köszönjük a 4500231120 számú megrendelést, az alábbiak szerint igazoljuk vissza:

1. tétel (PP kötél 12 mm, 3 pászmás): a kötelet 500 m-es dobokon szállítjuk, így 3 dob = 1500 m-t tudunk visszaigazolni. Ár: 58,00 EUR / 100 m.
2. tétel (G80 lánc 10 mm): 150 m, 14,90 EUR/m, változatlanul.

Szállítási határidő mindkét tételre: 2026. december 15.

Üdvözlettel:
Szabó Eszter
értékesítési asszisztens
Kötél-Lánc Kft., 6000 Kecskemét, Ipari út 9.
"""
    msg = reply(nnn, p, ("Szabó Eszter", s["email"]), re_subject(p, "VS: "), rfc(D(2026, 11, 20), 8, 49), body,
                client="outlook", lang="hu", charset="iso-8859-2", lang_attr="hu")
    e = expected("confirmation", "Reel rounding 1200->1500 m; 58,00 EUR per 100 m = 0.58/m; Hungarian date '2026. december 15.'; 'G80 10 mm' is a spec.",
                 [conf(p, {1: chg(q=1500, p="0.58"), 2: acc()})])
    return [p], msg, e, "Hungarian reply with reel rounding and a price per 100 m that must be converted to the per-metre PO unit."
