"""Purchase orders, labels and date helpers for batch AK."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
BUYER_DOMAIN = "castellan-group.example"


def D(s: str, wd: str | None = None) -> str:
    """An ISO date; asserts its weekday when given."""
    d = dt.date.fromisoformat(s)
    if wd is not None:
        assert WD[d.weekday()] == wd, f"{s} is a {WD[d.weekday()]}, not {wd}"
    return s


def kw(year: int, week: int, day: int = 5) -> str:
    """ISO week -> date (default Friday)."""
    return dt.date.fromisocalendar(year, week, day).isoformat()


def plus_days(s: str, n: int) -> str:
    return (dt.date.fromisoformat(s) + dt.timedelta(days=n)).isoformat()


def next_md(mail_date: str, month: int, day: int) -> str:
    """A date without a year: the next such date on or after the mail's date."""
    m = dt.date.fromisoformat(mail_date[:10])
    cand = dt.date(m.year, month, day)
    if cand < m:
        cand = dt.date(m.year + 1, month, day)
    return cand.isoformat()


class Buyer:
    def __init__(self, name, first, title):
        self.name = name
        self.email = f"{name.lower().replace(' ', '.').replace('á', 'a')}@{BUYER_DOMAIN}"
        self.first = first
        self.title = title  # e.g. "Purchasing" line of the signature


BUYERS = {
    "anna": Buyer("Anna Weber", "Anna", "Einkauf"),
    "tomas": Buyer("Tomás Reilly", "Tomás", "Procurement"),
    "mira": Buyer("Mira Novak", "Mira", "Strategic Purchasing"),
    "jonas": Buyer("Jonas Lindqvist", "Jonas", "Purchasing"),
    "priya": Buyer("Priya Raman", "Priya", "Procurement - Healthcare"),
    "lukas": Buyer("Lukas Brenner", "Lukas", "Einkauf Technik"),
    "sofia": Buyer("Sofia Marchetti", "Sofia", "Purchasing"),
    "daniel": Buyer("Daniel Okafor", "Daniel", "Purchasing"),
    "claire": Buyer("Claire Dubois", "Claire", "Achats"),
}


class Supplier:
    def __init__(self, sid, name, email, locale):
        self.id, self.name, self.email, self.locale = sid, name, email, locale

    def json(self):
        return {"id": self.id, "name": self.name, "email": self.email, "locale": self.locale}


class Line:
    def __init__(self, n, item, desc, qty, uom, price, date):
        assert isinstance(qty, int) and qty > 0
        Decimal(price)
        dt.date.fromisoformat(date)
        self.n, self.item, self.desc, self.qty, self.uom, self.price, self.date = n, item, desc, qty, uom, price, date

    def json(self):
        return {"line": self.n, "item": self.item, "description": self.desc, "quantity": self.qty,
                "uom": self.uom, "unit_price": self.price, "requested_date": self.date}


class PO:
    def __init__(self, number, supplier, buyer, currency, issued, lines, sent=None, req_id=True,
                 req_style="table", req_lang="en", ship_to="facilities", req_subject=None, contact=None):
        self.number, self.supplier, self.buyer = number, supplier, BUYERS[buyer] if isinstance(buyer, str) else buyer
        self.currency, self.issued, self.lines = currency, issued, lines
        self.sent = sent or f"{issued} 10:15 +0100"
        self.req_id = f"<po-{number}.ack1@{BUYER_DOMAIN}>" if req_id is True else (req_id or None)
        self.req_style, self.req_lang, self.ship_to = req_style, req_lang, ship_to
        self.req_subject = req_subject
        self.contact = contact
        assert len({l.n for l in lines}) == len(lines)

    def line(self, n):
        for l in self.lines:
            if l.n == n:
                return l
        raise KeyError(n)

    def json(self):
        j = {"po_number": self.number, "supplier": self.supplier.json(),
             "buyer": {"name": self.buyer.name, "email": self.buyer.email},
             "currency": self.currency, "issued": self.issued}
        if self.req_id:
            j["request_message_id"] = self.req_id
        j["lines"] = [l.json() for l in self.lines]
        return j


# ---------------------------------------------------------------- labels

def _norm_price(p):
    p = str(p)
    Decimal(p)
    return p


def label(po: PO, specs: dict) -> dict:
    """specs: {line_no: "acc" | "rej" | "unc" | dict(q=, p=, d=, s=[(qty, date), ...])}"""
    assert set(specs) == {l.n for l in po.lines}, f"{po.number}: label every line {sorted(specs)}"
    out = {}
    for l in po.lines:
        sp = specs[l.n]
        if sp == "acc":
            out[str(l.n)] = {"status": "accepted", "quantity": l.qty, "unit_price": l.price, "date": l.date}
        elif sp == "rej":
            out[str(l.n)] = {"status": "rejected"}
        elif sp == "unc":
            out[str(l.n)] = {"status": "unconfirmed"}
        else:
            sched = sp.get("s")
            q = sp.get("q", sum(x[0] for x in sched) if sched else l.qty)
            d = sp.get("d", max(x[1] for x in sched) if sched else l.date)
            p = _norm_price(sp.get("p", l.price))
            lab = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
            if sched:
                assert len(sched) >= 2 and sum(x[0] for x in sched) == q and max(x[1] for x in sched) == d
                lab["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
            assert sched or q != l.qty or Decimal(p) != Decimal(l.price) or d != l.date, \
                f"{po.number} line {l.n}: changed label equals the PO"
            out[str(l.n)] = lab
    return {"po_number": po.number, "lines": out}


def confirmation(*pairs, notes: str) -> dict:
    return {"kind": "confirmation", "confirmations": [label(po, sp) for po, sp in pairs], "notes": notes}


def other(kind: str, notes: str) -> dict:
    assert kind in ("needs_review", "auto_reply", "bounce", "unrelated")
    return {"kind": kind, "notes": notes}


def money(v) -> str:
    """Decimal arithmetic helper: returns a normalised decimal string."""
    d = Decimal(v)
    return format(d.normalize(), "f") if d == d.to_integral() else format(d.normalize(), "f")
