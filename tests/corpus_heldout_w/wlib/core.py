"""Purchase orders, outbound requests, expected labels and date helpers."""
from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal
from email.utils import format_datetime

WD = {"Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}


# ---------------------------------------------------------------- dates

def D(iso: str, wd: str | None = None) -> str:
    """An ISO date, optionally asserting the weekday the mail text names."""
    d = dt.date.fromisoformat(iso)
    if wd is not None:
        assert d.weekday() == WD[wd], f"{iso} is not a {wd}"
    return iso


def kw(year: int, week: int, day: str = "Fri") -> str:
    return dt.date.fromisocalendar(year, week, WD[day] + 1).isoformat()


def next_md(mail: "When", month: int, day: int) -> str:
    """A date without a year: the next such date on or after the mail's Date."""
    ref = mail.dt.date()
    d = dt.date(ref.year, month, day)
    if d < ref:
        d = dt.date(ref.year + 1, month, day)
    return d.isoformat()


def plus_days(iso: str, n: int) -> str:
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=n)).isoformat()


class When:
    """A moment with a zone; .hdr is the RFC 5322 Date value."""

    def __init__(self, y, mo, d, h, mi, s=0, tz="+0100"):
        sign = 1 if tz[0] == "+" else -1
        off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
        self.dt = dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone(off))
        self.hdr = format_datetime(self.dt)

    def date(self):
        return self.dt.date()

    def weekday(self):
        return self.dt.strftime("%a")

    def next_weekday(self, name: str, skip_this_week=False) -> str:
        """First given weekday strictly after the mail date."""
        d = self.dt.date() + dt.timedelta(days=1)
        while d.weekday() != WD[name]:
            d += dt.timedelta(days=1)
        return d.isoformat()


def h8(*parts) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


# ---------------------------------------------------------------- parties

class Sup:
    def __init__(self, id, name, email, locale, contact=None):
        self.id, self.name, self.email, self.locale, self.contact = id, name, email, locale, contact

    def json(self):
        return {"id": self.id, "name": self.name, "email": self.email, "locale": self.locale}

    @property
    def domain(self):
        return self.email.split("@")[1]


class Company:
    def __init__(self, name, domain, address, template):
        self.name, self.domain, self.address, self.template = name, domain, address, template


HARBOUR = Company("Harbourline Hospitality Group", "harbourline.example",
                  "Harbourline Central Kitchen & Stores, 4 Dockside Road, Portsmouth PO1 3DX, United Kingdom", "A")
BRIGHT = Company("Brightwell Construction GmbH", "brightwell-build.example",
                 "Brightwell Lager Süd, Industriestraße 18, 85356 Freising, Germany", "B")
CORVEL = Company("Corvel Health Supplies", "corvel-health.example",
                 "Corvel Health DC, Bergweg 40, 3542 DS Utrecht, Netherlands", "C")
TESSARO = Company("Tessaro Electronics S.r.l.", "tessaro.example",
                  "Tessaro Electronics, Via dell'Artigianato 12, 20871 Vimercate (MB), Italy", "D")
KVIKK = Company("Kvikk Retail AB", "kvikkretail.example",
                "Kvikk Retail Central Warehouse, Lagervägen 7, 553 03 Jönköping, Sweden", "E")
AERO = Company("Aerohandling Services Ltd", "aerohandling.example",
               "Aerohandling Services, Hangar 5 Cargo Area, Dublin Airport, K67 X2W4, Ireland", "A")
GREEN = Company("Greenacre Agri Supply", "greenacre-agri.example",
                "Greenacre Agri, Depot 2, Mühlenweg 3, 2130 Mistelbach, Austria", "B")


class Buyer:
    def __init__(self, name, local, company: Company, title="Purchasing"):
        self.name, self.company, self.title = name, company, title
        self.email = f"{local}@{company.domain}"

    def json(self):
        return {"name": self.name, "email": self.email}


# ---------------------------------------------------------------- PO

class Line:
    def __init__(self, n, item, desc, qty, uom, price, date):
        assert isinstance(qty, int) and qty > 0
        Decimal(price)
        dt.date.fromisoformat(date)
        self.n, self.item, self.desc, self.qty, self.uom, self.price, self.date = n, item, desc, qty, uom, price, date

    def json(self):
        return {"line": self.n, "item": self.item, "description": self.desc, "quantity": self.qty,
                "uom": self.uom, "unit_price": self.price, "requested_date": self.date}


def _fmt_date_long(iso):
    d = dt.date.fromisoformat(iso)
    return f"{d.day} {d.strftime('%b')} {d.year}"


