"""Registry, PO model, request/quote text and the reply builder shared by all cases."""
import datetime as dt
import html as _html
from decimal import Decimal

from . import mime

REG = []  # (slug, "kind/locale", "what makes it hard", builder)

BUYER_ORG = "Halden & Roe Trading GmbH"
BUYER_DOMAIN = "haldenroe.example"
BUYERS = {
    "dana": ("Dana Ruiz", "dana.ruiz@haldenroe.example"),
    "jonas": ("Jonas Keller", "jonas.keller@haldenroe.example"),
    "priya": ("Priya Nair", "priya.nair@haldenroe.example"),
}


def case(slug, kindloc, hard):
    def deco(fn):
        REG.append((slug, kindloc, hard, fn))
        return fn
    return deco


class Ctx:
    def __init__(self, num, slug):
        self.num, self.slug = num, slug
        self.nb = 0

    def boundary(self, style="outlook"):
        self.nb += 1
        h = mime.hx(self.slug, "b", self.nb, n=24)
        if style == "outlook":
            return "_%03d_%s_" % (self.nb, h.upper())
        if style == "gmail":
            return "000000000000" + h[:16]
        if style == "apple":
            return "Apple-Mail=_%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:24].upper())
        if style == "thunderbird":
            return "------------" + h[:24]
        return "----=_Part_%d_%s" % (self.nb, h[:12])

    def msgid(self, style, domain):
        h = mime.hx(self.slug, "mid", n=32)
        if style == "outlook":
            return "<%s%s@%s.eurprd0%d.prod.outlook.com>" % ("DB9PR0", h[:20].upper(), "DB9PR0" + h[20:26].upper(), int(h[0], 16) % 8 + 1)
        if style == "gmail":
            return "<CA+%s%s@mail.gmail.com>" % (h[:28], "=Xq")
        if style == "apple":
            return "<%s-%s-%s-%s-%s@%s>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper(), domain)
        return "<%s.%s@%s>" % (h[:12], h[12:20], domain)


class PO:
    def __init__(self, num, sup, currency, issued, lines, buyer="dana", rid=True, seq=1):
        self.num, self.sup, self.currency, self.issued = num, sup, currency, issued
        self.buyer = BUYERS[buyer]
        self.rid = "<po-%s.%d@%s>" % (num, seq, BUYER_DOMAIN) if rid else None
        self.lines = []
        for i, (item, desc, qty, uom, price, date) in enumerate(lines, 1):
            self.lines.append(dict(line=i, item=item, description=desc, quantity=qty, uom=uom,
                                   unit_price=price, requested_date=date))

    def json(self):
        d = {"po_number": self.num,
             "supplier": {"id": self.sup["id"], "name": self.sup["name"], "email": self.sup["email"],
                          "locale": self.sup["locale"]},
             "buyer": {"name": self.buyer[0], "email": self.buyer[1]},
             "currency": self.currency, "issued": self.issued}
        if self.rid:
            d["request_message_id"] = self.rid
        d["lines"] = self.lines
        return d

    def line(self, n):
        return self.lines[n - 1]

    @property
    def sent(self):
        """When our acknowledgment request went out (day after issue, 09:12 CET)."""
        d = dt.date.fromisoformat(self.issued) + dt.timedelta(days=1)
        if d.weekday() >= 5:
            d += dt.timedelta(days=7 - d.weekday())
        return dt.datetime(d.year, d.month, d.day, 9, 12, tzinfo=dt.timezone(dt.timedelta(hours=1)))

    @property
    def subject(self):
        return "Purchase order %s - request for order confirmation" % self.num


def S(id, name, email, locale, contact=None):
    return dict(id=id, name=name, email=email, locale=locale, contact=contact)


# ---------------------------------------------------------------- request text

