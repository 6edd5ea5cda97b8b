"""Helpers for building the held-out batch: POs, labels, raw RFC 5322 mails, attachments."""
import base64, datetime, io, quopri, zipfile, hashlib
from email.header import Header
from email.utils import formataddr

BUYER_CO = "Brightwater Tools & Supply"
BUYER_DOM = "brightwater-tools.example"
BUYERS = {
    "dana": ("Dana Ruiz", "dana.ruiz@" + BUYER_DOM),
    "tom": ("Tom Okafor", "tom.okafor@" + BUYER_DOM),
    "priya": ("Priya Nair", "priya.nair@" + BUYER_DOM),
    "mikael": ("Mikael Berg", "mikael.berg@" + BUYER_DOM),
    "lena": ("Lena Vogt", "lena.vogt@" + BUYER_DOM),
}

CASES = []


def case(slug, locale, kind, desc):
    def deco(fn):
        CASES.append(dict(slug=slug, locale=locale, kind=kind, desc=desc, fn=fn))
        return fn
    return deco


# ---------------------------------------------------------------- POs
def po(number, sup_id, sup_name, sup_email, locale, buyer, currency, issued, lines, req=True):
    bname, bmail = BUYERS[buyer]
    d = {
        "po_number": number,
        "supplier": {"id": sup_id, "name": sup_name, "email": sup_email, "locale": locale},
        "buyer": {"name": bname, "email": bmail},
        "currency": currency,
        "issued": issued,
    }
    if req:
        d["request_message_id"] = "<po-%s.1.%s@%s>" % (number, issued.replace("-", ""), BUYER_DOM)
    d["lines"] = []
    for i, (item, desc, qty, uom, price, date) in enumerate(lines, 1):
        d["lines"].append({"line": i, "item": item, "description": desc, "quantity": qty,
                           "uom": uom, "unit_price": price, "requested_date": date})
    return d


def line(p, n):
    return p["lines"][n - 1]


# ---------------------------------------------------------------- labels
def A(p, n):
    l = line(p, n)
    return {"status": "accepted", "quantity": l["quantity"], "unit_price": l["unit_price"],
            "date": l["requested_date"]}


def C(p, n, quantity=None, price=None, date=None, schedule=None):
    l = line(p, n)
    d = {"status": "changed",
         "quantity": l["quantity"] if quantity is None else quantity,
         "unit_price": l["unit_price"] if price is None else price,
         "date": l["requested_date"] if date is None else date}
    if schedule:
        d["schedule"] = [{"quantity": q, "date": dt} for q, dt in schedule]
        assert sum(q for q, _ in schedule) == d["quantity"], "schedule sum"
        assert max(dt for _, dt in schedule) == d["date"], "schedule last date"
    assert (d["quantity"], d["unit_price"], d["date"]) != (l["quantity"], l["unit_price"], l["requested_date"]) or schedule, "C equals PO"
    return d


R = {"status": "rejected"}
U = {"status": "unconfirmed"}


def conf(p, **lines):
    out = {}
    for k, v in lines.items():
        out[k.lstrip("l")] = v
    assert sorted(int(k) for k in out) == [l["line"] for l in p["lines"]], "all lines listed"
    return {"po_number": p["po_number"], "lines": {k: out[k] for k in sorted(out, key=int)}}


def expected(kind, notes, *confs):
    d = {"kind": kind}
    if kind == "confirmation":
        d["confirmations"] = list(confs)
    d["notes"] = notes
    return d


# ---------------------------------------------------------------- dates / ids
_DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DOWL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONL = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]


def d(s):
    return datetime.date.fromisoformat(s)


def hdate(s, tz="+0100"):
    """'2026-11-17 09:42:13' -> RFC 5322 date."""
    dt = datetime.datetime.fromisoformat(s)
    return "%s, %d %s %d %02d:%02d:%02d %s" % (_DOW[dt.weekday()], dt.day, _MON[dt.month - 1], dt.year,
                                               dt.hour, dt.minute, dt.second, tz)


def en_long(s, time="9:14 AM"):
    dt = d(s)
    return "%s, %s %d, %d %s" % (_DOWL[dt.weekday()], _MONL[dt.month - 1], dt.day, dt.year, time)


