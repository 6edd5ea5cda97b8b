"""Cases 001-020."""
from __future__ import annotations

from . import build as b
from . import common as c
from . import docs, mime
from .common import A, C, R, U, conf, expected, kw, wd, next_md, pct, per, MON, TUE, WED, THU, FRI
from .mime import Part, Multi, Raw, addr, ew, rfc_date

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def mk(n, slug, hard, pos, eml, exp):
    return {"n": n, "slug": slug, "hard": hard, "pos": pos, "eml": eml, "exp": exp}


def re_(p):
    return "RE: " + c.request_subject(p)


# --------------------------------------------------------------------------- 001
@case
def c001():
    sup = c.supplier("KELVIN", "Kelvin Scientific Ltd", "sales@kelvin-scientific.example", "en-GB")
    buy = c.buyer("Jana Köhler", "jana.koehler@meridian-med.example")
    p = c.po("4500318842", sup, buy, "EUR", "2026-11-02", [
        ("KS-PT200-R", "Pipette tips 200 µl, racked, sterile, box of 96", 40, "BOX", "6.85", "2026-11-27"),
        ("KS-CT15-500", "Centrifuge tube 15 ml PP, sterile, pack of 500", 20, "PK", "38.90", "2026-11-27"),
        ("KS-NG-M-100", "Nitrile examination gloves, size M, box of 100", 120, "BOX", "4.15", "2026-11-27"),
    ])
    wd("2026-11-27", FRI)
    body = """Good afternoon Jana,

Thank you for your order 4500318842 – I'm pleased to confirm all three lines in full, at the prices shown on your PO, for delivery on Friday 27th November.

For your QA records: the 200 µl tips are from lot KT26-1184 (sterile, EO, expiry 09/2029) and the 15 ml tubes from lot 26K0091 (expiry 2029-03-31). The gloves are non-sterile, AQL 1.5, 100 per box as usual.

Everything will travel on one pallet with DHL Freight, so please allow for a tail-lift vehicle.

Kind regards

Rachel Osei
Customer Service Executive
Kelvin Scientific Ltd
Unit 7, Harbour Court, Edinburgh Way, Harlow, Essex CM20 2BH
T: +44 (0)1279 445 210 | DD: +44 (0)1279 445 236
www.kelvin-scientific.example

Kelvin Scientific Ltd. Registered in England and Wales No. 04512387. Registered office as above. VAT No. GB 812 4471 06.
This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this e-mail in error please notify the sender immediately and delete it from your system. Any views or opinions expressed are solely those of the author and do not necessarily represent those of Kelvin Scientific Ltd. All orders are accepted subject to our Conditions of Sale (rev. 03/2024), available on request. Quotations are valid for 30 days from 01/11/2026 unless otherwise stated."""
    hdr = c.outlook_header("en-GB", f"{buy['name']} <{buy['email']}>", ("2026-11-02", "10:12"),
                           "Kelvin Scientific Sales <sales@kelvin-scientific.example>", c.request_subject(p))
    eml = b.outlook(frm=addr("Rachel Osei", "r.osei@kelvin-scientific.example"), to=addr(buy["name"], buy["email"]),
                    cc="Kelvin Scientific Sales <sales@kelvin-scientific.example>",
                    subject=re_(p), date=rfc_date(2026, 11, 4, 14, 37, 5, "+0000"),
                    msgid="<DB9PR02MB71845E1A0C4D2F9B3C7A1D55B1234@DB9PR02MB7184.eurprd02.prod.outlook.com>",
                    body=body, quoted_hdr=hdr, quoted_text=c.request_text(p), quoted_html=c.request_html(p),
                    in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c001", lang="en-GB")
    exp = expected("confirmation", "Plain full confirmation; lot expiry dates (09/2029, 2029-03-31), quotation validity and company-registration dates in the signature must not be read as delivery dates.",
                   [conf(p, {1: A(p, 1), 2: A(p, 2), 3: A(p, 3)})])
    return mk(1, "lab-tips-outlook-all-accepted", "Full confirmation buried among lot expiries, a registration number and a long disclaimer with dates.", [p], eml, exp)


# --------------------------------------------------------------------------- 002
@case
def c002():
    sup = c.supplier("TRISTATE", "Tri-State Aerospace Fasteners LLC", "orders@tristate-fast.example", "en-US")
    buy = c.buyer("Marcus Bell", "marcus.bell@aviontek.example")
    p = c.po("AV-PO-77120", sup, buy, "USD", "2026-11-03", [
        ("NAS1352C3-8P", "Socket head cap screw, 10-32 UNF x 1/2, CRES, passivated", 5000, "EA", "0.3850", "2026-12-18"),
        ("MS24693-C274", "Screw, machine, flat 100 deg, 10-32 x 3/4, CRES", 2000, "EA", "0.2120", "2026-12-18"),
        ("NAS1149F0363P", "Washer, flat, CRES, .375 OD, .032 thk", 10000, "EA", "0.0390", "2026-12-18"),
    ])
    wd("2026-12-11", FRI)
    wd("2026-12-04", FRI)
    body = """Marcus,

Confirming AV-PO-77120 as follows:

NAS1352C3-8P    5,000 pcs   $385.00/M   ship 12/11/2026
MS24693-C274    2,000 pcs   $236.00/M   ship 12/11/2026  (mill surcharge on 300-series CRES, sorry)
NAS1149F0363P  10,000 pcs    $39.00/M   ship 12/04/2026

Everything goes FedEx Ground out of Cleveland, usually 3-4 days in transit to Wichita. C of C per AS9100 Rev D with DFARS-compliant material and lot traceability goes in each box; chem/phys certs available on request.

Prices per our quote Q-26-1187, valid thru 12/31/2026. Terms net 30.

Thanks,
Rick Alvarez
Inside Sales | Tri-State Aerospace Fasteners LLC
16200 Brookpark Rd, Cleveland, OH 44135
(216) 555-0148 ext. 214"""
    attrib = c.gmail_attrib_en("2026-11-03", "09:15", buy["name"], buy["email"])
    eml = b.gmail(frm=addr("Rick Alvarez", "rick.alvarez@tristate-fast.example"), to=addr(buy["name"], buy["email"]),
                  cc="orders@tristate-fast.example", subject="Re: " + c.request_subject(p),
                  date=rfc_date(2026, 11, 5, 16, 2, 41, "-0600"),
                  msgid="<CAF7x+Qp3b2KwM1aT0zR8vYh5Ld9QmN4eJ2uXc6sTgA@mail.gmail.com>",
                  body=body, attrib=attrib, quoted_text=c.request_text(p),
                  in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c002")
    exp = expected("confirmation", "Prices per thousand ($/M) must be divided by 1000; only ship dates are given (transit time is not a delivery date), so the ship dates are the dates; US month-first dates.",
                   [conf(p, {1: C(p, 1, date="2026-12-11"),
                             2: C(p, 2, price=per("236.00", 1000), date="2026-12-11"),
                             3: C(p, 3, date="2026-12-04")})])
    return mk(2, "aero-fasteners-per-thousand-ship-dates", "Prices per thousand ($/M), US ship dates only with a transit remark, 10-32 UNF and AS9100 numbers in the text.", [p], eml, exp)


# --------------------------------------------------------------------------- 003
@case
def c003():
    sup = c.supplier("FWLINDNER", "Farbwerke Lindner GmbH", "verkauf@farbwerke-lindner.example", "de-DE")
    buy = c.buyer("Tobias Ernst", "tobias.ernst@printwerk.example")
    p = c.po("4700022915", sup, buy, "EUR", "2026-11-09", [
        ("FL-OFF-BK-K", "Offsetfarbe Schwarz, hochpigmentiert, 2,5-kg-Dose", 300, "KG", "4.20", "2026-12-02"),
        ("FL-PMS-185", "Sonderfarbe Pantone 185 C, 1-kg-Dose", 40, "KG", "11.80", "2026-12-02"),
    ])
    text = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 20.11.2026, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht automatisch weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Petra Weiß, Tel. +49 711 4478-212, p.weiss@farbwerke-lindner.example, oder an unseren Verkaufsinnendienst unter verkauf@farbwerke-lindner.example.

Mit freundlichen Grüßen
Sabine Krüger

Farbwerke Lindner GmbH · Max-Eyth-Straße 18 · 70736 Fellbach
Amtsgericht Stuttgart HRB 72 4411 · Geschäftsführer: Dr. Martin Lindner
"""
    eml = b.plain(frm=addr("Krüger, Sabine", "s.krueger@farbwerke-lindner.example", "iso-8859-1", "Q"),
                  to=addr(buy["name"], buy["email"]),
                  subject="Automatische Antwort: " + c.request_subject(p),
                  date=rfc_date(2026, 11, 9, 10, 44, 12, "+0100"),
                  msgid="<a7c41e2b90f84c5b8d2e1f0a3b6c9d12@EXCH02.farbwerke-lindner.local>",
                  text=text, charset="iso-8859-1", cte="quoted-printable",
                  in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c003",
                  extra=[("Thread-Topic", c.request_subject(p)), ("Auto-Submitted", "auto-replied"),
                         ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "s.krueger@farbwerke-lindner.example"),
                         ("Content-Language", "de-DE")])
    exp = expected("auto_reply", "German Outlook out-of-office (Automatische Antwort) with a return date and a deputy; no statement about the order.")
    return mk(3, "ooo-german-ink-supplier", "German out-of-office with a return date and a colleague's phone number that look like data.", [p], eml, exp)


# --------------------------------------------------------------------------- 004
@case
def c004():
    sup = c.supplier("HANSADF", "Hansa Druckfarben GmbH", "auftrag@hansa-druckfarben.example", "de-DE")
    buy = c.buyer("Tobias Ernst", "tobias.ernst@printwerk.example")
    p = c.po("4700022940", sup, buy, "EUR", "2026-11-04", [
        ("HD-PS-4C-CY", "Offsetfarbe Prozess Cyan ISO 2846-1, 2,5-kg-Dose", 800, "KG", "4.85", "2026-12-04"),
        ("HD-PS-4C-MG", "Offsetfarbe Prozess Magenta ISO 2846-1, 2,5-kg-Dose", 600, "KG", "5.10", "2026-12-04"),
        ("HD-LK-GL-200", "Drucklack glänzend, Hobbock 200 kg", 400, "KG", "3.95", "2026-12-04"),
    ])
    kw49, kw51, kw50di = kw(2026, 49), kw(2026, 51), kw(2026, 50, TUE)
    assert (kw49, kw51, kw50di) == ("2026-12-04", "2026-12-18", "2026-12-08")
    reply = """Sehr geehrter Herr Ernst,

vielen Dank für Ihre Bestellung 4700022940 vom 04.11.2026, die wir
wie folgt bestätigen:

Pos. 1 Prozess Cyan: 800 kg zu 4,85 €/kg. Da die Charge erst
nachproduziert wird, liefern wir 500 kg in KW 49 und die Restmenge
von 300 kg in KW 51/2026.

Pos. 2 Prozess Magenta: 600 kg zu 5,10 €/kg, Lieferung KW 49.

Pos. 3 Drucklack glänzend: 400 kg (2 Hobbocks à 200 kg) zu 3,95 €/kg,
Lieferung am Dienstag der KW 50.

Die Preise verstehen sich frei Haus Stuttgart, Zahlungsziel 30 Tage
netto bzw. 14 Tage 2 % Skonto. Es gelten unsere Allgemeinen Verkaufs-
und Lieferbedingungen, Stand 01/2025.

Mit freundlichen Grüßen

Jürgen Bäumler
Verkaufsinnendienst
Hansa Druckfarben GmbH
Billbrookdeich 216, 22113 Hamburg
Tel. +49 40 7331 58-40
"""
    attrib = "Am 04.11.2026 um 09:41 schrieb Tobias Ernst:"
    text = reply + "\n" + attrib + "\n" + mime.quote(c.request_text(p, "Sehr geehrte Damen und Herren,").rstrip("\n")) + "\n"
    eml = b.plain(frm=addr("Jürgen Bäumler", "j.baeumler@hansa-druckfarben.example", "utf-8", "Q"),
                  to=addr(buy["name"], buy["email"]), subject="Re: " + c.request_subject(p),
                  date=rfc_date(2026, 11, 9, 11, 20, 33, "+0100"),
                  msgid="<3b1f6c2e-8d41-4a7e-9f0b-5c2d7e8a1f44@hansa-druckfarben.example>",
                  text=text, charset="UTF-8", cte="8bit", flowed=True,
                  in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c004",
                  user_agent="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2",
                  extra=[("Content-Language", "de-DE")])
    exp = expected("confirmation", "Calendar weeks without a day are Fridays (KW 49 = 2026-12-04, KW 51 = 2026-12-18); 'Dienstag der KW 50' is 2026-12-08. Line 1 split 500+300; line 2 in KW 49 equals the requested date.",
                   [conf(p, {1: C(p, 1, sched=[(500, kw49), (300, kw51)]),
                             2: A(p, 2),
                             3: C(p, 3, date=kw50di)})])
    return mk(4, "printing-ink-calendar-week-split", "German Thunderbird reply with calendar weeks, a split 500+300 kg, and a named weekday inside a week.", [p], eml, exp)


# --------------------------------------------------------------------------- 005
@case
def c005():
    sup = c.supplier("KCN", "Klimaat Componenten Nederland B.V.", "orderdesk@kcn-klimaat.example", "nl-NL")
    buy = c.buyer("Sanne de Vries", "sanne.devries@climatek.example")
    p = c.po("CT-2026-04418", sup, buy, "EUR", "2026-11-05", [
        ("FCU-HW-04-2P", "Fan coil unit, horizontal, 4-pipe, 2.4 kW", 12, "EA", "612.00", "2027-01-15"),
        ("DMP-VCD-400", "Volume control damper, circular D400 mm", 30, "EA", "88.50", "2027-01-15"),
        ("FLT-F7-592", "Bag filter F7 (ePM1 60%) 592x592x600, 8 pockets", 50, "EA", "23.40", "2026-12-18"),
    ])
    pdf_ob = docs.pdf_table(
        [("ORDERBEVESTIGING", True), "Klimaat Componenten Nederland B.V.  -  Nijverheidsweg 41  -  3861 RK Nijkerk",
         "KvK 30188452  -  BTW NL8123.44.710.B01  -  IBAN NL40 RABO 0318 4471 22", "",
         "Orderbevestiging nr.: 2026-0081512          Datum: 06-11-2026",
         "Klant: Climatek Building Services B.V., Koperweg 22, 3542 DR Utrecht (debiteur 104471)",
         "Uw ordernummer: CT-2026-04418 van 05-11-2026          Uw contactpersoon: S. de Vries",
         "Leveringsconditie: franco huis (DAP Utrecht, Incoterms 2020)      Betalingsconditie: 30 dagen netto"],
        ["Pos", "Ons art.nr.", "Uw art.nr.", "Omschrijving", "Aantal", "Prijs/st", "Leverdatum"],
        [["10", "70-4412-24", "FCU-HW-04-2P", "Ventilo-convector horiz. 4-pijps 2,4 kW", "12 st", "612,00", "15-01-2027"],
         ["20", "71-0400-VC", "DMP-VCD-400", "Regelklep rond D400 mm", "30 st", "91,20", "15-01-2027"],
         ["30", "88-F7-592-8", "FLT-F7-592", "Zakkenfilter F7 592x592x600 8 zakken", "60 st", "23,40", "11-12-2026"],
         ["", "", "", "  verpakt per doos a 12 st; aantal afgerond naar 5 dozen", "", "", ""]],
        ["Prijswijziging pos. 20: nieuwe prijslijst leverancier per 01-11-2026.",
         "Offerte 2026-OF-3318 geldig tot 31-12-2026. Genoemde leverdata zijn data van aflevering op uw adres.",
         "Op al onze leveringen zijn de Algemene Voorwaarden van KCN (gedeponeerd bij de KvK op 12-03-2019) van toepassing.",
         "Reclamaties binnen 8 dagen na ontvangst schriftelijk melden."],
        [40, 65, 130, 215, 410, 455, 505], title="Orderbevestiging 2026-0081512", size=8,
        producer="Exact Globe Next", creation="D:20261106070155+01'00'")
    pdf_av = docs.pdf_lines(
        [("ALGEMENE LEVERINGSVOORWAARDEN KCN B.V.", True), "Versie 2019-03, gedeponeerd bij de KvK op 12-03-2019", "",
         "Artikel 1 - Toepasselijkheid", "1.1 Deze voorwaarden zijn van toepassing op alle aanbiedingen en overeenkomsten.",
         "Artikel 2 - Aanbiedingen", "2.1 Alle aanbiedingen zijn vrijblijvend en 30 dagen geldig.",
         "Artikel 3 - Levertijden", "3.1 Opgegeven levertijden zijn indicatief; overschrijding geeft geen recht op ontbinding.",
         "3.2 Levering geschiedt franco bij orders boven EUR 750,00 netto.",
         "Artikel 4 - Betaling", "4.1 Betaling binnen 30 dagen na factuurdatum, tenzij anders overeengekomen.",
         "Artikel 5 - Eigendomsvoorbehoud", "5.1 Geleverde zaken blijven eigendom van KCN tot volledige betaling.",
         "Artikel 6 - Garantie", "6.1 Garantie 24 maanden na levering, filters uitgezonderd.",
         "Artikel 7 - Geschillen", "7.1 Op alle overeenkomsten is Nederlands recht van toepassing; rechtbank Gelderland."],
        title="Algemene Voorwaarden KCN 2019", producer="Microsoft Word", creation="D:20190312101500+01'00'")
    text = """Geachte relatie,

Hierbij ontvangt u onze orderbevestiging 2026-0081512 (uw referentie CT-2026-04418) als PDF-bijlage.
Wij verzoeken u de bevestiging te controleren en eventuele afwijkingen binnen 2 werkdagen aan ons te melden.

Dit bericht is automatisch verzonden vanuit ons ordersysteem. Voor vragen kunt u contact opnemen met onze binnendienst via orderdesk@kcn-klimaat.example of 033 - 245 71 00.

Met vriendelijke groet,
Klimaat Componenten Nederland B.V.
"""
    body = Part("text/plain", text, charset="utf-8", cte="quoted-printable")
    root = Multi("mixed", [body,
                           Part("application/pdf", pdf_ob, cte="base64", filename="OB_2026-0081512.pdf"),
                           Part("application/pdf", pdf_av, cte="base64", filename="Algemene_Voorwaarden_KCN.pdf")],
                 "----=_Part_44718_1299384471.1793944915000")
    hs = [("Date", rfc_date(2026, 11, 6, 7, 1, 55, "+0100")),
          ("From", addr("KCN Orderdesk", "noreply-erp@kcn-klimaat.example")),
          ("Reply-To", "orderdesk@kcn-klimaat.example"), ("To", buy["email"]),
          ("Message-ID", "<1299384471.44718.1793944915000@erp01.kcn-klimaat.example>"),
          ("Subject", "Orderbevestiging 2026-0081512 / uw ref. CT-2026-04418"),
          ("MIME-Version", "1.0"), ("X-Mailer", "Exact Globe Mailer 5.2")]
    eml = mime.message(hs, root)
    exp = expected("confirmation", "ERP PDF acknowledgment with own position numbers 10/20/30 and own article numbers; pos 20 price 91,20; pos 30 rounded to full cartons of 12 (60) and earlier date 11-12-2026. The terms PDF and validity/deposit dates are noise.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, price="91.20"), 3: C(p, 3, q=60, date="2026-12-11")})])
    return mk(5, "hvac-erp-pdf-with-terms-pdf", "Dutch ERP PDF with positions 10/20/30 and own codes, carton rounding, plus an unrelated terms-and-conditions PDF full of dates.", [p], eml, exp)


# --------------------------------------------------------------------------- 006
@case
def c006():
    sup = c.supplier("VALLET", "Minoterie Vallet & Fils SAS", "adv@minoterie-vallet.example", "fr-FR")
    buy = c.buyer("Oliver Grant", "oliver.grant@brodhaus.example")
    p = c.po("BB-26-3391", sup, buy, "EUR", "2026-11-05", [
        ("FAR-T55-25", "Wheat flour T55, 25 kg sack", 2000, "KG", "0.62", "2026-12-08"),
        ("SUC-CRI-25", "Granulated sugar, 25 kg sack", 1000, "KG", "0.94", "2026-12-08"),
        ("AMD-POU-10", "Almond flour, blanched, 10 kg carton", 200, "KG", "7.80", "2026-12-08"),
    ])
    wd("2026-12-08", TUE)
    sugar = pct("0.94", 3)
    assert sugar == "0.9682"
    body = """Bonjour Monsieur Grant,

Nous accusons bonne réception de votre commande BB-26-3391 et vous la confirmons comme suit :

- Farine T55 : 80 sacs de 25 kg, soit 2 000 kg, à 0,62 €/kg, livraison le mardi 8 décembre ;
- Sucre cristal : 40 sacs de 25 kg (1 000 kg). Suite à la hausse du prix de la betterave, nous devons appliquer +3 % sur le prix de votre commande ; livraison le 8 décembre également ;
- Poudre d'amande blanchie : 20 cartons de 10 kg, 7,80 €/kg, livraison le 15/12 (la marchandise arrive d'Espagne chez nous le 10/12).

DDM des lots de farine : 06/2027 (fabrication semaine 49). Certificats d'analyse joints à la livraison.

Une question : votre quai à Leeds accepte-t-il un semi-remorque de 13,6 m, ou faut-il prévoir un porteur ? Merci de nous le préciser avant le 20/11 pour que notre transitaire puisse réserver.

Conditions habituelles : paiement à 45 jours fin de mois, DAP Leeds.

Bien cordialement,

Élodie Marchand
Administration des ventes – Export
Minoterie Vallet & Fils SAS
12 route de Chartres – 28300 Mainvilliers – France
Tél. +33 2 37 21 44 80
SAS au capital de 1 200 000 € – RCS Chartres 412 887 301"""
    hdr = c.outlook_header("fr", f"{buy['name']} <{buy['email']}>", ("2026-11-05", "15:02"),
                           "ADV Minoterie Vallet <adv@minoterie-vallet.example>", c.request_subject(p))
    eml = b.outlook(frm=addr("Élodie Marchand", "e.marchand@minoterie-vallet.example", "iso-8859-1", "Q"),
                    to=addr(buy["name"], buy["email"]), subject="RE: " + c.request_subject(p),
                    date=rfc_date(2026, 11, 9, 10, 5, 18, "+0100"),
                    msgid="<PAXPR08MB6620B7F2C0E14D7A9B3E55C1A0442@PAXPR08MB6620.eurprd08.prod.outlook.com>",
                    body=body, quoted_hdr=hdr, quoted_text=c.request_text(p), quoted_html=c.request_html(p),
                    in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c006",
                    lang="fr-FR", charset="windows-1252")
    exp = expected("confirmation", "French confirmation plus a logistics question: still a confirmation. +3 % on 0.94 = 0.9682; almond flour on 15/12 (arrival at the mill on 10/12 is not our date); best-before 06/2027 and 'semaine 49' are noise.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, price=sugar), 3: C(p, 3, date="2026-12-15")})])
    return mk(6, "bakery-flour-confirm-and-ask", "French confirmation that also asks a question, with a +3 % surcharge, sacks of 25 kg and best-before and production-week dates.", [p], eml, exp)


# --------------------------------------------------------------------------- 007
@case
def c007():
    sup = c.supplier("VETCOLLI", "Vetreria Colli Euganei S.p.A.", "ordini@vetreriacolli.example", "it-IT")
    buy = c.buyer("Giulia Ferrari", "giulia.ferrari@vitrapack.example")
    p = c.po("VP-4410-26", sup, buy, "EUR", "2026-11-06", [
        ("VC-VASO-314", "Glass jar 314 ml, TO 70, flint", 10000, "EA", "0.1825", "2026-12-14"),
        ("VC-CAPS-TO70", "Twist-off cap TO 70, gold, with safety button", 10000, "EA", "0.0710", "2026-12-14"),
        ("VC-VASO-212", "Glass jar 212 ml, TO 63, flint", 6000, "EA", "0.1590", "2027-01-11"),
    ])
    body = """Buongiorno Giulia,

in riferimento al vostro ordine VP-4410-26 del 06/11 vi confermiamo quanto segue:

pos. 1 – vaso 314 ml TO 70 flint: il vetro viaggia solo a bancali completi, quindi 5 bancali da 2.184 pz = 10.920 pz, € 182,50 al mille, consegna 14/12/2026
pos. 2 – capsula TO 70 oro con pulsante: 10.000 pz, € 74,50 al mille (listino capsule 2027 del nostro fornitore), consegna 14/12/2026
pos. 3 – vaso 212 ml TO 63 flint: 6.000 pz come da ordine, prezzo confermato, consegna 11/01/2027

I bancali EPAL sono a rendere o verranno addebitati a € 12,00 cad. Pagamento RiBa 60 gg d.f.f.m.

Cordiali saluti

Marco Zanin
Ufficio Commerciale
Vetreria Colli Euganei S.p.A.
Via Monte Venda 7 – 35031 Abano Terme (PD)
Tel. +39 049 812 4471 – P.IVA 01234560284

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Ai sensi del Regolamento UE 2016/679 (GDPR) ..."""
    hdr = c.outlook_header("it", f"{buy['name']} <{buy['email']}>", ("2026-11-06", "11:30"),
                           "ordini@vetreriacolli.example", c.request_subject(p))
    eml = b.outlook(frm=addr("Marco Zanin", "m.zanin@vetreriacolli.example"), to=addr(buy["name"], buy["email"]),
                    subject="R: " + c.request_subject(p), date=rfc_date(2026, 11, 10, 9, 48, 2, "+0100"),
                    msgid="<AM0PR10MB3412C5D8E9F04B1C8A7D22E6F9911@AM0PR10MB3412.EURPRD10.PROD.OUTLOOK.COM>",
                    body=body, quoted_hdr=hdr, quoted_text=c.request_text(p), quoted_html=c.request_html(p),
                    in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c007",
                    lang="it-IT", charset="windows-1252")
    exp = expected("confirmation", "Italian thousands separator (2.184 pz, 10.920 pz); pallet rounding to 10920; prices per thousand (182,50 = PO price, 74,50 -> 0.0745).",
                   [conf(p, {1: C(p, 1, q=10920), 2: C(p, 2, price=per("74.50", 1000)), 3: A(p, 3)})])
    return mk(7, "glass-jars-pallets-per-mille", "Italian dot thousands separators, full-pallet rounding, prices 'al mille', and a pallet deposit that is not a unit price.", [p], eml, exp)


# --------------------------------------------------------------------------- 008
@case
def c008():
    sup = c.supplier("GTW", "Gazy Techniczne Wielkopolska sp. z o.o.", "zamowienia@gazytech-wlkp.example", "pl-PL")
    buy = c.buyer("Anna Nowak", "anna.nowak@weldmax.example")
    p = c.po("ZK/2026/11/0412", sup, buy, "EUR", "2026-11-10", [
        ("ARG-46-200", "Argon 4.6, cylinder 50 l, 200 bar", 24, "CYL", "41.00", "2026-11-24"),
        ("O2-TECH-50", "Oxygen technical 2.5, cylinder 50 l, 200 bar", 12, "CYL", "28.50", "2026-11-24"),
    ], req_id="<poack.ZK-2026-11-0412.20261110@weldmax.example>")
    rid = p["request_message_id"]
    expl = """This is the mail system at host mx1.weldmax.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<k.wisniewski@gazytech-wlkp.example>: host mx.gazytech-wlkp.example[192.0.2.41]
    said: 550 5.1.1 <k.wisniewski@gazytech-wlkp.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
"""
    ds = """Reporting-MTA: dns; mx1.weldmax.example
X-Postfix-Queue-ID: 4Q7k2B1xYRz3F
X-Postfix-Sender: rfc822; anna.nowak@weldmax.example
Arrival-Date: Tue, 10 Nov 2026 13:02:11 +0100 (CET)

Final-Recipient: rfc822; k.wisniewski@gazytech-wlkp.example
Original-Recipient: rfc822;k.wisniewski@gazytech-wlkp.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.gazytech-wlkp.example
Diagnostic-Code: smtp; 550 5.1.1 <k.wisniewski@gazytech-wlkp.example>:
    Recipient address rejected: User unknown in virtual mailbox table
"""
    orig = f"""Return-Path: <anna.nowak@weldmax.example>
Received: from app02.weldmax.example (app02.weldmax.example [10.10.4.22])
	by mx1.weldmax.example (Postfix) with ESMTPSA id 4Q7k2B1xYRz3F
	for <k.wisniewski@gazytech-wlkp.example>; Tue, 10 Nov 2026 13:02:11 +0100 (CET)
From: Anna Nowak <anna.nowak@weldmax.example>
To: k.wisniewski@gazytech-wlkp.example
Subject: {c.request_subject(p)}
Date: Tue, 10 Nov 2026 13:02:09 +0100
Message-ID: {rid}
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
"""
    root = Multi("report", [Raw("text/plain; charset=us-ascii", expl, [("Content-Description", "Notification"), ("Content-Transfer-Encoding", "7bit")]),
                            Raw("message/delivery-status", ds, [("Content-Description", "Delivery report")]),
                            Raw("text/rfc822-headers", orig, [("Content-Description", "Undelivered Message Headers")])],
                 "4Q7k2B1xYRz3F.1794916931/mx1.weldmax.example",
                 params=[("report-type", "\x00delivery-status")], preamble="This is a MIME-encapsulated message.")
    hs = [("Return-Path", "<>"), ("Date", "Tue, 10 Nov 2026 13:02:12 +0100 (CET)"),
          ("From", "MAILER-DAEMON@mx1.weldmax.example (Mail Delivery System)"),
          ("Subject", "Undelivered Mail Returned to Sender"), ("To", buy["email"]),
          ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"),
          ("Message-ID", "<20261110120212.4F1C23A0B7@mx1.weldmax.example>")]
    eml = mime.message(hs, root)
    exp = expected("bounce", "Postfix DSN (550 5.1.1 user unknown) for our acknowledgment request; the returned headers carry the PO number and our request Message-ID.")
    return mk(8, "postfix-dsn-user-unknown", "Postfix bounce whose returned headers contain the PO subject and our own request Message-ID.", [p], eml, exp)


# --------------------------------------------------------------------------- 009
@case
def c009():
    sup = c.supplier("DENIPLIK", "Denizli İplik San. ve Tic. A.Ş.", "ihracat@denizli-iplik.example", "tr-TR")
    buy = c.buyer("Hannah Price", "hannah.price@loomcraft.example")
    p = c.po("LC-PO-26-0918", sup, buy, "EUR", "2026-11-02", [
        ("DZ-CO-30/1-ECRU", "Cotton yarn Ne 30/1 combed compact, ecru, on cones", 1200, "KG", "3.45", "2026-12-11"),
        ("DZ-CO-20/2-NAVY", "Cotton yarn Ne 20/2, dyed navy 19-3923 TCX, on cones", 400, "KG", "5.90", "2026-12-11"),
    ])
    text = """Sayın Hannah Hanım,

LC-PO-26-0918 numaralı siparişiniz için teşekkür ederiz. Teyidimiz aşağıdadır:

1) Ne 30/1 penye kompakt, ekru: aynı üretim lotundan stokta yalnızca 950 kg mevcut (lot no. 2611-0487). Kalan 250 kg için yeni üretim gerekiyor, lot farkı olacağı için bu miktarı göndermiyoruz. 950 kg x 3,45 EUR/kg, yükleme 4 Aralık 2026, teslim 11 Aralık 2026.

