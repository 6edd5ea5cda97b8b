"""PO / expected-label helpers, date helpers and quoting helpers for batch AA."""
from __future__ import annotations

import datetime as dt
import html as _html
from decimal import Decimal

BUYER_ORG = "Kestrel Procurement Services B.V."
DOMAIN = "kestrel-procurement.example"
BUYERS = {
    "maren": ("Maren Lindqvist", f"maren.lindqvist@{DOMAIN}"),
    "tomas": ("Tomás Ferreira", f"tomas.ferreira@{DOMAIN}"),
    "ilse": ("Ilse Vandamme", f"ilse.vandamme@{DOMAIN}"),
    "priya": ("Priya Raman", f"priya.raman@{DOMAIN}"),
    "jonas": ("Jonas Becker", f"jonas.becker@{DOMAIN}"),
}
PURCHASING = f"purchasing@{DOMAIN}"


# ------------------------------------------------------------------ dates

def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def kw(week: int, year: int = 2026, day: int = 5) -> str:
    """ISO week -> date of given ISO weekday (default Friday), ISO string."""
    return dt.date.fromisocalendar(year, week, day).isoformat()


def wd(s: str) -> str:
    return D(s).strftime("%a")


def next_md(month: int, day: int, ref: str) -> str:
    """Date without year: next such date on/after ref (ISO)."""
    r = D(ref)
    d = dt.date(r.year, month, day)
    if d < r:
        d = dt.date(r.year + 1, month, day)
    return d.isoformat()


def next_weekday(ref: str, weekday: int) -> str:
    """The coming weekday (0=Mon) strictly after ref."""
    r = D(ref)
    n = (weekday - r.weekday()) % 7 or 7
    return (r + dt.timedelta(days=n)).isoformat()


def plus_days(ref: str, n: int) -> str:
    return (D(ref) + dt.timedelta(days=n)).isoformat()


# ------------------------------------------------------------------ POs

def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def ln(item, desc, qty, uom, price, date):
    return (item, desc, qty, uom, price, date)


def reqid(number, issued):
    return f"<ackreq-{number}-{issued.replace('-', '')}@mail.{DOMAIN}>"


def po(number, supplier, buyer, currency, issued, lines, req=True):
    b = BUYERS[buyer]
    d = {"po_number": number, "supplier": supplier, "buyer": {"name": b[0], "email": b[1]},
         "currency": currency, "issued": issued}
    if req:
        d["request_message_id"] = reqid(number, issued)
    d["lines"] = [{"line": i, "item": l[0], "description": l[1], "quantity": l[2], "uom": l[3],
                   "unit_price": l[4], "requested_date": l[5]} for i, l in enumerate(lines, 1)]
    for l in d["lines"]:
        assert isinstance(l["quantity"], int) and Decimal(l["unit_price"]) > 0
        D(l["requested_date"])
    return d


# ------------------------------------------------------------------ labels

A, R, U = "A", "R", "U"


def chg(q, p, d, sched=None):
    assert isinstance(q, int) and q > 0
    Decimal(p)
    D(d)
    out = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
    if sched:
        sched = [{"quantity": a, "date": b} for a, b in sched]
        assert sum(s["quantity"] for s in sched) == q, (sched, q)
        assert max(s["date"] for s in sched) == d, (sched, d)
        out["schedule"] = sched
    return out


def conf(p, spec):
    lines = {}
    assert set(spec) == {l["line"] for l in p["lines"]}, (p["po_number"], spec)
    for l in p["lines"]:
        v = spec[l["line"]]
        if v == A:
            lines[str(l["line"])] = {"status": "accepted", "quantity": l["quantity"],
                                     "unit_price": l["unit_price"], "date": l["requested_date"]}
        elif v == R:
            lines[str(l["line"])] = {"status": "rejected"}
        elif v == U:
            lines[str(l["line"])] = {"status": "unconfirmed"}
        else:
            same = (v["quantity"] == l["quantity"] and Decimal(v["unit_price"]) == Decimal(l["unit_price"])
                    and v["date"] == l["requested_date"])
            assert not same or "schedule" in v, (p["po_number"], l["line"], "changed but equal")
            lines[str(l["line"])] = v
    return {"po_number": p["po_number"], "lines": lines}


def expected(kind, notes, confs=None):
    e = {"kind": kind}
    if kind == "confirmation":
        assert confs
        e["confirmations"] = confs
    else:
        assert not confs
    e["notes"] = notes
    return e


# ------------------------------------------------------------------ our request mail

def money(p: str) -> str:
    return p


