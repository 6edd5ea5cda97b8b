"""Cases 021-030."""
from __future__ import annotations

import datetime as dt

from . import mime, docs
from .clients import outlook, gmail, plain_reply, apple, reply, request_mail, para_html, esc, pre_html
from .core import (PO, Sup, When, Case, Orig, A, R, U, C, D, kw, next_md, confirmation, per, times, h8)
from .people import MEGAN, PRIYA, JONAS, AYLIN, SANNE, LUCA, EMMA, CIARAN, KATHI


def c021():
    sup = Sup("VETNORD", "VetNord Medicinteknik AB", "order@vetnord.example", "sv-SE", "Johan Lindberg")
    po = PO("CH-26-01160", sup, SANNE, "EUR", When(2026, 11, 13, 10, 10, tz="+0100"), [
        ("SYR-5ML-LL", "Syringe 5 ml luer-lock, sterile (box of 100)", 300, "EA", "0.12", "2026-12-11"),
        ("NDL-21G-1.5", "Hypodermic needle 21G x 1 1/2\" (box of 100)", 1000, "EA", "0.04", "2026-12-11"),
        ("CATH-IV-22G", "IV catheter 22G x 25 mm, veterinary", 200, "EA", "0.68", "2026-12-11"),
    ])
    assert kw(2026, 50) == "2026-12-11"
    text = """Hej Sanne,

Tack för beställningen CH-26-01160. Här kommer vår bekräftelse:

Sprutor 5 ml luer-lock: minsta orderkvantitet är 500 st (5 förp. à 100 st), vi bekräftar därför 500 st à 0,12 EUR.
Kanyler 21G x 1 1/2": 1 000 st enligt order.
IV-katetrar 22G: 200 st, men priset är 0,74 EUR/st från och med 1 december.

Leverans vecka 50 för hela ordern.

Med vänliga hälsningar
Johan Lindberg
Order & Kundtjänst
VetNord Medicinteknik AB
Box 1182, 751 41 Uppsala
Tel 018-555 32 10
"""
    body = outlook(text, po.orig, "sv", bnd="HE1PR07MB3306C1", body_lang="SV")
    mail = reply("c021", po, ("Johan Lindberg", "johan.lindberg@vetnord.example"), When(2026, 11, 20, 13, 37, 2), body,
                 prefix="SV: ", lang_tag="sv-SE")
    return Case(21, "vet-syringes-moq-week-50", "confirmation", [po], mail,
                "Minimum order quantity raising a line, a needle size written 21G x 1 1/2\", a Swedish space thousands separator (1 000), a price-validity date and a delivery week.",
                "Syringes: MOQ 500 instead of 300, price unchanged. Needles as ordered. Catheters 0,74 EUR (from 1 Dec, which covers the delivery). "
                "Vecka 50 = Fri 11 Dec = requested.",
                [confirmation(po, {1: C(q=500), 2: A, 3: C(p="0.74")})])


