"""Generate tests/corpus_blind2/: 15 held-out supplier replies (labels per shared FORMAT.md).

Written without looking at the other corpora or their generators. Deterministic: fixed
Message-IDs, dates and MIME boundaries, so re-running rewrites identical files.
Run: python3 tests/corpus_blind2/make_blind2.py [OUTPUT-DIR]
"""

from __future__ import annotations

import sys
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # the repository root, for tests.mailkit
from tests.mailkit.cases import output_dir, remove_cases, write_case  # noqa: E402
from tests.mailkit.text import quote_lines  # noqa: E402

BUYER = {"name": "Marta Novak", "email": "marta.novak@northwind-mfg.example"}
OURS = "purchasing@northwind-mfg.example"


def po(number, sid, name, email, locale, currency, lines, request=True):
    out = {
        "po_number": number,
        "supplier": {"id": sid, "name": name, "email": email, "locale": locale},
        "buyer": BUYER,
        "currency": currency,
        "issued": "2026-11-16",
        "lines": [
            {
                "line": i,
                "item": item,
                "description": desc,
                "quantity": qty,
                "uom": uom,
                "unit_price": price,
                "requested_date": date,
            }
            for i, (item, desc, qty, uom, price, date) in enumerate(lines, 1)
        ],
    }
    if request:
        out["request_message_id"] = f"<po-{number}.1@northwind-mfg.example>"
    return out


def request_text(p):
    rows = [
        f"Purchase order {p['po_number']} - please confirm each line (quantity, price, date):",
        "",
    ]
    for ln in p["lines"]:
        rows.append(
            f"Line {ln['line']}: {ln['item']} {ln['description']}, {ln['quantity']} {ln['uom']}"
            f" @ {ln['unit_price']} {p['currency']}, need by {ln['requested_date']}"
        )
    rows += ["", "Thank you,", "Marta Novak", "Northwind Manufacturing - Purchasing"]
    return "\n".join(rows)


def quote_gt(text):
    return quote_lines("\n".join(text.splitlines()))


def accept(p):
    return {
        str(ln["line"]): {
            "status": "accepted",
            "quantity": ln["quantity"],
            "unit_price": ln["unit_price"],
            "date": ln["requested_date"],
        }
        for ln in p["lines"]
    }


def mail(n, p, sender, subject, body, date, html=None, extra=None, reply=True, to=OURS):
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = f"<blind2-{n:03d}@{sender.split('@')[1].rstrip('>')}>"
    if reply and p is not None and "request_message_id" in p:
        m["In-Reply-To"] = p["request_message_id"]
        m["References"] = p["request_message_id"]
    for k, v in (extra or {}).items():
        m[k] = v
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
        m.set_boundary(f"=_blind2_{n:03d}")
    return m


CASES = []


def case(slug, pos, message, expected):
    CASES.append((slug, pos, message, expected))


# ---------------------------------------------------------------- confirmations

p = po(
    "4500077001",
    "KESTREL",
    "Kestrel Fasteners Inc",
    "orders@kestrel-fast.example",
    "en-US",
    "USD",
    [
        ("KF-1120", "Hex bolt M10x40 zinc", 5000, "EA", "0.142", "2026-12-14"),
        ("KF-2204", "Nylock nut M10", 5000, "EA", "0.058", "2026-12-14"),
        ("KF-9001", "Flat washer 10mm", 10000, "EA", "0.011", "2026-12-14"),
    ],
)
body = (
    "Hi Marta,\n\nGood news - PO 4500077001 is confirmed, all three lines as ordered. "
    "Material is in stock and will be delivered on the 14th as you asked.\n\n"
    "Best regards,\nJim Okafor\nInside Sales | Kestrel Fasteners Inc\nPh 414-555-0198\n\n"
    "On Mon, Nov 16, 2026 at 9:02 AM Purchasing <purchasing@northwind-mfg.example> wrote:\n"
    + quote_gt(request_text(p))
    + "\n"
)
case(
    "001-accept-all-us",
    [p],
    mail(
        1,
        p,
        "Jim Okafor <jim.okafor@kestrel-fast.example>",
        "Re: PO 4500077001",
        body,
        "Mon, 23 Nov 2026 10:14:22 -0600",
    ),
    {
        "kind": "confirmation",
        "confirmations": [{"po_number": "4500077001", "lines": accept(p)}],
        "notes": "plain acceptance of all lines; 'on the 14th' restates the requested date; PO values only in the Gmail quote",
    },
)

