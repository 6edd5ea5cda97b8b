"""Registry, PO/label helpers and the reply builder shared by all cases."""
import datetime as dt
import email.utils
import hashlib
import html as _html
from decimal import Decimal

from . import mime

REG = []  # (slug, "kind/locale", hard, builder)


def case(slug, kindloc, hard):
    def deco(fn):
        REG.append((slug, kindloc, hard, fn))
        return fn
    return deco


BUYERS = {
    "dana": {"name": "Dana Ruiz", "email": "dana.ruiz@buyer.example"},
    "ola": {"name": "Ola Brandt", "email": "ola.brandt@buyer.example"},
    "mei": {"name": "Mei Tanaka-Hill", "email": "mei.tanakahill@buyer.example"},
    "tom": {"name": "Tom Okafor", "email": "tom.okafor@buyer.example"},
}
COMPANY = "Brightwater Trading GmbH"
COMPANY_ADDR = "Hafenstrasse 12, 20457 Hamburg, Germany"


def S(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def L(item, desc, qty, uom, price, date):
    return {"item": item, "description": desc, "quantity": qty, "uom": uom,
            "unit_price": price, "requested_date": date}


def PO(num, sup, cur, issued, lines, buyer="dana", rid=True, numbers=None):
    out = []
    for i, ln in enumerate(lines):
        d = {"line": (numbers[i] if numbers else i + 1)}
        d.update(ln)
        out.append(d)
    po = {"po_number": num, "supplier": sup, "buyer": BUYERS[buyer], "currency": cur,
          "issued": issued}
    if rid:
        po["request_message_id"] = "<ack-req.%s.%s@mail.buyer.example>" % (
            num.replace(" ", ""), issued.replace("-", ""))
    po["lines"] = out
    return po


def line(po, n):
    for ln in po["lines"]:
        if ln["line"] == n:
            return ln
    raise KeyError(n)


# ---------------------------------------------------------------- labels

def acc(po, n):
    ln = line(po, n)
    return {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
            "date": ln["requested_date"]}


def chg(po, n, q=None, p=None, d=None, sched=None):
    ln = line(po, n)
    lab = {"status": "changed",
           "quantity": ln["quantity"] if q is None else q,
           "unit_price": ln["unit_price"] if p is None else p,
           "date": ln["requested_date"] if d is None else d}
    if sched:
        lab["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
        assert sum(a for a, _ in sched) == lab["quantity"], (po["po_number"], n)
        assert max(b for _, b in sched) == lab["date"], (po["po_number"], n)
    assert (lab["quantity"], Decimal(lab["unit_price"]), lab["date"]) != (
        ln["quantity"], Decimal(ln["unit_price"]), ln["requested_date"]) or sched, (po["po_number"], n)
    return lab


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(answers, notes):
    """answers: list of (po, {n: label})"""
    cs = []
    for po, labs in answers:
        assert sorted(labs) == sorted(l["line"] for l in po["lines"]), po["po_number"]
        cs.append({"po_number": po["po_number"],
                   "lines": {str(k): v for k, v in sorted(labs.items())}})
    return {"kind": "confirmation", "confirmations": cs, "notes": notes}


def other(kind, notes):
    return {"kind": kind, "notes": notes}


def all_acc(po):
    return {l["line"]: acc(po, l["line"]) for l in po["lines"]}


# ---------------------------------------------------------------- dates

def kw_fri(week, year=2026):
    return dt.date.fromisocalendar(year, week, 5).isoformat()


def plus(iso, days):
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()


def rfc(stamp):
    """'2026-11-17 09:14:03 +0100' -> RFC 5322 date."""
    return email.utils.format_datetime(dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S %z"))


def req_stamp(po):
    return po["issued"] + " 08:42:10 +0100"


# ---------------------------------------------------------------- our request

def fmt_num(q):
    return str(q)


def req_text(po):
    b = po["buyer"]
    rows = [("Pos", "Item", "Description", "Qty", "UoM", "Unit price", "Req. date")]
    for ln in po["lines"]:
        rows.append((str(ln["line"]), ln["item"], ln["description"], str(ln["quantity"]), ln["uom"],
                     "%s %s" % (ln["unit_price"], po["currency"]), ln["requested_date"]))
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    table = "\n".join("  ".join(r[i].ljust(w[i]) for i in range(7)).rstrip() for r in rows)
    return ("Dear %s team,\n\n"
            "please acknowledge our purchase order %s dated %s.\n"
            "Confirm quantity, unit price and delivery date for every line, or tell us\n"
            "what you can do instead.\n\n%s\n\n"
            "Delivery to: %s, Goods-in Gate 3, %s\n"
            "Incoterms: DAP. Payment: 30 days net.\n\n"
            "Best regards\n%s\nPurchasing | %s\n" % (
                po["supplier"]["name"], po["po_number"], po["issued"], table, COMPANY,
                COMPANY_ADDR, b["name"], COMPANY))


def req_html(po):
    b = po["buyer"]
    e = _html.escape
    head = "".join("<th>%s</th>" % h for h in ("Pos", "Item", "Description", "Qty", "UoM", "Unit price", "Req. date"))
    rows = "".join(
        "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s %s</td><td>%s</td></tr>" % (
            ln["line"], e(ln["item"]), e(ln["description"]), ln["quantity"], ln["uom"], ln["unit_price"],
            po["currency"], ln["requested_date"]) for ln in po["lines"])
    return ("<p>Dear %s team,</p><p>please acknowledge our purchase order %s dated %s.<br>"
            "Confirm quantity, unit price and delivery date for every line, or tell us what you can do instead.</p>"
            '<table border="1" cellspacing="0" cellpadding="3"><tr>%s</tr>%s</table>'
            "<p>Delivery to: %s, Goods-in Gate 3, %s<br>Incoterms: DAP. Payment: 30 days net.</p>"
            "<p>Best regards<br>%s<br>Purchasing | %s</p>" % (
                e(po["supplier"]["name"]), po["po_number"], po["issued"], head, rows, e(COMPANY),
                e(COMPANY_ADDR), e(b["name"]), e(COMPANY)))


def req_subject(po):
    return "Order acknowledgment request - PO %s" % po["po_number"]


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "pt": ("De", "Enviada em", "Para", "Assunto"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"),
    "sk": ("Od", "Odoslané", "Komu", "Predmet"),
    "sv": ("Från", "Skickat", "Till", "Ämne"),
    "da": ("Fra", "Sendt", "Til", "Emne"),
    "nb": ("Fra", "Sendt", "Til", "Emne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"),
    "hr": ("Šalje", "Poslano", "Prima", "Predmet"),
    "sl": ("Od", "Poslano", "Za", "Zadeva"),
}


def attribution(po, lang, style):
    b = po["buyer"]
    d = dt.datetime.strptime(req_stamp(po), "%Y-%m-%d %H:%M:%S %z")
    who = "%s <%s>" % (b["name"], b["email"])
    if style == "outlook":
        lab = OUTLOOK_LABELS.get(lang, OUTLOOK_LABELS["en"])
        if lang == "en":
            sent = d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y %H:%M")
        else:
            sent = d.strftime("%d.%m.%Y %H:%M")
        return "%s: %s\n%s: %s\n%s: %s\n%s: %s\n" % (
            lab[0], who, lab[1], sent, lab[2], po["supplier"]["email"], lab[3], req_subject(po))
    ds = d.strftime("%d.%m.%Y %H:%M")
    forms = {
        "de": "Am %s schrieb %s:" % (ds, who),
        "fr": "Le %s, %s a écrit :" % (d.strftime("%d/%m/%Y à %H:%M"), who),
        "es": "El %s, %s escribió:" % (d.strftime("%d/%m/%Y a las %H:%M"), who),
        "it": "Il giorno %s %s ha scritto:" % (d.strftime("%d/%m/%Y alle ore %H:%M"), who),
        "pt": "Em %s, %s escreveu:" % (d.strftime("%d/%m/%Y às %H:%M"), who),
        "nl": "Op %s schreef %s:" % (ds, who),
        "sv": "Den %s skrev %s:" % (d.strftime("%Y-%m-%d %H:%M"), who),
        "pl": "W dniu %s %s pisze:" % (ds, who),
    }
    return forms.get(lang, "On %s, %s wrote:" % (d.strftime("%a, %d %b %Y at %H:%M"), who))


def quoted(po, lang="en", style="outlook"):
    req = req_text(po)
    if style == "outlook":
        return "\n\n" + "_" * 32 + "\n" + attribution(po, lang, "outlook") + "\n" + req
    if style == "gmail":
        return "\n\n" + attribution(po, lang, "gmail") + "\n" + "".join(
            ("> " + l).rstrip() + "\n" for l in req.split("\n")[:-1])
    if style == "dashes":
        return "\n\n-------- Original Message --------\nSubject: %s\nFrom: %s <%s>\n\n%s" % (
            req_subject(po), po["buyer"]["name"], po["buyer"]["email"], req)
    return ""


def text_to_html(s):
    e = _html.escape(s)
    paras = e.split("\n\n")
    return "".join("<p>%s</p>\n" % p.replace("\n", "<br>\n") for p in paras)


def html_doc(body_html, quote_html="", client="outlook", lang="en"):
    if client == "outlook":
        head = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
                '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>'
                '</head><body lang="%s"><div class="WordSection1">' % lang)
        return head + body_html + quote_html + "</div></body></html>"
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>' + \
        '<div dir="ltr">' + body_html + "</div>" + quote_html + "</body></html>"


def quote_html(po, lang, style):
    att = _html.escape(attribution(po, lang, style)).replace("\n", "<br>\n")
    if style == "outlook":
        return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                '<p class="MsoNormal"><b>%s</b></p></div>%s' % (att, req_html(po)))
    return ('<div class="gmail_quote"><div class="gmail_attr">%s</div>'
            '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
            '%s</blockquote></div>' % (att, req_html(po)))


CLIENT_HEADERS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", ""), ("Thread-Topic", None)],
    "gmail": [],
    "thunderbird": [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2")],
    "apple": [("X-Mailer", "Apple Mail (2.3826.200.121)")],
    "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
    "android": [("User-Agent", "K-9 Mail for Android")],
    "erp": [("X-Mailer", "SAP NetWeaver 7.50"), ("Auto-Submitted", "auto-generated")],
    "lotus": [("X-Mailer", "HCL Notes Release 12.0.2 FP3")],
    "roundcube": [("User-Agent", "Roundcube Webmail/1.6.9")],
    "foxmail": [("X-Mailer", "Foxmail 7.2.25.228[cn]")],
}


def _h(*parts):
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def boundaries(msgid, client):
    h = _h(msgid)
    if client == "outlook":
        return ["_%03d_%s%s_" % (i, h[:16].upper(), h[16:28].upper()) for i in range(4)]
    if client == "gmail":
        return ["0000000000%s%02d" % (h[:16], i) for i in range(4)]
    if client in ("apple", "iphone"):
        return ["Apple-Mail=_%s-%s-%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(),
                                                  h[16:20].upper(), (h[20:30] + str(i)).upper()) for i in range(4)]
    return ["------------%s%d" % (h[:23], i) for i in range(4)]


