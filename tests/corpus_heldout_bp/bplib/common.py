"""Registry, PO/label helpers and the text of our own request mails."""
import datetime as dt
from decimal import Decimal

from . import mime

REG = []  # (slug, "kind/locale", what makes it hard, builder)

BUYER_DOMAIN = "meridian-supply.example"
BUYERS = {
    "kv": ("Katrin Vogel", "katrin.vogel@meridian-supply.example"),
    "tr": ("Tomás Reyes", "tomas.reyes@meridian-supply.example"),
    "ap": ("Aisha Patel", "aisha.patel@meridian-supply.example"),
    "jl": ("Jonas Lindqvist", "jonas.lindqvist@meridian-supply.example"),
}
COMPANY = "Meridian Supply Group B.V."
COMPANY_ADDR = "Havenstraat 41, 3011 AB Rotterdam, Netherlands"


def case(slug, kl, hard):
    def deco(fn):
        REG.append((slug, kl, hard, fn))
        return fn
    return deco


def D(s):
    return dt.date.fromisoformat(s)


def PO(num, sup, cur, issued, lines, buyer="kv", rid=True):
    sid, name, email, loc = sup
    bn, be = BUYERS[buyer]
    po = {
        "po_number": num,
        "supplier": {"id": sid, "name": name, "email": email, "locale": loc},
        "buyer": {"name": bn, "email": be},
        "currency": cur,
        "issued": issued,
    }
    if rid:
        po["request_message_id"] = f"<po-{num}.1@{BUYER_DOMAIN}>"
    po["lines"] = [
        {"line": i, "item": it, "description": de, "quantity": q, "uom": u,
         "unit_price": p, "requested_date": d}
        for i, (it, de, q, u, p, d) in enumerate(lines, 1)
    ]
    return po


