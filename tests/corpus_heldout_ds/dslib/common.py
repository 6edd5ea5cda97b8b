"""Helpers to build POs, e-mails (MIME by hand, deterministic) and labels."""
import base64, datetime as _dt, io, quopri, zipfile
from email.header import Header

CASES = []
BUYER_DOMAIN = "kestrel-tools.example"
BUYERS = {
    "dana": ("Dana Ruiz", "dana.ruiz@kestrel-tools.example"),
    "jonas": ("Jonas Berg", "jonas.berg@kestrel-tools.example"),
    "priya": ("Priya Natarajan", "priya.natarajan@kestrel-tools.example"),
    "marek": ("Marek Havel", "marek.havel@kestrel-tools.example"),
}
COMPANY = "Kestrel Tools GmbH"


def case(slug, kind, locale, desc):
    def deco(fn):
        CASES.append(dict(slug=slug, kind=kind, locale=locale, desc=desc, fn=fn))
        return fn
    return deco


# ---------------------------------------------------------------- POs
def po(num, sup_id, sup_name, email, locale, currency, issued, lines,
       buyer="dana", req=1, contact=None):
    b = BUYERS[buyer]
    d = {
        "po_number": num,
        "supplier": {"id": sup_id, "name": sup_name, "email": email, "locale": locale},
        "buyer": {"name": b[0], "email": b[1]},
        "currency": currency,
        "issued": issued,
    }
    if req:
        d["request_message_id"] = "<po-%s.%d@%s>" % (num, req, BUYER_DOMAIN)
    d["lines"] = []
    for i, ln in enumerate(lines, 1):
        item, desc, qty, uom, price, rdate = ln
        d["lines"].append({"line": i, "item": item, "description": desc,
                           "quantity": qty, "uom": uom, "unit_price": price,
                           "requested_date": rdate})
    d["_contact"] = contact or "team"
    return d


def clean_po(p):
    return {k: v for k, v in p.items() if not k.startswith("_")}


def L(p, n):
    return p["lines"][n - 1]


# ---------------------------------------------------------------- labels
def acc(p, n):
    l = L(p, n)
    return {"status": "accepted", "quantity": l["quantity"],
            "unit_price": l["unit_price"], "date": l["requested_date"]}


def chg(p, n, qty=None, price=None, date=None, schedule=None):
    l = L(p, n)
    d = {"status": "changed",
         "quantity": l["quantity"] if qty is None else qty,
         "unit_price": l["unit_price"] if price is None else price,
         "date": l["requested_date"] if date is None else date}
    if schedule:
        d["schedule"] = [{"quantity": q, "date": dd} for q, dd in schedule]
        if qty is None:
            d["quantity"] = sum(q for q, _ in schedule)
        if date is None:
            d["date"] = max(dd for _, dd in schedule)
    return d


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def answer(p, **over):
    """All lines accepted unless overridden: answer(p, l2=chg(...), l3=REJ)."""
    out = {}
    for l in p["lines"]:
        k = "l%d" % l["line"]
        out[str(l["line"])] = over.get(k, acc(p, l["line"]))
    return {"po_number": p["po_number"], "lines": out}


def conf(notes, *answers):
    return {"kind": "confirmation", "confirmations": list(answers), "notes": notes}


def other(kind, notes):
    return {"kind": kind, "notes": notes}


# ---------------------------------------------------------------- dates
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfcdate(y, m, d, hh, mm, ss=0, tz="+0000"):
    w = _dt.date(y, m, d).weekday()
    return "%s, %d %s %d %02d:%02d:%02d %s" % (WD[w], d, MO[m - 1], y, hh, mm, ss, tz)


def isofri(y, w, day=5):
    return _dt.date.fromisocalendar(y, w, day).isoformat()


def plus(iso, days):
    return (_dt.date.fromisoformat(iso) + _dt.timedelta(days=days)).isoformat()


# ---------------------------------------------------------------- MIME
_bcount = [0]


def reset(seed):
    _bcount[0] = 0
    _bcount.append(seed)
    del _bcount[1:-1]


def _boundary():
    _bcount[0] += 1
    seed = _bcount[-1] if len(_bcount) > 1 else "x"
    return "----=_NextPart_%s_%03d_%s" % (str(seed).replace("-", ""), _bcount[0], "01DB5A3C")