class PO:
    def __init__(self, number, sup: Sup, buyer: Buyer, currency, issued: When, lines, request=True,
                 incoterm="DAP", payment="30 days net", req_seq=1, subject=None, greeting=None):
        self.number, self.sup, self.buyer, self.currency = number, sup, buyer, currency
        self.issued = issued
        self.lines = [Line(i + 1, *ln) for i, ln in enumerate(lines)]
        self.incoterm, self.payment = incoterm, payment
        self.has_request = request
        self.req_msgid = f"<po-{number.replace('/', '-')}.{req_seq}@mail.{buyer.company.domain}>"
        self.subject = subject or self._subject()
        self.greeting = greeting or (f"Dear {sup.contact.split()[0]}," if sup.contact else "Dear Sir or Madam,")

    def line(self, n) -> Line:
        return self.lines[n - 1]

    def json(self):
        d = {"po_number": self.number, "supplier": self.sup.json(), "buyer": self.buyer.json(),
             "currency": self.currency, "issued": self.issued.date().isoformat()}
        if self.has_request:
            d["request_message_id"] = self.req_msgid
        d["lines"] = [ln.json() for ln in self.lines]
        return d

    def _subject(self):
        t = self.buyer.company.template
        return {"A": f"Purchase order {self.number} - please confirm",
                "B": f"Bestellung / Purchase order {self.number}",
                "C": f"PO {self.number}: order acknowledgement requested",
                "D": f"Order {self.number} / confirmation request",
                "E": f"Purchase Order {self.number} from {self.buyer.company.name}"}[t]

    # the outbound request the agent sent, as the supplier's client quotes it
    def table(self, iso=False):
        rows = [("Line", "Item", "Description", "Qty", "UoM", "Unit price", "Delivery")]
        for ln in self.lines:
            rows.append((str(ln.n), ln.item, ln.desc, str(ln.qty), ln.uom,
                         f"{ln.price} {self.currency}", ln.date if iso else _fmt_date_long(ln.date)))
        w = [max(len(r[i]) for r in rows) for i in range(7)]
        return "\n".join("  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows)

    def request_body(self):
        t = self.buyer.company.template
        b, c = self.buyer, self.buyer.company
        iso = t in ("B", "D")
        intro = {
            "A": "Please confirm the purchase order below by return e-mail, stating quantity, unit price and delivery date for each line.",
            "B": "please find our purchase order below. Kindly confirm quantities, prices and delivery dates line by line.",
            "C": "We would be grateful if you could acknowledge the order below and confirm quantities, prices and delivery dates.",
            "D": "Please send your order confirmation for the order below (quantity, price and delivery date for every line).",
            "E": "Please confirm the purchase order below. We need quantities, unit prices and delivery dates for every line.",
        }[t]
        g = self.greeting if t != "B" else self.greeting.replace("Dear", "Hello")
        return (f"{g}\n\n{intro}\n\n"
                f"Purchase order: {self.number}\n"
                f"Order date: {_fmt_date_long(self.issued.date().isoformat())}\n"
                f"Currency: {self.currency}   Incoterms: {self.incoterm}   Payment: {self.payment}\n\n"
                f"{self.table(iso)}\n\n"
                f"Delivery address: {c.address}\n"
                f"Dates are requested delivery dates at our site.\n\n"
                f"Kind regards\n{b.name}\n{b.title}, {c.name}\n")

    @property
    def orig(self):
        return Orig(self.buyer.name, self.buyer.email, [(self.sup.contact, self.sup.email)], self.issued,
                    self.subject, self.request_body(), self.req_msgid)


class Orig:
    """A mail being replied to or forwarded."""

    def __init__(self, from_name, from_addr, to, when: When, subject, body, msgid=None, cc=None, html=None):
        self.from_name, self.from_addr, self.to, self.when = from_name, from_addr, to, when
        self.subject, self.body, self.msgid, self.cc, self.html = subject, body, msgid, cc or [], html


# ---------------------------------------------------------------- expected

A, R, U = "A", "R", "U"


def C(q=None, p=None, d=None, sched=None):
    return {"q": q, "p": p, "d": d, "sched": sched}


def line_label(ln: Line, spec):
    if spec == A:
        return {"status": "accepted", "quantity": ln.qty, "unit_price": ln.price, "date": ln.date}
    if spec == R:
        return {"status": "rejected"}
    if spec == U:
        return {"status": "unconfirmed"}
    q = spec["q"] if spec["q"] is not None else ln.qty
    p = spec["p"] if spec["p"] is not None else ln.price
    sched = spec["sched"]
    if sched:
        assert len(sched) >= 2
        sq = sum(x[0] for x in sched)
        if spec["q"] is None:
            q = sq
        assert sq == q, (ln.item, sq, q)
        dates = [x[1] for x in sched]
        assert dates == sorted(dates)
        d = spec["d"] or dates[-1]
        assert d == dates[-1]
    else:
        d = spec["d"] if spec["d"] is not None else ln.date
    Decimal(p)
    dt.date.fromisoformat(d)
    assert isinstance(q, int) and q > 0
    same = q == ln.qty and Decimal(p) == Decimal(ln.price) and d == ln.date
    assert not same or sched, f"{ln.item}: changed spec equals the PO"
    out = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
    if sched:
        out["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
    return out


def confirmation(po: PO, specs: dict):
    assert set(specs) == {ln.n for ln in po.lines}, f"{po.number}: label every line"
    return {"po_number": po.number, "lines": {str(n): line_label(po.line(n), s) for n, s in sorted(specs.items())}}


def per(price_for_n: str, n: int, places: int | None = None) -> str:
    """Price for a pack / per 100 / per dozen -> price per PO unit, as an exact decimal string."""
    v = Decimal(price_for_n) / Decimal(n)
    if places is not None:
        v = v.quantize(Decimal(1).scaleb(-places))
    s = format(v.normalize(), "f")
    if "." not in s:
        s += ".00"
    elif len(s.split(".")[1]) == 1:
        s += "0"
    return s


def times(price: str, n) -> str:
    v = Decimal(price) * Decimal(n)
    s = format(v.normalize(), "f")
    if "." not in s:
        s += ".00"
    elif len(s.split(".")[1]) == 1:
        s += "0"
    return s


class Case:
    def __init__(self, num, slug, kind, pos, mail, hard, notes, confs=None, locale=None):
        assert kind in ("confirmation", "needs_review", "auto_reply", "bounce", "unrelated")
        assert (kind == "confirmation") == bool(confs)
        self.num, self.slug, self.kind, self.pos, self.mail = num, slug, kind, pos, mail
        self.hard, self.notes, self.confs = hard, notes, confs
        self.locale = locale or pos[0].sup.locale

    @property
    def folder(self):
        return f"{self.num:03d}-{self.slug}"

    def expected(self):
        d = {"kind": self.kind}
        if self.confs:
            d["confirmations"] = self.confs
        d["notes"] = self.notes
        return d
