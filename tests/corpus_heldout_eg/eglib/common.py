"""Helpers to build POs, e-mails, attachments and labels for the held-out batch."""
import base64, quopri, io, zipfile, datetime as _dt
from email.header import Header
from email.utils import formataddr

CASES = {}


def case(num, slug, desc):
    def deco(fn):
        assert num not in CASES, num
        CASES[num] = (slug, desc, fn)
        return fn
    return deco


OURDOM = "northgate-supply.example"
BUYERS = {
    "mk": ("Marta Keller", "marta.keller@" + OURDOM),
    "ta": ("Tom Alvarez", "tom.alvarez@" + OURDOM),
    "pn": ("Priya Nair", "priya.nair@" + OURDOM),
    "jb": ("Jonas Berg", "jonas.berg@" + OURDOM),
}


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def po(num, supplier, buyer, currency, issued, lines, req=True):
    b = BUYERS[buyer]
    d = {"po_number": num, "supplier": supplier,
         "buyer": {"name": b[0], "email": b[1]},
         "currency": currency, "issued": issued}
    if req:
        d["request_message_id"] = "<po-%s.1@%s>" % (num, OURDOM)
    d["lines"] = [
        {"line": i + 1, "item": it, "description": de, "quantity": q, "uom": u,
         "unit_price": p, "requested_date": rd}
        for i, (it, de, q, u, p, rd) in enumerate(lines)]
    return d


def subj(p):
    return "Purchase order %s - please confirm" % p["po_number"]


# ---------------------------------------------------------------- labels
def acc(p, n):
    l = p["lines"][n - 1]
    return {"status": "accepted", "quantity": l["quantity"], "unit_price": l["unit_price"],
            "date": l["requested_date"]}


def chg(p, n, quantity=None, price=None, date=None, schedule=None):
    l = p["lines"][n - 1]
    d = {"status": "changed",
         "quantity": l["quantity"] if quantity is None else quantity,
         "unit_price": l["unit_price"] if price is None else price,
         "date": l["requested_date"] if date is None else date}
    if schedule:
        d["schedule"] = [{"quantity": q, "date": dt} for q, dt in schedule]
        d["date"] = max(dt for q, dt in schedule)
        if quantity is None:
            d["quantity"] = sum(q for q, dt in schedule)
    return d


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(p, lines):
    """lines: dict n -> label dict (or 'acc')"""
    out = {}
    for l in p["lines"]:
        n = l["line"]
        v = lines.get(n, UNC)
        if v == "acc":
            v = acc(p, n)
        out[str(n)] = v
    return {"po_number": p["po_number"], "lines": out}


def expected(kind, notes, confs=None):
    d = {"kind": kind}
    if kind == "confirmation":
        d["confirmations"] = confs
    d["notes"] = notes
    return d


def kw(year, week, day=5):
    return _dt.date.fromisocalendar(year, week, day).isoformat()


def plus(datestr, days):
    return (_dt.date.fromisoformat(datestr) + _dt.timedelta(days=days)).isoformat()


# ---------------------------------------------------------------- dates / headers
def rfcdate(y, m, d, hh, mm, tz="+0100", ss=0):
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][_dt.date(y, m, d).weekday()]
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
    return "%s, %d %s %d %02d:%02d:%02d %s" % (wd, d, mon, y, hh, mm, ss, tz)


def req_sent(p):
    """RFC date when our request was sent (issued date, 10:14 CET)."""
    y, m, d = map(int, p["issued"].split("-"))
    return rfcdate(y, m, d, 10, 14)


