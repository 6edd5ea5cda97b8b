"""Registry, PO / label helpers and the mail composer shared by all case files."""
import datetime as dt
import html as _html

from . import mime
from .mime import h, rfcdate, addr, ew, text_part, multipart, attachment, message

REG = []  # (slug, "kind/locale", hard, builder)


def case(slug, kindloc, hard):
    def deco(fn):
        REG.append((slug, kindloc, hard, fn))
        return fn
    return deco


BUYER_DOMAIN = "halden-supply.example"
BUYERS = {
    "mh": ("Maren Holt", "maren.holt@halden-supply.example"),
    "jd": ("Jonas Derksen", "jonas.derksen@halden-supply.example"),
    "ap": ("Aoife Prendergast", "aoife.prendergast@halden-supply.example"),
}
BUYER_SIG = "Halden Supply Group B.V. | Purchasing\nNijverheidsweg 41, 3364 AB Sliedrecht, Netherlands\n+31 184 41 77 20"


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def PO(num, supplier, cur, issued, lines, buyer="mh", rid=True):
    b = BUYERS[buyer]
    po = {"po_number": num, "supplier": supplier, "buyer": {"name": b[0], "email": b[1]},
          "currency": cur, "issued": issued}
    if rid:
        po["request_message_id"] = "<po-%s.%s@%s>" % (num, issued.replace("-", ""), BUYER_DOMAIN)
    po["lines"] = []
    for i, (item, desc, qty, uom, price, date) in enumerate(lines, 1):
        po["lines"].append({"line": i, "item": item, "description": desc, "quantity": qty,
                            "uom": uom, "unit_price": price, "requested_date": date})
    return po


# ---- labels ---------------------------------------------------------------

def A(po, n):
    ln = po["lines"][n - 1]
    return {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
            "date": ln["requested_date"]}


