"""Helpers to build POs, e-mails (raw RFC 5322 bytes) and labels for the held-out batch."""
import base64, binascii, datetime as _dt, io, zipfile, hashlib
from email.header import Header
from email.utils import formataddr

CASES = []          # filled by cases_*.py via @case


def case(slug, kind, locale, desc):
    def deco(fn):
        CASES.append(dict(slug=slug, kind=kind, locale=locale, desc=desc, fn=fn))
        return fn
    return deco


OURCO = "Larkfield Trading GmbH"
OURDOM = "larkfield.example"
BUYERS = {
    "dana": {"name": "Dana Ruiz", "email": "dana.ruiz@larkfield.example"},
    "jonas": {"name": "Jonas Weber", "email": "jonas.weber@larkfield.example"},
    "mira": {"name": "Mira Lindqvist", "email": "mira.lindqvist@larkfield.example"},
    "tom": {"name": "Tom Achterberg", "email": "tom.achterberg@larkfield.example"},
    "ana": {"name": "Ana Costa", "email": "ana.costa@larkfield.example"},
}


# ---------------------------------------------------------------- dates
def D(s):
    return _dt.date.fromisoformat(s)


def kw(year, week, day=5):
    """ISO calendar week -> date (default Friday)."""
    return _dt.date.fromisocalendar(year, week, day).isoformat()


def plus(datestr, days):
    return (D(datestr[:10]) + _dt.timedelta(days=days)).isoformat()


def next_weekday(datestr, weekday, strictly_after=True):
    """weekday: 0=Mon..6=Sun. 'next Tuesday' from a mail date."""
    d = D(datestr[:10])
    n = (weekday - d.weekday()) % 7
    if n == 0 and strictly_after:
        n = 7
    return (d + _dt.timedelta(days=n)).isoformat()


_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfcdate(s, zone="+0100"):
    """'2026-11-12 09:14[:ss]' -> RFC 5322 date string with weekday."""
    if len(s) == 16:
        s += ":%02d" % (int(hashlib.md5(s.encode()).hexdigest(), 16) % 60)
    d = _dt.datetime.fromisoformat(s)
    return "%s, %d %s %d %02d:%02d:%02d %s" % (_WD[d.weekday()], d.day, _MO[d.month - 1], d.year,
                                                d.hour, d.minute, d.second, zone)


# ---------------------------------------------------------------- POs
def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def po(number, supplier, buyer, currency, issued, lines, request=True, req_time="10:02:05"):
    p = {"po_number": number, "supplier": supplier, "buyer": BUYERS[buyer], "currency": currency,
         "issued": issued}
    if request:
        p["request_message_id"] = "<po-%s.1@%s>" % (number, OURDOM)
    p["lines"] = []
    for i, (item, desc, qty, uom, price, date) in enumerate(lines, 1):
        p["lines"].append({"line": i, "item": item, "description": desc, "quantity": qty, "uom": uom,
                           "unit_price": price, "requested_date": date})
    p["_req_time"] = issued + " " + req_time
    return p


def public_po(p):
    return {k: v for k, v in p.items() if not k.startswith("_")}


def line(p, n):
    return p["lines"][n - 1]


# ---------------------------------------------------------------- labels
def A():
    return ("accepted", {})


def C(q=None, p=None, d=None, s=None):
    return ("changed", dict(q=q, p=p, d=d, s=s))


def R():
    return ("rejected", {})


def U():
    return ("unconfirmed", {})


def answer(p, default=None, **by_line):
    """answer(P, default=A(), l2=C(d='2027-01-08'), l3=R())"""
    out = {}
    for L in p["lines"]:
        n = L["line"]
        st = by_line.get("l%d" % n, default)
        assert st is not None, "line %d of %s not labelled" % (n, p["po_number"])
        status, v = st
        if status == "accepted":
            out[str(n)] = {"status": "accepted", "quantity": L["quantity"], "unit_price": L["unit_price"],
                           "date": L["requested_date"]}
        elif status == "changed":
            q = v["q"] if v["q"] is not None else L["quantity"]
            pr = v["p"] if v["p"] is not None else L["unit_price"]
            sched = v["s"]
            d = v["d"]
            if sched:
                sched = [{"quantity": a, "date": b} for a, b in sched]
                if d is None:
                    d = max(x["date"] for x in sched)
                if v["q"] is None:
                    q = sum(x["quantity"] for x in sched)
            if d is None:
                d = L["requested_date"]
            e = {"status": "changed", "quantity": q, "unit_price": pr, "date": d}
            if sched:
                e["schedule"] = sched
            from decimal import Decimal
            assert (q, Decimal(pr), d) != (L["quantity"], Decimal(L["unit_price"]), L["requested_date"]) or sched, \
                "changed line %d of %s equals PO" % (n, p["po_number"])
            out[str(n)] = e
        else:
            out[str(n)] = {"status": status}
    return {"po_number": p["po_number"], "lines": out}


