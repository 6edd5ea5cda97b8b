"""Helpers to build held-out supplier-reply cases (standard library only)."""
import base64
import datetime as dt
import io
import quopri
import zipfile
from email.header import Header
from email.utils import format_datetime, formataddr

CASES = []

BUYERS = [
    ("Dana Ruiz", "dana.ruiz@buyer.example"),
    ("Jonas Eklund", "jonas.eklund@buyer.example"),
    ("Priya Menon", "priya.menon@buyer.example"),
    ("Marco Bellini", "marco.bellini@buyer.example"),
]
COMPANY = "Brightwater Trading GmbH"


def case(slug, locale, kind, desc):
    def deco(fn):
        CASES.append(dict(slug=slug, locale=locale, kind=kind, desc=desc, fn=fn))
        return fn
    return deco


# ---------------------------------------------------------------- POs
def po(num, sid, sname, semail, locale, cur, issued, lines, buyer=0, req=True):
    b = BUYERS[buyer]
    d = {
        "po_number": num,
        "supplier": {"id": sid, "name": sname, "email": semail, "locale": locale},
        "buyer": {"name": b[0], "email": b[1]},
        "currency": cur,
        "issued": issued,
    }
    if req:
        d["request_message_id"] = "<po-%s.1@buyer.example>" % num
    d["lines"] = [
        {"line": i + 1, "item": it, "description": de, "quantity": q, "uom": u,
         "unit_price": p, "requested_date": rd}
        for i, (it, de, q, u, p, rd) in enumerate(lines)
    ]
    return d


def D(s):
    return dt.date.fromisoformat(s)


def kw(year, week, wd=5):
    """ISO week day (1=Mon..7=Sun) as ISO string."""
    return dt.date.fromisocalendar(year, week, wd).isoformat()


def plus(datestr, days):
    return (D(datestr[:10]) + dt.timedelta(days=days)).isoformat()


# ---------------------------------------------------------------- expected
class _St:
    def __init__(self, status, q=None, p=None, d=None, sched=None):
        self.status, self.q, self.p, self.d, self.sched = status, q, p, d, sched


def acc():
    return _St("accepted")


def chg(q=None, p=None, d=None, sched=None):
    return _St("changed", q, p, d, sched)


def rej():
    return _St("rejected")


def unc():
    return _St("unconfirmed")


def answer(p, statuses):
    out = {}
    for ln in p["lines"]:
        s = statuses.get(ln["line"], unc())
        if s.status == "accepted":
            out[str(ln["line"])] = {"status": "accepted", "quantity": ln["quantity"],
                                    "unit_price": ln["unit_price"], "date": ln["requested_date"]}
        elif s.status == "changed":
            e = {"status": "changed",
                 "quantity": ln["quantity"] if s.q is None else s.q,
                 "unit_price": ln["unit_price"] if s.p is None else s.p,
                 "date": ln["requested_date"] if s.d is None else s.d}
            if s.sched:
                e["schedule"] = [{"quantity": q, "date": d} for q, d in s.sched]
                if s.q is None:
                    e["quantity"] = sum(q for q, _ in s.sched)
                if s.d is None:
                    e["date"] = max(d for _, d in s.sched)
            out[str(ln["line"])] = e
        else:
            out[str(ln["line"])] = {"status": s.status}
    return {"po_number": p["po_number"], "lines": out}


def conf(answers, notes):
    return {"kind": "confirmation", "confirmations": answers, "notes": notes}


def other(kind, notes):
    return {"kind": kind, "notes": notes}


# ---------------------------------------------------------------- MIME parts
class Part:
    def __init__(self, ctype, payload, cte="7bit", params=None, headers=None):
        self.ctype, self.payload, self.cte = ctype, payload, cte
        self.params = params or {}
        self.headers = headers or []

    def head(self):
        ct = self.ctype + "".join('; %s="%s"' % kv for kv in self.params.items())
        h = ["Content-Type: " + ct]
        if self.cte:
            h.append("Content-Transfer-Encoding: " + self.cte)
        h += self.headers
        return h

    def body(self):
        b = self.payload
        if self.cte == "quoted-printable":
            return quopri.encodestring(b)
        if self.cte == "base64":
            return base64.encodebytes(b)
        return b

    def render(self):
        return ("\n".join(self.head()) + "\n\n").encode() + self.body()


_bn = [0]


class Multi:
    def __init__(self, subtype, parts, params=None):
        _bn[0] += 1
        self.subtype, self.parts = subtype, parts
        self.params = params or {}
        self.boundary = "----=_Part_%d_%08x" % (_bn[0], (_bn[0] * 2654435761) & 0xFFFFFFFF)
        self.headers = []

    def head(self):
        ps = "".join('; %s="%s"' % kv for kv in self.params.items())
        return ['Content-Type: multipart/%s%s;\n boundary="%s"' % (self.subtype, ps, self.boundary)] + self.headers

    def body(self):
        out = b"This is a multi-part message in MIME format.\n"
        for p in self.parts:
            out += ("\n--%s\n" % self.boundary).encode() + p.render()
            if not out.endswith(b"\n"):
                out += b"\n"
        out += ("\n--%s--\n" % self.boundary).encode()
        return out

    def render(self):
        return ("\n".join(self.head()) + "\n\n").encode() + self.body()


