"""Helpers to build POs, raw RFC 5322 mails and labels for batch-ef (stdlib only, deterministic)."""
import base64
import datetime as dt
import hashlib
import io
import quopri
import zipfile
from email.header import Header
from email.utils import formataddr, format_datetime

OUR_DOMAIN = "kestrel-supply.example"
BUYERS = {
    "marta": ("Marta Lindqvist", "marta.lindqvist@kestrel-supply.example"),
    "jonas": ("Jonas Weber", "jonas.weber@kestrel-supply.example"),
    "priya": ("Priya Nair", "priya.nair@kestrel-supply.example"),
    "tom": ("Tom Hale", "tom.hale@kestrel-supply.example"),
}

CASES = []


def case(slug, kind, locale, desc):
    def deco(fn):
        CASES.append(dict(slug=slug, kind=kind, locale=locale, desc=desc, fn=fn))
        return fn
    return deco


# ---------------------------------------------------------------- POs
def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def L(item, desc, qty, uom, price, date):
    return dict(item=item, description=desc, quantity=qty, uom=uom, unit_price=price, requested_date=date)


def PO(number, supplier, buyer, currency, issued, lines, req=True, seq=1):
    b = BUYERS[buyer]
    d = {"po_number": number, "supplier": supplier, "buyer": {"name": b[0], "email": b[1]},
         "currency": currency, "issued": issued}
    if req:
        d["request_message_id"] = f"<po-{number}.{seq}@{OUR_DOMAIN}>"
    d["lines"] = [dict(line=i + 1, **ln) for i, ln in enumerate(lines)]
    return d


def buyer_addr(po):
    return formataddr((po["buyer"]["name"], po["buyer"]["email"]))


def req_subject(po):
    return f"Purchase order {po['po_number']} - please confirm"


def request_text(po, contact="Sir or Madam"):
    rows = [f"{'Line':<5} {'Item':<12} {'Description':<34} {'Qty':>6} {'UoM':<4} {'Unit price':>12} {'Need-by':<10}"]
    for ln in po["lines"]:
        rows.append(f"{ln['line']:<5} {ln['item']:<12} {ln['description'][:34]:<34} {ln['quantity']:>6} {ln['uom']:<4} "
                    f"{ln['unit_price'] + ' ' + po['currency']:>12} {ln['requested_date']:<10}")
    return (f"Dear {contact},\n\nplease confirm our purchase order {po['po_number']} of {po['issued']} "
            f"(quantity, unit price and delivery date for each line).\n\n" + "\n".join(rows) +
            f"\n\nDelivery to: Kestrel Trade Supply, Gate 3, Harbour Road 14, Hamburg\n"
            f"Please reply to this e-mail.\n\nKind regards\n{po['buyer']['name']}\n"
            f"Kestrel Trade Supply - Purchasing\n")


def request_html(po, contact="Sir or Madam"):
    cells = "".join(
        f"<tr><td>{ln['line']}</td><td>{ln['item']}</td><td>{ln['description']}</td><td>{ln['quantity']}</td>"
        f"<td>{ln['uom']}</td><td>{ln['unit_price']} {po['currency']}</td><td>{ln['requested_date']}</td></tr>"
        for ln in po["lines"])
    return (f"<p>Dear {contact},</p><p>please confirm our purchase order {po['po_number']} of {po['issued']} "
            f"(quantity, unit price and delivery date for each line).</p>"
            f"<table border=\"1\" cellpadding=\"3\"><tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th>"
            f"<th>UoM</th><th>Unit price</th><th>Need-by</th></tr>{cells}</table>"
            f"<p>Kind regards<br>{po['buyer']['name']}<br>Kestrel Trade Supply - Purchasing</p>")


def gt(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.rstrip("\n").split("\n")) + "\n"


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoy\u00e9\u00a0", "\u00c0\u00a0", "Objet\u00a0"),
    "pt": ("De", "Enviada", "Para", "Assunto"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "pl": ("Od", "Wys\u0142ano", "Do", "Temat"),
    "cs": ("Od", "Odesl\u00e1no", "Komu", "P\u0159edm\u011bt"),
    "sv": ("Fr\u00e5n", "Skickat", "Till", "\u00c4mne"),
    "da": ("Fra", "Sendt", "Til", "Emne"),
}


def outlook_quote(po, sent, lang="en", html=False):
    f, s, t, j = OUTLOOK_LABELS[lang]
    hdr = (f"{f}: {po['buyer']['name']} <{po['buyer']['email']}>\n{s}: {sent}\n"
           f"{t}: {po['supplier']['email']}\n{j}: {req_subject(po)}\n\n")
    return "\n________________________________\n" + hdr + request_text(po)


# ---------------------------------------------------------------- MIME parts
class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes

    def render(self):
        out = "".join(f"{k}: {v}\n" for k, v in self.headers).encode("ascii") + b"\n" + self.body
        return out


def _cte(data, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    return data


def Text(s, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False, extra=()):
    data = s.encode(charset)
    if cte == "7bit" and any(b > 127 for b in data):
        cte = "quoted-printable"
    ct = f"text/{subtype}; charset=\"{charset}\"" + ("; format=flowed" if flowed else "")
    body = _cte(data, cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra), body)


