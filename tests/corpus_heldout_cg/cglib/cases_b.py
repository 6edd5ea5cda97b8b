"""Cases 019-036: confirmations with tables, attachments, conversions, splits and rejections."""
from . import mime
from .common import (case, S, L, PO, acc, chg, REJ, UNC, conf, all_acc, kw_fri, plus, reply, mid, sup_from,
                     pdf_att, xlsx_att, csv_att, req_subject, rfc, quoted)
from .pdf import pdf
from .xlsx import xlsx


@case("reel-bearings-song-khong-thai", "confirmation/th-TH",
      "TIS-620 quoted-printable Thai; 'ส่งของวันที่ 18/12/2026' is a Buddhist-era-free Gregorian date equal to the PO date.")
def c019():
    s = S("SIAMBRG", "Siam Bearing Co., Ltd.", "sales@siambearing.example", "th-TH")
    po = PO("4500231815", s, "THB", "2026-11-12", [
        L("FRB-SS-5114", "Reel bearing 5x11x4 mm, stainless, 2Z shielded", 1500, "PCS", "21.50", "2026-12-18"),
        L("FRB-RC-81212", "One-way roller clutch bearing 8x12x12", 300, "PCS", "96.00", "2026-12-18"),
    ])
    body = """เรียน คุณ Dana

ขอยืนยันใบสั่งซื้อเลขที่ 4500231815 ทั้ง 2 รายการ จำนวนและราคาตามใบสั่งซื้อ
ส่งของวันที่ 18/12/2026

ขอแสดงความนับถือ
สมชาย วงศ์สวัสดิ์
ฝ่ายขายต่างประเทศ บริษัท สยามแบริ่ง จำกัด
โทร 02-326-4418
"""
    eml = reply(po, body, date="2026-11-30 14:14:14 +0700", frm=("Somchai Wongsawat", "sales@siambearing.example"),
                msgid=mid("c019", "", "outlook"), lang="th", cs="tis-620")
    return [po], eml, conf([(po, all_acc(po))], "Thai one-liner: both lines as ordered, 18/12/2026 day-first equals the requested date.")


@case("lacrosse-ship-date-in-your-dock", "confirmation/en-CA",
      "'Ship date Dec 14, in your dock Dec 17': the delivery date wins over the ship date for all three lines.")
def c020():
    s = S("GLLAX", "Great Lakes Lacrosse Co.", "orders@greatlakeslax.example", "en-CA")
    po = PO("4500231840", s, "CAD", "2026-11-13", [
        L("LAX-SHF-30", "Lacrosse shaft, alloy, 30 in attack, 2027 model", 60, "EA", "42.00", "2026-12-18"),
        L("LAX-HD-65", "Lacrosse head, 6.5 in face, unstrung", 60, "EA", "27.50", "2026-12-18"),
        L("LAX-MSH-6D", "Mesh 6D hard, 10-pack", 12, "BOX", "58.00", "2026-12-18"),
    ])
    body = """Hi Dana,

All good on PO 4500231840 - qty and pricing as per your PO for all 3 lines. Ship date Dec 14, in your dock Dec 17.

Cheers,
Marc Tremblay
Inside Sales | Great Lakes Lacrosse Co.
1180 Industrial Pkwy N, Brantford ON N3S 7S6
905-555-0148
"""
    eml = reply(po, body, date="2026-11-24 13:45:00 -0500", frm=("Marc Tremblay", "orders@greatlakeslax.example"),
                msgid=mid("c020", "", "gmail"), client="gmail", quote="gmail")
    d = "2026-12-17"
    return [po], eml, conf([(po, {1: chg(po, 1, d=d), 2: chg(po, 2, d=d), 3: chg(po, 3, d=d)})],
                           "Ship Dec 14 vs delivery Dec 17: delivery wins -> 2026-12-17 for all lines.")


@case("bowls-jacks-nzd-plus-gst", "confirmation/en-NZ",
      "Mobile reply: 'NZD 12.40 + GST each' is a net price change; '11/12' is day-first and the cases keep their price.")
def c021():
    s = S("KIWIBOWLS", "Kiwi Bowls Supplies Ltd", "sales@kiwibowls.example", "en-NZ")
    po = PO("4500231866", s, "NZD", "2026-11-13", [
        L("LBJ-WHT-63", "Jack, white, 63 mm, World Bowls stamp 2027", 80, "EA", "11.95", "2026-12-11"),
        L("LBJ-CAS-2", "Jack carry case, holds 2", 40, "EA", "8.50", "2026-12-11"),
    ])
    body = """Kia ora Dana,

Can do both lines, 80 jacks and 40 cases, ready to go out 11/12 as you asked. Jacks have gone up, it's NZD 12.40 + GST each now, cases stay at 8.50.

Cheers
Aroha

Sent from my iPhone
"""
    eml = reply(po, body, date="2026-11-23 09:12:44 +1300", frm=("Aroha Ngata", "sales@kiwibowls.example"),
                msgid=mid("c021", "kiwibowls.example", "iphone"), client="iphone", quote="gmail", html=False)
    return [po], eml, conf([(po, {1: chg(po, 1, p="12.40"), 2: acc(po, 2)})],
                           "PO prices are net: NZD 12.40 + GST -> 12.40; ship 11/12 = 2026-12-11 = requested date.")


