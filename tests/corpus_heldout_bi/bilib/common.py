"""Registry, PO model, date helpers and expected-label helpers for batch BI."""
from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal

REG = []  # (slug, "kind/locale", what makes it hard, builder)

BUYER_DOMAIN = "meridian-supply.example"
BUYER_ORG = "Meridian Supply Group"
BUYERS = {
    "hl": ("Hanna Lindqvist", "hanna.lindqvist@meridian-supply.example", "+44 113 496 0321"),
    "mb": ("Marco Bellandi", "marco.bellandi@meridian-supply.example", "+44 113 496 0347"),
    "ro": ("Ruth Osei", "ruth.osei@meridian-supply.example", "+44 113 496 0388"),
    "tf": ("Tomas Ferreira", "tomas.ferreira@meridian-supply.example", "+44 113 496 0312"),
    "ka": ("Keiko Arai", "keiko.arai@meridian-supply.example", "+44 113 496 0365"),
}


def case(slug, kind_locale, hard):
    def deco(fn):
        REG.append((slug, kind_locale, hard, fn))
        return fn
    return deco


class Ctx:
    """Per-case deterministic source of ids and boundaries."""

    def __init__(self, slug):
        self.slug = slug
        self.n = 0

    def hex(self, k=16, salt=""):
        self.n += 1
        h = hashlib.sha256(f"{self.slug}|{salt}|{self.n}".encode()).hexdigest()
        while len(h) < k:
            h += hashlib.sha256(h.encode()).hexdigest()
        return h[:k]

    def alnum(self, k=24):
        self.n += 1
        h = hashlib.sha256(f"{self.slug}|alnum|{self.n}".encode()).digest()
        abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        out = ""
        while len(out) < k:
            for b in h:
                out += abc[b % len(abc)]
            h = hashlib.sha256(h).digest()
        return out[:k]


# ---------------------------------------------------------------- POs

def PO(num, sup, currency, issued, lines, buyer="hl", req=True, req_n=1):
    """lines: tuples (item, description, qty, uom, unit_price, requested_date)."""
    bname, bmail, _ = BUYERS[buyer]
    po = {
        "po_number": num,
        "supplier": {"id": sup[0], "name": sup[1], "email": sup[2], "locale": sup[3]},
        "buyer": {"name": bname, "email": bmail},
        "currency": currency,
        "issued": issued,
    }
    if req:
        po["request_message_id"] = f"<po-{num.lower()}.{req_n}@{BUYER_DOMAIN}>"
    po["lines"] = [
        {"line": i + 1, "item": it, "description": de, "quantity": q, "uom": u,
         "unit_price": p, "requested_date": d}
        for i, (it, de, q, u, p, d) in enumerate(lines)
    ]
    return po


def buyer_of(po):
    for k, v in BUYERS.items():
        if v[1] == po["buyer"]["email"]:
            return v
    raise KeyError(po["buyer"]["email"])


# ---------------------------------------------------------------- dates

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def D(y, m, d, hh, mm, ss, tz):
    """RFC 5322 date string with the right weekday."""
    w = WD[dt.date(y, m, d).weekday()]
    return f"{w}, {d} {MON[m - 1]} {y} {hh:02d}:{mm:02d}:{ss:02d} {tz}"


def kw(week, day=5, year=2026):
    """ISO date of weekday `day` (1=Mon..7=Sun) of ISO week."""
    return dt.date.fromisocalendar(year, week, day).isoformat()


def iso(y, m, d):
    return dt.date(y, m, d).isoformat()


# ---------------------------------------------------------------- expected

A, R, U = "A", "R", "U"


def _norm_price(p):
    return str(p)


def conf(po, spec):
    """spec: {line: A | R | U | (qty|None, price|None, date|None[, schedule])}."""
    lines = {}
    for ln in po["lines"]:
        n = ln["line"]
        s = spec.get(n, U)
        if s == A:
            lines[str(n)] = {"status": "accepted", "quantity": ln["quantity"],
                             "unit_price": ln["unit_price"], "date": ln["requested_date"]}
        elif s == R:
            lines[str(n)] = {"status": "rejected"}
        elif s == U:
            lines[str(n)] = {"status": "unconfirmed"}
        else:
            q, p, d = s[:3]
            sched = s[3] if len(s) > 3 else None
            q = ln["quantity"] if q is None else q
            p = ln["unit_price"] if p is None else _norm_price(p)
            d = ln["requested_date"] if d is None else d
            same = (q == ln["quantity"] and Decimal(p) == Decimal(ln["unit_price"])
                    and d == ln["requested_date"])
            if same and not sched:
                lines[str(n)] = {"status": "accepted", "quantity": q,
                                 "unit_price": ln["unit_price"], "date": d}
            else:
                lab = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
                if sched:
                    lab["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
                    assert sum(a for a, _ in sched) == q, (po["po_number"], n)
                    assert max(b for _, b in sched) == d, (po["po_number"], n)
                lines[str(n)] = lab
    return {"po_number": po["po_number"], "lines": lines}


def exp_conf(notes, *confs):
    return {"kind": "confirmation", "confirmations": list(confs), "notes": notes}


def exp_kind(kind, notes):
    return {"kind": kind, "notes": notes}
