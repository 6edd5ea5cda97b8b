"""Helpers for building the held-out batch: POs, raw RFC 5322 mails, attachments, labels."""
import base64, datetime as dt, hashlib, io, json, os, zipfile
from decimal import Decimal
from email.header import Header
from email.utils import formataddr, format_datetime

CASES = []
BUYERS = {
    "mara": ("Mara Lindqvist", "mara.lindqvist@kestrel-supply.example"),
    "tomas": ("Tomas Herrera", "tomas.herrera@kestrel-supply.example"),
    "priya": ("Priya Nair", "priya.nair@kestrel-supply.example"),
    "jonas": ("Jonas Becker", "jonas.becker@kestrel-supply.example"),
}
OURCO = "Kestrel Facility Supply"


def case(slug, kind, locale, desc):
    def deco(fn):
        CASES.append(dict(slug=slug, kind=kind, locale=locale, desc=desc, fn=fn))
        return fn
    return deco


def tz(s):
    sign = -1 if s[0] == "-" else 1
    return dt.timezone(sign * dt.timedelta(hours=int(s[1:3]), minutes=int(s[3:5])))


def D(y, mo, d, h=10, mi=0, zone="+0000"):
    return dt.datetime(y, mo, d, h, mi, 0, tzinfo=tz(zone))


def kw_friday(year, week, day=5):
    return dt.date.fromisocalendar(year, week, day).isoformat()


# ---------------------------------------------------------------- MIME parts
def _qp(data: bytes) -> bytes:
    out = []
    for raw in data.split(b"\n"):
        raw = raw.rstrip(b"\r")
        enc = []
        for i, b in enumerate(raw):
            ch = bytes([b])
            if (33 <= b <= 126 and b != 61) or (b in (32, 9) and i != len(raw) - 1):
                enc.append(ch.decode())
            else:
                enc.append("=%02X" % b)
        line, cur = [], ""
        for tok in enc:
            if len(cur) + len(tok) > 75:
                line.append(cur + "=")
                cur = ""
            cur += tok
        line.append(cur)
        out.extend(line)
    return "\r\n".join(out).encode("ascii")


def _crlf(b: bytes) -> bytes:
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


class Part:
    def __init__(self, ctype, payload=b"", params=None, cte=None, headers=None, parts=None):
        self.ctype, self.payload, self.params = ctype, payload, params or {}
        self.cte, self.headers, self.parts = cte, headers or [], parts

    def render(self, seed="x"):
        h = []
        p = "".join('; %s="%s"' % (k, v) if k in ("name", "filename", "boundary") or " " in v or "/" in v
                    else "; %s=%s" % (k, v) for k, v in self.params.items())
        if self.parts is not None:
            b = "----=_Part_" + hashlib.md5(seed.encode()).hexdigest()[:20]
            p += '; boundary="%s"' % b
            h.append("Content-Type: %s%s" % (self.ctype, p))
            h += self.headers
            body = b"This is a multi-part message in MIME format.\r\n"
            for i, sp in enumerate(self.parts):
                body += b"\r\n--" + b.encode() + b"\r\n" + sp.render(seed + str(i))
            body += b"\r\n--" + b.encode() + b"--\r\n"
            return ("\r\n".join(h) + "\r\n\r\n").encode() + body
        h.append("Content-Type: %s%s" % (self.ctype, p))
        if self.cte:
            h.append("Content-Transfer-Encoding: " + self.cte)
        h += self.headers
        return ("\r\n".join(h) + "\r\n\r\n").encode() + self.payload


def _enc_body(data: bytes, cte):
    if cte == "quoted-printable":
        return _qp(data) + b"\r\n"
    if cte == "base64":
        return _crlf(base64.encodebytes(data))
    return _crlf(data) + (b"" if data.endswith(b"\n") else b"\r\n")


def T(text, charset="utf-8", cte="quoted-printable", subtype="plain", flowed=False, label=None):
    data = text.encode(charset)
    if cte in ("7bit", None) and any(b > 127 for b in data):
        cte = "8bit"
    params = {"charset": label or charset}
    if flowed:
        params["format"] = "flowed"
    return Part("text/" + subtype, _enc_body(data, cte), params, cte)


def H(html, charset="utf-8", cte="quoted-printable"):
    return T(html, charset, cte, "html")


def Alt(*parts):
    return Part("multipart/alternative", parts=list(parts))


