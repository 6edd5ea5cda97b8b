"""Helpers to build held-out supplier reply cases (stdlib only, deterministic)."""
import base64, datetime as dt, io, quopri, zipfile, zlib
from email.header import Header

CASES = []

def case(slug, kind, locale, desc):
    def deco(f):
        CASES.append(dict(slug=slug, kind=kind, locale=locale, desc=desc, fn=f))
        return f
    return deco

BUYERS = [
    ("Dana Ruiz", "dana.ruiz@buyer.example"),
    ("Tomas Lindqvist", "tomas.lindqvist@buyer.example"),
    ("Priya Nair", "priya.nair@buyer.example"),
    ("Marek Hollis", "marek.hollis@buyer.example"),
]

def po(num, sid, sname, email, locale, cur, issued, lines, buyer=0, rid=True, rev=1):
    b = BUYERS[buyer]
    d = {"po_number": num,
         "supplier": {"id": sid, "name": sname, "email": email, "locale": locale},
         "buyer": {"name": b[0], "email": b[1]},
         "currency": cur, "issued": issued}
    if rid:
        d["request_message_id"] = "<po-%s.%d@buyer.example>" % (num, rev)
    d["lines"] = []
    for i, l in enumerate(lines):
        item, desc, qty, uom, price, date = l[:6]
        ln = l[6] if len(l) > 6 else i + 1
        d["lines"].append({"line": ln, "item": item, "description": desc, "quantity": qty,
                           "uom": uom, "unit_price": price, "requested_date": date})
    return d

def _line(p, n):
    for l in p["lines"]:
        if l["line"] == n:
            return l
    raise KeyError(n)

def A():
    return "A"
R = {"status": "rejected"}
U = {"status": "unconfirmed"}

def C(q=None, p=None, d=None, s=None):
    return {"_chg": True, "q": q, "p": p, "d": d, "s": s}

def conf(p, *specs):
    """specs: one per PO line in order: 'A', R, U, or C(...)"""
    out = {}
    for l, s in zip(p["lines"], specs):
        if s == "A":
            out[str(l["line"])] = {"status": "accepted", "quantity": l["quantity"],
                                   "unit_price": l["unit_price"], "date": l["requested_date"]}
        elif isinstance(s, dict) and s.get("_chg"):
            e = {"status": "changed",
                 "quantity": s["q"] if s["q"] is not None else l["quantity"],
                 "unit_price": s["p"] if s["p"] is not None else l["unit_price"],
                 "date": s["d"] if s["d"] is not None else l["requested_date"]}
            if s["s"]:
                e["schedule"] = [{"quantity": q, "date": d} for q, d in s["s"]]
                if s["d"] is None:
                    e["date"] = s["s"][-1][1]
                if s["q"] is None:
                    e["quantity"] = sum(q for q, _ in s["s"])
            same = (e["quantity"] == l["quantity"] and e["date"] == l["requested_date"]
                    and float(e["unit_price"]) == float(l["unit_price"]) and not s["s"])
            assert not same, ("changed line equals PO", p["po_number"], l["line"])
            out[str(l["line"])] = e
        else:
            out[str(l["line"])] = dict(s)
    assert len(specs) == len(p["lines"]), p["po_number"]
    return {"po_number": p["po_number"], "lines": out}

def expected(kind, notes, *confs):
    e = {"kind": kind}
    if kind == "confirmation":
        e["confirmations"] = list(confs)
    e["notes"] = notes
    return e

# ---------------------------------------------------------------- dates
_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

def rfcdate(y, m, d, hh, mm, ss, tz="+0000"):
    wd = _WD[dt.date(y, m, d).weekday()]
    return "%s, %d %s %d %02d:%02d:%02d %s" % (wd, d, _MO[m - 1], y, hh, mm, ss, tz)

def longdate(iso):
    d = dt.date.fromisoformat(iso)
    return "%s, %s %d, %d" % (["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][d.weekday()],
                              ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                               "October", "November", "December"][d.month - 1], d.day, d.year)

# ---------------------------------------------------------------- our request (quoted)
REQ_SUBJ = "Order acknowledgment request: PO %s"