def request_text(po):
    b = po.buyer
    iss = dt.date.fromisoformat(po.issued)
    rows = [("Pos", "Item", "Description", "Qty", "UoM", "Unit price", "Req. date")]
    for l in po.lines:
        rows.append((str(l["line"]), l["item"], l["description"], str(l["quantity"]), l["uom"],
                     "%s %s" % (l["unit_price"], po.currency), l["requested_date"]))
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    table = "\n".join("  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows)
    return (
        "Hello %s team,\n\n"
        "please confirm our purchase order %s of %s (quantities, unit prices and\n"
        "delivery dates). Dates are requested delivery dates at our warehouse.\n\n"
        "%s\n\n"
        "Delivery address: %s, Dock 4, Kaiserkai 12, 20457 Hamburg, Germany\n"
        "Please reply to this e-mail and quote the PO number.\n\n"
        "Best regards\n%s\nPurchasing | %s\nTel. +49 40 5551 2200\n"
        % (po.sup["name"], po.num, iss.strftime("%d %b %Y"), table, BUYER_ORG, b[0], BUYER_ORG))


def request_html(po):
    b = po.buyer
    iss = dt.date.fromisoformat(po.issued)
    cells = "".join("<th style=\"border:1px solid #999;padding:2px 6px\">%s</th>" % h for h in
                    ("Pos", "Item", "Description", "Qty", "UoM", "Unit price", "Req. date"))
    trs = ["<tr>%s</tr>" % cells]
    for l in po.lines:
        vals = (l["line"], l["item"], l["description"], l["quantity"], l["uom"],
                "%s %s" % (l["unit_price"], po.currency), l["requested_date"])
        trs.append("<tr>%s</tr>" % "".join("<td style=\"border:1px solid #999;padding:2px 6px\">%s</td>" % _html.escape(str(v)) for v in vals))
    return ("<p>Hello %s team,</p><p>please confirm our purchase order %s of %s (quantities, unit prices and "
            "delivery dates). Dates are requested delivery dates at our warehouse.</p>"
            "<table style=\"border-collapse:collapse;font-size:10pt\">%s</table>"
            "<p>Delivery address: %s, Dock 4, Kaiserkai 12, 20457 Hamburg, Germany<br>Please reply to this e-mail and quote the PO number.</p>"
            "<p>Best regards<br>%s<br>Purchasing | %s<br>Tel. +49 40 5551 2200</p>"
            % (_html.escape(po.sup["name"]), po.num, iss.strftime("%d %b %Y"), "".join(trs),
               _html.escape(BUYER_ORG), b[0], _html.escape(BUYER_ORG)))


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"), "es": ("De", "Enviado el", "Para", "Asunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"), "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "pl": ("Od", "Wysłano", "Do", "Temat"), "pt": ("De", "Enviada", "Para", "Assunto"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"), "sk": ("Od", "Odoslané", "Komu", "Predmet"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"), "ro": ("De la", "Trimis", "Către", "Subiect"),
    "hr": ("Šalje", "Poslano", "Prima", "Predmet"), "sl": ("Od", "Poslano", "Za", "Zadeva"),
    "da": ("Fra", "Sendt", "Til", "Emne"), "nb": ("Fra", "Sendt", "Til", "Emne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"), "sv": ("Från", "Skickat", "Till", "Ämne"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
}


def quote_block(po, style="outlook", lang="en", lead=None):
    req = request_text(po)
    b = po.buyer
    s = po.sent
    if lead:
        lead = lead.format(d=s.day, m=s.month, y=s.year, hm=s.strftime("%H:%M"), name=b[0], email=b[1],
                           dd=s.strftime("%d"), mm=s.strftime("%m"))
    if style == "outlook":
        lab = OUTLOOK_LABELS.get(lang, OUTLOOK_LABELS["en"])
        return ("\n\n%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s\n\n%s" % (
            lab[0], b[0], b[1], lab[1], s.strftime("%A, %d %B %Y %H:%M") if lang == "en" else s.strftime("%d.%m.%Y %H:%M"),
            lab[2], po.sup["email"], lab[3], po.subject, req))
    if style == "outlook-old":
        return ("\n\n-----Original Message-----\nFrom: %s [mailto:%s]\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
                % (b[0], b[1], s.strftime("%A, %B %d, %Y %I:%M %p"), po.sup["email"], po.subject, req))
    if style in ("gmail", "apple", "thunderbird"):
        if lead is None:
            if style == "gmail":
                lead = "On %s, %s <%s> wrote:" % (s.strftime("%a, %d %b %Y at %H:%M"), b[0], b[1])
            elif style == "apple":
                lead = "On %s, at %s, %s <%s> wrote:" % (s.strftime("%d %b %Y"), s.strftime("%H:%M"), b[0], b[1])
            else:
                lead = "On %s, %s wrote:" % (s.strftime("%d/%m/%Y %H:%M"), b[0])
        q = "\n".join(("> " + x) if x else ">" for x in req.rstrip("\n").split("\n"))
        return "\n\n%s\n%s\n" % (lead, q)
    if style == "none":
        return ""
    raise ValueError(style)


def text_to_html(text, font="Calibri, sans-serif"):
    paras = []
    for block in text.split("\n\n"):
        paras.append("<p>%s</p>" % "<br>\n".join(_html.escape(x) for x in block.split("\n")))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%%s"></head>'
            '<body><div style="font-family:%s;font-size:11pt">\n%s\n</div></body></html>' % (font, "\n".join(paras)))


