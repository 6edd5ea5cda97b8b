"""Registry, PO model, request rendering, reply builder and label helpers."""
import datetime as dt
import hashlib
import html as _html
from decimal import Decimal
from email.utils import format_datetime

from . import mime

REG = []  # (slug, "kind/locale", hard, builder)


def case(slug, kind_locale, hard):
    def deco(fn):
        REG.append((slug, kind_locale, hard, fn))
        return fn
    return deco


# --------------------------------------------------------------------------- people
BUYERS = {
    "dana": ("Dana Ruiz", "dana.ruiz@kestrel-mfg.example"),
    "jonas": ("Jonas Weber", "jonas.weber@kestrel-mfg.example"),
    "aiko": ("Aiko Lind", "aiko.lind@kestrel-mfg.example"),
}
BUYER_CO = "Kestrel Manufacturing Ltd"


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def L(item, desc, qty, uom, price, date):
    return (item, desc, qty, uom, price, date)


def mkpo(num, supplier, lines, currency, issued, buyer="dana", req=True, req_n=1):
    bn, be = BUYERS[buyer]
    po = {"po_number": num, "supplier": supplier, "buyer": {"name": bn, "email": be},
          "currency": currency, "issued": issued}
    if req:
        po["request_message_id"] = f"<po-{num}.{req_n}@kestrel-mfg.example>"
    po["lines"] = [{"line": i, "item": it, "description": de, "quantity": q, "uom": u,
                    "unit_price": p, "requested_date": d}
                   for i, (it, de, q, u, p, d) in enumerate(lines, 1)]
    for ln in po["lines"]:
        assert isinstance(ln["quantity"], int) and Decimal(ln["unit_price"]) > 0
        dt.date.fromisoformat(ln["requested_date"])
    return po


# --------------------------------------------------------------------------- labels
def conf(po, spec):
    lines = {}
    for ln in po["lines"]:
        n = ln["line"]
        s = spec.get(n, "U")
        if s == "A":
            lab = {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
                   "date": ln["requested_date"]}
        elif s == "R":
            lab = {"status": "rejected"}
        elif s == "U":
            lab = {"status": "unconfirmed"}
        else:
            lab = {"status": "changed", "quantity": s.get("q", ln["quantity"]),
                   "unit_price": s.get("p", ln["unit_price"]), "date": s.get("d", ln["requested_date"])}
            if "s" in s:
                lab["schedule"] = [{"quantity": q, "date": d} for q, d in s["s"]]
                assert sum(q for q, _ in s["s"]) == lab["quantity"], (po["po_number"], n)
                assert max(d for _, d in s["s"]) == lab["date"], (po["po_number"], n)
            assert (lab["quantity"], Decimal(lab["unit_price"]), lab["date"]) != \
                (ln["quantity"], Decimal(ln["unit_price"]), ln["requested_date"]) or "schedule" in lab
        lines[str(n)] = lab
    return {"po_number": po["po_number"], "lines": lines}


def expected(kind, notes, confirmations=None):
    e = {"kind": kind}
    if confirmations is not None:
        e["confirmations"] = confirmations
    e["notes"] = notes
    return e


def fri(year, week, day=5):
    return dt.date.fromisocalendar(year, week, day).isoformat()


# --------------------------------------------------------------------------- dates, ids
def when(s):
    """'2026-11-16 09:12:05 +0100' -> aware datetime"""
    d, t, z = s.split()
    sign = 1 if z[0] == "+" else -1
    off = dt.timedelta(hours=int(z[1:3]), minutes=int(z[3:5])) * sign
    return dt.datetime.fromisoformat(f"{d}T{t}").replace(tzinfo=dt.timezone(off))


def hdate(s):
    return format_datetime(when(s))


def _h(seed, n=16, alphabet="0123456789ABCDEF"):
    h = hashlib.sha256(seed.encode()).digest()
    return "".join(alphabet[b % len(alphabet)] for b in h[:n])


