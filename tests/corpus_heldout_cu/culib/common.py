"""PO builders, date helpers, the text of our own acknowledgment request and
expected-label helpers.  Standard library only."""

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from html import escape

BUYER_CO = "Corvan Industrial Sourcing GmbH"
BUYER_DOMAIN = "corvan-sourcing.example"
BUYER_ADDR = "Corvan Industrial Sourcing GmbH, Receiving Gate 3, Hafenstrasse 41, 21079 Hamburg, Germany"

BUYERS = {
    "dana": ("Dana Ruiz", "dana.ruiz@corvan-sourcing.example", "+49 40 5551 2230"),
    "mats": ("Mats Lindqvist", "mats.lindqvist@corvan-sourcing.example", "+49 40 5551 2234"),
    "aylin": ("Aylin Demir", "aylin.demir@corvan-sourcing.example", "+49 40 5551 2237"),
    "peter": ("Peter Hollis", "peter.hollis@corvan-sourcing.example", "+49 40 5551 2241"),
    "sofia": ("Sofia Marchetti", "sofia.marchetti@corvan-sourcing.example", "+49 40 5551 2245"),
}

TZ_BUYER = timezone(timedelta(hours=1))


def tz(hours, minutes=0):
    return timezone(timedelta(hours=hours, minutes=minutes))