def reply(po, body, *, date, frm, msgid, lang="en", client="outlook", quote="outlook", cs="utf-8",
          cte="quoted-printable", html=True, subject=None, atts=(), threaded=True, to=None, cc=None,
          extra_headers=(), quote_po=None, quote_top=False, html_body=None, flowed=False):
    """Build a reply.  frm=(name, address).  html: True (alternative), False (plain), 'only'."""
    qpo = quote_po or po
    plain = body
    if quote:
        qt = quoted(qpo, lang, quote)
        plain = (qt.lstrip("\n") + "\n\n" + body) if quote_top else body.rstrip("\n") + "\n" + qt
    bnd = boundaries(msgid, client)
    parts = []
    if html:
        hb = html_body if html_body is not None else text_to_html(body)
        qh = quote_html(qpo, lang, quote) if quote else ""
        hdoc = html_doc(hb, qh, client, lang).replace("charset=utf-8", "charset=" + cs)
    if html == "only":
        root = mime.text(hdoc, "html", cs, cte)
    elif html:
        root = mime.multi("alternative", [mime.text(plain, "plain", cs, cte, flowed), mime.text(hdoc, "html", cs, cte)], bnd[1])
    else:
        root = mime.text(plain, "plain", cs, cte, flowed)
    if atts:
        root = mime.multi("mixed", [root] + list(atts), bnd[0])
    subj = subject if subject is not None else "RE: " + req_subject(po)
    b = po["buyer"]
    hs = [("From", mime.addr(frm[0], frm[1], cs)),
          ("To", to or mime.addr(b["name"], b["email"]))]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", mime.hdr(subj, cs)), ("Date", rfc(date)), ("Message-ID", msgid)]
    if threaded and "request_message_id" in po:
        hs += [("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"])]
    for k, v in CLIENT_HEADERS.get(client, []):
        if k == "Thread-Topic":
            v = mime.hdr(subj[4:] if subj.upper().startswith(("RE:", "AW:", "SV:")) else subj, cs)
        if k == "X-MS-Has-Attach":
            v = "yes" if atts else ""
        if v:
            hs.append((k, v))
    if client == "outlook":
        hs.append(("Thread-Index", "AdtY" + _h(msgid, "ti")[:24]))
        hs.append(("Content-Language", po["supplier"]["locale"]))
    hs += list(extra_headers)
    return mime.message(hs, root)


