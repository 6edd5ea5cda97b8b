"""Helpers to build POs, e-mails (deterministic bytes) and labels."""
import base64, datetime as dt, io, json, quopri, zipfile
from decimal import Decimal
from email.header import Header
from email.utils import formataddr

CASES = []
BUYER_DOMAIN = "halvard-supply.example"
BUYERS = {
    "mk": ("Mira Kovač", "mira.kovac@halvard-supply.example"),
    "tj": ("Tom Jessup", "tom.jessup@halvard-supply.example"),
    "as": ("Anika Sørensen", "anika.sorensen@halvard-supply.example"),
    "rp": ("Rahul Pillai", "rahul.pillai@halvard-supply.example"),
}


def case(slug, kind, locale, desc):
    def deco(fn):
        CASES.append(dict(slug=slug, kind=kind, locale=locale, desc=desc, fn=fn))
        return fn
    return deco


def D(s):
    return dt.date.fromisoformat(s)


def kw(year, week, weekday=5):
    return dt.date.fromisocalendar(year, week, weekday).isoformat()


def plus(date_iso, days):
    return (D(date_iso) + dt.timedelta(days=days)).isoformat()


# ---------------------------------------------------------------- POs
def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def po(number, supplier, buyer, currency, issued, lines, request=True, seq=1):
    b = BUYERS[buyer]
    p = {"po_number": number, "supplier": supplier,
         "buyer": {"name": b[0], "email": b[1]}, "currency": currency,
         "issued": issued}
    if request:
        p["request_message_id"] = "<po-%s.%d@%s>" % (number, seq, BUYER_DOMAIN)
    p["lines"] = []
    for i, (item, desc, qty, uom, price, date) in enumerate(lines, 1):
        p["lines"].append({"line": i, "item": item, "description": desc,
                           "quantity": qty, "uom": uom, "unit_price": price,
                           "requested_date": date})
    return p


def L(p, n):
    return p["lines"][n - 1]


# ---------------------------------------------------------------- labels
def acc(p, n):
    l = L(p, n)
    return {"status": "accepted", "quantity": l["quantity"],
            "unit_price": l["unit_price"], "date": l["requested_date"]}


def chg(p, n, quantity=None, unit_price=None, date=None, schedule=None):
    l = L(p, n)
    d = {"status": "changed",
         "quantity": l["quantity"] if quantity is None else quantity,
         "unit_price": l["unit_price"] if unit_price is None else unit_price,
         "date": l["requested_date"] if date is None else date}
    if schedule:
        d["schedule"] = [{"quantity": q, "date": s} for q, s in schedule]
        d["quantity"] = sum(q for q, _ in schedule) if quantity is None else quantity
        d["date"] = schedule[-1][1]
    return d


def rej():
    return {"status": "rejected"}


def unc():
    return {"status": "unconfirmed"}


def conf(p, lines):
    return {"po_number": p["po_number"], "lines": {str(k): v for k, v in lines.items()}}


def expected(kind, notes, confirmations=None):
    e = {"kind": kind}
    if confirmations is not None:
        e["confirmations"] = confirmations
    e["notes"] = notes
    return e


def pct(price, percent):
    v = (Decimal(price) * (Decimal(100) + Decimal(str(percent))) / 100).quantize(Decimal("0.01"))
    return str(v)


# ---------------------------------------------------------------- mail
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfcdate(iso, hm="09:12:31", tz="+0100"):
    d = D(iso)
    return "%s, %d %s %d %s %s" % (WD[d.weekday()], d.day, MO[d.month - 1], d.year, hm, tz)