2) Ne 20/2 lacivert 19-3923 TCX: 400 kg, 5,90 EUR/kg, teslim 11 Aralık 2026. Renk onayı için lab-dip 06.11.2026'da kargoya verildi.

Bobin ağırlığı yaklaşık 1,89 kg, kolide 24 bobin. Ödeme: yükleme tarihinden itibaren 60 gün.

Saygılarımızla,

Mehmet Yıldız
İhracat Departmanı
Denizli İplik San. ve Tic. A.Ş.
Organize Sanayi Bölgesi 4. Cadde No: 12, 20330 Denizli
Tel: +90 258 269 44 71
"""
    quoted = "\n-----Original Message-----\n" + \
        f"From: {buy['name']} <{buy['email']}>\nSent: Monday, November 2, 2026 3:40 PM\nTo: {sup['email']}\nSubject: {c.request_subject(p)}\n\n" + c.request_text(p)
    eml = b.plain(frm=addr("Mehmet Yıldız", "mehmet.yildiz@denizli-iplik.example", "windows-1254", "Q"),
                  to=addr(buy["name"], buy["email"]), subject="YNT: " + c.request_subject(p),
                  date=rfc_date(2026, 11, 11, 15, 12, 40, "+0300"),
                  msgid="<000a01dd2b81$5c3e1f40$14ba5dc0$@denizli-iplik.example>",
                  text=text + quoted, charset="windows-1254", cte="quoted-printable",
                  in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c009",
                  extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "tr")])
    exp = expected("confirmation", "Turkish; only 950 of 1200 kg confirmed (remaining 250 kg explicitly not sent); delivery date 11 Aralik wins over loading date 4 Aralik; lab-dip date 06.11.2026 and Ne 30/1, 19-3923 are noise.",
                   [conf(p, {1: C(p, 1, q=950), 2: A(p, 2)})])
    return mk(9, "yarn-turkish-partial-colour-lot", "Turkish windows-1254 reply: partial quantity because of a colour lot, loading vs delivery date, yarn counts like 30/1.", [p], eml, exp)


# --------------------------------------------------------------------------- 010
@case
def c010():
    sup = c.supplier("HUAMEI", "Ningbo Huamei Packaging Co., Ltd.", "sales@huamei-pack.example", "zh-CN")
    buy = c.buyer("Li Na", "li.na@belleform.example")
    p = c.po("BF-PO-2026-0377", sup, buy, "USD", "2026-11-06", [
        ("HM-AL-30-WH", "Airless bottle 30 ml, PP, white, with pump", 6000, "EA", "0.4150", "2027-01-22"),
        ("HM-TB-50-SOFT", "Cosmetic tube 50 ml, D30, soft-touch, offset 4 colours", 8000, "EA", "0.1980", "2027-01-22"),
    ])
    text = """李娜 您好，

