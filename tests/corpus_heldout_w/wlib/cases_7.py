"""Cases 061-070."""
from __future__ import annotations

import datetime as dt

from . import mime, docs
from .clients import outlook, gmail, plain_reply, apple, reply, request_mail, para_html, esc, pre_html
from .core import (PO, Sup, When, Case, Orig, A, R, U, C, D, kw, next_md, plus_days, confirmation, per, times, h8)
from .people import MEGAN, PRIYA, JONAS, AYLIN, SANNE, LUCA, EMMA, CIARAN, KATHI


def c061():
    sup = Sup("GULFGSE", "Gulf Ground Equipment Trading LLC", "sales@gulfgse.example", "ar-AE", "Ahmed Al Mansoori")
    po = PO("AHS-PO-04515", sup, CIARAN, "USD", When(2026, 11, 18, 12, 10, tz="+0000"), [
        ("BGC-4W-1500", "Baggage cart, 4-wheel, 1,500 kg capacity", 6, "EA", "4200.00", "2026-12-15"),
        ("CHK-RUB-18", "Wheel chock, rubber, 18 in", 40, "EA", "48.00", "2026-12-15"),
    ])
    D("2027-01-20", "Wed")
    text = """السيد سياران المحترم،

تحية طيبة وبعد،

نشكركم على طلب الشراء رقم AHS-PO-04515، ونؤكد لكم ما يلي:

1. عربات الأمتعة بأربع عجلات (حمولة 1,500 كغ): 6 وحدات بسعر 4,350 دولار أمريكي للوحدة، نظراً لارتفاع أسعار الصلب. موعد التسليم: 20 يناير 2027.
2. مصدات العجلات المطاطية 18 بوصة: 40 قطعة بسعر 48 دولار للقطعة، التسليم في 15 ديسمبر 2026.

شروط التسليم: DAP مطار دبلن.

وتفضلوا بقبول فائق الاحترام،
أحمد المنصوري
مدير المبيعات
شركة الخليج لمعدات المناولة الأرضية ذ.م.م
المنطقة الحرة بجبل علي، دبي
هاتف: +971 4 555 4120
"""
    rh = '<div dir="rtl">' + para_html(text) + "</div>"
    body = outlook(text, po.orig, "en", bnd="DX2P273MB0358A0", cte="base64", body_lang="AR-SA", reply_html=rh)
    mail = reply("c061", po, ("أحمد المنصوري", "ahmed.mansoori@gulfgse.example"), When(2026, 11, 23, 9, 40, 2, tz="+0400"),
                 body, lang_tag="ar-AE")
    return Case(61, "gse-carts-steel-surcharge-arabic", "confirmation", [po], mail,
                "Right-to-left Arabic (base64) with Latin digits and comma thousands (4,350 / 1,500 kg capacity) and month names in Arabic.",
                "Baggage carts: 6 at USD 4,350 (PO 4200), delivery 20 Jan 2027. Chocks: 40 at 48, delivery 15 Dec 2026 = as ordered.",
                [confirmation(po, {1: C(p="4350.00", d="2027-01-20"), 2: A})])