p = po(
    "4500077002",
    "HAUSER",
    "Hauser Kunststofftechnik GmbH",
    "auftrag@hauser-kt.example",
    "de-DE",
    "EUR",
    [
        ("HK-330", "Gehäusedeckel PA6 schwarz", 1200, "EA", "3.85", "2026-12-11"),
        ("HK-331", "Gehäuseunterteil PA6 schwarz", 1200, "EA", "4.10", "2026-12-11"),
    ],
)
body = (
    "Sehr geehrte Frau Novak,\n\nvielen Dank für Ihre Bestellung 4500077002.\n\n"
    "Pos. 1 bestätigen wir wie bestellt.\n"
    "Pos. 2: Liefertermin verschiebt sich leider auf den 18.12.2026 (Werkzeugwartung), "
    "Menge und Preis unverändert.\n\n"
    "Mit freundlichen Grüßen\nSabine Krüger\nAuftragsabwicklung\n"
    "Hauser Kunststofftechnik GmbH · Amtsgericht Ulm HRB 71234\n\n"
    "Von: Purchasing <purchasing@northwind-mfg.example>\nGesendet: Montag, 16. November 2026 09:05\n"
    "An: auftrag@hauser-kt.example\nBetreff: PO 4500077002\n\n" + request_text(p) + "\n"
)
exp = accept(p)
exp["2"] = {"status": "changed", "quantity": 1200, "unit_price": "4.10", "date": "2026-12-18"}
case(
    "002-date-moved-de",
    [p],
    mail(
        2,
        p,
        "Sabine Krüger <s.krueger@hauser-kt.example>",
        "AW: PO 4500077002",
        body,
        "Tue, 24 Nov 2026 08:31:10 +0100",
    ),
    {
        "kind": "confirmation",
        "confirmations": [{"po_number": "4500077002", "lines": exp}],
        "notes": "German Outlook reply, unquoted 'Von:/Gesendet:' original below; line 2 date moved",
    },
)

p = po(
    "4500077003",
    "BRAMLEY",
    "Bramley Packaging Ltd",
    "sales@bramley-pack.example",
    "en-GB",
    "GBP",
    [
        ("BP-4410", "Corrugated shipper 400x300x300", 500, "EA", "1.27", "2026-12-09"),
    ],
)
body = (
    "Morning Marta,\n\nRe your order 4500077003 - we can only do 350 of the 500 boxes, "
    "board supply is tight. Price and delivery date stay as per your PO.\n\n"
    "Cheers,\nTom\n\n-----Original Message-----\nFrom: Purchasing <purchasing@northwind-mfg.example>\n"
    "Sent: 16 November 2026 09:07\nTo: sales@bramley-pack.example\nSubject: PO 4500077003\n\n"
    + request_text(p)
    + "\n"
)
case(
    "003-qty-short-gb",
    [p],
    mail(
        3,
        p,
        "Tom Ashby <tom@bramley-pack.example>",
        "RE: PO 4500077003",
        body,
        "Mon, 23 Nov 2026 09:12:00 +0000",
    ),
    {
        "kind": "confirmation",
        "confirmations": [
            {
                "po_number": "4500077003",
                "lines": {
                    "1": {
                        "status": "changed",
                        "quantity": 350,
                        "unit_price": "1.27",
                        "date": "2026-12-09",
                    }
                },
            }
        ],
        "notes": "'only do 350 of the 500': quantity short, price/date restated as per PO",
    },
)