收到贵司订单 BF-PO-2026-0377，谢谢支持！

关于第1项 30ml 真空瓶（白色）：我们的最小起订量（MOQ）是 10,000 只。如果只做 6,000 只，需要另收开机费 USD 350。请问贵司是否可以把数量增加到 10,000 只，或者接受开机费？

第2项 50ml 软管：四色胶印需要贵司先签回确认稿（刀模图已附在上一封邮件里），我们收到签样后才能排产并确认交期，一般是签样后25天左右。

请贵司回复后，我们再正式回签订单。

祝好！
王静 Jenny Wang
宁波华美包装有限公司
电话：+86 574 8766 4471  手机：138 5742 0931
地址：浙江省宁波市北仑区明州路 88 号
"""
    quoted = "\n\n------------------ 原始邮件 ------------------\n" + \
        f"发件人: \"{buy['name']}\" <{buy['email']}>;\n发送时间: 2026年11月6日(星期五) 下午4:05\n收件人: \"sales\" <{sup['email']}>;\n主题: {c.request_subject(p)}\n\n" + c.request_text(p)
    eml = b.plain(frm=addr("王静 Jenny", "jenny.wang@huamei-pack.example", "gb2312", "B"),
                  to=addr(buy["name"], buy["email"]), subject=ew("回复：" + c.request_subject(p), "gb2312"),
                  date=rfc_date(2026, 11, 12, 10, 26, 7, "+0800"),
                  msgid="<tencent_4B8E9C1D7F2A3E5B6C0D1E2F3A4B5C6D7E08@qq.example>",
                  text=text + quoted, charset="gb2312", cte="base64",
                  in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c010",
                  extra=[("X-Mailer", "Foxmail 7.2.25.228[cn]")])
    exp = expected("needs_review", "Chinese reply asks whether we accept MOQ 10,000 or a set-up charge and waits for artwork approval; explicitly no confirmation until we answer.")
    return mk(10, "airless-bottles-moq-question-zh", "Chinese GB2312 reply that raises MOQ and artwork questions and explicitly postpones the confirmation.", [p], eml, exp)


# --------------------------------------------------------------------------- 011
@case
def c011():
    sup = c.supplier("VESTKYST", "Vestkyst Marineservice AS", "ordre@vestkyst-marine.example", "nb-NO")
    buy = c.buyer("Erik Solberg", "erik.solberg@nordmarine.example")
    p = c.po("NM-26-3307", sup, buy, "EUR", "2026-11-06", [
        ("JAB-1210-0001", "Impeller kit Jabsco 1210-0001, neoprene", 10, "EA", "64.00", "2026-12-11"),
        ("VP-3817479", "Volvo Penta fuel filter 3817479", 24, "EA", "21.50", "2026-12-11"),
        ("YAM-6CE-W0078", "Yanmar water pump seal kit 6CE-W0078", 6, "EA", "148.00", "2026-12-11"),
        ("RAC-R24T-10", "Racor R24T fuel filter element, 10 micron", 20, "EA", "12.90", "2026-12-11"),
    ])
    wd("2026-12-07", MON)
    wd("2026-12-09", WED)
    uke2 = kw(2027, 2)
    assert uke2 == "2027-01-15"
    rows = c.po_table(p).split("\n")
    answers = {
        1: "VMS: OK, på lager. Sendes mandag 7.12., levert hos dere onsdag 9.12.",
        2: "VMS: OK som bestilt.",
        3: "VMS: Utgått hos Yanmar, ingen erstatning tilgjengelig. Kan dessverre ikke levere denne.",
        4: "VMS: Pris nå 13,60 pr stk (ny prisliste fra Parker 01.11.). Levering uke 2.",
    }
    req = c.request_text(p)
    before, after = req.split(rows[0])
    after_rest = after.split(rows[-1], 1)[1]
    inline = mime.quote(before.rstrip("\n")) + "\n>\n> " + rows[0] + "\n"
    for i, r in enumerate(rows[1:], 1):
        inline += "> " + r + "\n\n" + answers[i] + "\n\n"
    inline += mime.quote(after_rest.strip("\n"))
    text = f"""Hei Erik,