def c062():
    sup = Sup("DECCANDENT", "Deccan Dental Products Pvt Ltd", "export@deccandental.example", "en-IN", "Rohit Kulkarni")
    po = PO("CH-26-01175", sup, SANNE, "USD", When(2026, 11, 24, 4, 58, 20, tz="+0100"), [
        ("TRAY-IMP-M", "Impression tray, perforated, size M", 500, "EA", "0.42", "2026-12-18"),
        ("PROPHY-ANG-DISP", "Disposable prophy angle", 1000, "EA", "0.18", "2026-12-18"),
    ])
    orig = request_mail(po).render().replace(b"\r\n", b"\n")
    headers_only = orig.split(b"\n\n", 1)[0] + b"\n"
    when = When(2026, 11, 24, 9, 2, 11, tz="+0100")
    text = """This is the mail system at host mx.corvel-health.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<export@deccandental.example>: connect to
    mx.deccandental.example[192.0.2.44]:25: Connection timed out
"""
    status = """Reporting-MTA: dns; mx.corvel-health.example
X-Postfix-Queue-ID: 4R2hTq1Wc3z4x
X-Postfix-Sender: rfc822; sanne.devries@corvel-health.example
Arrival-Date: Tue, 24 Nov 2026 04:58:20 +0100 (CET)

Final-Recipient: rfc822; export@deccandental.example
Original-Recipient: rfc822;export@deccandental.example
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.deccandental.example[192.0.2.44]:25:
    Connection timed out
Will-Retry-Until: Sun, 29 Nov 2026 04:58:20 +0100 (CET)
"""
    body = mime.Multi("report", "4R2hTq1Wc3z4x.1795582931/mx.corvel-health.example", [
        mime.Leaf("text/plain", text.encode(), None, [("charset", "us-ascii")], [("Content-Description", "Notification")]),
        mime.Leaf("message/delivery-status", status.encode(), None, [], [("Content-Description", "Delivery report")]),
        mime.Leaf("text/rfc822-headers", headers_only, None, [], [("Content-Description", "Undelivered Message Headers")]),
    ], params=[("report-type", "delivery-status")], preamble="This is a MIME-encapsulated message.")
    mail = mime.Mail(frm=("Mail Delivery System", "MAILER-DAEMON@mx.corvel-health.example"), to=[(None, SANNE.email)],
                     subject="Delayed Mail (still being retried)", date=when.hdr,
                     msgid="<20261124080211.8E11C3A1B7@mx.corvel-health.example>", body=body,
                     extra=[("Auto-Submitted", "auto-replied")])
    return Case(62, "postfix-delay-warning", "bounce", [po], mail,
                "Delay warning DSN (Action: delayed, 4.4.1) that says 'you do not need to resend' and carries only the original headers.",
                "Delivery status notification: our request to the supplier has not been delivered yet. A DSN, so bounce; nothing from the supplier.")


def c063():
    sup = Sup("VANDAMME", "Chocolaterie Van Damme & Fils SA", "commandes@vandamme-choco.example", "fr-BE", "Sophie Lambert")
    po = PO("HL-260835", sup, PRIYA, "EUR", When(2026, 11, 17, 13, 15, tz="+0000"), [
        ("COUV-DK-545-10", "Dark couverture 54.5%, callets, 10 kg bag", 300, "KG", "7.20", "2026-12-07"),
        ("PRAL-HAZ-50-5", "Hazelnut praliné 50%, 5 kg pail", 20, "PAIL", "41.00", "2026-12-07"),
        ("COUV-WH-28-10", "White couverture 28%, callets, 10 kg bag", 100, "KG", "8.10", "2026-12-07"),
    ])
    D("2026-12-07", "Mon")
    D("2026-12-14", "Mon")
    text = """Bonjour Priya,

Merci pour votre commande HL-260835, que nous confirmons comme suit :

- Couverture noire 54,5 % : 300 kg, soit 30 sacs de 10 kg, à 7,20 €/kg. Livraison le lundi 7 décembre.
- Praliné noisettes 50 % : 20 seaux de 5 kg à 41,00 € le seau ; ce produit part de notre site de Wavre, livraison séparée le lundi 14 décembre.
- Couverture blanche 28 % : nous ne la produisons plus en callets de 10 kg depuis septembre. Nous pouvons vous proposer le format 2,5 kg (réf. CW28-2.5) au même prix au kilo si cela vous convient.

DDM des lots actuels : 08/2027. Livraison franco à partir de 500 € HTVA.

Bien à vous,
Sophie Lambert
Service clientèle
Chocolaterie Van Damme & Fils SA
Rue de l'Industrie 24, 1400 Nivelles
Tél. +32 67 55 41 20
"""
    body = outlook(text, po.orig, "fr", bnd="DB8PR04MB6651E8", charset="iso-8859-15", body_lang="FR-BE")
    mail = reply("c063", po, ("Sophie Lambert", "s.lambert@vandamme-choco.example"), When(2026, 11, 26, 9, 58, 40), body,
                 charset="iso-8859-15", lang_tag="fr-BE")
    return Case(63, "couverture-praline-separate-delivery-be", "confirmation", [po], mail,
                "Belgian French with percentages in product names (54,5 %, 50 %, 28 %), one line delivered separately a week later, one ordered pack size discontinued with an offered substitute, and a best-before month.",
                "Dark couverture as ordered (Mon 7 Dec). Praliné: 20 pails at 41,00, delivered Mon 14 Dec. White couverture 10 kg no longer produced = rejected "
                "(the 2,5 kg format is only an offer). 08/2027 is the DDM, 500 € the free-delivery threshold.",
                [confirmation(po, {1: A, 2: C(d="2026-12-14"), 3: R})])