def Attach(data, ctype, filename, inline=False):
    disp = "inline" if inline else "attachment"
    fn = filename
    try:
        filename.encode("ascii")
        ctp = f"{ctype}; name=\"{fn}\""
        dsp = f"{disp}; filename=\"{fn}\""
    except UnicodeEncodeError:
        from urllib.parse import quote
        ctp = f"{ctype}; name*=utf-8''{quote(fn)}"
        dsp = f"{disp}; filename*=utf-8''{quote(fn)}"
    return Part([("Content-Type", ctp), ("Content-Disposition", dsp),
                 ("Content-Transfer-Encoding", "base64")], base64.encodebytes(data))


_bcount = [0, ""]


def reset_boundaries(slug):
    _bcount[0] = 0
    _bcount[1] = slug


def boundary(style="generic"):
    _bcount[0] += 1
    h = hashlib.sha1(f"{_bcount[1]}/{_bcount[0]}".encode()).hexdigest()
    if style == "outlook":
        return f"_000_{h[:8].upper()}{h[8:16].upper()}EXCH{h[16:22].upper()}_"
    if style == "gmail":
        return f"000000000000{h[:12]}"
    if style == "apple":
        return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:28].upper()}"
    if style == "thunder":
        return f"------------{h[:24]}"
    return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{int(h[14:24], 16)}"


def Multi(subtype, parts, style="generic", params=""):
    b = boundary(style)
    body = b"This is a multi-part message in MIME format.\n\n" if style in ("generic", "thunder") else b""
    for p in parts:
        body += f"--{b}\n".encode() + p.render() + b"\n"
    body += f"--{b}--\n".encode()
    return Part([("Content-Type", f"multipart/{subtype}; boundary=\"{b}\"{params}")], body)


def Alt(text, html, charset="utf-8", cte="quoted-printable", style="generic"):
    return Multi("alternative", [Text(text, "plain", charset, cte), Text(html, "html", charset, cte)], style)


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76, header_name="Subject").encode()


def addr(name, email, charset="utf-8"):
    return formataddr((name, email), charset=charset)


def date(y, mo, d, h, mi, tz_minutes, s=0):
    tz = dt.timezone(dt.timedelta(minutes=tz_minutes))
    return format_datetime(dt.datetime(y, mo, d, h, mi, s, tzinfo=tz))


def mail(frm, to, subject, dt_str, msgid, body, po=None, refs=None, extra=(), subject_charset="utf-8",
         cc=None, mime=True):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject, subject_charset)), ("Date", dt_str), ("Message-ID", msgid)]
    if refs is None and po is not None and "request_message_id" in po:
        refs = [po["request_message_id"]]
    if refs:
        h.append(("In-Reply-To", refs[-1]))
        h.append(("References", " ".join(refs)))
    h += list(extra)
    if mime:
        h.append(("MIME-Version", "1.0"))
    raw = "".join(f"{k}: {v}\n" for k, v in h).encode("ascii") + body.render()
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


# ---------------------------------------------------------------- attachments
def pdf(lines, title="Document"):
    """Minimal one-page PDF with a real text layer (Helvetica, WinAnsi)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 10 Tf", "12 TL", "50 800 Td"]
    for l in lines:
        if l.startswith("#"):
            ops += ["/F2 13 Tf", f"({esc(l[1:])}) Tj T*", "/F1 10 Tf"]
        else:
            ops.append(f"({esc(l)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + esc(title).encode("cp1252") + b") /Producer (ERP Print Service 7.2) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += f"{i + 1} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def xlsx(rows, sheet="Sheet1"):
    """rows: list of lists of str/int/float. Strings are inline strings."""
    from xml.sax.saxutils import escape
    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    xr = []
    for r, row in enumerate(rows, 1):
        cs = []
        for c, v in enumerate(row):
            ref = f"{col(c)}{r}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cs.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif v is None or v == "":
                continue
            else:
                cs.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(v))}</t></is></c>')
        xr.append(f'<row r="{r}">{"".join(cs)}</row>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{"".join(xr)}</sheetData></worksheet>',
    }
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, content in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 10, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content.encode("utf-8"))
    return bio.getvalue()


# ---------------------------------------------------------------- labels
def A():
    return {"status": "accepted"}


def R():
    return {"status": "rejected"}


def U():
    return {"status": "unconfirmed"}


def C(qty=None, price=None, date=None, sched=None):
    d = {"status": "changed", "_q": qty, "_p": price, "_d": date}
    if sched:
        d["_s"] = [{"quantity": q, "date": x} for q, x in sched]
    return d


def conf(po, labels):
    out = {}
    for ln in po["lines"]:
        lab = labels.get(ln["line"], U())
        st = lab["status"]
        if st == "accepted":
            out[str(ln["line"])] = {"status": st, "quantity": ln["quantity"], "unit_price": ln["unit_price"],
                                    "date": ln["requested_date"]}
        elif st == "changed":
            s = lab.get("_s")
            q = lab["_q"] if lab["_q"] is not None else (sum(x["quantity"] for x in s) if s else ln["quantity"])
            d = lab["_d"] if lab["_d"] is not None else (max(x["date"] for x in s) if s else ln["requested_date"])
            p = lab["_p"] if lab["_p"] is not None else ln["unit_price"]
            e = {"status": st, "quantity": q, "unit_price": p, "date": d}
            if s:
                e["schedule"] = s
            out[str(ln["line"])] = e
        else:
            out[str(ln["line"])] = {"status": st}
    return {"po_number": po["po_number"], "lines": out}
