"""Helpers to build POs, raw RFC 5322 messages, attachments and labels.

Everything is deterministic: fixed boundaries, fixed zip timestamps, no randomness.
"""
import base64
import datetime as dt
import html as _html
import io
import quopri
import zipfile
from decimal import Decimal

OUR = "kestrelworks.example"
BUYERS = {
    "dana": ("Dana Ruiz", "dana.ruiz@" + OUR),
    "tomas": ("Tomas Lindqvist", "tomas.lindqvist@" + OUR),
    "priya": ("Priya Nair", "priya.nair@" + OUR),
    "marek": ("Marek Novak", "marek.novak@" + OUR),
    "ines": ("Ines Albrecht", "ines.albrecht@" + OUR),
}

CASES = []


def case(slug, kind, locale, desc):
    def deco(fn):
        CASES.append({"slug": slug, "kind": kind, "locale": locale, "desc": desc, "fn": fn})
        return fn
    return deco


# ---------------------------------------------------------------- POs

def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def po(num, supplier, buyer, currency, issued, lines, req=True, seq=1):
    """lines: tuples (item, desc, qty, uom, price, date) or (lineno, item, ...)."""
    out = []
    for i, t in enumerate(lines):
        if isinstance(t[0], int):
            n, t = t[0], t[1:]
        else:
            n = i + 1
        item, desc, qty, uom, price, date = t
        out.append({"line": n, "item": item, "description": desc, "quantity": qty, "uom": uom,
                    "unit_price": price, "requested_date": date})
    b = BUYERS[buyer]
    p = {"po_number": num, "supplier": supplier, "buyer": {"name": b[0], "email": b[1]},
         "currency": currency, "issued": issued}
    if req:
        p["request_message_id"] = "<po-%s.%d@%s>" % (num, seq, OUR)
    p["lines"] = out
    return p


def line(p, n):
    for ln in p["lines"]:
        if ln["line"] == n:
            return ln
    raise KeyError(n)


def labels(p, spec):
    """spec: {lineno: 'A'|'R'|'U'|dict(q=, p=, d=, s=[(q, d), ...])}; every PO line must be given."""
    out = {}
    nums = [ln["line"] for ln in p["lines"]]
    assert sorted(spec) == sorted(nums), (p["po_number"], spec.keys(), nums)
    for n in nums:
        s = spec[n]
        ln = line(p, n)
        if s == "A":
            out[str(n)] = {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
                           "date": ln["requested_date"]}
        elif s == "R":
            out[str(n)] = {"status": "rejected"}
        elif s == "U":
            out[str(n)] = {"status": "unconfirmed"}
        else:
            d = {"status": "changed", "quantity": s.get("q", ln["quantity"]),
                 "unit_price": s.get("p", ln["unit_price"]), "date": s.get("d", ln["requested_date"])}
            if "s" in s:
                d["schedule"] = [{"quantity": q, "date": dd} for q, dd in s["s"]]
                d["quantity"] = sum(q for q, _ in s["s"])
                d["date"] = max(dd for _, dd in s["s"])
            out[str(n)] = d
    return {"po_number": p["po_number"], "lines": out}


def expected(kind, notes, confs=None):
    e = {"kind": kind}
    if confs:
        e["confirmations"] = confs
    e["notes"] = notes
    return e


# ---------------------------------------------------------------- our request mail (quoted by suppliers)

def req_subject(p):
    return "Purchase order %s - please confirm" % p["po_number"]


def req_dt(p):
    d = dt.date.fromisoformat(p["issued"])
    return dt.datetime(d.year, d.month, d.day, 9, 42, 0)


def req_table(p, width=True):
    rows = ["Line  Item          Description                              Qty  UoM  Unit price  Need by",
            "----  ------------  ---------------------------------------  ---  ---  ----------  ----------"]
    for ln in p["lines"]:
        rows.append("%-4s  %-12s  %-39s  %3s  %-3s  %10s  %s" % (
            ln["line"], ln["item"], ln["description"][:39], ln["quantity"], ln["uom"],
            ln["unit_price"], ln["requested_date"]))
    return "\n".join(rows)