def c022():
    sup = Sup("LIONCITY", "Lion City PCB Pte Ltd", "orders@lioncitypcb.example", "en-SG", "Tan Wei Ling")
    po = PO("TE-26-1195", sup, LUCA, "USD", When(2026, 11, 16, 11, 0, tz="+0100"), [
        ("PCB-PWR-1224V-B", "Power board 12/24 V rev B, 2-layer, HASL LF", 500, "PCS", "2.40", "2026-12-10"),
        ("PCB-LED-DRV-A", "LED driver board rev A, aluminium core 1.0 mm", 2000, "PCS", "0.95", "2026-12-10"),
        ("STN-PWR-1224V-B", "SMT stencil 100 um for PCB-PWR rev B", 1, "EA", "95.00", "2026-12-10"),
    ])
    d = dt.date
    rows = [
        ["SALES ORDER ACKNOWLEDGEMENT"],
        ["SOA No.", "SOA-SG-118803", "", "Date", ("d", d(2026, 11, 23))],
        ["Customer", "Tessaro Electronics S.r.l."],
        ["Customer PO", "TE-26-1195", "", "PO Date", ("d", d(2026, 11, 16))],
        ["Incoterms", "DAP Vimercate (DHL Express)"],
        ["Payment", "Net 30 days from invoice date"],
        [],
        ["Our Line", "Cust. PO Line", "Our Part No.", "Customer Part No.", "Description", "Qty", "UOM",
         "Unit Price (USD)", "Amount (USD)", "Ship Date", "ETA Customer"],
        [10, 1, "LC-2L-88412", "PCB-PWR-1224V-B", "PWR BRD 12/24V REV B 2L HASL-LF", 500, "PCS", ("n", "2.40"),
         ("n", "1200.00"), ("d", d(2026, 12, 7)), ("d", d(2026, 12, 10))],
        [20, 2, "LC-AL-88413", "PCB-LED-DRV-A", "LED DRV REV A ALU-CORE 1.0MM", 2000, "PCS", ("n", "0.95"),
         ("n", "1900.00"), ("d", d(2026, 12, 14)), ("d", d(2026, 12, 17))],
        [30, 3, "LC-STN-88412", "STN-PWR-1224V-B", "STENCIL 100UM PWR REV B", 1, "PCS", ("n", "95.00"),
         ("n", "95.00"), ("d", d(2026, 12, 7)), ("d", d(2026, 12, 10))],
        [],
        ["", "", "", "", "", "", "", "Total", ("n", "3195.00")],
        ["Remarks: ETA based on DHL Express transit of 3 days. Line 20 ship date moved due to aluminium-core laminate allocation."],
    ]
    xl = docs.xlsx(rows, sheet="SOA-SG-118803", stamp=(2026, 11, 23, 9, 10, 0))
    text = """Dear Customer,

Attached please find our Sales Order Acknowledgement SOA-SG-118803 for your purchase order TE-26-1195.

Kindly check the details and revert within 2 working days if there is any discrepancy, otherwise the order will be processed as acknowledged.

This is a system generated email. Please do not reply to this address; contact sales@lioncitypcb.example instead.

Lion City PCB Pte Ltd
21 Ubi Road 1, #04-08, Singapore 408724
Co. Reg. No. 201512345K
"""
    body = mime.Multi("mixed", "----=_Part_118803_1402779563.1795403400112", [
        mime.text(text, "plain", "us-ascii", "7bit"),
        mime.attachment(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "SOA-SG-118803.xlsx"),
    ])
    when = When(2026, 11, 23, 9, 12, 44, tz="+0800")
    mail = mime.Mail(frm=("Lion City PCB ERP", "erp-noreply@lioncitypcb.example"), to=[(LUCA.name, LUCA.email)],
                     cc=[("Tan Wei Ling", "weiling.tan@lioncitypcb.example")],
                     subject="Sales Order Acknowledgement SOA-SG-118803 (your PO TE-26-1195)", date=when.hdr,
                     msgid="<1402779563.118803.1795403564112@erp.lioncitypcb.example>", body=body,
                     extra=[("X-Mailer", "JavaMail 1.6.2 / Acumatica"), ("Auto-Submitted", "auto-generated")])
    return Case(22, "pcb-soa-xlsx-ship-vs-eta", "confirmation", [po], mail,
                "ERP e-mail whose only content is an XLSX with Excel serial dates, its own line numbers 10/20/30 beside ours, and both a ship date and an ETA column.",
                "XLSX: line 10 = PO line 1: 500 at 2.40, ETA 10 Dec = as ordered. Line 20 = PO line 2: 2000 at 0.95, ETA 17 Dec (ship 14 Dec). "
                "Line 30 = PO line 3: stencil 1 at 95.00, ETA 10 Dec. ETA (delivery) wins over ship date; 'PCS' for the EA stencil is the same unit.",
                [confirmation(po, {1: A, 2: C(d="2026-12-17"), 3: A})])