def expected(kind, notes, *answers):
    e = {"kind": kind}
    if kind == "confirmation":
        e["confirmations"] = list(answers)
    e["notes"] = notes
    return e


# ---------------------------------------------------------------- formatting of our request
def req_subject(p):
    return "Purchase order %s - please confirm" % p["po_number"]


def req_text(p, price_fmt=None):
    b = p["buyer"]
    rows = []
    for L in p["lines"]:
        rows.append("%-4s %-14s %-40s %7s %-4s %10s %-4s %s" % (
            L["line"], L["item"], L["description"], L["quantity"], L["uom"], L["unit_price"],
            p["currency"], L["requested_date"]))
    head = "%-4s %-14s %-40s %7s %-4s %15s %s" % ("Ln", "Item", "Description", "Qty", "UoM", "Unit price", "Need by")
    return ("Dear %s team,\n\n"
            "please find below our purchase order %s dated %s. Kindly confirm quantity,\n"
            "unit price and delivery date for each line by return.\n\n"
            "%s\n%s\n\n"
            "Delivery address: Larkfield Trading GmbH, Hafenstrasse 12, 28217 Bremen, Germany\n"
            "Terms: DAP Bremen, 30 days net\n\n"
            "Best regards\n%s\nPurchasing | %s\n%s\n") % (
        p["supplier"]["name"], p["po_number"], p["issued"], head, "\n".join(rows), b["name"], OURCO, b["email"])


def req_html(p):
    b = p["buyer"]
    rows = "".join(
        "<tr><td>%s</td><td>%s</td><td>%s</td><td align=\"right\">%s</td><td>%s</td>"
        "<td align=\"right\">%s %s</td><td>%s</td></tr>" % (
            L["line"], L["item"], esc(L["description"]), L["quantity"], L["uom"], L["unit_price"],
            p["currency"], L["requested_date"]) for L in p["lines"])
    return ("<p>Dear %s team,</p><p>please find below our purchase order <b>%s</b> dated %s. "
            "Kindly confirm quantity, unit price and delivery date for each line by return.</p>"
            "<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\"><tr><th>Ln</th><th>Item</th>"
            "<th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Need by</th></tr>%s</table>"
            "<p>Delivery address: Larkfield Trading GmbH, Hafenstrasse 12, 28217 Bremen, Germany<br>"
            "Terms: DAP Bremen, 30 days net</p><p>Best regards<br>%s<br>Purchasing | %s<br>%s</p>") % (
        esc(p["supplier"]["name"]), p["po_number"], p["issued"], rows, b["name"], OURCO, b["email"])


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def req_date(p):
    return p["_req_time"]


# quoting styles --------------------------------------------------------------
def q_gt(p, intro=None, text=None):
    """'On <date>, <buyer> wrote:' + '> ' quoted request (intro may be localised, {d} {n} {e})."""
    b = p["buyer"]
    d = rfcdate(req_date(p))
    intro = (intro or "On {d}, {n} <{e}> wrote:").format(d=d, n=b["name"], e=b["email"])
    body = text if text is not None else req_text(p)
    return intro + "\n" + "\n".join(("> " + l) if l else ">" for l in body.rstrip("\n").split("\n")) + "\n"


def q_outlook(p, labels=("From", "Sent", "To", "Subject"), sent=None, sep="________________________________",
              subject=None):
    b = p["buyer"]
    sent = sent or rfcdate(req_date(p))
    return ("%s\n%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s\n\n%s") % (
        sep, labels[0], b["name"], b["email"], labels[1], sent, labels[2], p["supplier"]["email"],
        labels[3], subject or req_subject(p), req_text(p))


def q_outlook_html(p, labels=("From", "Sent", "To", "Subject"), sent=None):
    b = p["buyer"]
    sent = sent or rfcdate(req_date(p))
    return ("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
            "<p class=\"MsoNormal\"><b>%s:</b> %s &lt;%s&gt;<br><b>%s:</b> %s<br><b>%s:</b> %s<br>"
            "<b>%s:</b> %s</p></div>%s") % (labels[0], b["name"], b["email"], labels[1], sent, labels[2],
                                           p["supplier"]["email"], labels[3], req_subject(p), req_html(p))