def C(q, p, d, sched=None):
    r = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
    if sched:
        r["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
    return r


R = {"status": "rejected"}
U = {"status": "unconfirmed"}


def conf(po, labels):
    lab = {}
    for ln in po["lines"]:
        n = ln["line"]
        v = labels.get(n, "A")
        if v == "A":
            v = A(po, n)
        elif v == "R":
            v = dict(R)
        elif v == "U":
            v = dict(U)
        lab[str(n)] = v
    return {"po_number": po["po_number"], "lines": lab}


def EXP(kind, notes, *confs):
    e = {"kind": kind}
    if confs:
        e["confirmations"] = list(confs)
    e["notes"] = notes
    return e


# ---- the buyer's request ----------------------------------------------------

def _long_date(iso):
    d = dt.date.fromisoformat(iso)
    return "%d %s %d" % (d.day, d.strftime("%B"), d.year)


def request_text(po, greeting=None):
    s = po["supplier"]
    b = po["buyer"]
    out = [greeting or "Dear %s team," % s["name"], "",
           "Please find below our purchase order %s of %s. Kindly confirm quantities, unit prices and "
           "delivery dates by return (prices in %s)." % (po["po_number"], _long_date(po["issued"]), po["currency"]), "",
           request_header(po)]
    for ln in po["lines"]:
        out.append(request_row(po, ln))
    out += ["", "Delivery address: Halden Supply Group, Dock 4, Nijverheidsweg 41, Sliedrecht (NL).",
            "Please quote our PO number on all documents.", "", "Kind regards", b["name"], BUYER_SIG]
    return "\n".join(out)


def _dw(po):
    return max(len(ln["description"]) for ln in po["lines"])


def request_header(po):
    return "Line  %-14s  %-*s  %6s  %-4s %10s  %s" % ("Item", _dw(po), "Description", "Qty", "UoM", "Unit price", "Req. date")


def request_row(po, ln):
    return "%4d  %-14s  %-*s  %6d  %-4s %10s  %s" % (
        ln["line"], ln["item"], _dw(po), ln["description"], ln["quantity"], ln["uom"], ln["unit_price"], ln["requested_date"])


def inline_text(po, intro, answers, outro, lang="en", style="thunderbird"):
    """Supplier answers typed under each quoted PO line."""
    req = request_text(po).split("\n")
    out = [intro, "", _attr(po, lang, style), ""]
    rows = {request_row(po, ln): ln["line"] for ln in po["lines"]}
    for x in req:
        out.append(("> " + x) if x else ">")
        if x in rows and rows[x] in answers:
            out.append(answers[rows[x]])
    if outro:
        out += ["", outro]
    return "\n".join(out)


def request_html(po):
    s = po["supplier"]
    b = po["buyer"]
    e = _html.escape
    rows = "".join(
        "<tr><td>%d</td><td>%s</td><td>%s</td><td align=\"right\">%d</td><td>%s</td><td align=\"right\">%s</td><td>%s</td></tr>"
        % (ln["line"], e(ln["item"]), e(ln["description"]), ln["quantity"], e(ln["uom"]), ln["unit_price"], ln["requested_date"])
        for ln in po["lines"])
    return ("<p>Dear %s team,</p><p>Please find below our purchase order %s of %s. Kindly confirm quantities, unit prices "
            "and delivery dates by return (prices in %s).</p>"
            "<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\"><tr><th>Line</th><th>Item</th><th>Description</th>"
            "<th>Qty</th><th>UoM</th><th>Unit price</th><th>Req. date</th></tr>%s</table>"
            "<p>Delivery address: Halden Supply Group, Dock 4, Nijverheidsweg 41, Sliedrecht (NL).<br>"
            "Please quote our PO number on all documents.</p><p>Kind regards<br>%s<br>%s</p>"
            % (e(s["name"]), po["po_number"], _long_date(po["issued"]), po["currency"], rows, e(b["name"]),
               e(BUYER_SIG).replace("\n", "<br>")))


def request_subject(po):
    return "PO %s - please confirm" % po["po_number"]


def request_date(po):
    return "%s 09:12:40 +0100" % po["issued"]


def request_message(po):
    """Our outbound acknowledgment request, as it left our server (for bounces)."""
    b = po["buyer"]
    s = po["supplier"]
    bnd = "----=_Part_%s" % h("req", po["po_number"], n=20)
    body = multipart("alternative", [
        text_part(request_text(po), "plain", "utf-8", "quoted-printable"),
        text_part("<html><body>%s</body></html>" % request_html(po), "html", "utf-8", "quoted-printable"),
    ], bnd)
    hdrs = [("From", addr(b["name"], b["email"])), ("To", addr(s["name"], s["email"])),
            ("Subject", request_subject(po)), ("Date", rfcdate(request_date(po))),
            ("Message-ID", po.get("request_message_id") or "<po-%s.x@%s>" % (po["po_number"], BUYER_DOMAIN)),
            ("X-Mailer", "Halden P2P 4.1"), ("MIME-Version", "1.0")]
    out = "".join("%s: %s\n" % kv for kv in hdrs).encode("ascii") + body
    return out


# ---- quoting -----------------------------------------------------------------

OUTLOOK_LBL = {
    "en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoy\u00e9\u00a0", "\u00c0\u00a0", "Objet\u00a0"), "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "es": ("De", "Enviado el", "Para", "Asunto"), "it": ("Da", "Inviato", "A", "Oggetto"),
    "pl": ("Od", "Wys\u0142ane", "Do", "Temat"), "sv": ("Fr\u00e5n", "Skickat", "Till", "\u00c4mne"),
    "da": ("Fra", "Sendt", "Til", "Emne"), "nb": ("Fra", "Sendt", "Til", "Emne"),
    "fi": ("L\u00e4hett\u00e4j\u00e4", "L\u00e4hetetty", "Vastaanottaja", "Aihe"), "pt": ("De", "Enviada", "Para", "Assunto"),
    "cs": ("Od", "Odesl\u00e1no", "Komu", "P\u0159edm\u011bt"), "sk": ("Od", "Odoslan\u00e9", "Komu", "Predmet"),
    "hu": ("Felad\u00f3", "Elk\u00fcldve", "C\u00edmzett", "T\u00e1rgy"), "ro": ("De la", "Trimis", "C\u0103tre", "Subiect"),
    "hr": ("\u0160alje", "Poslano", "Prima", "Predmet"), "tr": ("Kimden", "G\u00f6nderildi", "Kime", "Konu"),
}