def c023():
    sup = Sup("LINDNER", "Farbwerke Lindner GmbH", "innendienst@farbwerke-lindner.example", "de-DE", "Sabine Roth")
    po = PO("4500187381", sup, JONAS, "EUR", When(2026, 11, 20, 8, 30, tz="+0100"), [
        ("DISP-WEISS-12.5", "Interior wall paint, white matt, 12.5 l tin", 120, "TIN", "38.90", "2026-12-15"),
        ("GRUND-TIEF-10", "Deep primer, solvent-free, 10 l", 60, "TIN", "24.60", "2026-12-15"),
        ("LACK-RAL7016-0.75", "Enamel RAL 7016 silk, 0.75 l tin", 48, "TIN", "11.20", "2026-12-15"),
    ], greeting="Dear Ms Roth,")
    D("2026-11-25", "Wed")
    text = """Sehr geehrter Herr Weber,

vielen Dank für Ihre Bestellung 4500187381, die wir dankend erhalten haben.

Die Auftragsbestätigung mit den verbindlichen Lieferterminen erhalten Sie bis spätestens Mittwoch, 25.11. Der Lack in RAL 7016 muss bei uns getönt werden; hierzu warten wir noch auf die Rückmeldung aus der Produktion.

Mit freundlichen Grüßen

Sabine Roth
Innendienst
Farbwerke Lindner GmbH | Am Hafen 7 | 47119 Duisburg
Tel. +49 203 555 718-14
"""
    body = outlook(text, po.orig, "de", bnd="FR3P281MB1420B7", body_lang="DE")
    mail = reply("c023", po, ("Sabine Roth", "s.roth@farbwerke-lindner.example"), When(2026, 11, 23, 11, 5, 19), body,
                 prefix="AW: ", lang_tag="de-DE")
    return Case(23, "paints-ab-to-follow", "needs_review", [po], mail,
                "Human 'thank you, the confirmation with binding dates follows by Wednesday 25.11.' - a date appears, but it is the date of a future answer.",
                "Receipt acknowledged, order confirmation promised for later; nothing committed.")


def c024():
    sup = Sup("ANADOLU", "Anadolu Boya Sanayi A.Ş.", "ihracat@anadoluboya.example", "tr-TR", "Mehmet Yılmaz")
    po = PO("4500187377", sup, AYLIN, "EUR", When(2026, 11, 17, 9, 40, tz="+0100"), [
        ("EPX-PRM-7035-200", "Epoxy primer 2K grey RAL 7035, 200 l drum", 20, "DRUM", "1160.00", "2026-12-04"),
        ("PU-TOP-9010-20", "PU topcoat RAL 9010 gloss, 20 l tin", 60, "TIN", "142.00", "2026-12-04"),
    ], greeting="Dear Mr Yılmaz,")
    D("2026-12-04", "Fri")
    text = """Sayın Aylin Hanım,

4500187377 numaralı siparişiniz için teşekkür ederiz. Sipariş onayımız aşağıdadır:

1) Epoksi astar 2K gri RAL 7035 - 20 varil x 200 lt. Hammadde fiyatlarındaki artış nedeniyle birim fiyat 5,95 EUR/lt olacaktır.
2) Poliüretan son kat RAL 9010 parlak - 60 teneke x 20 lt, 142,00 EUR/teneke (sipariş fiyatı).

Sevk tarihi: 4 Aralık 2026 Cuma, Gebze fabrikamızdan.
Teslim şekli: DAP Freising. Ödeme: sipariş formunuzdaki gibi 30 gün.

Saygılarımızla,
Mehmet Yılmaz
İhracat Müdürü
Anadolu Boya Sanayi A.Ş.
Gebze OSB 2. Cadde No: 14, 41400 Gebze / Kocaeli
Tel: +90 262 555 48 20
"""
    body = outlook(text, po.orig, "tr", bnd="VI1PR0902MB2241E0", charset="iso-8859-9", body_lang="TR")
    mail = reply("c024", po, ("Mehmet Yılmaz", "m.yilmaz@anadoluboya.example"), When(2026, 11, 25, 16, 22, 48, tz="+0300"),
                 body, prefix="YNT: ", charset="iso-8859-9", lang_tag="tr-TR")
    return Case(24, "epoxy-drums-price-per-litre", "confirmation", [po], mail,
                "New price stated per litre for a line ordered per 200 l drum, RAL codes and '2K' in descriptions, only a ship date, in ISO-8859-9.",
                "Line 1: 5,95 EUR/l x 200 l = 1190.00 per drum (PO 1160.00). Line 2 as ordered. Only a ship date (Fri 4 Dec) is given, "
                "so the date is 4 Dec = requested.",
                [confirmation(po, {1: C(p=times("5.95", 200)), 2: A})])


