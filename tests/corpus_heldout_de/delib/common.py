"""Helpers to build held-out supplier-reply cases (standard library only)."""
import base64
import datetime as dt
import hashlib
import io
import quopri
import zipfile
from decimal import Decimal
from email.header import Header
from email.utils import format_datetime, formataddr

CASES = {}

BUYER_DOMAIN = "buyer.example"
BUYERS = {
    "dana": {"name": "Dana Ruiz", "email": "dana.ruiz@buyer.example"},
    "jonas": {"name": "Jonas Keller", "email": "jonas.keller@buyer.example"},
    "mette": {"name": "Mette Holm", "email": "mette.holm@buyer.example"},
    "priya": {"name": "Priya Nair", "email": "priya.nair@buyer.example"},
    "tomas": {"name": "Tomas Ferreira", "email": "tomas.ferreira@buyer.example"},
}
OUR_COMPANY = "Brightwater Supply GmbH"


def case(num, slug, locale, desc):
    """Register a case builder. The builder returns (pos, eml_bytes, expected)."""
    def deco(fn):
        assert num not in CASES, num
        CASES[num] = dict(num=num, slug=slug, locale=locale, desc=desc, fn=fn)
        return fn
    return deco


# ---------------------------------------------------------------- POs
def supplier(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def PO(num, sup, currency, issued, lines, buyer="dana", request=True):
    po = {
        "po_number": str(num),
        "supplier": sup,
        "buyer": dict(BUYERS[buyer]),
        "currency": currency,
        "issued": issued,
    }
    if request:
        po["request_message_id"] = "<po-%s.1@%s>" % (num, BUYER_DOMAIN)
    po["lines"] = []
    for i, (item, desc, qty, uom, price, date) in enumerate(lines, 1):
        po["lines"].append({
            "line": i, "item": item, "description": desc, "quantity": qty,
            "uom": uom, "unit_price": price, "requested_date": date,
        })
    return po


def L(po, n):
    return po["lines"][n - 1]


def acc(po, n):
    l = L(po, n)
    return {"status": "accepted", "quantity": l["quantity"],
            "unit_price": l["unit_price"], "date": l["requested_date"]}


def chg(po, n, quantity=None, unit_price=None, date=None, schedule=None):
    l = L(po, n)
    d = {"status": "changed",
         "quantity": l["quantity"] if quantity is None else quantity,
         "unit_price": l["unit_price"] if unit_price is None else unit_price,
         "date": l["requested_date"] if date is None else date}
    if schedule:
        d["schedule"] = [{"quantity": q, "date": x} for q, x in schedule]
        assert sum(q for q, _ in schedule) == d["quantity"]
        assert d["date"] == max(x for _, x in schedule)
    assert (d["quantity"], Decimal(d["unit_price"]), d["date"]) != (
        l["quantity"], Decimal(l["unit_price"]), l["requested_date"]) or schedule
    return d


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(po, lines):
    out = {}
    for n, v in lines.items():
        if v == "acc":
            v = acc(po, n)
        out[str(n)] = dict(v)
    assert sorted(int(k) for k in out) == [l["line"] for l in po["lines"]], po["po_number"]
    return {"po_number": po["po_number"], "lines": out}


def expected(kind, notes, confirmations=None):
    e = {"kind": kind}
    if kind == "confirmation":
        e["confirmations"] = confirmations
    e["notes"] = notes
    return e


# ---------------------------------------------------------------- numbers / dates
def D(s):
    return dt.date.fromisoformat(s)


def kw(year, week, day=5):
    return dt.date.fromisocalendar(year, week, day).isoformat()


def plus(date_iso, days):
    return (D(date_iso) + dt.timedelta(days=days)).isoformat()


def num(value, dec=",", thou=".", places=2):
    q = Decimal(value).quantize(Decimal(1).scaleb(-places)) if places else Decimal(value).quantize(Decimal(1))
    s = "{:,.{p}f}".format(q, p=places)
    return s.replace(",", "\x00").replace(".", dec).replace("\x00", thou)


def money(value, places=2):
    return str(Decimal(value).quantize(Decimal(1).scaleb(-places)))


def maildate(y, m, d, hh, mm, tzmin=60, ss=0):
    tz = dt.timezone(dt.timedelta(minutes=tzmin))
    return format_datetime(dt.datetime(y, m, d, hh, mm, ss, tzinfo=tz))


# ---------------------------------------------------------------- our request text (for quoting)
def request_subject(po):
    return "Purchase order %s - order acknowledgement requested" % po["po_number"]


def request_date(po, hh=9, mm=14):
    y, m, d = map(int, po["issued"].split("-"))
    return maildate(y, m, d, hh, mm, 60)


def request_body(po):
    b = po["buyer"]
    rows = ["Dear Sir or Madam,", "",
            "please confirm our purchase order %s dated %s (quantity, unit price and"
            % (po["po_number"], po["issued"]),
            "delivery date for each line) by replying to this e-mail.", "",
            "Line  Item            Description                                    Qty  UoM  Unit price      Need-by"]
    for l in po["lines"]:
        rows.append("%-5s %-15s %-44s %6s  %-4s %10s %-4s %s" % (
            l["line"], l["item"], l["description"][:44], l["quantity"], l["uom"],
            l["unit_price"], po["currency"], l["requested_date"]))
    rows += ["", "Delivery address: %s, Hafenstrasse 12, 28217 Bremen, Germany" % OUR_COMPANY,
             "Terms: as per our general purchasing conditions.", "",
             "Kind regards", b["name"], "Purchasing | %s" % OUR_COMPANY,
             "Tel. +49 421 555 0190"]
    return "\n".join(rows)


def request_html_table(po):
    rows = "".join(
        "<tr><td>%s</td><td>%s</td><td>%s</td><td align=right>%s</td><td>%s</td>"
        "<td align=right>%s %s</td><td>%s</td></tr>" % (
            l["line"], l["item"], esc(l["description"]), l["quantity"], l["uom"],
            l["unit_price"], po["currency"], l["requested_date"]) for l in po["lines"])
    return ("<p>Dear Sir or Madam,</p><p>please confirm our purchase order %s dated %s "
            "(quantity, unit price and delivery date for each line) by replying to this e-mail.</p>"
            "<table border=1 cellpadding=3 cellspacing=0><tr><th>Line</th><th>Item</th>"
            "<th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Need-by</th></tr>"
            "%s</table><p>Kind regards<br>%s<br>Purchasing | %s</p>" % (
                po["po_number"], po["issued"], rows, po["buyer"]["name"], OUR_COMPANY))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def gt_quote(text, prefix="> "):
    return "\n".join((prefix + x) if x else prefix.rstrip() for x in text.split("\n"))


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "pt": ("De", "Enviada em", "Para", "Assunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "sv": ("Från", "Skickat", "Till", "Ämne"),
    "da": ("Fra", "Sendt", "Til", "Emne"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
}


def outlook_quote(po, lang="en", sent=None):
    f, s, t, sub = OUTLOOK_LABELS[lang]
    b = po["buyer"]
    sent = sent or ("%s 09:14" % po["issued"])
    return ("-----Original Message-----\n" if lang == "en" and False else "") + (
        "________________________________\n"
        "%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s\n\n%s" % (
            f, b["name"], b["email"], s, sent, t, po["supplier"]["email"], sub,
            request_subject(po), request_body(po)))


# ---------------------------------------------------------------- MIME (raw, so charsets/CTEs are exact)
class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes, already transfer-encoded

    def serialize(self):
        h = "".join("%s: %s\n" % (k, v) for k, v in self.headers)
        return h.encode("ascii") + b"\n" + self.body


def _cte(raw, cte):
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw


def text(s, subtype="plain", charset="utf-8", cte="quoted-printable", extra=None, params=""):
    raw = s.encode(charset)
    if cte == "7bit":
        assert all(b < 128 for b in raw), "7bit body with 8bit data"
    body = _cte(raw, cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    h = [("Content-Type", 'text/%s; charset="%s"%s' % (subtype, charset, params)),
         ("Content-Transfer-Encoding", cte)]
    return Part(h + (extra or []), body)


def html(s, charset="utf-8", cte="quoted-printable", extra=None):
    return text(s, "html", charset, cte, extra)


def attachment(data, ctype, filename, inline=False, extra=None):
    fn = filename
    try:
        fn.encode("ascii")
        fparam = '"%s"' % fn
        disp = '%s; filename="%s"' % ("inline" if inline else "attachment", fn)
    except UnicodeEncodeError:
        enc = Header(fn, "utf-8").encode()
        fparam = '"%s"' % enc
        from urllib.parse import quote
        disp = "%s;\n filename*=utf-8''%s" % ("inline" if inline else "attachment", quote(fn))
    h = [("Content-Type", "%s; name=%s" % (ctype, fparam)),
         ("Content-Disposition", disp),
         ("Content-Transfer-Encoding", "base64")]
    return Part(h + (extra or []), base64.encodebytes(data))


def raw_part(ctype, body_text, cte="7bit", extra=None):
    return Part([("Content-Type", ctype)] + ([("Content-Transfer-Encoding", cte)] if cte else [])
                + (extra or []), body_text.encode("utf-8") if isinstance(body_text, str) else body_text)


def multipart(subtype, parts, boundary=None, params=""):
    seed = b"".join(p.serialize()[:200] for p in parts)
    boundary = boundary or ("----=_Part_%s" % hashlib.md5(seed + subtype.encode()).hexdigest()[:24])
    body = b""
    for p in parts:
        body += b"--" + boundary.encode() + b"\n" + p.serialize()
        if not body.endswith(b"\n"):
            body += b"\n"
    body += b"--" + boundary.encode() + b"--\n"
    return Part([("Content-Type", 'multipart/%s;%s\n\tboundary="%s"' % (subtype, params, boundary))], body)


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


def message(frm, to, subject, date, msgid, root, reply_to_po=None, extra=None,
            subject_charset="utf-8", cc=None, references=None, in_reply_to=None, mime_version=True):
    """frm/to: (name, email) tuples or preformatted strings. root: Part."""
    def a(x):
        return addr(*x, charset=subject_charset) if isinstance(x, tuple) else x
    h = []
    for k, v in (extra or []):
        if k.startswith("^"):
            h.append((k[1:], v))
    h += [("From", a(frm)), ("To", a(to))]
    if cc:
        h.append(("Cc", a(cc)))
    h += [("Subject", hdr(subject, subject_charset)), ("Date", date), ("Message-ID", msgid)]
    if reply_to_po is not None:
        rid = reply_to_po["request_message_id"]
        h += [("In-Reply-To", in_reply_to or rid), ("References", references or rid)]
    elif in_reply_to:
        h += [("In-Reply-To", in_reply_to), ("References", references or in_reply_to)]
    h += [(k, v) for k, v in (extra or []) if not k.startswith("^")]
    if mime_version:
        h.append(("MIME-Version", "1.0"))
    top = "".join("%s: %s\n" % (k, v) for k, v in h).encode("ascii")
    data = top + root.serialize()
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def us(sup):
    """(name, email) of a supplier contact: pass ('Name', sup) style."""
    return sup["email"]


# ---------------------------------------------------------------- attachments built by hand
def make_pdf(lines, producer="SAP NetWeaver 7.50", title="Order confirmation", size=9):
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = ["BT", "/F1 %d Tf" % size, "%d TL" % (size + 3), "40 800 Td"]
    for ln in lines:
        if ln.startswith("#"):
            content += ["/F2 %d Tf" % (size + 3), "(%s) Tj T*" % pesc(ln[1:]), "/F1 %d Tf" % size]
        else:
            content.append("(%s) Tj T*" % pesc(ln))
    content.append("ET")
    stream = "\n".join(content).encode("cp1252", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Producer (%s) /Title (%s) /CreationDate (D:20261110080000+01'00') >>" % (
            pesc(producer), pesc(title))).encode("cp1252", "replace"),
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
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, len(objs), xref)
    return out


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1"):
    """rows: list of lists; str -> inline string, int/float/Decimal -> number,
    datetime.date -> serial number formatted as date."""
    def x(s):
        return esc(str(s)).replace('"', "&quot;")
    sd = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if v is None or v == "":
                continue
            if isinstance(v, dt.date):
                serial = (v - dt.date(1899, 12, 30)).days
                cells.append('<c r="%s" s="1"><v>%d</v></c>' % (ref, serial))
            elif isinstance(v, (int, float, Decimal)):
                cells.append('<c r="%s" s="%d"><v>%s</v></c>' % (ref, 2 if isinstance(v, (float, Decimal)) else 0, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, x(v)))
        sd.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(sd))
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % x(sheet),
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
        "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 10, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, content.encode("utf-8"))
    return bio.getvalue()


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
