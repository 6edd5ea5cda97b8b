"""Purchase-order data, our own request mail (for quoting) and expected-label builders."""
from __future__ import annotations

import datetime as dt
import html
import json
from decimal import Decimal
from pathlib import Path

COMPANY = "Halden & Roe Group"
DOMAIN = "halden-roe.example"

BUYERS = {
    "kv": {"name": "Katrin Vogel", "email": "katrin.vogel@halden-roe.example"},
    "jl": {"name": "Jonas Lind", "email": "jonas.lind@halden-roe.example"},
    "pn": {"name": "Priya Nair", "email": "priya.nair@halden-roe.example"},
    "sm": {"name": "Sofia Marques", "email": "sofia.marques@halden-roe.example"},
    "to": {"name": "Tom Okafor", "email": "tom.okafor@halden-roe.example"},
    "md": {"name": "Marek Dvorak", "email": "marek.dvorak@halden-roe.example"},
    "ep": {"name": "Elena Petrova", "email": "elena.petrova@halden-roe.example"},
}

D = dt.date.fromisoformat


def kw(year: int, week: int, day: int = 5) -> dt.date:
    """ISO week -> date; default Friday (FORMAT.md rule)."""
    return dt.date.fromisocalendar(year, week, day)


def add_workdays(start: dt.date, n: int, holidays=()) -> dt.date:
    d = start
    while n:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in holidays:
            n -= 1
    return d


def next_md(ref: dt.date, month: int, day: int) -> dt.date:
    cand = dt.date(ref.year, month, day)
    return cand if cand >= ref else dt.date(ref.year + 1, month, day)


def wd(d) -> str:
    if isinstance(d, str):
        d = D(d)
    return d.strftime("%a")


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def L(n, item, desc, qty, uom, price, date):
    assert isinstance(qty, int) and qty > 0
    Decimal(price)
    D(date)
    return {"line": n, "item": item, "description": desc, "quantity": qty, "uom": uom,
            "unit_price": price, "requested_date": date}


def PO(number, supplier, buyer, issued, lines, currency="EUR", req=True):
    po = {"po_number": number, "supplier": supplier, "buyer": BUYERS[buyer] if isinstance(buyer, str) else buyer,
          "currency": currency, "issued": issued}
    if req:
        po["request_message_id"] = req if isinstance(req, str) else f"<po-{number}.1@{DOMAIN}>"
    po["lines"] = lines
    return po


def req_id(po):
    return po.get("request_message_id")


# ---------------------------------------------------------------- our request, for quoting

def fmt_qty(q):
    return f"{q:,}"


