"""Helpers for building the held-out batch: POs, e-mails (raw MIME), attachments, labels."""
import base64
import datetime as dt
import io
import quopri
import zipfile
from decimal import Decimal
from email.header import Header
from email.utils import formataddr, format_datetime

CRLF = b"\r\n"
CASES = []


def case(slug, kind, locale, desc):
    def deco(fn):
        CASES.append(dict(slug=slug, kind=kind, locale=locale, desc=desc, fn=fn))
        return fn
    return deco


BUYERS = [
    {"name": "Dana Ruiz", "email": "dana.ruiz@buyer.example"},
    {"name": "Martin Keller", "email": "martin.keller@buyer.example"},
    {"name": "Priya Nair", "email": "priya.nair@buyer.example"},
    {"name": "Tom Okafor", "email": "tom.okafor@buyer.example"},
]
OUR_CO = "Northgate Industrial Supply"


# ---------------------------------------------------------------- POs
def po(num, sid, sname, semail, locale, cur, issued, lines, buyer=0, req=True, seq=1):
    d = {
        "po_number": num,
        "supplier": {"id": sid, "name": sname, "email": semail, "locale": locale},
        "buyer": dict(BUYERS[buyer]),
        "currency": cur,
        "issued": issued,
    }
    if req:
        d["request_message_id"] = "<po-%s.%d@buyer.example>" % (num, seq)
    d["lines"] = [
        {"line": i + 1, "item": it, "description": de, "quantity": q, "uom": u,
         "unit_price": p, "requested_date": rd}
        for i, (it, de, q, u, p, rd) in enumerate(lines)
    ]
    return d


def kw(year, week, day=5):
    """ISO week -> ISO date string (default Friday)."""
    return dt.date.fromisocalendar(year, week, day).isoformat()


def plus_days(date_s, n):
    return (dt.date.fromisoformat(date_s) + dt.timedelta(days=n)).isoformat()


def next_weekday(date_s, wd):
    """next date strictly after date_s with weekday wd (0=Mon)."""
    d = dt.date.fromisoformat(date_s)
    n = (wd - d.weekday()) % 7 or 7
    return (d + dt.timedelta(days=n)).isoformat()


def mdate(s, offset_h=0, offset_m=0):
    """'2026-11-12 09:41' + zone -> aware datetime"""
    tz = dt.timezone(dt.timedelta(hours=offset_h, minutes=offset_m))
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


# ---------------------------------------------------------------- labels
def A():
    return "A"


def C(q=None, price=None, date=None, sched=None):
    return {"q": q, "price": price, "date": date, "sched": sched}


def conf(p, specs):
    assert len(specs) == len(p["lines"]), (p["po_number"], specs)
    out = {}
    for l, s in zip(p["lines"], specs):
        k = str(l["line"])
        if s == "A":
            out[k] = {"status": "accepted", "quantity": l["quantity"],
                      "unit_price": l["unit_price"], "date": l["requested_date"]}
        elif s == "R":
            out[k] = {"status": "rejected"}
        elif s == "U":
            out[k] = {"status": "unconfirmed"}
        else:
            q = s["q"] if s["q"] is not None else l["quantity"]
            pr = s["price"] if s["price"] is not None else l["unit_price"]
            d = s["date"] if s["date"] is not None else l["requested_date"]
            same = (q == l["quantity"] and Decimal(pr) == Decimal(l["unit_price"])
                    and d == l["requested_date"])
            assert not same, ("changed line equals PO", p["po_number"], k)
            e = {"status": "changed", "quantity": q, "unit_price": pr, "date": d}
            if s["sched"]:
                sc = [{"quantity": a, "date": b} for a, b in s["sched"]]
                assert sum(x["quantity"] for x in sc) == q, (p["po_number"], k)
                assert max(x["date"] for x in sc) == d, (p["po_number"], k)
                e["schedule"] = sc
            out[k] = e
    return {"po_number": p["po_number"], "lines": out}


def exp_conf(confs, notes):
    return {"kind": "confirmation", "confirmations": confs, "notes": notes}


def exp_kind(kind, notes):
    return {"kind": kind, "notes": notes}


def money(v, places=2):
    q = Decimal(v).quantize(Decimal(1).scaleb(-places))
    return str(q)


def nf(v, dec=",", th=".", nd=2):
    """format a number with locale separators"""
    s = "{:,.{}f}".format(Decimal(v), nd)
    return s.replace(",", "\0").replace(".", dec).replace("\0", th)


# ---------------------------------------------------------------- our request mail
def req_subject(p):
    return "Purchase order %s - please confirm" % p["po_number"]


