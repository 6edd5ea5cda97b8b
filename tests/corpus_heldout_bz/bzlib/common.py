"""Registry, PO/label helpers and the reply composer shared by all case modules."""
import datetime as dt
import html as H
import json
from decimal import Decimal

from . import mime
from .mime import rfc_date, h, addr, enc_header, text, multipart, attachment, message, Part

REG = []  # (slug, "kind/locale", "what makes it hard", builder)


def case(slug, kindloc, hard):
    def deco(fn):
        REG.append((slug, kindloc, hard, fn))
        return fn
    return deco


D = dt.date
BDOM = "brightwater-supply.example"
BUYERS = [
    ("Maren Holt", f"maren.holt@{BDOM}"),
    ("Jonas Pieper", f"jonas.pieper@{BDOM}"),
    ("Priya Natarajan", f"priya.natarajan@{BDOM}"),
    ("Tomas Ferreira", f"tomas.ferreira@{BDOM}"),
    ("Aoife Brennan", f"aoife.brennan@{BDOM}"),
]
BUYER_SIG = ["Purchasing | Brightwater Supply Co.",
             "Unit 7, Trafford Wharf Road, Manchester M17 1EX, United Kingdom",
             "Tel. +44 161 555 0142"]


def kw(year, week, day=5):
    return D.fromisocalendar(year, week, day)


def next_date(mail, month, day):
    d = D(mail.year, month, day)
    return d if d >= mail else D(mail.year + 1, month, day)


def add_workdays(start, n, holidays=()):
    d = start
    while n:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in holidays:
            n -= 1
    return d


