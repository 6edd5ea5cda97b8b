"""Shared helpers: case registry, PO construction, labels, request text."""
import datetime as dt
import hashlib
from decimal import Decimal

REG = []          # (slug, "kind/locale", what makes it hard, builder)
STATE = {"seed": "ck"}

BUYERS = {
    "mara": ("Mara Lindqvist", "mara.lindqvist@corvane.example"),
    "tom": ("Tom Reyes", "tom.reyes@corvane.example"),
    "ines": ("Ines Kaltenbach", "ines.kaltenbach@corvane.example"),
}
BUYER_CO = "Corvane Trading GmbH"
BUYER_ADDR = "Hafenstrasse 14, 28217 Bremen, Germany"
BUYER_TEL = "+49 421 555 0183"


def case(slug, kindloc, hard):
    def deco(fn):
        REG.append((slug, kindloc, hard, fn))
        return fn
    return deco


def h(*parts, n=40):
    s = STATE["seed"] + "|" + "|".join(str(p) for p in parts)
    return hashlib.sha256(s.encode()).hexdigest()[:n]


def wfri(week, year=2026):
    return dt.date.fromisocalendar(year, week, 5).isoformat()


def plus_days(iso, days):
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def po(num, supplier, currency, issued, lines, buyer="mara", rid=True):
    b = BUYERS[buyer]
    d = {"po_number": num, "supplier": supplier,
         "buyer": {"name": b[0], "email": b[1]},
         "currency": currency, "issued": issued}
    if rid:
        d["request_message_id"] = "<req-%s.%s@corvane.example>" % (
            "".join(ch for ch in num if ch.isalnum()).lower(), issued.replace("-", ""))
    d["lines"] = []
    for i, (item, desc, qty, uom, price, date) in enumerate(lines, 1):
        d["lines"].append({"line": i, "item": item, "description": desc, "quantity": qty,
                           "uom": uom, "unit_price": price, "requested_date": date})
    return d


def line(p, n):
    return p["lines"][n - 1]


def chg(q=None, p=None, d=None, s=None):
    return {"q": q, "p": p, "d": d, "s": s}


def conf(p, labels):
    """labels: {line_no: 'acc'|'rej'|'unc'|chg(...)}; every PO line must be given."""
    out = {}
    assert set(labels) == {l["line"] for l in p["lines"]}, (p["po_number"], labels)
    for l in p["lines"]:
        lab = labels[l["line"]]
        if lab == "acc":
            out[str(l["line"])] = {"status": "accepted", "quantity": l["quantity"],
                                   "unit_price": l["unit_price"], "date": l["requested_date"]}
        elif lab == "rej":
            out[str(l["line"])] = {"status": "rejected"}
        elif lab == "unc":
            out[str(l["line"])] = {"status": "unconfirmed"}
        else:
            q = lab["q"] if lab["q"] is not None else l["quantity"]
            pr = lab["p"] if lab["p"] is not None else l["unit_price"]
            d = lab["d"] if lab["d"] is not None else l["requested_date"]
            e = {"status": "changed", "quantity": q, "unit_price": pr, "date": d}
            if lab["s"]:
                e["schedule"] = [{"quantity": a, "date": b} for a, b in lab["s"]]
                assert sum(a for a, _ in lab["s"]) == q, (p["po_number"], l["line"])
                assert max(b for _, b in lab["s"]) == d
            else:
                assert (q, Decimal(pr), d) != (l["quantity"], Decimal(l["unit_price"]),
                                               l["requested_date"]), (p["po_number"], l["line"])
            out[str(l["line"])] = e
    return {"po_number": p["po_number"], "lines": out}


def out(pos, eml, kind, confs=None, note=""):
    exp = {"kind": kind}
    if kind == "confirmation":
        exp["confirmations"] = confs
    return {"pos": pos, "eml": eml, "exp": exp, "note": note}


def dec(x, places=2):
    return str(Decimal(x).quantize(Decimal(1).scaleb(-places)))


# ---------------------------------------------------------------- request text

def req_subject(p):
    return "Purchase order %s - please confirm" % p["po_number"]


def fmt_issued(iso):
    d = dt.date.fromisoformat(iso)
    return "%d %s %d" % (d.day, d.strftime("%B"), d.year)


COLS = ("Pos", "Item", "Description", "Qty", "UoM", "Unit price", "Req. date")


def req_rows(p):
    rows = []
    for l in p["lines"]:
        rows.append((str(l["line"]), l["item"], l["description"], str(l["quantity"]), l["uom"],
                     "%s %s" % (l["unit_price"], p["currency"]), l["requested_date"]))
    return rows


def req_table(p):
    rows = [COLS] + req_rows(p)
    w = [max(len(r[i]) for r in rows) for i in range(len(COLS))]
    out_ = []
    for r in rows:
        out_.append("  ".join(c.ljust(w[i]) if i not in (3,) else c.rjust(w[i])
                              for i, c in enumerate(r)).rstrip())
    return out_


def req_row_line(p, n):
    return req_table(p)[n]


def request_text(p):
    b = p["buyer"]
    t = ["Dear %s team," % p["supplier"]["name"], "",
         "please confirm our purchase order %s of %s by return e-mail, stating quantity,"
         % (p["po_number"], fmt_issued(p["issued"])),
         "unit price and delivery date for each position.", ""]
    t += req_table(p)
    t += ["", "Delivery address: %s, Goods-in Gate 3, %s" % (BUYER_CO, BUYER_ADDR),
          "Prices %s, delivered DAP Bremen unless agreed otherwise." % p["currency"], "",
          "Kind regards", b["name"], "Purchasing | %s" % BUYER_CO, "Tel. %s" % BUYER_TEL]
    return "\n".join(t)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def request_html(p):
    b = p["buyer"]
    rows = "".join("<tr>%s</tr>" % "".join('<td style="padding:2px 6px">%s</td>' % esc(c) for c in r)
                   for r in req_rows(p))
    head = "".join('<th style="padding:2px 6px;text-align:left">%s</th>' % c for c in COLS)
    return ("<p>Dear %s team,</p><p>please confirm our purchase order %s of %s by return e-mail, "
            "stating quantity, unit price and delivery date for each position.</p>"
            '<table border="1" cellspacing="0" style="border-collapse:collapse;font-size:10pt">'
            "<tr>%s</tr>%s</table>"
            "<p>Delivery address: %s, Goods-in Gate 3, %s<br>Prices %s, delivered DAP Bremen unless "
            "agreed otherwise.</p><p>Kind regards<br>%s<br>Purchasing | %s<br>Tel. %s</p>"
            % (esc(p["supplier"]["name"]), p["po_number"], fmt_issued(p["issued"]), head, rows,
               BUYER_CO, BUYER_ADDR, p["currency"], esc(b["name"]), BUYER_CO, BUYER_TEL))


def req_sent(p):
    """Time the request went out (buyer side, CET)."""
    return p["issued"] + " 09:05 +0100"
