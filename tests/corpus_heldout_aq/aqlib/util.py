"""Purchase-order / label builders with self-checks, and our (buyer side) request text."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

BUYER_CO = "Brightwater Trading GmbH"
BUYER_DOMAIN = "brightwater-trading.example"
BUYERS = {
    "falk": ("Miriam Falk", f"miriam.falk@{BUYER_DOMAIN}"),
    "berg": ("Jonas Berg", f"jonas.berg@{BUYER_DOMAIN}"),
    "vos": ("Anneke Vos", f"anneke.vos@{BUYER_DOMAIN}"),
    "reiter": ("Tomasz Reiter", f"tomasz.reiter@{BUYER_DOMAIN}"),
    "dumont": ("Claire Dumont", f"claire.dumont@{BUYER_DOMAIN}"),
    "ferri": ("Luca Ferri", f"luca.ferri@{BUYER_DOMAIN}"),
    "nair": ("Priya Nair", f"priya.nair@{BUYER_DOMAIN}"),
}
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def wd(s: str, name: str) -> str:
    """Assert that ISO date s falls on weekday `name` (Mon..Sun); returns s."""
    got = D(s).strftime("%a")
    assert got == name, f"{s} is a {got}, not {name}"
    return s


def kw(year: int, week: int, day: int = 5) -> str:
    """ISO week -> date (default Friday)."""
    return dt.date.fromisocalendar(year, week, day).isoformat()


def next_on_or_after(mail_date: str, month: int, day: int) -> str:
    md = D(mail_date)
    cand = dt.date(md.year, month, day)
    if cand < md:
        cand = dt.date(md.year + 1, month, day)
    return cand.isoformat()


def supplier(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def L(n, item, desc, qty, uom, price, date):
    Decimal(price)
    D(date)
    return {"line": n, "item": item, "description": desc, "quantity": qty, "uom": uom,
            "unit_price": price, "requested_date": date}


def PO(number, sup, buyer_key, currency, issued, lines, req_id=True):
    name, email = BUYERS[buyer_key]
    po = {"po_number": number, "supplier": sup, "buyer": {"name": name, "email": email},
          "currency": currency, "issued": issued}
    if req_id:
        po["request_message_id"] = req_id if isinstance(req_id, str) else f"<po-{number}.r1@{BUYER_DOMAIN}>"
    po["lines"] = lines
    return po


def line_of(po, n):
    for ln in po["lines"]:
        if ln["line"] == n:
            return ln
    raise KeyError(n)


def A(ln):
    return {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
            "date": ln["requested_date"]}


def C(ln, quantity=None, unit_price=None, date=None, schedule=None):
    q = ln["quantity"] if quantity is None else quantity
    p = ln["unit_price"] if unit_price is None else unit_price
    d = ln["requested_date"] if date is None else date
    Decimal(p)
    D(d)
    out = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
    if schedule:
        sch = [{"quantity": a, "date": b} for a, b in schedule]
        assert len(sch) >= 2
        assert sum(s["quantity"] for s in sch) == q, ("schedule sum", sch, q)
        assert max(s["date"] for s in sch) == d, ("schedule last date", sch, d)
        out["schedule"] = sch
    else:
        assert not (q == ln["quantity"] and Decimal(p) == Decimal(ln["unit_price"]) and d == ln["requested_date"]), \
            f"changed line equals PO: {ln}"
    return out


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(po, labels: dict):
    nums = [ln["line"] for ln in po["lines"]]
    assert sorted(labels) == sorted(nums), (po["po_number"], sorted(labels), nums)
    return {"po_number": po["po_number"], "lines": {str(n): dict(labels[n]) for n in nums}}


def expected(kind, notes, confirmations=None):
    assert kind in ("confirmation", "needs_review", "auto_reply", "bounce", "unrelated")
    out = {"kind": kind}
    if kind == "confirmation":
        assert confirmations
        out["confirmations"] = confirmations
    else:
        assert confirmations is None
    out["notes"] = notes
    return out


def money(v: Decimal) -> str:
    if v == v.quantize(Decimal("0.01")):
        return str(v.quantize(Decimal("0.01")))
    return format(v.normalize(), "f")


def per(price_total: str, per_n: int, places: int = 4) -> str:
    """Price for N units -> price per unit (asserts it is exact to `places` decimals)."""
    v = Decimal(price_total) / Decimal(per_n)
    assert v == v.quantize(Decimal(1).scaleb(-places)), (price_total, per_n, v)
    return money(v)


def pct(price: str, percent: str) -> str:
    v = Decimal(price) * (Decimal(100) + Decimal(percent)) / Decimal(100)
    assert v == v.quantize(Decimal("0.0001")), (price, percent, v)
    return money(v)


# --------------------------------------------------------------------------
# Our request as it appears quoted in replies
# --------------------------------------------------------------------------

def fmt_date(s: str, style: str = "de") -> str:
    d = D(s)
    if style == "de":
        return d.strftime("%d.%m.%Y")
    if style == "iso":
        return s
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "uk":
        return d.strftime("%d/%m/%Y")
    if style == "long":
        return f"{d.day} {MON_EN[d.month - 1]} {d.year}"
    raise ValueError(style)


def req_table(po, date_style="de", currency_col=True) -> str:
    rows = [("Pos", "Item", "Description", "Qty", "UoM", "Unit price", "Delivery")]
    for ln in po["lines"]:
        price = ln["unit_price"] + (" " + po["currency"] if currency_col else "")
        rows.append((str(ln["line"]), ln["item"], ln["description"], str(ln["quantity"]), ln["uom"], price,
                     fmt_date(ln["requested_date"], date_style)))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        out.append("  ".join(c.ljust(widths[i]) if i not in (3,) else c.rjust(widths[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(out)


def req_text(po, date_style="de", intro=None, closing=None) -> str:
    name = po["buyer"]["name"]
    intro = intro or (f"Dear Sir or Madam,\n\nplease find attached our purchase order {po['po_number']} of "
                      f"{fmt_date(po['issued'], date_style)}. Kindly confirm quantity, unit price and delivery "
                      f"date for every line by return mail.")
    closing = closing or ("Delivery address: Brightwater Trading GmbH, Goods-in Gate 3, Hafenstrasse 41, 28217 Bremen, Germany\n"
                          "Terms: DAP Bremen (Incoterms 2020), payment 60 days net.")
    return (f"{intro}\n\n{req_table(po, date_style)}\n\n{closing}\n\nKind regards\n{name}\nPurchasing\n"
            f"{BUYER_CO}\nHafenstrasse 41 | 28217 Bremen | Germany\n")


def req_html_table(po, date_style="de", extra_cols=(), red=None) -> str:
    """HTML table of our PO, optionally with extra columns filled in (e.g. supplier's red answers).

    extra_cols: list of header names; red: {line_no: [cell html, ...]}.
    """
    head = ["Pos", "Item", "Description", "Qty", "UoM", "Unit price", "Delivery"] + list(extra_cols)
    th = "".join(f'<td style="border:solid windowtext 1.0pt;padding:2pt 4pt"><p class="MsoNormal"><b>{h}</b></p></td>' for h in head)
    rows = [f"<tr>{th}</tr>"]
    for ln in po["lines"]:
        cells = [str(ln["line"]), ln["item"], ln["description"], str(ln["quantity"]), ln["uom"],
                 f'{ln["unit_price"]} {po["currency"]}', fmt_date(ln["requested_date"], date_style)]
        from .mime import esc
        tds = "".join(f'<td style="border:solid windowtext 1.0pt;padding:2pt 4pt"><p class="MsoNormal">{esc(c)}</p></td>' for c in cells)
        if red is not None:
            for c in red.get(ln["line"], [""] * len(extra_cols)):
                tds += f'<td style="border:solid windowtext 1.0pt;padding:2pt 4pt"><p class="MsoNormal">{c}</p></td>'
        rows.append(f"<tr>{tds}</tr>")
    return '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n' + "\n".join(rows) + "\n</table>"


def outlook_sent(y, m, d, hh, mm) -> str:
    h12 = hh % 12 or 12
    ap = "AM" if hh < 12 else "PM"
    return f"{WD_EN[dt.date(y, m, d).weekday()]}, {MON_EN[m - 1]} {d}, {y} {h12}:{mm:02d} {ap}"


def gmail_on(y, m, d, hh, mm, who) -> str:
    wdn = WD_EN[dt.date(y, m, d).weekday()][:3]
    return f"On {wdn}, {d} {MON_EN[m - 1][:3]} {y} at {hh:02d}:{mm:02d}, {who} wrote:"


_LOC = {
    "de": (["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
           ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
            "November", "Dezember"], "{wd}, {d}. {mon} {y} {hh}:{mm:02d}"),
    "nl": (["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
           ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
            "november", "december"], "{wd} {d} {mon} {y} {hh}:{mm:02d}"),
    "es": (["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
           ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre"], "{wd}, {d} de {mon} de {y} {hh}:{mm:02d}"),
    "cs": (["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"],
           ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
            "listopadu", "prosince"], "{wd} {d}. {mon} {y} {hh}:{mm:02d}"),
    "fr": (["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
           ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre"], "{wd} {d} {mon} {y} {hh}:{mm:02d}"),
    "sk": (["pondelok", "utorok", "streda", "štvrtok", "piatok", "sobota", "nedeľa"],
           ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra",
            "novembra", "decembra"], "{wd} {d}. {mon} {y} {hh}:{mm:02d}"),
    "it": (["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
           ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
            "ottobre", "novembre", "dicembre"], "{wd} {d} {mon} {y} {hh}:{mm:02d}"),
    "pt": (["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
           ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
            "novembro", "dezembro"], "{wd}, {d} de {mon} de {y} {hh}:{mm:02d}"),
}


def sent_local(lang, y, m, d, hh, mm) -> str:
    """Outlook 'Sent:' value as a localized Outlook writes it."""
    if lang == "en":
        return outlook_sent(y, m, d, hh, mm)
    wds, mons, f = _LOC[lang]
    return f.format(wd=wds[dt.date(y, m, d).weekday()], d=d, mon=mons[m - 1], y=y, hh=hh, mm=mm)