def C(q, p, d, sched=None):
    x = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
    if sched:
        x["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
        assert sum(a for a, _ in sched) == q, (sched, q)
        assert max(b for _, b in sched) == d
    return x


def conf(po, spec):
    """spec: {line: "A" | "R" | "U" | C(...)}; missing lines become unconfirmed."""
    out = {}
    for ln in po["lines"]:
        v = spec.get(ln["line"], "U")
        if v == "A":
            out[str(ln["line"])] = {"status": "accepted", "quantity": ln["quantity"],
                                    "unit_price": ln["unit_price"], "date": ln["requested_date"]}
        elif v == "R":
            out[str(ln["line"])] = {"status": "rejected"}
        elif v == "U":
            out[str(ln["line"])] = {"status": "unconfirmed"}
        else:
            v = dict(v)
            same = (v["quantity"] == ln["quantity"] and Decimal(v["unit_price"]) == Decimal(ln["unit_price"])
                    and v["date"] == ln["requested_date"] and "schedule" not in v)
            assert not same, (po["po_number"], ln["line"])
            out[str(ln["line"])] = v
    for k in spec:
        assert any(l["line"] == k for l in po["lines"]), k
    return {"po_number": po["po_number"], "lines": out}


def exp(kind, notes, *confs):
    e = {"kind": kind}
    if confs:
        e["confirmations"] = list(confs)
    e["notes"] = notes
    return e


def money(p, dec=",", th="."):
    s = f"{Decimal(p):,.2f}"
    return s.replace(",", "\x00").replace(".", dec).replace("\x00", th)


def fmt_q(q):
    return f"{q:,}".replace(",", ",")


# ---------------------------------------------------------------- our request

def req_subject(po, reminder=False):
    s = f"Purchase order {po['po_number']} - request for order acknowledgement"
    return ("Reminder: " + s) if reminder else s


def req_date(po, hour="09:12:40", days=0):
    d = D(po["issued"]) + dt.timedelta(days=days)
    return mime.date(f"{d.isoformat()} {hour}", "+0100")


def req_text(po, reminder=False):
    bn, _ = po["buyer"]["name"], po["buyer"]["email"]
    cur = po["currency"]
    rows = []
    hdr = f"{'Pos':<4}{'Item':<14}{'Description':<44}{'Qty':>7} {'UoM':<5}{'Unit price':>14}  {'Need by':<10}"
    rows.append(hdr)
    rows.append("-" * len(hdr))
    for l in po["lines"]:
        rows.append(f"{l['line']:<4}{l['item']:<14}{l['description'][:43]:<44}{l['quantity']:>7} {l['uom']:<5}"
                    f"{l['unit_price'] + ' ' + cur:>14}  {l['requested_date']}")
    intro = (f"Dear {po['supplier']['name']} team,\n\n"
             f"please find below our purchase order {po['po_number']} dated {po['issued']}. "
             "Kindly confirm quantities, unit prices and delivery dates by return mail, "
             "referencing the PO number.")
    if reminder:
        intro = (f"Dear {po['supplier']['name']} team,\n\n"
                 f"we have not yet received your acknowledgement of purchase order {po['po_number']} "
                 f"(sent {po['issued']}). Please confirm quantities, unit prices and delivery dates "
                 "at your earliest convenience.")
    return (intro + "\n\n" + "\n".join(rows) + "\n\n"
            f"Delivery address: {COMPANY}, Warehouse 3, {COMPANY_ADDR}\n"
            "Incoterms: DAP Rotterdam. Payment terms: 30 days net.\n\n"
            f"Kind regards\n{bn}\nPurchasing | {COMPANY}\n+31 10 555 0142\n")


def req_html(po, reminder=False):
    cur = po["currency"]
    rows = "".join(
        f"<tr><td>{l['line']}</td><td>{l['item']}</td><td>{esc(l['description'])}</td>"
        f"<td align=\"right\">{l['quantity']}</td><td>{l['uom']}</td>"
        f"<td align=\"right\">{l['unit_price']} {cur}</td><td>{l['requested_date']}</td></tr>"
        for l in po["lines"])
    intro = (f"please find below our purchase order {po['po_number']} dated {po['issued']}. Kindly confirm "
             "quantities, unit prices and delivery dates by return mail, referencing the PO number.")
    if reminder:
        intro = (f"we have not yet received your acknowledgement of purchase order {po['po_number']} "
                 f"(sent {po['issued']}). Please confirm quantities, unit prices and delivery dates "
                 "at your earliest convenience.")
    return (f"<p>Dear {esc(po['supplier']['name'])} team,</p><p>{intro}</p>"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>Pos</th><th>Item</th>"
            "<th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Need by</th></tr>"
            f"{rows}</table><p>Delivery address: {COMPANY}, Warehouse 3, {COMPANY_ADDR}<br>"
            "Incoterms: DAP Rotterdam. Payment terms: 30 days net.</p>"
            f"<p>Kind regards<br>{esc(po['buyer']['name'])}<br>Purchasing | {COMPANY}</p>")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "pt": ("De", "Enviada em", "Para", "Assunto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"),
    "sv": ("Från", "Skickat", "Till", "Ämne"),
    "da": ("Fra", "Sendt", "Til", "Emne"),
    "nb": ("Fra", "Sendt", "Til", "Emne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
    "ro": ("De la", "Trimis", "Către", "Subiect"),
}


def outlook_quote(po, lang="en", sent=None, reminder=False):
    f, s, t, sub = OUTLOOK_LABELS.get(lang, OUTLOOK_LABELS["en"])
    bn, be = po["buyer"]["name"], po["buyer"]["email"]
    sent = sent or f"{po['issued']} 09:12"
    return (f"{f}: {bn} <{be}>\n{s}: {sent}\n{t}: {po['supplier']['email']}\n"
            f"{sub}: {req_subject(po, reminder)}\n\n" + req_text(po, reminder))


def gmail_attr(po, lead="On {d}, {n} <{e}> wrote:", reminder=False, days=0):
    d = req_date(po, days=days)
    return lead.format(d=d, n=po["buyer"]["name"], e=po["buyer"]["email"]) + "\n\n" + gt(req_text(po, reminder))


def subj(po, prefix="RE: ", reminder=False):
    return prefix + req_subject(po, reminder)


def headers(po, frm, subject, date, tz, mid, cs="utf-8", enc="B", irt=True, refs=None, to=None,
            extra=(), order="std"):
    """frm = (display name, address)."""
    bn, be = po["buyer"]["name"], po["buyer"]["email"]
    h = [("From", mime.addr(frm[0], frm[1], cs, enc)),
         ("To", to if to is not None else mime.addr(bn, be, cs, enc)),
         ("Subject", mime.ew(subject, cs, enc)),
         ("Date", mime.date(date, tz)),
         ("Message-ID", mid)]
    rid = po.get("request_message_id")
    if irt and rid:
        h.append(("In-Reply-To", rid if irt is True else irt))
        h.append(("References", refs or (rid if irt is True else irt)))
    h += list(extra)
    return h
