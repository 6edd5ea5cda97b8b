"""PO / label builders, date helpers and the case writer."""
from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

BUYER_ORG = "Kestrel Supply Group"
BUYERS = {
    "dana": ("Dana Ruiz", "dana.ruiz@buyer.example"),
    "martin": ("Martin Okafor", "martin.okafor@buyer.example"),
    "sofie": ("Sofie Lindqvist", "sofie.lindqvist@buyer.example"),
    "jonas": ("Jonas Berger", "jonas.berger@buyer.example"),
    "priya": ("Priya Natarajan", "priya.natarajan@buyer.example"),
    "lea": ("Lea Moreau", "lea.moreau@buyer.example"),
}


# --------------------------------------------------------------------------- dates

def D(y, m, d, wd=None) -> str:
    x = dt.date(y, m, d)
    if wd is not None:
        assert WEEKDAYS[x.weekday()] == wd, (x, WEEKDAYS[x.weekday()], wd)
    return x.isoformat()


def kwfri(y, w, day=5) -> str:
    return dt.date.fromisocalendar(y, w, day).isoformat()


def workdays_after(iso: str, n: int, holidays=()) -> str:
    x = dt.date.fromisoformat(iso)
    hol = {dt.date.fromisoformat(h) for h in holidays}
    k = 0
    while k < n:
        x += dt.timedelta(days=1)
        if x.weekday() < 5 and x not in hol:
            k += 1
    return x.isoformat()


def plus_days(iso, n) -> str:
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=n)).isoformat()


def weekday_of(iso) -> str:
    return WEEKDAYS[dt.date.fromisoformat(iso).weekday()]


def mail_date(y, m, d, hh, mm, ss, tz="+0100", wd=None) -> str:
    x = dt.date(y, m, d)
    if wd is not None:
        assert WEEKDAYS[x.weekday()] == wd, (x, wd)
    return f"{WEEKDAYS[x.weekday()]}, {d} {dt.date(y, m, 1).strftime('%b')} {y} {hh:02d}:{mm:02d}:{ss:02d} {tz}"


def long_en(iso, weekday=True) -> str:
    x = dt.date.fromisoformat(iso)
    s = f"{MONTHS_EN[x.month - 1]} {x.day}, {x.year}"
    if weekday:
        s = x.strftime("%A") + ", " + s
    return s


# --------------------------------------------------------------------------- POs

def supplier(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def L(item, desc, qty, uom, price, date):
    assert isinstance(qty, int) and qty > 0
    Decimal(price)
    dt.date.fromisoformat(date)
    return {"item": item, "description": desc, "quantity": qty, "uom": uom,
            "unit_price": price, "requested_date": date}


def PO(number, sup, buyer, issued, lines, currency="EUR", req=True, req_suffix="1"):
    name, email = BUYERS[buyer]
    po = {"po_number": number, "supplier": sup, "buyer": {"name": name, "email": email},
          "currency": currency, "issued": issued}
    if req:
        po["request_message_id"] = f"<po-{number.lower().replace('/', '-').replace(' ', '')}.{req_suffix}@buyer.example>"
    po["lines"] = [dict(line=i + 1, **ln) for i, ln in enumerate(lines)]
    return po


def line(po, n):
    for ln in po["lines"]:
        if ln["line"] == n:
            return ln
    raise KeyError(n)


# --------------------------------------------------------------------------- labels

def acc(po, n):
    ln = line(po, n)
    return {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
            "date": ln["requested_date"]}


def chg(po, n, quantity=None, price=None, date=None, schedule=None):
    ln = line(po, n)
    q = ln["quantity"] if quantity is None else quantity
    p = ln["unit_price"] if price is None else price
    Decimal(p)
    if schedule:
        sch = [{"quantity": a, "date": b} for a, b in schedule]
        assert sum(s["quantity"] for s in sch) == q, (n, sch, q)
        last = max(s["date"] for s in sch)
        if date is None:
            date = last
        assert date == last, (date, last)
    d = ln["requested_date"] if date is None else date
    dt.date.fromisoformat(d)
    same = (q == ln["quantity"] and Decimal(p) == Decimal(ln["unit_price"]) and d == ln["requested_date"])
    assert schedule or not same, f"line {n}: changed but equal to PO"
    out = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
    if schedule:
        out["schedule"] = sch
    return out


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(po, labels):
    nums = {ln["line"] for ln in po["lines"]}
    assert set(labels) == nums, (po["po_number"], sorted(labels), sorted(nums))
    out = {}
    for n in sorted(labels):
        lab = labels[n]
        if lab in ("acc", "A"):
            lab = acc(po, n)
        elif lab in ("rej", "R"):
            lab = dict(REJ)
        elif lab in ("unc", "U"):
            lab = dict(UNC)
        out[str(n)] = lab
    return {"po_number": po["po_number"], "lines": out}


def expected(kind, notes, confirmations=None):
    e = {"kind": kind}
    if kind == "confirmation":
        assert confirmations
        e["confirmations"] = confirmations
    else:
        assert not confirmations
    e["notes"] = notes
    return e


def price_per(total, per, places=4) -> str:
    """Unit price from a price for `per` units, as a normalised decimal string."""
    v = Decimal(total) / Decimal(per)
    q = v.quantize(Decimal(1).scaleb(-places))
    assert q == v, f"{total}/{per} = {v} is not exact at {places} places"
    s = format(q.normalize(), "f")
    if "." not in s:
        s += ".00"
    elif len(s.split(".")[1]) == 1:
        s += "0"
    return s


def pct(price, percent) -> str:
    v = Decimal(price) * (Decimal(100) + Decimal(percent)) / Decimal(100)
    q = v.quantize(Decimal("0.000001"))
    assert q == v, f"{price} {percent}% not exact: {v}"
    s = format(q.normalize(), "f")
    if "." not in s:
        s += ".00"
    elif len(s.split(".")[1]) == 1:
        s += "0"
    return s


# --------------------------------------------------------------------------- registry / writer

CASES = []


def case(slug, hard):
    def deco(fn):
        CASES.append((slug, hard, fn))
        return fn
    return deco


def write_all(outdir: Path):
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    readme = ["# Batch AP - held-out supplier replies", "",
              "Theme: brewery supplies, railway ballast, marine coatings, school books, pet food, connectors,",
              "hospital textiles, valves, olive oil, carpets, filament, insulation, test kits, candles,",
              "garden soil, car batteries, aluminium foil, CNC tools, frozen bakery goods.", "",
              "Generated by `python3 make_batch.py` (standard library only, deterministic).", "",
              "case | kind/locale | what makes it hard", "--- | --- | ---"]
    for i, (slug, hard, fn) in enumerate(CASES, start=1):
        name = f"{i:03d}-{slug}"
        pos, eml, exp = fn()
        d = outdir / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "pos.json").write_text(json.dumps(pos, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (d / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (d / "message.eml").write_bytes(eml)
        locale = pos[0]["supplier"]["locale"]
        readme.append(f"`{name}` | {exp['kind']}/{locale} | {hard}")
    return readme
