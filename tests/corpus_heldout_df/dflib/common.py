"""Helpers to build held-out supplier-reply cases (stdlib only)."""
import base64, datetime as dt, hashlib, io, json, quopri, zipfile
from decimal import Decimal
from email.header import Header
from email.utils import format_datetime

OURS = "calderfinch.example"
COMPANY = "Calder & Finch Trading Ltd"
BUYERS = {
    "dana": ("Dana Ruiz", "dana.ruiz@calderfinch.example"),
    "tom": ("Tomasz Wierzbicki", "tomasz.wierzbicki@calderfinch.example"),
    "ines": ("Ines Albrecht", "ines.albrecht@calderfinch.example"),
    "raj": ("Rajiv Menon", "rajiv.menon@calderfinch.example"),
    "sofie": ("Sofie Lindqvist", "sofie.lindqvist@calderfinch.example"),
}

CASES = []


def case(slug, kind, locale, desc):
    def deco(fn):
        CASES.append(dict(slug=slug, kind=kind, locale=locale, desc=desc, fn=fn))
        return fn
    return deco


# ---------------------------------------------------------------- dates
def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m if h >= 0 else -m))


def when(y, mo, d, h=10, mi=0, tzh=1, tzm=0):
    return dt.datetime(y, mo, d, h, mi, 0, tzinfo=tz(tzh, tzm))


def kw(year, week, wd=5):
    return dt.date.fromisocalendar(year, week, wd).isoformat()


def iso(d):
    return d.isoformat() if hasattr(d, "isoformat") else d


# ---------------------------------------------------------------- POs
def L(item, desc, qty, uom, price, date):
    return dict(item=item, description=desc, quantity=qty, uom=uom, unit_price=price, requested_date=date)


def sup(sid, name, email, locale):
    return dict(id=sid, name=name, email=email, locale=locale)


def po(number, supplier, buyer, currency, issued, lines, req=True, contact=None):
    b = BUYERS[buyer]
    p = dict(po_number=number, supplier=supplier, buyer=dict(name=b[0], email=b[1]),
             currency=currency, issued=issued)
    if req:
        p["request_message_id"] = "<po-%s.1@%s>" % (number, OURS)
    p["lines"] = [dict(line=i + 1, **l) for i, l in enumerate(lines)]
    p["_contact"] = contact or "Sir or Madam"
    return p


def pos_json(pos):
    return [{k: v for k, v in p.items() if not k.startswith("_")} for p in pos]


# ---------------------------------------------------------------- our request (quoted by suppliers)
def req_subject(p):
    return "Purchase order %s - please confirm" % p["po_number"]


def req_date(p):
    y, m, d = map(int, p["issued"].split("-"))
    return when(y, m, d, 9, 12, 1)


def po_table(p, indent=""):
    cur = p["currency"]
    rows = ["Line  Item             Description                                   Qty  UoM  Unit price      Need by",
            "----  ---------------  ------------------------------------------  -----  ---  --------------  ----------"]
    for l in p["lines"]:
        rows.append("%-4s  %-15s  %-42s  %5s  %-3s  %-14s  %s" % (
            l["line"], l["item"], l["description"][:42], l["quantity"], l["uom"],
            "%s %s" % (l["unit_price"], cur), l["requested_date"]))
    return "\n".join(indent + r for r in rows)


def req_text(p):
    b = p["buyer"]
    return ("Dear %s,\n\nplease find below our purchase order %s dated %s. Kindly confirm quantities,\n"
            "unit prices and delivery dates for each line by return e-mail.\n\n%s\n\n"
            "Delivery address: Calder & Finch Trading Ltd, Unit 4 Harbour Park, Rotterdam, NL\n"
            "Please quote our PO number on all documents.\n\nKind regards\n%s\nPurchasing | %s\n"
            % (p["_contact"], p["po_number"], p["issued"], po_table(p), b["name"], COMPANY))


def req_html(p):
    cur = p["currency"]
    rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s %s</td><td>%s</td></tr>"
                   % (l["line"], l["item"], esc(l["description"]), l["quantity"], l["uom"], l["unit_price"], cur,
                      l["requested_date"]) for l in p["lines"])
    return ("<p>Dear %s,</p><p>please find below our purchase order %s dated %s. Kindly confirm quantities, "
            "unit prices and delivery dates for each line by return e-mail.</p>"
            "<table border=\"1\" cellpadding=\"3\"><tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th>"
            "<th>UoM</th><th>Unit price</th><th>Need by</th></tr>%s</table>"
            "<p>Kind regards<br>%s<br>Purchasing | %s</p>"
            % (esc(p["_contact"]), p["po_number"], p["issued"], rows, esc(p["buyer"]["name"]), esc(COMPANY)))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


