"""PO / expected-label helpers and date arithmetic with built-in sanity checks."""
import datetime as dt
from decimal import Decimal, ROUND_HALF_UP

D = dt.date


def week_friday(year, week, weekday=5):
    return dt.date.fromisocalendar(year, week, weekday)


def next_date(month, day, ref):
    """A date without a year: the next such date on or after ref (a date)."""
    cand = dt.date(ref.year, month, day)
    if cand < ref:
        cand = dt.date(ref.year + 1, month, day)
    return cand


def next_weekday(ref, weekday, skip_this_week=False):
    """weekday: 0=Mon. 'next Tuesday' = the first such day after ref."""
    d = ref + dt.timedelta(days=1)
    while d.weekday() != weekday:
        d += dt.timedelta(days=1)
    return d


def assert_wd(d, name):
    names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    assert names[d.weekday()] == name, f"{d} is a {names[d.weekday()]}, not {name}"
    return d


def dec(x):
    if isinstance(x, str):
        x = Decimal(x)
    s = format(x.normalize(), "f") if x != x.to_integral() else format(x.quantize(Decimal("0.01")), "f")
    if "." in s:
        ip, fp = s.split(".")
        if len(fp) < 2:
            fp = fp + "0" * (2 - len(fp))
        s = ip + "." + fp
    return s


def q2(x, places="0.01"):
    return dec(Decimal(x).quantize(Decimal(places), rounding=ROUND_HALF_UP))


class Sup(dict):
    def __init__(self, sid, name, email, locale):
        super().__init__(id=sid, name=name, email=email, locale=locale)

    @property
    def domain(self):
        return self["email"].split("@")[1]


class Buyer(dict):
    def __init__(self, name, email, company, phone="+44 161 555 0142"):
        super().__init__(name=name, email=email)
        self.company = company
        self.phone = phone

    @property
    def domain(self):
        return self["email"].split("@")[1]


def L(n, item, desc, qty, uom, price, date):
    assert isinstance(qty, int)
    Decimal(price)
    return dict(line=n, item=item, description=desc, quantity=qty, uom=uom, unit_price=price,
                requested_date=date.isoformat() if isinstance(date, dt.date) else date)


def PO(number, sup, buyer, currency, issued, lines, req=True, rev=1):
    p = dict(po_number=number, supplier=dict(sup), buyer=dict(buyer), currency=currency,
             issued=issued.isoformat() if isinstance(issued, dt.date) else issued)
    if req:
        tag = "".join(c for c in number if c.isalnum()).lower()
        p["request_message_id"] = f"<po-{tag}.{rev}@{buyer.domain}>"
    p["lines"] = lines
    return p


def line_of(po, n):
    for ln in po["lines"]:
        if ln["line"] == n:
            return ln
    raise KeyError(n)


def acc(ln):
    return dict(status="accepted", quantity=ln["quantity"], unit_price=ln["unit_price"], date=ln["requested_date"])


def chg(ln, q=None, p=None, d=None, sched=None):
    q = ln["quantity"] if q is None else q
    p = ln["unit_price"] if p is None else (dec(p) if not isinstance(p, str) else p)
    if isinstance(d, dt.date):
        d = d.isoformat()
    d = ln["requested_date"] if d is None else d
    out = dict(status="changed", quantity=q, unit_price=p, date=d)
    if sched:
        s = [dict(quantity=a, date=(b.isoformat() if isinstance(b, dt.date) else b)) for a, b in sched]
        assert sum(x["quantity"] for x in s) == q, (s, q)
        assert max(x["date"] for x in s) == d, (s, d)
        out["schedule"] = s
    else:
        same = (q == ln["quantity"] and Decimal(p) == Decimal(ln["unit_price"]) and d == ln["requested_date"])
        assert not same, f"line {ln['line']} changed but identical to PO"
    return out


def rej():
    return dict(status="rejected")


def unc():
    return dict(status="unconfirmed")


def conf(po, labels):
    """labels: {line_no: label}; every PO line must be covered."""
    nums = {ln["line"] for ln in po["lines"]}
    assert set(labels) == nums, (po["po_number"], set(labels), nums)
    return dict(po_number=po["po_number"], lines={str(k): labels[k] for k in sorted(labels)})


def all_acc(po):
    return conf(po, {ln["line"]: acc(ln) for ln in po["lines"]})


# ---------------------------------------------------------------- our outgoing request

def fmt_req_date(iso):
    d = dt.date.fromisoformat(iso)
    return d.strftime("%d %b %Y")


def request_subject(po):
    return f"Purchase order {po['po_number']} - request for order acknowledgement"


def request_text(po, buyer, greeting=None):
    lines = []
    lines.append(greeting or f"Dear {po['supplier']['name']} team,")
    lines.append("")
    lines.append(f"please find below our purchase order {po['po_number']} of {fmt_req_date(po['issued'])} and "
                 "confirm quantities, prices and delivery dates by return.")
    lines.append("")
    lines.append(f"Pos | Item | Description | Qty | Unit | Price {po['currency']} | Requested delivery")
    for ln in po["lines"]:
        lines.append(f"{ln['line']} | {ln['item']} | {ln['description']} | {ln['quantity']} | {ln['uom']} | "
                     f"{ln['unit_price']} | {fmt_req_date(ln['requested_date'])}")
    lines.append("")
    lines.append("Kind regards")
    lines.append(buyer["name"])
    lines.append(f"Purchasing | {buyer.company}")
    lines.append(buyer.phone)
    return "\n".join(lines)


def request_headers(po, buyer, sent_str):
    return dict(frm=f"{buyer['name']} <{buyer['email']}>", to=po["supplier"]["email"], sent=sent_str,
                subject=request_subject(po))
