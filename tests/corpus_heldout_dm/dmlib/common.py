"""Helpers to build held-out supplier-reply cases (stdlib only)."""
import base64, datetime as dt, io, json, quopri, zipfile, zlib
from decimal import Decimal
from email.header import Header
from email.utils import format_datetime

CASES = []
BUYERS = {
    "dana": ("Dana Ruiz", "dana.ruiz@buyer.example"),
    "mikkel": ("Mikkel Sorensen", "mikkel.sorensen@buyer.example"),
    "priya": ("Priya Nair", "priya.nair@buyer.example"),
}
COMPANY = "Halvorsen Industrial Supply"


def case(slug, locale, kind, desc):
    def deco(fn):
        CASES.append(dict(slug=slug, locale=locale, kind=kind, desc=desc, fn=fn))
        return fn
    return deco


# ---------------------------------------------------------------- dates
def kw(year, week, weekday=5):
    return dt.date.fromisocalendar(year, week, weekday).isoformat()


def plus(iso, days):
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()


def hdate(s):
    """'2026-11-05 09:12 +0100' -> RFC 5322 date string"""
    d, t, z = s.split()
    sign = 1 if z[0] == "+" else -1
    tz = dt.timezone(sign * dt.timedelta(hours=int(z[1:3]), minutes=int(z[3:5])))
    h, m = t.split(":")[:2]
    sec = int(t.split(":")[2]) if t.count(":") == 2 else 17
    x = dt.datetime.fromisoformat(d).replace(hour=int(h), minute=int(m), second=sec, tzinfo=tz)
    return format_datetime(x)


# ---------------------------------------------------------------- MIME
class Node:
    def __init__(self, headers, body=None, parts=None, boundary=None):
        self.headers, self.body, self.parts, self.boundary = headers, body, parts, boundary


_bcount = [0]


def _boundary(tag="b"):
    _bcount[0] += 1
    return "----=_Part_%d_%s.%d" % (_bcount[0] * 7919 % 100000, tag, 1700000000 + _bcount[0] * 37)


def _encode(data, cte):
    if cte == "base64":
        b = base64.encodebytes(data)
        return b.replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        b = quopri.encodestring(data.replace(b"\r\n", b"\n"))
        return b.replace(b"\n", b"\r\n")
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def T(text, charset="utf-8", cte="quoted-printable", sub="plain", flowed=False, extra=()):
    try:
        data = text.encode(_pycodec(charset))
    except UnicodeEncodeError:
        fb = {"\u2013": "-", "\u2014": "-", "\u2116": "N", "\u00ab": '"', "\u00bb": '"', "\u2026": "...",
              "\u2019": "'", "\u201e": '"', "\u201c": '"', "\u201d": '"', "\u00b7": "|", "\u20ac": "EUR",
              "\u2192": "->", "\u00e0": "a"}
        data = "".join(ch if _ok(ch, charset) else fb.get(ch, ch) for ch in text).encode(_pycodec(charset))
    if cte == "7bit" and any(c > 127 for c in data):
        cte = "8bit"
    ct = "text/%s; charset=%s" % (sub, charset if '"' in charset else '"%s"' % charset)
    if flowed:
        ct += "; format=flowed"
    h = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra)
    return Node(h, _encode(data, cte))


def _ok(ch, cs):
    try:
        ch.encode(_pycodec(cs))
        return True
    except UnicodeEncodeError:
        return False


def H(html, charset="utf-8", cte="quoted-printable"):
    return T(html, charset, cte, sub="html")


def ALT(*parts):
    return MULTI("alternative", *parts)


def MULTI(sub, *parts, params=""):
    b = _boundary(sub[:3])
    return Node([("Content-Type", 'multipart/%s; boundary="%s"%s' % (sub, b, params))], parts=list(parts), boundary=b)


def MIX(*parts):
    return MULTI("mixed", *parts)


def ATT(filename, ctype, data, cte="base64", inline=False):
    disp = "inline" if inline else "attachment"
    h = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
         ("Content-Disposition", '%s; filename="%s"' % (disp, filename)),
         ("Content-Transfer-Encoding", cte)]
    if isinstance(data, str):
        data = data.encode("utf-8")
    return Node(h, _encode(data, cte))


def RAW(headers, body_bytes):
    return Node(headers, body_bytes)


