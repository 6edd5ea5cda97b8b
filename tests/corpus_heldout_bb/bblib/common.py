"""Registry, purchase-order model, buyers, formatting helpers, label helpers."""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from decimal import Decimal

# (slug, "kind/locale", "what makes it hard", builder)
REG: list = []


def case(slug, kind_locale, hard):
    def deco(fn):
        REG.append((slug, kind_locale, hard, fn))
        return fn
    return deco


def sha(s: str, n: int = 16) -> str:
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:n]


class Ctx:
    """Per-case context: deterministic pseudo-random ids derived from the slug."""

    def __init__(self, slug: str):
        self.slug = slug

    def hex(self, tag: str, n: int = 16, upper=False) -> str:
        v = hashlib.sha256(f"{self.slug}|{tag}".encode()).hexdigest()
        while len(v) < n:
            v += hashlib.sha256(v.encode()).hexdigest()
        v = v[:n]
        return v.upper() if upper else v

    def uuid(self, tag: str) -> str:
        x = self.hex(tag, 32, upper=True)
        return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"

    def num(self, tag: str, lo: int, hi: int) -> int:
        return lo + int(self.hex(tag, 8), 16) % (hi - lo + 1)


def tz(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(minutes=int(round(hours * 60))))


def at(date: str, hm: str, tzh: float, sec: int = 0) -> dt.datetime:
    y, m, d = map(int, date.split("-"))
    hh, mm = map(int, hm.split(":"))
    return dt.datetime(y, m, d, hh, mm, sec, tzinfo=tz(tzh))


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def kw_friday(year: int, week: int) -> str:
    return dt.date.fromisocalendar(year, week, 5).isoformat()


# ---------------------------------------------------------------- buyers
@dataclass
class Buyer:
    key: str
    name: str
    email: str
    company: str
    tzh: float
    date_style: str          # how our request prints dates
    title: str
    phone: str
    address: str
    delivery: str
    subject_tpl: str
    first: str = ""

    @property
    def domain(self):
        return self.email.split("@", 1)[1]

    def fmt_date(self, iso: str) -> str:
        d = D(iso)
        if self.date_style == "dmy.":
            return d.strftime("%d.%m.%Y")
        if self.date_style == "dmy/":
            return d.strftime("%d/%m/%Y")
        if self.date_style == "mdy/":
            return d.strftime("%m/%d/%Y")
        if self.date_style == "d-mon-y":
            return d.strftime("%d-%b-%Y")
        return d.isoformat()

    def signature(self) -> str:
        return f"{self.name}\n{self.title} | {self.company}\n{self.address}\nPhone {self.phone}"


NH = Buyer("NH", "Lena Fischer", "lena.fischer@nordhafen-supply.example", "Nordhafen Supply GmbH", 1,
           "dmy.", "Strategic Purchasing", "+49 40 5550 1234", "Am Kaiserkai 41, 20457 Hamburg, Germany",
           "Nordhafen Supply GmbH, Wareneingang Tor 3, Am Kaiserkai 41, 20457 Hamburg, Germany",
           "Order confirmation request PO {po}", "Lena")
BM = Buyer("BM", "Tom Ashworth", "tom.ashworth@brightmoor.example", "Brightmoor Procurement Ltd", 0,
           "dmy/", "Senior Buyer", "+44 113 496 0721", "Unit 7, Airedale Park, Leeds LS10 1AB, United Kingdom",
           "Brightmoor Procurement Ltd, Goods In, Unit 7, Airedale Park, Leeds LS10 1AB, UK",
           "Please confirm PO {po}", "Tom")
LC = Buyer("LC", "Priya Raman", "priya.raman@lumencrest.example", "Lumencrest Inc.", -5,
           "mdy/", "Procurement Specialist", "+1 614 555 0148", "2200 Polaris Pkwy, Columbus, OH 43240, USA",
           "Lumencrest Inc., Receiving Dock 2, 2200 Polaris Pkwy, Columbus, OH 43240, USA",
           "PO {po} - order acknowledgment requested", "Priya")
VM = Buyer("VM", "Jonas Verbeek", "jonas.verbeek@vandermeer-groep.example", "Van der Meer Groep B.V.", 1,
           "iso", "Inkoper / Buyer", "+31 30 555 8120", "Ravenswade 54, 3439 LD Nieuwegein, Netherlands",
           "Van der Meer Groep B.V., Magazijn, Ravenswade 54, 3439 LD Nieuwegein, Netherlands",
           "Request for order confirmation - PO {po}", "Jonas")
KN = Buyer("KN", "Sofia Lund", "sofia.lund@kestrelnordic.example", "Kestrel Nordic AB", 1,
           "iso", "Purchasing Manager", "+46 40 555 3370", "Stora Varvsgatan 6, 211 19 Malmo, Sweden",
           "Kestrel Nordic AB, Lager, Stora Varvsgatan 6, 211 19 Malmo, Sweden",
           "Order acknowledgement PO {po}", "Sofia")
IN = Buyer("IN", "Arjun Mehta", "arjun.mehta@saarthi-trading.example", "Saarthi Trading Pvt Ltd", 5.5,
           "d-mon-y", "Category Buyer", "+91 22 5555 0193", "Unit 12, Kamala Mills, Lower Parel, Mumbai 400013, India",
           "Saarthi Trading Pvt Ltd, DC Bhiwandi, Gala 4, Rahnal Village, Bhiwandi 421302, India",
           "PO {po} - kindly confirm", "Arjun")


