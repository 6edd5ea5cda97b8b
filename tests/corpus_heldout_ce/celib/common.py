"""Registry, PO / label helpers and the reply-mail builder shared by all cases."""
import datetime as dt
import hashlib
import html as _html
from decimal import Decimal

from . import mime

REG = []  # (slug, "kind/locale", what makes it hard, builder)


def case(slug, kindloc, hard):
    def deco(fn):
        REG.append((slug, kindloc, hard, fn))
        return fn
    return deco


DOM = "brightwater-supply.example"
BUYERS = {
    "mara": {"name": "Mara Lindqvist", "email": "mara.lindqvist@" + DOM},
    "tom": {"name": "Tom Okafor", "email": "tom.okafor@" + DOM},
    "ines": {"name": "Ines Duarte", "email": "ines.duarte@" + DOM},
}


def kw(week, day=5, year=2026):
    """ISO week -> ISO date string (default Friday)."""
    return dt.date.fromisocalendar(year, week, day).isoformat()


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def mkpo(num, supplier, cur, issued, lines, buyer="mara", rid=True):
    po = {"po_number": num, "supplier": supplier, "buyer": dict(BUYERS[buyer]),
          "currency": cur, "issued": issued}
    if rid:
        po["request_message_id"] = "<ack-%s.%s@%s>" % (num, issued.replace("-", ""), DOM)
    po["lines"] = []
    for i, (item, desc, qty, uom, price, date) in enumerate(lines, 1):
        Decimal(price)
        dt.date.fromisoformat(date)
        po["lines"].append({"line": i, "item": item, "description": desc, "quantity": qty,
                            "uom": uom, "unit_price": price, "requested_date": date})
    return po


# ---------------------------------------------------------------- labels

def C(q=None, p=None, d=None, sch=None):
    """changed line; None = same as PO"""
    return {"_c": (q, p, d, sch)}


def _label(po, n, v):
    ln = po["lines"][n - 1]
    if v == "A":
        return {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
                "date": ln["requested_date"]}
    if v == "R":
        return {"status": "rejected"}
    if v == "U":
        return {"status": "unconfirmed"}
    q, p, d, sch = v["_c"]
    out = {"status": "changed",
           "quantity": ln["quantity"] if q is None else q,
           "unit_price": ln["unit_price"] if p is None else p,
           "date": ln["requested_date"] if d is None else d}
    Decimal(out["unit_price"])
    dt.date.fromisoformat(out["date"])
    if sch:
        out["schedule"] = [{"quantity": a, "date": b} for a, b in sch]
        assert sum(a for a, _ in sch) == out["quantity"], (po["po_number"], n)
        assert max(b for _, b in sch) == out["date"], (po["po_number"], n)
    else:
        assert (out["quantity"], Decimal(out["unit_price"]), out["date"]) != \
            (ln["quantity"], Decimal(ln["unit_price"]), ln["requested_date"]), (po["po_number"], n)
    return out


def conf(answers, notes):
    """answers: list of (po, {line_no: 'A'|'R'|'U'|C(...)})"""
    cs = []
    for po, labs in answers:
        assert sorted(labs) == [l["line"] for l in po["lines"]], po["po_number"]
        cs.append({"po_number": po["po_number"],
                   "lines": {str(n): _label(po, n, labs[n]) for n in sorted(labs)}})
    return {"kind": "confirmation", "confirmations": cs, "notes": notes}


def other(kind, notes):
    assert kind in ("needs_review", "auto_reply", "bounce", "unrelated")
    return {"kind": kind, "notes": notes}


# ---------------------------------------------------------------- the request we sent

def req_subject(po):
    return "Purchase order %s - please confirm" % po["po_number"]


def req_sent(po):
    d = dt.date.fromisoformat(po["issued"])
    return dt.datetime(d.year, d.month, d.day, 10, 14)


def request_text(po):
    b = po["buyer"]
    rows = []
    w_desc = max(len(l["description"]) for l in po["lines"])
    w_item = max(len(l["item"]) for l in po["lines"])
    rows.append("%-4s  %-*s  %-*s  %8s  %-4s  %10s  %s" % ("Line", w_item, "Item", w_desc, "Description",
                                                           "Qty", "UoM", "Unit price", "Requested date"))
    for l in po["lines"]:
        rows.append("%-4s  %-*s  %-*s  %8s  %-4s  %10s  %s" % (l["line"], w_item, l["item"], w_desc,
                                                               l["description"], l["quantity"], l["uom"],
                                                               l["unit_price"], l["requested_date"]))
    return ("Dear %s team,\n\n"
            "please confirm our purchase order %s of %s by return e-mail: quantities,\n"
            "unit prices (%s) and delivery dates per line.\n\n"
            "%s\n\n"
            "Delivery to: Brightwater Supply Co, Dock 4, Havenweg 18, 3089 JT Rotterdam, NL\n"
            "Terms: as per frame agreement. Please quote our PO number on all documents.\n\n"
            "Kind regards\n%s\nPurchasing | Brightwater Supply Co\n+31 10 555 0147\n"
            % (po["supplier"]["name"], po["po_number"], po["issued"], po["currency"], "\n".join(rows), b["name"]))