def text(s, charset="utf-8", cte="quoted-printable", subtype="plain", extra=None):
    params = {"charset": charset}
    if extra:
        params.update(extra)
    return Part("text/" + subtype, s.encode(charset), cte, params)


def html(s, charset="utf-8", cte="quoted-printable"):
    return text(s, charset, cte, "html")


def alt(t, h):
    return Multi("alternative", [t, h])


def mixed(*parts):
    return Multi("mixed", list(parts))


def attachment(filename, ctype, data, inline=False):
    disp = "inline" if inline else "attachment"
    return Part(ctype, data, "base64", {"name": filename},
                ['Content-Disposition: %s; filename="%s"' % (disp, filename)])


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
        return "%s <%s>" % (Header(name, charset).encode(), email)


def parse_date(s):
    """'2026-11-06 09:14 +0100' -> aware datetime"""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def message(headers, body):
    lines = []
    for k, v in headers:
        if v is not None:
            lines.append("%s: %s" % (k, v))
    lines += body.head()
    raw = ("\n".join(lines) + "\n\n").encode() + body.body()
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def request_subject(p):
    return "Order acknowledgment request: PO %s" % p["po_number"]


def reply(p, frm, date, body, subject=None, prefix="RE: ", thread=True, to=None,
          msgid=None, extra=(), charset="utf-8", cc=None, mailer=None):
    """Build a reply mail from the supplier to our buyer."""
    d = parse_date(date)
    dom = frm[1].split("@")[1]
    if msgid is None:
        msgid = "<%s.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), p["po_number"][-5:], dom)
    subj = subject if subject is not None else prefix + request_subject(p)
    b = to or (p["buyer"]["name"], p["buyer"]["email"])
    rid = p.get("request_message_id")
    h = [("Return-Path", "<%s>" % frm[1]),
         ("From", addr(frm[0], frm[1], charset)),
         ("To", addr(b[0], b[1]))]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subj, charset)),
          ("Date", format_datetime(d)),
          ("Message-ID", msgid)]
    if thread and rid:
        h += [("In-Reply-To", rid), ("References", rid)]
    h.append(("MIME-Version", "1.0"))
    if mailer:
        h.append(("X-Mailer", mailer))
    h += list(extra)
    return message(h, body)


# ---------------------------------------------------------------- our request / quoting
def req_dt(p):
    return dt.datetime.combine(D(p["issued"]), dt.time(10, 2),
                               tzinfo=dt.timezone(dt.timedelta(hours=1)))


def request_text(p, cur_in_table=True):
    b = p["buyer"]
    rows = ["Line  Item          Description                              Qty  UoM   Unit price     Need by"]
    for ln in p["lines"]:
        rows.append("%-5s %-13s %-40s %5s %-5s %-14s %s" % (
            ln["line"], ln["item"], ln["description"][:40], ln["quantity"], ln["uom"],
            "%s %s" % (ln["unit_price"], p["currency"]), ln["requested_date"]))
    return (
        "Dear %s team,\n\n"
        "please find below our purchase order %s of %s. Kindly confirm quantity,\n"
        "unit price and delivery date for each line by return mail.\n\n"
        "%s\n\n"
        "Delivery: DAP Brightwater Trading GmbH, Hafenstrasse 12, 20457 Hamburg\n"
        "Payment terms: as agreed\n\n"
        "Kind regards\n%s\nPurchasing | %s\n"
        % (p["supplier"]["name"], p["po_number"], p["issued"], "\n".join(rows), b["name"], COMPANY))


def request_html(p):
    b = p["buyer"]
    rows = "".join(
        "<tr><td>%s</td><td>%s</td><td>%s</td><td align=right>%s</td><td>%s</td>"
        "<td align=right>%s %s</td><td>%s</td></tr>\n" % (
            ln["line"], ln["item"], ln["description"], ln["quantity"], ln["uom"],
            ln["unit_price"], p["currency"], ln["requested_date"]) for ln in p["lines"])
    return (
        "<p>Dear %s team,</p><p>please find below our purchase order %s of %s. Kindly confirm "
        "quantity, unit price and delivery date for each line by return mail.</p>\n"
        "<table border=1 cellpadding=3 cellspacing=0><tr><th>Line</th><th>Item</th><th>Description</th>"
        "<th>Qty</th><th>UoM</th><th>Unit price</th><th>Need by</th></tr>\n%s</table>\n"
        "<p>Kind regards<br>%s<br>Purchasing | %s</p>" % (
            p["supplier"]["name"], p["po_number"], p["issued"], rows, b["name"], COMPANY))


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "pt": ("De", "Enviada", "Para", "Assunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "sv": ("Från", "Skickat", "Till", "Ämne"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"),
}


