"""Helpers to build POs, raw e-mails, attachments and labels (stdlib only, deterministic)."""
import base64
import datetime as dt
import hashlib
import io
import quopri
import zipfile
from email.header import Header
from email.utils import formataddr

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


OUR = "halvorsen-industrial.example"
B_MARA = {"name": "Mara Lindqvist", "email": "m.lindqvist@halvorsen-industrial.example"}
B_TOM = {"name": "Tomás Ferreira", "email": "t.ferreira@halvorsen-industrial.example"}
B_JUN = {"name": "Jun Okafor", "email": "j.okafor@halvorsen-industrial.example"}


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def ln(item, desc, qty, uom, price, date):
    return {"item": item, "description": desc, "quantity": qty, "uom": uom,
            "unit_price": price, "requested_date": date}


def po(num, supplier, lines, currency="EUR", issued="2026-11-03", buyer=B_MARA, req=True):
    d = {"po_number": num, "supplier": supplier, "buyer": buyer, "currency": currency, "issued": issued}
    if req:
        d["request_message_id"] = "<PO%s.%s0914@mailer.%s>" % (num, issued.replace("-", ""), OUR)
    d["lines"] = [dict(line=i + 1, **l) for i, l in enumerate(lines)]
    return d


# ---------------------------------------------------------------- labels

def A(p, n):
    l = p["lines"][n - 1]
    return {"status": "accepted", "quantity": l["quantity"], "unit_price": l["unit_price"],
            "date": l["requested_date"]}


def C(p, n, q=None, price=None, d=None, sched=None):
    l = p["lines"][n - 1]
    r = {"status": "changed", "quantity": q if q is not None else l["quantity"],
         "unit_price": price if price is not None else l["unit_price"],
         "date": d if d is not None else l["requested_date"]}
    if sched:
        r["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
        if d is None:
            r["date"] = max(b for a, b in sched)
        if q is None:
            r["quantity"] = sum(a for a, b in sched)
    return r


R = {"status": "rejected"}
U = {"status": "unconfirmed"}


def conf(p, spec):
    lines = {}
    for l in p["lines"]:
        v = spec.get(l["line"], "A") if spec.get("*") is None else spec.get(l["line"], spec["*"])
        if v == "A":
            v = A(p, l["line"])
        elif v == "U":
            v = U
        elif v == "R":
            v = R
        lines[str(l["line"])] = v
    return {"po_number": p["po_number"], "lines": lines}


def exp(kind, notes, *confs):
    d = {"kind": kind}
    if confs:
        d["confirmations"] = list(confs)
    d["notes"] = notes
    return d


# ---------------------------------------------------------------- our request text

WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MO = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December"]


def req_subject(p):
    return "Purchase order %s - request for order confirmation" % p["po_number"]


def req_sent(p):
    d = dt.date.fromisoformat(p["issued"])
    return d


def table(p):
    rows = ["Ln  Item          Description                               Qty  UoM  Unit price      Need by"]
    for l in p["lines"]:
        rows.append("%-3d %-13s %-40s %5d  %-4s %-15s %s" % (
            l["line"], l["item"], l["description"][:40], l["quantity"], l["uom"],
            "%s %s" % (l["unit_price"], p["currency"]), l["requested_date"]))
    return "\n".join(rows)


def req_text(p, contact=None):
    b = p["buyer"]
    return ("Dear %s,\n\nplease confirm our purchase order %s of %s (quantity, unit price and delivery\n"
            "date for each line). Delivery address: Halvorsen Industrial, Dock 4, Gate B.\n\n%s\n\n"
            "Please reply to this e-mail and keep the PO number in the subject.\n\n"
            "Kind regards\n%s\nPurchasing | Halvorsen Industrial\n" % (
                contact or "Sir or Madam", p["po_number"], p["issued"], table(p), b["name"]))


def sent_en(p, hm="09:14"):
    d = req_sent(p)
    h, m = map(int, hm.split(":"))
    ap = "AM" if h < 12 else "PM"
    return "%s, %s %d, %d %d:%02d %s" % (WD[d.weekday()], MO[d.month - 1], d.day, d.year, (h - 1) % 12 + 1, m, ap)


def q_outlook(p, labels=("From", "Sent", "To", "Subject"), sent=None, contact=None, sep="________________________________"):
    b = p["buyer"]
    return ("\n\n%s\n%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s\n\n" % (
        sep, labels[0], b["name"], b["email"], labels[1], sent or sent_en(p), labels[2], p["supplier"]["email"],
        labels[3], req_subject(p))) + req_text(p, contact)


def gt(s, prefix="> "):
    return "\n".join((prefix + x) if x else prefix.rstrip() for x in s.split("\n"))


def q_gmail(p, intro=None, contact=None):
    b = p["buyer"]
    d = req_sent(p)
    if intro is None:
        intro = "On %s, %d %s %d at 09:14, %s <%s> wrote:" % (WD[d.weekday()][:3], d.day, MO[d.month - 1][:3], d.year,
                                                            b["name"], b["email"])
    return "\n\n%s\n\n%s\n" % (intro, gt(req_text(p, contact)))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def req_html(p, contact=None):
    rows = "".join("<tr><td>%d</td><td>%s</td><td>%s</td><td align=\"right\">%d</td><td>%s</td>"
                   "<td align=\"right\">%s %s</td><td>%s</td></tr>\n" % (
                       l["line"], esc(l["item"]), esc(l["description"]), l["quantity"], l["uom"],
                       l["unit_price"], p["currency"], l["requested_date"]) for l in p["lines"])
    return ("<p>Dear %s,</p><p>please confirm our purchase order %s of %s (quantity, unit price and delivery date "
            "for each line).</p>\n<table border=\"1\" cellpadding=\"3\"><tr><th>Ln</th><th>Item</th><th>Description</th>"
            "<th>Qty</th><th>UoM</th><th>Unit price</th><th>Need by</th></tr>\n%s</table>\n"
            "<p>Kind regards<br>%s<br>Purchasing | Halvorsen Industrial</p>\n" % (
                esc(contact or "Sir or Madam"), p["po_number"], p["issued"], rows, esc(p["buyer"]["name"])))


def q_html(p, intro, contact=None):
    return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">\n%s</blockquote></div>\n'
            % (esc(intro), req_html(p, contact)))