def _pycodec(cs):
    return {"windows-1250": "cp1250", "windows-1251": "cp1251", "windows-1252": "cp1252",
            "windows-1253": "cp1253", "windows-1254": "cp1254", "windows-1255": "cp1255",
            "windows-1256": "cp1256", "windows-1257": "cp1257", "windows-1258": "cp1258",
            "tis-620": "tis_620", "x-mac-roman": "mac_roman"}.get(cs.lower(), cs)


def _hval(v):
    if all(ord(c) < 128 for c in v):
        return v
    return Header(v, "utf-8").encode()


def addr(name, email, charset="utf-8"):
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.()'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (Header(name, charset).encode(), email)


def serialize(node, top_headers):
    out = io.BytesIO()

    def w(s):
        out.write(s.encode("ascii") if isinstance(s, str) else s)

    def hdrs(hs):
        for k, v in hs:
            w("%s: %s\r\n" % (k, v if k in ("From", "To", "Cc", "Reply-To") else _hval(v)))

    def emit(n):
        hdrs(n.headers)
        w("\r\n")
        if n.parts is not None:
            w("This is a multi-part message in MIME format.\r\n\r\n")
            for p in n.parts:
                w("--%s\r\n" % n.boundary)
                emit(p)
                w("\r\n")
            w("--%s--\r\n" % n.boundary)
        else:
            w(n.body.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
            if not n.body.endswith(b"\n"):
                w("\r\n")

    hdrs(top_headers)
    w("MIME-Version: 1.0\r\n")
    emit(node)
    return out.getvalue()


# ---------------------------------------------------------------- attachments
def pdf(lines, title="Order Confirmation"):
    """Minimal single-page PDF with a real (Helvetica, WinAnsi) text layer."""
    def esc(s):
        b = s.encode("cp1252", "replace")
        r = ""
        for c in b:
            ch = chr(c)
            if ch in "()\\":
                r += "\\" + ch
            elif c > 126 or c < 32:
                r += "\\%03o" % c
            else:
                r += ch
        return r
    ops = ["BT", "/F1 10 Tf", "12 TL", "50 800 Td"]
    for i, ln in enumerate(lines):
        if ln.startswith("#"):
            ops += ["/F2 13 Tf", "(%s) Tj" % esc(ln[1:].strip()), "T*", "/F1 10 Tf"]
        else:
            ops += ["(%s) Tj" % esc(ln), "T*"]
    ops.append("ET")
    content = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        ("<< /Title (%s) /Producer (SAP NetWeaver 7.50) >>" % esc(title)).encode("latin-1"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x))
    return out.getvalue()


