"""Case registry, PO / label builders and date helpers."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

D = dt.date
REG: list = []

BUYER_DOMAIN = "kestrel-supply.example"
BUYERS = {
    "maren": ("Maren Holt", f"maren.holt@{BUYER_DOMAIN}"),
    "oskar": ("Oskar Lindqvist", f"oskar.lindqvist@{BUYER_DOMAIN}"),
    "priya": ("Priya Natarajan", f"priya.natarajan@{BUYER_DOMAIN}"),
    "tobias": ("Tobias Brenner", f"tobias.brenner@{BUYER_DOMAIN}"),
    "claire": ("Claire Dumont", f"claire.dumont@{BUYER_DOMAIN}"),
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def case(slug: str, kind_locale: str, hard: str):
    def deco(fn):
        REG.append((slug, kind_locale, hard, fn))
        return fn
    return deco


def cw_fri(year: int, week: int) -> dt.date:
    return dt.date.fromisocalendar(year, week, 5)


def cw_day(year: int, week: int, day: int) -> dt.date:
    return dt.date.fromisocalendar(year, week, day)


def is_wd(d: dt.date, name: str) -> dt.date:
    assert WEEKDAYS[d.weekday()] == name, (d, WEEKDAYS[d.weekday()], name)
    return d


def next_no_year(ref: dt.date, month: int, day: int) -> dt.date:
    d = dt.date(ref.year, month, day)
    if d < ref:
        d = dt.date(ref.year + 1, month, day)
    return d


def money(x) -> str:
    """Decimal string, at least two decimals, trailing zeros beyond that removed."""
    d = Decimal(str(x))
    s = format(d.normalize(), "f")
    if "." not in s:
        s += ".00"
    elif len(s.split(".")[1]) < 2:
        s += "0"
    return s


def L(n, item, desc, qty, uom, price, req):
    assert isinstance(req, dt.date)
    return {"line": n, "item": item, "description": desc, "quantity": qty, "uom": uom,
            "unit_price": price, "requested_date": req.isoformat()}


def PO(number, supplier, buyer_key, issued, lines, currency="EUR", req_id=True, req_stamp=None):
    name, email = BUYERS[buyer_key]
    po = {"po_number": number, "supplier": supplier, "buyer": {"name": name, "email": email},
          "currency": currency, "issued": issued.isoformat()}
    if req_id:
        po["request_message_id"] = req_msgid(number, req_stamp or issued)
    po["lines"] = lines
    return po


def req_msgid(number, stamp):
    s = stamp.strftime("%Y%m%d") if isinstance(stamp, dt.date) else str(stamp)
    return f"<oa-req.{number.replace('/', '-').replace(' ', '')}.{s}@mail.{BUYER_DOMAIN}>"


def SUP(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def line_of(po, n):
    for ln in po["lines"]:
        if ln["line"] == n:
            return ln
    raise KeyError(n)


def acc(po, n):
    ln = line_of(po, n)
    return {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
            "date": ln["requested_date"]}


def chg(po, n, qty=None, price=None, date=None, schedule=None):
    ln = line_of(po, n)
    q = ln["quantity"] if qty is None else qty
    p = ln["unit_price"] if price is None else price
    d = ln["requested_date"] if date is None else (date.isoformat() if isinstance(date, dt.date) else date)
    out = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
    if schedule:
        out["schedule"] = [{"quantity": a, "date": b.isoformat()} for a, b in schedule]
        assert sum(a for a, _ in schedule) == q, (schedule, q)
        assert max(b for _, b in schedule).isoformat() == d, (schedule, d)
    else:
        assert not (q == ln["quantity"] and Decimal(p) == Decimal(ln["unit_price"]) and d == ln["requested_date"]), \
            f"line {n} labelled changed but equal to PO"
    return out


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(po, **lines):
    """conf(po, l1=..., l2=...) -> confirmation entry, checking every line is listed."""
    d = {k[1:]: v for k, v in lines.items()}
    nums = {str(ln["line"]) for ln in po["lines"]}
    assert set(d) == nums, (po["po_number"], sorted(d), sorted(nums))
    return {"po_number": po["po_number"], "lines": {k: d[k] for k in sorted(d, key=int)}}


def expected(kind, notes, confirmations=None):
    e = {"kind": kind}
    if kind == "confirmation":
        assert confirmations
        e["confirmations"] = confirmations
    else:
        assert confirmations is None
    e["notes"] = notes
    return e


# ---------------------------------------------------------------- our request mail (quoted in replies)

def _fmt_date(d: dt.date, style: str) -> str:
    if style == "iso":
        return d.isoformat()
    if style == "dmy.":
        return d.strftime("%d.%m.%Y")
    if style == "dmy/":
        return d.strftime("%d/%m/%Y")
    if style == "mdy/":
        return d.strftime("%m/%d/%Y")
    if style == "long":
        return f"{d.day} {d.strftime('%b %Y')}"
    raise ValueError(style)


def request_body(po, greeting="Dear Sir or Madam,", datestyle="iso", lang="en", attached=True):
    name = po["buyer"]["name"]
    cur = po["currency"]
    rows = []
    for ln in po["lines"]:
        rows.append(f"{ln['line']:>3}  {ln['item']:<18} {ln['description'][:40]:<40} {ln['quantity']:>7} {ln['uom']:<4} "
                    f"{ln['unit_price']:>9} {cur}  {_fmt_date(D.fromisoformat(ln['requested_date']), datestyle)}")
    if lang == "de":
        intro = (f"{greeting}\n\nbitte bestätigen Sie unsere Bestellung {po['po_number']} vom "
                 f"{_fmt_date(D.fromisoformat(po['issued']), 'dmy.')}"
                 + (" (PDF anbei)" if attached else "") +
                 " mit Menge, Preis und Liefertermin.\n\n"
                 "Pos  Artikel            Bezeichnung                               Menge ME   Preis          Wunschtermin")
        outro = f"\nMit freundlichen Grüßen\n{name}\nEinkauf | Kestrel Supply Group\nTel. +49 40 5560 1120"
    else:
        intro = (f"{greeting}\n\nPlease confirm our purchase order {po['po_number']} dated "
                 f"{_fmt_date(D.fromisoformat(po['issued']), datestyle)}"
                 + (" (PDF attached)" if attached else "") +
                 " with quantities, prices and delivery dates.\n\n"
                 "Line Item               Description                                 Qty UoM  Unit price     Requested")
        outro = f"\nKind regards\n{name}\nPurchasing | Kestrel Supply Group\n+44 20 7946 0321"
    return intro + "\n" + "\n".join(rows) + "\n" + outro + "\n"


def request_subject(po, lang="en"):
    if lang == "de":
        return f"Bestellung {po['po_number']} - Bitte um Auftragsbestätigung"
    return f"Purchase order {po['po_number']} - order acknowledgment requested"


# ---------------------------------------------------------------- message headers

def headers(frm, to, subject, date, msgid, irt=None, refs=None, cc=None, extra=(), subj_charset="utf-8",
            subj_enc="B", pre=()):
    from .mime import encoded_words, date_header
    h = list(pre)
    h += [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", encoded_words(subject, subj_charset, subj_enc)), ("Date", date_header(date)),
          ("Message-ID", msgid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    h += list(extra)
    return h


def buyer_addr(po):
    from .mime import addr
    return addr(po["buyer"]["name"], po["buyer"]["email"])


def at(y, mo, d, h, mi, off):
    from .mime import tz
    return dt.datetime(y, mo, d, h, mi, 0, tzinfo=tz(off))