def fmt_date(d):
    if isinstance(d, str):
        d = dt.datetime.strptime(d, "%Y-%m-%d %H:%M %z")
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (days[d.weekday()], d.day, mons[d.month - 1], d.year,
                                                        d.hour, d.minute, (d.minute * 7) % 60, sign, mins // 60, mins % 60)


MAILERS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "outlook365": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    "gmail": [],
    "apple": [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
    "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "android": [("X-Mailer", "Samsung Email")],
    "erp": [("X-Mailer", "SAP NetWeaver 7.50")],
    "roundcube": [("User-Agent", "Roundcube Webmail/1.6.9")],
    "foxmail": [("X-Mailer", "Foxmail 7.2.25.228[cn]")],
}


def build_mail(ctx, *, sender, to, date, subject, text=None, html=None, charset="utf-8",
               cte="quoted-printable", html_cte=None, attachments=(), client="outlook",
               in_reply_to=None, references=None, extra_headers=(), cc=None, msgid=None,
               content_language=None):
    """sender: (name, email). text/html: full bodies (html may contain %s for charset)."""
    bstyle = {"outlook": "outlook", "outlook365": "outlook", "gmail": "gmail", "apple": "apple",
              "iphone": "apple", "thunderbird": "thunderbird"}.get(client, "other")
    if html is not None and "%s" in html and "charset=%s" in html:
        html = html.replace("charset=%s", "charset=" + charset)
    parts = []
    if text is not None:
        parts.append(mime.Leaf("text/plain", text, charset=charset, cte=cte))
    if html is not None:
        parts.append(mime.Leaf("text/html", html, charset=charset, cte=html_cte or cte))
    body = parts[0] if len(parts) == 1 else mime.Multi("alternative", parts, ctx.boundary(bstyle))
    if attachments:
        atts = []
        for a in attachments:
            if isinstance(a, (mime.Leaf, mime.Multi, mime.Raw)):
                atts.append(a)
            else:
                fn, ct, data = a
                atts.append(mime.Leaf(ct, data, cte="base64", filename=fn, disposition="attachment"))
        body = mime.Multi("mixed", [body] + atts, ctx.boundary(bstyle))
    domain = sender[1].split("@")[1]
    mid = msgid or ctx.msgid(bstyle if bstyle != "other" else "other", domain)
    hdrs = [("From", mime.addr(sender[0], sender[1], charset)),
            ("To", mime.addr(to[0], to[1]))]
    if cc:
        hdrs.append(("Cc", cc))
    hdrs += [("Subject", mime.enc_header(subject, charset)),
             ("Date", fmt_date(date)),
             ("Message-ID", mid)]
    if in_reply_to:
        hdrs.append(("In-Reply-To", in_reply_to))
    if references:
        hdrs.append(("References", references))
    if client.startswith("outlook"):
        hdrs.append(("Thread-Topic", mime.enc_header(subject.split(": ", 1)[-1], charset)))
        hdrs.append(("Thread-Index", "AdtZ" + mime.hx(ctx.slug, "ti", n=20)))
        hdrs.append(("Content-Language", content_language or "en-US"))
    elif content_language:
        hdrs.append(("Content-Language", content_language))
    hdrs += MAILERS.get(client, [])
    hdrs += list(extra_headers)
    return mime.message(hdrs, body)


def reply(ctx, po, body, *, date, sender=None, charset="utf-8", cte="quoted-printable", quote="outlook",
          lang="en", lead=None, prefix="RE: ", subject=None, client="outlook", html=True, html_only=False,
          html_body=None, attachments=(), thread=True, sig="", quote_html=None, **kw):
    """A supplier reply: body (top) + signature + quoted request. Returns bytes."""
    sender = sender or (po.sup.get("contact") or po.sup["name"], po.sup["email"])
    qb = quote_block(po, quote, lang, lead)
    text = body.rstrip("\n") + "\n" + (("\n" + sig.rstrip("\n") + "\n") if sig else "") + qb
    h = None
    if html or html_only:
        if html_body is not None:
            top = html_body
        else:
            top = text_to_html(body.rstrip("\n") + (("\n\n" + sig.rstrip("\n")) if sig else ""))
            top = top.split("<body>", 1)[1].rsplit("</body>", 1)[0]
        qh = ""
        if quote != "none":
            b = po.buyer
            qh = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0"><p><b>From:</b> %s &lt;%s&gt;<br>'
                  '<b>Sent:</b> %s<br><b>To:</b> %s<br><b>Subject:</b> %s</p></div>%s'
                  % (b[0], b[1], po.sent.strftime("%d %B %Y %H:%M"), po.sup["email"], po.subject, request_html(po)))
            if quote in ("gmail", "apple", "thunderbird"):
                qh = '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>' % request_html(po)
        h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body>\n'
             % charset) + top + "\n" + qh + "\n</body></html>\n"
    subj = subject or (prefix + po.subject)
    irt = po.rid if (thread and po.rid) else None
    return build_mail(ctx, sender=sender, to=po.buyer, date=date, subject=subj,
                      text=None if html_only else text, html=h, charset=charset, cte=cte,
                      attachments=attachments, client=client, in_reply_to=irt, references=irt, **kw)