def sent_en(p, hour="9:12 AM"):
    d = dt.date.fromisoformat(p["issued"])
    return "%s, %s %d, %d %s" % (d.strftime("%A"), d.strftime("%B"), d.day, d.year, hour)


def po_table(p):
    rows = ["Ln  Item            Description                              Qty  UoM   Unit price  Need by"]
    for l in p["lines"]:
        rows.append("%-3s %-15s %-38s %5s  %-4s %11s  %s" % (
            l["line"], l["item"], l["description"][:38], l["quantity"], l["uom"],
            l["unit_price"], l["requested_date"]))
    return "\n".join(rows)


def req_text(p):
    s, b = p["supplier"], p["buyer"]
    return (
        "Hello %s team,\n\n"
        "please find below our purchase order %s dated %s (PDF attached).\n"
        "Please confirm quantities, unit prices (%s) and delivery dates by replying to this e-mail.\n\n"
        "%s\n\n"
        "Ship to: %s, Dock 3, 1200 Harbor Road, Riverton\n\n"
        "Kind regards,\n%s\nPurchasing | %s\n"
    ) % (s["name"], p["po_number"], p["issued"], p["currency"], po_table(p), OUR_CO, b["name"], OUR_CO)


def quote_gt(text, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.split("\n"))


def quote_outlook(p, labels=("From", "Sent", "To", "Subject"), sent=None, sep="-----Original Message-----"):
    b, s = p["buyer"], p["supplier"]
    sent = sent or sent_en(p)
    hdr = "%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s\n" % (
        labels[0], b["name"], b["email"], labels[1], sent, labels[2], s["email"], labels[3], req_subject(p))
    return ("%s\n" % sep if sep else "") + hdr + "\n" + req_text(p)


def quote_gmail(p, intro):
    return intro + "\n" + quote_gt(req_text(p))


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_table(p):
    h = ['<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">',
         "<tr><th>Ln</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Need by</th></tr>"]
    for l in p["lines"]:
        h.append("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
            l["line"], l["item"], html_escape(l["description"]), l["quantity"], l["uom"], l["unit_price"],
            l["requested_date"]))
    h.append("</table>")
    return "\n".join(h)


def req_html(p):
    s, b = p["supplier"], p["buyer"]
    return (
        "<p>Hello %s team,</p>\n<p>please find below our purchase order %s dated %s (PDF attached).<br>\n"
        "Please confirm quantities, unit prices (%s) and delivery dates by replying to this e-mail.</p>\n%s\n"
        "<p>Ship to: %s, Dock 3, 1200 Harbor Road, Riverton</p>\n<p>Kind regards,<br>%s<br>Purchasing | %s</p>"
    ) % (html_escape(s["name"]), p["po_number"], p["issued"], p["currency"], html_table(p), OUR_CO,
         b["name"], OUR_CO)


def html_quote_outlook(p, labels=("From", "Sent", "To", "Subject"), sent=None):
    b, s = p["buyer"], p["supplier"]
    sent = sent or sent_en(p)
    return (
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        "<p><b>%s:</b> %s &lt;%s&gt;<br>\n<b>%s:</b> %s<br>\n<b>%s:</b> %s<br>\n<b>%s:</b> %s</p></div>\n%s"
    ) % (labels[0], b["name"], b["email"], labels[1], sent, labels[2], s["email"], labels[3],
         req_subject(p), req_html(p))


def html_quote_gmail(p, intro):
    return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>\n'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">\n%s\n</blockquote></div>') % (html_escape(intro), req_html(p))


def html_doc(body, charset="utf-8", dir_=None):
    d = ' dir="%s"' % dir_ if dir_ else ""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body%s>\n%s\n</body></html>\n') % (charset, d, body)


# ---------------------------------------------------------------- MIME
class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def to_bytes(self):
        h = b"".join(("%s: %s" % (k, v)).encode("ascii") + CRLF for k, v in self.headers)
        return h + CRLF + self.body


def _enc(text, charset, cte):
    raw = text.replace("\r\n", "\n").encode(charset)
    if not raw.endswith(b"\n"):
        raw += b"\n"
    if cte == "quoted-printable":
        out = quopri.encodestring(raw)
    elif cte == "base64":
        out = base64.encodebytes(raw)
    else:
        if cte == "7bit":
            assert all(c < 128 for c in raw), "7bit body not ascii"
        out = raw
    return out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def text(s, charset="utf-8", cte="quoted-printable", subtype="plain", flowed=False):
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if flowed:
        ct += "; format=flowed"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], _enc(s, charset, cte))


def html(s, charset="utf-8", cte="quoted-printable"):
    return text(s, charset, cte, subtype="html")


