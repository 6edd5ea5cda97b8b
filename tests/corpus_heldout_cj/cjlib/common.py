"""Shared helpers: registry, PO/expected builders, our request text, mail assembly."""
import datetime as dt
import hashlib
import html as _html
from decimal import Decimal

from . import mime

REG = []  # (slug, "kind/locale", what makes it hard, builder)


def case(slug, kind_locale, hard):
    def deco(fn):
        REG.append((slug, kind_locale, hard, fn))
        return fn
    return deco


# ---------------------------------------------------------------- buyer side
BUYER_DOMAIN = "haldenrooke.example"
BUYERS = {
    "helen": ("Helen Marsh", "helen.marsh@haldenrooke.example", "+44 1394 555 210"),
    "jonas": ("Jonas Pereira", "jonas.pereira@haldenrooke.example", "+44 1394 555 214"),
    "ines": ("Ines Vogt", "ines.vogt@haldenrooke.example", "+44 1394 555 227"),
}
COMPANY = "Halden & Rooke Trading Ltd"
ADDRESS = "Unit 7, Wharf Road, Felixstowe IP11 3TN, United Kingdom"


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def L(n, item, desc, qty, uom, price, date):
    return {"line": n, "item": item, "description": desc, "quantity": qty, "uom": uom,
            "unit_price": price, "requested_date": date}


def po(number, supplier, currency, issued, lines, buyer="helen", reqid=True):
    b = BUYERS[buyer]
    p = {"po_number": number, "supplier": supplier, "buyer": {"name": b[0], "email": b[1]},
         "currency": currency, "issued": issued}
    if reqid:
        p["request_message_id"] = "<ackreq.%s.%s@%s>" % (number.replace(" ", ""), issued.replace("-", ""), BUYER_DOMAIN)
    p["lines"] = lines
    return p


def buyer_of(p):
    for k, b in BUYERS.items():
        if b[1] == p["buyer"]["email"]:
            return b
    raise KeyError


# ---------------------------------------------------------------- expected
def _ln(p, n):
    for x in p["lines"]:
        if x["line"] == n:
            return x
    raise KeyError(n)


def A(p, n):
    x = _ln(p, n)
    return {"status": "accepted", "quantity": x["quantity"], "unit_price": x["unit_price"], "date": x["requested_date"]}


def C(p, n, q=None, price=None, d=None, s=None):
    x = _ln(p, n)
    q = x["quantity"] if q is None else q
    price = x["unit_price"] if price is None else price
    if s:
        sched = [{"quantity": a, "date": b} for a, b in s]
        assert sum(a for a, _ in s) == q, (p["po_number"], n, "schedule sum")
        last = max(b for _, b in s)
        if d is None:
            d = last
        assert d == last, (p["po_number"], n, "schedule end")
    d = x["requested_date"] if d is None else d
    dt.date.fromisoformat(d)
    Decimal(price)
    same = q == x["quantity"] and Decimal(price) == Decimal(x["unit_price"]) and d == x["requested_date"]
    assert not (same and not s), (p["po_number"], n, "changed equals PO")
    r = {"status": "changed", "quantity": q, "unit_price": price, "date": d}
    if s:
        r["schedule"] = sched
    return r


R = {"status": "rejected"}
U = {"status": "unconfirmed"}


def conf(p, spec):
    lines = {}
    for x in p["lines"]:
        n = x["line"]
        v = spec.get(n, "U")
        if v == "A":
            v = A(p, n)
        elif v == "R":
            v = dict(R)
        elif v == "U":
            v = dict(U)
        lines[str(n)] = v
    return {"po_number": p["po_number"], "lines": lines}


def exp(kind, notes, confs=None):
    e = {"kind": kind}
    if confs is not None:
        e["confirmations"] = confs
    e["notes"] = notes
    return e


def iso_week_day(week, day=5, year=2026):
    return dt.date.fromisocalendar(year, week, day).isoformat()


def plus_days(iso, n):
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=n)).isoformat()


# ---------------------------------------------------------------- our request
def req_subject(p):
    return "Order confirmation request - PO %s" % p["po_number"]


def req_sent(p):
    d = dt.date.fromisoformat(p["issued"])
    return dt.datetime(d.year, d.month, d.day, 9, 14, 0)


def request_rows(p):
    rows = [("Ln", "Item", "Description", "Qty", "UoM", "Unit price " + p["currency"], "Requested")]
    for x in p["lines"]:
        rows.append((str(x["line"]), x["item"], x["description"], str(x["quantity"]), x["uom"],
                     x["unit_price"], x["requested_date"]))
    return rows