svar i teksten under, merket VMS.

Mvh
Kjetil Haugland
Vestkyst Marineservice AS
Tollbodkaien 3, 6002 Ålesund | tlf 70 10 44 71
Org.nr. 987 654 321 MVA

-----Opprinnelig melding-----
Fra: {buy['name']} <{buy['email']}>
Sendt: fredag 6. november 2026 14:18
Til: ordre@vestkyst-marine.example
Emne: {c.request_subject(p)}

{inline}
"""
    eml = b.plain(frm=addr("Kjetil Haugland", "kjetil@vestkyst-marine.example"), to=addr(buy["name"], buy["email"]),
                  subject="SV: " + c.request_subject(p), date=rfc_date(2026, 11, 10, 13, 5, 0, "+0100"),
                  msgid="<001b01dd3f12$8a4c2e10$9ee48a30$@vestkyst-marine.example>",
                  text=text, charset="iso-8859-1", cte="quoted-printable",
                  in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c011",
                  extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", b.thread_index("c011")),
                         ("Content-Language", "nb")])
    exp = expected("confirmation", "Answers typed inline under each quoted PO row (marked VMS). Line 1 delivered Wed 9.12 (ship Mon 7.12); line 3 discontinued; line 4 new price 13,60 and 'uke 2' = Friday 2027-01-15. Requested dates in the quoted rows are ours.",
                   [conf(p, {1: C(p, 1, date="2026-12-09"), 2: A(p, 2), 3: R(), 4: C(p, 4, price="13.60", date=uke2)})])
    return mk(11, "marine-spares-inline-norwegian", "Norwegian answers typed inline between the quoted PO rows, with a discontinued part, ship vs delivery and 'uke 2' of next year.", [p], eml, exp)


# --------------------------------------------------------------------------- 012
@case
def c012():
    sup = c.supplier("EXTIBER", "Extintores Ibéricos S.A.", "pedidos@extintores-ibericos.example", "es-ES")
    buy = c.buyer("Lucía Martín", "lucia.martin@safeguard-fire.example")
    p = c.po("SFS-26-1187", sup, buy, "EUR", "2026-11-09", [
        ("EXT-PQ6-ABC", "Extintor polvo ABC 6 kg, eficacia 34A-233B-C (EN 3-7)", 120, "EA", "24.90", "2026-12-01"),
        ("EXT-CO2-5", "Extintor CO2 5 kg, eficacia 89B (EN 3-7)", 40, "EA", "61.00", "2026-12-01"),
        ("BIE-25-20", "BIE 25 mm, manguera 20 m, armario 650x650", 15, "EA", "189.00", "2026-12-15"),
        ("SEN-PVC-A4", "Señal evacuación fotoluminiscente A4, PVC 297x210", 300, "EA", "1.35", "2026-12-01"),
    ])
    intro = """Buenos días Lucía:

