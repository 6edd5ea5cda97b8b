"""Helpers to build held-out supplier reply cases (standard library only)."""
import base64
import datetime as _dt
import hashlib
import io
import json
import quopri
import zipfile
from decimal import Decimal
from email.header import Header
from email.utils import formataddr

BUYER_DOMAIN = "brightline-facilities.example"
BUYER_CO = "Brightline Facilities Supply GmbH"
BUYERS = {
    "dana": ("Dana Ruiz", "dana.ruiz@" + BUYER_DOMAIN),
    "jonas": ("Jonas Weber", "jonas.weber@" + BUYER_DOMAIN),
    "mei": ("Mei Lindqvist", "mei.lindqvist@" + BUYER_DOMAIN),
    "omar": ("Omar Haddad", "omar.haddad@" + BUYER_DOMAIN),
}

CASES = []


def case(slug, kind, locale, desc):
    def deco(fn):
        CASES.append(dict(slug=slug, kind=kind, locale=locale, desc=desc, fn=fn))
        return fn
    return deco


# ------------------------------------------------------------------ dates
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def mdate(s, tz="+0000"):
    """'2026-11-10 09:14:22' -> RFC 5322 date with correct weekday."""
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M")
    return "%s, %d %s %d %02d:%02d:%02d %s" % (WD[d.weekday()], d.day, MO[d.month - 1], d.year,
                                               d.hour, d.minute, d.second, tz)


def wk(year, week, day=5):
    return _dt.date.fromisocalendar(year, week, day).isoformat()


def iso(y, m, d):
    return _dt.date(y, m, d).isoformat()


# ------------------------------------------------------------------ POs
def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def PO(num, supplier, lines, buyer="dana", currency="EUR", issued="2026-11-02", req=True,
       numbering=None):
    bn, be = BUYERS[buyer]
    out = []
    for i, l in enumerate(lines):
        item, desc, qty, uom, price, date = l
        ln = numbering[i] if numbering else i + 1
        out.append({"line": ln, "item": item, "description": desc, "quantity": qty, "uom": uom,
                    "unit_price": price, "requested_date": date})
    p = {"po_number": num, "supplier": supplier, "buyer": {"name": bn, "email": be},
         "currency": currency, "issued": issued}
    if req:
        p["request_message_id"] = "<po-%s.1@%s>" % (num, BUYER_DOMAIN)
    p["lines"] = out
    return p


def req_subject(po):
    return "Purchase order %s - please confirm" % po["po_number"]


def req_date(po, hm="08:30"):
    return mdate(po["issued"] + " " + hm, "+0100")


def req_text(po, greet="Dear Sir or Madam,"):
    bn = po["buyer"]["name"]
    rows = ["%-5s %-14s %-36s %7s %-4s %12s  %s" % ("Line", "Item", "Description", "Qty", "UoM",
                                                    "Unit price", "Need-by")]
    for l in po["lines"]:
        rows.append("%-5s %-14s %-36s %7s %-4s %12s  %s" % (
            l["line"], l["item"], l["description"][:36], l["quantity"], l["uom"],
            "%s %s" % (l["unit_price"], po["currency"]), l["requested_date"]))
    return ("%s\n\nplease confirm our purchase order %s dated %s (quantity, unit price and delivery "
            "date for each line):\n\n%s\n\nPlease reply to this e-mail with your order "
            "confirmation.\n\nKind regards\n%s\nPurchasing | %s\n" % (
                greet, po["po_number"], po["issued"], "\n".join(rows), bn, BUYER_CO))


