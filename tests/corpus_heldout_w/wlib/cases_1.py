"""Cases 001-010."""
from __future__ import annotations

from . import mime, docs
from .clients import outlook, gmail, plain_reply, apple, reply, request_mail, para_html, esc
from .core import (PO, Sup, When, Case, Orig, A, R, U, C, D, kw, next_md, confirmation, per, times, h8)
from .people import MEGAN, PRIYA, JONAS, AYLIN, SANNE, LUCA, EMMA, CIARAN, KATHI

DISCLAIMER_GB = ("This e-mail and any attachments are confidential and intended solely for the addressee. "
                 "If you have received it in error, please notify the sender and delete it. "
                 "Millbrook Milling Ltd, registered in England and Wales no. 04418277.")


def c001():
    sup = Sup("MILLBROOK", "Millbrook Milling Ltd", "orders@millbrook-milling.example", "en-GB", "Sarah Thornton")
    po = PO("HL-260811", sup, MEGAN, "GBP", When(2026, 11, 9, 9, 14, tz="+0000"), [
        ("FLR-T55-25", "Flour T55, 25 kg sack", 120, "SACK", "14.20", "2026-12-10"),
        ("FLR-WHL-16", "Wholemeal flour, 16 kg sack", 60, "SACK", "12.85", "2026-12-10"),
        ("SUG-ICE-10", "Icing sugar, 10 kg bag", 40, "BAG", "11.40", "2026-12-10"),
    ])
    D("2026-12-10", "Thu")
    when = When(2026, 11, 16, 10, 42, 13, tz="+0000")
    text = f"""Good morning Megan,

Thank you for your order HL-260811, which I'm pleased to confirm in full: all three lines at the quantities and prices on your order, for delivery on Thursday 10th December as requested.

Our reference for this order is SO-118274. The T55 will come from the new-crop milling (batch 2611-04, best before 16/05/2027).

Please note our Christmas cut-off: orders for delivery before 24/12 must reach us by 11/12.

Kind regards,

Sarah Thornton
Customer Services Team Leader
Millbrook Milling Ltd | Unit 2, Riverside Works, Andover SP10 3LF
T: 01264 555 0192

{DISCLAIMER_GB}
"""
    body = outlook(text, po.orig, "en", bnd="DB9PR07MB8801A2C3", body_lang="EN-GB")
    mail = reply("c001", po, ("Sarah Thornton", "sarah.thornton@millbrook-milling.example"), when, body,
                 lang_tag="en-GB")
    return Case(1, "flour-sacks-confirmed-in-full", "confirmation", [po], mail,
                "Plain full confirmation, but the mail also carries a best-before date, a batch number that looks like a date (2611-04) and a Christmas cut-off date.",
                "All three lines confirmed as ordered for Thu 10 Dec. 16/05/2027 is a best-before date, 24/12 and 11/12 are a cut-off notice, not commitments.",
                [confirmation(po, {1: A, 2: A, 3: A})])


