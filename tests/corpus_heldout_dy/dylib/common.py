"""Helpers to build cases: POs, raw RFC 5322 mails, attachments, labels."""
import base64, datetime as dt, hashlib, io, quopri, zipfile
from email.header import Header
from email.utils import formataddr, format_datetime

CASES = []
BUYER_DOMAIN = "northgate-supply.example"


def case(slug, locale, desc):
    def deco(fn):
        CASES.append((slug, locale, desc, fn))
        return fn
    return deco


# ---------------------------------------------------------------- POs
def supplier(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


BUYERS = {
    "mk": {"name": "Marta Kowalczyk", "email": "marta.kowalczyk@" + BUYER_DOMAIN},
    "jb": {"name": "James Bright", "email": "james.bright@" + BUYER_DOMAIN},
    "lh": {"name": "Lena Hoffmann", "email": "lena.hoffmann@" + BUYER_DOMAIN},
    "rs": {"name": "Rahul Shah", "email": "rahul.shah@" + BUYER_DOMAIN},
}


def po(number, sup, issued, lines, currency="EUR", buyer="mk", req=True, seq=1):
    d = {"po_number": number, "supplier": sup, "buyer": BUYERS[buyer],
         "currency": currency, "issued": issued}
    if req:
        d["request_message_id"] = "<po-%s.%d@%s>" % (number, seq, BUYER_DOMAIN)
    d["lines"] = [
        {"line": i + 1, "item": l[0], "description": l[1], "quantity": l[2], "uom": l[3],
         "unit_price": l[4], "requested_date": l[5]}
        for i, l in enumerate(lines)]
    return d


def L(p, n):
    return p["lines"][n - 1]


# ---------------------------------------------------------------- labels
def A(p, n):
    l = L(p, n)
    return {"status": "accepted", "quantity": l["quantity"], "unit_price": l["unit_price"],
            "date": l["requested_date"]}


def C(p, n, q=None, price=None, date=None, sched=None):
    l = L(p, n)
    d = {"status": "changed", "quantity": l["quantity"] if q is None else q,
         "unit_price": l["unit_price"] if price is None else price,
         "date": l["requested_date"] if date is None else date}
    if sched:
        d["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
    return d


R = {"status": "rejected"}
U = {"status": "unconfirmed"}


def conf(p, lines):
    """lines: dict n -> label; all PO lines must be given."""
    assert sorted(lines) == [l["line"] for l in p["lines"]], p["po_number"]
    return {"po_number": p["po_number"], "lines": {str(k): lines[k] for k in sorted(lines)}}


def all_acc(p):
    return conf(p, {l["line"]: A(p, l["line"]) for l in p["lines"]})


def expected(kind, notes, *confs):
    d = {"kind": kind}
    if kind == "confirmation":
        d["confirmations"] = list(confs)
    else:
        assert not confs
    d["notes"] = notes
    return d


# ---------------------------------------------------------------- dates
def mdate(y, mo, d, h, mi, s=0, tz="+0100"):
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return format_datetime(dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone(off)))


# ---------------------------------------------------------------- MIME
CRLF = b"\r\n"


def _crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _enc_body(data, cte):
    if cte == "quoted-printable":
        return _crlf(quopri.encodestring(data.replace(b"\r\n", b"\n")))
    if cte == "base64":
        return _crlf(base64.encodebytes(data))
    return _crlf(data)


def hdr(name, value, charset="utf-8"):
    try:
        value.encode("ascii")
        return "%s: %s" % (name, value)
    except UnicodeEncodeError:
        return "%s: %s" % (name, Header(value, charset, header_name=name).encode(linesep="\r\n"))


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    return formataddr((name, email), charset=charset)


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of str
        self.body = body        # bytes (already encoded, CRLF)

    def bytes(self):
        return ("\r\n".join(self.headers)).encode("ascii") + CRLF + CRLF + self.body


def text(s, sub="plain", cs="utf-8", cte="quoted-printable", extra=None, fmt_flowed=False):
    codec = {"shift_jis": "shift_jis", "iso-2022-jp": "iso-2022-jp"}.get(cs.lower(), cs.lower())
    try:
        data = s.encode(codec)
    except UnicodeEncodeError:
        # what mail clients do for legacy charsets: best-fit typographic punctuation
        for a, b in (("\u2013", "-"), ("\u2014", "-"), ("\u201e", '"'), ("\u201c", '"'), ("\u201d", '"'),
                     ("\u00ab", '"'), ("\u00bb", '"'), ("\u2116", "No."), ("\u2026", "..."), ("\u2019", "'")):
            s = s.replace(a, b)
        data = s.encode(codec)
    if cte in ("7bit",):
        data.decode("ascii")
    ct = "Content-Type: text/%s; charset=\"%s\"" % (sub, cs) if not fmt_flowed else \
        "Content-Type: text/%s; charset=%s; format=flowed" % (sub, cs)
    h = [ct, "Content-Transfer-Encoding: " + cte]
    if extra:
        h += extra
    return Part(h, _enc_body(data, cte))


def html(s, **kw):
    return text(s, sub="html", **kw)


def _boundary(parts, tag):
    hsh = hashlib.sha1(b"".join(p.bytes() for p in parts)).hexdigest()
    return "%s%s" % (tag, hsh[:24])


def multi(sub, *parts, tag="----=_NextPart_000_", preamble="This is a multi-part message in MIME format."):
    b = _boundary(parts, tag)
    out = []
    if preamble:
        out.append(preamble.encode() + CRLF)
    for p in parts:
        out.append(b"--" + b.encode() + CRLF + p.bytes() + CRLF)
    out.append(b"--" + b.encode() + b"--" + CRLF)
    return Part(['Content-Type: multipart/%s;\r\n\tboundary="%s"' % (sub, b)], b"".join(out))


def attach(filename, ctype, data, inline=False):
    disp = "inline" if inline else "attachment"
    fn = filename
    try:
        filename.encode("ascii")
        fnp = '"%s"' % filename
    except UnicodeEncodeError:
        fnp = None
    if fnp:
        h = ['Content-Type: %s; name=%s' % (ctype, fnp), "Content-Transfer-Encoding: base64",
             "Content-Disposition: %s; filename=%s" % (disp, fnp)]
    else:
        from urllib.parse import quote
        enc = Header(fn, "utf-8").encode()
        h = ['Content-Type: %s; name="%s"' % (ctype, enc), "Content-Transfer-Encoding: base64",
             "Content-Disposition: %s;\r\n filename*=utf-8''%s" % (disp, quote(fn))]
    return Part(h, _enc_body(data, "base64"))


def message(frm, to, subject, date, msgid, body, in_reply_to=None, references=None, cc=None,
            extra=None, subj_cs="utf-8", mailer=None):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h.append(("Subject", subject))
    h.append(("Date", date))
    h.append(("Message-ID", msgid))
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    if references:
        h.append(("References", references))
    lines = []
    for k, v in h:
        if k == "Subject":
            lines.append(hdr(k, v, subj_cs))
        else:
            lines.append("%s: %s" % (k, v))
    if mailer:
        lines.append(mailer)
    for e in extra or []:
        lines.append(e)
    lines.append("MIME-Version: 1.0")
    return ("\r\n".join(lines)).encode("ascii") + CRLF + body.bytes()


def reply(p, body, date, msgid, name=None, email=None, subject=None, thread=True, **kw):
    """A reply from the PO's supplier to our buyer."""
    s = p["supplier"]
    frm = addr(name, email or s["email"])
    to = addr(p["buyer"]["name"], p["buyer"]["email"])
    subj = subject if subject is not None else "RE: Purchase order %s - please confirm" % p["po_number"]
    rid = p.get("request_message_id") if thread else None
    return message(frm, to, subj, date, msgid, body, in_reply_to=rid, references=rid, **kw)


def req_subject(p):
    return "Purchase order %s - please confirm" % p["po_number"]


def po_table(p, prefix=""):
    rows = ["Line | Item | Description | Qty | UoM | Unit price (%s) | Requested date" % p["currency"]]
    for l in p["lines"]:
        rows.append("%d | %s | %s | %s | %s | %s | %s" % (l["line"], l["item"], l["description"],
                                                       l["quantity"], l["uom"], l["unit_price"],
                                                       l["requested_date"]))
    return "\n".join(prefix + r for r in rows)


def request_text(p):
    b = p["buyer"]
    return ("Dear %s team,\n\nplease find below our purchase order %s dated %s.\n"
            "Kindly confirm quantity, price and delivery date for each line by reply.\n\n%s\n\n"
            "Delivery address: Northgate Supply, Dock 4, Harbour Road 12, Rotterdam, NL\n\n"
            "Best regards,\n%s\nPurchasing | Northgate Supply B.V.\n") % (
        p["supplier"]["name"], p["po_number"], p["issued"], po_table(p), b["name"])


def request_html_table(p):
    r = ["<table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse\">",
         "<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th>"
         "<th>Unit price (%s)</th><th>Requested date</th></tr>" % p["currency"]]
    for l in p["lines"]:
        r.append("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
            l["line"], l["item"], l["description"], l["quantity"], l["uom"], l["unit_price"],
            l["requested_date"]))
    r.append("</table>")
    return "\n".join(r)