Le confirmamos su pedido SFS-26-1187 según la tabla siguiente. Los extintores salen con fecha de fabricación 11/2026, timbrado de recipiente válido hasta 2031 y certificado AENOR.
"""
    rows = [("1", "EXT-PQ6-ABC", "Extintor PQ 6 kg ABC 34A-233B-C", "120", "24,90 €", "01/12/2026"),
            ("2", "EXT-CO2-5", "Extintor CO2 5 kg 89B", "40", "63,50 €", "01/12/2026"),
            ("3", "BIE-25-20", "BIE 25 mm 20 m armario 650x650", "15", "189,00 €", "22/12/2026"),
            ("4", "SEN-PVC-A4", "Señal A4 fotoluminiscente", "300", "1,35 €", "01/12/2026")]
    outro = """El precio del CO2 se ha actualizado por la subida del acero (ver circular del 02/11/2026). Las BIE se fabrican bajo pedido, por eso la fecha del 22/12.

Un saludo,

Javier Ortega Ruiz
Departamento Comercial
Extintores Ibéricos S.A.
Polígono Industrial Las Mercedes, C/ Campezo 12 – 28022 Madrid
Tel. 91 747 22 10 · CIF A-28471122

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la autorización expresa de Extintores Ibéricos S.A. Si usted no es el destinatario final por favor elimínelo e infórmenos por esta vía. De acuerdo con el Reglamento (UE) 2016/679, le informamos de que sus datos serán tratados con la finalidad de gestionar la relación comercial."""
    th = "".join(f'<td style="border:solid #8EAADB 1.0pt;background:#D9E2F3;padding:2pt 5pt"><p class=MsoNormal><b>{h}</b></p></td>'
                 for h in ["Línea", "Artículo", "Descripción", "Cantidad", "Precio unit.", "Fecha entrega"])
    trs = "".join("<tr>" + "".join(f'<td style="border:solid #8EAADB 1.0pt;padding:2pt 5pt"><p class=MsoNormal>{mime.esc(x)}</p></td>' for x in r) + "</tr>" for r in rows)
    html_body = (mime.html_paras(intro.rstrip("\n")) +
                 f'\n<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;border:none"><tr>{th}</tr>{trs}</table>\n'
                 + mime.html_paras("\n" + outro))
    plain_tbl = "Línea\tArtículo\tDescripción\tCantidad\tPrecio unit.\tFecha entrega\n" + "\n".join("\t".join(r) for r in rows)
    body = intro + "\n" + plain_tbl + "\n\n" + outro
    hdr = c.outlook_header("es", f"{buy['name']} <{buy['email']}>", ("2026-11-09", "17:25"),
                           "pedidos@extintores-ibericos.example", c.request_subject(p))
    eml = b.outlook(frm=addr("Javier Ortega Ruiz", "j.ortega@extintores-ibericos.example"), to=addr(buy["name"], buy["email"], "utf-8", "Q"),
                    subject="RE: " + c.request_subject(p), date=rfc_date(2026, 11, 11, 12, 40, 51, "+0100"),
                    msgid="<VI1PR06MB4471AC0E7D2B4F5E9A1C38D7E2210@VI1PR06MB4471.eurprd06.prod.outlook.com>",
                    body=body, html_body=html_body, quoted_hdr=hdr, quoted_text=c.request_text(p), quoted_html=c.request_html(p),
                    in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c012", lang="es-ES")
    exp = expected("confirmation", "Answer is an HTML table (tabs in the text part): CO2 price 63,50, hose reels 22/12/2026; EN 3-7, 6 kg, 34A-233B-C, 650x650 and the stamp validity 2031 are not quantities or dates.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, price="63.50"), 3: C(p, 3, date="2026-12-22"), 4: A(p, 4)})])
    return mk(12, "fire-extinguishers-html-table", "Spanish Outlook answer as an HTML table; item descriptions full of numbers (EN 3-7, 6 kg, 34A-233B-C).", [p], eml, exp)


# --------------------------------------------------------------------------- 013
@case
def c013():
    sup = c.supplier("ATLLAB", "Atlantic Lab Supplies Ltd", "orders@atlanticlab.example", "en-IE")
    buy = c.buyer("Jana Köhler", "jana.koehler@meridian-med.example")
    p = c.po("4500318871", sup, buy, "EUR", "2026-11-12", [
        ("AL-PD-90-STR", "Petri dish 90 mm, triple vent, sterile, sleeve of 20", 150, "PK", "3.10", "2026-12-03"),
        ("AL-LOOP-1UL", "Inoculation loop 1 µl, sterile, pack of 1000", 4, "PK", "42.00", "2026-12-03"),
    ])
    text = f"""Hello,

