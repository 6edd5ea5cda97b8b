"""Case, PO and label builders plus calendar helpers for batch AN."""
from __future__ import annotations

import datetime as dt
import json
import shutil
from decimal import Decimal
from pathlib import Path

BUYER_DOMAIN = "kestrel-procurement.example"
BUYER_CO = "Kestrel Procurement Services"
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# ---------------------------------------------------------------- calendar
def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def kw(year: int, week: int, day: int = 5) -> str:
    """ISO week -> date (default Friday), as ISO string."""
    return dt.date.fromisocalendar(year, week, day).isoformat()


def is_weekday(iso: str, name: str) -> str:
    d = D(iso)
    assert WEEKDAYS[d.weekday()] == name[:3], (iso, name, WEEKDAYS[d.weekday()])
    return iso


def next_md(month: int, day: int, ref: str) -> str:
    """Date without year: next such date on or after ref."""
    r = D(ref[:10])
    c = dt.date(r.year, month, day)
    if c < r:
        c = dt.date(r.year + 1, month, day)
    return c.isoformat()


def plus_days(iso: str, n: int) -> str:
    return (D(iso) + dt.timedelta(days=n)).isoformat()


def maildate(stamp: str, zone: str = "+0100") -> str:
    """'2026-11-04 09:13[:ss]' -> RFC 5322 date."""
    d, t = stamp.split()
    if t.count(":") == 1:
        t += ":00"
    dd = D(d)
    return f"{WEEKDAYS[dd.weekday()]}, {dd.day:02d} {MONTHS[dd.month - 1]} {dd.year} {t} {zone}"


# ---------------------------------------------------------------- POs
def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def L(n, item, desc, qty, uom, price, date):
    assert isinstance(qty, int) and isinstance(price, str)
    D(date)
    return {"line": n, "item": item, "description": desc, "quantity": qty, "uom": uom,
            "unit_price": price, "requested_date": date}


def PO(number, supplier, lines, issued, buyer, currency="EUR", req=True):
    po = {"po_number": number, "supplier": supplier,
          "buyer": {"name": buyer[0], "email": buyer[1]},
          "currency": currency, "issued": issued}
    if req:
        po["request_message_id"] = req_id(number)
    po["lines"] = lines
    return po


def req_id(number):
    return f"<ackreq-{number}.1@{BUYER_DOMAIN}>"


BUYERS = {
    "dana": ("Dana Ruiz", f"dana.ruiz@{BUYER_DOMAIN}"),
    "tomas": ("Tomas Lindqvist", f"tomas.lindqvist@{BUYER_DOMAIN}"),
    "priya": ("Priya Natarajan", f"priya.natarajan@{BUYER_DOMAIN}"),
    "marek": ("Marek Horvath", f"marek.horvath@{BUYER_DOMAIN}"),
    "claire": ("Claire Dubois", f"claire.dubois@{BUYER_DOMAIN}"),
    "owen": ("Owen Fitzgerald", f"owen.fitzgerald@{BUYER_DOMAIN}"),
}


def line_of(po, n):
    for ln in po["lines"]:
        if ln["line"] == n:
            return ln
    raise KeyError(n)


# ---------------------------------------------------------------- labels
def acc(po, n):
    ln = line_of(po, n)
    return {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
            "date": ln["requested_date"]}


def chg(po, n, q=None, p=None, d=None, sched=None):
    ln = line_of(po, n)
    lab = {"status": "changed",
           "quantity": ln["quantity"] if q is None else q,
           "unit_price": ln["unit_price"] if p is None else p,
           "date": ln["requested_date"] if d is None else d}
    D(lab["date"])
    Decimal(lab["unit_price"])
    if sched:
        lab["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
        assert sum(a for a, _ in sched) == lab["quantity"], (sched, lab)
        assert max(b for _, b in sched) == lab["date"], (sched, lab)
    else:
        assert (lab["quantity"], Decimal(lab["unit_price"]), lab["date"]) != \
            (ln["quantity"], Decimal(ln["unit_price"]), ln["requested_date"]), f"line {n} not changed"
    return lab


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(po, labels: dict):
    nums = [ln["line"] for ln in po["lines"]]
    assert sorted(labels) == sorted(nums), (po["po_number"], sorted(labels), nums)
    return {"po_number": po["po_number"], "lines": {str(k): dict(labels[k]) for k in sorted(labels)}}


def all_acc(po):
    return conf(po, {ln["line"]: acc(po, ln["line"]) for ln in po["lines"]})


def money(x, places="0.01"):
    """Decimal -> plain string, quantized to `places` (e.g. '0.0001')."""
    return str(Decimal(x).quantize(Decimal(places)))


# ---------------------------------------------------------------- request text
def request_text(po, sent=None):
    """The buyer's acknowledgment request as it appears when a supplier quotes it."""
    b = po["buyer"]["name"]
    out = [f"Dear {po['supplier']['name']} team,", "",
           f"please find our purchase order {po['po_number']} below and confirm quantities, "
           "prices and delivery dates by return.", ""]
    out.append(f"PO {po['po_number']}   issued {po['issued']}   currency {po['currency']}")
    out.append("")
    out.append("Line  Item              Description                               Qty   UoM  Unit price  Requested")
    for ln in po["lines"]:
        out.append(f"{ln['line']:<5} {ln['item']:<17} {ln['description'][:41]:<41} {ln['quantity']:>5} "
                   f"{ln['uom']:<4} {ln['unit_price']:>10}  {ln['requested_date']}")
    out += ["", "Kind regards", b, f"Purchasing | {BUYER_CO}"]
    return "\n".join(out)


def request_subject(po):
    return f"Purchase order {po['po_number']} - request for order acknowledgment"


def quote(s, prefix="> "):
    return "\n".join((prefix + x) if x else prefix.rstrip() for x in s.split("\n"))


def request_html_table(po):
    rows = "".join(
        f"<tr><td>{ln['line']}</td><td>{ln['item']}</td><td>{ln['description']}</td>"
        f"<td>{ln['quantity']}</td><td>{ln['uom']}</td><td>{ln['unit_price']}</td>"
        f"<td>{ln['requested_date']}</td></tr>" for ln in po["lines"])
    return ("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>Line</th><th>Item</th>"
            "<th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Requested</th></tr>"
            + rows + "</table>")


# ---------------------------------------------------------------- writer
class Batch:
    def __init__(self, root: Path):
        self.root = root
        self.cases = []

    def add(self, slug, kindloc, hard, pos, eml: bytes, expected: dict):
        n = len(self.cases) + 1
        name = f"{n:03d}-{slug}"
        assert expected.get("notes"), name
        kind = expected["kind"]
        if kind == "confirmation":
            nums = {p["po_number"] for p in pos}
            for c in expected["confirmations"]:
                assert c["po_number"] in nums, (name, c["po_number"])
        else:
            assert "confirmations" not in expected
        self.cases.append((name, kindloc, hard, pos, eml, expected))

    def write(self):
        cdir = self.root / "cases"
        if cdir.exists():
            shutil.rmtree(cdir)
        cdir.mkdir(parents=True)
        readme = ["# Batch AN - supplier replies to purchase orders", "",
                  "Generated by `make_batch.py` (standard library only, deterministic).", "",
                  "case | kind/locale | what makes it hard", "--- | --- | ---"]
        for name, kindloc, hard, pos, eml, exp in self.cases:
            d = cdir / name
            d.mkdir()
            (d / "pos.json").write_text(json.dumps(pos, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            (d / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            (d / "message.eml").write_bytes(eml)
            readme.append(f"`{name}` | {kindloc} | {hard}")
        (self.root / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")
        return len(self.cases)