def addr(name, email, charset="utf-8"):
    return formataddr((name, email), charset=charset)


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def reply_headers(p, from_name, from_email, date, msgid, subject=None, reply=True,
                  charset="utf-8", extra=(), to=None, prefix="RE: "):
    b = p["buyer"]
    h = [("From", addr(from_name, from_email, charset)),
         ("To", to or addr(b["name"], b["email"]))]
    h.append(("Subject", hdr(subject if subject is not None else prefix + subj(p), charset)))
    h.append(("Date", date))
    h.append(("Message-ID", msgid))
    if reply and p.get("request_message_id"):
        h.append(("In-Reply-To", p["request_message_id"]))
        h.append(("References", p["request_message_id"]))
    h.extend(extra)
    return h


# ---------------------------------------------------------------- MIME
class Part:
    def __init__(self, headers, body):
        self.headers = headers   # list of (name, value)
        self.body = body         # bytes


def _encode(data, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    return data


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False):
    data = body.encode(charset)
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if flowed:
        ct += "; format=flowed"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], _encode(data, cte))


def html(body, charset="utf-8", cte="quoted-printable"):
    return text(body, "html", charset, cte)


def raw(ctype, body, extra=()):
    if isinstance(body, str):
        body = body.encode("utf-8")
    return Part([("Content-Type", ctype)] + list(extra), body)


def attach(filename, ctype, data, inline=False):
    return Part([("Content-Type", '%s; name="%s"' % (ctype, filename)),
                 ("Content-Disposition", '%s; filename="%s"' % ("inline" if inline else "attachment", filename)),
                 ("Content-Transfer-Encoding", "base64")], base64.encodebytes(data))