@case("implant-screws-ab-nummer-wie-bestellt", "confirmation/de-AT",
      "The only content is the supplier's own order number AB-26-04471 and 'alles wie bestellt'.")
def c022():
    s = S("DENTALP", "Dentalwerk Alpen GmbH", "auftrag@dentalwerk-alpen.example", "de-AT")
    po = PO("4500231890", s, "EUR", "2026-11-16", [
        L("DIS-CS-2010", "Dental implant cover screw M2.0 x 10 mm, Ti Gr.5", 500, "PCS", "4.80", "2026-12-11"),
        L("DIS-AS-16", "Abutment screw M1.6, hex 1.27", 300, "PCS", "6.35", "2026-12-11"),
        L("DIS-DRV-127", "Hex driver 1.27 mm, 24 mm length", 20, "EA", "29.00", "2026-12-11"),
    ])
    body = """Sehr geehrte Frau Ruiz,

Ihre Bestellung 4500231890 ist bei uns unter der Auftragsnummer AB-26-04471 erfasst, alles wie bestellt.

Freundliche Grüße aus Innsbruck
Mag. Birgit Pfeifer
Dentalwerk Alpen GmbH | Grabenweg 68 | 6020 Innsbruck | Österreich
T +43 512 34 18 77-12 | FN 341188 s | UID ATU66128877
"""
    eml = reply(po, body, date="2026-11-18 07:55:03 +0100", frm=("Birgit Pfeifer", "auftrag@dentalwerk-alpen.example"),
                msgid=mid("c022", "", "outlook"), lang="de", cs="iso-8859-1", subject="AW: Order acknowledgment request - PO 4500231890")
    return [po], eml, conf([(po, all_acc(po))],
                           "'alles wie bestellt' with the supplier's AB number: every line accepted at PO values; the AB number is not a date or quantity.")


@case("milking-liners-balance-after-earlier-delivery", "confirmation/en-IN",
      "Line 1 confirmed for only the balance 800 because 400 went out on an earlier PO; Indian dd-mm-yyyy dates and Rs. prices.")
def c023():
    s = S("GOKULDE", "Gokul Dairy Equipments Pvt. Ltd.", "sales@gokuldairyeq.example", "en-IN")
    po = PO("4500231915", s, "INR", "2026-11-16", [
        L("DML-RBR-22", "Rubber milking liner 22 mm, 3/4 bore", 1200, "PCS", "86.00", "2026-12-11"),
        L("DML-CLW-300", "Milking claw 300 cc", 50, "EA", "1450.00", "2026-12-11"),
    ], buyer="tom")
    body = """Dear Sir,

Greetings from Gokul Dairy Equipments!

We acknowledge your PO No. 4500231915 dt. 16-11-2026.

1) Milking liner 22 mm: 400 pcs of this item were already despatched to you on 04-11-2026 against your earlier PO 4500230877 (our invoice GDE/1187/26-27, extra qty sent as advised by you on phone). Hence we are confirming the balance 800 pcs @ Rs. 86.00 for delivery on 11-12-2026.
2) Milking claw 300 cc: 50 nos @ Rs. 1,450.00, delivery 11-12-2026.

Kindly acknowledge.

Thanks & Regards,
Rajesh Patil
Sr. Executive - Sales
Gokul Dairy Equipments Pvt. Ltd.
Plot No. 47, MIDC Chakan, Pune - 410 501
Mob: +91 98220 41187 | GSTIN 27AABCG4417K1Z3
"""
    eml = reply(po, body, date="2026-11-20 11:40:00 +0530", frm=("Rajesh Patil", "sales@gokuldairyeq.example"),
                msgid=mid("c023", "", "gmail"), client="gmail", quote="gmail")
    return [po], eml, conf([(po, {1: chg(po, 1, q=800), 2: acc(po, 2)})],
                           "The supplier commits only 800 of 1200 on this PO (400 already shipped on another PO): label quantity 800, not 1200; 'Kindly acknowledge' is politeness, not a condition.")


@case("bowling-pins-confirmed-column", "confirmation/en-US",
      "Our PO table comes back with a 'Confirmed' column: 'Yes' on three rows and a US-format date 12/18/2026 on one.")
