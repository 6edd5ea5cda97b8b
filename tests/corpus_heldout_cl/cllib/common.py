"""Registry, PO/label helpers and the reply builder shared by all cases."""
import datetime as dt
import hashlib
from decimal import Decimal
from email.utils import format_datetime

from . import mime

REG = []


def case(slug, kind_locale, hard):
    def deco(fn):
        REG.append((slug, kind_locale, hard, fn))
        return fn
    return deco


DOM = "tallisbrook.example"
COMPANY = "Tallis & Brook Procurement Ltd"
BUYERS = {
    "maren": {"name": "Maren Holt", "email": "maren.holt@tallisbrook.example"},
    "oskar": {"name": "Oskar Lindqvist", "email": "oskar.lindqvist@tallisbrook.example"},
    "priya": {"name": "Priya Natarajan", "email": "priya.natarajan@tallisbrook.example"},
    "tom": {"name": "Tom Becker", "email": "tom.becker@tallisbrook.example"},
}


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def L(n, item, desc, qty, uom, price, date):
    return {"line": n, "item": item, "description": desc, "quantity": qty, "uom": uom,
            "unit_price": price, "requested_date": date}


def po(num, s, cur, issued, lines, buyer="maren", rid=True):
    d = {"po_number": num, "supplier": s, "buyer": BUYERS[buyer], "currency": cur, "issued": issued}
    if rid:
        d["request_message_id"] = f"<ack-req.{num}.1@{DOM}>"
    d["lines"] = lines
    return d


# ---------------------------------------------------------------- labels
ACC, REJ, UNC = "accepted", "rejected", "unconfirmed"


def chg(q=None, p=None, d=None, sched=None):
    return ("chg", q, p, d, sched)


def _resolve(P, m):
    out = {}
    for ln in P["lines"]:
        n = ln["line"]
        v = m.get(n, UNC)
        if v == ACC:
            out[str(n)] = {"status": ACC, "quantity": ln["quantity"], "unit_price": ln["unit_price"],
                           "date": ln["requested_date"]}
        elif v in (REJ, UNC):
            out[str(n)] = {"status": v}
        else:
            _, q, p, d, sc = v
            q = ln["quantity"] if q is None else q
            p = ln["unit_price"] if p is None else p
            if sc:
                if d is None:
                    d = max(x[1] for x in sc)
                assert sum(x[0] for x in sc) == q, (P["po_number"], n)
                assert max(x[1] for x in sc) == d
            d = ln["requested_date"] if d is None else d
            Decimal(p)
            dt.date.fromisoformat(d)
            assert sc or (q, Decimal(p), d) != (ln["quantity"], Decimal(ln["unit_price"]), ln["requested_date"]), (P["po_number"], n)
            lab = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
            if sc:
                lab["schedule"] = [{"quantity": a, "date": b} for a, b in sc]
            out[str(n)] = lab
    for k in m:
        assert any(ln["line"] == k for ln in P["lines"]), k
    return out


def conf(notes, *pairs):
    return {"kind": "confirmation",
            "confirmations": [{"po_number": P["po_number"], "lines": _resolve(P, m)} for P, m in pairs],
            "notes": notes}


def other(kind, notes):
    return {"kind": kind, "notes": notes}


# ---------------------------------------------------------------- dates / ids
def rdate(s):
    """'2026-11-10 09:41:12 +0100' -> RFC 5322 date string."""
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")
    return format_datetime(d)


def _hx(*a, n=32):
    return hashlib.sha1("|".join(map(str, a)).encode()).hexdigest()[:n]


def msgid(client, seed, domain):
    h = _hx(client, seed, n=40)
    if client == "outlook":
        u = h.upper()
        return f"<{u[:4]}PR0{u[4:7]}MB{u[7:11]}{u[11:27]}@{u[:4]}PR0{u[4:7]}MB{u[7:11]}.eurprd0{int(h[30],16)%9+1}.prod.outlook.com>"
    if client == "gmail":
        return f"<CA{h[:2].upper()}{h[2:30]}+{h[30:38]}@mail.gmail.com>"
    if client in ("apple", "iphone"):
        u = h.upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if client == "thunderbird":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{h[:12]}.{h[12:20]}@{client}.{domain}>"