def msgid(seed, style, domain):
    a62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    if style == "outlook":
        box = "DB9PR0" + _h(seed + "b", 2, "123456789") + "MB" + _h(seed + "c", 4, "0123456789")
        return f"<{box}{_h(seed, 28, a62[:36].upper())}@{box}.eurprd0{_h(seed, 1, '1234')}.prod.outlook.com>"
    if style == "gmail":
        return f"<CA{_h(seed, 3, a62)}+{_h(seed + 'g', 40, a62)}@mail.gmail.com>"
    if style == "apple":
        return f"<{_h(seed, 8)}-{_h(seed + '1', 4)}-{_h(seed + '2', 4)}-{_h(seed + '3', 4)}-{_h(seed + '4', 12)}@{domain}>"
    if style == "thunderbird":
        return f"<{_h(seed, 8, '0123456789abcdef')}-{_h(seed + 't', 4, '0123456789abcdef')}-{_h(seed + 'u', 4, '0123456789abcdef')}@{domain}>"
    return f"<{_h(seed, 14, '0123456789')}.{_h(seed + 'x', 6, '0123456789')}@{domain}>"


MAILER = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "apple": ("X-Mailer", "Apple Mail (2.3826.200.121)"),
    "iphone": ("X-Mailer", "iPhone Mail (22B91)"),
    "thunderbird": ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.3"),
    "android": ("X-Mailer", "Samsung Email/6.1.97.1"),
}


# --------------------------------------------------------------------------- our request
def _money(p, cur):
    return f"{p} {cur}"


