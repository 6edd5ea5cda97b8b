"""Helpers to build POs, raw RFC 5322 messages (deterministic), attachments and labels."""
import base64
import datetime as dt
import io
import quopri
import zipfile
from email.header import Header

CASES = []
BUYER_DOMAIN = "northgate-mro.example"
BUYERS = {
    "ana": ("Ana Kowalczyk", "ana.kowalczyk@northgate-mro.example"),
    "tom": ("Tom Brandt", "tom.brandt@northgate-mro.example"),
    "lea": ("Léa Fontaine", "lea.fontaine@northgate-mro.example"),
    "raj": ("Raj Mehta", "raj.mehta@northgate-mro.example"),
}


def case(slug, kind, locale, desc):
    def deco(fn):
        CASES.append(dict(slug=slug, kind=kind, locale=locale, desc=desc, fn=fn))
        return fn
    return deco


# ---------------------------------------------------------------- POs
class PO(dict):
    def line(self, n):
        for ln in self["lines"]:
            if ln["line"] == n:
                return ln
        raise KeyError(n)


def po(number, sup_id, sup_name, sup_email, locale, currency, issued, lines, buyer="ana", req=True):
    b = BUYERS[buyer]
    d = PO(po_number=number,
           supplier=dict(id=sup_id, name=sup_name, email=sup_email, locale=locale),
           buyer=dict(name=b[0], email=b[1]), currency=currency, issued=issued)
    if req:
        d["request_message_id"] = "<po-%s.1@%s>" % (number, BUYER_DOMAIN)
    d["lines"] = [dict(line=i + 1, item=l[0], description=l[1], quantity=l[2], uom=l[3],
                       unit_price=l[4], requested_date=l[5]) for i, l in enumerate(lines)]
    return d


# ---------------------------------------------------------------- labels
def A(p, n):
    ln = p.line(n)
    return dict(status="accepted", quantity=ln["quantity"], unit_price=ln["unit_price"],
                date=ln["requested_date"])


def C(p, n, q=None, price=None, date=None, schedule=None):
    ln = p.line(n)
    d = dict(status="changed", quantity=ln["quantity"] if q is None else q,
             unit_price=ln["unit_price"] if price is None else price,
             date=ln["requested_date"] if date is None else date)
    if schedule:
        d["schedule"] = [dict(quantity=a, date=b) for a, b in schedule]
        d["quantity"] = sum(a for a, _ in schedule) if q is None else q
        d["date"] = max(b for _, b in schedule) if date is None else date
    return d


R = {"status": "rejected"}
U = {"status": "unconfirmed"}


def conf(*pairs, notes):
    """pairs: (po, {lineno: label})"""
    return dict(kind="confirmation",
                confirmations=[dict(po_number=p["po_number"],
                                    lines={str(k): v for k, v in sorted(ls.items())})
                               for p, ls in pairs],
                notes=notes)


def other(kind, notes):
    return dict(kind=kind, notes=notes)


# ---------------------------------------------------------------- dates
def rfcdate(y, m, d, hh, mm, ss, zone="+0000"):
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][dt.date(y, m, d).weekday()]
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (wd, d, mon, y, hh, mm, ss, zone)