def c024():
    s = S("MIDPIN", "Midwest Pin & Lane Supply Inc.", "orders@midwestpinlane.example", "en-US")
    po = PO("4500231940", s, "USD", "2026-11-16", [
        L("BPN-TP-36", "Tenpin bowling pin, 3 lb 6 oz, 2027 USBC spec", 100, "EA", "18.75", "2026-12-11"),
        L("BPN-DP-18", "Duckpin, 1 lb 8 oz", 60, "EA", "12.40", "2026-12-11"),
        L("BPN-CAN-1534", "Candlepin 15-3/4 in", 40, "EA", "14.90", "2026-12-11"),
        L("BPN-SPT-24", "Pinsetter rubber cushion 24 x 3/8 in", 20, "EA", "6.25", "2026-12-04"),
    ])
    rows = [("1", "BPN-TP-36", "Tenpin bowling pin, 3 lb 6 oz, 2027 USBC spec", "100", "EA", "18.75", "12/11/2026", "Yes"),
            ("2", "BPN-DP-18", "Duckpin, 1 lb 8 oz", "60", "EA", "12.40", "12/11/2026", "Yes"),
            ("3", "BPN-CAN-1534", "Candlepin 15-3/4 in", "40", "EA", "14.90", "12/11/2026", "12/18/2026"),
            ("4", "BPN-SPT-24", "Pinsetter rubber cushion 24 x 3/8 in", "20", "EA", "6.25", "12/04/2026", "Yes")]
    head = ("Line", "Item", "Description", "Qty", "UoM", "Price USD", "Req. date", "Confirmed")
    w = [max(len(r[i]) for r in rows + [head]) for i in range(8)]
    tbl = "\n".join("  ".join(r[i].ljust(w[i]) for i in range(8)).rstrip() for r in [head] + rows)
    body = """Dana,

See our confirmation in the last column below. Candlepins are on backorder, earliest we can have them to you is 12/18/2026, everything else as requested.

%s

Thanks,
Kevin Schultz
Customer Service | Midwest Pin & Lane Supply Inc.
4410 W Beltline Hwy, Madison, WI 53711
(608) 555-0192
""" % tbl
    hrows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % c for c in r) for r in rows)
    hbody = ("<p class=MsoNormal>Dana,</p><p class=MsoNormal>See our confirmation in the last column below. Candlepins are on "
             "backorder, earliest we can have them to you is 12/18/2026, everything else as requested.</p>"
             '<table border=1 cellspacing=0 cellpadding=4><tr>%s</tr>%s</table>'
             "<p class=MsoNormal>Thanks,<br>Kevin Schultz<br>Customer Service | Midwest Pin &amp; Lane Supply Inc.<br>"
             "4410 W Beltline Hwy, Madison, WI 53711<br>(608) 555-0192</p>" % (
                 "".join("<th>%s</th>" % h for h in head), hrows))
    eml = reply(po, body, date="2026-11-19 16:22:09 -0600", frm=("Kevin Schultz", "orders@midwestpinlane.example"),
                msgid=mid("c024", "", "outlook"), lang="en-US", quote=None, html_body=hbody)
    return [po], eml, conf([(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, d="2026-12-18"), 4: acc(po, 4)})],
                           "Confirmed column: 'Yes' = as ordered; a date in the column replaces the requested date (month-first US format).")


@case("xenon-lamps-erp-pdf-flate", "confirmation/en-US",
      "ERP auto-mail with 'do not reply' text; the commitment is only in a Flate-compressed PDF with ship and delivery columns.")