def multipart(subtype, parts, boundary, params=""):
    out = b""
    for p in parts:
        out += b"--" + boundary.encode() + b"\n" + render(p) + b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return Part([("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, boundary, params))], out)


def render(p):
    h = "".join("%s: %s\n" % kv for kv in p.headers).encode("ascii")
    return h + b"\n" + p.body


def message(headers, root, preamble=True):
    h = list(headers) + [("MIME-Version", "1.0")]
    out = "".join("%s: %s\n" % kv for kv in h).encode("ascii") + render(root)
    if not out.endswith(b"\n"):
        out += b"\n"
    out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out


def alt(plain, htmlbody, boundary, charset="utf-8", cte="quoted-printable"):
    return multipart("alternative", [text(plain, charset=charset, cte=cte), html(htmlbody, charset, cte)], boundary)


# ---------------------------------------------------------------- our quoted request
def fmt_price(s):
    return s


def request_text(p, contact="Sir or Madam"):
    b = p["buyer"]
    rows = ["Line  Item           Description                               Qty  UoM  Unit price    Need by"]
    for l in p["lines"]:
        rows.append("%-5s %-14s %-40s %5s  %-4s %10s %s  %s" % (
            l["line"], l["item"], l["description"][:40], l["quantity"], l["uom"], l["unit_price"],
            p["currency"], l["requested_date"]))
    return ("Dear %s,\n\nplease find below our purchase order %s dated %s.\n"
            "Kindly confirm quantity, unit price and delivery date for each line by return mail.\n\n"
            "%s\n\nDelivery address: Northgate Supply, Dock 4, Havenweg 12, 3089 JB Rotterdam, NL\n"
            "Please quote our PO number on all documents.\n\nKind regards\n%s\nPurchasing | Northgate Supply B.V.\n"
            % (contact, p["po_number"], p["issued"], "\n".join(rows), b["name"]))


def quote_gt(textbody):
    return "\n".join(("> " + l) if l else ">" for l in textbody.rstrip("\n").split("\n")) + "\n"


def quote_gmail(p, lead=None, contact="Sir or Madam"):
    b = p["buyer"]
    if lead is None:
        y, m, d = map(int, p["issued"].split("-"))
        lead = "On %s, %s <%s> wrote:" % (req_sent(p)[:16].rstrip(), b["name"], b["email"])
    return lead + "\n" + quote_gt(request_text(p, contact))


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject", "-----Original Message-----"),
    "de": ("Von", "Gesendet", "An", "Betreff", "-----Ursprüngliche Nachricht-----"),
    "fr": ("De", "Envoyé", "À", "Objet", "-----Message d'origine-----"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", "-----Oorspronkelijk bericht-----"),
    "es": ("De", "Enviado el", "Para", "Asunto", "-----Mensaje original-----"),
    "it": ("Da", "Inviato", "A", "Oggetto", "-----Messaggio originale-----"),
    "pt": ("De", "Enviada em", "Para", "Assunto", "-----Mensagem original-----"),
    "sv": ("Från", "Skickat", "Till", "Ämne", "-----Ursprungligt meddelande-----"),
    "pl": ("Od", "Wysłano", "Do", "Temat", "-----Wiadomość oryginalna-----"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět", "-----Původní zpráva-----"),
}


def quote_outlook(p, lang="en", sent=None, contact="Sir or Madam", separator=True):
    f, s, t, su, sep = OUTLOOK_LABELS[lang]
    b = p["buyer"]
    sent = sent or p["issued"] + " 10:14"
    head = "%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s\n\n" % (f, b["name"], b["email"], s, sent, t,
                                                       p["supplier"]["email"], su, subj(p))
    return ("\n" + sep + "\n" if separator else "\n________________________________\n") + head + request_text(p, contact)


def request_html(p, contact="Sir or Madam"):
    b = p["buyer"]
    rows = "".join(
        "<tr><td>%s</td><td>%s</td><td>%s</td><td align=right>%s</td><td>%s</td><td align=right>%s %s</td><td>%s</td></tr>"
        % (l["line"], l["item"], l["description"], l["quantity"], l["uom"], l["unit_price"], p["currency"],
           l["requested_date"]) for l in p["lines"])
    return ("<p>Dear %s,</p><p>please find below our purchase order %s dated %s.<br>Kindly confirm quantity, "
            "unit price and delivery date for each line by return mail.</p>"
            "<table border=1 cellpadding=3 style='border-collapse:collapse'><tr><th>Line</th><th>Item</th>"
            "<th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Need by</th></tr>%s</table>"
            "<p>Kind regards<br>%s<br>Purchasing | Northgate Supply B.V.</p>"
            % (contact, p["po_number"], p["issued"], rows, b["name"]))


def quote_html(p, lead, contact="Sir or Madam"):
    return ('<div class="gmail_quote"><div>%s</div><blockquote style="margin:0 0 0 .8ex;'
            'border-left:1px #ccc solid;padding-left:1ex">%s</blockquote></div>' % (lead, request_html(p, contact)))


def html_doc(inner, lang="en", rtl=False, charset="utf-8"):
    return ('<html lang="%s"%s><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
            '<body>%s</body></html>\n' % (lang, ' dir="rtl"' if rtl else "", charset, inner))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paras(t):
    return "".join("<p>%s</p>" % esc(x).replace("\n", "<br>") for x in t.strip().split("\n\n"))


# ---------------------------------------------------------------- attachments
def make_pdf(lines, title="Document"):
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = ("BT\n/F1 9 Tf\n11 TL\n40 800 Td\n" +
              "".join("(%s) Tj T*\n" % pesc(l) for l in lines) + "ET\n").encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        ("<< /Title (%s) /Producer (ERP Print Server 7.2) /CreationDate (D:20261110080000) >>" % pesc(title)).encode("cp1252"),
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


def make_xlsx(rows, sheet="Sheet1"):
    def cell(ci, ri, v):
        ref = "%s%d" % (_col(ci), ri)
        if isinstance(v, (int, float)):
            return '<c r="%s"><v>%s</v></c>' % (ref, repr(v) if isinstance(v, float) else v)
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, esc(str(v)))
    sd = "".join('<row r="%d">%s</row>' % (ri + 1, "".join(cell(ci, ri + 1, v) for ci, v in enumerate(r)))
                 for ri, r in enumerate(rows))
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % esc(sheet)),
        ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        ("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % sd),
    ]
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 10, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return bio.getvalue()