p = po(
    "4500077004",
    "LUMIERE",
    "Lumière Composants SARL",
    "adv@lumiere-comp.example",
    "fr-FR",
    "EUR",
    [
        ("LC-775", "Connecteur étanche 4 voies", 800, "EA", "13.95", "2027-01-12"),
    ],
)
body = (
    "Bonjour Madame Novak,\n\nNous confirmons la commande 4500077004. Suite à la hausse des "
    "matières premières, le prix unitaire passe à 14,80 EUR au lieu de 13,95 EUR. "
    "Quantité inchangée, livraison le 12/01/2027 comme demandé.\n\n"
    "Cordialement,\nÉlodie Marchand\nAdministration des ventes\n\n"
    "Le lun. 16 nov. 2026 à 09:10, Purchasing <purchasing@northwind-mfg.example> a écrit :\n"
    + quote_gt(request_text(p))
    + "\n"
)
case(
    "004-price-up-fr",
    [p],
    mail(
        4,
        p,
        "Élodie Marchand <e.marchand@lumiere-comp.example>",
        "RE: PO 4500077004",
        body,
        "Mon, 23 Nov 2026 14:40:05 +0100",
    ),
    {
        "kind": "confirmation",
        "confirmations": [
            {
                "po_number": "4500077004",
                "lines": {
                    "1": {
                        "status": "changed",
                        "quantity": 800,
                        "unit_price": "14.80",
                        "date": "2027-01-12",
                    }
                },
            }
        ],
        "notes": "French, decimal comma, new price with the old one named 'au lieu de'",
    },
)

p = po(
    "4500077005",
    "DELTAFLOW",
    "Deltaflow Hydraulics LLC",
    "cs@deltaflow.example",
    "en-US",
    "USD",
    [
        ("DF-H12", "Hydraulic hose assy 1/2in x 36in", 600, "EA", "18.40", "2026-12-11"),
        ("DF-F08", "JIC fitting 1/2in", 600, "EA", "2.95", "2026-12-11"),
    ],
)
body = (
    "Marta -\n\nLine 1: we'll ship 400 pcs on 12/4 and the remaining 200 pcs on 12/18.\n"
    "Line 2: OK as ordered.\n\nPricing confirmed.\n\nRegards,\nKevin Li | Deltaflow Hydraulics\n\n"
    "On Nov 16, 2026, at 9:12 AM, Purchasing <purchasing@northwind-mfg.example> wrote:\n\n"
    + quote_gt(request_text(p))
    + "\n"
)
exp = accept(p)
exp["1"] = {
    "status": "changed",
    "quantity": 600,
    "unit_price": "18.40",
    "date": "2026-12-18",
    "schedule": [{"quantity": 400, "date": "2026-12-04"}, {"quantity": 200, "date": "2026-12-18"}],
}
case(
    "005-split-ship-us",
    [p],
    mail(
        5,
        p,
        "Kevin Li <kli@deltaflow.example>",
        "Re: PO 4500077005",
        body,
        "Mon, 23 Nov 2026 16:02:44 -0500",
    ),
    {
        "kind": "confirmation",
        "confirmations": [{"po_number": "4500077005", "lines": exp}],
        "notes": "split shipment with month-first dates without year; last ship date is the line's date",
    },
)

p = po(
    "4500077006",
    "ORCHID",
    "Orchid Electronics Pte Ltd",
    "oa@orchid-elec.example",
    "en-GB",
    "USD",
    [
        ("OE-CAP-10U", "Capacitor 10uF 50V 0805", 20000, "EA", "0.021", "2026-12-16"),
        ("OE-REG-LM2", "Voltage regulator LM2940-5", 1500, "EA", "0.88", "2026-12-16"),
        ("OE-RES-1K", "Resistor 1k 0603 1%", 50000, "EA", "0.0018", "2026-12-16"),
    ],
)
html = (
    "<html><body><p>Dear Marta,</p><p>Please see our acknowledgement for PO 4500077006:</p>"
    "<table border='1'><tr><th>Line</th><th>Part</th><th>Status</th></tr>"
    "<tr><td>1</td><td>OE-CAP-10U</td><td>Confirmed as ordered</td></tr>"
    "<tr><td>2</td><td>OE-REG-LM2</td><td>Cannot supply - end of life, no stock</td></tr>"
    "<tr><td>3</td><td>OE-RES-1K</td><td>Confirmed as ordered</td></tr></table>"
    "<p>Kind regards,<br>Priya Raman<br>Orchid Electronics</p></body></html>"
)
text = (
    "Dear Marta,\n\nPlease see our acknowledgement for PO 4500077006:\n\n"
    "Line 1  OE-CAP-10U  Confirmed as ordered\n"
    "Line 2  OE-REG-LM2  Cannot supply - end of life, no stock\n"
    "Line 3  OE-RES-1K   Confirmed as ordered\n\nKind regards,\nPriya Raman\nOrchid Electronics\n"
)
exp = accept(p)
exp["2"] = {"status": "rejected"}
case(
    "006-line-eol-rejected",
    [p],
    mail(
        6,
        p,
        "Priya Raman <priya@orchid-elec.example>",
        "Re: PO 4500077006",
        text,
        "Tue, 24 Nov 2026 11:20:00 +0800",
        html=html,
    ),
    {
        "kind": "confirmation",
        "confirmations": [{"po_number": "4500077006", "lines": exp}],
        "notes": "HTML table plus text part; line 2 end of life rejected, others accepted",
    },
)

