"""Shared data model: suppliers, POs, expected labels, text blocks, registry."""
import datetime as dt
import hashlib
from decimal import Decimal

REG = []  # (slug, "kind/locale", "what makes it hard", builder)


def case(slug, kind_locale, hard):
    def deco(fn):
        REG.append((slug, kind_locale, hard, fn))
        return fn
    return deco


BUYER_DOMAIN = "halden-group.example"
BUYER_CO = "Halden Group GmbH"
BUYER_ADDR = "Goods-in Gate 3, Billstrasse 118, 20539 Hamburg, Germany"


class Buyer:
    def __init__(self, name, email, phone):
        self.name, self.email, self.phone = name, email, phone


B_DANA = Buyer("Dana Ruiz", "dana.ruiz@halden-group.example", "+49 40 788 112-41")
B_JONAS = Buyer("Jonas Kettler", "jonas.kettler@halden-group.example", "+49 40 788 112-37")
B_MIRA = Buyer("Mira Ostrowski", "mira.ostrowski@halden-group.example", "+49 40 788 112-52")
B_ELLA = Buyer("Ella Varga", "ella.varga@halden-group.example", "+49 40 788 112-29")


class Sup:
    def __init__(self, sid, name, email, locale, person, tz="+0100", sign=None):
        self.id, self.name, self.email, self.locale = sid, name, email, locale
        self.person, self.tz = person, tz
        self.domain = email.split("@", 1)[1]
        self.sign = sign or person

    @property
    def lang(self):
        return self.locale.split("-")[0]

    def json(self):
        return {"id": self.id, "name": self.name, "email": self.email, "locale": self.locale}


class Line:
    def __init__(self, n, item, desc, qty, uom, price, date):
        self.n, self.item, self.desc, self.qty, self.uom = n, item, desc, qty, uom
        self.price, self.date = price, date
        assert isinstance(qty, int) and qty > 0
        Decimal(price)
        dt.date.fromisoformat(date)

    def json(self):
        return {"line": self.n, "item": self.item, "description": self.desc, "quantity": self.qty,
                "uom": self.uom, "unit_price": self.price, "requested_date": self.date}


class PO:
    def __init__(self, number, sup, cur, issued, lines, buyer=B_DANA, rid=True, step=1, rid_seq=1):
        self.number, self.sup, self.cur, self.issued, self.buyer = number, sup, cur, issued, buyer
        self.lines = [Line(step * (i + 1), *t) for i, t in enumerate(lines)]
        self.rid = f"<po-{number}.{rid_seq}@{BUYER_DOMAIN}>" if rid else None
        self.subject = f"Purchase order {number} - request for order acknowledgement"

    def line(self, n):
        for ln in self.lines:
            if ln.n == n:
                return ln
        raise KeyError(n)

    def json(self):
        d = {"po_number": self.number, "supplier": self.sup.json(),
             "buyer": {"name": self.buyer.name, "email": self.buyer.email},
             "currency": self.cur, "issued": self.issued}
        if self.rid:
            d["request_message_id"] = self.rid
        d["lines"] = [ln.json() for ln in self.lines]
        return d

    def req_time(self):
        """When our request was sent: issued date, 09:12 local (+0100)."""
        d = dt.date.fromisoformat(self.issued)
        return dt.datetime(d.year, d.month, d.day, 9, 12, 44, tzinfo=dt.timezone(dt.timedelta(hours=1)))


# ---------------------------------------------------------------- labels

REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def acc(po, n):
    ln = po.line(n)
    return {"status": "accepted", "quantity": ln.qty, "unit_price": ln.price, "date": ln.date}