def _h(*parts):
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def mid(style, domain, seed):
    h = _h(style, domain, seed).upper()
    if style == "outlook":
        return "<%s%s@%s.eurprd0%s.prod.outlook.com>" % ("DB9PR0" + h[:2] + "MB", h[2:6] + h[6:30], "DB9PR0" + h[:2] + "MB" + h[2:6], h[30] if h[30].isdigit() else "4")
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(_h(seed, "g"))).decode().replace("/", "_").replace("+", "-").rstrip("=")
        return "<CA%s%s@mail.gmail.com>" % (b[:10], b[10:])
    if style == "exchange":
        return "<%s@%s>" % (h[:8] + "." + h[8:14] + "%" + h[14:20].lower(), "EXCH01." + domain)
    if style == "erp":
        return "<%s.%s@%s>" % (h[:12].lower(), h[12:18].lower(), domain)
    if style == "apple":
        return "<%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:28], domain)
    return "<%s@%s>" % (h[:24].lower(), domain)


# ---------------------------------------------------------------- our request (for quoting)
def req_subject(p):
    return "Purchase order %s - please confirm" % p["po_number"]


def req_lines(p):
    cur = p["currency"]
    out = ["Line  Item          Description                                Qty  UoM   Unit price    Need by"]
    for l in p["lines"]:
        out.append("%-5s %-13s %-40s %5s  %-4s  %10s %s  %s" % (
            l["line"], l["item"], l["description"][:40], l["quantity"], l["uom"], l["unit_price"], cur,
            l["requested_date"]))
    return out


def req_text(p, contact="Sir or Madam"):
    bname = p["buyer"]["name"]
    return "\n".join([
        "Dear %s," % contact,
        "",
        "please find below our purchase order %s dated %s. Kindly confirm quantities," % (p["po_number"], p["issued"]),
        "unit prices and delivery dates by return mail.",
        "",
    ] + req_lines(p) + [
        "",
        "Delivery address: Brightwater Tools & Supply, Dock 3, 1200 Harbour Road, Portsmouth",
        "Please quote our PO number on all documents.",
        "",
        "Kind regards",
        bname,
        "Purchasing | " + BUYER_CO,
    ])


def req_html(p, contact="Sir or Madam"):
    rows = "".join(
        "<tr><td>%s</td><td>%s</td><td>%s</td><td align=right>%s</td><td>%s</td><td align=right>%s %s</td><td>%s</td></tr>" % (
            l["line"], l["item"], l["description"], l["quantity"], l["uom"], l["unit_price"], p["currency"],
            l["requested_date"]) for l in p["lines"])
    return ("<p>Dear %s,</p><p>please find below our purchase order %s dated %s. Kindly confirm quantities, "
            "unit prices and delivery dates by return mail.</p>"
            "<table border=1 cellpadding=3 cellspacing=0><tr><th>Line</th><th>Item</th><th>Description</th>"
            "<th>Qty</th><th>UoM</th><th>Unit price</th><th>Need by</th></tr>%s</table>"
            "<p>Please quote our PO number on all documents.</p><p>Kind regards<br>%s<br>Purchasing | %s</p>") % (
        contact, p["po_number"], p["issued"], rows, p["buyer"]["name"], BUYER_CO.replace("&", "&amp;"))


def outlook_quote(p, sent, labels=("From", "Sent", "To", "Subject"), contact="Sir or Madam", sep=True):
    f, s, t, su = labels
    head = []
    if sep:
        head.append("_" * 32)
    head += ["%s: %s <%s>" % (f, p["buyer"]["name"], p["buyer"]["email"]),
             "%s: %s" % (s, sent),
             "%s: %s" % (t, p["supplier"]["email"]),
             "%s: %s" % (su, req_subject(p)), ""]
    return "\n".join(head) + "\n" + req_text(p, contact)


def gt_quote(p, intro, contact="Sir or Madam"):
    return intro + "\n" + "\n".join(("> " + x) if x else ">" for x in req_text(p, contact).split("\n"))


def html_blockquote(p, intro, contact="Sir or Madam"):
    return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>') % (
        intro.replace("<", "&lt;").replace(">", "&gt;"), req_html(p, contact))


# ---------------------------------------------------------------- MIME building
class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes

    def render(self):
        h = "".join("%s: %s\n" % (k, v) for k, v in self.headers)
        return h.encode("ascii") + b"\n" + self.body


def _b64(data):
    s = base64.b64encode(data).decode()
    return ("\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n").encode()


def _qp(data):
    return quopri.encodestring(data)


