"""Helpers to build held-out supplier-reply cases (stdlib only)."""
import base64, quopri, hashlib, io, zipfile, datetime, html
from decimal import Decimal
from email.header import Header
from email.utils import formataddr

BUYER_DOMAIN = "kestrel-supply.example"
BUYERS = {
    "dana": {"name": "Dana Ruiz", "email": "dana.ruiz@kestrel-supply.example"},
    "jonas": {"name": "Jonas Keller", "email": "jonas.keller@kestrel-supply.example"},
    "mira": {"name": "Mira Hoffmann", "email": "mira.hoffmann@kestrel-supply.example"},
    "tom": {"name": "Tomasz Nowak", "email": "tomasz.nowak@kestrel-supply.example"},
}
CASES = []


def case(num, slug, kind, locale, desc):
    def deco(fn):
        CASES.append(dict(num=num, slug=slug, kind=kind, locale=locale, desc=desc, fn=fn))
        return fn
    return deco


# ---------------------------------------------------------------- POs
def po(number, sup, currency, issued, lines, buyer="dana", request=True, rev=1):
    """sup = (id, name, email, locale); lines = [(item, desc, qty, uom, price, date)]"""
    sid, sname, semail, sloc = sup
    d = {
        "po_number": number,
        "supplier": {"id": sid, "name": sname, "email": semail, "locale": sloc},
        "buyer": dict(BUYERS[buyer]),
        "currency": currency,
        "issued": issued,
    }
    if request:
        d["request_message_id"] = "<po-%s.%d@%s>" % (number, rev, BUYER_DOMAIN)
    d["lines"] = [
        {"line": i + 1, "item": it, "description": de, "quantity": q, "uom": u,
         "unit_price": pr, "requested_date": dt}
        for i, (it, de, q, u, pr, dt) in enumerate(lines)
    ]
    return d


def req_subject(p):
    return "Order confirmation request - PO %s" % p["po_number"]


def req_text(p, greeting=None):
    s = p["supplier"]
    out = [greeting or ("Dear %s team," % s["name"]), "",
           "please confirm our purchase order %s of %s: for each line the quantity, unit price"
           % (p["po_number"], p["issued"]),
           "and delivery date you can commit to.", "",
           "Ln  Item            Description                          Qty  UoM   Unit price  Need by"]
    for l in p["lines"]:
        out.append("%2d  %-14s  %-34s %5d  %-4s %9s %s  %s" % (
            l["line"], l["item"], l["description"][:34], l["quantity"], l["uom"],
            l["unit_price"], p["currency"], l["requested_date"]))
    b = p["buyer"]
    out += ["", "Thank you.", "", b["name"], "Purchasing | Kestrel Supply Ltd",
            "Unit 4, Harbour Road, Bristol BS1 6XN | +44 117 496 0321"]
    return "\n".join(out)


def req_html(p):
    rows = "".join(
        "<tr><td>%d</td><td>%s</td><td>%s</td><td align=right>%d</td><td>%s</td>"
        "<td align=right>%s %s</td><td>%s</td></tr>" % (
            l["line"], l["item"], html.escape(l["description"]), l["quantity"], l["uom"],
            l["unit_price"], p["currency"], l["requested_date"]) for l in p["lines"])
    b = p["buyer"]
    return ("<p>Dear %s team,</p><p>please confirm our purchase order %s of %s: for each line the "
            "quantity, unit price and delivery date you can commit to.</p>"
            "<table border=1 cellspacing=0 cellpadding=3><tr><th>Ln</th><th>Item</th><th>Description</th>"
            "<th>Qty</th><th>UoM</th><th>Unit price</th><th>Need by</th></tr>%s</table>"
            "<p>Thank you.</p><p>%s<br>Purchasing | Kestrel Supply Ltd</p>" % (
                html.escape(p["supplier"]["name"]), p["po_number"], p["issued"], rows, b["name"]))


