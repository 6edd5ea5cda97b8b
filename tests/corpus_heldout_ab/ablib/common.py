"""Case helpers: POs, our request text, quoting styles, expected labels, writer."""
import datetime as dt
import html as _html
import json
from decimal import Decimal
from pathlib import Path

from . import mime

D = dt.date
OURS = "halvorsen-group.example"
BUYERS = {
    "mk": ("Marta Keller", f"marta.keller@{OURS}"),
    "jb": ("Jonas Brandt", f"jonas.brandt@{OURS}"),
    "ar": ("Aisha Rahman", f"aisha.rahman@{OURS}"),
    "pl": ("Peter Lindqvist", f"peter.lindqvist@{OURS}"),
    "sc": ("Sofia Costa", f"sofia.costa@{OURS}"),
}
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

REGISTRY = []


def case(slug, kind_locale):
    def deco(fn):
        REGISTRY.append((slug, kind_locale, fn))
        return fn
    return deco


# ---------------------------------------------------------------- dates

def fri(week, year=2026):
    return D.fromisocalendar(year, week, 5)


def wd(date, name):
    """Assert the weekday of a date, return the date."""
    assert DAY[date.weekday()] == name, (date, DAY[date.weekday()], name)
    return date


def rfc(date, hh, mm, tz="+0100", ss=0):
    """RFC 5322 date string; asserts nothing but formats correctly."""
    return f"{DAY[date.weekday()]}, {date.day} {MON[date.month-1]} {date.year} {hh:02d}:{mm:02d}:{ss:02d} {tz}"


def nice(date):
    return f"{date.day} {MON[date.month-1]} {date.year}"


# ---------------------------------------------------------------- POs

def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def po(num, s, issued, lines, cur="EUR", buyer="mk", req=True):
    b = BUYERS[buyer]
    out = {"po_number": num, "supplier": s, "buyer": {"name": b[0], "email": b[1]},
           "currency": cur, "issued": issued}
    if req:
        out["request_message_id"] = f"<po-{num}.1@{OURS}>"
    out["lines"] = []
    for i, ln in enumerate(lines, 1):
        item, desc, q, uom, price, date = ln
        Decimal(price)
        D.fromisoformat(date)
        out["lines"].append({"line": i, "item": item, "description": desc, "quantity": q, "uom": uom,
                             "unit_price": price, "requested_date": date})
    return out


def buyer_of(p):
    return p["buyer"]["name"], p["buyer"]["email"]


def req_id(p):
    return p.get("request_message_id") or f"<po-{p['po_number']}.0@{OURS}>"


def request_text(p, intro=None):
    """Our acknowledgment request, as quoted in replies."""
    name = p["buyer"]["name"]
    iss = D.fromisoformat(p["issued"])
    t = intro or (f"Dear {p['supplier']['name']} team,\n\n"
                  f"please find attached our purchase order {p['po_number']} dated {nice(iss)}.\n"
                  f"Kindly confirm quantities, prices and delivery dates within 3 working days.\n")
    t += "\n"
    t += f"{'Pos':<4}{'Item':<22}{'Description':<40}{'Qty':>7} {'UoM':<4}{'Price ' + p['currency']:>11}  Requested\n"
    for ln in p["lines"]:
        t += (f"{ln['line']:<4}{ln['item']:<22}{ln['description'][:39]:<40}{ln['quantity']:>7} {ln['uom']:<4}"
              f"{ln['unit_price']:>11}  {nice(D.fromisoformat(ln['requested_date']))}\n")
    t += (f"\nDelivery: DAP Halvorsen Group, Industrivej 14, Aarhus\n\nKind regards\n{name}\n"
          f"Strategic Purchasing | Halvorsen Group\n{p['buyer']['email']}\n")
    return t