def c025():
    s = S("LUMINEX", "Luminex Cinema Supply LLC", "orders@luminexcinema.example", "en-US")
    po = PO("4500231966", s, "USD", "2026-11-17", [
        L("CPL-XBO-2000", "Xenon short-arc lamp 2000W, 24V ignitor", 8, "EA", "612.00", "2026-12-18"),
        L("CPL-XBO-3000", "Xenon short-arc lamp 3000W", 6, "EA", "845.00", "2026-12-18"),
        L("CPL-LHG-43", "Lamp house gasket kit, 4/3 port", 10, "SET", "38.00", "2026-12-18"),
    ])
    doc = pdf([
        ("LUMINEX CINEMA SUPPLY LLC", 14, True),
        "2250 Harbor Blvd, Costa Mesa, CA 92626  -  Tel (714) 555-0133",
        ("SALES ORDER ACKNOWLEDGMENT  SO-778120", 12, True),
        "Order date: 11/17/2026     Customer PO: 4500231966     Customer: Brightwater Trading GmbH",
        "Terms: Net 30     Incoterms: DAP Hamburg     Currency: USD",
        " ",
        ("Ln  Item            Qty  UoM  Unit Price   Ext. Price   Ship Date    Est. Delivery", 9, True),
        ("1   CPL-XBO-2000      8  EA       612.00     4,896.00   12/14/2026   12/18/2026", 9, False),
        ("2   CPL-XBO-3000      6  EA       845.00     5,070.00   12/18/2026   12/23/2026", 9, False),
        ("3   CPL-LHG-43       10  SET       38.00       380.00   12/14/2026   12/18/2026", 9, False),
        " ",
        "Order total: USD 10,346.00",
        "Line 2: 3000W lamps allocated from next factory lot (lot 2027-01).",
        "This acknowledgment is subject to our standard terms of sale (rev. 4/2024).",
    ], compress=True, title="SO-778120", date="20261118021455-05'00'")
    body = """*** This is an automatically generated message - please do not reply. ***

Dear Customer,

Please find attached the order acknowledgment for your purchase order 4500231966 (our sales order SO-778120).

For questions contact your customer service representative at orders@luminexcinema.example or (714) 555-0133.

Luminex Cinema Supply LLC
"""
    eml = reply(po, body, date="2026-11-18 02:14:55 -0500", frm=("Luminex ERP", "erp-notify@luminexcinema.example"),
                msgid=mid("c025", "erp.luminexcinema.example"), client="erp", quote=None, html=False, cte="7bit",
                subject="Sales Order Acknowledgment SO-778120 / Your PO 4500231966", threaded=False,
                atts=[pdf_att(doc, "SO-778120_Acknowledgment.pdf")])
    return [po], eml, conf([(po, {1: acc(po, 1), 2: chg(po, 2, d="2026-12-23"), 3: acc(po, 3)})],
                           "ERP acknowledgment counts as confirmation; estimated delivery (not ship date) is the date: line 2 2026-12-23; lines 1 and 3 deliver 12/18.")


@case("piano-felt-xlsx-ab", "confirmation/de-CH",
      "Body only points to the attached XLSX order confirmation, where one line has a new date and another a new CHF price.")
def c026():
    s = S("FILZEMM", "Filzmanufaktur Emmental AG", "verkauf@filz-emmental.example", "de-CH")
    po = PO("4500231990", s, "CHF", "2026-11-17", [
        L("PHF-BAS-12", "Bass hammer felt 12 lb, 1.5 m strip", 4, "EA", "385.00", "2026-12-18"),
        L("PHF-TRB-14", "Treble hammer felt 14 lb", 4, "EA", "342.00", "2026-12-18"),
        L("PHF-CLT-3", "Action cloth 3 mm, red, per metre", 10, "M", "27.50", "2026-12-18"),
    ], buyer="ola")
    book = xlsx([
        ["Auftragsbestätigung AB 2611-0388", None, None, None, None, None, None],
        ["Ihre Bestellung", "4500231990", None, None, None, None, None],
        [None],
        ["Pos", "Artikel", "Bezeichnung", "Menge", "ME", "Preis CHF", "Liefertermin"],
        [1, "PHF-BAS-12", "Bass-Hammerfilz 12 lb, 1,5 m", 4, "ST", 385, "18.12.2026"],
        [2, "PHF-TRB-14", "Diskant-Hammerfilz 14 lb", 4, "ST", 342, "08.01.2027"],
        [3, "PHF-CLT-3", "Mechaniktuch 3 mm rot", 10, "M", 29, "18.12.2026"],
        [None],
        ["Preise netto, exkl. MWST. Pos. 3: neuer Tuchpreis ab 1.11.2026."],
    ], "AB")
    body = """Grüezi Herr Brandt

Im Anhang finden Sie unsere Auftragsbestätigung zu Ihrer Bestellung 4500231990.

Freundliche Grüsse
Regula Zürcher
Verkaufsinnendienst

Filzmanufaktur Emmental AG
Dorfstrasse 14, 3550 Langnau i.E.
Tel. +41 34 402 18 60
"""
    eml = reply(po, body, date="2026-11-19 10:05:33 +0100", frm=("Regula Zürcher", "verkauf@filz-emmental.example"),
                msgid=mid("c026", "", "outlook"), lang="de", cs="iso-8859-1", subject="AW: Order acknowledgment request - PO 4500231990",
                atts=[xlsx_att(book, "AB_2611-0388.xlsx")])
    return [po], eml, conf([(po, {1: acc(po, 1), 2: chg(po, 2, d="2027-01-08"), 3: chg(po, 3, p="29.00")})],
                           "All values only in the XLSX: pos 2 date 08.01.2027, pos 3 price 29 CHF/M; 'ST' = pieces = EA.")


@case("headstone-letters-forwarded-split", "confirmation/fr-BE",
      "Sales forwards the workshop's internal answer; line 1 is split 300 + 300 with the second part in January 2027.")
