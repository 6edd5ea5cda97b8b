"""Shared helpers: case registry, PO construction, label helpers, quoting."""
import datetime as dt
from decimal import Decimal

REG = []  # (slug, "kind/locale", what makes it hard, builder)


def case(slug, kind_locale, hard):
    def deco(fn):
        REG.append((slug, kind_locale, hard, fn))
        return fn
    return deco


DOMAIN = "corvid-procurement.example"
BUYERS = {
    "dana": ("Dana Ruiz", "dana.ruiz@" + DOMAIN),
    "tomas": ("Tomas Lindqvist", "tomas.lindqvist@" + DOMAIN),
    "priya": ("Priya Nair", "priya.nair@" + DOMAIN),
    "marek": ("Marek Wolny", "marek.wolny@" + DOMAIN),
}


def D(s):
    return dt.date.fromisoformat(s)


def fd(iso, pat):
    """Format an ISO date; %e = day without zero, %k = month without zero."""
    d = D(iso)
    pat = pat.replace("%e", str(d.day)).replace("%k", str(d.month))
    return d.strftime(pat)


def kw(year, week, weekday=5):
    return dt.date.fromisocalendar(year, week, weekday).isoformat()


def weekday(iso):
    return D(iso).isoweekday()


def num(value, dec=",", th=".", places=2):
    q = Decimal(value).quantize(Decimal(1).scaleb(-places)) if places else Decimal(value).quantize(Decimal(1))
    s = f"{abs(q):f}"
    if "." in s:
        ip, fp = s.split(".")
    else:
        ip, fp = s, ""
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    out = th.join(groups)
    if fp:
        out += dec + fp
    return ("-" if q < 0 else "") + out


def mkpo(num_, sup, currency, issued, lines, buyer="dana", rid=True, rev=1):
    """sup = (id, name, email, locale); lines = [(item, desc, qty, uom, price, date)]."""
    sid, sname, semail, loc = sup
    bname, bmail = BUYERS[buyer]
    po = {
        "po_number": num_,
        "supplier": {"id": sid, "name": sname, "email": semail, "locale": loc},
        "buyer": {"name": bname, "email": bmail},
        "currency": currency,
        "issued": issued,
    }
    if rid:
        po["request_message_id"] = f"<po-{num_.lower().replace('/', '-')}.{rev}@{DOMAIN}>"
    po["lines"] = [
        {"line": i + 1, "item": it, "description": de, "quantity": q, "uom": u,
         "unit_price": p, "requested_date": d}
        for i, (it, de, q, u, p, d) in enumerate(lines)
    ]
    return po


def L(po, n):
    return po["lines"][n - 1]


def acc(po, n):
    ln = L(po, n)
    return {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
            "date": ln["requested_date"]}


def chg(po, n, q=None, p=None, d=None, sched=None):
    ln = L(po, n)
    out = {"status": "changed",
           "quantity": ln["quantity"] if q is None else q,
           "unit_price": ln["unit_price"] if p is None else p,
           "date": ln["requested_date"] if d is None else d}
    if sched:
        out["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
        assert sum(a for a, _ in sched) == out["quantity"], (po["po_number"], n)
        assert max(b for _, b in sched) == out["date"], (po["po_number"], n)
    else:
        assert (out["quantity"], Decimal(out["unit_price"]), out["date"]) != \
            (ln["quantity"], Decimal(ln["unit_price"]), ln["requested_date"]), (po["po_number"], n)
    return out


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(po, labels):
    assert sorted(labels) == [ln["line"] for ln in po["lines"]], po["po_number"]
    return {"po_number": po["po_number"], "lines": {str(k): labels[k] for k in sorted(labels)}}


def expected(kind, notes, confs=None):
    e = {"kind": kind}
    if kind == "confirmation":
        e["confirmations"] = confs
    e["notes"] = notes
    return e


# ---------------------------------------------------------------- request text

def req_subject(po):
    return f"Purchase order {po['po_number']} - request for order acknowledgement"


def req_table(po, sep="  "):
    head = ["Pos", "Item", "Description", "Qty", "UoM", "Unit price", "Req. date"]
    rows = [[str(ln["line"]), ln["item"], ln["description"], str(ln["quantity"]), ln["uom"],
             f"{ln['unit_price']} {po['currency']}", ln["requested_date"]] for ln in po["lines"]]
    w = [max(len(r[i]) for r in [head] + rows) for i in range(len(head))]
    fmt = lambda r: sep.join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip()
    return [fmt(head)] + [fmt(r) for r in rows]


def req_body(po):
    b = po["buyer"]["name"]
    lines = [
        "Hello,",
        "",
        f"please acknowledge our purchase order {po['po_number']} dated {po['issued']}",
        "and confirm quantities, unit prices and delivery dates for each line.",
        "",
    ] + req_table(po) + [
        "",
        "Delivery to: Corvid Group, Goods Receipt Gate 3, Hafenstrasse 12, 28197 Bremen",
        "Terms: DAP, 60 days net. Please quote our PO number on all documents.",
        "",
        "Kind regards",
        b,
        "Purchasing | Corvid Group",
        "+49 421 5550 1720",
    ]
    return "\n".join(lines)


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject", "%A, %B %e, %Y 9:12 AM"),
    "de": ("Von", "Gesendet", "An", "Betreff", "%d.%m.%Y 09:12"),
    "fr": ("De", "Envoyé", "À", "Objet", "%d/%m/%Y 09:12"),
    "it": ("Da", "Inviato", "A", "Oggetto", "%d/%m/%Y 09:12"),
    "es": ("De", "Enviado el", "Para", "Asunto", "%d/%m/%Y 9:12"),
    "pt": ("De", "Enviada em", "Para", "Assunto", "%d/%m/%Y 09:12"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", "%d-%m-%Y 09:12"),
    "pl": ("Od", "Wysłano", "Do", "Temat", "%d.%m.%Y 09:12"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět", "%d.%m.%Y 9:12"),
    "sk": ("Od", "Odoslané", "Komu", "Predmet", "%d.%m.%Y 9:12"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy", "%Y. %m. %d. 9:12"),
    "sv": ("Från", "Skickat", "Till", "Ämne", "%Y-%m-%d 09:12"),
    "da": ("Fra", "Sendt", "Til", "Emne", "%d.%m.%Y 09:12"),
    "nb": ("Fra", "Sendt", "Til", "Emne", "%d.%m.%Y 09:12"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe", "%d.%m.%Y 9.12"),
}


def outlook_quote(po, lang="en", sep=": "):
    f, s, t, sub, pat = OUTLOOK_LABELS[lang]
    if lang == "fr":
        sep = " : "
    b = po["buyer"]
    sup = po["supplier"]
    hdr = [
        f"{f}{sep}{b['name']} <{b['email']}>",
        f"{s}{sep}{fd(po['issued'], pat)}",
        f"{t}{sep}{sup['name']} <{sup['email']}>",
        f"{sub}{sep}{req_subject(po)}",
    ]
    return "\n".join(hdr) + "\n\n" + req_body(po)


def gmail_quote(po, attribution=None):
    b = po["buyer"]
    if attribution is None:
        d = D(po["issued"])
        attribution = f"On {d.strftime('%a')}, {d.day} {d.strftime('%b %Y')} at 09:12, {b['name']} <{b['email']}> wrote:"
    body = "\n".join(("> " + x) if x else ">" for x in req_body(po).split("\n"))
    return attribution + "\n" + body


def quoted_lines(po):
    return ["> " + x if x else ">" for x in req_body(po).split("\n")]