def pdf_att(data, name):
    return mime.att(data, "application/pdf", name)


def xlsx_att(data, name):
    return mime.att(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name)


def csv_att(s, name, cs="utf-8"):
    return mime.att(s.encode(cs), "text/csv", name)


# ---------------------------------------------------------------- bounces

def original_request(po, date="", msgid=None):
    """The request e-mail as we sent it (for bounces)."""
    b = po["buyer"]
    hs = [("From", mime.addr(b["name"], b["email"])), ("To", po["supplier"]["email"]),
          ("Subject", req_subject(po)), ("Date", rfc(date or req_stamp(po))),
          ("Message-ID", msgid or po.get("request_message_id", "<req.%s@mail.buyer.example>" % po["po_number"])),
          ("MIME-Version", "1.0"), ("Content-Type", 'text/plain; charset="utf-8"'),
          ("Content-Transfer-Encoding", "8bit")]
    return mime.raw(hs, req_text(po).encode("utf-8"))


def rfc822(inner):
    data = inner.bytes()
    return mime.raw([("Content-Type", "message/rfc822"), ("Content-Disposition", "inline")], data)


def mid(seed, domain, client="generic"):
    h = _h(seed, "mid")
    if client == "outlook":
        return "<%s%s@%s.eurprd05.prod.outlook.com>" % ("AM0PR05MB", h[:24].upper(), "AM0PR05MB" + h[24:28].upper())
    if client == "gmail":
        return "<CAH%s+%s@mail.gmail.com>" % (h[:20], h[20:34])
    if client in ("apple", "iphone"):
        u = h.upper()
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], domain)
    return "<%s.%s@%s>" % (h[:12], h[12:20], domain)


def sup_from(po, name, local=None):
    s = po["supplier"]["email"]
    if local:
        s = local + "@" + s.split("@")[1]
    return (name, s)