def dt(s, tzinfo=TZ_BUYER):
    """'2026-11-19 09:14' -> aware datetime (default CET)."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tzinfo)


def d(s):
    return date.fromisoformat(s)


def iso_week_friday(year, week, weekday=5):
    return date.fromisocalendar(year, week, weekday).isoformat()


def sup(sid, name, email, locale, contact=None):
    s = {"id": sid, "name": name, "email": email, "locale": locale}
    if contact:
        s["_contact"] = contact
    return s


def L(n, item, desc, qty, uom, price, req):
    return {"line": n, "item": item, "description": desc, "quantity": qty,
            "uom": uom, "unit_price": price, "requested_date": req}


class PO:
    def __init__(self, number, supplier, buyer, currency, issued, lines,
                 sent=None, request=True, incoterm="DAP Hamburg"):
        self.number = str(number)
        self.supplier = supplier
        self.buyer_key = buyer
        self.buyer_name, self.buyer_email, self.buyer_phone = BUYERS[buyer]
        self.currency = currency
        self.issued = issued
        self.lines = lines
        self.sent = dt(sent) if isinstance(sent, str) else (sent or dt(issued + " 09:14"))
        self.incoterm = incoterm
        if request:
            h = hashlib.sha1(self.number.encode()).hexdigest()[:6]
            self.request_id = "<poack.%s.%s.%s@mail.%s>" % (
                self.number, self.sent.strftime("%Y%m%d%H%M"), h, BUYER_DOMAIN)
        else:
            self.request_id = None

    @property
    def subject(self):
        return "Purchase order %s - please confirm" % self.number

    def line(self, n):
        for l in self.lines:
            if l["line"] == n:
                return l
        raise KeyError(n)

    def json(self):
        s = {k: v for k, v in self.supplier.items() if not k.startswith("_")}
        out = {
            "po_number": self.number,
            "supplier": s,
            "buyer": {"name": self.buyer_name, "email": self.buyer_email},
            "currency": self.currency,
            "issued": self.issued,
        }
        if self.request_id:
            out["request_message_id"] = self.request_id
        out["lines"] = self.lines
        return out


def fmt_qty_plain(q):
    return str(q)


def request_text(po):
    """Plain-text body of our acknowledgment request (as the supplier received it)."""
    out = ["Dear Sir or Madam,", "",
           "please confirm our purchase order %s dated %s line by line" % (po.number, po.issued),
           "(quantity, unit price and delivery date) by replying to this e-mail.", ""]
    for l in po.lines:
        out.append("Line %d: %s - %s" % (l["line"], l["item"], l["description"]))
        out.append("        Qty %s %s | Unit price %s %s | Requested date %s" % (
            fmt_qty_plain(l["quantity"]), l["uom"], l["unit_price"], po.currency, l["requested_date"]))
    out += ["",
            "Delivery address: " + BUYER_ADDR,
            "Incoterms: %s | Payment: 30 days net" % po.incoterm,
            "",
            "Kind regards",
            "",
            po.buyer_name,
            "Purchasing",
            BUYER_CO,
            "Tel. " + po.buyer_phone]
    return "\n".join(out) + "\n"


def request_html(po):
    rows = []
    for l in po.lines:
        rows.append(
            "<tr><td>%d</td><td>%s</td><td>%s</td><td align=\"right\">%s</td><td>%s</td>"
            "<td align=\"right\">%s %s</td><td>%s</td></tr>" % (
                l["line"], escape(l["item"]), escape(l["description"]), l["quantity"], l["uom"],
                l["unit_price"], po.currency, l["requested_date"]))
    return (
        "<div><p>Dear Sir or Madam,</p>"
        "<p>please confirm our purchase order <b>%s</b> dated %s line by line "
        "(quantity, unit price and delivery date) by replying to this e-mail.</p>"
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-collapse:collapse;font-size:10pt\">"
        "<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th>"
        "<th>Unit price</th><th>Requested date</th></tr>%s</table>"
        "<p>Delivery address: %s<br>Incoterms: %s | Payment: 30 days net</p>"
        "<p>Kind regards<br><br>%s<br>Purchasing<br>%s<br>Tel. %s</p></div>" % (
            po.number, po.issued, "".join(rows), escape(BUYER_ADDR), escape(po.incoterm),
            escape(po.buyer_name), escape(BUYER_CO), po.buyer_phone))


# ---------------------------------------------------------------- dates in quote headers

EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember"]


def local(dtm, hours, minutes=0):
    return dtm.astimezone(tz(hours, minutes))


def en_outlook_sent(dtm):
    h12 = dtm.hour % 12 or 12
    return "%s, %s %d, %d %d:%02d %s" % (EN_DAYS[dtm.weekday()], EN_MONTHS[dtm.month - 1], dtm.day,
                                         dtm.year, h12, dtm.minute, "AM" if dtm.hour < 12 else "PM")


def en_gb_outlook_sent(dtm):
    return "%s, %d %s %d %02d:%02d" % (EN_DAYS[dtm.weekday()], dtm.day, EN_MONTHS[dtm.month - 1],
                                       dtm.year, dtm.hour, dtm.minute)


def de_outlook_sent(dtm):
    return "%s, %d. %s %d %02d:%02d" % (DE_DAYS[dtm.weekday()], dtm.day, DE_MONTHS[dtm.month - 1],
                                        dtm.year, dtm.hour, dtm.minute)


def en_gmail_attr(dtm, name, email):
    h12 = dtm.hour % 12 or 12
    return "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (
        EN_DAYS[dtm.weekday()][:3], EN_MONTHS[dtm.month - 1][:3], dtm.day, dtm.year, h12, dtm.minute,
        "AM" if dtm.hour < 12 else "PM", name, email)


# ---------------------------------------------------------------- expected labels

ACC = "ACCEPTED"
REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def C(q, p, dte, sched=None):
    out = {"status": "changed", "quantity": q, "unit_price": p, "date": dte}
    if sched:
        out["schedule"] = [{"quantity": sq, "date": sd} for sq, sd in sched]
    return out


def conf(po, lines):
    out = {}
    for l in po.lines:
        v = lines[l["line"]]
        if v == ACC:
            v = {"status": "accepted", "quantity": l["quantity"], "unit_price": l["unit_price"],
                 "date": l["requested_date"]}
        out[str(l["line"])] = v
    if set(lines) != {l["line"] for l in po.lines}:
        raise ValueError("labels for %s do not cover exactly the PO lines" % po.number)
    return {"po_number": po.number, "lines": out}


def expect_conf(notes, *confs):
    return {"kind": "confirmation", "confirmations": list(confs), "notes": notes}


def expect(kind, notes):
    assert kind in ("needs_review", "auto_reply", "bounce", "unrelated")
    return {"kind": kind, "notes": notes}


@dataclass
class Case:
    key: str
    slug: str
    kind: str
    locale: str
    hard: str
    pos: list
    eml: bytes
    expected: dict
    extra: dict = field(default_factory=dict)


def mkid(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]