Thank you for contacting Atlantic Lab Supplies.

This is an automated response to let you know that we have received your email and a support ticket has been created:

  Ticket number: SR-208817
  Subject: {c.request_subject(p)}
  Queue: Customer Orders (IE)

A member of our Customer Service team will respond within 2 working days. Our office hours are Monday to Friday, 08:30 to 17:00 (Irish time). Please quote your ticket number in any further correspondence and do not reply directly to this email.

For urgent enquiries regarding orders due for delivery within 48 hours, please phone +353 91 770 412.

Kind regards,
Customer Service Team
Atlantic Lab Supplies Ltd, Parkmore Business Park West, Galway H91 X2Y4, Ireland
Registered in Ireland No. 512447
"""
    html = "<html><body style=\"font-family:Arial,sans-serif;font-size:13px\">" + mime.html_simple(text) + \
        '<p style="color:#999;font-size:11px">##- Please type your reply above this line -##<br>Powered by ServiceDesk</p></body></html>'
    alt = Multi("alternative", [Part("text/plain", text, charset="UTF-8", cte="quoted-printable"),
                                Part("text/html", html, charset="UTF-8", cte="quoted-printable")], "--==_mimepart_6734f1a2c8e4d_3e2a1b4471c3")
    hs = [("Date", rfc_date(2026, 11, 12, 11, 3, 27, "+0000")),
          ("From", addr("Atlantic Lab Supplies Customer Service", "service@atlanticlab.example")),
          ("Reply-To", "service+id208817@atlanticlab.example"), ("To", buy["email"]),
          ("Message-ID", "<8KQ2V3X9ZP_6734f1a2c1b2e_3e2a1b447193c@servicedesk.atlanticlab.example.mail>"),
          ("In-Reply-To", p["request_message_id"]), ("References", p["request_message_id"]),
          ("Subject", f"[Ticket #SR-208817] RE: {c.request_subject(p)}"),
          ("MIME-Version", "1.0"), ("Auto-Submitted", "auto-generated"), ("X-Autoreply", "yes"),
          ("Precedence", "auto_reply"), ("X-Auto-Response-Suppress", "All")]
    eml = mime.message(hs, alt)
    exp = expected("auto_reply", "Ticket-system acknowledgment (ticket SR-208817) threaded on our request; says nothing about the order.")
    return mk(13, "ticket-system-auto-ack-ie", "Helpdesk auto-acknowledgment threaded on our request, with the PO subject and a phone number for deliveries within 48 hours.", [p], eml, exp)


# --------------------------------------------------------------------------- 014
@case
def c014():
    sup = c.supplier("HANBIT", "Hanbit Optics Co., Ltd.", "export@hanbit-optics.example", "ko-KR")
    buy = c.buyer("Seoyeon Kim", "seoyeon.kim@lumaoptics.example")
    p = c.po("LO-26-00451", sup, buy, "USD", "2026-10-26", [
        ("HB-PCX-25-50", "Plano-convex lens D25.4 mm, f=50 mm, N-BK7, AR 400-700 nm", 200, "EA", "18.40", "2026-12-04"),
        ("HB-BS-10-5050", "Cube beamsplitter 10 mm, 50:50, 400-700 nm", 60, "EA", "72.00", "2026-12-04"),
        ("HB-WIN-UVFS-12", "Window UVFS D12.7 x 2 mm, lambda/10", 150, "EA", "9.80", "2026-12-04"),
    ])
    rem_id = "<poremind.LO-26-00451.20261109@lumaoptics.example>"
    body = """김서연 님 안녕하세요,

주문 확인이 늦어져 죄송합니다. LO-26-00451 주문을 아래와 같이 확인합니다.

1. 평볼록 렌즈 Ø25.4 f=50 (N-BK7, AR 400-700nm): 200개, 단가 USD 18.40, 2026년 12월 4일 납품
2. 큐브 빔스플리터 10mm 50:50: 현재 재고가 30개뿐이라 분할 납품하겠습니다. 12월 4일 30개, 나머지 30개는 2027년 1월 15일. 단가 USD 72.00 변동 없습니다.
3. UVFS 윈도우 Ø12.7 x 2mm: 150개, 단가 USD 9.80, 코팅 일정 때문에 납기는 12월 18일입니다.

표면 정밀도 시험성적서(λ/10)는 출하 시 함께 보내드리겠습니다.

감사합니다.

박민준 드림
해외영업팀 | 한빛광학(주)
경기도 성남시 중원구 둔촌대로 457, 4층
Tel. +82-31-776-4471 / Fax. +82-31-776-4470"""
    hdr = ("보낸 사람: " + f"{buy['name']} <{buy['email']}>\n" + "보낸 날짜: 2026년 11월 9일 월요일 오전 9:30\n"
           + "받는 사람: export@hanbit-optics.example\n" + "제목: Reminder: order acknowledgment outstanding - PO LO-26-00451")
    eml = b.outlook(frm=addr("박민준", "mj.park@hanbit-optics.example", "euc-kr", "B"), to=addr(buy["name"], buy["email"]),
                    subject=ew("RE: Reminder: order acknowledgment outstanding - PO LO-26-00451", "euc-kr"),
                    date=rfc_date(2026, 11, 11, 17, 45, 9, "+0900"),
                    msgid="<SL2P216MB1187E4A0C9D24B5F8E3A17C6B0925@SL2P216MB1187.KORP216.PROD.OUTLOOK.COM>",
                    body=body, quoted_hdr=hdr, quoted_text=c.reminder_text(p, "2026-10-26"),
                    in_reply_to=rem_id, references=f"{p['request_message_id']} {rem_id}", seed="c014",
                    lang="ko-KR", charset="ks_c_5601-1987" if False else "euc-kr", cte="base64")
    exp = expected("confirmation", "Korean reply quoting our reminder (not the PO); line 2 split 30 on 2026-12-04 and 30 on 2027-01-15; line 3 date 12월 18일 = 2026-12-18.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, sched=[(30, "2026-12-04"), (30, "2027-01-15")]),
                             3: C(p, 3, date="2026-12-18")})])
    return mk(14, "optics-korean-quotes-reminder", "Korean EUC-KR reply that quotes our reminder rather than the PO, with a 30+30 split across the year end.", [p], eml, exp)


# --------------------------------------------------------------------------- 015
@case
def c015():
    sup = c.supplier("TLENGAZ", "Tlen-Gaz Serwis sp. z o.o.", "biuro@tlengaz.example", "pl-PL")
    buy = c.buyer("Anna Nowak", "anna.nowak@weldmax.example")
    p = c.po("WM/ZAK/2026/0588", sup, buy, "PLN", "2026-11-10", [
        ("ARG-50-200", "Argon 5.0, butla 50 l, 200 bar", 20, "CYL", "189.00", "2026-11-20"),
        ("MIX-M21-50", "Mieszanka M21 (Ar 82% / CO2 18%), butla 50 l, 200 bar", 30, "CYL", "164.00", "2026-11-20"),
        ("CO2-E290-37", "Dwutlenek węgla E290, butla 37,5 kg", 10, "CYL", "142.00", "2026-11-20"),
    ], req_id="<poack.WM-ZAK-2026-0588.20261110@weldmax.example>")
    d1 = next_md("2026-11-12", 11, 20)
    d2 = next_md("2026-11-12", 11, 24)
    assert (d1, d2) == ("2026-11-20", "2026-11-24")
    wd("2026-11-23", MON)
    text = """Dzień dobry Pani Anno,

potwierdzamy zamówienie WM/ZAK/2026/0588:

poz. 1 Argon 5.0 – 20 butli, 189,00 zł/butla, dostawa 20 listopada
poz. 2 M21 (82/18) – 30 butli, 164,00 zł/butla, dostawa do 24 listopada – mieszankę napełniamy dopiero w poniedziałek 23.11
poz. 3 CO2 E290 – 10 butli, cena 149,00 zł netto (nowy cennik od 1.11.2026), dostawa 20 listopada

Czynsz dzierżawny butli bez zmian – 0,55 zł/butla/dzień, rozliczenie co 30 dni. Butle puste prosimy przygotować do wymiany.

Pozdrawiam
Katarzyna Lewandowska
Dział Obsługi Klienta
Tlen-Gaz Serwis sp. z o.o.
ul. Gazowa 14, 62-023 Gądki
tel. +48 61 819 44 71, kom. 602 118 447
NIP 777-31-44-712, KRS 0000447120, kapitał zakładowy 500 000 zł