GMAIL_ATTR = {
    "en": "On {wd}, {d} {mon} {y} at {hm}, {name} <{email}> wrote:",
    "de": "Am {dd}.{mm}.{y} um {hm} schrieb {name} <{email}>:",
    "fr": "Le {dd}/{mm}/{y} \u00e0 {hm}, {name} <{email}> a \u00e9crit\u00a0:",
    "es": "El {d}/{m}/{y} a las {hm}, {name} (<{email}>) escribi\u00f3:",
    "pt": "Em {dd}/{mm}/{y} {hm}, {name} <{email}> escreveu:",
    "it": "Il giorno {d}/{m}/{y} alle ore {hm} {name} <{email}> ha scritto:",
    "nl": "Op {d} {mon} {y} om {hm} schreef {name} <{email}>:",
}


def _attr(po, lang, style):
    b = po["buyer"]
    d = dt.datetime.strptime(request_date(po), "%Y-%m-%d %H:%M:%S %z")
    f = dict(wd=d.strftime("%a"), d=d.day, m=d.month, dd="%02d" % d.day, mm="%02d" % d.month, y=d.year,
             mon=d.strftime("%b"), hm=d.strftime("%H:%M"), name=b["name"], email=b["email"])
    if style == "apple":
        return "On {d} {mon} {y}, at {hm}, {name} <{email}> wrote:".format(**f)
    if style == "thunderbird":
        if lang == "de":
            return "Am {dd}.{mm}.{y} um {hm} schrieb {name}:".format(**f)
        if lang == "fr":
            return "Le {dd}/{mm}/{y} \u00e0 {hm}, {name} a \u00e9crit\u00a0:".format(**f)
        return "On {dd}.{mm}.{y} {hm}, {name} wrote:".format(**f)
    return GMAIL_ATTR.get(lang, GMAIL_ATTR["en"]).format(**f)


def outlook_block(po, lang):
    lb = OUTLOOK_LBL.get(lang, OUTLOOK_LBL["en"])
    b = po["buyer"]
    s = po["supplier"]
    d = dt.datetime.strptime(request_date(po), "%Y-%m-%d %H:%M:%S %z")
    sent = d.strftime("%A, %B ") + "%d, %d %s" % (d.day, d.year, d.strftime("%I:%M %p").lstrip("0"))
    if lang != "en":
        sent = d.strftime("%d.%m.%Y %H:%M")
    return ["%s: %s <%s>" % (lb[0], b["name"], b["email"]), "%s: %s" % (lb[1], sent),
            "%s: %s <%s>" % (lb[2], s["name"], s["email"]), "%s: %s" % (lb[3], request_subject(po))]


def quoted_plain(po, style, lang):
    req = request_text(po)
    if style == "outlook":
        return "\n".join(["________________________________"] + outlook_block(po, lang) + ["", req])
    q = "\n".join(("> " + x) if x else ">" for x in req.split("\n"))
    return _attr(po, lang, style) + "\n\n" + q


def quoted_html(po, style, lang):
    if style == "outlook":
        blk = outlook_block(po, lang)
        hb = "<br>\n".join("<b>%s:</b>%s" % (_html.escape(x.split(":", 1)[0]), _html.escape(x.split(":", 1)[1])) for x in blk)
        return ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1">'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                '%s</font><div>&nbsp;</div></div><div>%s</div>' % (hb, request_html(po)))
    if style == "gmail":
        return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                '%s</blockquote></div>' % (_html.escape(_attr(po, lang, style)), request_html(po)))
    return ('<div><br><blockquote type="cite"><div>%s</div><br>%s</blockquote></div>'
            % (_html.escape(_attr(po, lang, style)), request_html(po)))