def hdr(text, charset="utf-8"):
    """RFC 2047-encode a header value when it is not ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        try:
            text.encode(charset)
        except (UnicodeEncodeError, LookupError):
            charset = "utf-8"
        return Header(text, charset, maxlinelen=76).encode()


def addr(name, email, charset="utf-8"):
    if name is None:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (hdr(name, charset), email)


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes, CRLF line ends

    def render(self):
        out = b"".join(("%s: %s\r\n" % (k, v)).encode("ascii") for k, v in self.headers)
        return out + b"\r\n" + self.body


def crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return ("\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\r\n").encode("ascii")


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False):
    raw = body.replace("\r\n", "\n")
    if not raw.endswith("\n"):
        raw += "\n"
    try:
        data = raw.encode(charset)
    except UnicodeEncodeError:
        for a, b_ in (("\u2013", "-"), ("\u2014", "-"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2026", "..."), ("\u2116", "N"), ("\u00ab", '"'), ("\u00bb", '"'), ("\u2015", "-")):
            raw = raw.replace(a, b_)
        data = raw.encode(charset)
    ct = "text/%s; charset=%s" % (subtype, charset if charset != "utf-8" else "UTF-8")
    if flowed:
        ct += "; format=flowed"
    if cte == "quoted-printable":
        payload = crlf(quopri.encodestring(data))
    elif cte == "base64":
        payload = b64(crlf(data))
    else:  # 7bit / 8bit
        payload = crlf(data)
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], payload)


def html(body, **kw):
    return text(body, subtype="html", **kw)


def attachment(filename, ctype, data, inline=False):
    disp = "inline" if inline else "attachment"
    return Part([("Content-Type", '%s; name="%s"' % (ctype, filename)),
                 ("Content-Disposition", '%s; filename="%s"' % (disp, filename)),
                 ("Content-Transfer-Encoding", "base64")], b64(data))


def raw_part(headers, body_text):
    return Part(headers, crlf(body_text.encode("utf-8")))


def multi(subtype, parts, boundary, extra=""):
    body = b""
    for p in parts:
        body += b"--" + boundary.encode() + b"\r\n" + p.render() + b"\r\n"
    body += b"--" + boundary.encode() + b"--\r\n"
    return Part([("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, boundary, extra))], body)


def message(headers, root, preamble=False):
    """headers: list of (name, value); value already encoded/ASCII."""
    out = b""
    for k, v in headers:
        if v is None:
            continue
        out += ("%s: %s\r\n" % (k, v)).encode("ascii")
    out += b"MIME-Version: 1.0\r\n"
    r = root.render()
    if preamble and root.headers[0][1].startswith("multipart"):
        h, _, b = r.partition(b"\r\n\r\n")
        r = h + b"\r\n\r\nThis is a multi-part message in MIME format.\r\n\r\n" + b
    return out + r


def reply_headers(p, from_name, from_addr, subject, date, msgid, reply=True,
                  extra=(), to=None, charset="utf-8"):
    b = p["buyer"]
    h = [("From", addr(from_name, from_addr, charset)),
         ("To", addr(b["name"], b["email"], charset) if to is None else to),
         ("Subject", hdr(subject, charset)),
         ("Date", date),
         ("Message-ID", msgid)]
    if reply and "request_message_id" in p:
        h += [("In-Reply-To", p["request_message_id"]), ("References", p["request_message_id"])]
    h += list(extra)
    return h


def req_subject(p):
    return "PO %s - request for order confirmation" % p["po_number"]


# ---------------------------------------------------------------- our request (quoted)
def fmt_q(q):
    return str(q)


def request_text(p):
    s = p["supplier"]
    lines = ["Dear %s team," % s["name"], "",
             "please find below our purchase order %s issued %s." % (p["po_number"], p["issued"]),
             "Kindly confirm quantity, unit price and delivery date for every line by reply to this e-mail.",
             "",
             "Line | Item | Description | Qty | UoM | Unit price (%s) | Requested date" % p["currency"]]
    for l in p["lines"]:
        lines.append("%d | %s | %s | %s | %s | %s | %s" % (l["line"], l["item"], l["description"],
                     fmt_q(l["quantity"]), l["uom"], l["unit_price"], l["requested_date"]))
    lines += ["", "Delivery address: Halvard Industrial Supply, Dock 3, 41 Quarry Road, Leeds LS11 5QX, UK",
              "", "Best regards", p["buyer"]["name"], "Purchasing | Halvard Industrial Supply"]
    return "\n".join(lines)


def request_html_table(p):
    rows = "".join("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
        l["line"], l["item"], l["description"], l["quantity"], l["uom"], l["unit_price"], l["requested_date"])
        for l in p["lines"])
    return ("<p>Dear %s team,</p><p>please find below our purchase order %s issued %s. Kindly confirm quantity, "
            "unit price and delivery date for every line by reply to this e-mail.</p>"
            "<table border=\"1\" cellpadding=\"3\"><tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th>"
            "<th>UoM</th><th>Unit price (%s)</th><th>Requested date</th></tr>%s</table>"
            "<p>Best regards<br>%s<br>Purchasing | Halvard Industrial Supply</p>") % (
        p["supplier"]["name"], p["po_number"], p["issued"], p["currency"], rows, p["buyer"]["name"])


def sent_date(p, hm="08:30"):
    d = D(p["issued"])
    return d, hm


def quote_gt(p, prefix="> "):
    return "\n".join((prefix + x).rstrip() if x else prefix.rstrip() for x in request_text(p).split("\n"))


def quote_outlook(p, lang="en"):
    d = D(p["issued"])
    b = p["buyer"]
    labels = {
        "en": ("From", "Sent", "To", "Subject", "%A, %B %d, %Y 8:30 AM".replace("%d", str(d.day))),
        "de": ("Von", "Gesendet", "An", "Betreff", None),
        "fr": ("De", "Envoyé", "À", "Objet", None),
        "nl": ("Van", "Verzonden", "Aan", "Onderwerp", None),
        "sv": ("Från", "Skickat", "Till", "Ämne", None),
        "pl": ("Od", "Wysłano", "Do", "Temat", None),
        "es": ("De", "Enviado el", "Para", "Asunto", None),
        "it": ("Da", "Inviato", "A", "Oggetto", None),
        "ro": ("De la", "Trimis", "Către", "Subiect", None),
        "pt": ("De", "Enviada em", "Para", "Assunto", None),
    }[lang]
    if lang == "en":
        sent = d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y 8:30 AM")
    else:
        sent = "%02d.%02d.%d 08:30" % (d.day, d.month, d.year)
    return ("-----Original Message-----\n" if lang == "en" else "________________________________\n") + \
        "%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s\n\n" % (
            labels[0], b["name"], b["email"], labels[1], sent, labels[2], p["supplier"]["email"],
            labels[3], req_subject(p)) + request_text(p)


def gmail_attr(p, lang_line):
    return lang_line


# ---------------------------------------------------------------- attachments
def pdf(lines_of_text):
    """Minimal one-page PDF with a real text layer (Helvetica, WinAnsi)."""
    content = ["BT", "/F1 10 Tf", "12 TL", "50 800 Td"]
    for t in lines_of_text:
        t = t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        content.append("(%s) Tj T*" % t)
    content.append("ET")
    stream = "\n".join(content).encode("cp1252")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Sheet1"):
    """rows: list of lists of str/int/float. Inline strings, fixed zip timestamps."""
    from xml.sax.saxutils import escape
    sd = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            elif v is None or v == "":
                continue
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, escape(str(v))))
        sd.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % escape(sheet),
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % "".join(sd),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def dump_json(obj):
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