def q_gmail_html(p, intro=None):
    b = p["buyer"]
    intro = (intro or "On {d}, {n} &lt;{e}&gt; wrote:").format(d=rfcdate(req_date(p)), n=b["name"], e=b["email"])
    return ("<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">%s<br></div>"
            "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid "
            "rgb(204,204,204);padding-left:1ex\">%s</blockquote></div>") % (intro, req_html(p))


def html_wrap(inner, lang="en"):
    return ("<html lang=\"%s\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "</head><body>%s</body></html>") % (lang, inner)


def html_from_text(t):
    return "<div>" + "<br>\n".join(esc(x) for x in t.rstrip("\n").split("\n")) + "</div>"


# ---------------------------------------------------------------- MIME building
_n = [0]


def _boundary(tag):
    _n[0] += 1
    h = hashlib.sha1(("%s-%d" % (tag, _n[0])).encode()).hexdigest()
    return "----=_Part_%s_%s" % (h[:8], h[8:20])


class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of (name, value)
        self.body = body            # bytes

    def render(self):
        h = "".join("%s: %s\n" % kv for kv in self.headers).encode("ascii")
        return h + b"\n" + self.body


def _encode(raw, cte):
    if cte == "quoted-printable":
        return binascii.b2a_qp(raw, istext=True).replace(b"\r\n", b"\n")
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw


def text(body, charset="utf-8", cte="quoted-printable", subtype="plain", extra=None, fmt_flowed=False):
    raw = body.encode(charset)
    if cte == "7bit":
        raw.decode("ascii")
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if fmt_flowed:
        ct += "; format=flowed"
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        hs += extra
    b = _encode(raw, cte)
    if not b.endswith(b"\n"):
        b += b"\n"
    return Part(hs, b)


def html(body, charset="utf-8", cte="quoted-printable"):
    return text(body, charset, cte, "html")


def multi(subtype, *parts, params=""):
    bd = _boundary(subtype)
    out = b""
    for p in parts:
        out += b"--" + bd.encode() + b"\n" + p.render() + b"\n"
    out += b"--" + bd.encode() + b"--\n"
    return Part([("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, bd, params))], out)


def alt(t, h):
    return multi("alternative", t, h)


def mixed(*parts):
    return multi("mixed", *parts)


def attach(filename, ctype, data, inline=False):
    return Part([("Content-Type", '%s; name="%s"' % (ctype, filename)),
                 ("Content-Disposition", '%s; filename="%s"' % ("inline" if inline else "attachment", filename)),
                 ("Content-Transfer-Encoding", "base64")], base64.encodebytes(data))


def rfc822(raw_bytes):
    return Part([("Content-Type", "message/rfc822"), ("Content-Disposition", "attachment")], raw_bytes)


def hdr(s, charset="utf-8"):
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
        return "%s <%s>" % (Header(name, charset).encode(), email)


def mail(frm, to, subject, date, body, p=None, reply=True, zone="+0100", msgid=None, cc=None,
         extra=None, hcharset="utf-8", refs=None, mailer=None):
    """frm/to: (name, email). p: the PO answered (for In-Reply-To). body: Part."""
    dom = frm[1].split("@")[1]
    if msgid is None:
        msgid = "<%s@%s>" % (hashlib.md5((subject + date + frm[1]).encode()).hexdigest()[:20].upper(),
                             dom if "mailer-daemon" not in frm[1].lower() else dom)
    hs = [("From", addr(frm[0], frm[1], hcharset)), ("To", addr(to[0], to[1], hcharset))]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", hdr(subject, hcharset)), ("Date", rfcdate(date, zone)), ("Message-ID", msgid)]
    if p is not None and reply and p.get("request_message_id"):
        hs.append(("In-Reply-To", p["request_message_id"]))
        hs.append(("References", refs or p["request_message_id"]))
    if mailer:
        hs.append(("X-Mailer", mailer))
    if extra:
        hs += extra
    hs.append(("MIME-Version", "1.0"))
    return Part(hs + body.headers, body.body).render()


def finalize(raw):
    """LF -> CRLF, as delivered over IMAP."""
    raw = raw.replace(b"\r\n", b"\n")
    return raw.replace(b"\n", b"\r\n")


def request_mail(p):
    """Our outgoing request mail as raw bytes (for bounces / forwards)."""
    b = p["buyer"]
    body = alt(text(req_text(p), "utf-8", "quoted-printable"), html(html_wrap(req_html(p)), "utf-8", "quoted-printable"))
    hs = [("From", addr(b["name"], b["email"])), ("To", p["supplier"]["email"]), ("Subject", req_subject(p)),
          ("Date", rfcdate(req_date(p))), ("Message-ID", p["request_message_id"]), ("MIME-Version", "1.0")]
    return Part(hs + body.headers, body.body).render()


def request_headers(p):
    b = p["buyer"]
    return ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n"
            "Content-Type: multipart/alternative; boundary=\"=_lk_%s\"\n") % (
        addr(b["name"], b["email"]), p["supplier"]["email"], req_subject(p), rfcdate(req_date(p)),
        p.get("request_message_id", "<x@larkfield.example>"), p["po_number"])


# ---------------------------------------------------------------- attachments
def _pdf_str(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines, title="Document"):
    """Minimal one-page PDF with a real text layer (Helvetica, WinAnsi); lines: list of str (latin-1)."""
    y = 800
    ops = ["BT", "/F1 10 Tf", "12 TL", "40 %d Td" % y]
    for i, l in enumerate(lines):
        if i:
            ops.append("T*")
        ops.append("(%s) Tj" % _pdf_str(l))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ("<< /Title (%s) /Producer (ERP report engine) >>" % _pdf_str(title)).encode("latin-1"),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
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
    """rows: list of lists; numbers (int/float) become numeric cells, the rest inline strings."""
    def cell(r, c, v):
        ref = "%s%d" % (_col(c), r + 1)
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return '<c r="%s"><v>%s</v></c>' % (ref, repr(v) if isinstance(v, float) else v)
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, esc(str(v)))
    sd = "".join('<row r="%d">%s</row>' % (r + 1, "".join(cell(r, c, v) for c, v in enumerate(row)))
                 for r, row in enumerate(rows))
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % esc(sheet),
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '</Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % sd,
    }
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in files.items():
            zi = zipfile.ZipInfo(n, date_time=(2026, 11, 10, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, c.encode("utf-8"))
    return bio.getvalue()


# ---------------------------------------------------------------- DSN
def dsn(p, mta_from, subject, date, zone, human, reporting_mta, recipient, status, diag, action="failed",
        arrival=None, include_full=True, human_charset="us-ascii", human_cte="7bit", to=None, extra=None):
    b = p["buyer"]
    ds = ("Reporting-MTA: dns; %s\nX-Original-Message-ID: %s\n%s\n"
          "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\n"
          "Diagnostic-Code: smtp; %s\n") % (
        reporting_mta, p.get("request_message_id", ""),
        ("Arrival-Date: %s\n" % arrival) if arrival else "", recipient, recipient, action, status, diag)
    parts = [text(human, human_charset, human_cte),
             Part([("Content-Type", "message/delivery-status")], ds.encode())]
    if include_full:
        parts.append(Part([("Content-Type", "message/rfc822")], request_mail(p)))
    else:
        parts.append(Part([("Content-Type", "text/rfc822-headers")], request_headers(p).encode()))
    body = multi("report", *parts, params="; report-type=delivery-status")
    hs = [("From", mta_from), ("To", addr(b["name"], b["email"])), ("Subject", hdr(subject)),
          ("Date", rfcdate(date, zone)),
          ("Message-ID", "<%s@%s>" % (hashlib.md5((subject + date).encode()).hexdigest()[:16], reporting_mta)),
          ("Auto-Submitted", "auto-replied")]
    if extra:
        hs += extra
    hs.append(("MIME-Version", "1.0"))
    return Part(hs + body.headers, body.body).render()


def q_gt_inline(p, answers, intro=None, prefix="> "):
    """Quoted request with the supplier's answers written under the quoted PO rows.
    answers: {line_no: "text"}; also key 'top' for text after the greeting line."""
    b = p["buyer"]
    intro = (intro or "On {d}, {n} <{e}> wrote:").format(d=rfcdate(req_date(p)), n=b["name"], e=b["email"])
    out = [intro]
    for l in req_text(p).rstrip("\n").split("\n"):
        out.append((prefix + l) if l else prefix.rstrip())
        for L in p["lines"]:
            if l.startswith("%-4s %s" % (L["line"], L["item"])) and L["line"] in answers:
                out.append(answers[L["line"]])
    return "\n".join(out) + "\n"