def request_html(p):
    iss = D.fromisoformat(p["issued"])
    rows = "".join(
        f"<tr><td>{ln['line']}</td><td>{_html.escape(ln['item'])}</td><td>{_html.escape(ln['description'])}</td>"
        f"<td align=right>{ln['quantity']}</td><td>{ln['uom']}</td><td align=right>{ln['unit_price']}</td>"
        f"<td>{nice(D.fromisoformat(ln['requested_date']))}</td></tr>" for ln in p["lines"])
    return (f"<p>Dear {_html.escape(p['supplier']['name'])} team,</p><p>please find attached our purchase order "
            f"{p['po_number']} dated {nice(iss)}.<br>Kindly confirm quantities, prices and delivery dates within 3 working days.</p>"
            f"<table border=1 cellspacing=0 cellpadding=3><tr><th>Pos</th><th>Item</th><th>Description</th><th>Qty</th>"
            f"<th>UoM</th><th>Price {p['currency']}</th><th>Requested</th></tr>{rows}</table>"
            f"<p>Delivery: DAP Halvorsen Group, Industrivej 14, Aarhus</p><p>Kind regards<br>{_html.escape(p['buyer']['name'])}"
            f"<br>Strategic Purchasing | Halvorsen Group</p>")


def request_date(p):
    """When our request was sent: the issued date, 08:30 CET."""
    return rfc(D.fromisoformat(p["issued"]), 8, 30, "+0100")


# ---------------------------------------------------------------- quoting

def quote_lines(t, prefix="> "):
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in t.rstrip("\n").split("\n")) + "\n"


ATTRIB = {
    "en": "On {d}, {n} <{a}> wrote:",
    "de": "Am {d} schrieb {n} <{a}>:",
    "fr": "Le {d}, {n} <{a}> a écrit :",
    "es": "El {d}, {n} (<{a}>) escribió:",
    "it": "Il giorno {d} {n} <{a}> ha scritto:",
    "pt": "Em {d}, {n} <{a}> escreveu:",
    "nl": "Op {d} schreef {n} <{a}>:",
    "pl": "W dniu {d} {n} <{a}> napisał:",
    "sv": "Den {d} skrev {n} <{a}>:",
    "da": "Den {d} skrev {n} <{a}>:",
    "nb": "{d} skrev {n} <{a}>:",
    "fi": "{n} <{a}> kirjoitti {d}:",
    "cs": "Dne {d} {n} <{a}> napsal(a):",
    "ja": "{d} {n} <{a}>:",
    "zh": "{n} <{a}> 于{d}写道：",
    "zht": "{n} <{a}> 於 {d} 寫道：",
}


def gmail_quote(p, lang="en", when=None, body=None):
    n, a = buyer_of(p)
    iss = D.fromisoformat(p["issued"])
    d = when or f"{DAY[iss.weekday()]}, {MON[iss.month-1]} {iss.day}, {iss.year} at 8:30 AM"
    return ATTRIB[lang].format(d=d, n=n, a=a) + "\n" + quote_lines(body or request_text(p))


OUTLOOK_HDR = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "pt": ("De", "Enviada em", "Para", "Assunto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"),
    "sv": ("Från", "Skickat", "Till", "Ämne"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"),
    "ro": ("De la", "Trimis", "Către", "Subiect"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
}


def outlook_block(p, lang="en", sent=None, subject=None, body=None, frm=None, to=None):
    f, s, t, sub = OUTLOOK_HDR[lang]
    n, a = frm or buyer_of(p)
    iss = D.fromisoformat(p["issued"])
    sent = sent or f"{iss.strftime('%A')}, {iss.strftime('%B')} {iss.day}, {iss.year} 8:30 AM"
    to = to or p["supplier"]["email"]
    subject = subject or f"Purchase order {p['po_number']} - please confirm"
    return (f"{f}: {n} <{a}>\n{s}: {sent}\n{t}: {to}\n{sub}: {subject}\n\n" + (body or request_text(p)))


def outlook_block_html(p, lang="en", sent=None, subject=None, body_html=None, frm=None, to=None):
    f, s, t, sub = OUTLOOK_HDR[lang]
    n, a = frm or buyer_of(p)
    iss = D.fromisoformat(p["issued"])
    sent = sent or f"{iss.strftime('%A')}, {iss.strftime('%B')} {iss.day}, {iss.year} 8:30 AM"
    to = to or p["supplier"]["email"]
    subject = subject or f"Purchase order {p['po_number']} - please confirm"
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            f'<p class=MsoNormal><b>{f}:</b> {_html.escape(n)} &lt;{a}&gt;<br><b>{s}:</b> {_html.escape(sent)}<br>'
            f'<b>{t}:</b> {_html.escape(to)}<br><b>{sub}:</b> {_html.escape(subject)}</p></div>'
            + (body_html or request_html(p)))