WD = {
    "en": ("Monday Tuesday Wednesday Thursday Friday Saturday Sunday", "January February March April May June July August September October November December"),
    "de": ("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag", "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
    "fr": ("lundi mardi mercredi jeudi vendredi samedi dimanche", "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    "es": ("lunes martes miércoles jueves viernes sábado domingo", "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"),
    "nl": ("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag", "januari februari maart april mei juni juli augustus september oktober november december"),
    "it": ("lunedì martedì mercoledì giovedì venerdì sabato domenica", "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"),
    "pt": ("segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo", "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"),
    "sl": ("ponedeljek torek sreda četrtek petek sobota nedelja", "januar februar marec april maj junij julij avgust september oktober november december"),
}
OL_LABELS = {
    "en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"), "es": ("De", "Enviado el", "Para", "Asunto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"), "it": ("Da", "Inviato", "A", "Oggetto"),
    "pt": ("De", "Enviada", "Para", "Assunto"), "sl": ("Od", "Poslano", "Za", "Zadeva"),
}


def long_date(d, lang):
    wd, mo = WD[lang][0].split(), WD[lang][1].split()
    w, m = wd[d.weekday()], mo[d.month - 1]
    t = d.strftime("%H:%M")
    if lang == "en":
        return "%s, %s %d, %d %s" % (w, m, d.day, d.year, d.strftime("%I:%M %p").lstrip("0"))
    if lang == "de":
        return "%s, %d. %s %d %s" % (w, d.day, m, d.year, t)
    if lang in ("es", "pt", "fr", "it", "sl", "nl"):
        sep = {"es": " de ", "pt": " de "}.get(lang, " ")
        dot = "." if lang == "sl" else ""
        return "%s, %d%s%s%s%s %d %s" % (w, d.day, dot, sep, m, sep.rstrip() if sep.strip() else "", d.year, t)
    return d.isoformat()


def outlook_quote(p, lang="en", html=False):
    fr, se, to, su = OL_LABELS[lang]
    b = p["buyer"]
    hdr = ["%s: %s <%s>" % (fr, b["name"], b["email"]), "%s: %s" % (se, long_date(req_date(p), lang)),
           "%s: %s" % (to, p["supplier"]["email"]), "%s: %s" % (su, req_subject(p))]
    if html:
        return ("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p><b>%s:</b> %s &lt;%s&gt;<br>"
                "<b>%s:</b> %s<br><b>%s:</b> %s<br><b>%s:</b> %s</p></div>%s"
                % (fr, esc(b["name"]), b["email"], se, long_date(req_date(p), lang), to, p["supplier"]["email"], su,
                   esc(req_subject(p)), req_html(p)))
    return "\n" + "_" * 32 + "\n" + "\n".join(hdr) + "\n\n" + req_text(p)


def gt_quote(text, attribution=None):
    q = "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))
    return ((attribution + "\n") if attribution else "") + q + "\n"


def gmail_attr(p, fmt="On {wd}, {d} {mon} {y} at {t}, {name} <{email}> wrote:"):
    d = req_date(p)
    return fmt.format(wd=d.strftime("%a"), d=d.day, mon=d.strftime("%b"), y=d.year, t=d.strftime("%H:%M"),
                      name=p["buyer"]["name"], email=p["buyer"]["email"])


# ---------------------------------------------------------------- MIME
class Part:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body  # body: bytes


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:@()<>"'):
            name = '"%s"' % name
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


def _encode(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", params="", disposition=None):
    data = body.encode(charset)
    if cte == "7bit":
        data.decode("ascii")
    ct = "text/%s; charset=\"%s\"%s" % (subtype, charset, params) if charset != "us-ascii" or True else ""
    h = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if disposition:
        h.append(("Content-Disposition", disposition))
    return Part(h, _encode(data, cte))


def html(body, charset="utf-8", cte="quoted-printable"):
    return text(body, "html", charset, cte)


def attach(filename, data, ctype, cte="base64", inline=False):
    if isinstance(data, str):
        data = data.encode("utf-8")
    h = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
         ("Content-Disposition", '%s; filename="%s"' % ("inline" if inline else "attachment", filename)),
         ("Content-Transfer-Encoding", cte)]
    return Part(h, _encode(data, cte))


def multi(subtype, parts, boundary, params=""):
    out = b""
    for p in parts:
        out += b"--" + boundary.encode() + b"\n"
        out += b"".join(("%s: %s\n" % kv).encode() for kv in p.headers) + b"\n"
        out += p.body if p.body.endswith(b"\n") else p.body + b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return Part([("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, boundary, params))], out)


def msgid(style, seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    if style == "outlook":
        return "<%sPR%sMB%s@%sPR%sMB%s.eurprd%s.prod.outlook.com>" % (
            "AM9", h[:2], h[2:6], "AM9", h[:2], h[2:6], h[6:8]) if False else \
            "<DB9PR0%sMB%s%s@DB9PR0%sMB%s.eurprd0%s.prod.outlook.com>" % (h[0], h[1:5], h[5:30], h[0], h[1:5], int(h[30], 16) % 9 + 1)
    if style == "gmail":
        return "<CA+%s@mail.gmail.com>" % base64.b64encode(bytes.fromhex(h[:36])).decode().replace("/", "_").rstrip("=")
    if style == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], domain)
    return "<%s.%s@%s>" % (h[:16].lower(), h[16:24].lower(), domain)


def mail(frm, to, subject, date, part, mid, reply_to=None, extra=(), cc=None, subj_charset="utf-8", refs=None):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject, subj_charset)), ("Date", format_datetime(date)), ("Message-ID", mid)]
    if reply_to:
        rid = reply_to["request_message_id"] if isinstance(reply_to, dict) else reply_to
        h += [("In-Reply-To", rid), ("References", refs or rid)]
    h += list(extra)
    h.append(("MIME-Version", "1.0"))
    out = "".join("%s: %s\n" % kv for kv in h).encode()
    out += b"".join(("%s: %s\n" % kv).encode() for kv in part.headers) + b"\n"
    out += part.body if part.body.endswith(b"\n") else part.body + b"\n"
    return out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def buyer_to(p):
    return addr(p["buyer"]["name"], p["buyer"]["email"])


