"""Helpers to build POs, raw RFC 5322 mails, attachments and labels (stdlib only, deterministic)."""
import base64, binascii, datetime as dt, io, zipfile
from email.header import Header
from email.utils import formataddr

CASES = []


def case(slug, kind, locale, desc):
    def deco(fn):
        CASES.append(dict(slug=slug, kind=kind, locale=locale, desc=desc, fn=fn))
        return fn
    return deco


# ---------------------------------------------------------------- POs
BUYERS = {
    "dana": {"name": "Dana Ruiz", "email": "dana.ruiz@buyer.example"},
    "tom": {"name": "Tomasz Weber", "email": "t.weber@buyer.example"},
    "mia": {"name": "Mia Lindqvist", "email": "mia.lindqvist@buyer.example"},
}


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def mkpo(num, supplier, cur, issued, lines, buyer="dana", req=True, rev=1):
    po = {"po_number": num, "supplier": supplier, "buyer": BUYERS[buyer],
          "currency": cur, "issued": issued}
    if req:
        po["request_message_id"] = "<po-%s.%d@buyer.example>" % (num, rev)
    po["lines"] = []
    for i, (item, desc, qty, uom, price, date) in enumerate(lines, 1):
        po["lines"].append({"line": i, "item": item, "description": desc, "quantity": qty,
                            "uom": uom, "unit_price": price, "requested_date": date})
    return po


def L(po, n):
    return po["lines"][n - 1]


# ---------------------------------------------------------------- labels
def A(po, n):
    l = L(po, n)
    return {"status": "accepted", "quantity": l["quantity"], "unit_price": l["unit_price"],
            "date": l["requested_date"]}


def C(po, n, q=None, p=None, d=None, sched=None):
    l = L(po, n)
    r = {"status": "changed", "quantity": l["quantity"] if q is None else q,
         "unit_price": l["unit_price"] if p is None else p,
         "date": l["requested_date"] if d is None else d}
    if sched:
        r["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
        if d is None:
            r["date"] = sched[-1][1]
        if q is None:
            r["quantity"] = sum(a for a, _ in sched)
    return r


R = {"status": "rejected"}
U = {"status": "unconfirmed"}


def conf(po, lines):
    return {"po_number": po["po_number"], "lines": {str(k): v for k, v in lines.items()}}


def allacc(po):
    return conf(po, {l["line"]: A(po, l["line"]) for l in po["lines"]})


def exp(kind, notes, *confs):
    e = {"kind": kind}
    if kind == "confirmation":
        e["confirmations"] = list(confs)
    e["notes"] = notes
    return e


def kw(year, week, day=5):
    return dt.date.fromisocalendar(year, week, day).isoformat()


# ---------------------------------------------------------------- our request text (quoted by suppliers)
def req_subject(po):
    return "PO %s - please confirm quantity, price and delivery date" % po["po_number"]


def po_table(po, width=True):
    rows = ["Line  Item           Description                         Qty     UoM  Unit price   Need-by"]
    for l in po["lines"]:
        rows.append("%-5s %-14s %-35s %7s %-4s %10s %s   %s" % (
            l["line"], l["item"], l["description"][:35], l["quantity"], l["uom"],
            l["unit_price"], po["currency"], l["requested_date"]))
    return "\n".join(rows)


def req_body(po):
    b = po["buyer"]
    return ("Hello,\n\nplease find our purchase order %s dated %s below.\n"
            "Kindly confirm quantity, unit price and delivery date for each line by reply.\n\n"
            "%s\n\nDelivery address: Northgate Supply Co., Dock 4, 1200 Harbour Road, Rotterdam\n"
            "Terms: as per framework agreement.\n\nBest regards\n%s\nPurchasing, Northgate Supply Co.\n%s\n"
            % (po["po_number"], po["issued"], po_table(po), b["name"], b["email"]))


def req_html(po):
    b = po["buyer"]
    rows = "".join(
        "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s %s</td><td>%s</td></tr>"
        % (l["line"], l["item"], l["description"], l["quantity"], l["uom"], l["unit_price"],
           po["currency"], l["requested_date"]) for l in po["lines"])
    return ("<p>Hello,</p><p>please find our purchase order %s dated %s below.<br>Kindly confirm quantity,"
            " unit price and delivery date for each line by reply.</p><table border=\"1\" cellpadding=\"3\">"
            "<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th>"
            "<th>Need-by</th></tr>%s</table><p>Best regards<br>%s<br>Purchasing, Northgate Supply Co.</p>"
            % (po["po_number"], po["issued"], rows, b["name"]))


def req_date_hdr(po):
    d = dt.date.fromisoformat(po["issued"])
    return d.strftime("%a, ") + "%d %s %d" % (d.day, d.strftime("%b"), d.year)


def q_outlook(po, sent=None, labels=("From", "Sent", "To", "Subject"), sep="-----Original Message-----"):
    b = po["buyer"]
    sent = sent or (req_date_hdr(po) + " 10:12")
    return ("\n%s\n%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s\n\n%s" % (
        sep, labels[0], b["name"], b["email"], labels[1], sent, labels[2], po["supplier"]["email"],
        labels[3], req_subject(po), req_body(po)))


def q_gmail(po, intro=None):
    b = po["buyer"]
    intro = intro or "On %s at 10:12, %s <%s> wrote:" % (req_date_hdr(po), b["name"], b["email"])
    return "\n%s\n%s" % (intro, "\n".join(("> " + x) if x else ">" for x in req_body(po).split("\n")))


def q_html(po, intro=None):
    b = po["buyer"]
    intro = intro or "On %s, %s &lt;%s&gt; wrote:" % (req_date_hdr(po), b["name"], b["email"])
    return ('<div class="gmail_quote"><div>%s</div><blockquote style="margin:0 0 0 .8ex;'
            'border-left:1px #ccc solid;padding-left:1ex">%s</blockquote></div>' % (intro, req_html(po)))


# ---------------------------------------------------------------- MIME
class Part:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body  # body: bytes


def _enc(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return binascii.b2a_qp(data, istext=True)
    return data


def text(body, charset="utf-8", cte="quoted-printable", sub="plain", flowed=False):
    data = body.encode(charset)
    ct = "text/%s; charset=%s" % (sub, '"%s"' % charset if charset.lower() != "us-ascii" else charset)
    if flowed:
        ct += "; format=flowed"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], _enc(data, cte))