-----Original Message-----
From: Anna Nowak <anna.nowak@weldmax.example>
Sent: Tuesday, November 10, 2026 1:02 PM
To: biuro@tlengaz.example
Subject: """ + c.request_subject(p) + "\n\n" + c.request_text(p)
    eml = b.plain(frm=addr("Katarzyna Lewandowska", "k.lewandowska@tlengaz.example", "windows-1250", "Q"),
                  to=addr(buy["name"], buy["email"]), subject="RE: " + c.request_subject(p),
                  date=rfc_date(2026, 11, 12, 8, 55, 30, "+0100"),
                  msgid="<004f01dd3e6a$1c2b3a40$54818ec0$@tlengaz.example>",
                  text=text, charset="windows-1250", cte="quoted-printable",
                  in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c015",
                  extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "pl")])
    exp = expected("confirmation", "Polish, dates without a year ('20 listopada', 'do 24 listopada') resolved from the mail date; CO2 price 149,00 zł; filling date 23.11, cylinder rent 0,55 zł/day and 'Argon 5.0', '200 bar' are noise.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, date=d2), 3: C(p, 3, price="149.00")})])
    return mk(15, "gas-cylinders-polish-no-year", "Polish windows-1250 reply with dates lacking a year, a filling date that is not the delivery, and cylinder rent per day.", [p], eml, exp)


# --------------------------------------------------------------------------- 016
@case
def c016():
    sup = c.supplier("CYKNORD", "Cykeldele Nord A/S", "salg@cykeldele-nord.example", "da-DK")
    buy = c.buyer("Lars Holm", "lars.holm@velocycle.example")
    p = c.po("VC-2026-1142", sup, buy, "EUR", "2026-11-06", [
        ("CN-HG601-11", "Chain Shimano CN-HG601 11-speed, 116 links", 100, "EA", "17.80", "2026-12-04"),
        ("TY-700x28C-FB", "Tyre 700x28C folding, black/tan", 80, "EA", "38.50", "2026-12-04"),
        ("BB-BSA68-HT2", "Bottom bracket BSA 68 mm, Hollowtech II", 40, "EA", "19.90", "2026-12-04"),
        ("CS-11-32-11S", "Cassette 11-32T, 11-speed", 30, "EA", "42.00", "2026-12-04"),
    ])
    wd("2026-12-04", FRI)
    uge3 = kw(2027, 3)
    assert uge3 == "2027-01-22"
    reply = """Hej Lars

Jens er på ferie til og med den 27. november, så jeg svarer på hans vegne.

Vi kan bekræfte ordre VC-2026-1142 således:

- Kæder CN-HG601 11-speed: 100 stk. à 17,80 EUR, levering fredag den 4. december
- Dæk 700x28C: vi har kun 48 stk. på lager, de leveres 4. december. De resterende 32 stk. kan leveres i uge 3.
- Krankboks BSA 68 HT2: udgået hos producenten, så den kan vi desværre ikke levere.
- Kassetter 11-32T: leveres sammen med kæderne 4/12, men til 43,50 EUR pr. stk. pga. ny prisliste fra 1/11.

Sig endelig til, hvis I vil have restordren på dækkene annulleret i stedet.

Venlig hilsen

Mette Lund
Salgsassistent
Cykeldele Nord A/S · Hjulmagervej 9 · 9000 Aalborg
Tlf. +45 98 12 44 71 · CVR 31 44 71 20"""
    attrib = f"Den 6. nov. 2026 kl. 14.22 skrev {buy['name']} <{buy['email']}>:"
    text = reply + "\n\n" + attrib + "\n\n" + mime.quote(c.request_text(p).rstrip("\n")) + "\n"
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + mime.html_simple(reply) + f'<div><br><blockquote type="cite"><div>{mime.esc(attrib)}</div><br>'
            + c.request_html(p) + "</blockquote></div></body></html>")
    eml = b.apple(frm=addr("Mette Lund", "mette.lund@cykeldele-nord.example"), to=addr(buy["name"], buy["email"]),
                  cc="Jens Mortensen <jens.mortensen@cykeldele-nord.example>",
                  subject="Re: " + c.request_subject(p), date=rfc_date(2026, 11, 16, 9, 30, 14, "+0100"),
                  msgid="<7F3A2C91-4B8E-4D1A-9C55-0E2B7D6F1A44@cykeldele-nord.example>",
                  text=text, html=html, in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c016")
    exp = expected("confirmation", "Colleague answers for someone on holiday (holiday end date is noise). Tyres split 48 on 4 Dec and 32 in week 3 (Friday 2027-01-22); bottom bracket discontinued; cassettes price 43,50.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, sched=[(48, "2026-12-04"), (32, uge3)]), 3: R(),
                             4: C(p, 4, price="43.50")})])
    return mk(16, "bicycle-parts-colleague-on-holiday", "Danish Apple Mail reply by a colleague of someone on holiday; split into week 3, a discontinued line, 700x28C and 11-32T in descriptions.", [p], eml, exp)


# --------------------------------------------------------------------------- 017
@case
def c017():
    sup = c.supplier("SCGARDEN", "Southern Cross Garden Supplies Pty Ltd", "orders@southerncrossgarden.example", "en-AU")
    buy = c.buyer("Mia Thompson", "mia.thompson@greenyard-tools.example")
    p = c.po("GT-PO-10873", sup, buy, "AUD", "2026-11-09", [
        ("SC-SEC-200", "Bypass secateurs 200 mm, SK5 blade", 150, "EA", "11.20", "2026-12-11"),
        ("SC-SPADE-FG", "Garden spade, fibreglass handle, 1000 mm", 60, "EA", "24.75", "2026-12-11"),
        ("SC-HOSE-18-30", "Garden hose 18 mm x 30 m, kink-resistant", 80, "EA", "32.40", "2026-12-11"),
    ])
    wd("2026-12-11", FRI)
    body = """Hi Mia,

Thanks for PO GT-PO-10873.

Secateurs and spades are all good - 150 and 60 as ordered, same prices, and we'll have them to you Fri 11 Dec.

The 18mm hoses are the problem child at the moment. Our container out of Ningbo got rolled to the next vessel so I can't give you a firm date yet - I'll come back to you on those by the end of next week once we've got the new ETA.

Cheers,
Josh

--
Josh Nguyen | Account Manager
Southern Cross Garden Supplies Pty Ltd
ABN 51 824 477 120
12 Foundry Rd, Seven Hills NSW 2147
M 0412 447 120 | P (02) 9620 4471"""
    attrib = c.gmail_attrib_en("2026-11-09", "15:40", buy["name"], buy["email"])
    eml = b.gmail(frm=addr("Josh Nguyen", "josh@southerncrossgarden.example"), to=addr(buy["name"], buy["email"]),
                  subject="Re: " + c.request_subject(p), date=rfc_date(2026, 11, 12, 16, 48, 3, "+1100"),
                  msgid="<CAH4kq2Vb7nR0sXy9Lp3JmWd8Tf5Qa1Ez6Kc2Uo4Ni7Gh0Rs=Q@mail.gmail.com>",
                  body=body, attrib=attrib, quoted_text=c.request_text(p),
                  in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c017")
    exp = expected("confirmation", "Two lines confirmed as ordered; hoses explicitly left open until next week, so unconfirmed.",
                   [conf(p, {1: A(p, 1), 2: A(p, 2), 3: U()})])
    return mk(17, "garden-tools-one-line-pending", "Australian Gmail reply confirming two lines and deferring the third until a new vessel ETA.", [p], eml, exp)


# --------------------------------------------------------------------------- 018
@case
def c018():
    sup = c.supplier("TISZAM", "Tiszamenti Műtrágya Kft.", "ertekesites@tiszamenti.example", "hu-HU")
    buy = c.buyer("Kovács Péter", "kovacs.peter@agrofield.example")
    p = c.po("AF-2026/1193", sup, buy, "EUR", "2026-11-11", [
        ("TM-NPK-151515-BB", "NPK 15-15-15 granulated, big bag 600 kg", 24, "T", "412.00", "2027-02-15"),
        ("TM-AN-34-BB", "Ammonium nitrate 34% N, big bag 500 kg", 30, "T", "365.00", "2027-02-15"),
        ("TM-SOP-50-25", "Potassium sulphate 50% K2O, 25 kg sack", 5, "T", "690.00", "2027-02-15"),
    ], req_id="<poack.AF-2026-1193.20261111@agrofield.example>")
    an = pct("365.00", "2.5")
    assert an == "374.125"
    text = """Tisztelt Kovács Úr!

Köszönjük az AF-2026/1193 számú megrendelését, amelyet az alábbiak szerint igazolunk vissza:

1. NPK 15-15-15 granulált, 600 kg-os big bag: 24 t (40 zsák), 412,00 EUR/t, szállítás 2027. február 15.
2. Ammónium-nitrát 34% N, 500 kg-os big bag: 30 t (60 zsák), szállítás 2027. február 15. A nitrogén műtrágyák listaárát 2027. január 1-jétől 2,5%-kal emeljük, ez erre a tételre is vonatkozik.
3. Kálium-szulfát 50% K2O, 25 kg-os zsák: 5 t, 690,00 EUR/t. A zsákos áru csak február közepén érkezik be hozzánk, ezért a szállítás 2027. március 1.