def xlsx(rows, sheet="Auftragsbestaetigung"):
    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s

    def xe(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    rx = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (col(c), r)
            if v is None:
                continue
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, xe(str(v))))
        rx.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(rx))
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xe(sheet),
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in files.items():
            zi = zipfile.ZipInfo(n, date_time=(2026, 11, 5, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, d)
    return bio.getvalue()


XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ---------------------------------------------------------------- expected helpers
class _Mark:
    def __init__(self, status, **kw):
        self.status, self.kw = status, kw


A = _Mark("accepted")
R = _Mark("rejected")
U = _Mark("unconfirmed")


def C(q=None, p=None, d=None, s=None):
    return _Mark("changed", q=q, p=p, d=d, s=s)


# ---------------------------------------------------------------- the case object
class Case:
    def __init__(self, meta):
        self.meta = meta
        self.pos = []
        self.expected = None
        self.eml = None

    def po(self, num, sid, name, email, lines, cur="EUR", issued="2026-11-02", buyer="dana",
           locale=None, req=True, seq=1):
        b = BUYERS[buyer]
        p = {"po_number": num,
             "supplier": {"id": sid, "name": name, "email": email, "locale": locale or self.meta["locale"]},
             "buyer": {"name": b[0], "email": b[1]},
             "currency": cur, "issued": issued}
        if req:
            p["request_message_id"] = "<po-%s.%d@buyer.example>" % (num, seq)
        p["lines"] = [{"line": i, "item": it, "description": de, "quantity": q, "uom": u,
                       "unit_price": pr, "requested_date": rd}
                      for i, (it, de, q, u, pr, rd) in enumerate(lines, 1)]
        self.pos.append(p)
        return p

    # ---- our request text, for quoting
    def subject(self, p):
        return "PO %s - please confirm quantities, prices and delivery dates" % p["po_number"]

    def req_date(self, p, t="08:41"):
        return hdate("%s %s +0100" % (p["issued"], t))

    def rows(self, p, price_fmt=None):
        out = ["Line  Item           Description                              Qty  UoM   Unit price  Need-by"]
        for l in p["lines"]:
            out.append("%-5s %-14s %-40s %4s  %-4s %10s  %s" % (
                l["line"], l["item"], l["description"][:40], l["quantity"], l["uom"],
                "%s %s" % (l["unit_price"], p["currency"]) if False else l["unit_price"], l["requested_date"]))
        return out

    def request_text(self, p):
        b = p["buyer"]["name"]
        return "\n".join([
            "Dear %s team," % p["supplier"]["name"],
            "",
            "please confirm our purchase order %s dated %s: quantities, prices (%s) and" % (p["po_number"], p["issued"], p["currency"]),
            "delivery dates for every line. Reply to this e-mail; the PO PDF is attached.",
            "",
        ] + self.rows(p) + [
            "",
            "Kind regards,",
            b,
            "Purchasing | %s" % COMPANY,
            "Tel. +44 161 555 0142",
        ])

    def quote(self, p, style="outlook", lang="en"):
        b = p["buyer"]
        txt = self.request_text(p)
        if style == "outlook":
            hd = {"en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
                  "fr": ("De", "Envoyé", "À", "Objet"), "es": ("De", "Enviado el", "Para", "Asunto"),
                  "nl": ("Van", "Verzonden", "Aan", "Onderwerp"), "it": ("Da", "Inviato", "A", "Oggetto"),
                  "pt": ("De", "Enviada em", "Para", "Assunto"), "pl": ("Od", "Wysłano", "Do", "Temat"),
                  "sv": ("Från", "Skickat", "Till", "Ämne"), "cs": ("Od", "Odesláno", "Komu", "Předmět"),
                  }[lang]
            d = dt.date.fromisoformat(p["issued"])
            return ("\n\n%s: %s <%s>\n%s: %s 08:41\n%s: %s\n%s: %s\n\n" % (
                hd[0], b["name"], b["email"], hd[1], d.strftime("%A, %B %d, %Y").replace(" 0", " ") if lang == "en" else d.strftime("%d.%m.%Y"),
                hd[2], p["supplier"]["email"], hd[3], self.subject(p)) + txt)
        if style == "gmail":
            d = dt.date.fromisoformat(p["issued"])
            intro = "On %s at 8:41 AM %s <%s> wrote:" % (d.strftime("%a, %b %d, %Y").replace(" 0", " "), b["name"], b["email"])
            return "\n\n" + intro + "\n" + "\n".join(("> " + x).rstrip() for x in txt.split("\n"))
        if style == "gt":
            return "\n\n-----Original Message-----\n" + "\n".join(("> " + x).rstrip() for x in txt.split("\n"))
        raise ValueError(style)

    def quote_html(self, p, intro=None):
        import html as _h
        b = p["buyer"]
        rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
            l["line"], l["item"], _h.escape(l["description"]), l["quantity"], l["uom"], l["unit_price"], l["requested_date"])
            for l in p["lines"])
        intro = intro or "On %s, %s &lt;%s&gt; wrote:" % (p["issued"], b["name"], b["email"])
        return ('<div class="gmail_quote"><div>%s</div><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                '<p>Dear %s team,</p><p>please confirm our purchase order %s dated %s: quantities, prices (%s) and delivery dates for every line.</p>'
                '<table border="1" cellpadding="3"><tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Need-by</th></tr>%s</table>'
                '<p>Kind regards,<br>%s<br>Purchasing | %s</p></blockquote></div>') % (
            intro, _h.escape(p["supplier"]["name"]), p["po_number"], p["issued"], p["currency"], rows, b["name"], COMPANY)

    # ---- the inbound mail
    def mail(self, frm, date, body, subject=None, reply_to_po=None, prefix="RE: ", to=None, mid=None,
             refs=True, extra=(), frm_name=None):
        p = reply_to_po
        if subject is None:
            subject = prefix + self.subject(p)
        if to is None:
            bb = (p or self.pos[0])["buyer"]
            to = addr(bb["name"], bb["email"])
        dom = frm.split("@")[1].rstrip(">")
        if mid is None:
            hsh = zlib.crc32(self.meta["slug"].encode())
            hsh2 = zlib.crc32(self.meta["slug"][::-1].encode())
            style = hsh % 3
            if style == 0:
                mid = "<%08X%08X@%s>" % (hsh, hsh2, dom)
            elif style == 1:
                mid = "<%d.%d.%d.JavaMail@%s>" % (hsh % 1000000, hsh2 % 100000, 1762000000000 + hsh % 10**9, dom)
            else:
                mid = "<CA+%x%xQ@mail.%s>" % (hsh, hsh2, dom)
        h = [("From", addr(frm_name, frm) if frm_name else frm), ("To", to), ("Subject", subject),
             ("Date", hdate(date)), ("Message-ID", mid)]
        if p is not None and refs and p.get("request_message_id"):
            r = p["request_message_id"]
            h += [("In-Reply-To", r), ("References", r)]
        h += list(extra)
        self.eml = serialize(body, h)

    def raw_eml(self, data):
        self.eml = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")

    # ---- expectations
    def confirm(self, *entries, notes):
        confs = []
        for p, marks, *default in entries:
            default = default[0] if default else None
            lines = {}
            for l in p["lines"]:
                m = marks.get(l["line"], default)
                assert m is not None, (self.meta["slug"], l["line"])
                if m.status in ("rejected", "unconfirmed"):
                    lines[str(l["line"])] = {"status": m.status}
                    continue
                q, pr, d = l["quantity"], l["unit_price"], l["requested_date"]
                e = {"status": m.status, "quantity": q, "unit_price": pr, "date": d}
                if m.status == "changed":
                    k = m.kw
                    if k["q"] is not None: e["quantity"] = k["q"]
                    if k["p"] is not None: e["unit_price"] = k["p"]
                    if k["d"] is not None: e["date"] = k["d"]
                    if k["s"]:
                        e["schedule"] = [{"quantity": a, "date": b} for a, b in k["s"]]
                        assert sum(a for a, b in k["s"]) == e["quantity"], self.meta["slug"]
                        assert max(b for a, b in k["s"]) == e["date"], self.meta["slug"]
                    same = (e["quantity"] == q and Decimal(e["unit_price"]) == Decimal(pr) and e["date"] == d and not k["s"])
                    assert not same, ("changed but identical", self.meta["slug"], l["line"])
                lines[str(l["line"])] = e
            confs.append({"po_number": p["po_number"], "lines": lines})
        self.expected = {"kind": "confirmation", "confirmations": confs, "notes": notes}

    def other(self, kind, notes):
        self.expected = {"kind": kind, "notes": notes}