def c027():
    s = S("LETBRONZE", "Lettres & Bronze Namur SRL", "ventes@lettres-bronze.example", "fr-BE")
    po = PO("4500232011", s, "EUR", "2026-11-17", [
        L("HSL-BRZ-50", "Bronze headstone letter, 50 mm, Roman, 2 pins M3", 600, "PCS", "3.85", "2026-12-11"),
        L("HSL-NUM-40", "Bronze numerals 0-9, 40 mm", 400, "PCS", "3.40", "2026-12-11"),
    ])
    body = """Bonjour Madame Ruiz,

Voici la réponse de notre atelier pour votre commande 4500232011. Nous confirmons donc la commande selon ce planning, aux prix de votre bon de commande.

Bien à vous,
Nathalie Lambert
Service commercial - Lettres & Bronze Namur SRL
Chaussée de Louvain 212, 5000 Namur - Tél. +32 81 22 47 10

-----Message d'origine-----
De : Atelier Fonderie <atelier@lettres-bronze.example>
Envoyé : mardi 24 novembre 2026 16:12
À : Nathalie Lambert <ventes@lettres-bronze.example>
Objet : RE: commande Brightwater 4500232011

Nathalie,
Lettres 50 mm : on coule 300 pièces pour le 11/12, les 300 restantes pour le 08/01/2027 (moule en réparation).
Chiffres 40 mm : les 400 pour le 11/12, pas de souci.
Prix inchangés.
Marc
"""
    eml = reply(po, body, date="2026-11-25 10:00:00 +0100", frm=("Nathalie Lambert", "ventes@lettres-bronze.example"),
                msgid=mid("c027", "", "outlook"), lang="fr", cs="windows-1252",
                subject="TR: RE: commande Brightwater 4500232011")
    return [po], eml, conf([(po, {1: chg(po, 1, d="2027-01-08", sched=[(300, "2026-12-11"), (300, "2027-01-08")]),
                                  2: acc(po, 2)})],
                           "Forwarded internal mail carries the schedule; sales adopts it explicitly. Line 1 split 300 on 2026-12-11 + 300 on 2027-01-08.")


@case("xenon-lamps-ligne-abandonnee", "confirmation/fr-CA",
      "Canadian French with '$' meaning CAD; the middle line is discontinued (rejected) between two confirmed lines.")
def c028():
    s = S("PROJBOR", "Projection Boréale inc.", "commandes@projectionboreale.example", "fr-CA")
    po = PO("4500232040", s, "CAD", "2026-11-18", [
        L("CPL-HX-1600", "Xenon lamp 1600W, short arc", 6, "EA", "540.00", "2026-12-18"),
        L("CPL-HX-7000", "Xenon lamp 7000W, large-format", 2, "EA", "2890.00", "2026-12-18"),
        L("CPL-RFL-12", "Cold mirror reflector 12 in", 3, "EA", "410.00", "2026-12-18"),
    ])
    body = """Bonjour Mme Ruiz,

Pour votre bon de commande 4500232040 :

• Ligne 1 (1600 W) : confirmée, 6 unités à 540,00 $, livraison le 18 décembre.
• Ligne 2 (7000 W) : malheureusement, ce modèle n'est plus fabriqué par le manufacturier depuis octobre; nous ne pouvons pas la fournir.
• Ligne 3 (réflecteur 12 po) : confirmée, 3 unités à 410,00 $, livraison le 18 décembre.

Merci et bonne journée,
Geneviève Côté
Service à la clientèle
Projection Boréale inc. | 4105, rue Jean-Talon Ouest, Montréal (Québec) H4P 1W1
514 555-0177
"""
    eml = reply(po, body, date="2026-11-26 14:03:00 -0500", frm=("Geneviève Côté", "commandes@projectionboreale.example"),
                msgid=mid("c028", "", "outlook"), lang="fr", cs="windows-1252")
    return [po], eml, conf([(po, {1: acc(po, 1), 2: REJ, 3: acc(po, 3)})],
                           "Line 2 cannot be supplied -> rejected; '18 décembre' without year -> 2026-12-18 = requested.")


@case("skittles-inline-answers", "confirmation/nl-BE",
      "Answers are typed inline under each quoted PO line, so our requested values and the supplier's answers are interleaved.")