# ---------------------------------------------------------------- attachments
def make_pdf(lines, size=9):
    """Minimal one-page PDF (A4) with a real text layer, Helvetica, WinAnsi."""
    def pstr(s):
        return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    ops = ["BT", "/F1 %d Tf" % size, "%d TL" % (size + 3), "40 800 Td"]
    for ln in lines:
        ops.append(pstr(ln) + " Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


def make_xlsx(rows, sheet="Sheet1"):
    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    xr = []
    for r, row in enumerate(rows):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (col(c), r + 1)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            elif v is None:
                continue
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, esc(str(v))))
        xr.append('<row r="%d">%s</row>' % (r + 1, "".join(cells)))
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % esc(sheet),
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % "".join(xr),
    }
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in files.items():
            zi = zipfile.ZipInfo(n, (2026, 11, 20, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, c)
    return bio.getvalue()


# ---------------------------------------------------------------- expected
A, R, U = "A", "R", "U"


def C(q=None, p=None, d=None, sched=None):
    return dict(q=q, p=p, d=d, sched=sched)


def _line(l, spec):
    if spec == A:
        return dict(status="accepted", quantity=l["quantity"], unit_price=l["unit_price"], date=l["requested_date"])
    if spec == R:
        return dict(status="rejected")
    if spec == U:
        return dict(status="unconfirmed")
    q = spec["q"] if spec["q"] is not None else l["quantity"]
    pr = spec["p"] if spec["p"] is not None else l["unit_price"]
    sched = spec["sched"]
    d = spec["d"]
    if sched:
        if d is None:
            d = max(s[1] for s in sched)
        assert sum(s[0] for s in sched) == q, (l, spec)
    d = d or l["requested_date"]
    assert (q != l["quantity"] or Decimal(pr) != Decimal(l["unit_price"]) or d != l["requested_date"] or sched), (l, spec)
    out = dict(status="changed", quantity=q, unit_price=pr, date=d)
    if sched:
        out["schedule"] = [dict(quantity=a, date=b) for a, b in sched]
    return out


def conf(answers, notes):
    cs = []
    for p, specs in answers:
        assert set(specs) == {l["line"] for l in p["lines"]}, (p["po_number"], specs)
        cs.append(dict(po_number=p["po_number"],
                       lines={str(l["line"]): _line(l, specs[l["line"]]) for l in p["lines"]}))
    return dict(kind="confirmation", confirmations=cs, notes=notes)


def other(kind, notes):
    return dict(kind=kind, notes=notes)


def reply(p, name, email, date, part, prefix="RE: ", style="outlook", thread=True, extra=(), subject=None,
          charset="utf-8", to=None, cc=None, refs=None):
    frm = addr(name, email, charset)
    subj = subject if subject is not None else prefix + req_subject(p)
    mid = msgid(style, email + str(date) + subj, email.split("@")[1])
    return mail(frm, to or buyer_to(p), subj, date, part, mid, reply_to=p if thread else None, extra=extra,
                subj_charset=charset, cc=cc, refs=refs)


def alt(plain, htmlbody, boundary, charset="utf-8", cte="quoted-printable"):
    return multi("alternative", [text(plain, "plain", charset, cte), html(htmlbody, charset, cte)], boundary)


def to_html(t, font="Calibri"):
    return ('<html><head></head>'
            '<body><div style="font-family:%s,sans-serif;font-size:11pt">' % font
            + "<br>\n".join(esc(x) for x in t.split("\n")) + "</div></body></html>")


def bq(inner):
    return '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>' % inner