# ---------------------------------------------------------------- MIME
def hdr(text, charset="utf-8"):
    """RFC 2047-encode a header value if it is not ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()"'):
            name = '"%s"' % name
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes (already transfer-encoded), lines with \n

    def render(self):
        out = "".join("%s: %s\n" % (k, v) for k, v in self.headers).encode("ascii")
        return out + b"\n" + self.body


def _b64(data):
    return base64.encodebytes(data)


def text(body, subtype="plain", charset="utf-8", cte=None, extra=None, fmt_flowed=False):
    if cte is None:
        cte = "7bit" if all(ord(c) < 128 for c in body) else "quoted-printable"
    raw = body.encode(charset)
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw)
    elif cte == "base64":
        enc = _b64(raw)
    else:
        enc = raw
    if not enc.endswith(b"\n"):
        enc += b"\n"
    ct = "text/%s; charset=%s" % (subtype, charset if charset.lower() != "utf-8" else "UTF-8")
    if fmt_flowed:
        ct += "; format=flowed"
    h = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    return Part(h + (extra or []), enc)


def attachment(data, ctype, filename, inline=False):
    fn = filename
    try:
        fn.encode("ascii")
        disp = '%s; filename="%s"' % ("inline" if inline else "attachment", fn)
        ctn = '%s; name="%s"' % (ctype, fn)
    except UnicodeEncodeError:
        enc = hdr(fn)
        disp = '%s; filename="%s"' % ("inline" if inline else "attachment", enc)
        ctn = '%s; name="%s"' % (ctype, enc)
    return Part([("Content-Type", ctn), ("Content-Disposition", disp),
                 ("Content-Transfer-Encoding", "base64")], _b64(data))


def multipart(subtype, parts, boundary, extra=None):
    body = b"This is a multi-part message in MIME format.\n\n" if subtype == "mixed" else b""
    for p in parts:
        body += b"--" + boundary.encode() + b"\n" + p.render() + b"\n"
    body += b"--" + boundary.encode() + b"--\n"
    return Part([("Content-Type", 'multipart/%s; boundary="%s"' % (subtype, boundary))] + (extra or []), body)


def raw_part(headers, body_bytes):
    return Part(headers, body_bytes if body_bytes.endswith(b"\n") else body_bytes + b"\n")


def message(frm, to, subject, date, msgid, body, in_reply_to=None, references=None, cc=None,
            extra=None, subject_charset="utf-8", pre=None):
    h = list(pre or [])
    h += [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject, subject_charset)), ("Date", date), ("Message-ID", msgid)]
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    if references:
        h.append(("References", references))
    h += list(extra or [])
    h.append(("MIME-Version", "1.0"))
    out = "".join("%s: %s\n" % (k, v) for k, v in h).encode("ascii")
    head, _, rest = body.render().partition(b"\n\n")
    msg = out + head + b"\n\n" + rest
    return msg.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def reply_headers(p):
    rid = p.get("request_message_id")
    return dict(in_reply_to=rid, references=rid)


# ---------------------------------------------------------------- our request, for quoting
def po_table(p, lang="en"):
    rows = ["Line  Item            Description                          Qty   UoM  Unit price   Need-by"]
    for ln in p["lines"]:
        rows.append("%-5d %-15s %-36s %5d  %-4s %10s %s  %s" % (
            ln["line"], ln["item"], ln["description"][:36], ln["quantity"], ln["uom"],
            ln["unit_price"], p["currency"], ln["requested_date"]))
    return rows


def request_text(p):
    b = p["buyer"]
    lines = ["Dear %s team," % p["supplier"]["name"], "",
             "Please find below our purchase order %s dated %s. Kindly confirm quantity," % (p["po_number"], p["issued"]),
             "price and delivery date for each line by reply to this e-mail.", ""]
    lines += po_table(p)
    lines += ["", "Delivery address: Northgate MRO Supply, Dock 4, 2200 Harbor Road, Rotterdam NL",
              "Incoterms: DAP. Please quote our PO number on all documents.", "",
              "Best regards", b["name"], "Purchasing | Northgate MRO Supply", "+31 10 555 0142"]
    return lines


def request_subject(p):
    return "Purchase order %s - request for order confirmation" % p["po_number"]


def quote_gt(p):
    return "\n".join(("> " + l) if l else ">" for l in request_text(p))


def quote_outlook(p, sent, lang_labels=("From", "Sent", "To", "Subject"), sep="________________________________"):
    b = p["buyer"]
    f, s, t, su = lang_labels
    head = [sep,
            "%s: %s <%s>" % (f, b["name"], b["email"]), "%s: %s" % (s, sent),
            "%s: %s" % (t, p["supplier"]["email"]), "%s: %s" % (su, request_subject(p)), ""]
    return "\n".join(head + request_text(p))


def quote_gmail(p, intro):
    return intro + "\n\n" + quote_gt(p)


def request_html_table(p):
    r = ['<table border="1" cellpadding="3" style="border-collapse:collapse">',
         "<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Need-by</th></tr>"]
    for ln in p["lines"]:
        r.append("<tr><td>%d</td><td>%s</td><td>%s</td><td>%d</td><td>%s</td><td>%s %s</td><td>%s</td></tr>" % (
            ln["line"], ln["item"], esc(ln["description"]), ln["quantity"], ln["uom"], ln["unit_price"],
            p["currency"], ln["requested_date"]))
    r.append("</table>")
    return "\n".join(r)


def request_html(p):
    b = p["buyer"]
    return ("<p>Dear %s team,</p>\n<p>Please find below our purchase order %s dated %s. Kindly confirm quantity, "
            "price and delivery date for each line by reply to this e-mail.</p>\n%s\n"
            "<p>Best regards<br>%s<br>Purchasing | Northgate MRO Supply</p>") % (
        esc(p["supplier"]["name"]), p["po_number"], p["issued"], request_html_table(p), esc(b["name"]))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_doc(inner, charset="utf-8"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body></html>\n') % (charset, inner)


def html_from_text(t):
    return "<br>\n".join(esc(l) for l in t.split("\n"))


# ---------------------------------------------------------------- attachments
def _pdf_str(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines, title="Order confirmation"):
    """Minimal one-page PDF, Helvetica, WinAnsi text layer (latin-1 text only)."""
    y = 800
    ops = ["BT", "/F1 10 Tf", "12 TL", "40 %d Td" % y]
    for l in lines:
        ops.append("(%s) Tj T*" % _pdf_str(l))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (ERP PrintServer 7.2) /CreationDate (D:20261110000000Z) >>" % _pdf_str(title)).encode("latin-1"),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1"):
    def cell(ri, ci, v):
        ref = "%s%d" % (_col(ci), ri + 1)
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return '<c r="%s"><v>%s</v></c>' % (ref, v)
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, esc(str(v)))
    sd = "".join('<row r="%d">%s</row>' % (ri + 1, "".join(cell(ri, ci, v) for ci, v in enumerate(r)))
                 for ri, r in enumerate(rows))
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % esc(sheet),
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % sd,
    }
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 10, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data.encode("utf-8"))
    return bio.getvalue()


# ---------------------------------------------------------------- DSN
def dsn(mta_host, postmaster, to_addr, orig_rcpt, date, msgid, human, status, diag, orig_headers,
        action="failed", subject="Undelivered Mail Returned to Sender", boundary="dsn-bnd", remote_mta=None,
        human_charset="us-ascii", frm_name="Mail Delivery System"):
    human_part = text(human, charset=human_charset)
    fields = "Reporting-MTA: dns; %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\n" % (
        mta_host, orig_rcpt, orig_rcpt, action, status)
    if remote_mta:
        fields += "Remote-MTA: dns; %s\n" % remote_mta
    fields += "Diagnostic-Code: smtp; %s\n" % diag
    ds = raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                  fields.encode())
    oh = raw_part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
                  orig_headers.encode())
    body = Part([("Content-Type", 'multipart/report; report-type=delivery-status; boundary="%s"' % boundary)],
                multipart("report", [human_part, ds, oh], boundary).body)
    return message(addr(frm_name, postmaster), to_addr, subject, date, msgid, body,
                   extra=[("Auto-Submitted", "auto-replied")])


def orig_headers_for(p, date):
    b = p["buyer"]
    return ("From: %s <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n"
            "Content-Type: multipart/mixed; boundary=\"np-7731\"\n") % (
        b["name"], b["email"], p["supplier"]["email"], request_subject(p), date, p["request_message_id"])


def reply(p, name, email, body, date, mid, subject=None, threaded=True, **kw):
    b = p["buyer"]
    subj = subject if subject is not None else "RE: " + request_subject(p)
    if threaded and p.get("request_message_id"):
        kw.setdefault("in_reply_to", p["request_message_id"])
        kw.setdefault("references", p["request_message_id"])
    return message(addr(name, email), addr(b["name"], b["email"]), subj, date, mid, body, **kw)


def alt(plain, html, boundary, charset="utf-8", cte=None):
    return multipart("alternative", [text(plain, charset=charset, cte=cte),
                                     text(html, "html", charset=charset, cte=cte)], boundary)