p = po(
    "4500077007",
    "PINECREST",
    "Pinecrest Machining Co",
    "orders@pinecrest-mach.example",
    "en-US",
    "USD",
    [
        ("PM-SH-22", "Drive shaft 22mm 4140", 200, "EA", "4.25", "2026-12-10"),
        ("PM-BR-07", "Mounting bracket 7075", 50, "EA", "19.00", "2026-12-10"),
    ],
)
q = request_text(p).splitlines()
body = (
    "See my answers below.\n\nRob\n\n-----Original Message-----\n"
    "From: Purchasing <purchasing@northwind-mfg.example>\nSent: Monday, November 16, 2026 9:15 AM\n"
    "Subject: PO 4500077007\n\n"
    f"> {q[0]}\n>\n> {q[2]}\nOK\n> {q[3]}\ncan do 12/17, not sooner - price ok\n>\n> Thank you,\n> Marta Novak\n"
)
exp = accept(p)
exp["2"] = {"status": "changed", "quantity": 50, "unit_price": "19.00", "date": "2026-12-17"}
case(
    "007-inline-answers",
    [p],
    mail(
        7,
        p,
        "Rob Daniels <rob@pinecrest-mach.example>",
        "RE: PO 4500077007",
        body,
        "Wed, 25 Nov 2026 07:45:12 -0500",
    ),
    {
        "kind": "confirmation",
        "confirmations": [{"po_number": "4500077007", "lines": exp}],
        "notes": "inline answers under quoted lines; line 2 later date month-first without year",
    },
)

p = po(
    "4500077008",
    "WEBER",
    "Weber Antriebstechnik AG",
    "vertrieb@weber-at.example",
    "de-DE",
    "EUR",
    [
        ("WA-GM90", "Getriebemotor 0,75 kW i=20", 12, "EA", "486.00", "2026-12-18"),
    ],
)
body = (
    "Hallo Frau Novak,\n\nAuftrag 4500077008 bestätigt: 12 Stück zu 486,00 EUR, "
    "Liefertermin jedoch KW 2/2027 statt KW 51.\n\nGruß\nJ. Brandt\n\n"
    "Am 16.11.2026 um 09:20 schrieb Purchasing <purchasing@northwind-mfg.example>:\n"
    + quote_gt(request_text(p))
    + "\n"
)
case(
    "008-kw-next-year-de",
    [p],
    mail(
        8,
        p,
        "Jonas Brandt <j.brandt@weber-at.example>",
        "AW: PO 4500077008",
        body,
        "Mon, 23 Nov 2026 13:05:00 +0100",
    ),
    {
        "kind": "confirmation",
        "confirmations": [
            {
                "po_number": "4500077008",
                "lines": {
                    "1": {
                        "status": "changed",
                        "quantity": 12,
                        "unit_price": "486.00",
                        "date": "2027-01-15",
                    }
                },
            }
        ],
        "notes": "KW 2/2027 = Friday 2027-01-15; 'statt KW 51' names the old week (must not be read)",
    },
)