def gt(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "pt": ("De", "Enviada", "Para", "Assunto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "sv": ("Från", "Skickat", "Till", "Ämne"),
    "da": ("Fra", "Sendt", "Til", "Emne"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"),
    "ro": ("De la", "Trimis", "Către", "Subiect"),
    "el": ("Από", "Στάλθηκε", "Προς", "Θέμα"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
    "ru": ("От", "Отправлено", "Кому", "Тема"),
}


def outlook_quote(p, lang, sent, sep="________________________________"):
    f, s, t, sub = OUTLOOK[lang]
    b = p["buyer"]
    return "%s\n%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s\n\n%s" % (
        sep, f, b["name"], b["email"], s, sent, t, p["supplier"]["email"], sub, req_subject(p),
        req_text(p))


# ---------------------------------------------------------------- MIME
class Part:
    def __init__(self, ctype, body=None, charset=None, cte=None, filename=None,
                 disposition=None, parts=None, params=None, extra=None, name=None):
        self.ctype, self.body, self.charset, self.cte = ctype, body, charset, cte
        self.filename, self.disposition, self.parts = filename, disposition, parts
        self.params, self.extra, self.name = params or [], extra or [], name


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", params=None):
    return Part("text/" + subtype, body, charset=charset, cte=cte, params=params)


def attach(ctype, data, filename, cte="base64", disposition="attachment", charset=None):
    return Part(ctype, data, filename=filename, cte=cte, disposition=disposition, charset=charset)


def multi(subtype, *parts, params=None):
    return Part("multipart/" + subtype, parts=list(parts), params=params)


def raw_part(headers_text, body_text):
    """A part given literally (e.g. message/delivery-status)."""
    p = Part("raw", body_text)
    p.extra = headers_text
    return p


def _enc_body(p):
    data = p.body
    if isinstance(data, str):
        data = data.encode(p.charset or "us-ascii")
    if p.cte == "base64":
        return base64.encodebytes(data).replace(b"\n", b"\n")
    if p.cte == "quoted-printable":
        return quopri.encodestring(data)
    return data


def _hdr_param(v):
    return '"%s"' % v


def _serialize(p, counter):
    out = []
    if p.ctype == "raw":
        return p.extra.encode("utf-8") + b"\n\n" + p.body.encode("utf-8")
    ct = p.ctype
    params = list(p.params)
    if p.charset and p.ctype.startswith("text/"):
        params.insert(0, ("charset", p.charset))
    if p.parts is not None:
        counter[0] += 1
        h = hashlib.md5(("%s-%d" % (counter[1], counter[0])).encode()).hexdigest()
        bnd = "----=_Part_%d_%s" % (counter[0], h[:16])
        params.append(("boundary", bnd))
    if p.filename and not p.ctype.startswith("multipart"):
        params.append(("name", p.filename))
    ct_line = "Content-Type: " + ct + "".join(";\n\t%s=%s" % (k, _hdr_param(v)) if k in ("boundary", "name", "report-type") or " " in v
                                             else "; %s=%s" % (k, v) for k, v in params)
    out.append(ct_line.encode("utf-8"))
    if p.parts is None:
        out.append(("Content-Transfer-Encoding: %s" % (p.cte or "7bit")).encode())
        if p.disposition:
            if p.filename:
                out.append(('Content-Disposition: %s;\n\tfilename="%s"' % (p.disposition, p.filename)).encode())
            else:
                out.append(("Content-Disposition: %s" % p.disposition).encode())
        for k, v in p.extra:
            out.append(("%s: %s" % (k, v)).encode())
        return b"\n".join(out) + b"\n\n" + _enc_body(p).rstrip(b"\n") + b"\n"
    for k, v in p.extra:
        out.append(("%s: %s" % (k, v)).encode())
    body = [b"\n".join(out), b"", b"This is a multi-part message in MIME format.", b""]
    for sp in p.parts:
        body.append(("--" + bnd).encode())
        body.append(_serialize(sp, counter))
    body.append(("--" + bnd + "--").encode())
    body.append(b"")
    return b"\n".join(body)


def enc_header(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def mdate(y, mo, d, h, mi, s, tzmin):
    tz = datetime.timezone(datetime.timedelta(minutes=tzmin))
    dt = datetime.datetime(y, mo, d, h, mi, s, tzinfo=tz)
    return dt.strftime("%a, %d %b %Y %H:%M:%S ") + ("%+03d%02d" % (int(tzmin / 60), abs(tzmin) % 60) if tzmin >= 0
                                                    else "-%02d%02d" % (abs(tzmin) // 60, abs(tzmin) % 60))


def msgid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:12].upper(), h[12:20], domain)


def email_bytes(headers, root, seed="x"):
    """headers: list of (name, value) (values already encoded or plain ascii)."""
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    head = "\n".join(lines).encode("utf-8")
    body = _serialize(root, [0, seed])
    raw = head + b"\n" + body
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def reply(p, sender_name, sender_email, date, body_root, subject=None, reply=True, charset="utf-8",
          extra=None, to=None, seed=None, mid_domain=None, cc=None):
    """Build a supplier reply to PO p's request."""
    dom = sender_email.split("@")[1]
    subj = subject if subject is not None else "RE: " + req_subject(p)
    hs = [("Return-Path", "<%s>" % sender_email),
          ("From", addr(sender_name, sender_email, charset)),
          ("To", to or addr(p["buyer"]["name"], p["buyer"]["email"])),
          ]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", enc_header(subj, charset)),
           ("Date", date),
           ("Message-ID", msgid((seed or p["po_number"]) + date, mid_domain or dom))]
    if reply and p.get("request_message_id"):
        hs.append(("In-Reply-To", p["request_message_id"]))
        hs.append(("References", p["request_message_id"]))
    for k, v in (extra or []):
        hs.append((k, v))
    return email_bytes(hs, body_root, seed=seed or p["po_number"])


# ---------------------------------------------------------------- attachments
def _pdf_str(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(rows, title="Document"):
    """rows: list of (x, y, size, text) ; text latin-1 only. Returns bytes of a 1-page PDF with text layer."""
    content = []
    for x, y, size, t in rows:
        content.append("BT /F1 %d Tf %d %d Td (%s) Tj ET" % (size, x, y, _pdf_str(t)))
    stream = "\n".join(content).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (ERP Print Service 7.2) >>" % _pdf_str(title)).encode("latin-1"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(out.tell())
        out.write(("%d 0 obj\n" % (i + 1)).encode() + o + b"\nendobj\n")
    x = out.tell()
    out.write(("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode())
    for o in offs:
        out.write(("%010d 00000 n \n" % o).encode())
    out.write(("trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)).encode())
    return out.getvalue()


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1"):
    """rows: list of lists (str or int/float/Decimal). Minimal valid XLSX with inline strings."""
    def cell(r, c, v):
        ref = "%s%d" % (_col(c), r + 1)
        if v is None or v == "":
            return ""
        if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool):
            return '<c r="%s"><v>%s</v></c>' % (ref, v)
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, html.escape(str(v), quote=False))
    sd = "".join('<row r="%d">%s</row>' % (r + 1, "".join(cell(r, c, v) for c, v in enumerate(row)))
                 for r, row in enumerate(rows))
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % html.escape(sheet),
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % sd,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in files.items():
            zi = zipfile.ZipInfo(n, date_time=(2026, 11, 12, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, c.encode("utf-8"))
    return buf.getvalue()


XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ---------------------------------------------------------------- expected
def _line(p, n):
    return p["lines"][n - 1]


def A(p, n):
    l = _line(p, n)
    return {"status": "accepted", "quantity": l["quantity"], "unit_price": l["unit_price"],
            "date": l["requested_date"]}


def C(p, n, q=None, price=None, d=None, sched=None):
    l = _line(p, n)
    r = {"status": "changed", "quantity": q if q is not None else l["quantity"],
         "unit_price": price if price is not None else l["unit_price"],
         "date": d if d is not None else l["requested_date"]}
    if sched:
        r["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
        assert sum(a for a, b in sched) == r["quantity"], (p["po_number"], n)
        assert max(b for a, b in sched) == r["date"], (p["po_number"], n)
    same = (r["quantity"] == l["quantity"] and Decimal(r["unit_price"]) == Decimal(l["unit_price"])
            and r["date"] == l["requested_date"])
    assert not same or sched, ("changed line equals PO", p["po_number"], n)
    return r


R = {"status": "rejected"}
U = {"status": "unconfirmed"}


def conf(p, spec):
    """spec: {n: line-dict}; missing lines -> error."""
    assert sorted(spec) == [l["line"] for l in p["lines"]], (p["po_number"], sorted(spec))
    return {"po_number": p["po_number"], "lines": {str(k): spec[k] for k in sorted(spec)}}


def allacc(p):
    return conf(p, {l["line"]: A(p, l["line"]) for l in p["lines"]})


def week_day(y, w, wd=5):
    return datetime.date.fromisocalendar(y, w, wd).isoformat()


def plus_days(iso, n):
    return (datetime.date.fromisoformat(iso) + datetime.timedelta(days=n)).isoformat()


def to_html(txt, quoted_html=None, font="Calibri, sans-serif", dir=None, attr_line=None):
    body = "".join("<div>%s</div>" % (html.escape(l) if l.strip() else "<br>") for l in txt.split("\n"))
    q = ""
    if quoted_html is not None:
        q = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
             '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
             'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (html.escape(attr_line or ""), quoted_html))
    d = ' dir="%s"' % dir if dir else ""
    return ('<html><head><style>p{margin:0}</style></head>'
            '<body%s><div style="font-family:%s;font-size:11pt">%s</div>%s</body></html>' % (d, font, body, q))


def alt(plain, htm, charset="utf-8", cte="quoted-printable", hcte=None):
    return multi("alternative", text(plain, "plain", charset, cte), text(htm, "html", charset, hcte or cte))