CLIENT_HDR = {
    "outlook": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Thread-Topic", None), ("Thread-Index", "AdtT{h}==")],
    "gmail": [],
    "apple": [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
    "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "android": [("X-Mailer", "Android Mail")],
}


def req_subject(P):
    return f"PO {P['po_number']} - request for order confirmation"


def req_date(P, h=10, m=12):
    d = dt.date.fromisoformat(P["issued"])
    return dt.datetime(d.year, d.month, d.day, h, m, 5, tzinfo=dt.timezone.utc)


def buyer_addr(P):
    b = P["buyer"]
    return mime.addr(b["name"], b["email"])


def req_rows(P):
    rows = [("Pos", "Item", "Description", "Qty", "UoM", "Unit price", "Req. date")]
    for ln in P["lines"]:
        rows.append((str(ln["line"]), ln["item"], ln["description"], str(ln["quantity"]), ln["uom"],
                     f"{ln['unit_price']} {P['currency']}", ln["requested_date"]))
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    out = []
    for r in rows:
        out.append("  ".join(r[i].rjust(w[i]) if i in (3, 5) else r[i].ljust(w[i]) for i in range(7)).rstrip())
    return out


def req_text(P):
    s, b = P["supplier"], P["buyer"]
    iss = dt.date.fromisoformat(P["issued"]).strftime("%d %b %Y")
    return (f"Dear {s['name']} team,\n\n"
            f"please confirm our purchase order {P['po_number']} of {iss} (quantities, unit prices and\n"
            f"delivery dates) by return mail, quoting the PO number.\n\n"
            + "\n".join(req_rows(P)) +
            f"\n\nDelivery to: {COMPANY}, Goods-in Gate 3, 14 Wharf Road, Felixstowe IP11 3SB, UK\n"
            "Incoterms: DAP Felixstowe. Payment: 30 days net.\n\n"
            f"Kind regards\n{b['name']}\nPurchasing | {COMPANY}\nT +44 1394 555 210 | {b['email']}\n")


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"), "it": ("Da", "Inviato", "A", "Oggetto"),
    "es": ("De", "Enviado el", "Para", "Asunto"), "pt": ("De", "Enviada", "Para", "Assunto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"), "pl": ("Od", "Wysłano", "Do", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"), "sv": ("Från", "Skickat", "Till", "Ämne"),
    "da": ("Fra", "Sendt", "Til", "Emne"), "nb": ("Fra", "Sendt", "Til", "Emne"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"), "ro": ("De la", "Trimis", "Către", "Subiect"),
    "sk": ("Od", "Odoslané", "Komu", "Predmet"), "hr": ("Šalje", "Poslano", "Prima", "Predmet"),
    "sl": ("Od", "Poslano", "Za", "Zadeva"), "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
}


def q_outlook(P, lang="en", sent=None):
    f, s, t, sj = OUTLOOK_LABELS[lang]
    d = req_date(P)
    if sent is None:
        sent = d.strftime("%d %B %Y %H:%M") if lang == "en" else d.strftime("%d.%m.%Y %H:%M")
    b = P["buyer"]
    sep = " :" if lang == "fr" else ":"
    return ("________________________________\n"
            f"{f}{sep} {b['name']} <{b['email']}>\n{s}{sep} {sent}\n{t}{sep} {P['supplier']['email']}\n"
            f"{sj}{sep} {req_subject(P)}\n\n" + req_text(P))


def q_cite(P, attribution=None):
    b = P["buyer"]
    if attribution is None:
        d = req_date(P)
        attribution = f"On {d.strftime('%a, %d %b %Y at %H:%M')}, {b['name']} <{b['email']}> wrote:"
    lines = req_text(P).rstrip("\n").split("\n")
    return attribution + "\n" + "\n".join(("> " + x) if x else ">" for x in lines) + "\n"


def reply(P, *, frm, date, client, body, quote="outlook", qlang="en", attr=None, html=True,
          html_only=False, charset="utf-8", cte="quoted-printable", hcs=None, hcte=None, atts=(),
          subject=None, prefix=None, to=None, cc=None, thread=True, extra=(), hdr_cs="utf-8",
          hdr_enc="B", lang=None, font="Calibri, sans-serif", refs_extra=(), html_body=None):
    """frm = (name, email). Returns message bytes."""
    if quote == "outlook":
        full = body.rstrip("\n") + "\n\n" + q_outlook(P, qlang)
    elif quote == "cite":
        full = body.rstrip("\n") + "\n\n" + q_cite(P, attr)
    else:
        full = body
    style = {"outlook": "outlook", "gmail": "gmail", "apple": "apple", "iphone": "apple",
             "thunderbird": "thunderbird"}.get(client, "legacy")
    hcs = hcs or charset
    hcte = hcte or cte
    if html_only:
        part = mime.text(html_body or mime.html_of(full, hcs, font), "html", hcs, hcte, lang=lang)
    elif html:
        part = mime.multi("alternative", [mime.text(full, "plain", charset, cte, lang=lang),
                                          mime.text(html_body or mime.html_of(full, hcs, font), "html", hcs, hcte, lang=lang)], style)
    else:
        part = mime.text(full, "plain", charset, cte, lang=lang)
    if atts:
        part = mime.multi("mixed", [part] + list(atts), style)
    if prefix is None:
        prefix = "RE: " if client == "outlook" else "Re: "
    subj = subject if subject is not None else prefix + req_subject(P)
    dom = frm[1].split("@")[1]
    hs = [("From", mime.addr(frm[0], frm[1], hdr_cs, hdr_enc)),
          ("To", to or buyer_addr(P))]
    if cc:
        hs.append(("CC", cc))
    hs += [("Subject", mime.ew(subj, hdr_cs, hdr_enc)), ("Date", rdate(date)),
           ("Message-ID", msgid(client, date + subj + frm[1], dom))]
    if thread and "request_message_id" in P:
        rid = P["request_message_id"]
        hs.append(("In-Reply-To", rid))
        hs.append(("References", "\n ".join(list(refs_extra) + [rid])))
    for k, v in CLIENT_HDR.get(client, []):
        if k == "Thread-Topic":
            v = mime.ew(req_subject(P))
        elif k == "Thread-Index":
            v = v.replace("{h}", _hx(date, subj, n=20))
        if k == "X-MS-Has-Attach":
            v = "yes" if atts else ""
        hs.append((k, v))
    if client == "outlook":
        hs.append(("Content-Language", lang or "en-US"))
    hs += list(extra)
    return mime.message(hs, part)


def plain_mail(*, frm, to, subject, date, client, part, extra=(), irt=None, hdr_cs="utf-8", mid=None):
    dom = frm[1].split("@")[1]
    hs = [("From", mime.addr(frm[0], frm[1], hdr_cs)), ("To", to), ("Subject", mime.ew(subject, hdr_cs)),
          ("Date", rdate(date)), ("Message-ID", mid or msgid(client, date + subject + frm[1], dom))]
    if irt:
        hs += [("In-Reply-To", irt), ("References", irt)]
    hs += list(extra)
    return mime.message(hs, part)


def request_message(P):
    """The original acknowledgment request as we sent it (for bounces)."""
    b = P["buyer"]
    txt = req_text(P)
    part = mime.multi("alternative", [mime.text(txt, "plain", "utf-8", "quoted-printable"),
                                      mime.text(mime.html_of(txt), "html", "utf-8", "quoted-printable")], "legacy")
    hs = [("From", mime.addr(b["name"], b["email"])), ("To", P["supplier"]["email"]),
          ("Subject", req_subject(P)), ("Date", format_datetime(req_date(P))),
          ("Message-ID", P.get("request_message_id", f"<ack-req.{P['po_number']}.0@{DOM}>"))]
    return mime.inner_message(hs, part)


def D(s):
    return Decimal(s)


def dsn_mail(P, *, date, subject, frm, human, status, diag, reporting_mta, action="failed", remote_mta=None,
             human_html=None, style="legacy", extra=(), queue=None, to=None, arrival=None):
    """A multipart/report DSN returning the original request to the buyer."""
    orig = request_message(P)
    rcpt = P["supplier"]["email"]
    ds = f"Reporting-MTA: dns; {reporting_mta}\n"
    if queue:
        ds += f"X-Postfix-Queue-ID: {queue}\nX-Postfix-Sender: rfc822; {P['buyer']['email']}\n"
    ds += f"Arrival-Date: {arrival or format_datetime(req_date(P))}\n\n"
    ds += f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: {action}\nStatus: {status}\n"
    if remote_mta:
        ds += f"Remote-MTA: dns; {remote_mta}\n"
    ds += f"Diagnostic-Code: smtp; {diag}\n"
    if action == "delayed":
        ds += "Will-Retry-Until: " + rdate("2026-11-14 10:12:05 +0000") + "\n"
    if human_html:
        hp = mime.multi("alternative", [mime.text(human, "plain", "us-ascii", "7bit"),
                                        mime.text(human_html, "html", "us-ascii", "7bit")], style)
    else:
        hp = mime.Part([("Content-Description", "Notification"),
                        ("Content-Type", 'text/plain; charset="us-ascii"')], human.encode("ascii"))
    parts = [hp,
             mime.Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                       ds.encode("ascii")),
             mime.Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig)]
    rep = mime.multi("report", parts, style, params=" report-type=delivery-status;")
    rep.preamble = "This is a MIME-encapsulated message."
    b = P["buyer"]
    dom = frm[1].split("@")[1]
    hs = [("From", mime.addr(frm[0], frm[1])), ("To", to or mime.addr(b["name"], b["email"])),
          ("Subject", subject), ("Date", rdate(date)), ("Message-ID", msgid("dsn", date + subject, dom))]
    hs += list(extra)
    return mime.message(hs, rep)