def S(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def PO(num, sup, cur, issued, lines, buyer=0, rid=True, req=None, rid_n=1):
    """lines: tuples (item, description, qty, uom, price, date)."""
    issued_d = D.fromisoformat(issued)
    p = {"po_number": num, "supplier": sup, "buyer": {"name": BUYERS[buyer][0], "email": BUYERS[buyer][1]},
         "currency": cur, "issued": issued}
    if rid:
        p["request_message_id"] = f"<po-{num.lower().replace('/', '-')}.{rid_n}@{BDOM}>"
    p["lines"] = [{"line": i, "item": it, "description": de, "quantity": q, "uom": u, "unit_price": pr,
                   "requested_date": rd} for i, (it, de, q, u, pr, rd) in enumerate(lines, 1)]
    p["_req"] = req or (issued_d.year, issued_d.month, issued_d.day, 8, 30)
    p["_bi"] = buyer
    return p


def rid_of(po):
    return po.get("request_message_id") or f"<po-{po['po_number'].lower()}.0@{BDOM}>"


# ---------------- labels ----------------

def line(po, n):
    return po["lines"][n - 1]


def acc(po, n):
    ln = line(po, n)
    return {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"], "date": ln["requested_date"]}


def chg(po, n, q=None, p=None, d=None, sched=None):
    ln = line(po, n)
    lab = {"status": "changed", "quantity": ln["quantity"] if q is None else q,
           "unit_price": ln["unit_price"] if p is None else p,
           "date": ln["requested_date"] if d is None else (d.isoformat() if isinstance(d, D) else d)}
    if sched:
        lab["schedule"] = [{"quantity": sq, "date": sd.isoformat() if isinstance(sd, D) else sd} for sq, sd in sched]
    return lab


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def auto(po, n, q=None, p=None, d=None, sched=None):
    """accepted if nothing differs, else changed."""
    ln = line(po, n)
    dd = d.isoformat() if isinstance(d, D) else d
    same = (q in (None, ln["quantity"]) and (p is None or Decimal(p) == Decimal(ln["unit_price"]))
            and dd in (None, ln["requested_date"]) and not sched)
    return acc(po, n) if same else chg(po, n, q, p, d, sched)


def conf(po, labels):
    return {"po_number": po["po_number"], "lines": {str(k): v for k, v in labels.items()}}


def exp(kind, notes, *confs):
    e = {"kind": kind}
    if kind == "confirmation":
        e["confirmations"] = list(confs)
    e["notes"] = notes
    return e


def dec(x):
    return str(Decimal(x).quantize(Decimal("0.0001"))).rstrip("0").rstrip(".") if "." in str(Decimal(x)) else str(Decimal(x))


def price(x, places=2):
    q = Decimal(1).scaleb(-places)
    return str(Decimal(x).quantize(q))


# ---------------- our request (the text the supplier quotes) ----------------

def req_subject(po, reminder=0):
    s = f"PO {po['po_number']} - request for order confirmation"
    if reminder == 1:
        s = f"Reminder: {s}"
    elif reminder == 2:
        s = f"2nd reminder: {s}"
    return s


def table_rows(po):
    rows = []
    for ln in po["lines"]:
        rows.append([str(ln["line"]), ln["item"], ln["description"], str(ln["quantity"]), ln["uom"],
                     ln["unit_price"], ln["requested_date"]])
    return rows


def table_text(po):
    head = ["Line", "Item", "Description", "Qty", "UoM", f"Unit price {po['currency']}", "Req. date"]
    rows = [head] + table_rows(po)
    w = [max(len(r[i]) for r in rows) for i in range(len(head))]
    return "\n".join("  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows)


def req_text(po, reminder=0):
    bn = BUYERS[po["_bi"]][0]
    iss = D.fromisoformat(po["issued"]).strftime("%d %b %Y")
    intro = {0: f"please confirm our purchase order {po['po_number']} of {iss} (quantities, unit prices and delivery dates) by return e-mail.",
             1: f"we have not yet received your confirmation of purchase order {po['po_number']} of {iss}. Please confirm quantities, prices and delivery dates.",
             2: f"this is our second reminder: purchase order {po['po_number']} of {iss} is still unconfirmed. Please confirm quantities, prices and delivery dates today."}[reminder]
    return (f"Dear {po['supplier']['name']} team,\n\n{intro}\n\n{table_text(po)}\n\n"
            f"Delivery address: Brightwater Supply Co., Goods-in Dock 4, Trafford Wharf Road, Manchester M17 1EX\n"
            f"Please quote our PO number on all shipping documents and invoices.\n\n"
            f"Kind regards\n{bn}\n" + "\n".join(BUYER_SIG) + "\n")


def req_html(po, reminder=0):
    t = req_text(po, reminder)
    pre, _, post = t.partition(table_text(po))
    rows = "".join("<tr>" + "".join(f"<td style=\"border:1px solid #999;padding:2px 6px\">{H.escape(c)}</td>" for c in r) + "</tr>"
                   for r in table_rows(po))
    head = "".join(f"<th style=\"border:1px solid #999;padding:2px 6px;background:#eee\">{x}</th>" for x in
                   ["Line", "Item", "Description", "Qty", "UoM", f"Unit price {po['currency']}", "Req. date"])
    return (p2h(pre) + f"<table style=\"border-collapse:collapse;font-size:10pt\"><tr>{head}</tr>{rows}</table>" + p2h(post))


def p2h(t):
    return "<br>\n".join(H.escape(x) for x in t.split("\n"))


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "pt": ("De", "Enviada em", "Para", "Assunto"),
}
DAYS = {"en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
        "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
        "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
        "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
        "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
        "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"]}
MONS = {"en": "January February March April May June July August September October November December".split(),
        "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
        "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
        "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
        "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
        "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
        "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
        "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()}


def sent_str(po, lang):
    y, m, d, hh, mm = po["_req"]
    dd = D(y, m, d)
    wd = DAYS[lang][dd.weekday()]
    mo = MONS[lang][m - 1]
    if lang == "en":
        h12 = hh % 12 or 12
        return f"{wd}, {mo} {d}, {y} {h12}:{mm:02d} {'AM' if hh < 12 else 'PM'}"
    if lang == "de":
        return f"{wd}, {d}. {mo} {y} {hh:02d}:{mm:02d}"
    if lang in ("es", "pt", "pl"):
        sep = " de " if lang in ("es", "pt") else " "
        return f"{wd}, {d}{sep}{mo}{sep}{y} {hh}:{mm:02d}"
    return f"{wd} {d} {mo} {y} {hh:02d}:{mm:02d}"


def outlook_quote(po, lang="en", reminder=0, to=None):
    f, s, t, sub = OUTLOOK_LABELS.get(lang, OUTLOOK_LABELS["en"])
    if lang not in DAYS:
        lang = "en"
    bn, be = BUYERS[po["_bi"]]
    colon = " :" if lang == "fr" else ":"
    to = to or f"{po['supplier']['name']} <{po['supplier']['email']}>"
    return (f"________________________________\n{f}{colon} {bn} <{be}>\n{s}{colon} {sent_str(po, lang)}\n"
            f"{t}{colon} {to}\n{sub}{colon} {req_subject(po, reminder)}\n\n" + req_text(po, reminder))


def attribution(po, style="gmail"):
    y, m, d, hh, mm = po["_req"]
    bn, be = BUYERS[po["_bi"]]
    dd = D(y, m, d)
    if style == "gmail":
        h12 = hh % 12 or 12
        return f"On {dd.strftime('%a')}, {dd.strftime('%b')} {d}, {y} at {h12}:{mm:02d} {'AM' if hh < 12 else 'PM'} {bn} <{be}> wrote:"
    if style == "apple":
        return f"On {d} {dd.strftime('%b')} {y}, at {hh:02d}:{mm:02d}, {bn} <{be}> wrote:"
    if style == "tbird":
        return f"On {d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}, {bn} wrote:"
    raise ValueError(style)


def gt(t, prefix="> "):
    return "\n".join((prefix + x).rstrip() if x else prefix.rstrip() for x in t.rstrip("\n").split("\n")) + "\n"


def quote_block(po, style, lang="en", reminder=0, attr=None):
    if style == "outlook":
        return "\n" + outlook_quote(po, lang, reminder)
    if style in ("gmail", "apple", "tbird"):
        a = attr or attribution(po, style)
        return "\n" + a + "\n\n" + gt(req_text(po, reminder)) if style != "apple" else "\n" + gt(a + "\n\n" + req_text(po, reminder))
    if style == "none":
        return ""
    raise ValueError(style)


# ---------------- clients ----------------

def msgid(slug, client, domain):
    x = h(slug + client, 40).upper()
    if client == "outlook":
        host = f"{x[:4]}PR0{int(x[4], 16) % 9 + 1}MB{int(x[5:9], 16) % 9000 + 1000}"
        return f"<{host}{x[9:29]}@{host}.eurprd0{int(x[4], 16) % 9 + 1}.prod.outlook.com>"
    if client == "gmail":
        return f"<CA{h(slug, 28)}+{x[:12].lower()}Q@mail.gmail.com>"
    if client in ("apple", "iphone"):
        return f"<{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@{domain}>"
    if client == "tbird":
        return f"<{x[:8].lower()}-{x[8:12].lower()}-{x[12:16].lower()}-{x[16:20].lower()}-{x[20:32].lower()}@{domain}>"
    return f"<{int(x[:10], 16)}.{x[10:20].lower()}@mail.{domain}>"


def boundary(slug, client, i=0):
    x = h(f"{slug}/{client}/{i}", 32)
    if client == "outlook":
        return f"_00{i}_{x[:24].upper()}_"
    if client == "gmail":
        return f"000000000000{x[:16]}"
    if client in ("apple", "iphone"):
        X = x.upper()
        return f"Apple-Mail={X[:8]}-{X[8:12]}-{X[12:16]}-{X[16:20]}-{X[20:32]}"
    if client == "tbird":
        return f"------------{x[:24]}"
    return f"----=_Part_{int(x[:6], 16)}_{int(x[6:14], 16)}.{int(x[14:24], 16)}"


CLIENT_HEADERS = {
    "outlook": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    "gmail": [],
    "apple": [("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")],
    "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
    "tbird": [("User-Agent", "Mozilla Thunderbird")],
}


def html_doc(client, body_text, quote_html="", attr_text="", charset="utf-8"):
    bt = p2h(body_text.rstrip("\n"))
    if client == "outlook":
        return (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">"
                "<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;} --></style></head>"
                f"<body lang=\"EN-GB\" link=\"#0563C1\"><div class=\"WordSection1\"><p class=\"MsoNormal\">{bt}</p>"
                + (f"<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p class=\"MsoNormal\">{attr_text}</p></div>{quote_html}" if quote_html else "")
                + "</div></body></html>\n")
    if client == "gmail":
        return (f"<div dir=\"ltr\">{bt}</div>"
                + (f"<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">{attr_text}<br></div>"
                   f"<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">{quote_html}</blockquote></div>" if quote_html else "")
                + "\n")
    return (f"<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset={charset}\"></head><body><div>{bt}</div>"
            + (f"<div><br><blockquote type=\"cite\"><div>{attr_text}</div>{quote_html}</blockquote></div>" if quote_html else "")
            + "</body></html>\n")


def reply(slug, po, sender, date, body, *, client="outlook", charset="utf-8", cte="quoted-printable",
          subject=None, prefix="RE:", quote="outlook", qlang="en", reminder=0, html="alt", attachments=(),
          threaded=True, extra=(), lang=None, html_charset=None, html_cte=None, refs=None, to=None,
          hdr_charset=None, quoted_text=None, quoted_html=None, html_only=None):
    """Compose a supplier reply. sender = (name, email); date = rfc date string."""
    dom = sender[1].split("@")[1]
    hc = hdr_charset or (charset if charset not in ("us-ascii",) else "utf-8")
    subj = subject if subject is not None else f"{prefix} {req_subject(po, reminder)}"
    bname, bmail = BUYERS[po["_bi"]]
    hs = [("From", addr(sender[0], sender[1], hc)),
          ("To", to or addr(bname, bmail)),
          ("Subject", enc_header(subj, hc)),
          ("Date", date),
          ("Message-ID", msgid(slug, client, dom))]
    if threaded:
        r = refs or [rid_of(po)]
        hs += [("In-Reply-To", r[-1]), ("References", " ".join(r))]
    if client == "outlook":
        hs += [("Thread-Topic", enc_header(req_subject(po, reminder), hc)),
               ("Thread-Index", "AQH" + h(slug + "ti", 24).upper() + "=="),
               ("Accept-Language", lang or "en-GB"), ("Content-Language", lang or "en-GB")]
    hs += CLIENT_HEADERS.get(client, [])
    hs += list(extra)
    # text body
    if quoted_text is None:
        qt = quote_block(po, quote, qlang, reminder)
    else:
        qt = quoted_text
    plain = body.rstrip("\n") + "\n" + qt
    if quote in ("gmail", "apple", "tbird"):
        attr_t = attribution(po, quote)
    elif quote == "outlook":
        f, s, t, sub = OUTLOOK_LABELS.get(qlang, OUTLOOK_LABELS["en"])
        qlang = qlang if qlang in DAYS else "en"
        attr_t = (f"<b>{f}:</b> {H.escape(bname)} &lt;{bmail}&gt;<br><b>{s}:</b> {H.escape(sent_str(po, qlang))}<br>"
                  f"<b>{t}:</b> {H.escape(po['supplier']['name'])}<br><b>{sub}:</b> {H.escape(req_subject(po, reminder))}")
    else:
        attr_t = ""
    qh = quoted_html if quoted_html is not None else (req_html(po, reminder) if quote != "none" else "")
    hc2 = html_charset or charset
    hcte = html_cte or cte
    if html == "alt":
        body_part = multipart("alternative", [text(plain, "plain", charset, cte),
                                              text(html_doc(client, body, qh, attr_t, hc2), "html", hc2, hcte)],
                              boundary(slug, client, 1))
    elif html == "only":
        body_part = text(html_only or html_doc(client, body, qh, attr_t, hc2), "html", hc2, hcte)
    elif isinstance(html, str) and html.startswith("<"):
        body_part = multipart("alternative", [text(plain, "plain", charset, cte), text(html, "html", hc2, hcte)],
                              boundary(slug, client, 1))
    else:
        body_part = text(plain, "plain", charset, cte, flowed=(client == "tbird" and cte == "8bit"))
    if attachments:
        body_part = multipart("mixed", [body_part] + list(attachments), boundary(slug, client, 0))
    if client == "outlook":
        hs = [(k, ("yes" if attachments else "no") if k == "X-MS-Has-Attach" else v) for k, v in hs]
    return message(hs, body_part)


def write_json(path, obj):
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def clean_pos(pos):
    return [{k: v for k, v in p.items() if not k.startswith("_")} for p in pos]