# ---------------------------------------------------------------- expected

A = "A"
R = {"status": "rejected"}
U = {"status": "unconfirmed"}


def C(q=None, p=None, d=None, sch=None):
    return ("C", q, p, d, sch)


def conf_entry(po, spec):
    lines = {}
    for l in po.lines:
        n = l["line"]
        s = spec.get(n, U)
        if s == A:
            lines[str(n)] = {"status": "accepted", "quantity": l["quantity"], "unit_price": l["unit_price"],
                             "date": l["requested_date"]}
        elif isinstance(s, tuple):
            _, q, p, d, sch = s
            e = {"status": "changed", "quantity": q if q is not None else l["quantity"],
                 "unit_price": p if p is not None else l["unit_price"],
                 "date": d if d is not None else l["requested_date"]}
            if sch:
                e["schedule"] = [{"quantity": a, "date": b} for a, b in sch]
                assert sum(a for a, _ in sch) == e["quantity"], (po.num, n)
                assert max(b for _, b in sch) == e["date"], (po.num, n)
            assert (e["quantity"], Decimal(e["unit_price"]), e["date"]) != (
                l["quantity"], Decimal(l["unit_price"]), l["requested_date"]) or sch, (po.num, n)
            lines[str(n)] = e
        else:
            lines[str(n)] = dict(s)
    return {"po_number": po.num, "lines": lines}


def confirmation(notes, *pairs):
    return {"kind": "confirmation", "confirmations": [conf_entry(p, s) for p, s in pairs], "notes": notes}


def other(kind, notes):
    return {"kind": kind, "notes": notes}


def original_request_bytes(ctx, po, charset="utf-8"):
    """The acknowledgment request we sent (used inside bounces)."""
    text = request_text(po)
    hdrs = [("From", mime.addr(*po.buyer)), ("To", po.sup["email"]), ("Subject", po.subject),
            ("Date", fmt_date(po.sent)), ("Message-ID", po.rid or "<po-%s.1@%s>" % (po.num, BUYER_DOMAIN)),
            ("X-Mailer", "Microsoft Outlook 16.0")]
    if text.isascii():
        leaf = mime.Leaf("text/plain", text, charset="us-ascii", cte="7bit")
    else:
        leaf = mime.Leaf("text/plain", text, charset="utf-8", cte="quoted-printable")
    return mime.message(hdrs, leaf)


def qrow(po, n, prefix="> "):
    l = po.line(n)
    return "%s%s  %s  %s  %s %s  %s %s  %s" % (prefix, l["line"], l["item"], l["description"], l["quantity"], l["uom"],
                                          l["unit_price"], po.currency, l["requested_date"])