def c029():
    s = S("KEGELHUIS", "Kegelhuis Vlaanderen BV", "verkoop@kegelhuis.example", "nl-BE")
    po = PO("4500232066", s, "EUR", "2026-11-18", [
        L("BPN-KEG-40", "Nine-pin skittle, maple, 40 cm", 90, "EA", "16.20", "2026-12-18"),
        L("BPN-KNG-44", "King pin, 44 cm, red crown", 10, "EA", "21.00", "2026-12-18"),
        L("BPN-BAL-16", "Skittle ball 16 cm, 2.8 kg", 12, "EA", "34.00", "2026-12-18"),
    ])
    body = """Dag Dana,

Onze antwoorden staan hieronder tussen de lijnen.

Groeten,
Bart Claes
Kegelhuis Vlaanderen BV - Kortrijksesteenweg 1090, 9051 Gent - +32 9 245 18 70

Op 18.11.2026 08:42 schreef Dana Ruiz <dana.ruiz@buyer.example>:
> please acknowledge our purchase order 4500232066 dated 2026-11-18.
> Confirm quantity, unit price and delivery date for every line, or tell us
> what you can do instead.
>
> 1  BPN-KEG-40  Nine-pin skittle, maple, 40 cm  90  EA  16.20 EUR  2026-12-18

OK, 90 st. à 16,20 EUR, levering 18/12.

> 2  BPN-KNG-44  King pin, 44 cm, red crown      10  EA  21.00 EUR  2026-12-18

OK, zoals besteld.

> 3  BPN-BAL-16  Skittle ball 16 cm, 2.8 kg      12  EA  34.00 EUR  2026-12-18

Ballen 16 cm pas leverbaar op 15/01/2027, en de prijs is nu 35,50 EUR/st.

> Delivery to: Brightwater Trading GmbH, Goods-in Gate 3, Hafenstrasse 12, 20457 Hamburg, Germany
> Best regards
> Dana Ruiz
"""
    eml = reply(po, body, date="2026-11-20 15:31:07 +0100", frm=("Bart Claes", "verkoop@kegelhuis.example"),
                msgid=mid("c029", "kegelhuis.example"), lang="nl", client="thunderbird", quote=None, html=False,
                cs="iso-8859-1", cte="8bit")
    return [po], eml, conf([(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, p="35.50", d="2027-01-15")})],
                           "Inline answers: lines 1-2 OK as ordered; line 3 new price 35.50 and date 2027-01-15; the quoted lines still show our values.")


@case("seaweed-meal-price-per-tonne", "confirmation/pt-PT",
      "PO is per KG but the reply quotes 890,00 EUR/t and '5 t (200 sacos)', which must be converted to 0.89 per KG.")
def c030():
    s = S("ALGATL", "Algas do Atlântico, Lda.", "encomendas@algas-atlantico.example", "pt-PT")
    po = PO("4500232090", s, "EUR", "2026-11-18", [
        L("SWF-MEAL-25", "Seaweed meal, Ascophyllum, 0-1 mm, 25 kg bags", 5000, "KG", "0.86", "2026-12-11"),
        L("SWF-LIQ-1000", "Liquid seaweed concentrate, 1000 L IBC", 2, "EA", "1480.00", "2026-12-11"),
    ])
    body = """Bom dia Dana,

Confirmamos a encomenda 4500232090:
- Farinha de algas 0-1 mm: 5 t (200 sacos de 25 kg) a 890,00 EUR/t, entrega a 11/12/2026.
- Concentrado líquido, IBC 1000 L: 2 un. a 1.480,00 EUR/un., entrega a 11/12/2026.

Com os melhores cumprimentos,
Inês Carvalho
Departamento Comercial
Algas do Atlântico, Lda. - Zona Industrial de Vagos, Lote 33, 3840-385 Vagos
Tel.: +351 234 799 120
"""
    eml = reply(po, body, date="2026-11-27 10:30:00 +0000", frm=("Inês Carvalho", "encomendas@algas-atlantico.example"),
                msgid=mid("c030", "", "outlook"), lang="pt", cs="iso-8859-1")
    return [po], eml, conf([(po, {1: chg(po, 1, p="0.89"), 2: acc(po, 2)})],
                           "890 EUR/t = 0.89 EUR/kg (PO 0.86/kg); 5 t = 5000 kg unchanged; '1.480,00' = 1480.00.")


@case("pumice-blocks-three-pallets", "confirmation/hu-HU",
      "Quantity given as 3 pallets of 144 pcs (432 instead of 480); Hungarian yyyy.mm.dd dates and 't' for tonnes.")
def c031():
    s = S("VULKANKO", "Vulkán Kő Kft.", "ertekesites@vulkanko.example", "hu-HU")
    po = PO("4500232115", s, "EUR", "2026-11-19", [
        L("VPB-BLK-302012", "Pumice building block 30x20x12 cm", 480, "PCS", "2.75", "2026-12-18"),
        L("VPB-SND-03", "Pumice sand 0-3 mm, 1 t big bag", 6, "T", "96.00", "2026-12-18"),
    ])
    body = """Tisztelt Ruiz Asszony!

A 4500232115 sz. megrendelést az alábbiak szerint visszaigazoljuk:
1. tétel: a 30x20x12-es blokkból raklaponként 144 db fér el; jelenleg 3 raklapot tudunk adni, 2,75 EUR/db áron, szállítás 2026.12.18.
2. tétel: 6 t horzsakő homok (6 db 1 tonnás big bag), 96,00 EUR/t, szállítás 2026.12.18.

Üdvözlettel:
Kovács Zoltán
értékesítési vezető
Vulkán Kő Kft. - 8300 Tapolca, Bányász u. 4.
Tel.: +36 87 510 240
"""
    eml = reply(po, body, date="2026-11-27 13:00:00 +0100", frm=("Kovács Zoltán", "ertekesites@vulkanko.example"),
                msgid=mid("c031", "", "outlook"), lang="hu", cs="iso-8859-2")
    return [po], eml, conf([(po, {1: chg(po, 1, q=432), 2: acc(po, 2)})],
                           "3 pallets x 144 pcs = 432 pcs (PO 480); 2026.12.18 is the requested date.")