def req_html(po):
    trs = "".join(
        "<tr><td>%s</td><td>%s</td><td>%s</td><td align=right>%s</td><td>%s</td>"
        "<td align=right>%s %s</td><td>%s</td></tr>" % (
            l["line"], l["item"], esc(l["description"]), l["quantity"], l["uom"], l["unit_price"],
            po["currency"], l["requested_date"]) for l in po["lines"])
    return ("<p>Dear Sir or Madam,</p><p>please confirm our purchase order <b>%s</b> dated %s "
            "(quantity, unit price and delivery date for each line):</p>"
            "<table border=1 cellpadding=3 cellspacing=0><tr><th>Line</th><th>Item</th>"
            "<th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Need-by</th></tr>"
            "%s</table><p>Please reply to this e-mail with your order confirmation.</p>"
            "<p>Kind regards<br>%s<br>Purchasing | %s</p>" % (
                po["po_number"], po["issued"], trs, esc(po["buyer"]["name"]), BUYER_CO))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def gt(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


def q_outlook(po, labels=("From", "Sent", "To", "Subject"), sent=None, sep="-----Original Message-----",
              greet="Dear Sir or Madam,"):
    f, s, t, su = labels
    bn, be = po["buyer"]["name"], po["buyer"]["email"]
    if not sent:
        d = _dt.date.fromisoformat(po["issued"])
        sent = "%s, %d %s %d 07:30" % (["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][d.weekday()],
                                      d.day, ["January", "February", "March", "April", "May", "June", "July", "August",
                                              "September", "October", "November", "December"][d.month - 1], d.year)
    hdr = "%s\n%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s\n\n" % (
        sep, f, bn, be, s, sent, t, po["supplier"]["email"], su, req_subject(po))
    return hdr + req_text(po, greet)


def q_gmail(po, intro=None):
    bn, be = po["buyer"]["name"], po["buyer"]["email"]
    d = _dt.date.fromisoformat(po["issued"])
    intro = intro or "On %s, %d %s %d at 08:30, %s <%s> wrote:" % (WD[d.weekday()], d.day, MO[d.month - 1],
                                                                 d.year, bn, be)
    return intro + "\n\n" + gt(req_text(po))


def html_quote(po, intro):
    return ('<div><br></div><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (esc(intro), req_html(po)))


def outlook_html_quote(po, labels=("From", "Sent", "To", "Subject"), sent=None):
    f, s, t, su = labels
    sent = sent or po["issued"] + " 08:30"
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            '<p class="MsoNormal"><b>%s:</b> %s &lt;%s&gt;<br><b>%s:</b> %s<br><b>%s:</b> %s<br>'
            '<b>%s:</b> %s</p></div>%s' % (f, esc(po["buyer"]["name"]), po["buyer"]["email"], s, sent,
                                           t, po["supplier"]["email"], su, req_subject(po), req_html(po)))


def html_doc(body, lang="en", outlook=False):
    head = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>'
            '</head>' if outlook else '<html><head><meta charset="utf-8"></head>')
    return '%s<body lang="%s"><div dir="ltr">%s</div></body></html>' % (head, lang, body)


def txt2html(t):
    return "".join("<p>%s</p>" % esc(p).replace("\n", "<br>\n") for p in t.strip().split("\n\n"))


# ------------------------------------------------------------------ MIME
class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None):
        self.headers = headers
        self.body = body
        self.children = children
        self.boundary = boundary


def _enc(data, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(data).replace(b"\r\n", b"\n")
    if cte == "base64":
        return base64.encodebytes(data)
    return data


def text(s, sub="plain", cs="utf-8", cte="quoted-printable", flowed=False, extra=()):
    s = s.replace("\r\n", "\n")
    if sub == "plain":
        # what mail clients do when the chosen charset lacks typographic punctuation
        for a, b in (("\u2013", "-"), ("\u2014", "-"), ("\u201e", '"'), ("\u201c", '"'), ("\u201d", '"'),
                     ("\u2019", "'"), ("\u2026", "..."), ("\xab", '"'), ("\xbb", '"')):
            try:
                a.encode(cs)
            except UnicodeEncodeError:
                s = s.replace(a, b)
    data = s.encode(cs, "xmlcharrefreplace" if sub == "html" else "strict")
    ct = "text/%s; charset=%s" % (sub, cs if cs not in ("utf-8",) else "UTF-8")
    if cs in ("iso-2022-jp",):
        ct = "text/%s; charset=ISO-2022-JP" % sub
    if flowed:
        ct += "; format=flowed"
    if cte in ("7bit",):
        data.decode("ascii")
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra), _enc(data, cte))


def att(data, ctype, filename, inline=False):
    disp = "inline" if inline else "attachment"
    return Part([("Content-Type", '%s; name="%s"' % (ctype, filename)),
                 ("Content-Disposition", '%s; filename="%s"' % (disp, filename)),
                 ("Content-Transfer-Encoding", "base64")], base64.encodebytes(data))


def mp(sub, *children, style="outlook", extra=()):
    return Part([("Content-Type", "multipart/%s" % sub)] + list(extra), children=list(children),
                boundary=style)


def _bnd(style, seed):
    h = hashlib.md5(seed).hexdigest()
    if style == "outlook":
        return "_000_%s%s_" % (h[:20].upper(), "EURP195MB")
    if style == "gmail":
        return "0000000000%s" % h[:18]
    if style == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(),
                                               h[16:20].upper(), h[20:32].upper())
    if style == "tb":
        return "------------%s" % h[:24]
    return "----=_Part_%d_%d.%s" % (int(h[:6], 16), int(h[6:12], 16), int(h[12:22], 16))


def render(p):
    if p.children is None:
        hb = "".join("%s: %s\n" % kv for kv in p.headers).encode("ascii")
        return hb + b"\n" + p.body
    inner = [render(c) for c in p.children]
    b = _bnd(p.boundary, b"".join(inner))
    hs = []
    for k, v in p.headers:
        if k == "Content-Type":
            v = '%s;\n\tboundary="%s"' % (v, b)
        hs.append("%s: %s\n" % (k, v))
    out = "".join(hs).encode("ascii") + b"\n"
    for c in inner:
        if not c.endswith(b"\n"):
            c += b"\n"
        out += b"--" + b.encode() + b"\n" + c
    out += b"--" + b.encode() + b"--\n"
    return out


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), email)