def req_text(p, contact=None):
    b = p["buyer"]["name"]
    return ("Dear %s,\n\nplease find below our purchase order %s (issued %s, currency %s).\n"
            "Kindly confirm quantity, unit price and delivery date for each line by replying to this e-mail.\n\n"
            "%s\n\nDelivery address: Kestrel Works, Goods-in Gate 3, Harbour Road 12, 2100 Portsfield\n"
            "Please quote our PO number on all documents.\n\nKind regards\n%s\nPurchasing | Kestrel Works\n"
            "+44 20 7946 0321\n" % (contact or p["supplier"]["name"], p["po_number"], p["issued"],
                                      p["currency"], req_table(p), b))


def req_html(p, contact=None):
    rows = "".join(
        "<tr><td>%s</td><td>%s</td><td>%s</td><td align=\"right\">%s</td><td>%s</td>"
        "<td align=\"right\">%s</td><td>%s</td></tr>" % (
            ln["line"], esc(ln["item"]), esc(ln["description"]), ln["quantity"], ln["uom"],
            ln["unit_price"], ln["requested_date"]) for ln in p["lines"])
    return ("<p>Dear %s,</p><p>please find below our purchase order %s (issued %s, currency %s).<br>"
            "Kindly confirm quantity, unit price and delivery date for each line by replying to this e-mail.</p>"
            "<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\"><tr><th>Line</th><th>Item</th><th>Description</th>"
            "<th>Qty</th><th>UoM</th><th>Unit price</th><th>Need by</th></tr>%s</table>"
            "<p>Kind regards<br>%s<br>Purchasing | Kestrel Works</p>" % (
                esc(contact or p["supplier"]["name"]), p["po_number"], p["issued"], p["currency"], rows,
                esc(p["buyer"]["name"])))


def esc(s):
    return _html.escape(s, quote=False)


def gt(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


EN_OUTLOOK = ("From", "Sent", "To", "Subject")
DE_OUTLOOK = ("Von", "Gesendet", "An", "Betreff")


def outlook_quote(p, sent, labels=EN_OUTLOOK, cc=None, contact=None, sep="________________________________"):
    b = p["buyer"]
    s = p["supplier"]
    h = "%s\n%s: %s <%s>\n%s: %s\n%s: %s <%s>\n" % (
        sep, labels[0], b["name"], b["email"], labels[1], sent, labels[2], s["name"], s["email"])
    if cc:
        h += "Cc: %s\n" % cc
    h += "%s: %s\n\n" % (labels[3], req_subject(p))
    return h + req_text(p, contact)


def en_sent(p):
    d = req_dt(p)
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y 9:42 AM")


# ---------------------------------------------------------------- MIME building

def rfcdate(y, mo, d, h, mi, s, tz):
    w = dt.date(y, mo, d)
    return "%s, %d %s %d %02d:%02d:%02d %s" % (
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][w.weekday()], d,
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][mo - 1], y,
        h, mi, s, tz)