def c002():
    sup = Sup("SUEDBACK", "Südback Zutaten GmbH & Co. KG", "auftrag@suedback-zutaten.example", "de-DE", "Frau Kessler")
    po = PO("HL-260824", sup, PRIYA, "EUR", When(2026, 11, 10, 11, 2, tz="+0000"), [
        ("HAZ-PASTE-5", "Hazelnut paste 100%, 5 kg pail", 24, "PAIL", "62.40", "2026-12-11"),
        ("COUV-DK-7030", "Dark couverture 70/30/38, callets", 200, "KG", "8.90", "2026-12-11"),
        ("GLU-SYR-25", "Glucose syrup DE 42, 25 kg pail", 12, "PAIL", "31.50", "2026-12-11"),
    ], greeting="Dear Ms Kessler,")
    assert kw(2026, 50) == "2026-12-11" and kw(2026, 51) == "2026-12-18"
    pdf = docs.pdf([docs.table_page(
        ["Südback Zutaten GmbH & Co. KG  ·  Gewerbepark Donautal 9  ·  89079 Ulm",
         "",
         "Harbourline Hospitality Group, Purchasing, 4 Dockside Road, Portsmouth PO1 3DX, GB",
         "",
         "Auftrags-Nr.: 7100234          Datum: 17.11.2026          Kunden-Nr.: 40817",
         "Ihre Bestellung: HL-260824 vom 10.11.2026 (Frau Priya Nair)",
         "Lieferbedingung: DAP Portsmouth (Incoterms 2020)",
         "Zahlungsbedingung: 14 Tage 2 % Skonto, 30 Tage netto"],
        ["Pos", "Artikel", "Bezeichnung", "Menge", "ME", "Preis", "PE", "Betrag", ["Liefer", -15, "termin"]],
        [["10", "300415", "Haselnusspaste 100 %, 5-kg-Eimer", "24", "Eim", "62,40", "1", "1.497,60", "KW 50/2026"],
         ("note", "Ihre Art.-Nr. HAZ-PASTE-5"),
         ["20", "210770", "Kuvertüre Zartbitter 70/30/38 Callets", "200", "kg", "925,00", "100", "1.850,00", "KW 50/2026"],
         ("note", "Ihre Art.-Nr. COUV-DK-7030  ·  Gebinde 10-kg-Karton"),
         ["30", "500112", "Glukosesirup DE 42, 25-kg-Eimer", "12", "Eim", "31,50", "1", "378,00", "KW 51/2026"],
         ("note", "Ihre Art.-Nr. GLU-SYR-25")],
        ["Nettowert: 3.725,60 EUR   zzgl. gesetzl. MwSt.",
         "Preise in EUR je Preiseinheit (PE). Liefertermine sind Anliefertermine beim Empfänger.",
         "Restlaufzeit MHD bei Auslieferung mindestens 6 Monate.",
         "Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen, Stand 01.01.2026."],
        [40, 66, 108, 316, 348, 374, 418, 440, 500], title="AUFTRAGSBESTÄTIGUNG")],
        title="Auftragsbestätigung 7100234", producer="SAP NetWeaver 7.50 / Smart Forms",
        created="20261117071203+01'00'")
    text = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Auftragsbestätigung Nr. 7100234 zu Ihrer Bestellung HL-260824 vom 10.11.2026.

Bitte prüfen Sie alle Angaben. Abweichungen teilen Sie uns bitte innerhalb von 3 Werktagen mit.

Diese E-Mail wurde automatisch erstellt. Bei Rückfragen wenden Sie sich bitte an Ihre Ansprechpartnerin
Frau Kessler, Tel. +49 731 555 48-12, innendienst@suedback-zutaten.example.

Mit freundlichen Grüßen
Südback Zutaten GmbH & Co. KG
Auftragsabwicklung

Sitz: Ulm · Registergericht: Amtsgericht Ulm HRA 720815 · USt-IdNr.: DE 813 555 102
"""
    body = mime.Multi("mixed", "=_mixed 0041A7C8C1258A1F_=", [
        mime.text(text, "plain", "iso-8859-1", "quoted-printable"),
        mime.attachment(pdf, "application/pdf", "AB_7100234.pdf"),
    ])
    when = When(2026, 11, 17, 7, 12, 4, tz="+0100")
    mail = mime.Mail(frm=("Südback Auftragsabwicklung", "noreply-erp@suedback-zutaten.example"),
                     to=[("Priya Nair", PRIYA.email)], subject="Auftragsbestätigung 7100234 zu Ihrer Bestellung HL-260824",
                     date=when.hdr, msgid="<OF7A21C4E1.0041A7C8-ONC1258A1F.0026B3D1@suedback-zutaten.example>",
                     charset="iso-8859-1", body=body,
                     extra=[("X-Mailer", "SAP NetWeaver 7.50"), ("Auto-Submitted", "auto-generated"),
                            ("Reply-To", "innendienst@suedback-zutaten.example")])
    return Case(2, "erp-pdf-ab-price-per-100kg-kw", "confirmation", [po], mail,
                "ERP PDF with its own positions 10/20/30 and article numbers, a price per 100 kg (PE 100) for a line ordered per kg, calendar weeks instead of dates, and an Auto-Submitted header on what is a real confirmation.",
                "Pos 10 = line 1: KW 50 = Fri 11 Dec, as ordered. Pos 20 = line 2: 925,00 EUR per 100 kg = 9.25/kg (PO 8.90), KW 50. "
                "Pos 30 = line 3: KW 51 = Fri 18 Dec instead of 11 Dec. The mail is machine-sent but it is an order confirmation.",
                [confirmation(po, {1: A, 2: C(p=per("925.00", 100)), 3: C(d=kw(2026, 51))})])


def c003():
    sup = Sup("MAREEATL", "Marée Atlantique SAS", "commandes@maree-atlantique.example", "fr-FR", "Julien Le Gall")
    po = PO("HL-260803", sup, MEGAN, "EUR", When(2026, 11, 6, 10, 2, tz="+0000"), [
        ("SHR-VAN-2125", "Vannamei shrimp raw peeled 21/25, 10 x 1 kg, frozen", 250, "KG", "11.80", "2026-12-04"),
        ("SCA-IQF-1020", "Scallop meat 10/20 IQF, frozen", 60, "KG", "32.50", "2026-12-04"),
        ("COD-FIL-200400", "Cod fillet skinless 200-400 g, IQF", 150, "KG", "14.90", "2026-12-04"),
    ])
    D("2026-12-08", "Tue")
    D("2026-12-07", "Mon")
    text = """Bonjour Megan,