def request_text(p, note=""):
    b = buyer_of(p)
    rows = request_rows(p)
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    table = "\n".join("  ".join(c.ljust(w[i]) if i not in (3, 5) else c.rjust(w[i]) for i, c in enumerate(r)).rstrip()
                      for r in rows)
    return ("Dear %s team,\n\n"
            "please confirm our purchase order %s dated %s (quantities, unit prices\n"
            "and delivery dates) by replying to this e-mail.\n\n%s\n\n"
            "Prices in %s, net, DAP Felixstowe (Incoterms 2020).\n%s"
            "Delivery address: %s, %s\n\n"
            "Kind regards\n%s\nProcurement | %s\n%s\n"
            % (p["supplier"]["name"], p["po_number"], p["issued"], table, p["currency"], note, COMPANY, ADDRESS,
               b[0], COMPANY, b[2]))


def request_html(p, note=""):
    b = buyer_of(p)
    rows = request_rows(p)
    th = "".join("<th style=\"border:1px solid #999;padding:2px 6px\">%s</th>" % _html.escape(c) for c in rows[0])
    trs = "".join("<tr>%s</tr>" % "".join("<td style=\"border:1px solid #999;padding:2px 6px\">%s</td>" % _html.escape(c) for c in r)
                  for r in rows[1:])
    return ("<p>Dear %s team,</p><p>please confirm our purchase order %s dated %s (quantities, unit prices and "
            "delivery dates) by replying to this e-mail.</p>\n<table style=\"border-collapse:collapse\">\n<tr>%s</tr>\n%s\n</table>\n"
            "<p>Prices in %s, net, DAP Felixstowe (Incoterms 2020).<br>%sDelivery address: %s, %s</p>\n"
            "<p>Kind regards<br>%s<br>Procurement | %s<br>%s</p>\n"
            % (_html.escape(p["supplier"]["name"]), p["po_number"], p["issued"], th, trs, p["currency"],
               _html.escape(note).replace("\n", "<br>"), _html.escape(COMPANY), _html.escape(ADDRESS), b[0], _html.escape(COMPANY), b[2]))


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "pt": ("De", "Enviado", "Para", "Assunto"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "sv": ("Från", "Skickat", "Till", "Ämne"),
    "da": ("Fra", "Sendt", "Til", "Emne"),
    "nb": ("Fra", "Sendt", "Til", "Emne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"),
    "sk": ("Od", "Odoslané", "Komu", "Predmet"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"),
    "ro": ("De la", "Trimis", "Către", "Subiect"),
    "hr": ("Šalje", "Poslano", "Prima", "Predmet"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
}


def sent_en(p):
    d = req_sent(p)
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y 9:14 AM")


def outlook_quote(p, lang="en", sent=None, html=False, note=""):
    b = buyer_of(p)
    lab = OUTLOOK_LABELS[lang]
    sent = sent or sent_en(p)
    to = "%s <%s>" % (p["supplier"]["name"], p["supplier"]["email"])
    if not html:
        return ("________________________________\n%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s\n\n%s"
                % (lab[0], b[0], b[1], lab[1], sent, lab[2], to, lab[3], req_subject(p), request_text(p, note)))
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            "<p><b>%s:</b> %s &lt;%s&gt;<br><b>%s:</b> %s<br><b>%s:</b> %s<br><b>%s:</b> %s</p></div>\n%s"
            % (lab[0], b[0], b[1], lab[1], sent, lab[2], _html.escape(to), lab[3], req_subject(p), request_html(p, note)))


def gt_quote(p, attribution, note=""):
    body = request_text(p, note)
    q = "\n".join(("> " + l) if l else ">" for l in body.rstrip("\n").split("\n"))
    return attribution + "\n" + q + "\n"


def en_attr(p):
    b = buyer_of(p)
    d = req_sent(p)
    return "On %s, %d %s 2026 at 09:14, %s <%s> wrote:" % (d.strftime("%a"), d.day, d.strftime("%b"), b[0], b[1])


def html_block(p, attribution, note=""):
    return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
            % (_html.escape(attribution), request_html(p, note)))


def t2h(s):
    """Plain reply text to simple HTML paragraphs."""
    paras = s.strip("\n").split("\n\n")
    return "\n".join("<p>%s</p>" % "<br>\n".join(_html.escape(l) for l in para.split("\n")) for para in paras)