def multi(subtype, parts, boundary, params=""):
    body = b""
    for p in parts:
        body += b"--" + boundary.encode() + CRLF + p.to_bytes() + CRLF
    body += b"--" + boundary.encode() + b"--" + CRLF
    return Part([("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, boundary, params))], body)


def attach(data, ctype, filename, disp="attachment"):
    b = base64.encodebytes(data).replace(b"\n", b"\r\n")
    return Part([("Content-Type", '%s; name="%s"' % (ctype, filename)),
                 ("Content-Disposition", '%s; filename="%s"' % (disp, filename)),
                 ("Content-Transfer-Encoding", "base64")], b)


def rfc822(msg_bytes, ctype="message/rfc822"):
    return Part([("Content-Type", ctype), ("Content-Disposition", "inline")], msg_bytes)


def raw_part(ctype, body_text):
    return Part([("Content-Type", ctype)], body_text.replace("\n", "\r\n").encode("ascii"))


def _hdr(v, charset="utf-8"):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, charset).encode().replace("\n", "\r\n")


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    return formataddr((name, email), charset=charset)


def mail(frm, to, subject, date, msgid, body, irt=None, refs=None, extra=(), cc=None,
         hcharset="utf-8", mime=True):
    """frm/to: (name, email) tuples; date: aware datetime; body: Part"""
    hs = []
    hs.append(("From", addr(frm[0], frm[1], hcharset)))
    hs.append(("To", addr(to[0], to[1], hcharset)))
    if cc:
        hs.append(("Cc", addr(cc[0], cc[1], hcharset)))
    hs.append(("Subject", _hdr(subject, hcharset)))
    hs.append(("Date", format_datetime(date)))
    hs.append(("Message-ID", msgid))
    if irt:
        hs.append(("In-Reply-To", irt))
    if refs:
        hs.append(("References", refs))
    for k, v in extra:
        hs.append((k, v))
    if mime:
        hs.append(("MIME-Version", "1.0"))
    return Part(hs + body.headers, body.body).to_bytes()


def reply_mail(p, frm, subject, date, msgid, body, thread=True, extra=(), hcharset="utf-8", to=None):
    b = p["buyer"]
    irt = p.get("request_message_id") if thread else None
    return mail(frm, to or (b["name"], b["email"]), subject, date, msgid, body,
                irt=irt, refs=irt, extra=extra, hcharset=hcharset)


def request_mail(p):
    """our original request (for DSNs)"""
    b, s = p["buyer"], p["supplier"]
    d = dt.datetime.fromisoformat(p["issued"] + "T09:12:00+00:00")
    return mail((b["name"], b["email"]), (s["name"], s["email"]), req_subject(p), d,
                p["request_message_id"], text(req_text(p), "utf-8", "quoted-printable"))


def dsn(p, frm, date, msgid, human, reporting_mta, rcpt, status, diag, boundary, remote_mta=None,
        headers_only=False, subject="Undelivered Mail Returned to Sender", action="failed", extra=()):
    orig = request_mail(p)
    b = p["buyer"]
    fields = "Reporting-MTA: dns; %s\n" % reporting_mta
    fields += "Arrival-Date: %s\n\n" % format_datetime(date - dt.timedelta(seconds=7))
    fields += "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\n" % (
        rcpt, rcpt, action, status)
    if remote_mta:
        fields += "Remote-MTA: dns; %s\n" % remote_mta
    fields += "Diagnostic-Code: smtp; %s\n" % diag
    if headers_only:
        op = rfc822(orig.split(b"\r\n\r\n", 1)[0] + CRLF, "text/rfc822-headers")
    else:
        op = rfc822(orig)
    parts = [text(human, "us-ascii", "7bit"), raw_part("message/delivery-status", fields), op]
    body = multi("report", parts, boundary, params="; report-type=delivery-status")
    return mail(frm, (b["name"], b["email"]), subject, date, msgid, body,
                extra=(("Auto-Submitted", "auto-replied"),) + tuple(extra))


# ---------------------------------------------------------------- attachments
def pdf(lines, title="Document", producer="ERP"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 9 Tf", "12 TL", "40 800 Td"]
    for ln in lines:
        ops.append("(%s) Tj T*" % esc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (%s) /CreationDate (D:20261110093000+01'00') >>" % (
            esc(title), esc(producer))).encode("cp1252"),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Sheet1"):
    def x(s):
        return html_escape(str(s)).replace('"', "&quot;")
    data = []
    for ri, row in enumerate(rows):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri + 1)
            if v is None or v == "":
                continue
            if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, x(v)))
        data.append('<row r="%d">%s</row>' % (ri + 1, "".join(cells)))
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % x(sheet)),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ("xl/worksheets/sheet1.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>'
         % "".join(data)),
    ]
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 10, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, content.encode("utf-8"))
    return bio.getvalue()