p1 = po(
    "4500077009",
    "SOLANA",
    "Aceros Solana S.A.",
    "pedidos@aceros-solana.example",
    "es-ES",
    "EUR",
    [
        ("AS-PL-6", "Chapa acero S355 6mm", 40, "EA", "212.00", "2026-12-15"),
    ],
)
p2 = po(
    "4500077010",
    "SOLANA",
    "Aceros Solana S.A.",
    "pedidos@aceros-solana.example",
    "es-ES",
    "EUR",
    [
        ("AS-PL-10", "Chapa acero S355 10mm", 25, "EA", "348.00", "2027-01-08"),
    ],
)
body = (
    "Estimada Marta:\n\nLe confirmamos el pedido 4500077009 tal cual: 40 chapas, entrega el "
    "15/12/2026.\n\nUn saludo,\nLucía Ferrer\nAceros Solana S.A.\n\n"
    "El lun, 16 nov 2026 a las 9:25, Purchasing (<purchasing@northwind-mfg.example>) escribió:\n"
    + quote_gt(request_text(p1))
    + "\n"
)
case(
    "009-two-open-one-answered-es",
    [p1, p2],
    mail(
        9,
        p1,
        "Lucía Ferrer <lferrer@aceros-solana.example>",
        "RE: Pedido 4500077009",
        body,
        "Mon, 23 Nov 2026 12:00:00 +0100",
    ),
    {
        "kind": "confirmation",
        "confirmations": [{"po_number": "4500077009", "lines": accept(p1)}],
        "notes": "Spanish; two open POs from the supplier, only one answered, the other left out",
    },
)

# ---------------------------------------------------------------- non-commitments

p = po(
    "4500077011",
    "KESTREL",
    "Kestrel Fasteners Inc",
    "orders@kestrel-fast.example",
    "en-US",
    "USD",
    [
        ("KF-3300", "Socket cap screw M8x25", 3000, "EA", "0.096", "2026-12-07"),
    ],
)
body = (
    "Hi Marta,\n\nLooks doable on our end - qty and price look right to me. The 12/7 date "
    "I want to run past the plant before I put it in writing, they're juggling a big "
    "automotive release. I'll circle back Wednesday.\n\nJim\n\n"
    "On Mon, Nov 16, 2026 at 9:30 AM Purchasing <purchasing@northwind-mfg.example> wrote:\n"
    + quote_gt(request_text(p))
    + "\n"
)
case(
    "010-looks-doable-hedged",
    [p],
    mail(
        10,
        p,
        "Jim Okafor <jim.okafor@kestrel-fast.example>",
        "Re: PO 4500077011",
        body,
        "Mon, 23 Nov 2026 15:30:00 -0600",
    ),
    {
        "kind": "needs_review",
        "notes": "'looks doable', 'look right to me', date to be checked: no commitment yet",
    },
)

p = po(
    "4500077012",
    "ORCHID",
    "Orchid Electronics Pte Ltd",
    "oa@orchid-elec.example",
    "en-GB",
    "USD",
    [
        ("OE-MCU-32", "Microcontroller STM32G0 LQFP48", 2500, "EA", "1.64", "2027-01-20"),
    ],
)
body = (
    "Dear Marta,\n\nWe are able to confirm 4500077012 at 1.64 USD for 20/01/2027 delivery "
    "subject to receipt of 30% prepayment. Upon receipt of the payment we will issue our "
    "formal order acknowledgement; until then the order remains on hold.\n\n"
    "Kind regards,\nPriya Raman\nOrchid Electronics\n"
)
case(
    "011-subject-to-prepayment",
    [p],
    mail(
        11,
        p,
        "Priya Raman <priya@orchid-elec.example>",
        "Re: PO 4500077012",
        body,
        "Tue, 24 Nov 2026 10:00:00 +0800",
    ),
    {
        "kind": "needs_review",
        "notes": "'able to confirm ... subject to receipt of 30% prepayment', order on hold: conditional",
    },
)

p = po(
    "4500077013",
    "BRAMLEY",
    "Bramley Packaging Ltd",
    "sales@bramley-pack.example",
    "en-GB",
    "GBP",
    [
        ("BP-5520", "Pallet wrap 500mm x 300m", 120, "RL", "9.80", "2026-12-04"),
    ],
)
body = (
    "Hi Marta,\n\nGot it, thanks - 4500077013 is in the queue. Planning meet on Thursday, "
    "you'll have the proper OA with confirmed dates straight after. All being well the 4th "
    "shouldn't be a problem.\n\nTom\n"
)
case(
    "012-in-the-queue",
    [p],
    mail(
        12,
        p,
        "Tom Ashby <tom@bramley-pack.example>",
        "RE: PO 4500077013",
        body,
        "Mon, 23 Nov 2026 11:48:00 +0000",
    ),
    {
        "kind": "needs_review",
        "notes": "receipt plus a promise of a later OA; 'all being well ... shouldn't be a problem' hedged",
    },
)