def request_html(po):
    e = _html.escape
    b = po["buyer"]
    trs = "".join(
        "<tr><td>%s</td><td>%s</td><td>%s</td><td align=\"right\">%s</td><td>%s</td><td align=\"right\">%s</td><td>%s</td></tr>"
        % (l["line"], e(l["item"]), e(l["description"]), l["quantity"], l["uom"], l["unit_price"], l["requested_date"])
        for l in po["lines"])
    return ("<p>Dear %s team,</p><p>please confirm our purchase order %s of %s by return e-mail: quantities, "
            "unit prices (%s) and delivery dates per line.</p>"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>Line</th><th>Item</th><th>Description</th>"
            "<th>Qty</th><th>UoM</th><th>Unit price</th><th>Requested date</th></tr>%s</table>"
            "<p>Delivery to: Brightwater Supply Co, Dock 4, Havenweg 18, 3089 JT Rotterdam, NL<br>"
            "Terms: as per frame agreement. Please quote our PO number on all documents.</p>"
            "<p>Kind regards<br>%s<br>Purchasing | Brightwater Supply Co<br>+31 10 555 0147</p>"
            % (e(po["supplier"]["name"]), po["po_number"], po["issued"], po["currency"], trs, e(b["name"])))


def request_message(po, to=None):
    """Our original outbound request as a full RFC 5322 message (ASCII, for bounces)."""
    b = po["buyer"]
    sent = req_sent(po)
    hdrs = [("From", mime.addr(b["name"], b["email"])),
            ("To", to or po["supplier"]["email"]),
            ("Subject", req_subject(po)),
            ("Date", mime.rfcdate(sent.strftime("%Y-%m-%d %H:%M:%S") + " +0100")),
            ("Message-ID", po.get("request_message_id", "<req-%s@%s>" % (po["po_number"], DOM))),
            ("MIME-Version", "1.0")]
    t = request_text(po)
    if t.isascii():
        root = mime.text(t, charset="us-ascii", cte="7bit")
    else:
        root = mime.text(t, charset="utf-8", cte="quoted-printable")
    return mime.message(hdrs, root, crlf=False)


# ---------------------------------------------------------------- quoting

LBL = {
    "en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"), "it": ("Da", "Inviato", "A", "Oggetto"),
    "es": ("De", "Enviado el", "Para", "Asunto"), "pt": ("De", "Enviada", "Para", "Assunto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"), "pl": ("Od", "Wysłano", "Do", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"), "sk": ("Od", "Odoslané", "Komu", "Predmet"),
    "sv": ("Från", "Skickat", "Till", "Ämne"), "da": ("Fra", "Sendt", "Til", "Emne"),
    "nb": ("Fra", "Sendt", "Til", "Emne"), "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"), "ro": ("De la", "Trimis", "Către", "Subiect"),
    "hr": ("Šalje", "Poslano", "Prima", "Predmet"), "sl": ("Od", "Poslano", "Za", "Zadeva"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
}
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def quote_block(po, style="outlook", lang="en", to=None):
    b = po["buyer"]
    s = req_sent(po)
    body = request_text(po)
    if style == "outlook":
        f, se, t, su = LBL.get(lang, LBL["en"])
        sep = " : " if lang == "fr" else ": "
        if lang == "en":
            when = "%s, %s %d, %d 10:14 AM" % (EN_DAYS[s.weekday()], EN_MON[s.month - 1], s.day, s.year)
        else:
            when = s.strftime("%d.%m.%Y %H:%M")
        head = "%s%s%s <%s>\n%s%s%s\n%s%s%s\n%s%s%s\n" % (f, sep, b["name"], b["email"], se, sep, when, t, sep,
                                                          to or po["supplier"]["email"], su, sep, req_subject(po))
        return "________________________________\n" + head + "\n" + body
    if style == "gmail":
        when = "%s, %s %d, %d at 10:14 AM" % (EN_DAYS[s.weekday()][:3], EN_MON[s.month - 1][:3], s.day, s.year)
        att = "On %s %s <%s> wrote:\n" % (when, b["name"], b["email"])
        return att + "\n".join(("> " + x) if x else ">" for x in body.split("\n"))
    if style == "tb":
        att = "On %s 10:14, %s wrote:\n" % (s.strftime("%d/%m/%Y"), b["name"])
        return att + "\n".join(("> " + x) if x else ">" for x in body.split("\n"))
    if style == "apple":
        att = "> On %d %s %d, at 10:14, %s <%s> wrote:\n>\n" % (s.day, EN_MON[s.month - 1][:3], s.year, b["name"], b["email"])
        return att + "\n".join(("> " + x) if x else ">" for x in body.split("\n"))
    if style == "orig":
        return ("-----Original Message-----\nFrom: %s [mailto:%s]\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
                % (b["name"], b["email"], s.strftime("%d %B %Y %H:%M"), to or po["supplier"]["email"],
                   req_subject(po), body))
    raise ValueError(style)