def dsn(c, p, mta_from, date, human, status, diag, reporting_mta, remote_mta=None, subject="Undelivered Mail Returned to Sender",
        orig_headers_only=True, extra=(), mta_name="Mail Delivery System"):
    """Build a multipart/report DSN for our request mail to p's supplier."""
    rcpt = p["supplier"]["email"]
    dsn_txt = "Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\nStatus: %s\n" % (
        reporting_mta, c.req_date(p), rcpt, rcpt, status)
    if remote_mta:
        dsn_txt += "Remote-MTA: dns; %s\n" % remote_mta
    dsn_txt += "Diagnostic-Code: smtp; %s\n" % diag
    b = p["buyer"]
    oh = "Return-Path: <%s>\nFrom: %s <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n" % (
        b["email"], b["name"], b["email"], rcpt, c.subject(p), c.req_date(p), p.get("request_message_id", "<x@buyer.example>"))
    parts = [T(human, "us-ascii", "7bit") if human.isascii() else T(human, "utf-8", "quoted-printable"),
             Node([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], dsn_txt.encode()),
             ]
    if orig_headers_only:
        parts.append(Node([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")], oh.encode()))
    else:
        parts.append(Node([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")],
                          (oh + "\n" + c.request_text(p) + "\n").encode()))
    body = MULTI("report", *parts, params="; report-type=delivery-status")
    c.mail(mta_from, date, body, subject=subject, reply_to_po=None, frm_name=mta_name,
           to=b["email"], extra=list(extra) + [("Auto-Submitted", "auto-replied")])