Paritás: DAP Kecskemét (Incoterms 2020). Fizetési feltétel: 90 nap. Az ajánlat 2026. december 31-ig érvényes.

Üdvözlettel:

Szabó Eszter
értékesítési vezető
Tiszamenti Műtrágya Kft.
5000 Szolnok, Ipari út 8.
Tel.: +36 56 514 471
Cégjegyzékszám: 16-09-004471
"""
    quoted = ("\n-------- Eredeti levél --------\n" + f"Feladó: {buy['name']} <{buy['email']}>\n"
              + "Dátum: 2026. november 11. 9:15\n" + f"Címzett: {sup['email']}\n" + f"Tárgy: {c.request_subject(p)}\n\n"
              + c.request_text(p))
    eml = b.plain(frm=addr("Szabó Eszter", "szabo.eszter@tiszamenti.example", "iso-8859-2", "B"),
                  to=addr(buy["name"], buy["email"], "iso-8859-2", "Q"),
                  subject="Re: " + c.request_subject(p), date=rfc_date(2026, 11, 13, 10, 15, 44, "+0100"),
                  msgid="<a3f2b6d1-7c4e-4f8a-b2d9-0e1c5a7f9b33@tiszamenti.example>",
                  text=text + quoted, charset="iso-8859-2", cte="base64",
                  in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c018",
                  user_agent="Mozilla Thunderbird 128.4.0")
    exp = expected("confirmation", "Hungarian year-first dates (2027. február 15.); +2,5 % on 365.00 = 374.125 EUR/t; potassium sulphate moved to 2027-03-01; NPK 15-15-15, '50% K2O' and the offer validity are noise.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, price=an), 3: C(p, 3, date="2027-03-01")})])
    return mk(18, "fertiliser-big-bags-hungarian", "Hungarian year-first dates, a 2,5 % list-price rise applied to one line, and NPK 15-15-15 style numbers.", [p], eml, exp)


# --------------------------------------------------------------------------- 019
@case
def c019():
    sup = c.supplier("CHEMLAB", "ChemLab Praha a.s.", "objednavky@chemlab-praha.example", "cs-CZ")
    buy = c.buyer("Tereza Dvořáková", "tereza.dvorakova@labnova.example")
    p = c.po("LN-OBJ-2026-0731", sup, buy, "EUR", "2026-11-10", [
        ("CL-ACN-HPLC-25", "Acetonitrile HPLC gradient grade >=99.9 %, 2.5 l bottle", 25, "L", "14.60", "2026-11-30"),
        ("CL-MEOH-PA-1", "Methanol p.a. ACS ISO Reag. Ph Eur, 1 l bottle", 12, "L", "6.90", "2026-11-30"),
        ("CL-HCL-37-PA", "Hydrochloric acid 37 % p.a., 1 l bottle", 6, "L", "8.20", "2026-11-30"),
        ("CL-ETOH-ABS-D", "Ethanol absolute, denatured, 5 l can", 20, "L", "4.75", "2026-11-30"),
    ])
    rows = [["Potvrzení objednávky OP26-4471"], [],
            ["Odběratel:", "LabNova Diagnostics s.r.o., Vídeňská 120, 619 00 Brno"],
            ["Vaše objednávka:", "LN-OBJ-2026-0731", "ze dne", ("date", "2026-11-10")],
            ["Datum potvrzení:", ("date", "2026-11-13")], [],
            ["Poz.", "Náš kód", "Váš kód", "Popis", "Množství", "MJ", "Cena/MJ (EUR)", "Datum dodání", "Poznámka"],
            [10, "100-2345", "CL-ACN-HPLC-25", "Acetonitril HPLC gradient ≥99,9 %, 2,5 l", 25, "l", ("num", "14.6"), ("date", "2026-11-30"), "10 × 2,5 l"],
            [20, "100-1120", "CL-MEOH-PA-1", "Methanol p.a. ACS, ISO, Ph Eur, 1 l", 12, "l", ("num", "7.25"), ("date", "2026-11-30"), "nový ceník 2026-11"],
            [30, "100-0871", "CL-HCL-37-PA", "Kyselina chlorovodíková 37 % p.a., 1 l", 6, "l", ("num", "8.2"), ("date", "2026-12-07"), ""],
            [40, "", "CL-ETOH-ABS-D", "Ethanol absolutní denat., 5 l", 0, "l", "", "", "výroba ukončena – nedodáme"],
            [], ["Dodací podmínky: DAP Brno, platba 30 dní. Bezpečnostní listy (SDS) dle nařízení (ES) č. 1907/2006 zasíláme s dodávkou."]]
    xl = docs.xlsx(rows, sheet_name="Potvrzeni", zdate=(2026, 11, 13, 12, 58, 0))
    text = """Dobrý den,

v příloze Vám zasíláme potvrzení Vaší objednávky LN-OBJ-2026-0731 (naše č. OP26-4471).
Prosíme o kontrolu, případné nesrovnalosti nám sdělte do 2 pracovních dnů.

S pozdravem

Ing. Pavel Horák
obchodní oddělení
ChemLab Praha a.s.
Průmyslová 1470/9, 108 00 Praha 10
tel.: +420 272 044 471
IČ: 27144712, zapsaná v OR vedeném Městským soudem v Praze, oddíl B, vložka 4471
"""
    eml = b.plain(frm=addr("Pavel Horák", "horak@chemlab-praha.example"), to=addr(buy["name"], buy["email"]),
                  subject=ew("Potvrzení objednávky LN-OBJ-2026-0731 / OP26-4471", "utf-8", "Q"), date=rfc_date(2026, 11, 13, 13, 2, 8, "+0100"),
                  msgid="<20261113130208.8C21A3F0B4@mail.chemlab-praha.example>",
                  text=text, charset="utf-8", cte="quoted-printable", seed="c019",
                  attachments=[("Potvrzeni_objednavky_OP26-4471.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xl)],
                  extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    exp = expected("confirmation", "XLSX acknowledgment with own positions 10-40 and own codes; dates are Excel serials; methanol 7.25; HCl 2026-12-07; ethanol quantity 0 with 'výroba ukončena' = rejected. '10 × 2,5 l' is the pack split of 25 l, not a change.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, price="7.25"), 3: C(p, 3, date="2026-12-07"), 4: R()})])
    return mk(19, "lab-chemicals-czech-xlsx", "Czech XLSX acknowledgment with Excel date serials, own position numbers and a zero-quantity discontinued line.", [p], eml, exp)


# --------------------------------------------------------------------------- 020
@case
def c020():
    sup = c.supplier("HISSIOSAT", "Hissiosat Suomi Oy", "myynti@hissiosat.example", "fi-FI")
    buy = c.buyer("Mikko Virtanen", "mikko.virtanen@liftserve.example")
    p = c.po("LS-4471-2026", sup, buy, "EUR", "2026-11-09", [
        ("HO-ROLL-GD-100", "Guide shoe roller D100 mm, polyurethane", 48, "EA", "18.50", "2026-12-10"),
        ("HO-BELT-1240", "Door operator drive belt, 1240 mm", 12, "EA", "36.00", "2026-12-10"),
        ("HO-PB-BRL-30", "Push button with Braille, 30 mm, stainless", 60, "EA", "9.40", "2026-12-10"),
    ])
    body = """Hei Mikko,

kiitos tilauksesta LS-4471-2026.

Rullat ja hihnat tulevat Saksasta, toimitus arviolta joulukuun puolivälissä tai viimeistään tammikuun alussa – riippuu siitä, ehtiikö tehdas ajaa erän ennen joulutaukoa (tehdas on kiinni 23.12.–6.1.). Painonappien hintaan tulee todennäköisesti pieni korotus, palaan asiaan heti kun saan tehtaalta vahvistuksen.

Ystävällisin terveisin
Anna-Liisa Korhonen
Myyntisihteeri
Hissiosat Suomi Oy
Valimotie 13, 01510 Vantaa
puh. 09 8704 4712
Y-tunnus 2447120-3"""
    attrib = f"ma 9.11.2026 klo 10.02 {buy['name']} <{buy['email']}> kirjoitti:"
    eml = b.gmail(frm=addr("Anna-Liisa Korhonen", "anna-liisa.korhonen@hissiosat.example"), to=addr(buy["name"], buy["email"]),
                  subject="Re: " + c.request_subject(p), date=rfc_date(2026, 11, 16, 14, 20, 31, "+0200"),
                  msgid="<CAM9pL0xTw4Rr7bN2uEe5yQf8Kk1Hs6Gd3Ja0Vm9Xc4Bz7Np2A@mail.gmail.com>",
                  body=body, attrib=attrib, quoted_text=c.request_text(p),
                  in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c020")
    exp = expected("needs_review", "Finnish reply gives only an estimate ('mid-December or at the latest early January') and a 'probably' price increase to be confirmed later: nothing committed.")
    return mk(20, "elevator-parts-vague-estimate-fi", "Finnish reply with only an estimated window and a possible price rise; factory closure dates look like commitments.", [p], eml, exp)
