"""PO builders, label helpers and date arithmetic with built-in assertions."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal, ROUND_HALF_UP

BUYER_DOMAIN = "halden-group.example"
BUYERS = {
    "mara": ("Mara Lindqvist", "mara.lindqvist@halden-group.example"),
    "jonas": ("Jonas Petrak", "jonas.petrak@halden-group.example"),
    "amelie": ("Amélie Durand", "amelie.durand@halden-group.example"),
    "kofi": ("Kofi Mensah", "kofi.mensah@halden-group.example"),
    "sofia": ("Sofia Brandt", "sofia.brandt@halden-group.example"),
    "tomas": ("Tomás Ortega", "tomas.ortega@halden-group.example"),
    "priya": ("Priya Raman", "priya.raman@halden-group.example"),
}
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def wd(d, name: str) -> dt.date:
    """Assert the weekday of an ISO date string / date and return it as a date."""
    if isinstance(d, str):
        d = D(d)
    assert WD[d.weekday()] == name, f"{d} is a {WD[d.weekday()]}, not {name}"
    return d


def week_day(year: int, week: int, day: int = 5) -> dt.date:
    """ISO week -> date; default Friday (reading rule for 'KW 51')."""
    return dt.date.fromisocalendar(year, week, day)


def next_on_or_after(mail_date: dt.date, month: int, day: int) -> dt.date:
    d = dt.date(mail_date.year, month, day)
    if d < mail_date:
        d = dt.date(mail_date.year + 1, month, day)
    return d


def req_id(po_number: str, stamp: str) -> str:
    return f"<ackreq.{po_number}.{stamp}@{BUYER_DOMAIN}>"


def po(number, supplier, buyer, issued, lines, currency="EUR", request=True, stamp=None):
    """supplier: (id, name, email, locale); lines: (item, description, qty, uom, price, date)."""
    b = BUYERS[buyer]
    out = {
        "po_number": number,
        "supplier": {"id": supplier[0], "name": supplier[1], "email": supplier[2], "locale": supplier[3]},
        "buyer": {"name": b[0], "email": b[1]},
        "currency": currency,
        "issued": issued,
    }
    if request:
        out["request_message_id"] = req_id(number, stamp or issued.replace("-", "") + "T0815")
    out["lines"] = []
    for i, (item, desc, qty, uom, price, date) in enumerate(lines, start=1):
        Decimal(price)
        D(date)
        out["lines"].append({"line": i, "item": item, "description": desc, "quantity": qty, "uom": uom,
                             "unit_price": price, "requested_date": date})
    return out


def line(p, n):
    for ln in p["lines"]:
        if ln["line"] == n:
            return ln
    raise KeyError(n)


def acc(p, n):
    ln = line(p, n)
    return {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
            "date": ln["requested_date"]}


def chg(p, n, qty=None, price=None, date=None, schedule=None):
    ln = line(p, n)
    q = ln["quantity"] if qty is None else qty
    pr = ln["unit_price"] if price is None else str(price)
    if isinstance(date, dt.date):
        date = date.isoformat()
    d = ln["requested_date"] if date is None else date
    out = {"status": "changed", "quantity": q, "unit_price": pr, "date": d}
    if schedule:
        sch = [{"quantity": a, "date": (b.isoformat() if isinstance(b, dt.date) else b)} for a, b in schedule]
        assert sum(s["quantity"] for s in sch) == q, (n, sch, q)
        assert max(s["date"] for s in sch) == d, (n, sch, d)
        out["schedule"] = sch
    else:
        assert not (q == ln["quantity"] and Decimal(pr) == Decimal(ln["unit_price"]) and d == ln["requested_date"]), \
            f"line {n}: changed but identical"
    return out


def rej():
    return {"status": "rejected"}


def unc():
    return {"status": "unconfirmed"}


def conf(*entries, notes):
    """entries: (po, {n: label}) pairs; asserts every line is listed."""
    cs = []
    for p, labels in entries:
        assert sorted(labels) == [ln["line"] for ln in p["lines"]], (p["po_number"], sorted(labels))
        cs.append({"po_number": p["po_number"], "lines": {str(k): v for k, v in sorted(labels.items())}})
    return {"kind": "confirmation", "confirmations": cs, "notes": notes}


def other(kind, notes):
    assert kind in ("needs_review", "auto_reply", "bounce", "unrelated")
    return {"kind": kind, "notes": notes}


def money(x, places="0.0001") -> str:
    """Exact decimal as string, normalised (no exponent, trailing zeros trimmed to >= 2 places)."""
    q = Decimal(x)
    s = format(q.normalize(), "f")
    if "." not in s:
        s += ".00"
    elif len(s.split(".")[1]) == 1:
        s += "0"
    return s


def pct(price: str, percent: str) -> str:
    return money(Decimal(price) * (Decimal(100) + Decimal(percent)) / Decimal(100))


def per(price_for_n: str, n: int, factor=1) -> str:
    """Price quoted per n units -> price per PO unit (factor = supplier units per PO unit)."""
    return money(Decimal(price_for_n) * Decimal(factor) / Decimal(n))


def rfc_date(d: str, time: str, tz: str) -> str:
    """d ISO date, time HH:MM:SS, tz like +0100 -> RFC 5322 date with weekday."""
    x = D(d)
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][x.month - 1]
    return f"{WD[x.weekday()]}, {x.day} {mon} {x.year} {time} {tz}"