def hdr(s, charset="utf-8"):
    """Encode a header value if not ASCII."""
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
        if any(c in name for c in ',.;:()<>@"'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (k, v)
        self.body = body        # bytes


def _encode_body(raw, cte):
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        out = quopri.encodestring(raw)
        return out if out.endswith(b"\n") else out + b"\n"
    return raw if raw.endswith(b"\n") else raw + b"\n"


def text(s, charset="utf-8", cte="quoted-printable", subtype="plain", flowed=False,
         extra=None):
    raw = s.encode(charset)
    ct = "text/%s; charset=%s" % (subtype, charset if charset != "utf-8" else "UTF-8")
    if charset.lower() in ("utf-8",):
        ct = "text/%s; charset=\"UTF-8\"" % subtype
    else:
        ct = "text/%s; charset=\"%s\"" % (subtype, charset)
    if flowed:
        ct += "; format=flowed"
    h = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        h += extra
    return Part(h, _encode_body(raw, cte))


def html(s, charset="utf-8", cte="quoted-printable"):
    return text(s, charset, cte, subtype="html")


def multipart(subtype, *parts):
    b = _boundary()
    body = b""
    for p in parts:
        body += b"--" + b.encode() + b"\n" + _render_headers(p.headers) + b"\n" + p.body
    body += b"--" + b.encode() + b"--\n"
    return Part([("Content-Type", 'multipart/%s;\n\tboundary="%s"' % (subtype, b))], body)


def attach(data, ctype, filename, inline=False):
    disp = "inline" if inline else "attachment"
    return Part([("Content-Type", '%s; name="%s"' % (ctype, filename)),
                 ("Content-Disposition", '%s; filename="%s"' % (disp, filename)),
                 ("Content-Transfer-Encoding", "base64")],
                base64.encodebytes(data))


def rfc822(msg_bytes):
    return Part([("Content-Type", "message/rfc822")], msg_bytes.replace(b"\r\n", b"\n"))


def _render_headers(hs):
    out = b""
    for k, v in hs:
        out += ("%s: %s\n" % (k, v)).encode("ascii")
    return out


def message(frm, to, subject, date, msgid, body, in_reply_to=None, references=None,
            extra=None, cc=None, subj_charset="utf-8", mime=True):
    hs = []
    hs.append(("From", frm))
    hs.append(("To", to))
    if cc:
        hs.append(("Cc", cc))
    hs.append(("Subject", hdr(subject, subj_charset)))
    hs.append(("Date", date))
    hs.append(("Message-ID", msgid))
    if in_reply_to:
        hs.append(("In-Reply-To", in_reply_to))
    if references:
        hs.append(("References", references))
    if extra:
        hs += extra
    if mime:
        hs.append(("MIME-Version", "1.0"))
    hs += body.headers
    raw = _render_headers(hs) + b"\n" + body.body
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def reply_headers(p):
    rid = p.get("request_message_id")
    return dict(in_reply_to=rid, references=rid)


def buyer_addr(p):
    return addr(p["buyer"]["name"], p["buyer"]["email"])


# ---------------------------------------------------------------- our request text
def fmt_table(p):
    rows = ["Line  Item            Description                              Qty  UoM  Unit price    Need by"]
    for l in p["lines"]:
        rows.append("%-5s %-15s %-40s %4s  %-4s %10s %s  %s" % (
            l["line"], l["item"], l["description"], l["quantity"], l["uom"],
            l["unit_price"], p["currency"], l["requested_date"]))
    return "\n".join(rows)


def request_subject(p):
    return "Purchase order %s - please confirm" % p["po_number"]


def request_text(p):
    return ("Hello,\n\nplease find below our purchase order %s of %s. Kindly confirm "
            "quantity, unit price and delivery date for each line by return mail.\n\n%s\n\n"
            "Delivery address: Kestrel Tools GmbH, Wareneingang Tor 3, Industriestr. 12, "
            "70565 Stuttgart, Germany\nIncoterms: DAP. Payment: 30 days net.\n\n"
            "Best regards\n%s\nPurchasing | %s\n" % (
                p["po_number"], p["issued"], fmt_table(p), p["buyer"]["name"], COMPANY))


def request_date(p):
    y, m, d = map(int, p["issued"].split("-"))
    return rfcdate(y, m, d, 8, 12, 5, "+0100")


def quote_gt(s):
    return "\n".join(("> " + x) if x else ">" for x in s.split("\n"))


def outlook_quote(p, lang="en"):
    heads = {
        "en": ("From", "Sent", "To", "Subject"),
        "de": ("Von", "Gesendet", "An", "Betreff"),
        "fr": ("De", "Envoyé", "À", "Objet"),
        "es": ("De", "Enviado el", "Para", "Asunto"),
        "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
        "it": ("Da", "Inviato", "A", "Oggetto"),
        "pl": ("Od", "Wysłano", "Do", "Temat"),
        "pt": ("De", "Enviada em", "Para", "Assunto"),
        "sv": ("Från", "Skickat", "Till", "Ämne"),
    }[lang]
    y, m, d = map(int, p["issued"].split("-"))
    sent = "%s, %s %d, %d 8:12 AM" % (
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][_dt.date(y, m, d).weekday()],
        ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"][m - 1], d, y)
    return ("%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s\n\n%s" % (
        heads[0], p["buyer"]["name"], p["buyer"]["email"], heads[1], sent,
        heads[2], p["supplier"]["email"], heads[3], request_subject(p), request_text(p)))


def gmail_attrib(p):
    y, m, d = map(int, p["issued"].split("-"))
    return "On %s, %s %d, %d at 8:12 AM %s <%s> wrote:" % (
        WD[_dt.date(y, m, d).weekday()], MO[m - 1], d, y, p["buyer"]["name"], p["buyer"]["email"])


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_table(p):
    r = ['<table border="1" cellpadding="3" style="border-collapse:collapse">',
         "<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th>"
         "<th>Unit price</th><th>Need by</th></tr>"]
    for l in p["lines"]:
        r.append("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s %s</td><td>%s</td></tr>" % (
            l["line"], esc(l["item"]), esc(l["description"]), l["quantity"], l["uom"],
            l["unit_price"], p["currency"], l["requested_date"]))
    r.append("</table>")
    return "\n".join(r)


def html_request(p):
    return ("<p>Hello,</p><p>please find below our purchase order %s of %s. Kindly confirm quantity, "
            "unit price and delivery date for each line by return mail.</p>\n%s\n"
            "<p>Best regards<br>%s<br>Purchasing | %s</p>" % (
                p["po_number"], p["issued"], html_table(p), esc(p["buyer"]["name"]), COMPANY))


def html_wrap(body, quote_html=None, attrib=None):
    q = ""
    if quote_html:
        q = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s</div>'
             '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
             'padding-left:1ex">\n%s\n</blockquote></div>' % (esc(attrib or ""), quote_html))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body>\n<div dir="ltr">%s</div>\n%s\n</body></html>\n' % (body, q))