def quote_outlook(p, lang="en"):
    f, s, t, su = OUTLOOK_LABELS.get(lang, OUTLOOK_LABELS["en"])
    d = req_dt(p)
    sep = " : " if lang == "fr" else ": "
    return ("\n\n________________________________\n"
            "%s%s%s <%s>\n%s%s%s\n%s%s%s <%s>\n%s%s%s\n\n" % (
                f, sep, p["buyer"]["name"], p["buyer"]["email"],
                s, sep, d.strftime("%d.%m.%Y %H:%M") if lang != "en" else d.strftime("%A, %B %d, %Y %I:%M %p"),
                t, sep, p["supplier"]["name"], p["supplier"]["email"],
                su, sep, request_subject(p))) + request_text(p)


def quote_gmail(p, intro=None):
    d = req_dt(p)
    if intro is None:
        intro = "On %s, %s <%s> wrote:" % (d.strftime("%a, %d %b %Y at %H:%M"), p["buyer"]["name"], p["buyer"]["email"])
    q = "\n".join(("> " + l).rstrip() for l in request_text(p).split("\n"))
    return "\n\n%s\n\n%s\n" % (intro, q)


def quote_html(p, intro=None):
    d = req_dt(p)
    if intro is None:
        intro = "On %s, %s &lt;%s&gt; wrote:" % (d.strftime("%a, %d %b %Y at %H:%M"), p["buyer"]["name"], p["buyer"]["email"])
    return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            '%s</blockquote></div>' % (intro, request_html(p)))


def html_doc(inner, charset="utf-8"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
            '<body>\n%s\n</body></html>\n' % (charset, inner))


def to_html(plain):
    import html as _h
    return "<div>" + "<br>\n".join(_h.escape(l) for l in plain.split("\n")) + "</div>"


# ---------------------------------------------------------------- attachments
def pdf(lines, title="Order confirmation"):
    """Minimal single-page PDF with a real text layer (Helvetica, WinAnsi)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 10 Tf", "14 TL", "50 800 Td"]
    for l in lines:
        ops.append("(%s) '" % esc(l))
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (ERP PrintServer 7.2) >>" % esc(title)).encode("cp1252"),
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


def xlsx(rows, sheet="Sheet1"):
    """rows: list of lists (str or int/float). Minimal valid XLSX with inline strings."""
    import html as _h

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
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            elif v is None or v == "":
                continue
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _h.escape(str(v))))
        xr.append('<row r="%d">%s</row>' % (r + 1, "".join(cells)))
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _h.escape(sheet),
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % "".join(xr),
    }
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in files.items():
            zi = zipfile.ZipInfo(n, date_time=(2026, 11, 5, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, c.encode("utf-8"))
    return bio.getvalue()


XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ---------------------------------------------------------------- bounces
def original_request(p):
    d = req_dt(p)
    b = p["buyer"]
    return ("From: %s <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 7bit\n\n%s" % (
                b["name"], b["email"], p["supplier"]["email"], request_subject(p), format_datetime(d),
                p.get("request_message_id", "<po-%s.1@buyer.example>" % p["po_number"]), request_text(p)))


def dsn(p, mta_host, date, human, status, diag, action="failed", rcpt=None, subject=None,
        frm="MAILER-DAEMON@%s", headers_only=False, extra=()):
    rcpt = rcpt or p["supplier"]["email"]
    d = parse_date(date)
    ds = ("Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\n"
          "Action: %s\nStatus: %s\nDiagnostic-Code: smtp; %s\nLast-Attempt-Date: %s\n" % (
              mta_host, format_datetime(req_dt(p)), rcpt, action, status, diag, format_datetime(d)))
    orig = original_request(p)
    if headers_only:
        orig = orig.split("\n\n", 1)[0] + "\n"
        op = Part("text/rfc822-headers", orig.encode(), "7bit")
    else:
        op = Part("message/rfc822", orig.encode(), "7bit")
    body = Multi("report", [text(human, cte="7bit" if all(ord(c) < 128 for c in human) else "quoted-printable"),
                            Part("message/delivery-status", ds.encode(), "7bit"), op],
                 {"report-type": "delivery-status"})
    f = frm % mta_host if "%s" in frm else frm
    h = [("Return-Path", "<>"), ("From", f), ("To", p["buyer"]["email"]),
         ("Subject", hdr(subject or "Undelivered Mail Returned to Sender")),
         ("Date", format_datetime(d)),
         ("Message-ID", "<%s.dsn@%s>" % (d.strftime("%Y%m%d%H%M%S"), mta_host)),
         ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")] + list(extra)
    return message(h, body)