def ew(s, charset="utf-8", enc="B"):
    """RFC 2047 encode s (only if needed), splitting on characters."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    words, cur = [], ""
    for ch in s:
        if len((cur + ch).encode(charset)) > 42:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        if enc == "B":
            out.append("=?%s?B?%s?=" % (charset, base64.b64encode(w.encode(charset)).decode()))
        else:
            q = "".join(c if (c.isalnum() and ord(c) < 128) else "_" if c == " " else
                        "".join("=%02X" % b for b in c.encode(charset)) for c in w)
            out.append("=?%s?Q?%s?=" % (charset, q))
    return "\n ".join(out)


def addr(name, email, charset="utf-8", enc="B"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"'):
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (ew(name, charset, enc), email)


def encode_body(text, charset, cte):
    if isinstance(text, str) and cte == "base64":
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    raw = text.encode(charset) if isinstance(text, str) else text
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    return raw.decode(charset) if isinstance(text, str) else raw.decode("latin-1")


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # str (already encoded, ascii or charset text) or bytes

    def render(self):
        h = "".join("%s: %s\n" % kv for kv in self.headers)
        b = self.body
        if isinstance(b, str):
            b = b.encode(self.bodycharset) if hasattr(self, "bodycharset") else b.encode("utf-8")
        return h.encode("utf-8") + b"\n" + b


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False, extra=()):
    ct = "text/%s; charset=\"%s\"" % (subtype, charset)
    if flowed:
        ct += "; format=flowed"
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra)
    if cte in ("8bit", "7bit"):
        p = Part(hs, body)
        p.bodycharset = charset
        if not body.endswith("\n"):
            p.body = body + "\n"
        return p
    enc = encode_body(body, charset, cte)
    if not enc.endswith("\n"):
        enc += "\n"
    return Part(hs, enc)


def attachment(data, ctype, filename, cte="base64", inline=False):
    fn = filename
    try:
        filename.encode("ascii")
        disp = "%s; filename=\"%s\"" % ("inline" if inline else "attachment", fn)
        ctn = "%s; name=\"%s\"" % (ctype, fn)
    except UnicodeEncodeError:
        e = ew(filename)
        disp = "%s; filename=\"%s\"" % ("inline" if inline else "attachment", e)
        ctn = "%s; name=\"%s\"" % (ctype, e)
    if cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    else:
        body = data.decode("utf-8")
    return Part([("Content-Type", ctn), ("Content-Disposition", disp), ("Content-Transfer-Encoding", cte)], body)


def multipart(subtype, parts, boundary, params=""):
    ct = "multipart/%s; boundary=\"%s\"%s" % (subtype, boundary, params)
    chunks = []
    for p in parts:
        chunks.append(b"--" + boundary.encode() + b"\n" + p.render())
        if not chunks[-1].endswith(b"\n"):
            chunks[-1] += b"\n"
    body = b"".join(chunks) + b"--" + boundary.encode() + b"--\n"
    return Part([("Content-Type", ct)], body)


def raw_part(headers, body):
    return Part(headers, body)


def message(headers, body_part, preamble=False):
    """headers: list of (name, value) in order. body_part: Part; its headers are merged after ours."""
    hs = list(headers)
    if not any(k.lower() == "mime-version" for k, _ in hs):
        hs.append(("MIME-Version", "1.0"))
    hs += body_part.headers
    h = "".join("%s: %s\n" % kv for kv in hs)
    b = body_part.body
    if isinstance(b, str):
        b = b.encode(getattr(body_part, "bodycharset", "utf-8"))
    if preamble and body_part.headers[0][1].startswith("multipart"):
        b = b"This is a multi-part message in MIME format.\n\n" + b
    data = h.encode("utf-8") + b"\n" + b
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def reply_headers(p, frm, date, msgid, subject=None, prefix="RE: ", threaded=True, to=None, cc=None,
                  extra=(), charset="utf-8", enc="B", refs_extra=()):
    hs = []
    hs.append(("From", frm))
    hs.append(("To", to or addr(p["buyer"]["name"], p["buyer"]["email"])))
    if cc:
        hs.append(("Cc", cc))
    subj = subject if subject is not None else prefix + req_subject(p)
    hs.append(("Subject", ew(subj, charset, enc)))
    hs.append(("Date", date))
    hs.append(("Message-ID", msgid))
    if threaded and p.get("request_message_id"):
        hs.append(("In-Reply-To", p["request_message_id"]))
        refs = [p["request_message_id"]] + list(refs_extra)
        hs.append(("References", "\n ".join(refs)))
    hs += list(extra)
    return hs


# ---------------------------------------------------------------- attachments

def _pdf_str(s):
    b = s.encode("cp1252")
    out = []
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(c))
        elif c < 32 or c > 126:
            out.append("\\%03o" % c)
        else:
            out.append(chr(c))
    return "(" + "".join(out) + ")"


def make_pdf(lines, title="Order confirmation", size=9):
    """A real one-page PDF with a text layer (Helvetica/Courier, WinAnsiEncoding)."""
    ops = ["BT", "/F1 %d Tf" % size, "%d TL" % (size + 3), "40 800 Td"]
    for i, l in enumerate(lines):
        ops.append(_pdf_str(l) + " Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title %s /Producer (ERP PrintServer 7.2) /CreationDate (D:20261110080000+01'00') >>" % _pdf_str(title)).encode("latin-1"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x))
    return out.getvalue()


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1", when=(2026, 11, 10, 8, 0, 0)):
    """rows: list of lists (str -> inline string, int/float/Decimal -> number)."""
    def cell(r, c, v):
        ref = "%s%d" % (_col(c), r + 1)
        if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool):
            return '<c r="%s"><v>%s</v></c>' % (ref, v)
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _html.escape(str(v), quote=False))
    sd = "".join('<row r="%d">%s</row>' % (r + 1, "".join(cell(r, c, v) for c, v in enumerate(row)))
                 for r, row in enumerate(rows))
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _html.escape(sheet),
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % sd,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files.items():
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


# ---------------------------------------------------------------- DSN

def dsn_part(reporting_mta, recipients, arrival=None, extra_msg=()):
    """recipients: list of dicts with final, action, status, diag, remote (optional)."""
    blk = ["Reporting-MTA: dns; %s" % reporting_mta] + list(extra_msg)
    if arrival:
        blk.append("Arrival-Date: %s" % arrival)
    body = "\n".join(blk) + "\n"
    for r in recipients:
        b = ["", "Final-Recipient: rfc822; %s" % r["final"]]
        if r.get("original"):
            b.append("Original-Recipient: rfc822;%s" % r["original"])
        b.append("Action: %s" % r["action"])
        b.append("Status: %s" % r["status"])
        if r.get("remote"):
            b.append("Remote-MTA: dns; %s" % r["remote"])
        if r.get("diag"):
            b.append("Diagnostic-Code: smtp; %s" % r["diag"])
        if r.get("last"):
            b.append("Last-Attempt-Date: %s" % r["last"])
        if r.get("until"):
            b.append("Will-Retry-Until: %s" % r["until"])
        body += "\n".join(b) + "\n"
    return Part([("Content-Type", "message/delivery-status")], body)


def original_request_part(p, date, headers_only=False):
    b = p["buyer"]
    s = p["supplier"]
    h = ("From: %s <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n" % (
        b["name"], b["email"], s["email"], req_subject(p), date, p.get("request_message_id", "<x@" + OUR + ">")))
    if headers_only:
        return Part([("Content-Type", "text/rfc822-headers")], h)
    body = h + "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 7bit\n\n" + req_text(p)
    return Part([("Content-Type", "message/rfc822")], body)


def req_rfcdate(p, tz="+0000"):
    d = req_dt(p)
    return rfcdate(d.year, d.month, d.day, d.hour, d.minute, d.second, tz)


def bnd(seed, style=0):
    import hashlib
    h = hashlib.md5(seed.encode()).hexdigest()
    return ["----=_NextPart_000_%s_%s.%s" % (h[:4].upper(), h[4:12].upper(), h[12:20].upper()),
            "000000000000%s" % h[:16],
            "_000_%s_" % h[:20].upper(),
            "Apple-Mail=_%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:24].upper())][style % 4]


def build(p, frm, date, msgid, body=None, charset="utf-8", cte="quoted-printable", html=None,
          html_charset=None, html_cte=None, atts=(), style=0, flowed=False, **kw):
    """Assemble a reply. body: text/plain (or None for HTML-only); html: text/html; atts: Parts."""
    parts = []
    if body is not None:
        parts.append(text(body, "plain", charset, cte, flowed=flowed))
    if html is not None:
        parts.append(text(html, "html", html_charset or charset, html_cte or cte))
    part = parts[0] if len(parts) == 1 else multipart("alternative", parts, bnd(msgid + "alt", style))
    if atts:
        part = multipart("mixed", [part] + list(atts), bnd(msgid + "mix", style))
    hcs = kw.pop("hdr_charset", "utf-8")
    return message(reply_headers(p, frm, date, msgid, charset=hcs, **kw), part)


def html_wrap(inner, lang="en", charset="utf-8"):
    return ("<html lang=\"%s\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\"></head>"
            "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n%s\n</body></html>" % (lang, charset, inner))


def text_to_html(t):
    return "<div>" + "<br>\n".join(esc(l) for l in t.split("\n")) + "</div>"