def Mixed(*parts):
    return Part("multipart/mixed", parts=list(parts))


def Related(*parts):
    return Part("multipart/related", parts=list(parts))


def Att(data: bytes, ctype, filename, cte="base64", inline=False):
    disp = "inline" if inline else "attachment"
    enc = _enc_body(data, cte) if cte != "7bit" else _crlf(data)
    return Part(ctype, enc, {"name": filename}, cte,
                ['Content-Disposition: %s; filename="%s"' % (disp, filename)])


def hdr_addr(name, addr, charset="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), addr)


def hdr_text(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=900).encode()


# ---------------------------------------------------------------- attachments
def pdf(lines, title="Order confirmation"):
    """Minimal single-page PDF with a real text layer (Helvetica, WinAnsi)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 10 Tf", "12 TL", "50 790 Td"]
    for ln in lines:
        if ln.startswith("#"):
            ops += ["/F2 13 Tf", "(%s) Tj" % esc(ln[1:]), "T*", "/F1 10 Tf"]
        else:
            ops += ["(%s) Tj" % esc(ln), "T*"]
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        ("<< /Title (%s) /Producer (ERP report engine) >>" % esc(title)).encode("cp1252"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def xlsx(rows, sheet="Confirmation"):
    """Minimal XLSX; numbers as numeric cells, everything else inline strings."""
    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    from xml.sax.saxutils import escape
    sd = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (col(c), r)
            if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            elif v is None or v == "":
                continue
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, escape(str(v))))
        sd.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % "".join(sd))
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % sheet,
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": ws,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in files.items():
            zi = zipfile.ZipInfo(n, date_time=(2026, 11, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, c)
    return buf.getvalue()


# ---------------------------------------------------------------- our request (quoted)
def req_subject(po):
    return "Order acknowledgement request - PO %s" % po["po_number"]


def req_text(po, greet=None):
    b = po["buyer"]
    rows = ["Line  Item            Description                          Qty  UoM  Unit price      Need by",
            "----  --------------  -----------------------------------  ---  ---  --------------  ----------"]
    for l in po["lines"]:
        rows.append("%-4s  %-14s  %-35s  %3s  %-3s  %-14s  %s" % (
            l["line"], l["item"], l["description"][:35], l["quantity"], l["uom"],
            "%s %s" % (l["unit_price"], po["currency"]), l["requested_date"]))
    return ("Dear %s team,\n\nplease confirm our purchase order %s of %s (quantity, unit price and\n"
            "delivery date for each line):\n\n%s\n\nDeliver to: %s, Dock 3, Receiving\n"
            "Please reply to this e-mail with your order confirmation.\n\nKind regards,\n%s\nPurchasing | %s\n"
            % (greet or po["supplier"]["name"], po["po_number"], po["issued"], "\n".join(rows), OURCO, b["name"], OURCO))


def req_html(po):
    b = po["buyer"]
    trs = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td align=right>%s</td><td>%s</td><td align=right>%s %s</td><td>%s</td></tr>" % (
        l["line"], l["item"], l["description"], l["quantity"], l["uom"], l["unit_price"], po["currency"], l["requested_date"])
        for l in po["lines"])
    return ("<p>Dear %s team,</p><p>please confirm our purchase order <b>%s</b> of %s (quantity, unit price and delivery date for each line):</p>"
            "<table border=1 cellpadding=3 style='border-collapse:collapse'><tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Need by</th></tr>%s</table>"
            "<p>Deliver to: %s, Dock 3, Receiving<br>Please reply to this e-mail with your order confirmation.</p><p>Kind regards,<br>%s<br>Purchasing | %s</p>"
            % (po["supplier"]["name"], po["po_number"], po["issued"], trs, OURCO, b["name"], OURCO))


def req_sent(po):
    y, m, d = map(int, po["issued"].split("-"))
    return dt.datetime(y, m, d, 9, 14)


OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject", "%A, %B %d, %Y %I:%M %p"),
    "de": ("Von", "Gesendet", "An", "Betreff", "DE"),
    "fr": ("De", "Envoyé", "À", "Objet", "FR"),
    "es": ("De", "Enviado el", "Para", "Asunto", "ES"),
    "it": ("Da", "Inviato", "A", "Oggetto", "IT"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", "NL"),
    "pl": ("Od", "Wysłano", "Do", "Temat", "PL"),
    "sv": ("Från", "Skickat", "Till", "Ämne", "SV"),
    "pt": ("De", "Enviado", "Para", "Assunto", "PT"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět", "CS"),
}
_WD = {"DE": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
       "FR": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
       "ES": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
       "IT": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
       "NL": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
       "PL": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
       "SV": ["den"] * 7, "PT": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
       "CS": ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"]}
_MON = {"DE": "November", "FR": "novembre", "ES": "noviembre", "IT": "novembre", "NL": "november",
        "PL": "listopada", "SV": "november", "PT": "novembro", "CS": "listopadu"}


def _fmt_sent(t, style):
    if style.startswith("%"):
        return t.strftime(style).replace(" 0", " ")
    wd = _WD[style][t.weekday()]
    if style == "SV":
        return "den %d %s %d %02d:%02d" % (t.day, _MON[style], t.year, t.hour, t.minute)
    if style == "ES":
        return "%s, %d de %s de %d %d:%02d" % (wd, t.day, _MON[style], t.year, t.hour, t.minute)
    if style == "PT":
        return "%s, %d de %s de %d %02d:%02d" % (wd, t.day, _MON[style], t.year, t.hour, t.minute)
    return "%s, %d. %s %d %02d:%02d" % (wd, t.day, _MON[style], t.year, t.hour, t.minute) if style in ("DE", "CS") else \
        "%s %d %s %d %02d:%02d" % (wd, t.day, _MON[style], t.year, t.hour, t.minute)


def quote_outlook(po, lang="en", to=None):
    f, s, t, su, style = OUTLOOK[lang]
    b = po["buyer"]
    sep = "" if lang == "en" else " "
    hdr = "%s:%s %s <%s>\n%s:%s %s\n%s:%s %s\n%s:%s %s\n" % (
        f, sep if lang == "fr" else "", b["name"], b["email"], s, sep if lang == "fr" else "", _fmt_sent(req_sent(po), style),
        t, sep if lang == "fr" else "", to or po["supplier"]["email"], su, sep if lang == "fr" else "", req_subject(po))
    return "\n\n________________________________\n" + hdr + "\n" + req_text(po)


def quote_gt(po, intro=None, prefix="> "):
    b = po["buyer"]
    t = req_sent(po)
    intro = intro or "On %s, %s <%s> wrote:" % (t.strftime("%a, %b %d, %Y at %H:%M").replace(" 0", " "), b["name"], b["email"])
    body = "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in req_text(po).split("\n"))
    return "\n\n" + intro + "\n" + body + "\n"


def quote_orig(po, label="-----Original Message-----"):
    b = po["buyer"]
    return "\n\n%s\nFrom: %s [mailto:%s]\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (
        label, b["name"], b["email"], req_sent(po).strftime("%d %B %Y %H:%M"), po["supplier"]["email"], req_subject(po), req_text(po))


def quote_html(po, intro=None):
    b = po["buyer"]
    intro = intro or "On %s, %s &lt;%s&gt; wrote:" % (req_sent(po).strftime("%a, %b %d, %Y at %H:%M").replace(" 0", " "), b["name"], b["email"])
    return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
            % (intro, req_html(po)))


def quote_outlook_html(po, lang="en"):
    f, s, t, su, style = OUTLOOK[lang]
    b = po["buyer"]
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class=MsoNormal><b>%s:</b> %s &lt;%s&gt;<br><b>%s:</b> %s<br><b>%s:</b> %s<br><b>%s:</b> %s</p></div>%s'
            % (f, b["name"], b["email"], s, _fmt_sent(req_sent(po), style), t, po["supplier"]["email"], su, req_subject(po), req_html(po)))


def html_page(inner, font="Calibri"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:%s,sans-serif;font-size:11pt">%s</div></body></html>' % (font, inner))


def nl2br(s):
    import html
    return "<br>\n".join(html.escape(x) for x in s.split("\n"))


# ---------------------------------------------------------------- Case object
class Case:
    def __init__(self, meta):
        self.meta = meta
        self.pos = []
        self.eml = None
        self.exp = None
        self.notes = ""

    def po(self, number, sid, sname, email, currency, issued, lines, buyer="mara", req=True, locale=None, reqid=None):
        b = BUYERS[buyer]
        p = {"po_number": number,
             "supplier": {"id": sid, "name": sname, "email": email, "locale": locale or self.meta["locale"]},
             "buyer": {"name": b[0], "email": b[1]},
             "currency": currency, "issued": issued}
        if req:
            p["request_message_id"] = reqid or "<ack-%s.%s@kestrel-supply.example>" % (
                number.replace("/", "-"), hashlib.md5(number.encode()).hexdigest()[:6])
        p["lines"] = [{"line": i + 1 if len(l) == 6 else l[6], "item": l[0], "description": l[1], "quantity": l[2],
                       "uom": l[3], "unit_price": l[4], "requested_date": l[5]} for i, l in enumerate(lines)]
        self.pos.append(p)
        return p

    def mail(self, frm, subject, date, body, po=None, to=None, msgid=None, cc=None, extra=(), refs=None,
             hcharset="utf-8", irt=True, mime=True, xmailer=None):
        to = to or (self.pos[0]["buyer"]["name"], self.pos[0]["buyer"]["email"])
        dom = frm[1].split("@")[1]
        h = []
        h += list(extra)
        h.append("From: " + hdr_addr(frm[0], frm[1], hcharset))
        h.append("To: " + (hdr_addr(*to, hcharset) if isinstance(to, tuple) else to))
        if cc:
            h.append("Cc: " + cc)
        h.append("Subject: " + hdr_text(subject, hcharset))
        h.append("Date: " + format_datetime(date))
        mid = msgid or "<%s.%s@%s>" % (date.strftime("%Y%m%d%H%M%S"), hashlib.sha1((self.meta["slug"]).encode()).hexdigest()[:12], dom)
        h.append("Message-ID: " + mid)
        if po is not None and irt:
            rid = po["request_message_id"]
            h.append("In-Reply-To: " + rid)
            h.append("References: " + (refs + " " if refs else "") + rid)
        if xmailer:
            h.append(xmailer)
        if mime:
            h.append("MIME-Version: 1.0")
        self.eml = ("\r\n".join(h) + "\r\n").encode() + body.render(self.meta["slug"])

    # expectations
    def confirm(self, *entries):
        self.exp = {"kind": "confirmation", "confirmations": list(entries)}

    def other(self, kind):
        assert kind in ("needs_review", "auto_reply", "bounce", "unrelated")
        self.exp = {"kind": kind}


def price_eq(a, b):
    return Decimal(a) == Decimal(b)


def ans(po, spec):
    """spec: {line_no: 'A'|'R'|'U'|dict(quantity=, unit_price=, date=, schedule=[(q,d),..])}"""
    out = {}
    lines = {l["line"]: l for l in po["lines"]}
    assert set(spec) == set(lines), (po["po_number"], set(spec), set(lines))
    for n, s in spec.items():
        l = lines[n]
        if s == "A":
            out[str(n)] = {"status": "accepted", "quantity": l["quantity"], "unit_price": l["unit_price"], "date": l["requested_date"]}
        elif s == "R":
            out[str(n)] = {"status": "rejected"}
        elif s == "U":
            out[str(n)] = {"status": "unconfirmed"}
        else:
            q = s.get("quantity", l["quantity"])
            p = s.get("unit_price", l["unit_price"])
            d = s.get("date", l["requested_date"])
            e = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
            if "schedule" in s:
                sch = [{"quantity": a, "date": b} for a, b in s["schedule"]]
                assert sum(x["quantity"] for x in sch) == q, (po["po_number"], n)
                assert max(x["date"] for x in sch) == d, (po["po_number"], n)
                e["schedule"] = sch
            assert (q != l["quantity"] or not price_eq(p, l["unit_price"]) or d != l["requested_date"] or "schedule" in s), (po["po_number"], n, "no change")
            out[str(n)] = e
    return {"po_number": po["po_number"], "lines": out}


def write_case(num, meta, outdir):
    c = Case(meta)
    meta["fn"](c)
    assert c.eml and c.exp and c.notes, meta["slug"]
    assert c.exp["kind"] == meta["kind"], meta["slug"]
    d = os.path.join(outdir, "%03d-%s" % (num, meta["slug"]))
    os.makedirs(d)
    with open(os.path.join(d, "pos.json"), "w", encoding="utf-8") as f:
        json.dump(c.pos, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(d, "message.eml"), "wb") as f:
        f.write(c.eml)
    exp = dict(c.exp)
    exp["notes"] = c.notes
    with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return d