def encode_body(raw, cte):
    if cte == "base64":
        return _b64(raw)
    if cte == "quoted-printable":
        return _qp(raw)
    return raw


def text(s, subtype="plain", charset="utf-8", cte="quoted-printable", extra="", flowed=False):
    if not s.endswith("\n"):
        s += "\n"
    raw = s.encode(charset)
    ct = "text/%s; charset=\"%s\"" % (subtype, charset) if charset != "us-ascii" else "text/%s; charset=us-ascii" % subtype
    if flowed:
        ct += "; format=flowed"
    ct += extra
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], encode_body(raw, cte))


def html_doc(body, charset="utf-8", lang=None, dir_=None):
    a = (' lang="%s"' % lang if lang else "") + (' dir="%s"' % dir_ if dir_ else "")
    return ('<html%s><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
            '<body>%s</body></html>') % (a, charset, body)


def attachment(data, ctype, filename, cte="base64", inline=False):
    disp = "inline" if inline else "attachment"
    return Part([("Content-Type", '%s; name="%s"' % (ctype, filename)),
                 ("Content-Disposition", '%s; filename="%s"' % (disp, filename)),
                 ("Content-Transfer-Encoding", cte)], encode_body(data, cte))


def multipart(subtype, parts, boundary, extra=""):
    body = b"This is a multi-part message in MIME format.\n\n" if subtype == "mixed" else b""
    for p in parts:
        body += b"--" + boundary.encode() + b"\n" + p.render() + b"\n"
    body += b"--" + boundary.encode() + b"--\n"
    return Part([("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, boundary, extra))], body)


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
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset)


def message(frm, to, subject, date, msgid, body, in_reply_to=None, references=None, cc=None,
            extra=(), charset="utf-8", crlf=False, mime=True):
    """frm/to: (name, email) tuples; body: Part."""
    h = []
    h.append(("From", addr(frm[0], frm[1], charset)))
    h.append(("To", addr(to[0], to[1], charset)))
    if cc:
        h.append(("Cc", ", ".join(addr(n, e, charset) for n, e in cc)))
    h.append(("Subject", hdr(subject, charset)))
    h.append(("Date", date))
    h.append(("Message-ID", msgid))
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    if references:
        h.append(("References", references))
    h.extend(extra)
    if mime:
        h.append(("MIME-Version", "1.0"))
    top = Part(h + body.headers, body.body)
    out = top.render()
    if crlf:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out


def reply_hdrs(p):
    r = p.get("request_message_id")
    return dict(in_reply_to=r, references=r)


def buyer(p):
    return (p["buyer"]["name"], p["buyer"]["email"])


# ---------------------------------------------------------------- attachments
def _pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines, producer="SAP NetWeaver 7.50", fontsize=9):
    content = "BT\n/F1 %d Tf\n36 800 Td\n%d TL\n" % (fontsize, fontsize + 3)
    for l in lines:
        content += "(%s) Tj T*\n" % _pdf_esc(l)
    content += "ET\n"
    cbytes = content.encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(cbytes)).encode() + b" >>\nstream\n" + cbytes + b"endstream",
        b"<< /Producer (" + producer.encode() + b") /CreationDate (D:20261112083000+01'00') >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += str(i).encode() + b" 0 obj\n" + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1)
    out += b"0000000000 65535 f \n"
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def _col(i):
    return chr(ord("A") + i)


def _x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_xlsx(rows, sheet="Sheet1"):
    """rows: list of lists of str/int/float/datetime.date. Dates are stored as serials with a date format."""
    sd = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if v is None:
                continue
            if isinstance(v, datetime.date):
                serial = (v - datetime.date(1899, 12, 30)).days
                cells.append('<c r="%s" s="1"><v>%d</v></c>' % (ref, serial))
            elif isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _x(v)))
        sd.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>') % "".join(sd)
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet),
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
        "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 12, 8, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, content.encode("utf-8"))
    return bio.getvalue()


def orig_headers(p, date):
    """Headers of our request mail, as a bounce would return them."""
    return "\n".join([
        "From: %s <%s>" % (p["buyer"]["name"], p["buyer"]["email"]),
        "To: %s" % p["supplier"]["email"],
        "Subject: %s" % req_subject(p),
        "Date: %s" % date,
        "Message-ID: %s" % p["request_message_id"],
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
    ]) + "\n"