def quote_gt(p, who_line):
    return who_line + "\n" + "\n".join("> " + x if x else ">" for x in request_text(p).split("\n")[:-1]) + "\n"


def quote_outlook(p, sent, sep="-----Original Message-----", labels=("From", "Sent", "To", "Subject")):
    b = p["buyer"]
    return ("\n%s\n%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s\n\n%s") % (
        sep, labels[0], b["name"], b["email"], labels[1], sent, labels[2], p["supplier"]["email"],
        labels[3], req_subject(p), request_text(p))


def quote_html(p, attribution):
    b = p["buyer"]
    return ("<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">%s<br></div>"
            "<blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">"
            "<p>Dear %s team,</p><p>please find below our purchase order %s dated %s. Kindly confirm quantity, "
            "price and delivery date for each line by reply.</p>%s<p>Best regards,<br>%s<br>Purchasing | Northgate Supply B.V.</p>"
            "</blockquote></div>") % (attribution, p["supplier"]["name"], p["po_number"], p["issued"],
                                       request_html_table(p), b["name"])


def strip_tags(h):
    import re
    t = re.sub(r"(?is)<(script|style).*?</\1>", "", h)
    t = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>|</h\d>", "\n", t)
    t = re.sub(r"(?i)</t[dh]>", "\t", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = t.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    return "\n".join(x.rstrip() for x in t.split("\n"))


def html_doc(body, lang="en"):
    return ("<html lang=\"%s\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "</head><body>\n%s\n</body></html>\n") % (lang, body)


# ---------------------------------------------------------------- attachments
def pdf(lines, title="Order confirmation"):
    """Minimal one-page PDF with a real text layer (Helvetica, WinAnsi)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 10 Tf", "12 TL", "50 800 Td"]
    for ln in lines:
        ops.append("(%s) Tj T*" % esc(ln))
    ops.append("ET")
    stream = ("\n".join(ops)).encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (ERP PrintServer 7.2) /CreationDate (D:20261116090000Z) >>" % esc(title)).encode("cp1252"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return bytes(out)


def xlsx(rows, sheet="Sheet1"):
    """rows: list of lists (str or int/float). Inline strings, fixed zip timestamps."""
    from xml.sax.saxutils import escape
    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    xr = []
    for ri, row in enumerate(rows):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (col(ci), ri + 1)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v) if isinstance(v, float) else v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, escape(str(v))))
        xr.append('<row r="%d">%s</row>' % (ri + 1, "".join(cells)))
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % escape(sheet)),
        ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        ("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % "".join(xr)),
    ]
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 16, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return bio.getvalue()


def dsn(reporting_mta, orig_rcpt, status, diag, arrival, body_text, orig_headers, boundary_tag="DSN_"):
    """multipart/report; report-type=delivery-status."""
    human = text(body_text, cte="7bit", cs="us-ascii")
    st = ("Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\n"
          "Original-Recipient: rfc822;%s\nAction: failed\nStatus: %s\nDiagnostic-Code: smtp; %s\n") % (
        reporting_mta, arrival, orig_rcpt, orig_rcpt, status, diag)
    ds = Part(["Content-Type: message/delivery-status"], _crlf(st.encode()))
    oh = Part(["Content-Type: text/rfc822-headers"], _crlf(orig_headers.encode()))
    m = multi("report", human, ds, oh, tag=boundary_tag, preamble="This is a MIME-encapsulated message.")
    m.headers[0] = m.headers[0].replace("multipart/report;", "multipart/report; report-type=delivery-status;")
    return m


def orig_headers(p, date):
    return ("From: %s <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n") % (
        p["buyer"]["name"], p["buyer"]["email"], p["supplier"]["email"], req_subject(p), date,
        p.get("request_message_id", "<x@" + BUYER_DOMAIN + ">"))