@case("implant-screws-price-per-box", "confirmation/ro-RO",
      "Line 1 priced per box of 10 ('72,00 EUR/cutie de 10 buc') while the PO price is per piece -> 7.20 each.")
def c032():
    s = S("DENTCLUJ", "Dentimplant Cluj SRL", "vanzari@dentimplant-cluj.example", "ro-RO")
    po = PO("4500232140", s, "EUR", "2026-11-19", [
        L("DIS-HS-258", "Healing screw 2.5 x 8 mm, titanium", 200, "EA", "6.80", "2026-12-11"),
        L("DIS-IS-35115", "Implant fixture screw 3.5 x 11.5 mm", 100, "EA", "24.00", "2026-12-11"),
    ])
    body = """Bună ziua,

Confirmăm comanda 4500232140:
1. Șurub de vindecare 2,5 x 8 mm - 200 buc. (20 cutii a câte 10 buc.), preț 72,00 EUR/cutie de 10 buc., livrare 11.12.2026
2. Șurub implant 3,5 x 11,5 mm - 100 buc., 24,00 EUR/buc., livrare 11.12.2026

Cu stimă,
Andreea Mureșan
Dentimplant Cluj SRL | Str. Fabricii 93, 400632 Cluj-Napoca
Tel. +40 264 450 778
"""
    eml = reply(po, body, date="2026-11-30 09:45:10 +0200", frm=("Andreea Mureșan", "vanzari@dentimplant-cluj.example"),
                msgid=mid("c032", "", "gmail"), lang="ro", client="gmail", quote="gmail", cte="base64")
    return [po], eml, conf([(po, {1: chg(po, 1, p="7.20"), 2: acc(po, 2)})],
                           "72.00 per box of 10 = 7.20 per EA (PO 6.80); 200 pcs = 20 boxes unchanged; line 2 as ordered.")


@case("blowpipes-marver-discontinued", "confirmation/bg-BG",
      "Cyrillic windows-1251 per-position answer; position 3 is no longer made and is declined.")
def c033():
    s = S("STEKLODUB", "Steklodub Instrument EOOD", "sales@steklodub.example", "bg-BG")
    po = PO("4500232166", s, "EUR", "2026-11-19", [
        L("GBP-BLW-140", "Blowpipe stainless 140 cm, 22 mm mouthpiece", 8, "EA", "118.00", "2026-12-18"),
        L("GBP-JAK-300", "Glassblowing jacks 300 mm", 6, "EA", "64.00", "2026-12-18"),
        L("GBP-MRV-46", "Graphite marver 4x6 in", 4, "EA", "52.00", "2026-12-18"),
    ])
    body = """Здравейте, г-жо Руиз,

Потвърждаваме поръчка 4500232166, както следва:
Поз. 1 - 8 бр. по 118,00 EUR, доставка 18.12.2026 г.
Поз. 2 - 6 бр. по 64,00 EUR, доставка 18.12.2026 г.
Поз. 3 - графитният марвер 4x6 вече не се произвежда, не можем да го доставим.

Поздрави,
Иван Георгиев
"Стъклодув Инструмент" ЕООД
гр. Пловдив, бул. Кукленско шосе 17
тел. +359 32 60 44 18
"""
    eml = reply(po, body, date="2026-12-02 11:00:00 +0200", frm=("Иван Георгиев", "sales@steklodub.example"),
                msgid=mid("c033", "", "outlook"), lang="bg", cs="windows-1251")
    return [po], eml, conf([(po, {1: acc(po, 1), 2: acc(po, 2), 3: REJ})],
                           "Positions 1-2 as ordered; position 3 'cannot deliver' -> rejected.")


@case("carousel-poles-two-deliveries", "confirmation/hr-HR",
      "Line 1 split 25 + 15 with the rest in January; line 2 comes a week earlier than asked.")
