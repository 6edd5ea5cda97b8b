"""PO and label helpers, date assertions, and the buyer's own request text."""
import datetime as dt
from decimal import Decimal

BUYER_DOMAIN = "corvane.example"
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def buyer(name):
    first, last = name.lower().split(" ", 1)
    return {"name": name, "email": f"{first}.{last.replace(' ', '')}@{BUYER_DOMAIN}"}


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def L(n, item, desc, qty, uom, price, date):
    assert isinstance(qty, int) and qty > 0
    Decimal(price)
    dt.date.fromisoformat(date)
    return {"line": n, "item": item, "description": desc, "quantity": qty, "uom": uom,
            "unit_price": price, "requested_date": date}


def PO(number, supplier, buyer_name, currency, issued, lines, req_id="auto"):
    po = {"po_number": number, "supplier": supplier, "buyer": buyer(buyer_name),
          "currency": currency, "issued": issued}
    if req_id == "auto":
        req_id = f"<ackreq.{number}.1@{BUYER_DOMAIN}>"
    if req_id:
        po["request_message_id"] = req_id
    po["lines"] = lines
    return po


def acc(line):
    return {"status": "accepted", "quantity": line["quantity"], "unit_price": line["unit_price"],
            "date": line["requested_date"]}


def chg(q, p, d, sched=None):
    out = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
    Decimal(p)
    dt.date.fromisoformat(d)
    if sched:
        assert len(sched) >= 2
        assert sum(s[0] for s in sched) == q, (sched, q)
        assert max(s[1] for s in sched) == d
        out["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
    return out


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(po_number, lines):
    return {"po_number": po_number, "lines": {str(k): v for k, v in lines.items()}}


def expected(kind, notes, confs=None):
    out = {"kind": kind}
    if kind == "confirmation":
        assert confs
        out["confirmations"] = confs
    else:
        assert not confs
    out["notes"] = notes
    return out


# ---- date checks -----------------------------------------------------------

def wd(iso, day):
    """Assert that an ISO date falls on the named weekday; return the ISO date."""
    got = DAYS[dt.date.fromisoformat(iso).weekday()]
    assert got == day, f"{iso} is a {got}, not {day}"
    return iso


def kw(year, week, day=5):
    """ISO calendar week -> date (default Friday)."""
    return dt.date.fromisocalendar(year, week, day).isoformat()


def plus_days(iso, n):
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=n)).isoformat()


def price(x, places=2):
    q = Decimal(1).scaleb(-places)
    return str(Decimal(x).quantize(q))


def pct(p, percent, places=2):
    return price(Decimal(p) * (Decimal(100) + Decimal(str(percent))) / 100, places)


# ---- the agent's own request, as quoted in replies ---------------------------

def fmt_qty(q):
    return f"{q:,}"


def request_text(po, contact="", reminder=False):
    """Plain-text body of the acknowledgment request our purchasing system sent."""
    b = po["buyer"]["name"]
    hello = f"Dear {contact}," if contact else "Dear Sir or Madam,"
    intro = (f"This is a friendly reminder: we have not yet received your confirmation of our purchase order "
             f"{po['po_number']} dated {po['issued']}." if reminder else
             f"Please find our purchase order {po['po_number']} dated {po['issued']} below.")
    rows = [f"{'Line':<5}{'Item':<16}{'Description':<40}{'Qty':>8} {'UoM':<5}{'Unit price':>12} {'Requested':<10}"]
    for l in po["lines"]:
        rows.append(f"{l['line']:<5}{l['item']:<16}{l['description'][:39]:<40}{fmt_qty(l['quantity']):>8} "
                    f"{l['uom']:<5}{l['unit_price'] + ' ' + po['currency']:>12} {l['requested_date']:<10}")
    return (f"{hello}\n\n{intro}\n"
            f"Kindly confirm quantities, unit prices and delivery dates for each line by reply to this e-mail.\n\n"
            + "\n".join(rows) +
            f"\n\nDelivery address: Corvane Group, Central Warehouse, Dock 4, Havenweg 12, 3089 Rotterdam, NL\n"
            f"Please quote our PO number on all documents.\n\n"
            f"Kind regards\n{b}\nPurchasing | Corvane Group\n{po['buyer']['email']}\n")


def request_html(po, contact="", reminder=False):
    from .mime import html_escape as e
    t = request_text(po, contact, reminder)
    head, _, rest = t.partition("\n\nLine")
    rows = "".join(
        f"<tr><td>{l['line']}</td><td>{e(l['item'])}</td><td>{e(l['description'])}</td>"
        f"<td align=right>{fmt_qty(l['quantity'])}</td><td>{l['uom']}</td>"
        f"<td align=right>{l['unit_price']} {po['currency']}</td><td>{l['requested_date']}</td></tr>"
        for l in po["lines"])
    paras = "".join(f"<p>{e(p)}</p>" for p in head.split("\n\n") if p)
    tail = rest.split("\n\n", 1)[1] if "\n\n" in rest else ""
    tail_html = "".join(f"<p>{e(p).replace(chr(10), '<br>')}</p>" for p in tail.split("\n\n") if p)
    return (paras + "<table border=1 cellspacing=0 cellpadding=3><tr><th>Line</th><th>Item</th><th>Description</th>"
            "<th>Qty</th><th>UoM</th><th>Unit price</th><th>Requested</th></tr>" + rows + "</table>" + tail_html)


def case(slug, hard, pos, eml, exp):
    return {"slug": slug, "hard": hard, "pos": pos, "eml": eml, "expected": exp}