# ---------------------------------------------------------------- POs
@dataclass
class Supplier:
    id: str
    name: str
    email: str
    locale: str
    contact: str = ""        # salutation name used in our request

    @property
    def domain(self):
        return self.email.split("@", 1)[1]

    def addr(self, local):
        return f"{local}@{self.domain}"


@dataclass
class Line:
    line: int
    item: str
    description: str
    quantity: int
    uom: str
    unit_price: str
    requested_date: str


@dataclass
class PO:
    po_number: str
    supplier: Supplier
    buyer: Buyer
    currency: str
    issued: str
    lines: list
    with_request: bool = True
    req_time: str = "09:14"
    req_date: str = ""       # defaults to issued

    def __post_init__(self):
        for ln in self.lines:
            assert Decimal(ln.unit_price) > 0
            D(ln.requested_date)

    @property
    def req_id(self):
        if not self.with_request:
            return None
        safe = re.sub(r"[^A-Za-z0-9.-]", "-", self.po_number)
        return f"<po-{safe}.1@{self.buyer.domain}>"

    @property
    def req_subject(self):
        return self.buyer.subject_tpl.format(po=self.po_number)

    @property
    def req_dt(self):
        return at(self.req_date or self.issued, self.req_time, self.buyer.tzh, 3)

    def line_(self, n):
        for ln in self.lines:
            if ln.line == n:
                return ln
        raise KeyError(n)

    def to_json(self):
        d = {
            "po_number": self.po_number,
            "supplier": {"id": self.supplier.id, "name": self.supplier.name,
                         "email": self.supplier.email, "locale": self.supplier.locale},
            "buyer": {"name": self.buyer.name, "email": self.buyer.email},
            "currency": self.currency,
            "issued": self.issued,
        }
        if self.req_id:
            d["request_message_id"] = self.req_id
        d["lines"] = [{"line": l.line, "item": l.item, "description": l.description,
                       "quantity": l.quantity, "uom": l.uom, "unit_price": l.unit_price,
                       "requested_date": l.requested_date} for l in self.lines]
        return d


def L(n, item, desc, qty, uom, price, date):
    return Line(n, item, desc, qty, uom, price, date)


# ---------------------------------------------------------------- labels
ACC = "ACC"
REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def chg(qty, price, date, schedule=None):
    d = {"status": "changed", "quantity": qty, "unit_price": str(price), "date": date}
    if schedule:
        d["schedule"] = [{"quantity": q, "date": s} for q, s in schedule]
        assert sum(q for q, _ in schedule) == qty, (schedule, qty)
        assert max(s for _, s in schedule) == date
    return d


def conf_entry(po: PO, labels: dict):
    out = {}
    for ln in po.lines:
        lab = labels.get(ln.line, UNC)
        if lab == ACC:
            lab = {"status": "accepted", "quantity": ln.quantity, "unit_price": ln.unit_price,
                   "date": ln.requested_date}
        elif lab.get("status") == "changed":
            same = (lab["quantity"] == ln.quantity and Decimal(lab["unit_price"]) == Decimal(ln.unit_price)
                    and lab["date"] == ln.requested_date)
            assert not same or "schedule" in lab, (po.po_number, ln.line, "changed equals PO")
        out[str(ln.line)] = dict(lab)
    return {"po_number": po.po_number, "lines": out}


def expected(kind, notes, *confs):
    e = {"kind": kind}
    if kind == "confirmation":
        e["confirmations"] = [conf_entry(po, labels) for po, labels in confs]
    else:
        assert not confs
    e["notes"] = notes
    return e


# ---------------------------------------------------------------- numbers
def fmt_num(value, dec=2, group=",", point=".", lakh=False):
    q = Decimal(str(value)).quantize(Decimal(1).scaleb(-dec)) if dec else Decimal(str(value)).quantize(Decimal(1))
    neg = q < 0
    q = abs(q)
    s = f"{q:f}"
    ip, _, fp = s.partition(".")
    if group:
        if lakh and len(ip) > 3:
            head, tail = ip[:-3], ip[-3:]
            parts = []
            while len(head) > 2:
                parts.insert(0, head[-2:])
                head = head[:-2]
            if head:
                parts.insert(0, head)
            ip = group.join(parts + [tail])
        else:
            parts = []
            while len(ip) > 3:
                parts.insert(0, ip[-3:])
                ip = ip[:-3]
            parts.insert(0, ip)
            ip = group.join(parts)
    out = ip + (point + fp if dec else "")
    return ("-" if neg else "") + out


def de(v, dec=2):
    return fmt_num(v, dec, ".", ",")


def fr(v, dec=2, sep="\u202f"):
    return fmt_num(v, dec, sep, ",")


def en(v, dec=2):
    return fmt_num(v, dec, ",", ".")


def dmy(iso, sep="."):
    d = D(iso)
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def mdy(iso, sep="/", yy=False):
    d = D(iso)
    y = d.year % 100 if yy else d.year
    return f"{d.month:02d}{sep}{d.day:02d}{sep}{y:02d}" if yy else f"{d.month:02d}{sep}{d.day:02d}{sep}{y}"