p = po(
    "4500077014",
    "PINECREST",
    "Pinecrest Machining Co",
    "orders@pinecrest-mach.example",
    "en-US",
    "USD",
    [
        ("PM-PL-40", "Base plate 6061 40mm", 30, "EA", "88.00", "2026-12-21"),
    ],
)
body = (
    "Marta,\n\nConfirmed - PO 4500069980 (the October shafts) shipped today, 120 pcs, "
    "tracking 1Z999AA10123456784. Your new order 4500077014 I haven't looked at yet, "
    "will get to it after the holiday.\n\nRob\n"
)
case(
    "013-confirms-other-order",
    [p],
    mail(
        13,
        p,
        "Rob Daniels <rob@pinecrest-mach.example>",
        "RE: PO 4500077014",
        body,
        "Wed, 25 Nov 2026 16:10:00 -0500",
    ),
    {
        "kind": "needs_review",
        "notes": "'Confirmed' is about another (old) PO's shipment; the open PO is not looked at yet",
    },
)

p = po(
    "4500077015",
    "DELTAFLOW",
    "Deltaflow Hydraulics LLC",
    "cs@deltaflow.example",
    "en-US",
    "USD",
    [
        ("DF-C20", "Hydraulic cylinder 2in bore 8in stroke", 16, "EA", "142.00", "2026-12-18"),
    ],
)
body = (
    "Hello,\n\nThank you for contacting Deltaflow Customer Service.\n\n"
    "Your request has been received and is being reviewed by our staff. Ticket #DF-448213 "
    '("PO 4500077015") has been created. A representative will respond within 1 business day.\n\n'
    "To add information to this request, reply to this email and keep the ticket number in the subject.\n\n"
    "Deltaflow Hydraulics LLC Support\n"
)
case(
    "014-helpdesk-ticket",
    [p],
    mail(
        14,
        p,
        "Deltaflow Support <support@deltaflow.example>",
        "[Ticket #DF-448213] Re: PO 4500077015",
        body,
        "Mon, 23 Nov 2026 09:00:04 -0500",
        extra={"Auto-Submitted": "auto-generated", "X-Mailer": "Zendesk Mailer"},
    ),
    {"kind": "auto_reply", "notes": "helpdesk auto-acknowledgement of a ticket, no commitment"},
)

p = po(
    "4500077016",
    "HAUSER",
    "Hauser Kunststofftechnik GmbH",
    "auftrag@hauser-kt.example",
    "de-DE",
    "EUR",
    [
        ("HK-410", "Clip PA66 natur", 20000, "EA", "0.076", "2026-12-16"),
    ],
)
body = (
    "Hallo Frau Novak,\n\nbestätige gern unser Angebot Q-2291 für die zusätzlichen 5.000 Clips "
    "zu 0,071 EUR, gültig bis 31.12.2026. Wenn Sie die Menge zur Bestellung 4500077016 "
    "hinzufügen möchten, senden Sie uns bitte eine geänderte Bestellung.\n\n"
    "Zur Bestellung selbst melden wir uns separat.\n\nMit freundlichen Grüßen\nSabine Krüger\n"
)
case(
    "015-confirms-quote-not-order-de",
    [p],
    mail(
        15,
        p,
        "Sabine Krüger <s.krueger@hauser-kt.example>",
        "AW: PO 4500077016",
        body,
        "Tue, 24 Nov 2026 09:40:00 +0100",
    ),
    {
        "kind": "needs_review",
        "notes": "'bestätige ... unser Angebot' confirms a quote for extra quantity, not the PO; order answer later",
    },
)


def main() -> None:
    out = output_dir(HERE)
    remove_cases(out, keep=[slug for slug, *_ in CASES])
    for slug, pos, message, expected in CASES:
        write_case(out / slug, pos, expected, message.as_bytes(policy=SMTP))


if __name__ == "__main__":
    main()