def text_to_html(t):
    paras = t.strip("\n").split("\n\n")
    return "\n".join("<p>%s</p>" % "<br>\n".join(_html.escape(x).replace("  ", "&nbsp; ") for x in p.split("\n"))
                     for p in paras)


def html_wrap(inner, charset, rtl=False, style="outlook"):
    d = ' dir="rtl"' if rtl else ""
    if style == "outlook":
        return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                '</head>\n<body%s>\n<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 11pt;">\n%s\n</div>\n</body>\n</html>'
                % (charset, d, inner))
    if style == "gmail":
        return '<div dir="%s">%s</div>' % ("rtl" if rtl else "ltr", inner)
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
            '<body%s>%s</body></html>' % (charset, d, inner))


# ---- composing a reply ------------------------------------------------------------

def _ids(style, seed, domain):
    x = h(seed, n=40).upper()
    if style == "outlook":
        mid = "<%sPR0%sMB%s%s@%sPR0%sMB%s.eurprd0%d.prod.outlook.com>" % (
            x[0:2] + "9", x[2], x[3], x[4:16], x[0:2] + "9", x[2], x[3:7], int(x[7], 16) % 8 + 1)
        return mid, "_000_%s_" % x[4:30]
    if style == "gmail":
        import base64
        tok = base64.b64encode(bytes.fromhex(h(seed, "g", n=40))).decode().replace("/", "_").replace("+", "-")
        return "<CA%s@mail.gmail.com>" % tok.rstrip("="), "000000000000%s" % h(seed, "b", n=16)
    if style in ("apple", "ios"):
        u = "%s-%s-%s-%s-%s" % (x[0:8], x[8:12], x[12:16], x[16:20], x[20:32])
        return "<%s@%s>" % (u, domain), "Apple-Mail=_%s" % h(seed, "a", n=32).upper()
    if style == "thunderbird":
        u = "%s-%s-%s-%s-%s" % (x[0:8], x[8:12], x[12:16], x[16:20], x[20:32])
        return "<%s@%s>" % (u.lower(), domain), "------------%s" % h(seed, "t", n=24)
    return "<%s.%s@%s>" % (x[:12], x[12:20], domain), "=_NextPart_%s" % x[:24]