def text_to_html(t):
    paras = t.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>%s</p>" % "<br>\n".join(_html.escape(x) for x in p.split("\n")))
    return "\n".join(out)


# ---------------------------------------------------------------- reply builder

def _h(*parts):
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


CLIENTS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "outlook365": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    "gmail": [],
    "apple": [("X-Mailer", "Apple Mail (2.3774.200.91.1.1)")],
    "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
    "tb": [("User-Agent", "Mozilla Thunderbird")],
    "android": [("X-Mailer", "Samsung Mobile Email")],
    "erp": [("X-Mailer", "SAP NetWeaver 7.50"), ("Auto-Submitted", "auto-generated")],
    "plain": [],
}


def msgid_for(client, seed, domain):
    h = _h(seed)
    if client in ("outlook", "outlook365"):
        return "<%s%s@%s.eurprd0%s.prod.outlook.com>" % ("AM9PR0", h[:20].upper(), "AM9PR0" + h[20:26].upper(), h[5] if h[5].isdigit() else "4")
    if client == "gmail":
        return "<CAK%s+%s@mail.gmail.com>" % (h[:22], h[22:30])
    if client in ("apple", "iphone"):
        return "<%s-%s-%s@%s>" % (h[:8].upper(), h[8:12].upper(), h[12:24].upper(), domain)
    return "<%s.%s@%s>" % (h[:16], h[16:24], domain)


def boundary_for(client, seed):
    h = _h("b", seed)
    if client in ("outlook", "outlook365"):
        return "_000_%s_" % h[:36].upper()
    if client == "gmail":
        return "000000000000%s" % h[:16]
    if client in ("apple", "iphone"):
        return "Apple-Mail=_%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:24].upper())
    if client == "tb":
        return "------------%s" % h[:24]
    return "=_%s" % h[:28]


def reply(po, frm, date, body, *, charset="utf-8", cte="quoted-printable", client="outlook",
          subject=None, prefix="RE: ", quote="below", qstyle="outlook", qlang="en", html=True,
          html_only=False, html_body=None, atts=(), to=None, cc=None, thread=True, lang=None,
          extra=(), hmode="B", msgid=None, seed="", sig_html=None):
    """Build a reply mail. body is the supplier's own text (without the quote)."""
    s = po["supplier"]
    name, email_ = frm
    domain = email_.split("@")[1]
    seed = seed or (po["po_number"] + date + email_)
    mid = msgid or msgid_for(client, seed, domain)
    subj = subject if subject is not None else prefix + req_subject(po)
    q = quote_block(po, qstyle, qlang) if quote else ""
    if quote == "below":
        full = body.rstrip("\n") + "\n\n" + q
    elif quote == "above":
        full = q + "\n\n" + body
    else:
        full = body
    hdrs = [("From", mime.addr(name, email_, charset, hmode)),
            ("To", mime.addr(po["buyer"]["name"], po["buyer"]["email"]) if to is None else to)]
    if cc:
        hdrs.append(("CC", cc))
    hdrs += [("Subject", mime.ew(subj, charset, hmode)),
             ("Date", mime.rfcdate(date)),
             ("Message-ID", mid)]
    if thread and po.get("request_message_id"):
        hdrs += [("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"])]
    if lang:
        hdrs.append(("Content-Language", lang))
    hdrs += [x for x in CLIENTS[client] if x[0] != "X-MS-Has-Attach"]
    if client == "outlook365":
        hdrs.append(("X-MS-Has-Attach", "yes" if atts else ""))
    hdrs += list(extra)
    hdrs.append(("MIME-Version", "1.0"))
    b = boundary_for(client, seed)
    tpart = mime.text(full, "plain", charset, cte)
    if html or html_only:
        if html_body is None:
            hb = text_to_html(body)
            if quote:
                hq = request_html(po)
                if qstyle == "outlook" or qstyle == "orig":
                    bb = po["buyer"]
                    hq = ("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
                          "<p><b>From:</b> %s &lt;%s&gt;<br><b>Sent:</b> %s<br><b>To:</b> %s<br><b>Subject:</b> %s</p></div>%s"
                          % (bb["name"], bb["email"], req_sent(po).strftime("%d.%m.%Y %H:%M"), s["email"],
                             _html.escape(req_subject(po)), hq))
                else:
                    hq = "<div class=\"gmail_quote\"><blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">%s</blockquote></div>" % hq
                hb = hq + "\n" + hb if quote == "above" else hb + "\n" + hq
        else:
            hb = html_body
        doc = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\"></head>"
               "<body>\n%s\n</body></html>" % (charset, hb))
        hpart = mime.text(doc, "html", charset, cte)
        core = hpart if html_only else mime.multipart("alternative", [tpart, hpart], boundary_for(client, seed + "alt") if atts else b)
    else:
        core = tpart
    if atts:
        parts = [core] + [mime.attachment(data, ct, fn) for fn, ct, data in atts]
        root = mime.multipart("mixed", parts, b)
    else:
        root = core
    return mime.message(hdrs, root)