def chg(po, n, q=None, p=None, d=None, sched=None):
    ln = po.line(n)
    lab = {"status": "changed", "quantity": ln.qty if q is None else q,
           "unit_price": ln.price if p is None else p, "date": ln.date if d is None else d}
    if sched:
        lab["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
        assert sum(a for a, _ in sched) == lab["quantity"], (sched, lab)
        assert max(b for _, b in sched) == lab["date"]
    assert (lab["quantity"], Decimal(lab["unit_price"]), lab["date"]) != (ln.qty, Decimal(ln.price), ln.date) or sched
    return lab


def conf(po, labels):
    """labels: {line_no: label | 'A' | 'U' | 'R'}; missing lines -> unconfirmed."""
    out = {}
    for ln in po.lines:
        lab = labels.get(ln.n, "U")
        if lab == "A":
            lab = acc(po, ln.n)
        elif lab == "U":
            lab = UNC
        elif lab == "R":
            lab = REJ
        out[str(ln.n)] = lab
    assert set(labels) <= {ln.n for ln in po.lines}, labels
    return {"po_number": po.number, "lines": out}


def all_acc(po):
    return conf(po, {ln.n: "A" for ln in po.lines})


def expected(kind, notes, confs=None):
    d = {"kind": kind}
    if confs is not None:
        d["confirmations"] = confs
    d["notes"] = notes
    return d


# ---------------------------------------------------------------- dates / numbers

def kw_fri(week, year=2026):
    return dt.date.fromisocalendar(year, week, 5).isoformat()


def kw_day(week, wd, year=2026):
    return dt.date.fromisocalendar(year, week, wd).isoformat()


def add_workdays(iso, n):
    d = dt.date.fromisoformat(iso)
    while n:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d.isoformat()


def D(s):
    return Decimal(s)


def money(x, q="0.01"):
    return str(Decimal(x).quantize(Decimal(q)))


def h(slug, salt="", n=16):
    return hashlib.sha1((slug + "|" + salt).encode()).hexdigest()[:n]


def huuid(slug, salt=""):
    x = hashlib.sha1((slug + "|uuid|" + salt).encode()).hexdigest().upper()
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


# ---------------------------------------------------------------- text blocks

class Table:
    def __init__(self, header, rows, align=None):
        self.header, self.rows = header, [[str(c) for c in r] for r in rows]
        self.align = align

    def plain(self, indent=""):
        cols = list(zip(*([self.header] + self.rows)))
        w = [max(len(c) for c in col) for col in cols]
        out = []
        for i, r in enumerate([self.header] + self.rows):
            cells = []
            for j, c in enumerate(r):
                right = self.align and self.align[j] == "r"
                cells.append(c.rjust(w[j]) if right else c.ljust(w[j]))
            out.append((indent + "  ".join(cells)).rstrip())
            if i == 0:
                out.append(indent + "  ".join("-" * x for x in w))
        return "\n".join(out)

    def html(self):
        esc = html_escape
        th = "".join(f'<th style="border:1px solid #999;padding:2px 6px;text-align:left">{esc(c)}</th>' for c in self.header)
        trs = "".join("<tr>" + "".join(f'<td style="border:1px solid #999;padding:2px 6px">{esc(c)}</td>' for c in r) + "</tr>\n"
                      for r in self.rows)
        return f'<table style="border-collapse:collapse;font-size:10pt">\n<tr>{th}</tr>\n{trs}</table>'


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def render_plain(blocks):
    out = []
    for b in blocks:
        out.append(b.plain() if isinstance(b, Table) else b)
    return "\n\n".join(out)


def render_html_blocks(blocks):
    out = []
    for b in blocks:
        if isinstance(b, Table):
            out.append(b.html())
        else:
            out.append("<p>" + "<br>\n".join(html_escape(x) for x in b.split("\n")) + "</p>")
    return "\n".join(out)


def request_blocks(po, greeting=None):
    cur = po.cur
    rows = [[ln.n, ln.item, ln.desc, ln.qty, ln.uom, ln.price, ln.date] for ln in po.lines]
    tbl = Table(["Pos", "Item", "Description", "Qty", "Unit", f"Price {cur}", "Req. date"], rows,
                align="llllrrl".replace("llllrrl", "lllrlrl"))
    b = po.buyer
    return [greeting or f"Dear {po.sup.person},",
            f"please find below our purchase order {po.number} dated {po.issued}. Kindly confirm "
            f"quantities, unit prices and delivery dates\nfor each line by return e-mail, at the latest "
            f"within 3 working days.",
            tbl,
            f"Delivery address: {BUYER_CO}, {BUYER_ADDR}\nIncoterms: DAP Hamburg. Payment: 30 days net.\n"
            f"Please quote our PO number {po.number} on all documents.",
            f"Kind regards\n{b.name}\nPurchasing | {BUYER_CO}\nPhone {b.phone}\n{b.email}"]