def html_doc(inner, lang=None, outlook=False, charset="utf-8"):
    la = ' lang="%s"' % lang if lang else ""
    if outlook:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>\n<meta http-equiv="Content-Type" content="text/html; charset=' + charset + '">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style>p{margin:0cm;font-size:11pt;font-family:"Calibri",sans-serif}</style></head>\n'
                '<body%s link="#0563C1" vlink="#954F72"><div class="WordSection1">\n%s\n</div></body></html>\n' % (la, inner))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body%s>\n%s\n</body></html>\n'
            % (charset, la, inner))


# ---------------------------------------------------------------- mail assembly
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rdate(s):
    """'2026-11-17 10:42:13 +0100' -> RFC 5322 date."""
    d, t, z = s.split()
    dd = dt.date.fromisoformat(d)
    return "%s, %d %s %d %s %s" % (dd.strftime("%a"), dd.day, MONTHS[dd.month - 1], dd.year, t, z)


def mail_date(s):
    return s.split()[0]


def _hx(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def msgid(client, seed, domain):
    x = _hx(seed, 40).upper()
    if client == "outlook":
        return "<%sMB%s@%sMB%s.eurprd0%s.prod.outlook.com>" % ("AM9PR0" + x[:2], x[2:6], "AM9PR0" + x[:2], x[2:6], x[6] if x[6].isdigit() else "4")
    if client == "gmail":
        return "<CA+%s@mail.gmail.com>" % (x[:24].lower() + "Zq" + x[24:36])
    if client in ("apple", "iphone"):
        return "<%s-%s-%s-%s-%s@%s>" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], domain)
    if client == "thunderbird":
        return "<%s-%s-%s@%s>" % (x[:8].lower(), x[8:12].lower(), x[12:24].lower(), domain)
    return "<%s.%s@%s>" % (x[:12].lower(), x[12:20].lower(), domain)


def build(seed, *, frm, to, subject, date, client="outlook", text=None, html=None, charset="utf-8",
          cte="quoted-printable", html_charset=None, html_cte=None, atts=(), reply=None, refs=None,
          extra=(), flowed=False, lang=None, name_charset=None, subj_charset=None, msg_id=None,
          related=None):
    """frm/to: (name, email). reply: a PO dict (threads on its request) or a Message-ID string."""
    fname, femail = frm
    domain = femail.split("@")[1]
    nc = name_charset or charset
    sc = subj_charset or charset
    irt = None
    if isinstance(reply, dict):
        irt = reply.get("request_message_id")
    elif reply:
        irt = reply
    if refs is None and irt:
        refs = irt
    mid = msg_id or msgid(client, seed, domain)
    hc = html_charset or charset
    hcte = html_cte or cte
    parts = []
    tp = mime.text(text, "plain", charset, cte, flowed) if text is not None else None
    hp = mime.text(html, "html", hc, hcte) if html is not None else None
    bstyle = {"outlook": "outlook", "gmail": "gmail", "apple": "apple", "iphone": "apple",
              "thunderbird": "thunderbird"}.get(client, "generic")
    if tp and hp:
        if related:
            rel = mime.multipart("related", [hp] + list(related), mime.boundary(bstyle, seed + "rel"), params='; type="text/html"')
            body = mime.multipart("alternative", [tp, rel], mime.boundary(bstyle, seed + "alt"))
        else:
            body = mime.multipart("alternative", [tp, hp], mime.boundary(bstyle, seed + "alt"))
    else:
        body = tp or hp
    if atts:
        body = mime.multipart("mixed", [body] + list(atts), mime.boundary(bstyle, seed + "mix"),
                              preamble="This is a multi-part message in MIME format." if client in ("outlook_classic", "thunderbird", "erp") else None)
    hs = [("From", mime.addr(fname, femail, nc)), ("To", mime.addr(to[0], to[1]))]
    hs.append(("Subject", mime.h(subject, sc)))
    if client == "outlook":
        hs.append(("Thread-Topic", mime.h(subject, sc, "Thread-Topic")))
        hs.append(("Thread-Index", "AdtY" + _hx(seed + "ti", 20).upper().replace("0", "Q") + "=="))
    hs.append(("Date", rdate(date)))
    hs.append(("Message-ID", mid))
    if refs:
        hs.append(("References", refs))
    if irt:
        hs.append(("In-Reply-To", irt))
    if client == "outlook":
        hs += [("Accept-Language", "%s, en-US" % lang if lang else "en-US"), ("Content-Language", lang or "en-US"),
               ("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")]
    elif client == "gmail":
        pass
    elif client == "apple":
        hs.append(("X-Mailer", "Apple Mail (2.3826.200.121)"))
    elif client == "iphone":
        hs.append(("X-Mailer", "iPhone Mail (22B91)"))
    elif client == "thunderbird":
        hs.append(("User-Agent", "Mozilla Thunderbird"))
        if lang:
            hs.append(("Content-Language", lang))
    hs += list(extra)
    hs = [(k, v) for k, v in hs if v != "" or k.startswith("X-MS")]
    return mime.message(hs, body)