def mail(po, sender, date, text, *, client="outlook", lang="en", charset="utf-8", cte="quoted-printable",
         html=True, html_inner=None, quote=True, quote_above=False, subject=None, prefix="RE: ",
         attach=(), thread=True, to=None, cc=None, extra=(), hdr_enc="B", rtl=False, html_cte=None,
         seed=None, quote_po=None):
    """A supplier reply to our request for `po`.  html: True (alternative), False (plain) or 'only'."""
    qpo = quote_po or po
    style = {"ios": "apple"}.get(client, client)
    qstyle = style if style in ("outlook", "gmail", "apple", "thunderbird") else "thunderbird"
    domain = sender[1].split("@")[1]
    mid, bnd = _ids(client, seed or (po["po_number"], date, sender[1]), domain)
    plain = text
    hinner = html_inner if html_inner is not None else text_to_html(text)
    if quote:
        qp = quoted_plain(qpo, qstyle, lang)
        qh = quoted_html(qpo, qstyle, lang)
        if quote_above:
            plain = qp + "\n\n" + text
            hinner = qh + "\n" + hinner
        else:
            plain = text + "\n\n" + qp
            hinner = hinner + "\n" + qh
    hdoc = html_wrap(hinner, charset, rtl, "outlook" if client == "outlook" else ("gmail" if client == "gmail" else "other"))
    hcte = html_cte or cte
    params = ""
    if client in ("apple", "ios") and cte == "7bit":
        params = "; format=flowed"
    tp = text_part(plain, "plain", charset, cte, params)
    if html == "only":
        body = text_part(hdoc, "html", charset, hcte)
    elif html:
        body = multipart("alternative", [tp, text_part(hdoc, "html", charset, hcte)], bnd + ("A" if attach else ""))
    else:
        body = tp
    if attach:
        astyle = "outlook" if client == "outlook" else ("gmail" if client == "gmail" else "other")
        parts = [body] + [attachment(d, ct, fn, style=astyle) for (d, ct, fn) in attach]
        body = multipart("mixed", parts, bnd)
    b = po["buyer"]
    subj = subject if subject is not None else prefix + request_subject(qpo)
    hdrs = [("From", addr(sender[0], sender[1], charset, hdr_enc)),
            ("To", to or addr(b["name"], b["email"]))]
    if cc:
        hdrs.append(("CC", cc))
    hdrs += [("Subject", ew(subj, charset, hdr_enc)), ("Date", rfcdate(date)), ("Message-ID", mid)]
    rid = qpo.get("request_message_id")
    if thread and rid:
        hdrs += [("In-Reply-To", rid), ("References", rid)]
    if client == "outlook":
        hdrs += [("Thread-Topic", ew(request_subject(qpo))), ("Thread-Index", "AQH" + h(mid, n=24)),
                 ("Accept-Language", "%s, en-US" % po["supplier"]["locale"]),
                 ("Content-Language", po["supplier"]["locale"]),
                 ("X-MS-Has-Attach", "yes" if attach else ""), ("X-MS-TNEF-Correlator", "")]
    elif client == "apple":
        hdrs += [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]
    elif client == "ios":
        hdrs += [("X-Mailer", "iPhone Mail (22B91)")]
    elif client == "thunderbird":
        hdrs += [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", po["supplier"]["locale"])]
    hdrs = [(k, v) for (k, v) in hdrs if v != "" or k.startswith("X-MS")]
    hdrs += list(extra)
    hdrs.append(("MIME-Version", "1.0"))
    return message(hdrs, body)


def simple(headers, body):
    """Assemble arbitrary headers + already built body part."""
    return message(list(headers) + [("MIME-Version", "1.0")], body)


# ---- bounces -------------------------------------------------------------------

def dsn(po, date, reporting_mta, text, status, diag, *, frm=None, subject="Undelivered Mail Returned to Sender",
        recipient=None, mid_domain=None, headers_only=False, charset="us-ascii", cte="7bit", extra=(), seed="dsn",
        html_part=None):
    b = po["buyer"]
    rcpt = recipient or po["supplier"]["email"]
    bnd = "%s.%s/%s" % (h(seed, po["po_number"], n=8).upper(), "1763", reporting_mta)
    ds = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nArrival-Date: %s\n\n"
          "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\nStatus: %s\n"
          "Remote-MTA: dns; %s\nDiagnostic-Code: smtp; %s\n"
          % (reporting_mta, h(seed, n=10).upper(), rfcdate(request_date(po)), rcpt, rcpt, status,
             rcpt.split("@")[1], diag))
    first = text_part(text, "plain", charset, cte, headers=("Content-Description: Notification",))
    if html_part:
        first = multipart("alternative", [first, html_part], bnd + "-alt")
    orig = request_message(po)
    if headers_only:
        orig = orig.split(b"\n\n", 1)[0] + b"\n"
        op = b"Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n" + orig
    else:
        op = b"Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n" + orig
    parts = [first,
             b"Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + ds.encode("ascii"),
             op]
    body = multipart("report", parts, bnd, params="; report-type=delivery-status",
                     preamble="This is a MIME-encapsulated message.")
    hdrs = [("From", frm or "MAILER-DAEMON@%s (Mail Delivery System)" % reporting_mta),
            ("To", addr(b["name"], b["email"])), ("Subject", subject), ("Date", rfcdate(date)),
            ("Message-ID", "<%s.%s@%s>" % (h(seed, "m", n=14).upper(), "DSN", mid_domain or reporting_mta)),
            ("Auto-Submitted", "auto-replied")] + list(extra)
    return simple(hdrs, body)