def html(body, charset="utf-8", cte="quoted-printable"):
    if not body.lstrip().startswith("<html"):
        body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
                '<body>\n%s\n</body></html>' % (charset, body))
    return text(body, charset, cte, "html")


def att(filename, ctype, data, inline=False):
    disp = "inline" if inline else "attachment"
    return Part([("Content-Type", '%s; name="%s"' % (ctype, filename)),
                 ("Content-Disposition", '%s; filename="%s"' % (disp, filename)),
                 ("Content-Transfer-Encoding", "base64")], base64.encodebytes(data))


def mp(sub, parts, boundary):
    out = b"This is a multi-part message in MIME format.\n"
    for p in parts:
        out += b"\n--" + boundary.encode() + b"\n" + _render(p)
    out += b"\n--" + boundary.encode() + b"--\n"
    return Part([("Content-Type", 'multipart/%s; boundary="%s"' % (sub, boundary))], out)


def _render(p):
    h = "".join("%s: %s\n" % kv for kv in p.headers).encode()
    return h + b"\n" + p.body


def hval(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, email, charset="utf-8"):
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def msg(headers, root, hcharset="utf-8"):
    """headers: list of (name, value); value already-encoded when it is an address."""
    h = ""
    for k, v in headers:
        if k in ("Subject",) or k.startswith("X-") or k == "Thread-Topic":
            v = hval(v, hcharset)
        h += "%s: %s\n" % (k, v)
    h += "MIME-Version: 1.0\n"
    raw = h.encode() + _render(root)
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def reply_headers(po, from_name, from_email, date, mid, prefix="RE: ", subject=None, reply=True,
                  to=None, extra=(), hcharset="utf-8", cc=None):
    b = po["buyer"] if po else BUYERS["dana"]
    hs = [("From", addr(from_name, from_email, hcharset)),
          ("To", to or addr(b["name"], b["email"]))]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", subject if subject is not None else prefix + req_subject(po)),
           ("Date", date), ("Message-ID", mid)]
    if reply and po and "request_message_id" in po:
        hs += [("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"])]
    hs += list(extra)
    return hs


# ---------------------------------------------------------------- attachments
def _pdfesc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, title="Order confirmation"):
    content = "BT /F1 10 Tf 14 TL 50 800 Td\n" + "".join(
        "(%s) Tj T*\n" % _pdfesc(x) for x in lines) + "ET\n"
    cb = content.encode("cp1252")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
            b" /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length %d >>\nstream\n" % len(cb) + cb + b"endstream",
            ("<< /Title (%s) /Producer (ERP PrintServer 7.2) >>" % _pdfesc(title)).encode("cp1252")]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


def _x(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xlsx(rows, sheet="Sheet1"):
    def col(i):
        return chr(65 + i)
    sd = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (col(c), r)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            elif v is None or v == "":
                continue
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _x(v)))
        sd.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet)),
        ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        ("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % "".join(sd)),
    ]
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 10, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return bio.getvalue()


def csvb(rows, sep=";", enc="utf-8", nl="\r\n"):
    return nl.join(sep.join(str(c) for c in r) for r in rows).encode(enc) + nl.encode()


def bnd(mid, n=0):
    import hashlib
    return "----=_NextPart_%s_%d" % (hashlib.md5(mid.encode()).hexdigest()[:16].upper(), n)


def reply(po, who, email, date, mid, body, quote="", charset="utf-8", cte="quoted-printable",
          prefix="RE: ", htmlbody=None, atts=(), subject=None, is_reply=True, extra=(), hcharset="utf-8",
          to=None, html_only=False, cc=None):
    hs = reply_headers(po, who, email, date, mid, prefix=prefix, subject=subject, reply=is_reply,
                       to=to, extra=extra, hcharset=hcharset, cc=cc)
    if html_only:
        root = html(htmlbody, charset, cte)
    else:
        root = text(body + quote, charset, cte)
        if htmlbody is not None:
            root = mp("alternative", [root, html(htmlbody, charset, cte)], bnd(mid, 1))
    if atts:
        root = mp("mixed", [root] + list(atts), bnd(mid, 2))
    return msg(hs, root, hcharset)


def h2t(s):
    """plain text to minimal html paragraphs"""
    return "<div>" + s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace(
        "\n", "<br>\n") + "</div>"