# ---------------------------------------------------------------- attachments
def pdf(lines, title="Order confirmation"):
    """Hand-built single-page PDF with a real text layer (Helvetica, WinAnsi)."""
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = ["BT", "/F1 10 Tf", "12 TL", "50 790 Td"]
    first = True
    for ln in lines:
        if not first:
            stream.append("T*")
        first = False
        stream.append("(%s) Tj" % pesc(ln))
    stream.append("ET")
    content = "\n".join(stream).encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        ("<< /Title (%s) /Producer (SAP NetWeaver 7.50 PDF Converter) /CreationDate (D:20261110090000+01'00') >>" % pesc(title)).encode("cp1252"),
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
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Confirmation"):
    """Minimal XLSX (inline strings, numbers) built with zipfile, fixed timestamps."""
    def cell(ri, ci, v):
        ref = "%s%d" % (_col(ci), ri + 1)
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return '<c r="%s"><v>%s</v></c>' % (ref, repr(v) if isinstance(v, float) else v)
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, esc(str(v)))
    sd = "".join('<row r="%d">%s</row>' % (ri + 1, "".join(cell(ri, ci, v) for ci, v in enumerate(r)))
                 for ri, r in enumerate(rows))
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % esc(sheet)),
        ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % sd),
    ]
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 10, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return bio.getvalue()


# ---------------------------------------------------------------- reply builder
import hashlib as _hl


def dom(p):
    return p["supplier"]["email"].split("@")[1]


def auto_mid(host, tag=""):
    seed = (str(_bcount[-1]) + tag).encode()
    h = _hl.md5(seed).hexdigest()
    return "<%s.%s@%s>" % (h[:12].upper(), h[12:20], host)


PREFIX = {"en": "RE: ", "de": "AW: ", "fr": "RE: ", "sv": "SV: ", "fi": "VS: ", "da": "SV: ",
          "nb": "SV: ", "nl": "RE: ", "it": "R: ", "es": "RE: ", "pt": "RES: ", "pl": "Odp: ",
          "re": "Re: ", "tr": "YNT: ", "el": "ΑΠ: ", "hu": "Vá: ", "cs": "Re: "}


def reply(p, body, date, frm_name, frm_email=None, style="outlook", qlang="en", prefix="RE: ",
          charset="utf-8", cte="quoted-printable", html_body=None, attachments=(), thread=True,
          subject=None, cc=None, extra=None, html_only=False, flowed=False, subj_charset=None):
    frm_email = frm_email or p["supplier"]["email"]
    full = body
    if style == "outlook":
        full = body + "\n\n________________________________\n" + outlook_quote(p, qlang)
    elif style == "gmail":
        full = body + "\n\n" + gmail_attrib(p) + "\n\n" + quote_gt(request_text(p))
    elif style == "tb":
        y, m, d = p["issued"].split("-")
        full = body + "\n\nAm %s.%s.%s um 08:12 schrieb %s:\n" % (d, m, y, p["buyer"]["name"]) + quote_gt(request_text(p))
    elif style == "gt":
        full = body + "\n\n" + quote_gt(request_text(p))
    parts = []
    if html_body is not None or html_only:
        hb = html_body if html_body is not None else "<br>\n".join(esc(x) for x in body.split("\n"))
        qh = html_request(p) if style else None
        h = html(html_wrap(hb, qh, gmail_attrib(p)), charset if charset != "ascii" else "utf-8", cte)
        if html_only:
            core = h
        else:
            core = multipart("alternative", text(full, charset, cte, flowed=flowed), h)
    else:
        core = text(full, charset, cte, flowed=flowed)
    if attachments:
        core = multipart("mixed", core, *attachments)
    subj = subject if subject is not None else prefix + request_subject(p)
    hh = reply_headers(p) if thread else {}
    return message(addr(frm_name, frm_email, charset if charset not in ("ascii",) else "utf-8"),
                   buyer_addr(p), subj, date, auto_mid(dom(p)), core, cc=cc, extra=extra,
                   subj_charset=subj_charset or ("utf-8" if charset in ("ascii",) else charset), **hh)