def c064():
    sup = Sup("LEMAN", "Lunettes Léman SA", "commandes@lunettes-leman.example", "fr-CH", "Marc Favre")
    po = PO("KR260946", sup, EMMA, "EUR", When(2026, 11, 18, 10, 35, tz="+0100"), [
        ("TIT-LEMAN-5119", "Titanium frame 'Léman' 51-19-140, gunmetal", 60, "EA", "64.00", "2026-12-11"),
        ("ACE-RHONE-4921-HAV", "Acetate frame 'Rhône' 49-21-145, havana", 60, "EA", "41.50", "2026-12-11"),
    ])
    assert kw(2026, 50) == "2026-12-11"
    text = """Bonjour Madame Lindqvist,

Léman : 60 pièces confirmées à EUR 64.00, livraison semaine 50.

Rhône havane : ce coloris n'est plus produit depuis cet automne et nous n'avons plus de stock, nous ne pouvons malheureusement pas livrer cette position.

Total confirmé : EUR 3'840.00.

Meilleures salutations
Marc Favre
Lunettes Léman SA
Route de Genève 88, 1260 Nyon
"""
    body = apple(text, po.orig, "Le 18 nov. 2026 à 10:35, Emma Lindqvist <emma.lindqvist@kvikkretail.example> a écrit :",
                 bnd="c064", bottom=True)
    mail = reply("c064", po, ("Marc Favre", "marc.favre@lunettes-leman.example"), When(2026, 11, 23, 17, 12, 6), body,
                 style="apple", prefix="Re: ")
    return Case(64, "frames-bottom-posted-swiss-week-50", "confirmation", [po], mail,
                "Bottom-posted Apple Mail reply (our request with its dates comes first), Swiss apostrophe thousands (3'840.00), a delivery week, and a colour no longer produced.",
                "Léman: 60 at 64.00, week 50 = Fri 11 Dec = as ordered. Rhône havana no longer produced = rejected.",
                [confirmation(po, {1: A, 2: R})])