def to_html(t):
    """Plain text to simple HTML paragraphs."""
    paras = [x for x in t.strip("\n").split("\n\n")]
    return "".join("<p>" + "<br>\n".join(_html.escape(l) for l in para.split("\n")) + "</p>\n" for para in paras)


def outlook_html(body_html, quoted_html, lang_attr="en-GB"):
    return (f'<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            f'content="text/html; charset=utf-8"><style>p.MsoNormal{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif}}</style></head>'
            f'<body lang={lang_attr} link="#0563C1"><div class=WordSection1>{body_html}'
            f'<p class=MsoNormal>&nbsp;</p>{quoted_html}</div></body></html>')


def gmail_html(body_html, attrib, quoted_html):
    return (f'<div dir="ltr">{body_html}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            f'{_html.escape(attrib)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{quoted_html}</blockquote></div>')


# ---------------------------------------------------------------- headers

def headers(frm, to, subject, date, msgid, irt=None, refs=None, extra=(), charset="utf-8", cc=None):
    h = [("From", mime.addr(frm[0], frm[1], charset)), ("To", mime.addr(to[0], to[1], charset))]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", mime.hdr(subject, charset)), ("Date", date), ("Message-ID", msgid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    h += list(extra)
    return h


def reply_headers(p, frm, subject, date, msgid, extra=(), charset="utf-8", thread=True, cc=None, also=()):
    to = buyer_of(p)
    if thread:
        r = req_id(p)
        refs = " ".join([r, *also])
        irt = also[-1] if also else r
        return headers(frm, to, subject, date, msgid, irt, refs, extra, charset, cc)
    return headers(frm, to, subject, date, msgid, None, None, extra, charset, cc)


# ---------------------------------------------------------------- labels

def acc():
    return ("acc",)


def chg(q=None, p=None, d=None, sched=None):
    return ("chg", q, p, d, sched)


def rej():
    return ("rej",)


def unc():
    return ("unc",)


def conf(p, labels):
    lines = {}
    assert set(labels) == {ln["line"] for ln in p["lines"]}, (p["po_number"], labels.keys())
    for ln in p["lines"]:
        lab = labels[ln["line"]]
        if lab[0] == "acc":
            lines[str(ln["line"])] = {"status": "accepted", "quantity": ln["quantity"],
                                      "unit_price": ln["unit_price"], "date": ln["requested_date"]}
        elif lab[0] == "rej":
            lines[str(ln["line"])] = {"status": "rejected"}
        elif lab[0] == "unc":
            lines[str(ln["line"])] = {"status": "unconfirmed"}
        else:
            _, q, pr, d, sched = lab
            q = ln["quantity"] if q is None else q
            pr = ln["unit_price"] if pr is None else pr
            d = ln["requested_date"] if d is None else (d.isoformat() if isinstance(d, D) else d)
            entry = {"status": "changed", "quantity": q, "unit_price": str(pr), "date": d}
            Decimal(entry["unit_price"])
            if sched:
                entry["schedule"] = [{"quantity": a, "date": (b.isoformat() if isinstance(b, D) else b)} for a, b in sched]
                assert sum(a for a, _ in sched) == q, (p["po_number"], ln["line"])
                assert entry["schedule"][-1]["date"] == d
            else:
                assert (q, Decimal(entry["unit_price"]), d) != (ln["quantity"], Decimal(ln["unit_price"]), ln["requested_date"]), \
                    (p["po_number"], ln["line"], "changed equals PO")
            lines[str(ln["line"])] = entry
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


# ---------------------------------------------------------------- writer

def write_case(root: Path, nnn, slug, pos, msg_bytes, exp):
    d = root / f"{nnn}-{slug}"
    d.mkdir(parents=True, exist_ok=True)
    (d / "pos.json").write_text(json.dumps(pos, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (d / "message.eml").write_bytes(msg_bytes)
    (d / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- whole replies

def msgid(style, nnn, domain="example", k=1):
    if style == "gmail":
        return f"<CAH7q{nnn}Xk{k}vR2m+PqLw8dZ3yT{nnn}bN0eJ@mail.gmail.com>"
    if style == "outlook":
        return f"<DB9PR0{k}MB{nnn}7A4E1C2D8F0B3A95C{nnn}@DB9PR0{k}MB{nnn}.eurprd0{k}.prod.outlook.com>"
    if style == "apple":
        return f"<5E2A{nnn}C1-{k}F3B-4A7D-9C8E-{nnn}B2D7F1E0A4@{domain}>"
    return f"<{nnn}.{k}.20261101.{style}@{domain}>"


def domain_of(email):
    return email.split("@", 1)[1]


def reply(nnn, p, frm, subject, date, body, *, client="gmail", lang="en", charset="utf-8", cte=None,
          body_html=None, attachments=(), quote=True, quoted_text=None, thread=True, extra=(), mid=None,
          cc=None, also=(), html_only=False, lang_attr="en-GB"):
    """Build a reply to our request for PO p. body: plain text typed by the supplier (without quote)."""
    dom = domain_of(frm[1])
    style = {"gmail": "gmail", "outlook": "outlook", "apple": "apple", "tb": "tb"}.get(client, "x")
    mid = mid or msgid(style if style in ("gmail", "outlook", "apple") else "mail", nnn, dom)
    plain = body
    html_part = None
    if client == "outlook":
        q = quoted_text or outlook_block(p, lang if lang in OUTLOOK_HDR else "en")
        if quote:
            plain = body.rstrip("\n") + "\n\n" + q
        if quoted_text:
            qh = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                  + to_html(quoted_text) + '</div>') if quote else ""
        else:
            qh = outlook_block_html(p, lang if lang in OUTLOOK_HDR else "en") if quote else ""
        html_part = outlook_html(body_html or to_html(body), qh, lang_attr)
    elif client == "gmail":
        q = quoted_text or gmail_quote(p, lang if lang in ATTRIB else "en")
        if quote:
            plain = body.rstrip("\n") + "\n\n" + q
        attrib = q.split("\n", 1)[0]
        html_part = ('<html><body>' + gmail_html(body_html or to_html(body), attrib, request_html(p)) + '</body></html>') if quote \
            else '<html><body><div dir="ltr">' + (body_html or to_html(body)) + '</div></body></html>'
    elif client in ("apple", "tb", "plain"):
        if quote:
            plain = body.rstrip("\n") + "\n\n" + (quoted_text or gmail_quote(p, lang if lang in ATTRIB else "en"))
        if client == "apple":
            html_part = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">' \
                + (body_html or to_html(body)) + ('<div><br><blockquote type="cite">' + request_html(p) + '</blockquote></div>' if quote else '') + '</body></html>'
    elif client == "inline":
        plain = body  # body already contains the quoted PO with inline answers
    if html_part is not None:
        html_part = html_part.replace("charset=utf-8", f"charset={charset}")
    if html_only:
        part = mime.text(html_part, "html", charset, cte)
    elif html_part is not None:
        part = mime.alt(mime.text(plain, "plain", charset, cte), mime.text(html_part, "html", charset, cte),
                        "outlook" if client == "outlook" else style)
    else:
        part = mime.text(plain, "plain", charset, cte)
    if attachments:
        part = mime.mixed([part, *attachments], "outlook" if client == "outlook" else style)
    x = list(extra)
    if client == "outlook":
        x += [("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", ""),
              ("Content-Language", lang_attr)]
    elif client == "apple":
        x += [("X-Mailer", "Apple Mail (2.3774.600.62)")]
    elif client == "tb":
        x += [("User-Agent", "Mozilla Thunderbird 128.4.2esr"), ("Content-Language", lang_attr)]
    x = [(k, v) for k, v in x if v != ""]
    h = reply_headers(p, frm, subject, date, mid, x, charset, thread, cc, also)
    return mime.message(h, part)


def re_subject(p, prefix="RE: ", base=None):
    return prefix + (base or f"Purchase order {p['po_number']} - please confirm")