def req_subject(p):
    return REQ_SUBJ % p["po_number"]

def req_table(p, money=lambda s: s):
    rows = ["Line  Item           Description                          Qty   UoM  Unit price  Need by"]
    for l in p["lines"]:
        rows.append("%-5s %-14s %-36s %5s %-4s %10s  %s" % (
            l["line"], l["item"], l["description"][:36], l["quantity"], l["uom"], money(l["unit_price"]),
            l["requested_date"]))
    return "\n".join(rows)

def req_body(p):
    sup = p["supplier"]["name"]
    return ("Hello %s team,\n\n"
            "Please find our purchase order %s dated %s below. Kindly confirm quantity,\n"
            "unit price (%s) and delivery date for each line by reply to this e-mail.\n\n%s\n\n"
            "Delivery address: Buyer Example Inc., Dock 3, 1200 Harbor Road, Portside\n\n"
            "Best regards,\n%s\nPurchasing | Buyer Example Inc.\n" % (
                sup, p["po_number"], p["issued"], p["currency"], req_table(p), p["buyer"]["name"]))

def req_html(p):
    rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
        l["line"], l["item"], esc(l["description"]), l["quantity"], l["uom"], l["unit_price"], l["requested_date"])
        for l in p["lines"])
    return ("<p>Hello %s team,</p><p>Please find our purchase order %s dated %s below. Kindly confirm quantity, "
            "unit price (%s) and delivery date for each line by reply to this e-mail.</p>"
            "<table border=\"1\"><tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th>"
            "<th>Unit price</th><th>Need by</th></tr>%s</table><p>Best regards,<br>%s<br>Purchasing | Buyer Example Inc.</p>"
            % (esc(p["supplier"]["name"]), p["po_number"], p["issued"], p["currency"], rows, esc(p["buyer"]["name"])))

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def sent_date(p, hh=8, mm=30):
    y, m, d = map(int, p["issued"].split("-"))
    return rfcdate(y, m, d, hh, mm, 0, "+0000")

def q_gt(p, hh=8, mm=30, intro=None):
    b = p["buyer"]
    intro = intro or "On %s, %s <%s> wrote:" % (sent_date(p, hh, mm), b["name"], b["email"])
    return intro + "\n" + "\n".join(("> " + x) if x else ">" for x in req_body(p).split("\n"))

def q_outlook(p, hh=8, mm=30, labels=("From", "Sent", "To", "Subject")):
    b = p["buyer"]
    return ("-----Original Message-----\n%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s\n\n%s" % (
        labels[0], b["name"], b["email"], labels[1], longdate(p["issued"]) + " %d:%02d AM" % (hh, mm),
        labels[2], p["supplier"]["email"], labels[3], req_subject(p), req_body(p)))

def q_outlook_line(p, hh=8, mm=30):
    b = p["buyer"]
    return ("________________________________\nFrom: %s <%s>\nSent: %s %d:%02d AM\nTo: %s\nSubject: %s\n\n%s" % (
        b["name"], b["email"], longdate(p["issued"]), hh, mm, p["supplier"]["email"], req_subject(p), req_body(p)))

def q_html(p, hh=8, mm=30):
    b = p["buyer"]
    return ("<div>On %s, %s &lt;%s&gt; wrote:</div><blockquote type=\"cite\" style=\"margin:0 0 0 .8ex;"
            "border-left:1px #ccc solid;padding-left:1ex\">%s</blockquote>" % (
                sent_date(p, hh, mm), esc(b["name"]), b["email"], req_html(p)))

# ---------------------------------------------------------------- MIME
def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)

def hsub(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()

class Part:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body  # body: bytes

def _enc(data, cte):
    if cte == "base64":
        b = base64.b64encode(data)
        return b"\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + b"\n"
    if cte == "quoted-printable":
        return quopri.encodestring(data.replace(b"\r\n", b"\n"))
    return data

def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", extra=(), fmt=None):
    try:
        data = body.encode(charset)
    except UnicodeEncodeError:
        for a, b in ((u"\u2013", "-"), (u"\u2014", "-"), (u"\u201c", '"'), (u"\u201d", '"'), (u"\u201e", '"'),
                     (u"\u2019", "'"), (u"\u2026", "..."), (u"\u00a0", " "), (u"\u00ab", "\""), (u"\u00bb", "\"")):
            body = body.replace(a, b)
        data = body.encode(charset)
    ct = "text/%s; charset=%s" % (subtype, charset if charset.lower() != "utf-8" else "UTF-8") if charset else "text/%s" % subtype
    if fmt:
        ct += "; " + fmt
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra), _enc(data, cte))