def request_text(po, note=None):
    bn = po["buyer"]["name"]
    rows = [("Line", "Item", "Description", "Qty", "UoM", "Unit price", "Need by")]
    for ln in po["lines"]:
        rows.append((str(ln["line"]), ln["item"], ln["description"], str(ln["quantity"]), ln["uom"],
                     _money(ln["unit_price"], po["currency"]), ln["requested_date"]))
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    table = "\n".join("  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows)
    iss = dt.date.fromisoformat(po["issued"]).strftime("%d %b %Y").lstrip("0")
    body = (f"Dear {po['supplier']['name']} team,\n\n"
            f"please find our purchase order {po['po_number']} of {iss} below. Kindly confirm\n"
            "quantities, unit prices and delivery dates by return e-mail.\n\n"
            f"{table}\n\n")
    if note:
        body += note + "\n\n"
    body += (f"Delivery address: {BUYER_CO}, Goods-in Gate 3, 41-45 Harrow Road, Leeds LS12 6PQ, UK\n"
             "Terms: DAP, 30 days net. Please quote the PO number on all documents.\n\n"
             f"Kind regards\n{bn}\nPurchasing | {BUYER_CO}\n+44 113 496 0718\n")
    return body


def request_html(po, note=None):
    rows = "".join(
        f"<tr><td>{ln['line']}</td><td>{_html.escape(ln['item'])}</td><td>{_html.escape(ln['description'])}</td>"
        f"<td align=\"right\">{ln['quantity']}</td><td>{ln['uom']}</td><td align=\"right\">{ln['unit_price']} {po['currency']}</td>"
        f"<td>{ln['requested_date']}</td></tr>" for ln in po["lines"])
    iss = dt.date.fromisoformat(po["issued"]).strftime("%d %b %Y").lstrip("0")
    n = f"<p>{_html.escape(note)}</p>" if note else ""
    return (f"<p>Dear {_html.escape(po['supplier']['name'])} team,</p>"
            f"<p>please find our purchase order {po['po_number']} of {iss} below. Kindly confirm quantities, "
            "unit prices and delivery dates by return e-mail.</p>"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>Line</th><th>Item</th><th>Description</th>"
            "<th>Qty</th><th>UoM</th><th>Unit price</th><th>Need by</th></tr>" + rows + "</table>" + n +
            f"<p>Delivery address: {BUYER_CO}, Goods-in Gate 3, 41-45 Harrow Road, Leeds LS12 6PQ, UK<br>"
            "Terms: DAP, 30 days net. Please quote the PO number on all documents.</p>"
            f"<p>Kind regards<br>{_html.escape(po['buyer']['name'])}<br>Purchasing | {BUYER_CO}<br>+44 113 496 0718</p>")


def req_subject(po):
    return f"Purchase order {po['po_number']} - please confirm"


def req_date(po):
    d = dt.date.fromisoformat(po["issued"])
    return f"{d.isoformat()} 10:02:41 +0000"


def request_eml(po, note=None, subject=None):
    bn, be = po["buyer"]["name"], po["buyer"]["email"]
    s = po["supplier"]
    alt = mime.multipart("alternative", [
        mime.text(request_text(po, note), charset="utf-8", cte="quoted-printable"),
        mime.text("<html><body>" + request_html(po, note) + "</body></html>", "html", charset="utf-8", cte="quoted-printable"),
    ], f"=_req_{po['po_number']}_alt")
    hs = [("From", mime.addr(bn, be)), ("To", mime.addr(s["name"], s["email"])),
          ("Subject", subject or req_subject(po)), ("Date", hdate(req_date(po))),
          ("Message-ID", po.get("request_message_id", f"<po-{po['po_number']}.0@kestrel-mfg.example>"))]
    return mime.message(hs, alt)


# --------------------------------------------------------------------------- quoting
OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "sv": ("Från", "Skickat", "Till", "Ämne"),
    "da": ("Fra", "Sendt", "Til", "Emne"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"),
    "pt": ("De", "Enviada em", "Para", "Assunto"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
}


def outlook_quote(po, lang="en", note=None, subject=None):
    f, s, t, sub = OUTLOOK_LABELS.get(lang, OUTLOOK_LABELS["en"])
    d = when(req_date(po))
    if lang == "en":
        ds = d.strftime("%A, %d %B %Y %H:%M")
    else:
        ds = d.strftime("%d.%m.%Y %H:%M")
    return (f"\n\n________________________________\n{f}: {po['buyer']['name']} <{po['buyer']['email']}>\n"
            f"{s}: {ds}\n{t}: {po['supplier']['email']}\n{sub}: {subject or req_subject(po)}\n\n"
            + request_text(po, note))


def gmail_quote(po, attribution=None, note=None):
    d = when(req_date(po))
    att = attribution or (f"On {d.strftime('%a, %d %b %Y')} at {d.strftime('%H:%M')}, "
                          f"{po['buyer']['name']} <{po['buyer']['email']}> wrote:")
    q = "\n".join(("> " + x) if x else ">" for x in request_text(po, note).rstrip("\n").split("\n"))
    return f"\n\n{att}\n{q}\n"


def text_to_html(s):
    out = []
    for para in s.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(_html.escape(x) for x in para.split("\n")) + "</p>")
    return "\n".join(out)


# --------------------------------------------------------------------------- reply builder
def reply(slug, po, *, frm, date, body, sig="", subject=None, prefix="RE: ", charset="utf-8",
          cte="quoted-printable", html="alt", quote="outlook", qlang="en", attribution=None,
          attachments=(), client="outlook", thread=True, to=None, cc=None, extra_headers=(),
          html_body=None, note=None, html_cte=None, domain=None, quote_subject=None, body_after_quote=""):
    name, email = frm
    domain = domain or email.split("@")[1]
    subj = subject if subject is not None else prefix + (quote_subject or req_subject(po))
    qt, qh = "", ""
    if quote == "outlook":
        qt = outlook_quote(po, qlang, note, quote_subject)
        f, s_, t, sb = OUTLOOK_LABELS.get(qlang, OUTLOOK_LABELS["en"])
        qh = ("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p><b>"
              + _html.escape(f) + ":</b> " + _html.escape(f"{po['buyer']['name']} <{po['buyer']['email']}>") + "<br><b>"
              + _html.escape(s_) + ":</b> " + _html.escape(qt.split("\n")[4].split(": ", 1)[1]) + "<br><b>"
              + _html.escape(t) + ":</b> " + _html.escape(po["supplier"]["email"]) + "<br><b>"
              + _html.escape(sb) + ":</b> " + _html.escape(quote_subject or req_subject(po)) + "</p></div>"
              + request_html(po, note))
    elif quote == "gmail":
        qt = gmail_quote(po, attribution, note)
        att = qt.strip("\n").split("\n")[0]
        qh = ("<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">" + _html.escape(att)
              + "<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid "
              "rgb(204,204,204);padding-left:1ex\">" + request_html(po, note) + "</blockquote></div>")
    plain = body.rstrip("\n") + "\n"
    if sig:
        plain += ("\n" if quote != "gmail" else "\n-- \n") + sig.rstrip("\n") + "\n"
    plain += qt + body_after_quote
    hb = html_body if html_body is not None else text_to_html(body)
    if sig:
        hb += "\n<div class=\"signature\">" + text_to_html(sig) + "</div>"
    page = (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\"></head>"
            f"<body><div>{hb}</div>{qh}{text_to_html(body_after_quote) if body_after_quote else ''}</body></html>")
    hc = html_cte or cte
    if html == "alt":
        bodypart = mime.multipart("alternative", [mime.text(plain, charset=charset, cte=cte),
                                                  mime.text(page, "html", charset=charset, cte=hc)],
                                  f"----=_NextPart_{_h(slug + 'alt', 12)}")
    elif html == "only":
        bodypart = mime.text(page, "html", charset=charset, cte=hc)
    else:
        bodypart = mime.text(plain, charset=charset, cte=cte)
    if attachments:
        bodypart = mime.multipart("mixed", [bodypart] + list(attachments), f"----=_Mix_{_h(slug + 'mix', 12)}")
    style = {"outlook": "outlook", "gmail": "gmail", "apple": "apple", "iphone": "apple",
             "thunderbird": "thunderbird"}.get(client, "other")
    hs = [("From", mime.addr(name, email, charset if _can(name, charset) else "utf-8")),
          ("To", to or mime.addr(po["buyer"]["name"], po["buyer"]["email"]))]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", mime.encode_word(subj, charset if _can(subj, charset) else "utf-8")),
           ("Date", hdate(date)), ("Message-ID", msgid(slug, style, domain))]
    if thread and "request_message_id" in po:
        hs += [("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"])]
    if client in MAILER:
        hs.append(MAILER[client])
    hs += list(extra_headers)
    return mime.message(hs, bodypart)