def c034():
    s = S("VRTULJAK", "Vrtuljak Obrt d.o.o.", "prodaja@vrtuljak-obrt.example", "hr-HR")
    po = PO("4500232190", s, "EUR", "2026-11-20", [
        L("CHP-ST-382100", "Carousel pole, stainless, 38 mm x 2100 mm", 40, "EA", "64.00", "2026-12-18"),
        L("CHP-CRK-38", "Crank bearing block for 38 mm pole", 40, "EA", "22.50", "2026-12-18"),
    ])
    body = """Poštovana gđo Ruiz,

potvrđujemo narudžbu 4500232190.
Stavka 1: šipke 38 x 2100 mm, ukupno 40 kom po 64,00 EUR - isporuka u dva dijela: 25 kom 11.12.2026., preostalih 15 kom 15.01.2027.
Stavka 2: 40 kom po 22,50 EUR, isporuka 11.12.2026.

Lijep pozdrav,
Ana Novak
Vrtuljak Obrt d.o.o. | Zagrebačka 112 | 10360 Sesvete
Tel. +385 1 2004 118
"""
    eml = reply(po, body, date="2026-11-27 08:30:00 +0100", frm=("Ana Novak", "prodaja@vrtuljak-obrt.example"),
                msgid=mid("c034", "", "outlook"), lang="hr", cs="windows-1250")
    return [po], eml, conf([(po, {1: chg(po, 1, d="2027-01-15", sched=[(25, "2026-12-11"), (15, "2027-01-15")]),
                                  2: chg(po, 2, d="2026-12-11")})],
                           "Schedule 25 on 2026-12-11 + 15 on 2027-01-15 (last date is the line date); line 2 earlier: 2026-12-11.")


@case("saddle-trees-batch-of-ten", "confirmation/sl-SI",
      "Supplier rounds line 1 up from 15 to 20 because trees are made in batches of 10; inch marks and decimal commas in the text.")
def c035():
    s = S("SEDKRANJC", "Sedlarstvo Kranjc d.o.o.", "prodaja@sedlarstvo-kranjc.example", "sl-SI")
    po = PO("4500232215", s, "EUR", "2026-11-20", [
        L("SDT-WD-17M", "Saddle tree, wood/fibreglass, 17 in seat, medium 30 cm gullet", 15, "EA", "148.00", "2027-01-15"),
        L("SDT-SPR-175", "Spring saddle tree 17.5 in, 2027 series", 8, "EA", "176.00", "2027-01-15"),
    ])
    body = """Pozdravljeni,

naročilo 4500232215 potrjujemo:
- poz. 1: sedelni okvir 17" M - ker jih izdelujemo v serijah po 10 kosov, potrjujemo 20 kosov po 148,00 EUR, dobava 15.01.2027
- poz. 2: vzmetni okvir 17,5" - 8 kosov po 176,00 EUR, dobava 15.01.2027

Lep pozdrav,
Matej Kranjc
Sedlarstvo Kranjc d.o.o., Cesta na Brdo 9, 4000 Kranj
tel. +386 4 236 12 40
"""
    eml = reply(po, body, date="2026-12-03 10:20:00 +0100", frm=("Matej Kranjc", "prodaja@sedlarstvo-kranjc.example"),
                msgid=mid("c035", "sedlarstvo-kranjc.example"), lang="sl", client="roundcube", quote="gmail",
                cte="8bit", html=False)
    return [po], eml, conf([(po, {1: chg(po, 1, q=20), 2: acc(po, 2)})],
                           "Line 1 confirmed at 20 (batch rounding) instead of 15; 17,5\" is a size, not a price.")


@case("mirror-blanks-order-declined", "confirmation/en-GB",
      "Whole order declined in prose (oven out of service until March 2027): a rejection is still an answer.")
def c036():
    s = S("ALBIONOG", "Albion Optical Glass Ltd", "sales@albionopticalglass.example", "en-GB")
    po = PO("4500232240", s, "GBP", "2026-11-20", [
        L("TMB-LEX-300", "Low-expansion mirror blank 300 mm, 50 mm thick", 2, "EA", "1240.00", "2027-01-29"),
        L("TMB-LEX-250", "Low-expansion mirror blank 250 mm, f/4 generated", 3, "EA", "890.00", "2027-01-29"),
    ])
    body = """Dear Dana,

Thank you for PO 4500232240. Unfortunately we have to decline this order: our annealing oven is out of service until March 2027 and we cannot produce the 300 mm or the 250 mm blanks before then. We have cancelled the order on our side and are sorry for the inconvenience.

We will let you know as soon as we can take orders for large blanks again.

Kind regards,
Helen Whitaker
Sales Manager
Albion Optical Glass Ltd | 7 Pilkington Way, St Helens WA10 3TT
+44 1744 612 880
"""
    eml = reply(po, body, date="2026-11-30 16:48:20 +0000", frm=("Helen Whitaker", "sales@albionopticalglass.example"),
                msgid=mid("c036", "", "outlook"))
    return [po], eml, conf([(po, {1: REJ, 2: REJ})],
                           "Both lines declined; 'March 2027' is when they might take orders again, not a delivery commitment.")