def table_text(po, date_fmt="%Y-%m-%d"):
    hdr = ["Line", "Item", "Description", "Qty", "UoM", f"Price {po['currency']}", "Need by"]
    rows = [hdr]
    for ln in po["lines"]:
        rows.append([str(ln["line"]), ln["item"], ln["description"], fmt_qty(ln["quantity"]), ln["uom"],
                     ln["unit_price"], D(ln["requested_date"]).strftime(date_fmt)])
    w = [max(len(r[i]) for r in rows) for i in range(len(hdr))]
    out = []
    for r in rows:
        out.append("  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(out)


def table_html(po, date_fmt="%Y-%m-%d", extra_col=None):
    """extra_col: optional (header, {line: html}) for answers typed into the table."""
    th = "".join(f'<th style="border:1px solid #999;padding:3px 6px;background:#E7EEF7">{h}</th>'
                 for h in ["Line", "Item", "Description", "Qty", "UoM", f"Price {po['currency']}", "Need by"]
                 + ([extra_col[0]] if extra_col else []))
    trs = []
    for ln in po["lines"]:
        cells = [str(ln["line"]), html.escape(ln["item"]), html.escape(ln["description"]), fmt_qty(ln["quantity"]),
                 ln["uom"], ln["unit_price"], D(ln["requested_date"]).strftime(date_fmt)]
        if extra_col:
            cells.append(extra_col[1].get(ln["line"], ""))
        trs.append("<tr>" + "".join(f'<td style="border:1px solid #999;padding:3px 6px">{c}</td>' for c in cells) + "</tr>")
    return ('<table style="border-collapse:collapse;font-family:Calibri,Arial,sans-serif;font-size:10pt">'
            f"<tr>{th}</tr>" + "".join(trs) + "</table>")


def request_text(po, contact="Sir or Madam", date_fmt="%Y-%m-%d", pos=None):
    b = po["buyer"]
    pos = pos or [po]
    if len(pos) == 1:
        intro = (f"Please find below our purchase order {po['po_number']} of {po['issued']}.\n"
                 "Kindly confirm quantities, prices and delivery dates by return e-mail.")
    else:
        intro = ("Please find below our purchase orders " + ", ".join(p["po_number"] for p in pos)
                 + ".\nKindly confirm quantities, prices and delivery dates by return e-mail.")
    blocks = []
    for p in pos:
        blocks.append(f"PO {p['po_number']}\n" + table_text(p, date_fmt))
    return (f"Dear {contact},\n\n{intro}\n\n" + "\n\n".join(blocks) +
            "\n\nDelivery address: Halden & Roe Group, Dock 4, Industrieweg 12, 3044 AS Rotterdam, NL\n"
            "Incoterms 2020: DAP Rotterdam. Payment: 60 days net.\n\n"
            f"Best regards\n{b['name']}\nPurchasing | Halden & Roe Group\n+31 10 555 0142\n")


def request_html(po, contact="Sir or Madam", date_fmt="%Y-%m-%d", pos=None, extra_col=None):
    b = po["buyer"]
    pos = pos or [po]
    if len(pos) == 1:
        intro = (f"Please find below our purchase order {po['po_number']} of {po['issued']}.<br>"
                 "Kindly confirm quantities, prices and delivery dates by return e-mail.")
    else:
        intro = ("Please find below our purchase orders " + ", ".join(p["po_number"] for p in pos)
                 + ".<br>Kindly confirm quantities, prices and delivery dates by return e-mail.")
    blocks = []
    for p in pos:
        ec = extra_col.get(p["po_number"]) if isinstance(extra_col, dict) and p["po_number"] in extra_col else (
            extra_col if extra_col and not isinstance(extra_col, dict) else None)
        blocks.append(f"<p><b>PO {p['po_number']}</b></p>" + table_html(p, date_fmt, ec))
    return (f"<p>Dear {html.escape(contact)},</p><p>{intro}</p>" + "".join(blocks) +
            "<p>Delivery address: Halden &amp; Roe Group, Dock 4, Industrieweg 12, 3044 AS Rotterdam, NL<br>"
            "Incoterms 2020: DAP Rotterdam. Payment: 60 days net.</p>"
            f"<p>Best regards<br>{html.escape(b['name'])}<br>Purchasing | Halden &amp; Roe Group<br>+31 10 555 0142</p>")


def quote_gt(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


def subject_po(po):
    return f"Purchase order {po['po_number']} - {COMPANY} - please confirm"


# ---------------------------------------------------------------- expected labels

def _line_index(po):
    return {ln["line"]: ln for ln in po["lines"]}


def confirm(po, spec):
    """spec: {line: 'A' | 'R' | 'U' | dict(q=, p=, d=, s=[(q, date), ...])}; lines not in spec -> 'U'."""
    idx = _line_index(po)
    for k in spec:
        assert k in idx, (po["po_number"], k)
    out = {}
    for n, ln in idx.items():
        s = spec.get(n, "U")
        if s == "A":
            out[str(n)] = {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
                           "date": ln["requested_date"]}
        elif s == "R":
            out[str(n)] = {"status": "rejected"}
        elif s == "U":
            out[str(n)] = {"status": "unconfirmed"}
        else:
            sched = s.get("s")
            q = s.get("q", sum(x[0] for x in sched) if sched else ln["quantity"])
            p = s.get("p", ln["unit_price"])
            d = s.get("d", max(str(x[1]) for x in sched) if sched else ln["requested_date"])
            d = str(d)
            Decimal(p)
            assert isinstance(q, int)
            lab = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
            if sched:
                lab["schedule"] = [{"quantity": a, "date": str(b)} for a, b in sched]
                assert sum(a for a, _ in sched) == q, (po["po_number"], n)
                assert max(str(b) for _, b in sched) == d
            else:
                assert not (q == ln["quantity"] and Decimal(p) == Decimal(ln["unit_price"])
                            and d == ln["requested_date"]), ("changed line equals PO", po["po_number"], n)
            out[str(n)] = lab
    return {"po_number": po["po_number"], "lines": out}


def expected(kind, notes, confs=None):
    e = {"kind": kind}
    if kind == "confirmation":
        assert confs
        e["confirmations"] = confs
    else:
        assert not confs
    e["notes"] = notes
    return e


def write_case(root: Path, slug: str, pos, eml: bytes, exp):
    d = root / slug
    d.mkdir(parents=True, exist_ok=True)
    (d / "pos.json").write_text(json.dumps(pos, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (d / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (d / "message.eml").write_bytes(eml)
