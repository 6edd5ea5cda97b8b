"""Shared helpers: purchase orders, our request text, quoting styles, labels."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from .mime import rfc_date

BUYER_DOMAIN = "nordwind-group.example"
BUYERS = {
    "dana": {"name": "Dana Ruiz", "email": f"dana.ruiz@{BUYER_DOMAIN}", "title": "Purchasing - Catering & Food Service"},
    "jonas": {"name": "Jonas Keller", "email": f"jonas.keller@{BUYER_DOMAIN}", "title": "Strategic Buyer - Metals & Tooling"},
    "marta": {"name": "Marta Lindqvist", "email": f"marta.lindqvist@{BUYER_DOMAIN}", "title": "Buyer - Facilities & Print"},
    "priya": {"name": "Priya Nair", "email": f"priya.nair@{BUYER_DOMAIN}", "title": "Buyer - Lab & Pharma Materials"},
    "tomas": {"name": "Tomas Heredia", "email": f"tomas.heredia@{BUYER_DOMAIN}", "title": "Buyer - Agri & Fresh Produce"},
    "olivia": {"name": "Olivia Brandt", "email": f"olivia.brandt@{BUYER_DOMAIN}", "title": "Buyer - Mobility & Aftermarket"},
}

CASES = []


def D(y, m, d):
    return dt.date(y, m, d)


def kw(year, week, day=5):
    """ISO calendar week -> date (default Friday)."""
    return dt.date.fromisocalendar(year, week, day)


def is_weekday(date, idx):
    """Assert the weekday (0=Mon) of a date that a mail text names."""
    assert date.weekday() == idx, (date, date.weekday(), idx)
    return date


def next_on_or_after(mail_date, month, day):
    """A date without a year: the next such date on or after the mail date."""
    cand = dt.date(mail_date.year, month, day)
    if cand < mail_date:
        cand = dt.date(mail_date.year + 1, month, day)
    return cand


def sup(id_, name, email, locale):
    return {"id": id_, "name": name, "email": email, "locale": locale}


def PO(number, supplier, issued, lines, buyer="dana", currency="EUR", request=True, req_suffix="1"):
    b = BUYERS[buyer]
    po = {
        "po_number": number,
        "supplier": supplier,
        "buyer": {"name": b["name"], "email": b["email"]},
        "currency": currency,
        "issued": issued,
    }
    if request:
        po["request_message_id"] = f"<po-{number}.{req_suffix}@{BUYER_DOMAIN}>"
    po["lines"] = []
    for i, (item, desc, qty, uom, price, date) in enumerate(lines, start=1):
        assert isinstance(qty, int) and isinstance(price, str)
        dt.date.fromisoformat(date)
        Decimal(price)
        po["lines"].append({"line": i, "item": item, "description": desc, "quantity": qty,
                            "uom": uom, "unit_price": price, "requested_date": date})
    return po


def req_id(po):
    return po["request_message_id"]


def buyer_of(po):
    for b in BUYERS.values():
        if b["email"] == po["buyer"]["email"]:
            return b
    raise KeyError


# --------------------------------------------------------------------------
# our own request mail (what the supplier quotes)
# --------------------------------------------------------------------------

def request_subject(po):
    return f"Purchase order {po['po_number']} - please confirm"


def request_text(po, short=False):
    b = buyer_of(po)
    cur = po["currency"]
    rows = []
    iw = max(len(ln["item"]) for ln in po["lines"])
    dw = max(len(ln["description"]) for ln in po["lines"])
    for ln in po["lines"]:
        rows.append(f"{ln['line']:>3}  {ln['item']:<{iw}}  {ln['description']:<{dw}} {ln['quantity']:>7} {ln['uom']:<4} "
                    f"{ln['unit_price']:>10} {cur}  {ln['requested_date']}")
    head = f"{'Ln':>3}  {'Item':<{iw}}  {'Description':<{dw}} {'Qty':>7} {'UoM':<4} {'Unit price':>14}  Need-by"
    txt = (f"Hello,\n\n"
           f"please find below our purchase order {po['po_number']} dated {po['issued']}.\n"
           f"Kindly confirm quantity, unit price and delivery date for every line by return mail.\n\n"
           + head + "\n" + "\n".join(rows) + "\n\n")
    if not short:
        txt += ("Delivery address: Nordwind Group, Goods Receipt Gate 3, Havnevej 41, 6700 Esbjerg, Denmark\n"
                "Terms: as per framework agreement. Please quote our PO number on all documents.\n\n")
    txt += f"Best regards\n{b['name']}\n{b['title']}\nNordwind Group | {b['email']}\n"
    return txt


def request_dt(po, hh=10, mm=12):
    y, m, d = map(int, po["issued"].split("-"))
    return rfc_date(y, m, d, hh, mm, 31, "+0100")


def gt(text, prefix="> "):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append(prefix.rstrip() if not line else prefix + line)
    return "\n".join(out) + "\n"


EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


def gmail_attrib(po, hh=10, mm=12):
    y, m, d = map(int, po["issued"].split("-"))
    day = dt.date(y, m, d)
    b = buyer_of(po)
    h12 = hh % 12 or 12
    ampm = "AM" if hh < 12 else "PM"
    return (f"On {EN_DAYS[day.weekday()][:3]}, {EN_MONTHS[m - 1][:3]} {d}, {y} at {h12}:{mm:02d} {ampm} "
            f"{b['name']} <{b['email']}> wrote:")


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoy\u00e9\u00a0", "\u00c0\u00a0", "Objet\u00a0"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "pl": ("Od", "Wys\u0142ano", "Do", "Temat"),
    "sv": ("Fr\u00e5n", "Skickat", "Till", "\u00c4mne"),
    "pt": ("De", "Enviado", "Para", "Assunto"),
    "da": ("Fra", "Sendt", "Til", "Emne"),
    "cs": ("Od", "Odesl\u00e1no", "Komu", "P\u0159edm\u011bt"),
    "hu": ("Felad\u00f3", "Elk\u00fcldve", "C\u00edmzett", "T\u00e1rgy"),
    "ro": ("De la", "Trimis", "C\u0103tre", "Subiect"),
    "tr": ("Kimden", "G\u00f6nderildi", "Kime", "Konu"),
    "fi": ("L\u00e4hett\u00e4j\u00e4", "L\u00e4hetetty", "Vastaanottaja", "Aihe"),
}


def outlook_block(po, lang="en", sent=None, to=None, subject=None):
    b = buyer_of(po)
    f, s, t, sub = OUTLOOK_LABELS[lang]
    if sent is None:
        y, m, d = map(int, po["issued"].split("-"))
        day = dt.date(y, m, d)
        sent = f"{EN_DAYS[day.weekday()]}, {EN_MONTHS[m - 1]} {d}, {y} 10:12 AM"
    to = to or po["supplier"]["email"]
    subject = subject or request_subject(po)
    return (f"{f}: {b['name']} <{b['email']}>\n{s}: {sent}\n{t}: {to}\n{sub}: {subject}\n")


# --------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------

def _dec(x):
    d = Decimal(str(x))
    if d.as_tuple().exponent > -2:
        d = d.quantize(Decimal("0.01"))
    return format(d, "f")


def _iso(d):
    return d.isoformat() if isinstance(d, dt.date) else dt.date.fromisoformat(d).isoformat()


def _line(po, n):
    for ln in po["lines"]:
        if ln["line"] == n:
            return ln
    raise KeyError(n)


def acc(po, n):
    ln = _line(po, n)
    return {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
            "date": ln["requested_date"]}


def chg(po, n, q=None, p=None, d=None, sched=None):
    ln = _line(po, n)
    out = {"status": "changed"}
    if sched:
        sched = [{"quantity": a, "date": _iso(b)} for a, b in sched]
        if q is None:
            q = sum(s["quantity"] for s in sched)
        if d is None:
            d = max(s["date"] for s in sched)
        assert q == sum(s["quantity"] for s in sched)
        assert _iso(d) == max(s["date"] for s in sched)
    out["quantity"] = ln["quantity"] if q is None else q
    out["unit_price"] = ln["unit_price"] if p is None else _dec(p)
    out["date"] = ln["requested_date"] if d is None else _iso(d)
    if sched:
        out["schedule"] = sched
    else:
        assert (out["quantity"] != ln["quantity"] or Decimal(out["unit_price"]) != Decimal(ln["unit_price"])
                or out["date"] != ln["requested_date"]), f"line {n} labelled changed but equals PO"
    return out


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(po, lines):
    assert set(lines) == {ln["line"] for ln in po["lines"]}, (po["po_number"], sorted(lines))
    return {"po_number": po["po_number"], "lines": {str(k): (dict(v)) for k, v in sorted(lines.items())}}


def all_acc(po):
    return conf(po, {ln["line"]: acc(po, ln["line"]) for ln in po["lines"]})


def expect(kind, notes, confs=None):
    e = {"kind": kind}
    if kind == "confirmation":
        assert confs
        e["confirmations"] = confs
    else:
        assert confs is None
    e["notes"] = notes
    return e


def case(slug, kind_locale, hard, pos, eml, exp):
    assert isinstance(eml, bytes)
    CASES.append({"slug": slug, "kind_locale": kind_locale, "hard": hard, "pos": pos, "eml": eml, "exp": exp})