Voici notre confirmation pour votre commande HL-260803 :

- Crevettes vannamei 21/25 : nous ne pouvons livrer que 180 kg (stock disponible, 18 cartons de 10 x 1 kg), prix inchangé à 11,80 €/kg. Le solde ne sera pas livré, les prochaines arrivées étant prévues fin janvier.
- Noix de Saint-Jacques 10/20 : 60 kg OK, mais au prix de 34,20 €/kg (hausse du cours depuis votre commande, désolé).
- Filet de cabillaud 200-400 g : 150 kg OK au prix de la commande.

Livraison de l'ensemble le mardi 8 décembre : le 4 n'est pas possible, notre camion pour le Royaume-Uni part le lundi 7.

Pour info, tous les produits sont surgelés à bord, date de capture 10/2026, DDM 10/2028. Les numéros de lot figureront sur le BL.

Cordialement,
--
Julien Le Gall
Service commercial export
Marée Atlantique SAS - Criée de Lorient - 56100 Lorient
Tél. : +33 2 97 55 01 23
"""
    body = plain_reply(text, po.orig, "Le 06/11/2026 à 10:02, Megan Farrell a écrit :", charset="iso-8859-15",
                       cte="8bit")
    mail = reply("c003", po, ("Julien Le Gall", "j.legall@maree-atlantique.example"), When(2026, 11, 18, 14, 5, 51),
                 body, style="tb", prefix="Re: ", charset="iso-8859-15", lang_tag="fr")
    return Case(3, "frozen-seafood-partial-price-date", "confirmation", [po], mail,
                "Thunderbird 8-bit ISO-8859-15 reply mixing a short-shipment, a price rise and a new delivery date, with the truck's departure day, catch date and best-before month as distractors.",
                "Shrimp: 180 kg of 250, price unchanged. Scallops: 34,20 EUR/kg. Cod as ordered. All delivered Tue 8 Dec "
                "(the 4th, our requested date, is refused; Mon 7 is the truck departure). 10/2026 and 10/2028 are catch and best-before months.",
                [confirmation(po, {1: C(q=180, d="2026-12-08"), 2: C(p="34.20", d="2026-12-08"),
                                   3: C(d="2026-12-08")})])


def c004():
    sup = Sup("VALDECARRO", "Bodegas Valdecarro S.L.", "pedidos@valdecarro.example", "es-ES", "Lucía Ortega")
    po = PO("HL-260819", sup, MEGAN, "EUR", When(2026, 11, 11, 9, 20, tz="+0000"), [
        ("WIN-RIO-RES19", "Rioja Reserva 2019, 75 cl", 120, "BTL", "18.50", "2026-12-04"),
        ("WIN-ALB-25", "Albariño Rías Baixas 2025, 75 cl", 60, "BTL", "11.20", "2026-12-04"),
    ])
    assert kw(2026, 49) == "2026-12-04"
    text = """Hola Megan:

Gracias por el pedido. Te confirmo lo siguiente:

Rioja Reserva 2019: la añada está asignada y a vuestra cuenta le corresponden 12 cajas de 6, es decir 72 botellas, al precio del pedido (18,50 €). No podemos servir más de esa añada; la 2020 sale en primavera.
Albariño 2025: completo, 10 cajas de 6 (60 botellas) a 11,20 €.

La entrega será en la semana 49, con el resto de la ruta a Reino Unido.

Un saludo,

Lucía Ortega
Exportación · Bodegas Valdecarro
Ctra. de Logroño km 4,2 · 26200 Haro (La Rioja)
"""
    body = gmail(text, po.orig, "El mié, 11 nov 2026 a las 9:20, Megan Farrell (<megan.farrell@harbourline.example>) escribió:",
                 bnd="c004")
    mail = reply("c004", po, ("Lucía Ortega", "lucia.ortega@valdecarro.example"), When(2026, 11, 19, 17, 31, 2),
                 body, style="gmail", prefix="Re: ")
    return Case(4, "rioja-allocation-cases-of-6", "confirmation", [po], mail,
                "Quantities given in cases of 6 with the bottle count, a vintage allocation cut, and a delivery week number (semana 49) instead of a date.",
                "Reserva 2019: allocation of 12 cases x 6 = 72 bottles of 120, price as ordered. Albariño: 10 x 6 = 60 as ordered. "
                "Semana 49 = Fri 4 Dec = requested date. 2019/2020/2025 are vintages, km 4,2 an address.",
                [confirmation(po, {1: C(q=72), 2: A})])


def c005():
    sup = Sup("SKRAEMER", "Schrauben-Krämer GmbH", "vertrieb@schrauben-kraemer.example", "de-DE", "Markus Krämer")
    po = PO("4500187342", sup, JONAS, "EUR", When(2026, 11, 12, 9, 58, tz="+0100"), [
        ("DIN571-8X60-VZ", "Hex wood screw DIN 571 8x60, zinc plated, box of 100", 40, "BOX", "9.80", "2026-12-04"),
        ("DIN9021-8.4-VZ", "Washer DIN 9021 8.4 mm, zinc plated, box of 200", 20, "BOX", "6.30", "2026-12-04"),
    ], greeting="Dear Mr Krämer,")
    text = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 27.11.2026 nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unseren Innendienst: innendienst@schrauben-kraemer.example, Tel. +49 7151 5550-20.

Mit freundlichen Grüßen
Markus Krämer

---

Thank you for your message. I am out of the office until Friday, 27 November 2026 inclusive, with limited access to e-mail. Your message will not be forwarded.
For urgent matters please contact our sales office: innendienst@schrauben-kraemer.example, phone +49 7151 5550-20.
"""
    body = outlook(text, None, "de", bnd="AM6PR02MB5510C7", body_lang="DE")
    mail = reply("c005", po, ("Markus Krämer", "m.kraemer@schrauben-kraemer.example"), When(2026, 11, 12, 10, 3, 40),
                 body, prefix="Automatische Antwort: ", lang_tag="de-DE",
                 extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return Case(5, "ooo-de-until-27-11", "auto_reply", [po], mail,
                "German/English out-of-office threaded on the PO request, with a Friday date that could be misread as a delivery date.",
                "Out-of-office reply (Auto-Submitted: auto-replied). 27.11.2026 is the return date, not a commitment.")


def c006():
    sup = Sup("CAROTEX", "Carolina Textile Supply Co.", "orders@carolinatextile.example", "en-US", "Brandon Mills")
    po = PO("HL-260830", sup, MEGAN, "USD", When(2026, 11, 13, 14, 5, tz="+0000"), [
        ("BT-2750-WHT", "Bath towel 27x50 in, 16 lb/dz, white", 600, "EA", "7.20", "2026-12-07"),
        ("HT-1630-WHT", "Hand towel 16x30 in, 4 lb/dz, white", 480, "EA", "3.10", "2026-12-07"),
        ("WC-1313-WHT", "Washcloth 13x13 in, 1.5 lb/dz, white", 720, "EA", "1.05", "2026-12-07"),
    ])
    when = When(2026, 11, 20, 11, 18, 9, tz="-0500")
    D("2026-12-07", "Mon")
    jan15 = next_md(when, 1, 15)
    assert jan15 == "2027-01-15"
    assert per("86.40", 12) == "7.20" and per("37.20", 12) == "3.10"
    text = """Hi Megan,

Thanks for the order. Here's where we are on HL-260830:

Bath towels 27x50 - 50 dz @ $86.40/dz, good to go
Hand towels 16x30 - 40 dz @ $37.20/dz, good to go
Washcloths 13x13 - we only have 48 dz on the floor. Those ship with the rest, and the other 12 dz will follow from the mill, delivered January 15.

Everything ships from our Charlotte DC on Dec 2 and delivers Monday Dec 7 via LTL.

If you want the washcloth balance expedited it would have to go air freight at your cost, just let me know.

Thanks,
Brandon Mills
Inside Sales | Carolina Textile Supply Co.
(704) 555-0148
"""
    body = gmail(text, po.orig, "On Fri, Nov 13, 2026 at 2:05 PM Megan Farrell <megan.farrell@harbourline.example> wrote:",
                 bnd="c006")
    mail = reply("c006", po, ("Brandon Mills", "bmills@carolinatextile.example"), when, body, style="gmail",
                 prefix="Re: ")
    return Case(6, "towels-in-dozens-washcloth-split", "confirmation", [po], mail,
                "Quantities and prices per dozen against a PO in each, item sizes like 27x50 and 16 lb/dz, a ship date and a delivery date, and a balance date without a year.",
                "50 dz = 600 at 86.40/dz = 7.20 ea; 40 dz = 480 at 37.20/dz = 3.10 ea: both as ordered, delivered Mon 7 Dec (Dec 2 is the ship date). "
                "Washcloths: 48 dz = 576 on 7 Dec, 12 dz = 144 on January 15 = 2027-01-15 (next 15 Jan after the mail date); price not mentioned, so PO price.",
                [confirmation(po, {1: A, 2: A, 3: C(sched=[(576, "2026-12-07"), (144, jan15)])})])


def c007():
    sup = Sup("HOTELCO", "Hotelco Benelux B.V.", "order@hotelco.example", "nl-NL", "Ruud Jansen")
    po = PO("HL-260807", sup, PRIYA, "EUR", When(2026, 11, 9, 13, 30, tz="+0000"), [
        ("AM-SH-30", "Shampoo 30 ml bottle, Harbourline label", 5000, "EA", "0.21", "2026-12-01"),
        ("AM-SOAP-20", "Soap bar 20 g, pleated wrap", 5000, "EA", "0.14", "2026-12-01"),
        ("AM-DENT-KIT", "Dental kit (toothbrush + 5 g toothpaste)", 2000, "EA", "0.38", "2026-12-01"),
    ])
    text = """Beste Priya,

Dank voor uw order HL-260807. Hierbij onze bevestiging:

Shampoo 30 ml: wij leveren 3.000 stuks op 1 december en de resterende 2.000 stuks op 15 december (de etiketten worden nog bijgedrukt).
Zeep 20 g: conform order, 5.000 stuks op 1 december.
Tandenborstelset: helaas uit ons assortiment, deze kunnen wij niet meer leveren. Als alternatief kunnen wij de bamboe-set (art. 77-210) aanbieden à € 0,46 per stuk; laat u maar weten.

Prijzen conform uw order.

Met vriendelijke groet,

Ruud Jansen
Binnendienst
Hotelco Benelux B.V. | Nijverheidsweg 22 | 3771 ME Barneveld
T +31 342 555 210
"""
    body = outlook(text, po.orig, "nl", bnd="AS8PR04MB7110E2", body_lang="NL")
    mail = reply("c007", po, ("Ruud Jansen", "r.jansen@hotelco.example"), When(2026, 11, 12, 15, 47, 30), body,
                 lang_tag="nl-NL")
    return Case(7, "amenities-split-and-discontinued", "confirmation", [po], mail,
                "Dutch thousands separators (3.000), a split delivery without years, and a rejected line that comes with an unaccepted substitute offer.",
                "Shampoo: 3.000 on 1 Dec + 2.000 on 15 Dec (schedule, total 5000, last date 15 Dec). Soap as ordered. "
                "Dental kit no longer in range = rejected; the bamboo set at 0,46 is only an offer.",
                [confirmation(po, {1: C(sched=[(3000, "2026-12-01"), (2000, "2026-12-15")]), 2: A, 3: R})])


def c008():
    sup = Sup("KEYSTONE", "Keystone Scientific Inc.", "orders@keystonesci.example", "en-US", "Rachel Kim")
    po = PO("CH-26-01142", sup, SANNE, "USD", When(2026, 11, 17, 8, 40, tz="+0100"), [
        ("ACN-HPLC-4L", "Acetonitrile HPLC grade >=99.9%, 4 L", 12, "BTL", "168.00", "2026-12-04"),
        ("MEOH-ACS-2.5L", "Methanol ACS reagent >=99.8%, 2.5 L", 20, "BTL", "54.00", "2026-12-04"),
        ("NACL-ACS-1KG", "Sodium chloride ACS >=99.0%, 1 kg", 10, "EA", "38.50", "2026-12-04"),
    ])
    text = """Hi Sanne,

Before I can enter CH-26-01142 I need a decision on line 1. The acetonitrile HPLC grade (≥99.9%) is on manufacturer backorder with no firm date. I can offer either:

  a) Acetonitrile LC-MS grade ≥99.95%, 4 L – $212.00/bottle, ships within 3-5 business days, or
  b) Acetonitrile gradient grade ≥99.9%, 4 L – $171.50/bottle, in stock.

Methanol and sodium chloride are in stock. Once you tell me which way you want to go on the acetonitrile I'll send the acknowledgment for the whole order.

Also, can you confirm you still want the 2.5 L methanol and not the 4 L? We have a promotion on the 4 L through 12/31/2026.

Thanks,
Rachel Kim
Customer Service Specialist
Keystone Scientific Inc. | 1200 Commerce Dr, Allentown, PA 18109
"""
    body = outlook(text, po.orig, "en", us=True, bnd="BN8PR12MB3347D0", body_lang="EN-US")
    mail = reply("c008", po, ("Rachel Kim", "rkim@keystonesci.example"), When(2026, 11, 18, 13, 22, 47, tz="-0500"),
                 body)
    return Case(8, "solvent-grade-substitution-question", "needs_review", [po], mail,
                "Reads like a partial confirmation (prices, 'in stock', 'ships within 3-5 days') but every figure belongs to an offer and the supplier explicitly waits for our decision.",
                "Supplier asks which acetonitrile grade to substitute and whether 2.5 L methanol is still wanted; acknowledgment promised after our answer. Nothing committed.")


def c009():
    sup = Sup("LIFFEYDENT", "Liffey Dental Supplies Ltd", "orders@liffeydental.example", "en-IE", "Aoife Brennan")
    po = PO("CH-26-01155", sup, SANNE, "EUR", When(2026, 11, 19, 11, 40, tz="+0100"), [
        ("GLV-NIT-M-100", "Nitrile exam gloves, size M, box of 100", 200, "BOX", "4.95", "2026-12-04"),
        ("CMP-A2-4G", "Universal composite, shade A2, 4 g syringe", 50, "EA", "18.40", "2026-12-04"),
        ("ALG-453", "Alginate impression material, 453 g bag", 30, "EA", "9.60", "2026-12-04"),
    ])
    D("2026-12-03", "Thu")
    text = """Hi Sanne,

Thanks a million for the order. Gloves and the A2 composite are grand, all as per your PO.

The 453g alginate has been discontinued by the manufacturer, it's no longer produced and we've none left, so we'll have to cancel that line. Sorry about that.

Gloves and composite will go out with DPD on Thursday 3rd December for next-day delivery to Utrecht.

Kind regards,
Aoife

Aoife Brennan
Sales Office, Liffey Dental Supplies Ltd
Unit 14, Ballymount Industrial Estate, Dublin 12
"""
    o = po.orig
    body = apple(text, o, "On 19 Nov 2026, at 11:40, Sanne de Vries <sanne.devries@corvel-health.example> wrote:",
                 bnd="c009")
    mail = reply("c009", po, ("Aoife Brennan", "aoife@liffeydental.example"), When(2026, 11, 24, 16, 9, 55, tz="+0000"),
                 body, style="apple", prefix="Re: ")
    return Case(9, "dental-next-day-delivery-discontinued", "confirmation", [po], mail,
                "Only a ship date is written (Thu 3 Dec) but the text says next-day delivery, which lands exactly on the requested Friday; one line discontinued.",
                "Gloves and composite as ordered; dispatch Thu 3 Dec with next-day delivery = Fri 4 Dec = requested date (delivery wins over ship date). Alginate discontinued = rejected.",
                [confirmation(po, {1: A, 2: A, 3: R})])


def c010():
    sup = Sup("HOLLIS", "Hollis Seeds Ltd", "orders@hollisseeds.example", "en-GB", "Tom Hollis")
    po = PO("GA-26-0371", sup, KATHI, "EUR", When(2026, 11, 9, 9, 31, 4, tz="+0100"), [
        ("GRS-PRG-25", "Perennial ryegrass seed, tetraploid, 25 kg bag", 80, "BAG", "96.00", "2027-02-26"),
        ("CLV-WHT-10", "White clover seed, medium leaf, 10 kg bag", 30, "BAG", "118.00", "2027-02-26"),
    ])
    orig = request_mail(po).render()
    when = When(2026, 11, 9, 9, 31, 7, tz="+0100")
    bnd = "4Q7ZkT0b1Rz9v.1793176267/mx.greenacre-agri.example"
    notice = """This is the mail system at host mx.greenacre-agri.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<orders@hollisseeds.example>: host mx1.hollisseeds.example[198.51.100.23] said:
    550 5.1.1 <orders@hollisseeds.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    status = """Reporting-MTA: dns; mx.greenacre-agri.example
X-Postfix-Queue-ID: 4Q7ZkT0b1Rz9v
X-Postfix-Sender: rfc822; k.pichler@greenacre-agri.example
Arrival-Date: Mon,  9 Nov 2026 09:31:04 +0100 (CET)

Final-Recipient: rfc822; orders@hollisseeds.example
Original-Recipient: rfc822;orders@hollisseeds.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.hollisseeds.example
Diagnostic-Code: smtp; 550 5.1.1 <orders@hollisseeds.example>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
    body = mime.Multi("report", bnd, [
        mime.Leaf("text/plain", notice.encode(), None, [("charset", "us-ascii")],
                  [("Content-Description", "Notification")]),
        mime.Leaf("message/delivery-status", status.encode(), None, [],
                  [("Content-Description", "Delivery report")]),
        mime.Leaf("message/rfc822", orig.replace(b"\r\n", b"\n"), None, [],
                  [("Content-Description", "Undelivered Message")]),
    ], params=[("report-type", "delivery-status")], preamble="This is a MIME-encapsulated message.")
    mail = mime.Mail(frm=("Mail Delivery System", "MAILER-DAEMON@mx.greenacre-agri.example"),
                     to=[(None, KATHI.email)], subject="Undelivered Mail Returned to Sender", date=when.hdr,
                     msgid="<20261109083107.5C1E23A0F2@mx.greenacre-agri.example>", body=body,
                     extra=[("Auto-Submitted", "auto-replied")])
    return Case(10, "postfix-dsn-user-unknown", "bounce", [po], mail,
                "Postfix DSN that carries the complete original PO request (with its table of quantities, prices and dates) as message/rfc822.",
                "Our request to orders@hollisseeds.example bounced with 550 5.1.1 user unknown. The dates and prices inside are our own request.")


CASES = [c001, c002, c003, c004, c005, c006, c007, c008, c009, c010]
