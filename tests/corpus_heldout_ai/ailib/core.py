"""Case registry, PO / label helpers and date helpers shared by all chunks."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

CASES: list[dict] = []

OURDOM = "tessera-procure.example"
BUYERS = {
    "dana": {"name": "Dana Ruiz", "email": f"dana.ruiz@{OURDOM}"},
    "jonas": {"name": "Jonas Weller", "email": f"jonas.weller@{OURDOM}"},
    "mira": {"name": "Mira Kovač", "email": f"mira.kovac@{OURDOM}"},
    "sam": {"name": "Sam Okafor", "email": f"sam.okafor@{OURDOM}"},
    "lena": {"name": "Lena Brandt", "email": f"lena.brandt@{OURDOM}"},
    "priya": {"name": "Priya Nair", "email": f"priya.nair@{OURDOM}"},
    "chen": {"name": "Chen Yu", "email": f"chen.yu@{OURDOM}"},
    "aiko": {"name": "Aiko Tanaka", "email": f"aiko.tanaka@{OURDOM}"},
}


def case(slug: str, kind_locale: str, hard: str):
    """Register a case builder. The function returns (pos, eml_bytes, expected)."""
    def deco(fn):
        CASES.append({"slug": slug, "kl": kind_locale, "hard": hard, "fn": fn})
        return fn
    return deco


# ---------------------------------------------------------------- dates

D = dt.date


def iso(d: dt.date) -> str:
    return d.isoformat()


def cw_fri(year: int, week: int) -> str:
    return dt.date.fromisocalendar(year, week, 5).isoformat()


def cw_day(year: int, week: int, isoday: int) -> str:
    return dt.date.fromisocalendar(year, week, isoday).isoformat()


def wd(s: str, weekday: int) -> str:
    """Assert that ISO date s falls on weekday (0=Mon) and return it."""
    got = dt.date.fromisoformat(s).weekday()
    assert got == weekday, f"{s} is weekday {got}, not {weekday}"
    return s


def next_on_or_after(mail: dt.date, month: int, day: int) -> str:
    d = dt.date(mail.year, month, day)
    if d < mail:
        d = dt.date(mail.year + 1, month, day)
    return d.isoformat()


def next_weekday(mail: dt.date, weekday: int, skip_this_week=False) -> str:
    """The next given weekday strictly after the mail date."""
    d = mail + dt.timedelta(days=1)
    while d.weekday() != weekday:
        d += dt.timedelta(days=1)
    if skip_this_week:
        d += dt.timedelta(days=7)
    return d.isoformat()


def plus_days(mail: dt.date, n: int) -> str:
    return (mail + dt.timedelta(days=n)).isoformat()


# ---------------------------------------------------------------- POs

def supplier(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def po(number, sup, buyer, issued, lines, currency="EUR", req_id=True, req_suffix="1"):
    p = {"po_number": number, "supplier": sup, "buyer": BUYERS[buyer] if isinstance(buyer, str) else buyer,
         "currency": currency, "issued": issued}
    if req_id:
        p["request_message_id"] = f"<po-{number.replace(' ', '')}.{req_suffix}@{OURDOM}>"
    p["lines"] = []
    for i, ln in enumerate(lines, 1):
        item, desc, qty, uom, price, date = ln
        Decimal(price)
        dt.date.fromisoformat(date)
        p["lines"].append({"line": i, "item": item, "description": desc, "quantity": qty,
                           "uom": uom, "unit_price": price, "requested_date": date})
    return p


def rid(p):
    return p["request_message_id"]


def line(p, n):
    return p["lines"][n - 1]


# ---------------------------------------------------------------- labels

def A(p, n):
    ln = line(p, n)
    return {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
            "date": ln["requested_date"]}


def C(p, n, quantity=None, price=None, date=None, schedule=None):
    ln = line(p, n)
    q = ln["quantity"] if quantity is None else quantity
    pr = ln["unit_price"] if price is None else price
    d = ln["requested_date"] if date is None else date
    Decimal(pr)
    dt.date.fromisoformat(d)
    lab = {"status": "changed", "quantity": q, "unit_price": pr, "date": d}
    if schedule:
        sch = [{"quantity": a, "date": b} for a, b in schedule]
        assert sum(s["quantity"] for s in sch) == q, "schedule does not add up"
        assert max(s["date"] for s in sch) == d, "schedule does not end on date"
        lab["schedule"] = sch
    else:
        assert (q, Decimal(pr), d) != (ln["quantity"], Decimal(ln["unit_price"]), ln["requested_date"]), \
            f"line {n} labelled changed but equal to PO"
    return lab


R = {"status": "rejected"}
U = {"status": "unconfirmed"}


def conf(p, labels: dict):
    nums = [ln["line"] for ln in p["lines"]]
    assert sorted(labels) == nums, f"labels {sorted(labels)} vs lines {nums} for {p['po_number']}"
    return {"po_number": p["po_number"], "lines": {str(k): dict(v) for k, v in sorted(labels.items())}}


def expect(kind, notes, *confs):
    e = {"kind": kind}
    if kind == "confirmation":
        assert confs
        e["confirmations"] = list(confs)
    else:
        assert not confs
    e["notes"] = notes
    return e


def per(price: str, n: int, q="0.0001") -> str:
    """Price per n units -> price per unit, exact (asserts no rounding needed)."""
    v = Decimal(price) / n
    assert v == v.quantize(Decimal(q)), f"{price}/{n} not exact"
    return _norm(v)


def times(price: str, n) -> str:
    v = Decimal(price) * Decimal(str(n))
    return _norm(v)


def pct(price: str, percent: str) -> str:
    v = Decimal(price) * (Decimal(100) + Decimal(percent)) / Decimal(100)
    return _norm(v)


def _norm(v: Decimal) -> str:
    s = format(v.normalize(), "f")
    if "." not in s:
        s += ".00"
    elif len(s.split(".")[1]) == 1:
        s += "0"
    return s


# ---------------------------------------------------------------- request text

def fmt_table(rows, sep="  ", align=None):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        cells = []
        for i, c in enumerate(r):
            c = str(c)
            if align and align[i] == "r":
                cells.append(c.rjust(widths[i]))
            else:
                cells.append(c.ljust(widths[i]))
        out.append(sep.join(cells).rstrip())
    return "\n".join(out)


def po_rows(p, header=("Line", "Item", "Description", "Qty", "UoM", "Unit price", "Need-by")):
    rows = [list(header)]
    for ln in p["lines"]:
        rows.append([ln["line"], ln["item"], ln["description"], ln["quantity"], ln["uom"],
                     ln["unit_price"], ln["requested_date"]])
    return rows


def request_text(p, opener=None, closing=None, issued_human=None):
    b = p["buyer"]
    ih = issued_human or dt.date.fromisoformat(p["issued"]).strftime("%d %b %Y").lstrip("0")
    opener = opener or (f"Hello,\n\nplease find attached our purchase order {p['po_number']} of {ih}.\n"
                        f"Kindly confirm quantities, prices ({p['currency']}, net) and delivery dates by return.")
    closing = closing or f"Best regards\n{b['name']}\nPurchasing | Tessera Procurement Services\n+44 20 7946 0{hash_digits(b['name'])}"
    return f"{opener}\n\n{fmt_table(po_rows(p), align='lllrlrl')}\n\n{closing}\n"


def hash_digits(s: str) -> str:
    return str(sum(ord(c) for c in s) % 1000).zfill(3)


def req_subject(p):
    return f"Purchase order {p['po_number']} - please confirm"