def q_outlook_html(p, labels=("From", "Sent", "To", "Subject"), sent=None, contact=None):
    b = p["buyer"]
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            '<p><b>%s:</b> %s &lt;%s&gt;<br><b>%s:</b> %s<br><b>%s:</b> %s<br><b>%s:</b> %s</p></div>\n%s' % (
                labels[0], esc(b["name"]), b["email"], labels[1], sent or sent_en(p), labels[2],
                p["supplier"]["email"], labels[3], esc(req_subject(p)), req_html(p, contact)))


# ---------------------------------------------------------------- MIME building (bytes, LF; CRLF at the end)

def _enc(data, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    return data


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


def text(body, charset="utf-8", cte="quoted-printable", subtype="plain", extra=""):
    data = body.encode(charset)
    if not data.endswith(b"\n"):
        data += b"\n"
    h = "Content-Type: text/%s; charset=\"%s\"%s\nContent-Transfer-Encoding: %s\n" % (subtype, charset, extra, cte)
    return h.encode() + b"\n" + _enc(data, cte)


def html(body, charset="utf-8", cte="quoted-printable"):
    if "<html" not in body:
        body = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\"></head>"
                "<body>\n%s\n</body></html>" % (charset, body))
    return text(body, charset, cte, "html")


def multi(subtype, *parts, extra=""):
    bnd = "----=_Part_" + hashlib.sha1(b"".join(parts)).hexdigest()[:20]
    out = b"Content-Type: multipart/%s;%s\n boundary=\"%s\"\n\n" % (subtype.encode(), extra.encode(), bnd.encode())
    out += b"This is a multi-part message in MIME format.\n\n" if subtype == "mixed" else b""
    for pt in parts:
        out += b"--" + bnd.encode() + b"\n" + pt
        if not out.endswith(b"\n"):
            out += b"\n"
    out += b"--" + bnd.encode() + b"--\n"
    return out


def attach(data, ctype, filename, cte="base64"):
    h = ("Content-Type: %s; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n"
         "Content-Transfer-Encoding: %s\n\n" % (ctype, filename, filename, cte))
    return h.encode() + _enc(data, cte)


def rfc822(raw):
    return b"Content-Type: message/rfc822\nContent-Disposition: inline\n\n" + raw


def msg(headers, entity, crlf=True):
    out = b""
    for k, v in headers:
        if v is None:
            continue
        out += ("%s: %s\n" % (k, v)).encode("ascii")
    out += b"MIME-Version: 1.0\n" + entity
    if crlf:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out