def attachment(data, ctype, filename, cte="base64", inline=False):
    return Part([("Content-Type", '%s; name="%s"' % (ctype, filename)),
                 ("Content-Disposition", '%s; filename="%s"' % ("inline" if inline else "attachment", filename)),
                 ("Content-Transfer-Encoding", cte)], _enc(data, cte))

def multi(subtype, parts, boundary, preamble=None):
    out = b""
    if preamble:
        out += preamble.encode() + b"\n"
    for p in parts:
        out += b"\n--" + boundary.encode() + b"\n" + _hdr(p.headers) + b"\n" + p.body.rstrip(b"\n") + b"\n"
    out += b"\n--" + boundary.encode() + b"--\n"
    return Part([("Content-Type", 'multipart/%s; boundary="%s"' % (subtype, boundary))], out)

def _hdr(hs):
    return b"".join(("%s: %s\n" % (k, v)).encode("ascii") for k, v in hs)

def alt(plain, html, boundary, charset="utf-8", cte="quoted-printable"):
    return multi("alternative", [text(plain, "plain", charset, cte), text(html, "html", charset, cte)], boundary)

def message(frm, to, subject, date, mid, body, irt=None, refs=None, extra=(), cc=None, subj_charset="utf-8"):
    hs = []
    hs += list(extra)
    hs += [("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", hsub(subject, subj_charset)), ("Date", date), ("Message-ID", mid)]
    if irt:
        hs.append(("In-Reply-To", irt))
    if refs:
        hs.append(("References", refs))
    hs.append(("MIME-Version", "1.0"))
    raw = _hdr(hs) + _hdr(body.headers) + b"\n" + body.body
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")

def reply_msg(p, frm_name, date, mid, body, subject_prefix="RE: ", thread=True, frm_email=None, extra=(), cc=None,
              subject=None, subj_charset="utf-8"):
    frm = addr(frm_name, frm_email or p["supplier"]["email"])
    to = addr(p["buyer"]["name"], p["buyer"]["email"])
    subj = subject if subject is not None else subject_prefix + req_subject(p)
    rid = p.get("request_message_id") if thread else None
    return message(frm, to, subj, date, mid, body, irt=rid, refs=rid, extra=extra, cc=cc, subj_charset=subj_charset)

# ---------------------------------------------------------------- attachments
def pdf(lines, title="Order confirmation"):
    """Minimal one-page PDF with a real text layer (Helvetica, WinAnsi; ASCII/Latin-1 text)."""
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 10 Tf", "12 TL", "50 790 Td"]
    for i, ln in enumerate(lines):
        ops.append("(%s) Tj T*" % pesc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (dxlib minimal PDF) >>" % pesc(title)).encode("latin-1"),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += ("%d 0 obj\n" % (i + 1)).encode() + o + b"\nendobj\n"
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)).encode()
    return out

def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def xlsx(rows, sheet="Sheet1"):
    """rows: list of lists (str -> inline string, int/float -> number)."""
    def cell(r, c, v):
        ref = "%s%d" % (_col(c), r + 1)
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return '<c r="%s"><v>%s</v></c>' % (ref, repr(v) if isinstance(v, float) else v)
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, esc(str(v)))
    sd = "".join('<row r="%d">%s</row>' % (r + 1, "".join(cell(r, c, v) for c, v in enumerate(row)))
                 for r, row in enumerate(rows))
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % esc(sheet)),
        ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        ("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % sd),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

def csv_bytes(rows, sep=";", enc="utf-8", eol="\r\n"):
    return (eol.join(sep.join(str(c) for c in r) for r in rows) + eol).encode(enc)