def c025():
    sup = Sup("DISTRILAB", "Distrilab France SARL", "commandes@distrilab.example", "fr-FR", "Nathalie Girard")
    po = PO("CH-26-01171", sup, SANNE, "EUR", When(2026, 11, 23, 13, 55, tz="+0100"), [
        ("ETOH-ABS-2.5L", "Ethanol absolute >=99.8%, analytical grade, 2.5 l", 12, "BTL", "29.80", "2026-12-11"),
        ("HCL-37-1L", "Hydrochloric acid 37%, analytical grade, 1 l", 6, "BTL", "14.50", "2026-12-11"),
    ])
    D("2026-11-23", "Mon")
    D("2026-12-02", "Wed")
    text = """Bonjour,

Je suis absente du bureau du lundi 23 novembre au mercredi 2 décembre inclus, sans accès à ma messagerie.

Pour toute commande ou demande de délai, merci d'écrire à commandes@distrilab.example ou d'appeler le service clients au 04 72 55 30 00.

Cordialement,
Nathalie Girard
"""
    body = outlook(text, None, "fr", bnd="PR1P264MB2980A0", body_lang="FR")
    mail = reply("c025", po, ("Nathalie Girard", "n.girard@distrilab.example"), When(2026, 11, 23, 14, 2, 11), body,
                 prefix="Réponse automatique : ", lang_tag="fr-FR",
                 extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return Case(25, "ooo-fr-absente", "auto_reply", [po], mail,
                "French out-of-office whose subject starts 'Réponse automatique :' and which names a Wednesday in December.",
                "Out-of-office until Wed 2 Dec; nothing about the order.")


def c026():
    sup = Sup("NORDHAV", "Nordhav Sjømat AS", "ordre@nordhav.example", "nb-NO", "Ingrid Solberg")
    po = PO("HL-260842", sup, PRIYA, "EUR", When(2026, 11, 23, 9, 5, tz="+0000"), [
        ("SAL-HOG-45", "Atlantic salmon, gutted head-on, 4-5 kg, superior", 400, "KG", "8.20", "2026-12-09"),
        ("SAL-FIL-TRD", "Salmon fillet trim D, 1.2-1.8 kg, fresh", 200, "KG", "13.40", "2026-12-09"),
    ])
    D("2026-12-07", "Mon")
    D("2026-12-09", "Wed")
    text = """Hei Priya,

Takk for bestillingen HL-260842.

Vi bekrefter 400 kg hel laks 4-5 kg superior (20 kasser à 20 kg) og 200 kg filet trim D 1,2-1,8 kg.
Laksepris følger spotmarkedet, og for uke 49/50 blir prisen på hel laks 8,65 EUR/kg. Filet står fast på 13,40 EUR/kg som avtalt.

Slaktedato blir mandag 7.12., pakking samme dag, og levering hos dere onsdag 9. desember.

Med vennlig hilsen
Ingrid Solberg
Salg & logistikk
Nordhav Sjømat AS | Havnegata 12 | 6002 Ålesund
Tlf. +47 70 55 41 20
"""
    body = outlook(text, po.orig, "nb", bnd="GV3P280MB0712F5", body_lang="NB")
    mail = reply("c026", po, ("Ingrid Solberg", "ingrid@nordhav.example"), When(2026, 11, 30, 10, 14, 36), body,
                 prefix="SV: ", lang_tag="nb-NO")
    return Case(26, "fresh-salmon-spot-price-slaughter-date", "confirmation", [po], mail,
                "Spot-market price for one line, a slaughter date two days before delivery, size grades (4-5 kg, 1,2-1,8 kg) and 'uke 49/50' that is a pricing period, not a delivery week.",
                "Whole salmon 400 kg at 8,65 EUR/kg (PO 8.20); fillet 200 kg at 13,40 as ordered. Delivery Wed 9 Dec = requested; Mon 7.12. is the slaughter date.",
                [confirmation(po, {1: C(p="8.65"), 2: A})])


def c027():
    sup = Sup("FRESCOMAR", "Frescomar - Comércio de Pescado, Lda.", "encomendas@frescomar.example", "pt-PT", "Rui Carvalho")
    po = PO("HL-260839", sup, MEGAN, "EUR", When(2026, 11, 19, 15, 20, tz="+0000"), [
        ("COD-LOIN-400600", "Frozen cod loins 400-600 g, skinless", 300, "KG", "12.60", "2026-12-11"),
        ("OCT-T4-IQF", "Frozen octopus T4 (1-2 kg), IQF", 100, "KG", "9.80", "2026-12-11"),
    ])
    assert per("126.00", 10) == "12.60"
    text = """Boa tarde, Megan,

Agradecemos a vossa encomenda HL-260839.

Lombos de bacalhau 400-600 g: confirmamos 30 caixas de 10 kg (300 kg) a 126,00 € por caixa, com entrega no dia 11 de dezembro.
Polvo T4: infelizmente não temos polvo T4 nesta campanha, só T5 e T6, pelo que não podemos fornecer esta linha.

Data de captura: outubro 2026 (Atlântico Nordeste, FAO 27). Validade: 24 meses a partir da congelação. Lote previsto 2610-88.

Com os melhores cumprimentos,
Rui Carvalho
Departamento Comercial
Frescomar, Lda. · Doca Pesca, 2450-075 Nazaré
Tel. +351 262 555 140
"""
    body = outlook(text, po.orig, "pt", bnd="AM9PR03MB7265D2", charset="windows-1252", body_lang="PT")
    mail = reply("c027", po, ("Rui Carvalho", "rui.carvalho@frescomar.example"), When(2026, 11, 27, 11, 48, 5, tz="+0000"),
                 body, charset="windows-1252", lang_tag="pt-PT")
    return Case(27, "cod-loins-price-per-carton-octopus-no", "confirmation", [po], mail,
                "Price per 10 kg carton against a per-kg PO (which works out unchanged), catch month, FAO area, shelf-life and a lot number shaped like a date; one line refused.",
                "Cod: 30 x 10 kg = 300 kg, 126,00/carton = 12.60/kg, delivery 11 Dec: as ordered. Octopus T4 not available = rejected.",
                [confirmation(po, {1: A, 2: R})])


def c028():
    sup = Sup("MARCHFELD", "Saatbau Marchfeld eGen", "bestellung@saatbau-marchfeld.example", "de-AT", "Herbert Gruber")
    po = PO("GA-26-0402", sup, KATHI, "EUR", When(2026, 11, 24, 8, 12, 40, tz="+0100"), [
        ("MAIS-FAO340-50T", "Maize seed FAO 340, unit of 50,000 kernels", 60, "UNIT", "102.00", "2027-02-26"),
        ("SOJA-000-25", "Soybean seed, maturity group 000, 25 kg bag", 40, "BAG", "61.00", "2027-02-26"),
    ])
    orig = request_mail(po).render().replace(b"\r\n", b"\n")
    headers_only = orig.split(b"\n\n", 1)[0] + b"\n"
    when = When(2026, 11, 24, 8, 12, 58, tz="+0100")
    text = """Dies ist eine automatisch erzeugte Nachricht des Mailsystems.

Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden.

    bestellung@saatbau-marchfeld.example
    Grund: Das Postfach des Empfängers ist voll (Speicherplatz überschritten).
    Antwort des Servers: 552 5.2.2 <bestellung@saatbau-marchfeld.example>:
    Mailbox full - quota exceeded

Die Kopfzeilen Ihrer ursprünglichen Nachricht finden Sie im Anhang.

--
This is an automatically generated message. Your message could not be
delivered: the recipient's mailbox is full.
"""
    status = """Reporting-MTA: dns; mailgate.greenacre-agri.example
Arrival-Date: Tue, 24 Nov 2026 08:12:40 +0100

Final-Recipient: rfc822; bestellung@saatbau-marchfeld.example
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx01.saatbau-marchfeld.example
Diagnostic-Code: smtp; 552 5.2.2 <bestellung@saatbau-marchfeld.example>:
 Mailbox full - quota exceeded
Last-Attempt-Date: Tue, 24 Nov 2026 08:12:58 +0100
"""
    body = mime.Multi("report", "=_mailgate_1795936378_21744", [
        mime.text(text, "plain", "utf-8", "quoted-printable"),
        mime.Leaf("message/delivery-status", status.encode(), None, []),
        mime.Leaf("text/rfc822-headers", headers_only, None, [("charset", "us-ascii")]),
    ], params=[("report-type", "delivery-status")])
    mail = mime.Mail(frm=("Mail Delivery Subsystem", "mailer-daemon@mailgate.greenacre-agri.example"),
                     to=[(None, KATHI.email)], subject="Unzustellbar: Bestellung / Purchase order GA-26-0402",
                     date=when.hdr, msgid="<E1tQz7C-0005Ez-4K@mailgate.greenacre-agri.example>", body=body,
                     extra=[("Auto-Submitted", "auto-replied")])
    return Case(28, "dsn-mailbox-full-german", "bounce", [po], mail,
                "German-language DSN for a full mailbox (552 5.2.2) returning only the original headers, subject carrying the PO number.",
                "Bounce: recipient mailbox over quota; the order was never delivered to the supplier.")


def c029():
    sup = Sup("CAPEPROMO", "Cape Promo Merchandise (Pty) Ltd", "orders@capepromo.example", "en-ZA", "Thandi Nkosi")
    po = PO("KR260949", sup, EMMA, "USD", When(2026, 11, 17, 14, 25, tz="+0100"), [
        ("PEN-ALU-BLU-1C", "Aluminium ballpoint pen, blue, 1-colour logo", 2880, "EA", "0.62", "2026-12-18"),
        ("MUG-11OZ-FC", "Ceramic mug 11 oz, full-colour wrap print", 300, "EA", "2.90", "2026-12-18"),
        ("SETUP-SCREEN-1C", "Set-up / screen charge, 1 colour", 1, "EA", "45.00", "2026-12-18"),
    ])
    assert 20 * 144 == 2880 and 10 * 36 == 360
    text = """Hi Emma

Thanks for signing off proof v3 yesterday, we're good to go.

Pens: 20 gross (2,880 pcs) at USD 0.62, no change.
Mugs: they come 36 to a carton and we only print full cartons, so we'll run 360 (10 cartons) at USD 2.90 each.
Set-up charge: USD 45.00 as quoted.

Delivery will be between 14 and 18 December, our courier will confirm the exact day once it's collected.

Shout if anything looks off.

Cheers
Thandi

Thandi Nkosi
Account Manager | Cape Promo Merchandise (Pty) Ltd
Unit 7, Montague Park, 12 Montague Drive, Montague Gardens, Cape Town 7441
Tel +27 21 555 0190
"""
    body = gmail(text, po.orig, "On Tue, 17 Nov 2026 at 15:25, Emma Lindqvist <emma.lindqvist@kvikkretail.example> wrote:",
                 bnd="c029")
    mail = reply("c029", po, ("Thandi Nkosi", "thandi@capepromo.example"), When(2026, 11, 25, 9, 33, 51, tz="+0200"),
                 body, style="gmail", prefix="Re: ")
    return Case(29, "promo-pens-gross-mugs-carton-date-range", "confirmation", [po], mail,
                "Pens counted in gross, mugs rounded up to full cartons of 36, and a delivery window 'between 14 and 18 December' instead of a single date.",
                "Pens 20 gross = 2880 at 0.62 = as ordered; mugs 360 (10 x 36) at 2.90; set-up 45.00. The window ends on 18 Dec, the latest committed "
                "delivery and equal to the requested date, so date = 2026-12-18.",
                [confirmation(po, {1: A, 2: C(q=360), 3: A})])


def c030():
    sup = Sup("POGGIO", "Tenuta Poggio ai Venti", "ordini@poggioaiventi.example", "it-IT", "Francesca Bianchi")
    po = PO("HL-260845", sup, PRIYA, "EUR", When(2026, 11, 24, 10, 0, tz="+0000"), [
        ("WIN-BRU-21", "Brunello di Montalcino DOCG 2021, 0.75 l", 120, "BTL", "34.00", "2026-12-15"),
        ("WIN-RDM-24", "Rosso di Montalcino DOC 2024, 0.75 l", 120, "BTL", "14.50", "2026-12-15"),
    ])
    text = """Buongiorno Priya,

grazie mille per l'ordine.

Il Brunello 2021 purtroppo è in assegnazione: per quest'anno possiamo riservarvi al massimo 36 bottiglie (6 casse da 6). Il Rosso 2024 invece è disponibile senza problemi.

Se per voi va bene ridurre il Brunello a 36 bottiglie, confermateci per email e vi mandiamo subito la conferma d'ordine con la data di consegna. In alternativa possiamo proporre la Riserva 2020 a 58 €/bottiglia.

Un caro saluto,
Francesca Bianchi
Tenuta Poggio ai Venti - Montalcino (SI)
"""
    body = apple(text, po.orig, "Il giorno 24 nov 2026, alle ore 11:00, Priya Nair <priya.nair@harbourline.example> ha scritto:",
                 bnd="c030")
    mail = reply("c030", po, ("Francesca Bianchi", "francesca@poggioaiventi.example"), When(2026, 11, 26, 12, 10, 27),
                 body, style="apple", prefix="Re: ")
    return Case(30, "brunello-allocation-if-you-agree", "needs_review", [po], mail,
                "Offers a reduced allocation (36 of 120) and says the Rosso is available, but makes the confirmation conditional on our agreement and gives no date.",
                "Conditional: supplier will confirm (with a delivery date) only after we accept the reduced Brunello quantity. Nothing committed yet.")


CASES = [c021, c022, c023, c024, c025, c026, c027, c028, c029, c030]