def hval(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def eml(frm, to, subject, date, msgid, body, in_reply_to=None, references=None, cc=None,
        extra=(), cs="utf-8", mime=True, xmailer=None):
    h = []
    h.append(("From", frm if "<" in frm or "@" in frm and " " not in frm else frm))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    h.append(("Subject", hval(subject, cs)))
    h.append(("Date", date))
    h.append(("Message-ID", msgid))
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    if references:
        h.append(("References", references))
    h += list(extra)
    if xmailer:
        h.append(("X-Mailer", xmailer))
    if mime:
        h.append(("MIME-Version", "1.0"))
    top = "".join("%s: %s\n" % kv for kv in h).encode("ascii")
    raw = top + render(body)
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def reply_headers(po):
    rid = po.get("request_message_id")
    return dict(in_reply_to=rid, references=rid)


def buyer_to(po):
    return addr(po["buyer"]["name"], po["buyer"]["email"])


# ------------------------------------------------------------------ attachments
def pdf(lines, title="Document"):
    """Minimal one-page PDF with a real text layer (Helvetica, WinAnsi)."""
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 10 Tf", "12 TL", "50 800 Td"]
    for ln in lines:
        if ln.startswith("#"):
            ops.append("/F2 13 Tf (%s) Tj T* /F1 10 Tf" % pesc(ln[1:]))
        else:
            ops.append("(%s) Tj T*" % pesc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        ("<< /Title (%s) /Producer (ReportServer 7.2) /CreationDate (D:20261110080000+01'00') >>"
         % pesc(title)).encode("cp1252"),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Sheet1"):
    dt = (2026, 11, 10, 8, 0, 0)
    def cell(r, c, v):
        ref = "%s%d" % (_col(c), r)
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return '<c r="%s"><v>%s</v></c>' % (ref, v)
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, esc(str(v)))
    sd = "".join('<row r="%d">%s</row>' % (r, "".join(cell(r, c, v) for c, v in enumerate(row)))
                 for r, row in enumerate(rows, 1))
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
         '<sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % esc(sheet)),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ("xl/worksheets/sheet1.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<sheetData>%s</sheetData></worksheet>' % sd),
    ]
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, content.encode("utf-8"))
    return bio.getvalue()


# ------------------------------------------------------------------ expected
A = {"status": "accepted"}
R = {"status": "rejected"}
U = {"status": "unconfirmed"}


def C(q=None, p=None, d=None, sched=None):
    r = {"status": "changed", "_q": q, "_p": p, "_d": d}
    if sched:
        r["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
    return r


def conf(notes, *answers):
    confs = []
    for po, lines in answers:
        out = {}
        for l in po["lines"]:
            spec = lines.get(l["line"], U)
            if spec["status"] == "accepted":
                v = {"status": "accepted", "quantity": l["quantity"], "unit_price": l["unit_price"],
                     "date": l["requested_date"]}
            elif spec["status"] == "changed":
                q = spec["_q"] if spec["_q"] is not None else l["quantity"]
                p = spec["_p"] if spec["_p"] is not None else l["unit_price"]
                d = spec["_d"] if spec["_d"] is not None else l["requested_date"]
                if "schedule" in spec:
                    sq = sum(s["quantity"] for s in spec["schedule"])
                    assert sq == q, (po["po_number"], l["line"], "schedule sum")
                    assert max(s["date"] for s in spec["schedule"]) == d, "schedule last date"
                same = (q == l["quantity"] and Decimal(p) == Decimal(l["unit_price"])
                        and d == l["requested_date"] and "schedule" not in spec)
                assert not same, ("changed equals PO", po["po_number"], l["line"])
                v = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
                if "schedule" in spec:
                    v["schedule"] = spec["schedule"]
            else:
                v = dict(spec)
            out[str(l["line"])] = v
        extra = set(lines) - {l["line"] for l in po["lines"]}
        assert not extra, extra
        confs.append({"po_number": po["po_number"], "lines": out})
    return {"kind": "confirmation", "confirmations": confs, "notes": notes}


def other(kind, notes):
    return {"kind": kind, "notes": notes}


def dumps(o):
    return json.dumps(o, ensure_ascii=False, indent=2) + "\n"


def mid(style, seed, domain=None):
    h = hashlib.sha1(seed.encode()).hexdigest()
    if style == "outlook":
        return "<%s%s@%s.eurprd0%s.prod.outlook.com>" % ("AM9PR0" + h[:2].upper() + "MB", h[2:18].upper(),
                                                        "AM9PR0" + h[:2].upper() + "MB" + h[18:22], h[22])
    if style == "gmail":
        return "<CA%s+%s@mail.gmail.com>" % (base64.b64encode(bytes.fromhex(h[:24])).decode().rstrip("=").replace("/", "_"),
                                            h[24:36])
    if style == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(),
                                         h[20:32].upper(), domain or "icloud.com")
    return "<%s.%s@%s>" % (h[:12], h[12:24], domain or "mail.example")


def answer_inline(po, answers, prefix="> "):
    """Quote our request with '> ' and put supplier answers under table rows.
    answers: {line_no: 'text'}"""
    out = []
    for l in req_text(po).split("\n"):
        out.append((prefix + l).rstrip())
        parts = l.split()
        if parts and parts[0].isdigit() and int(parts[0]) in answers and len(parts) > 4:
            out.append("")
            out.append(answers[int(parts[0])])
            out.append("")
    return "\n".join(out)