def reply(seed, p, frm, date, body, *, client="outlook", lang="en", qstyle=None, attr=None, subject=None,
          prefix="RE: ", html=True, sig="", charset="utf-8", html_charset=None, note="", sent=None, **kw):
    """A supplier reply to our request for PO p: body (+signature) above the quoted request."""
    subject = subject or prefix + req_subject(p)
    if qstyle is None:
        qstyle = "outlook" if client == "outlook" else "gt"
    hc = html_charset or charset
    loc = p["supplier"]["locale"]
    full = body.rstrip("\n") + "\n\n" + (sig.strip("\n") + "\n" if sig else "")
    if qstyle == "outlook":
        ol = lang if lang in OUTLOOK_LABELS else "en"
        t = full + "\n" + outlook_quote(p, ol, sent=sent, note=note)
        hd = html_doc(t2h(full) + "\n" + outlook_quote(p, ol, sent=sent, html=True, note=note), loc, True, hc)
    elif qstyle == "gt":
        attr = attr or en_attr(p)
        t = full + "\n" + gt_quote(p, attr, note=note)
        hd = html_doc('<div dir="ltr">' + t2h(full) + "</div>\n" + html_block(p, attr, note=note), None, False, hc)
    elif qstyle == "below":
        attr = attr or en_attr(p)
        t = gt_quote(p, attr, note=note) + "\n" + full
        hd = html_doc(html_block(p, attr, note=note) + "\n<div>" + t2h(full) + "</div>", None, False, hc)
    else:
        t = full
        hd = html_doc(t2h(full), loc, client == "outlook", hc)
    b = buyer_of(p)
    return build(seed, frm=frm, to=(b[0], b[1]), subject=subject, date=date, client=client, text=t,
                 html=hd if html else None, charset=charset, html_charset=hc, reply=p, lang=loc, **kw)


def request_message(p, crlf=False):
    """Our original request as sent (for bounces / forwards)."""
    b = buyer_of(p)
    d = req_sent(p)
    return build("req" + p["po_number"], frm=(b[0], b[1]), to=(p["supplier"]["name"], p["supplier"]["email"]),
                 subject=req_subject(p), date="%s 09:14:00 +0000" % p["issued"], client="outlook",
                 text=request_text(p), html=html_doc(request_html(p), "en-GB", True),
                 msg_id=p.get("request_message_id") or "<ackreq.%s@%s>" % (p["po_number"], BUYER_DOMAIN))


def report(seed, *, frm, to, subject, date, human, status, original, human_html=None, msg_id, extra=(),
           bstyle="generic", headers_only=False):
    """multipart/report; report-type=delivery-status (RFC 3464)."""
    tp = mime.text(human, "plain", "us-ascii" if all(ord(c) < 128 for c in human) else "utf-8",
                   "7bit" if all(ord(c) < 128 for c in human) else "quoted-printable",
                   extra=[("Content-Description", "Notification")])
    if human_html:
        hp = mime.text(human_html, "html", "utf-8", "quoted-printable")
        first = mime.multipart("alternative", [tp, hp], mime.boundary(bstyle, seed + "alt"))
    else:
        first = tp
    ds = mime.Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                   status.encode("ascii"))
    orig = mime.rfc822(original, "text/rfc822-headers" if headers_only else "message/rfc822")
    orig.headers.insert(0, ("Content-Description", "Undelivered Message"))
    root = mime.multipart("report", [first, ds, orig], mime.boundary(bstyle, seed),
                          params="; report-type=delivery-status")
    hs = [("From", frm), ("To", to), ("Subject", subject), ("Date", rdate(date)), ("Message-ID", msg_id)]
    hs += list(extra)
    return mime.message(hs, root)