def request_text(p, greeting=None) -> str:
    b = p["buyer"]["name"]
    cur = p["currency"]
    rows = []
    for l in p["lines"]:
        rows.append(f"{l['line']:<4}{l['item']:<18}{l['description'][:38]:<39}{l['quantity']:>8} {l['uom']:<4}"
                    f"{l['unit_price']:>11}  {l['requested_date']}")
    head = f"{'Pos':<4}{'Item':<18}{'Description':<39}{'Qty':>8} {'UoM':<4}{'Price ' + cur:>11}  Need by"
    g = greeting or f"Dear {p['supplier']['name']} team,"
    return (f"{g}\n\n"
            f"Please confirm our purchase order {p['po_number']} of {p['issued']} (quantities, unit\n"
            f"prices and delivery dates) by reply to this e-mail.\n\n"
            f"{head}\n" + "\n".join(rows) + "\n\n"
            f"Prices per unit of measure shown, {cur}. Delivery DAP Venlo, Dock 4.\n"
            f"Payment terms: 30 days net. Our general terms of purchase (rev. 2024-03) apply.\n\n"
            f"Kind regards\n{b}\nPurchasing | {BUYER_ORG}\nIndustrieweg 12, 5928 LB Venlo, NL\n")


def request_subject(p) -> str:
    return f"Purchase order {p['po_number']} - please confirm"


def quote(text: str, prefix: str = "> ") -> str:
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append((prefix + line) if line else prefix.rstrip())
    return "\n".join(out) + "\n"


def h(s: str) -> str:
    return _html.escape(s, quote=False)


def html_lines(text: str) -> str:
    """Plain text -> Outlook-ish MsoNormal paragraphs."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append(f'<p class="MsoNormal">{h(line) if line else "&nbsp;"}</p>')
    return "\n".join(out)


def pre_html(text: str) -> str:
    return "<br>\n".join(h(x).replace("  ", "&nbsp; ") for x in text.rstrip("\n").split("\n"))


def outlook_html(new_text: str, header_block: list[tuple[str, str]], quoted_text: str,
                 lang: str = "en-GB", font: str = "Calibri") -> str:
    hb = "<br>\n".join(f"<b>{h(k)}</b> {h(v)}" for k, v in header_block)
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{{margin:0cm;
\tfont-size:11.0pt;
\tfont-family:"{font}",sans-serif;}}
span.EmailStyle19
\t{{mso-style-type:personal-reply;}}
@page WordSection1
\t{{size:612.0pt 792.0pt;
\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1
\t{{page:WordSection1;}}
--></style>
</head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{html_lines(new_text)}
<p class="MsoNormal">&nbsp;</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal">{hb}</p>
</div>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal" style="font-family:Consolas">{pre_html(quoted_text)}</p>
</div>
</body>
</html>
"""


def outlook_text(new_text: str, header_block: list[tuple[str, str]], quoted_text: str) -> str:
    hb = "\n".join(f"{k} {v}" for k, v in header_block)
    return f"{new_text.rstrip()}\n\n{hb}\n\n{quoted_text}"


def gmail_html(new_html: str, attrib: str, quoted_text: str) -> str:
    return (f'<div dir="ltr">{new_html}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            f'{h(attrib)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{pre_html(quoted_text)}</blockquote></div>\n')


def div_lines(text: str) -> str:
    return "".join(f"<div>{h(x) if x else '<br>'}</div>" for x in text.rstrip("\n").split("\n"))


# weekday / month names for quote headers
WD = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
}
MON = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
}


def long_date(lang: str, d: dt.datetime, with_wd=True) -> str:
    w = WD[lang][d.weekday()]
    m = MON[lang][d.month - 1]
    t = d.strftime("%H:%M")
    if lang == "en":
        return f"{w}, {m} {d.day}, {d.year} {d.strftime('%I:%M %p').lstrip('0')}"
    if lang == "de":
        return f"{w}, {d.day}. {m} {d.year} {t}"
    if lang in ("fr", "nl", "it"):
        return f"{w} {d.day} {m} {d.year} {t}"
    if lang == "es":
        return f"{w}, {d.day} de {m} de {d.year} {t}"
    if lang == "pt":
        return f"{w}, {d.day} de {m} de {d.year} {t}"
    raise ValueError(lang)


def rfc_date(d: dt.datetime) -> str:
    from email.utils import format_datetime
    return format_datetime(d)


def T(s: str, tz_minutes: int) -> dt.datetime:
    """'2026-11-05 09:12' + offset minutes -> aware datetime."""
    return dt.datetime.fromisoformat(s).replace(tzinfo=dt.timezone(dt.timedelta(minutes=tz_minutes)))


def original_request(p, date_str, to=None) -> bytes:
    """Our request mail as it left our server (LF line ends, for message/rfc822 parts)."""
    from . import mime
    b = p["buyer"]
    hs = [("From", mime.addr(b["name"], b["email"])), ("To", to or p["supplier"]["email"]),
          ("Subject", request_subject(p)), ("Date", date_str),
          ("Message-ID", reqid(p["po_number"], p["issued"]))]
    return mime.message(hs, mime.text(request_text(p), "plain", "utf-8", "quoted-printable"), crlf=False)