def mid(tag, domain, style="plain"):
    h = hashlib.md5(tag.encode()).hexdigest().upper()
    if style == "outlook":
        return "<%s%s@%s.eurprd0%s.prod.outlook.com>" % (h[:4], h[4:20], "DB9PR0" + h[20:26], h[26])
    if style == "gmail":
        return "<CA+%s%s@mail.gmail.com>" % (h[:22].lower(), h[22:30])
    return "<%s.%s@%s>" % (h[:12], h[12:20].lower(), domain)


def reply(p, frm, date, body_entity, prefix="RE: ", subject=None, thread=True, to=None, extra=(), msgid=None,
          extra_pos=()):
    """Headers of a supplier reply to our request for PO p."""
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    refs = None
    if thread and "request_message_id" in p:
        refs = " ".join([q["request_message_id"] for q in extra_pos if "request_message_id" in q] +
                        [p["request_message_id"]])
    subj = subject if subject is not None else prefix + req_subject(p)
    heads = [("From", frm), ("To", to or addr(p["buyer"]["name"], p["buyer"]["email"])),
             ("Subject", hdr(subj)), ("Date", date), ("Message-ID", msgid or mid(frm + date, dom))]
    if refs:
        heads += [("In-Reply-To", p["request_message_id"]), ("References", refs)]
    heads += list(extra)
    return msg(heads, body_entity)


# ---------------------------------------------------------------- attachments

def pdf(lines, title="Document"):
    """Minimal single-page PDF with a Helvetica text layer (WinAnsi/Latin-1 text)."""
    def s(t):
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 10 Tf", "12 TL", "40 800 Td"]
    for t in lines:
        if t.startswith("#"):
            ops += ["/F2 13 Tf", "(%s) Tj" % s(t[1:]), "T*", "/F1 10 Tf"]
        else:
            ops += ["(%s) Tj" % s(t), "T*"]
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> "
            b"/Contents 6 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            ("<< /Title (%s) /Producer (ERP PrintServer 7.2) /CreationDate (D:20261110120000Z) >>" % s(title))
            .encode("latin-1")]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
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
    """rows: list of lists; str -> inline string, int/float -> number, datetime.date -> date serial (styled)."""
    def cell(r, c, v):
        ref = "%s%d" % (_col(c), r + 1)
        if v is None:
            return ""
        if isinstance(v, dt.date):
            return '<c r="%s" s="1"><v>%d</v></c>' % (ref, (v - dt.date(1899, 12, 30)).days)
        if isinstance(v, (int, float)):
            return '<c r="%s"><v>%s</v></c>' % (ref, repr(v))
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, esc(v))
    data = "".join('<row r="%d">%s</row>' % (r + 1, "".join(cell(r, c, v) for c, v in enumerate(row)))
                   for r, row in enumerate(rows))
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % esc(sheet)),
        ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'),
        ("xl/styles.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>'),
        ("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % data),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 12, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


def t2h(s):
    return "<div>" + esc(s).replace("\n", "<br>\n") + "</div>"


def alt(plain, htm, charset="utf-8", cte="quoted-printable"):
    return multi("alternative", text(plain, charset, cte), html(htm, charset, cte))


def K(slug, tag, desc, pos, eml, ex):
    return {"slug": slug, "tag": tag, "desc": desc, "pos": pos, "eml": eml, "exp": ex}


def our_request(p, date=None):
    """Raw bytes of the request mail we sent (for bounces that return it)."""
    d = req_sent(p)
    date = date or "%s, %d %s %d 09:14:05 +0100" % (WD[d.weekday()][:3], d.day, MO[d.month - 1][:3], d.year)
    heads = [("From", addr(p["buyer"]["name"], p["buyer"]["email"])), ("To", p["supplier"]["email"]),
             ("Subject", req_subject(p)), ("Date", date), ("Message-ID", p["request_message_id"])]
    return msg(heads, text(req_text(p)), crlf=False)


def dsn(reporting_mta, recipient, action, status, diag, remote=None, arrival=None, extra=""):
    fields = "Reporting-MTA: dns; %s\n%s" % (reporting_mta, extra)
    if arrival:
        fields += "Arrival-Date: %s\n" % arrival
    fields += "\nFinal-Recipient: rfc822; %s\nAction: %s\nStatus: %s\n" % (recipient, action, status)
    if remote:
        fields += "Remote-MTA: dns; %s\n" % remote
    fields += "Diagnostic-Code: smtp; %s\n" % diag
    return b"Content-Type: message/delivery-status\n\n" + fields.encode()