def _can(s, cs):
    try:
        s.encode(cs)
        return True
    except (UnicodeEncodeError, LookupError):
        return False


def simple(slug, *, frm, to, subject, date, part, style="other", domain=None, extra_headers=(), irt=None, charset="utf-8"):
    name, email = frm
    domain = domain or email.split("@")[1]
    hs = [("From", mime.addr(name, email, charset if _can(name, charset) else "utf-8")), ("To", to),
          ("Subject", mime.encode_word(subject, charset if _can(subject, charset) else "utf-8")),
          ("Date", hdate(date)), ("Message-ID", msgid(slug, style, domain))]
    if irt:
        hs += [("In-Reply-To", irt), ("References", irt)]
    hs += list(extra_headers)
    return mime.message(hs, part)


def buyer_to(po):
    return mime.addr(po["buyer"]["name"], po["buyer"]["email"])


def inline_answers(po, answers, attribution, intro_lines=None):
    """Quoted request (> ) with the supplier's answers inserted below each table row (plain text)."""
    out = [attribution]
    rows = request_text(po).rstrip("\n").split("\n")
    numbers = {str(ln["line"]) for ln in po["lines"]}
    for r in rows:
        out.append(("> " + r) if r else ">")
        tok = r.split(" ", 1)[0]
        if tok in numbers and int(tok) in answers:
            out.append("")
            out.extend(answers[int(tok)].split("\n"))
            out.append("")
    return "\n".join(out) + "\n"


def dsn_report(slug, po, *, date, mta, rcpt, status, diag, human, frm, subject, html_human=None,
               arrival=None, original=None):
    """RFC 3464 multipart/report with the original request attached."""
    orig = original if original is not None else request_eml(po)
    parts = []
    if html_human:
        parts.append(mime.multipart("alternative", [mime.text(human, charset="us-ascii", cte="7bit"),
                                                    mime.text(html_human, "html", charset="us-ascii", cte="quoted-printable")],
                                    f"=_alt_{_h(slug, 10)}"))
    else:
        parts.append(mime.text(human, charset="us-ascii", cte="7bit", extra=[("Content-Description", "Notification")]))
    ds = (f"Reporting-MTA: dns; {mta}\n"
          f"Arrival-Date: {hdate(arrival or date)}\n\n"
          f"Final-Recipient: rfc822; {rcpt}\n"
          f"Original-Recipient: rfc822;{rcpt}\n"
          "Action: failed\n"
          f"Status: {status}\n"
          f"Diagnostic-Code: smtp; {diag}\n")
    parts.append(mime.raw_part("message/delivery-status", ds, [("Content-Description", "Delivery report")]))
    parts.append(mime.raw_part("message/rfc822", orig, [("Content-Description", "Undelivered Message")]))
    rep = mime.multipart("report", parts, f"{_h(slug + 'rep', 12)}.{_h(slug, 6, '0123456789')}/{mta}",
                         params="; report-type=delivery-status", preamble="This is a MIME-encapsulated message.")
    return simple(slug, frm=frm, to=buyer_to(po), subject=subject, date=date, part=rep, domain=mta,
                  extra_headers=[("Auto-Submitted", "auto-replied")])