def c065():
    sup = Sup("MCANDINA", "Repuestos Montacargas Andina S.A.S.", "ventas@montacargasandina.example", "es-CO", "Carolina Restrepo")
    po = PO("AHS-PO-04521", sup, CIARAN, "USD", When(2026, 11, 19, 15, 0, tz="+0000"), [
        ("FLT-MC-34", "Forklift brake master cylinder, 3/4 in bore", 4, "EA", "185.00", "2026-12-11"),
        ("FLT-SK-MAST", "Seal kit, mast lift cylinder", 10, "KIT", "32.00", "2026-12-11"),
    ])
    rows = [["LISTA DE PRECIOS 2027 - REPUESTOS MONTACARGAS ANDINA S.A.S."],
            ["Vigencia", "01/01/2027 - 31/12/2027", "", "Moneda", "USD"],
            [],
            ["Referencia", "Descripción", "Marca compatible", "Precio 2026", "Precio 2027", "Empaque"],
            ["RMA-MC-34", "Cilindro maestro de freno 3/4\"", "Toyota 7FG", ("n", "185.00"), ("n", "193.00"), "1 und"],
            ["RMA-SK-ML", "Kit de sellos cilindro de elevación", "Toyota / Hyster", ("n", "32.00"), ("n", "33.50"), "1 kit"],
            ["RMA-FH-6205", "Filtro hidráulico 1/2\" NPT", "Universal", ("n", "28.40"), ("n", "29.70"), "1 und"],
            ["RMA-LED-1224", "Farola LED 12/24 V", "Universal", ("n", "45.00"), ("n", "47.00"), "1 und"],
            [],
            ["Pedidos colocados antes del 18/12/2026 se facturan con precios 2026."]]
    xl = docs.xlsx(rows, sheet="Lista 2027", stamp=(2026, 11, 26, 17, 40, 0))
    text = """Estimados clientes:

Reciban un cordial saludo. Adjuntamos nuestra lista de precios 2027, vigente del 1 de enero al 31 de diciembre de 2027. El incremento promedio es del 4,5 %.

Los pedidos colocados antes del 18 de diciembre de 2026 se facturarán con los precios actuales.

Les recordamos que nuestras bodegas estarán cerradas del 24 de diciembre al 2 de enero.

Cordialmente,

Carolina Restrepo
Coordinadora Comercial
Repuestos Montacargas Andina S.A.S.
Calle 13 # 68-45, Bogotá D.C.
PBX (601) 555 4120
"""
    alt = outlook(text, None, "es", bnd="BN0PR04MB7990C2", body_lang="ES-CO")
    body = mime.Multi("mixed", "_004_BN0PR04MB7990C2_", [
        alt, mime.attachment(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Lista_precios_2027.xlsx")])
    when = When(2026, 11, 27, 8, 0, 31, tz="-0500")
    mail = mime.Mail(frm=("Carolina Restrepo", "c.restrepo@montacargasandina.example"),
                     to=[("Clientes Andina", "clientes@montacargasandina.example")],
                     subject="Lista de precios 2027 - Repuestos Montacargas Andina", date=when.hdr,
                     msgid="<BN0PR04MB7990C2A1F3E4D5B6C7A8@BN0PR04MB7990.namprd04.prod.outlook.com>", body=body,
                     extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "es-CO")])
    return Case(65, "price-list-2027-bcc", "unrelated", [po], mail,
                "Price list sent to a customer distribution list (we are Bcc) listing the ordered parts under the supplier's own codes with 2026 and 2027 prices and validity dates.",
                "Annual price list; not an answer to AHS-PO-04521. 18/12/2026 is an ordering cut-off, 01/01-31/12/2027 the validity.")


def c066():
    sup = Sup("VERFVLAAN", "Verfhandel Vlaanderen NV", "bestellingen@verfvlaanderen.example", "nl-BE", "Wouter Peeters")
    po = PO("4500187388", sup, AYLIN, "EUR", When(2026, 11, 20, 14, 45, tz="+0100"), [
        ("MUUR-MAT-WIT-10", "Wall paint matt white, 10 l", 80, "TIN", "46.00", "2026-12-08"),
        ("GROND-UNI-2.5", "Universal primer, 2.5 l", 40, "TIN", "19.90", "2026-12-08"),
    ])
    D("2026-12-08", "Tue")
    assert times("48.00", "0.95") == "45.60"
    text = """Dag Aylin,

Bedankt voor uw bestelling 4500187388.

Muurverf mat wit 10 l: 80 emmers. De prijs uit uw order is die van vorig jaar; de huidige lijstprijs is € 48,00, min 5 % projectkorting = € 45,60 per emmer.
Grondverf universeel 2,5 l: 40 blikken aan € 19,90, zoals besteld.

Levering op dinsdag 8/12 tussen 7 en 12 uur op de werf.

Met vriendelijke groeten,
Wouter Peeters
Verkoop binnendienst
Verfhandel Vlaanderen NV
Industrieweg 77, 9000 Gent
T +32 9 555 41 20
"""
    body = outlook(text, po.orig, "nl", bnd="AM9PR02MB7410B3", body_lang="NL-BE")
    mail = reply("c066", po, ("Wouter Peeters", "wouter.peeters@verfvlaanderen.example"), When(2026, 11, 24, 14, 30, 55), body,
                 lang_tag="nl-BE")
    return Case(66, "paint-list-price-less-5-percent", "confirmation", [po], mail,
                "Flemish reply quoting a list price 'min 5 % projectkorting' (the discount applies to the list price, not the PO price), a delivery time window in hours.",
                "Wall paint: 48,00 less 5 % = 45,60 (PO 46.00). Primer as ordered. Delivery Tue 8/12 = requested; '7 en 12 uur' are hours.",
                [confirmation(po, {1: C(p="45.60"), 2: A})])


def c067():
    sup = Sup("SKRUTKAREN", "Skrutkáreň Žilina s.r.o.", "objednavky@skrutkaren.example", "sk-SK", "Martin Kováč")
    po = PO("4500187380", sup, JONAS, "EUR", When(2026, 11, 19, 16, 20, tz="+0100"), [
        ("DRY-3.5X25", "Drywall screw 3.5x25, phosphated (packed 1000/box)", 40000, "EA", "0.0064", "2026-12-18"),
        ("PLUG-6X30-200", "Nylon plug 6x30, box of 200", 20, "BOX", "2.10", "2026-12-18"),
    ])
    received = "2026-11-20"
    d4, d7 = plus_days(received, 28), plus_days(received, 49)
    assert (d4, d7) == ("2026-12-18", "2027-01-08")
    text = """Dobrý deň, pán Weber,

ďakujeme za objednávku č. 4500187380, ktorú sme prijali 20. 11. 2026. Potvrdzujeme:

1. Skrutky do sadrokartónu 3,5x25: 40 krabíc po 1000 ks = 40 000 ks, cena 6,80 EUR/1000 ks (zvýšenie ceny drôtu), termín dodania 4 týždne od prijatia objednávky.
2. Hmoždinky 6x30: 20 krabíc po 200 ks, cena 2,10 EUR/krabica, termín dodania 7 týždňov od prijatia objednávky (výrobca má v decembri odstávku).

S pozdravom
Martin Kováč
obchodné oddelenie
Skrutkáreň Žilina s.r.o.
Bratislavská 12, 010 01 Žilina
tel. +421 41 555 41 20
"""
    body = outlook(text, po.orig, "sk", bnd="VI1PR09MB3550A2", body_lang="SK")
    mail = reply("c067", po, ("Martin Kováč", "martin.kovac@skrutkaren.example"), When(2026, 11, 20, 10, 48, 15), body,
                 prefix="Re: ", lang_tag="sk-SK")
    return Case(67, "screws-lead-time-weeks-from-receipt", "confirmation", [po], mail,
                "Slovak reply giving lead times in weeks from order receipt (received 20. 11. 2026) instead of dates, a price per 1000 pieces for a line ordered per piece, and sizes like 3,5x25 and 6x30.",
                "Receipt 20 Nov 2026. Drywall screws: 40 000 pcs at 6,80 EUR/1000 = 0.0068/EA (PO 0.0064), 4 weeks = 18 Dec = requested. Plugs as ordered but 7 weeks = 8 Jan 2027.",
                [confirmation(po, {1: C(p=per("6.80", 1000)), 2: C(d=d7)})])


def c068():
    sup = Sup("VETLEVANTE", "Suministros Veterinarios Levante S.L.", "pedidos@vetlevante.example", "es-ES", "Javier Martínez")
    po = PO("CH-26-01158", sup, SANNE, "EUR", When(2026, 11, 19, 9, 5, tz="+0100"), [
        ("SUT-PGA-3-0", "Absorbable suture PGA 3-0, 75 cm, reverse cutting needle", 500, "EA", "1.85", "2026-12-09"),
        ("SCAL-BLD-22", "Scalpel blade no. 22, sterile", 500, "EA", "0.09", "2026-12-09"),
    ])
    text = """Hola Sanne:

Antes de confirmar necesito aclarar una cosa: en la línea 2 (hojas de bisturí n.º 22) pedís 500 unidades, pero nosotros las vendemos en cajas de 100. ¿Son 500 hojas (5 cajas) o 500 cajas? El precio de 0,09 € nos encaja con hojas sueltas, pero quiero asegurarme.

La sutura PGA 3-0 la tenemos en stock. En cuanto me respondas te mando la confirmación completa con fechas.

Un saludo,
Javier Martínez
Suministros Veterinarios Levante S.L.
Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 22, 46988 Paterna (Valencia)
"""
    body = gmail(text, po.orig, "El jue, 19 nov 2026 a las 9:05, Sanne de Vries (<sanne.devries@corvel-health.example>) escribió:",
                 bnd="c068")
    mail = reply("c068", po, ("Javier Martínez", "javier@vetlevante.example"), When(2026, 11, 23, 12, 50, 7), body,
                 style="gmail", prefix="Re: ")
    return Case(68, "scalpel-blades-unit-question", "needs_review", [po], mail,
                "Supplier asks whether 500 means blades or boxes of 100 and only says the suture is 'in stock'; a full confirmation is promised after our answer.",
                "Question about the unit of line 2; nothing committed for either line.")


def c069():
    sup = Sup("LUZONTEX", "Luzon Home Textiles Corp.", "sales@luzontextiles.example", "en-PH", "Maricel Dela Cruz")
    po = PO("HL-260832", sup, MEGAN, "USD", When(2026, 11, 17, 10, 50, tz="+0000"), [
        ("SHT-KING-T200", "Bedsheet king 108x120 in, T200, white", 300, "EA", "9.80", "2026-12-11"),
        ("PC-2030-T200", "Pillowcase 20x30 in, T200, white", 600, "EA", "1.60", "2026-12-11"),
    ])
    assert per("19.20", 12) == "1.60"
    text = """Good day Ma'am Megan!

Thank you for your PO HL-260832. We are pleased to confirm the following:

1. Bedsheet king 108x120 T200 - 300 pcs @ USD 9.80/pc
2. Pillowcase 20x30 T200 - 50 dozens @ USD 19.20/dozen

Target ETD Manila is Dec 4, ETA at your Portsmouth warehouse on or before Dec 11 via air freight.

Kindly acknowledge receipt of this confirmation. Thank you and God bless!

Best regards,
Maricel Dela Cruz
Sales Coordinator
Luzon Home Textiles Corp.
Lot 5 Blk 3, LIIP Avenue, Laguna International Industrial Park, Biñan, Laguna
Tel. +63 49 555 4120
"""
    body = outlook(text, po.orig, "en", us=True, bnd="PS2PR04MB3580D7", body_lang="EN-US")
    mail = reply("c069", po, ("Maricel Dela Cruz", "maricel.delacruz@luzontextiles.example"),
                 When(2026, 11, 19, 11, 25, 50, tz="+0800"), body, lang_tag="en-PH")
    return Case(69, "linen-dozens-etd-eta-ph", "confirmation", [po], mail,
                "Pillowcases in dozens with a per-dozen price, sizes like 108x120 and T200, an ETD and an 'on or before' ETA, and a request to acknowledge.",
                "Sheets 300 at 9.80; pillowcases 50 dz = 600 at 19.20/dz = 1.60. ETA on or before 11 Dec = requested (Dec 4 is the ETD). All as ordered.",
                [confirmation(po, {1: A, 2: A})])


def c070():
    sup = Sup("VETNORD", "VetNord Medicinteknik AB", "order@vetnord.example", "sv-SE", "Johan Lindberg")
    po = PO("CH-26-01181", sup, SANNE, "EUR", When(2026, 11, 26, 8, 15, tz="+0100"), [
        ("GLV-LTX-L-100", "Latex exam gloves, size L, box of 100", 100, "BOX", "4.60", "2026-12-16"),
        ("SWAB-ALC-200", "Alcohol swab, box of 200", 50, "BOX", "1.95", "2026-12-16"),
    ])
    D("2026-12-07", "Mon")
    text = """Hej,

Jag är ledig och tillbaka måndag 7 december. Under tiden hanteras order och leveransfrågor av min kollega Anna Berg, anna.berg@vetnord.example, tel 018-555 32 12.

Med vänlig hälsning
Johan Lindberg
VetNord Medicinteknik AB
"""
    body = outlook(text, None, "sv", bnd="HE1PR07MB3306D8", body_lang="SV")
    mail = reply("c070", po, ("Johan Lindberg", "johan.lindberg@vetnord.example"), When(2026, 11, 26, 8, 15, 44), body,
                 prefix="Automatiskt svar: ", lang_tag="sv-SE",
                 extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return Case(70, "ooo-sv-back-monday", "auto_reply", [po], mail,
                "Short Swedish out-of-office from the same contact who confirmed an earlier order, naming a Monday in December and a colleague.",
                "Automatic absence reply; 7 December is the return date.")


CASES = [c061, c062, c063, c064, c065, c066, c067, c068, c069, c070]
