#!/usr/bin/env python3
"""Writes the held-out batch J of supplier replies (written from FORMAT.md alone).

Standard library only.  Output: cases/NNN-slug/{pos.json,message.eml,expected.json}
Everything is deterministic: running the script twice gives identical bytes.
"""
import base64, datetime as dt, io, json, os, quopri, random, shutil, sys, zipfile, zlib
from decimal import Decimal
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases")

BUYER_DOMAIN = "kestrel-mfg.example"
BUYERS = {
    "dana": ("Dana Whitfield", "dana.whitfield@kestrel-mfg.example"),
    "jonas": ("Jonas Brenner", "jonas.brenner@kestrel-mfg.example"),
    "tom": ("Tom Okafor", "tom.okafor@kestrel-mfg.example"),
    "elin": ("Elin Sandberg", "elin.sandberg@kestrel-mfg.example"),
    "priya": ("Priya Raman", "priya.raman@kestrel-mfg.example"),
}

# ---------------------------------------------------------------- POs
def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}

def PO(num, supplier, buyer, cur, issued, lines, req=1):
    b = BUYERS[buyer]
    po = {"po_number": num, "supplier": supplier,
          "buyer": {"name": b[0], "email": b[1]}, "currency": cur, "issued": issued}
    if req:
        po["request_message_id"] = "<po-%s.%d@%s>" % (num, req, BUYER_DOMAIN)
    po["lines"] = []
    for i, (item, desc, qty, uom, price, date) in enumerate(lines, 1):
        po["lines"].append({"line": i, "item": item, "description": desc, "quantity": qty,
                            "uom": uom, "unit_price": price, "requested_date": date})
    return po

# ---------------------------------------------------------------- expected
def conf(po, spec):
    """spec: {line_no: 'A'|'R'|'U'|dict(q=,p=,d=,s=[(q,d),..])}; every line must be given."""
    lines = {}
    assert sorted(spec) == [l["line"] for l in po["lines"]], (po["po_number"], spec)
    for l in po["lines"]:
        s = spec[l["line"]]
        if s == "A":
            lines[str(l["line"])] = {"status": "accepted", "quantity": l["quantity"],
                                     "unit_price": l["unit_price"], "date": l["requested_date"]}
        elif s == "R":
            lines[str(l["line"])] = {"status": "rejected"}
        elif s == "U":
            lines[str(l["line"])] = {"status": "unconfirmed"}
        else:
            q = s.get("q", l["quantity"]); p = s.get("p", l["unit_price"]); d = s.get("d", l["requested_date"])
            e = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
            if "s" in s:
                sch = [{"quantity": a, "date": b} for a, b in s["s"]]
                assert sum(x["quantity"] for x in sch) == q, (po["po_number"], l["line"])
                assert max(x["date"] for x in sch) == d, (po["po_number"], l["line"])
                e["schedule"] = sch
            assert (q != l["quantity"] or Decimal(p) != Decimal(l["unit_price"])
                    or d != l["requested_date"] or "s" in s), ("not a change", po["po_number"], l["line"])
            dt.date.fromisoformat(d)
            lines[str(l["line"])] = e
    return {"po_number": po["po_number"], "lines": lines}

def EXP(kind, notes, confs=None):
    e = {"kind": kind}
    if kind == "confirmation":
        assert confs
        e["confirmations"] = confs
    else:
        assert not confs
    e["notes"] = notes
    return e

# ---------------------------------------------------------------- header helpers
def rfc2047(s, cs="utf-8", first=9):
    """Encode s as RFC 2047 encoded words labelled with cs as given (Q for single-byte charsets, else B)."""
    single = cs.lower().startswith(("iso-8859", "windows-125"))
    words, cur = [], ""
    def enc(t):
        b = t.encode(cs)
        if single:
            out = ""
            for ch in b:
                c = chr(ch)
                if c == " ":
                    out += "_"
                elif c.isalnum() and ch < 128:
                    out += c
                else:
                    out += "=%02X" % ch
            return "=?%s?Q?%s?=" % (cs, out)
        return "=?%s?B?%s?=" % (cs, base64.b64encode(b).decode())
    limit = 75
    for ch in s:
        if cur and len(enc(cur + ch)) > limit - (first if not words else 1):
            words.append(enc(cur)); cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return "\n ".join(words)

def addr(name, email, cs="utf-8"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()<>@[]'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (rfc2047(name, cs, 6), email)

def htext(s, cs="utf-8", name="Subject"):
    if all(ord(c) < 128 for c in s):
        return s
    # encode only from the first non-ASCII word on, like most clients do
    words = s.split(" ")
    i = next(k for k, w in enumerate(words) if any(ord(c) > 127 for c in w))
    j = max(k for k, w in enumerate(words) if any(ord(c) > 127 for c in w))
    head = " ".join(words[:i]); mid_ = " ".join(words[i:j + 1]); tail = " ".join(words[j + 1:])
    out = (head + " " if head else "") + rfc2047(mid_, cs, len(name) + 2 + len(head))
    if tail:
        out += "\n " + tail
    return out

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

def rfcdate(s):
    """'2026-12-02 09:14:22 +0100' -> RFC 5322 date with the right weekday."""
    d, t, z = s.split()
    dd = dt.date.fromisoformat(d)
    return "%s, %d %s %d %s %s" % (WD[dd.weekday()], dd.day, MO[dd.month - 1], dd.year, t, z)

_rng = random.Random(20261201)
def _tok(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(_rng.choice(alphabet) for _ in range(n))

def mid(style, domain=None):
    if style == "outlook":
        h = "%s%sPR%02dMB%04d" % (_rng.choice(["AM", "DB", "VI", "PA", "FR"]), _rng.randint(0, 9), _rng.randint(1, 9), _rng.randint(1000, 9999))
        return "<%s%s@%s.eurprd0%d.prod.outlook.com>" % (h, _tok(20), h, _rng.randint(1, 9))
    if style == "outlook-na":
        h = "%sPR%02dMB%04d" % (_rng.choice(["BN", "CH", "SJ", "DM", "MN"]) + str(_rng.randint(0, 9)), _rng.randint(1, 9), _rng.randint(1000, 9999))
        return "<%s%s@%s.namprd%02d.prod.outlook.com>" % (h, _tok(20), h, _rng.randint(1, 19))
    if style == "gmail":
        return "<CA%s@mail.gmail.com>" % _tok(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=")
    if style == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (_tok(8), _tok(4), _tok(4), _tok(4), _tok(12), domain)
    return "<%s.%s@%s>" % (_tok(12).lower(), _tok(8).lower(), domain)

# ---------------------------------------------------------------- MIME building
def b64(data):
    return base64.encodebytes(data)  # 76-char lines, trailing newline

class Part:
    def __init__(self, ctype, payload=b"", params=None, cte=None, extra=None, parts=None, boundary=None, preamble=None):
        self.ctype, self.payload, self.params, self.cte = ctype, payload, params or [], cte
        self.extra, self.parts, self.boundary, self.preamble = extra or [], parts, boundary, preamble

    def head(self):
        h = []
        p = "".join("; %s=%s" % kv for kv in self.params)
        if self.parts is not None:
            h.append('Content-Type: %s;\n\tboundary="%s"%s' % (self.ctype, self.boundary, p))
        else:
            h.append("Content-Type: %s%s" % (self.ctype, p))
        if self.cte:
            h.append("Content-Transfer-Encoding: %s" % self.cte)
        h.extend(self.extra)
        return "\n".join(h).encode("ascii")

    def body(self):
        if self.parts is None:
            return self.payload
        out = b""
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n"
        for p in self.parts:
            out += b"\n--" + self.boundary.encode() + b"\n" + p.head() + b"\n\n" + p.body().rstrip(b"\n") + b"\n"
        out += b"\n--" + self.boundary.encode() + b"--\n"
        return out

def T(text, subtype="plain", cs="utf-8", cte="quoted-printable", params=None, extra=None, flowed=False):
    """A text part.  text uses \\n line ends; CRLF is applied to the whole message at the end."""
    data = text.encode(cs)
    if cte == "quoted-printable":
        payload = quopri.encodestring(data)
    elif cte == "base64":
        payload = b64(text.replace("\n", "\r\n").encode(cs))
    else:
        payload = data
    prm = [("charset", '"%s"' % cs if subtype == "html" else cs)]
    if flowed:
        prm.append(("format", "flowed"))
    prm += params or []
    return Part("text/" + subtype, payload, prm, cte, extra)

def ATT(filename, ctype, data, inline=False, extra=None, name_cs=None):
    fn = filename
    if any(ord(c) > 127 for c in filename):
        fn = rfc2047(filename, "utf-8")
    disp = "inline" if inline else "attachment"
    ex = ['Content-Disposition: %s;\n\tfilename="%s"' % (disp, fn)] + (extra or [])
    return Part(ctype, b64(data), [("name", '"%s"' % fn)], "base64", ex)

def M(subtype, parts, boundary, preamble=None):
    return Part("multipart/" + subtype, parts=parts, boundary=boundary, preamble=preamble)

def EML(headers, body, mime=True):
    """headers: list of (name, value).  value may contain \\n\\t folds."""
    out = []
    for k, v in headers:
        out.append("%s: %s" % (k, v))
    if mime:
        out.append("MIME-Version: 1.0")
    raw = "\n".join(out).encode("ascii") + b"\n" + body.head() + b"\n\n" + body.body()
    if not raw.endswith(b"\n"):
        raw += b"\n"
    assert b"\r" not in raw
    return raw.replace(b"\n", b"\r\n")

# ---------------------------------------------------------------- documents
def pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

def PDF(items, producer="Microsoft Reporting Services PDF Rendering Extension 11.0.0.0", title=None):
    """items: list of (x, y, text, bold, size).  Text must be cp1252-encodable."""
    ops = []
    for x, y, s, bold, size in items:
        ops.append("BT /%s %g Tf %g %g Td (%s) Tj ET" % ("F2" if bold else "F1", size, x, y, pdf_escape(s)))
    stream = ("\n".join(ops) + "\n").encode("cp1252")
    info = "<< /Producer (%s) /CreationDate (D:20261201000000) %s>>" % (producer, "/Title (%s) " % title if title else "")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
        info.encode("cp1252"),
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

def pdf_table(title_lines, header, rows, cols, foot=(), top=800):
    """Lays out a simple ERP-style document; returns items for PDF()."""
    items, y = [], top
    for s, bold, size in title_lines:
        items.append((50, y, s, bold, size)); y -= size + 6
    y -= 8
    for c, s in zip(cols, header):
        items.append((c, y, s, True, 8))
    y -= 14
    for r in rows:
        for c, s in zip(cols, r):
            if s != "":
                items.append((c, y, s, False, 8))
        y -= 12
    y -= 10
    for s in foot:
        items.append((50, y, s, False, 8)); y -= 11
    return items

def xl_serial(d):
    return (dt.date.fromisoformat(d) - dt.date(1899, 12, 30)).days

def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def XLSX(rows, sheet="Sheet1", shared=True, app="Microsoft Excel"):
    """rows: list of lists; cell = str | int | float | ('date', 'YYYY-MM-DD') | ('num', value, fmtid) | None"""
    from xml.sax.saxutils import escape
    sst, sidx = [], {}
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if v is None or v == "":
                continue
            if isinstance(v, tuple) and v[0] == "date":
                cells.append('<c r="%s" s="1"><v>%d</v></c>' % (ref, xl_serial(v[1])))
            elif isinstance(v, tuple) and v[0] == "num":
                cells.append('<c r="%s" s="%d"><v>%s</v></c>' % (ref, v[2], repr(v[1]) if isinstance(v[1], float) else v[1]))
            elif isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v) if isinstance(v, float) else v))
            elif shared:
                if v not in sidx:
                    sidx[v] = len(sst); sst.append(v)
                cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, sidx[v]))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, escape(v)))
        xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet %s><sheetData>%s</sheetData></worksheet>' % (ns, "".join(xr)))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.0000"/></numFmts>'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
              '</styleSheet>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook %s><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % (ns, escape(sheet)))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          + ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' if sst else '')
          + '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>')
    wrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
             + ('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' if sst else '')
             + '</Relationships>')
    appx = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>%s</Application></Properties>' % escape(app))
    parts = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/app.xml", appx), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", wrels), ("xl/styles.xml", styles), ("xl/worksheets/sheet1.xml", sheet_xml)]
    if sst:
        parts.append(("xl/sharedStrings.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
                      % (len(sst), len(sst), "".join("<si><t>%s</t></si>" % escape(s) for s in sst))))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# ---------------------------------------------------------------- the request we sent (for quoting)
def fmt_qty(q):
    return "{:,}".format(q)

def req_subject(po, reminder=False):
    if reminder:
        return "REMINDER: Purchase order %s - order acknowledgment outstanding" % po["po_number"]
    return "Purchase order %s - request for order acknowledgment" % po["po_number"]

def req_body(po, reminder=False):
    b = po["buyer"]["name"]
    out = ["Dear %s team," % po["supplier"]["name"], ""]
    if reminder:
        out += ["we have not yet received your acknowledgment of purchase order %s dated %s." % (po["po_number"], po["issued"]),
                "Please confirm quantity, unit price and delivery date for each line by return.", ""]
    else:
        out += ["please acknowledge our purchase order %s dated %s by return e-mail," % (po["po_number"], po["issued"]),
                "stating quantity, unit price and delivery date for each line.", ""]
    out.append("Line  Item                 Qty        UoM  Unit price (%s)  Need-by" % po["currency"])
    for l in po["lines"]:
        out.append("%-5d %-20s %-10s %-4s %-17s %s" % (l["line"], l["item"], fmt_qty(l["quantity"]), l["uom"], l["unit_price"], l["requested_date"]))
    out += ["", "Deliver to: Kestrel Motion Systems, Plant 2, Receiving Dock B", "", "Kind regards", b,
            "Purchasing | Kestrel Motion Systems", po["buyer"]["email"]]
    return "\n".join(out)

def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))

def ol_block(lang, po, sent, reminder=False, to=None):
    L = {"en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
         "fr": ("De", "Envoyé", "À", "Objet"), "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
         "pl": ("Od", "Wysłano", "Do", "Temat"), "cs": ("Od", "Odesláno", "Komu", "Předmět"),
         "it": ("Da", "Inviato", "A", "Oggetto"), "es": ("De", "Enviado el", "Para", "Asunto"),
         "sv": ("Från", "Skickat", "Till", "Ämne"), "da": ("Fra", "Sendt", "Til", "Emne"),
         "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"), "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
         "nb": ("Fra", "Sendt", "Til", "Emne"), "ro": ("De la", "Trimis", "Către", "Subiect"),
         "ja": ("差出人", "送信日時", "宛先", "件名"), "zh": ("发件人", "发送时间", "收件人", "主题"),
         "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "제목"), "sk": ("Od", "Odoslané", "Komu", "Predmet")}[lang]
    b = po["buyer"]
    return "%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s\n\n%s" % (
        L[0], b["name"], b["email"], L[1], sent, L[2], to or po["supplier"]["email"], L[3],
        req_subject(po, reminder), req_body(po, reminder))

def reply_headers(po, frm, date, msgid, subject, to=None, cc=None, reminder=False, extra=None, refs=True, cs="utf-8"):
    h = [("From", addr(frm[0], frm[1], cs)),
         ("To", to or addr(po["buyer"]["name"], po["buyer"]["email"])),]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", htext(subject, cs)), ("Date", rfcdate(date)), ("Message-ID", msgid)]
    if refs and po.get("request_message_id"):
        r = po["request_message_id"]
        if reminder:
            first = r.replace(".2@", ".1@")
            h += [("In-Reply-To", r), ("References", "%s\n %s" % (first, r))]
        else:
            h += [("In-Reply-To", r), ("References", r)]
    h += extra or []
    return h

CASES = []
def case(slug, cat, locale, tests, pos, eml, exp):
    CASES.append((slug, cat, locale, tests, pos, eml, exp))

from html import escape as hesc

def html_of(text, font="Calibri, sans-serif", cs="utf-8"):
    """Outlook-ish HTML rendering of a plain text body (quoted parts become a bordered div)."""
    paras = []
    for l in text.split("\n"):
        paras.append('<p class="MsoNormal">%s</p>' % (hesc(l) if l.strip() else "&nbsp;"))
    return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:%s}</style>\n</head>\n'
            '<body lang="EN-US" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
            % (cs, font, "\n".join(paras)))

# =====================================================================================
# CONFIRMATIONS
# =====================================================================================

# 001 ---------------------------------------------------------------- de-DE one-liner
s = sup("FEDLI", "Federnwerk Lindau GmbH", "innendienst@federnwerk-lindau.example", "de-DE")
po = PO("4500071101", s, "jonas", "EUR", "2026-11-26", [
    ("DF-2210", "Compression spring 2.2x18x45, 1.4310", 5000, "EA", "0.2140", "2026-12-14"),
    ("ZF-0815", "Extension spring with hook ends, 1.1200", 12000, "EA", "0.0960", "2026-12-14"),
    ("SF-330", "Torsion spring, left hand", 2500, "EA", "0.3380", "2026-12-18")])
txt = """Guten Morgen Herr Brenner,

hiermit bestätigen wir Ihre Bestellung 4500071101 in allen Positionen zu den genannten Preisen und Terminen.

Mit freundlichen Grüßen / Best regards

i.A. Sabine Kölbl
Innendienst / Customer Service
Federnwerk Lindau GmbH
Kemptener Str. 41 | 88131 Lindau (Bodensee)
Tel. +49 8382 5551-24 | innendienst@federnwerk-lindau.example

Sitz der Gesellschaft: Lindau, Registergericht Kempten HRB 9999, Geschäftsführer: Dr. Anton Vögele
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.

""" + ol_block("de", po, "Donnerstag, 26. November 2026 15:02")
body = M("alternative", [T(txt, cs="iso-8859-1"), T(html_of(txt, cs="iso-8859-1"), "html", cs="iso-8859-1")], "_000_FR3P281MB0912D1E4A7C0B2F1A3E9FR3P281MB0912EURP_")
eml = EML(reply_headers(po, ("Kölbl, Sabine", "innendienst@federnwerk-lindau.example"), "2026-12-02 09:14:22 +0100", mid("outlook"),
                        "AW: " + req_subject(po), cs="iso-8859-1",
                        extra=[("Thread-Topic", req_subject(po)), ("Thread-Index", "AdtE1k3Lx9bq0m5WQe2TcXq4N8z0Ug=="),
                               ("Accept-Language", "de-DE, en-US"), ("Content-Language", "de-DE"), ("X-MS-Has-Attach", ""),
                               ("X-MS-TNEF-Correlator", "")]), body)
case("001-de-springs-all-lines-oneliner", "confirmation", "de-DE",
     "German one-sentence confirmation of all lines above an Outlook-quoted request; latin-1 QP; i.A. signature",
     [po], eml, EXP("confirmation", "Single sentence 'in allen Positionen zu den genannten Preisen und Terminen' confirms all three lines as ordered.",
                    [conf(po, {1: "A", 2: "A", 3: "A"})]))

# 002 ---------------------------------------------------------------- en-US inline answers
s = sup("NGES", "Northgate Electronic Supply", "quotes@northgate-supply.example", "en-US")
po = PO("4500071188", s, "dana", "USD", "2026-12-01", [
    ("CAP-0603-104K", "Ceramic capacitor 0.1uF 50V X7R 0603", 20000, "EA", "0.0061", "2026-12-11"),
    ("MCU-STM32G071", "Microcontroller STM32G071KBT6", 800, "EA", "2.4700", "2026-12-11"),
    ("CONN-M12-8P", "M12 panel connector 8-pin A-coded", 150, "EA", "9.8500", "2026-12-18"),
    ("REG-LM1117-33", "LDO regulator 3.3V SOT-223", 3000, "EA", "0.1900", "2026-12-11")])
rb = req_body(po).split("\n")
# inline answers after each PO line of the quote
ans = {
    "1": "CONFIRMED - in stock Dallas, ships 12/8 FedEx Ground",
    "2": "Allocated part. Can do 500 pcs ship 12/10 and the remaining 300 ship 1/22. Price holds at $2.47.",
    "3": "Factory lead time 6 wks -> will ship 1/15/27. Mfr raised price, new unit price $10.40",
    "4": "OK as ordered",
}
lines = []
for l in rb:
    lines.append("> " + l if l else ">")
    k = l.split(" ")[0]
    if k in ans and l.startswith(k + " "):
        lines.append("")
        lines.append(ans[k])
        lines.append("")
txt = ("Hi Dana,\n\nSee my answers inline below. Let me know if the split on the STM32s works for you.\n\n"
       "On Tue, Dec 1, 2026 at 10:31 AM Dana Whitfield <dana.whitfield@kestrel-mfg.example> wrote:\n\n" + "\n".join(lines) +
       "\n\n--\nKevin Marsh | Account Manager\nNorthgate Electronic Supply | 2200 Commerce Pkwy, Carrollton TX 75006\nDirect 972-555-0187 | quotes@northgate-supply.example\n")
body = M("alternative", [T(txt, cs="UTF-8"), T(html_of(txt, "Arial"), "html", cs="UTF-8")], "000000000000a1b2c3d40605f1e2d7")
eml = EML(reply_headers(po, ("Kevin Marsh", "quotes@northgate-supply.example"), "2026-12-03 16:42:09 -0600", mid("gmail"),
                        "Re: " + req_subject(po)), body)
case("002-us-distributor-inline-answers", "confirmation", "en-US",
     "answers typed between quoted PO lines; month-first dates without year incl. 1/22 -> 2027; ship dates only; split and price increase",
     [po], eml, EXP("confirmation", "Inline answers under each quoted line. L1 ships 12/8 (earlier than need-by -> changed date). L2 split 500 on 12/10 + 300 on 1/22 (next Jan 22 -> 2027). L3 ship 1/15/27 at 10.40. L4 as ordered.",
                    [conf(po, {1: {"d": "2026-12-08"},
                               2: {"s": [(500, "2026-12-10"), (300, "2027-01-22")], "d": "2027-01-22"},
                               3: {"p": "10.40", "d": "2027-01-15"},
                               4: "A"})]))

# 003 ---------------------------------------------------------------- cs-CZ PDF
s = sup("SLHR", "Slévárna Hradec s.r.o.", "obchod@slevarna-hradec.example", "cs-CZ")
po = PO("4500071230", s, "jonas", "EUR", "2026-11-27", [
    ("GG-4471", "Gear housing casting EN-GJL-250", 60, "EA", "148.00", "2026-12-18"),
    ("GG-4472", "Bearing cover casting EN-GJL-250", 120, "EA", "36.40", "2026-12-18"),
    ("GS-1180", "Bracket casting EN-GJS-400-15", 200, "EA", "22.75", "2027-01-08")])
pdf = PDF(pdf_table(
    [("SLEVARNA HRADEC s.r.o.", True, 12), ("Pouchovska 412, 500 03 Hradec Kralove, CZ | ICO 12345678 | DIC CZ12345678", False, 8),
     ("POTVRZENI OBJEDNAVKY c. PO-26-01873", True, 14), ("Odberatel: Kestrel Motion Systems, Plant 2", False, 9),
     ("Vase objednavka: 4500071230 ze dne 27.11.2026", False, 9), ("Datum: 07.12.2026", False, 9), ("Mena: EUR   Dodaci podminky: FCA Hradec Kralove", False, 9)],
    ["Pol.", "Cislo vyrobku", "Popis", "Mnozstvi", "Cena/ks", "Celkem", "Termin dodani"],
    [["1", "GG-4471", "Skrin prevodovky EN-GJL-250", "60 ks", "148,00", "8 880,00", "18.12.2026"],
     ["2", "GG-4472", "Vicko loziska EN-GJL-250", "70 ks", "36,40", "2 548,00", "18.12.2026"],
     ["", "", "(2. dilci dodavka)", "50 ks", "36,40", "1 820,00", "15.01.2027"],
     ["3", "GS-1180", "Konzola EN-GJS-400-15", "200 ks", "23,90", "4 780,00", "08.01.2027"]],
    [50, 80, 150, 310, 365, 420, 485],
    ["Celkem bez DPH: 18 028,00 EUR", "Zmena ceny pol. 3: zvyseni ceny zeleza a slitin (FeSi, Mg) od 1.12.2026.",
     "Vyrizuje: Ing. Petra Novotna, tel. +420 495 555 130", "Obchodni podminky: VOP Slevarna Hradec 2026"]),
    producer="Helios Green / Crystal Reports", title="Potvrzeni objednavky PO-26-01873")
txt = """Dobrý den, pane Brennere,

v příloze zasíláme potvrzení Vaší objednávky č. 4500071230.
U pozice 2 je z kapacitních důvodů formovací linky dodávka rozdělena na dvě části (70 ks v prosinci, 50 ks v lednu), u pozice 3 jsme museli upravit cenu – viz poznámka v potvrzení.

S pozdravem

Ing. Petra Novotná
obchodní oddělení
Slévárna Hradec s.r.o.
tel.: +420 495 555 130
"""
body = M("mixed", [M("alternative", [T(txt, cs="windows-1250"), T(html_of(txt, cs="windows-1250"), "html", cs="windows-1250")], "----=_NextPart_001_0042_01DB48A1.7C3E5F20"),
                   ATT("PO-26-01873_potvrzeni.pdf", "application/pdf", pdf)], "----=_NextPart_000_0041_01DB48A1.7C3E5F20",
         preamble="This is a multipart message in MIME format.")
eml = EML(reply_headers(po, ("Petra Novotná", "obchod@slevarna-hradec.example"), "2026-12-07 10:05:41 +0100", mid("other", "slevarna-hradec.example"),
                        "Odp: " + req_subject(po), cs="windows-1250", extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "cs")]), body)
case("003-cz-foundry-pdf-ack-split-price", "confirmation", "cs-CZ",
     "Czech cover text + PDF order confirmation (cells drawn separately); decimal comma, space thousands; split on line 2, price up on line 3",
     [po], eml, EXP("confirmation", "The PDF is the answer: pos. 2 split 70 ks 18.12.2026 + 50 ks 15.01.2027; pos. 3 price 23,90 instead of 22.75. Totals use space as thousands separator.",
                    [conf(po, {1: "A", 2: {"s": [(70, "2026-12-18"), (50, "2027-01-15")], "d": "2027-01-15"}, 3: {"p": "23.90"}})]))

# 004 ---------------------------------------------------------------- ja-JP ISO-2022-JP
s = sup("TOEI", "株式会社東栄電子", "eigyo2@toei-denshi.example", "ja-JP")
po = PO("4500071305", s, "dana", "JPY", "2026-12-01", [
    ("RLY-G5V2-24", "Signal relay G5V-2 24VDC", 400, "EA", "385", "2026-12-15"),
    ("XTAL-16M-3225", "Crystal unit 16MHz 3225 12pF", 5000, "EA", "28.50", "2026-12-15"),
    ("TVS-SMBJ24A", "TVS diode SMBJ24A", 3000, "EA", "17", "2026-12-22")])
txt = """Kestrel Motion Systems
購買部 Dana Whitfield 様

いつも大変お世話になっております。
東栄電子 営業二課の山口でございます。

ご注文書 4500071305 につきまして、下記の通り納期回答申し上げます。

1. RLY-G5V2-24　　400個　　@385円　　12月15日納入
2. XTAL-16M-3225　5,000個　@28.50円　メーカー在庫不足のため、分納とさせていただきます。
　　　3,000個：12月15日納入
　　　2,000個：1月12日納入
3. TVS-SMBJ24A　　3,000個　@17円　　12月22日納入

ご迷惑をおかけいたしますが、何卒よろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━━━
株式会社東栄電子　営業二課
山口 健太 (Kenta Yamaguchi)
〒222-0033 横浜市港北区新横浜2-5-14
TEL 045-555-0192 / FAX 045-555-0193
━━━━━━━━━━━━━━━━━━━━━━

-----Original Message-----
""" + ol_block("en", po, "Tuesday, December 1, 2026 5:40 PM")
body = T(txt, cs="iso-2022-jp", cte="7bit")
eml = EML(reply_headers(po, ("山口 健太", "eigyo2@toei-denshi.example"), "2026-12-03 14:20:11 +0900", mid("other", "toei-denshi.example"),
                        "RE: " + req_subject(po), cs="iso-2022-jp", extra=[("X-Mailer", "Becky! ver. 2.81.05 [ja]")]), body)
case("004-jp-distributor-iso2022jp-split", "confirmation", "ja-JP",
     "Japanese ISO-2022-JP 7bit; full-width spaces; dates as 12月15日 / 1月12日 (no year); split delivery on line 2",
     [po], eml, EXP("confirmation", "L2 is delivered in two lots: 3,000 on 12/15 and 2,000 on 1月12日 (next Jan 12 -> 2027). L1 and L3 as ordered.",
                    [conf(po, {1: "A", 2: {"s": [(3000, "2026-12-15"), (2000, "2027-01-12")], "d": "2027-01-12"}, 3: "A"})]))

# 005 ---------------------------------------------------------------- sv-SE week numbers
s = sup("BSTA", "Bergslagens Stansning AB", "order@bergslagens-stans.example", "sv-SE")
po = PO("4500071342", s, "elin", "SEK", "2026-11-30", [
    ("ST-5520", "Stamped bracket DC04 2 mm, Zn plated", 3000, "EA", "4.85", "2026-12-18"),
    ("ST-5521", "Stamped bracket LH DC04 2 mm, Zn plated", 3000, "EA", "4.85", "2026-12-18"),
    ("ST-7710", "Shield plate 0.8 mm 1.4301", 1500, "EA", "11.20", "2026-12-11")])
txt = """Hej Elin!

Tack för ordern. Vi bekräftar enligt följande:

Pos 1 och 2: 3000 st vardera, leverans v.51 enligt önskemål.
Pos 3: verktyget är på service, så leverans blir vecka 2. Pris oförändrat.

Mvh
Magnus Ek
Orderhandläggare
Bergslagens Stansning AB
Bruksgatan 7, 713 31 Nora
0587-555 12 30

""" + ol_block("sv", po, "den 30 november 2026 16:12")
body = M("alternative", [T(txt), T(html_of(txt), "html")], "_000_HE1P190MB0452A9C0D7E4F1B2C3D4HE1P190MB0452EURP_")
eml = EML(reply_headers(po, ("Magnus Ek", "order@bergslagens-stans.example"), "2026-12-01 13:37:02 +0100", mid("outlook"),
                        "SV: " + req_subject(po), extra=[("Content-Language", "sv-SE")]), body)
case("005-se-stampings-week-numbers", "confirmation", "sv-SE",
     "Swedish; delivery as 'v.51' (= requested Friday) and 'vecka 2' in the next year",
     [po], eml, EXP("confirmation", "v.51 = Fri 2026-12-18 = requested, so lines 1-2 accepted; 'vecka 2' = Fri 2027-01-15 for line 3, price unchanged.",
                    [conf(po, {1: "A", 2: "A", 3: {"d": "2027-01-15"}})]))

# 006 ---------------------------------------------------------------- fi-FI reduced qty
s = sup("PAAL", "Pohjanmaan Aaltopahvi Oy", "myynti@pohjanmaan-aaltopahvi.example", "fi-FI")
po = PO("4500071377", s, "elin", "EUR", "2026-12-02", [
    ("BOX-6040-30", "RSC box 600x400x300 BC-flute", 4000, "EA", "1.3200", "2026-12-16"),
    ("BOX-4030-20", "RSC box 400x300x200 B-flute", 6000, "EA", "0.7400", "2026-12-16"),
    ("PAD-590390", "Corrugated pad 590x390 B-flute", 10000, "EA", "0.1850", "2026-12-16")])
NB = "\u00a0"
txt = f"""Hei Elin,

kiitos tilauksesta 4500071377. Kartonkipulan vuoksi voimme toimittaa seuraavasti:

- rivi 1: 2{NB}500 kpl (tilattu 4{NB}000), toimitus 16.12.
- rivi 2: 6{NB}000 kpl, toimitus 16.12.
- rivi 3: 10{NB}000 kpl, toimitus 16.12.

Hinnat tilauksen mukaiset. Rivin 1 loppuja laatikoita emme pysty toimittamaan tämän vuoden puolella - tehkää tarvittaessa uusi tilaus tammikuulle.

Ystävällisin terveisin
Riikka Mäkelä
Myyntisihteeri
Pohjanmaan Aaltopahvi Oy
puh. 06 555 4410
"""
body = T(txt, cs="iso-8859-15")
eml = EML(reply_headers(po, ("Riikka Mäkelä", "myynti@pohjanmaan-aaltopahvi.example"), "2026-12-04 08:51:30 +0200", mid("other", "pohjanmaan-aaltopahvi.example"),
                        "VS: " + req_subject(po), cs="iso-8859-15", extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0")]), body)
case("006-fi-corrugated-reduced-quantity", "confirmation", "fi-FI",
     "Finnish ISO-8859-15 QP; NBSP thousands separator; date '16.12.' without year; line 1 cut to 2 500 with remainder cancelled",
     [po], eml, EXP("confirmation", "Line 1 only 2 500 of 4 000 (rest not delivered this year, new order needed) -> changed qty 2500. Others as ordered.",
                    [conf(po, {1: {"q": 2500}, 2: "A", 3: "A"})]))

# 007 ---------------------------------------------------------------- pl-PL XLSX (date serials)
s = sup("TMWP", "Tłocznia Metali Wielkopolska Sp. z o.o.", "zamowienia@tlocznia-wlkp.example", "pl-PL")
po = PO("4500071410", s, "jonas", "EUR", "2026-12-01", [
    ("TL-2201", "Clip, spring steel C75S", 25000, "EA", "0.0420", "2026-12-17"),
    ("TL-2202", "Retaining bracket DX51D Z275", 8000, "EA", "0.3150", "2026-12-17"),
    ("TL-3001", "Heat shield stamping AlSi coated, large", 1200, "EA", "2.8800", "2027-01-14"),
    ("TL-3002", "Heat shield stamping AlSi coated, small", 1200, "EA", "1.9600", "2027-01-14")])
xl = XLSX([
    ["Potwierdzenie zamówienia", None, None, None, None, None, None],
    ["Nr zamówienia klienta:", "4500071410", None, None, "Nr potwierdzenia:", "ZS/2026/12/0412"],
    ["Klient:", "Kestrel Motion Systems"],
    [],
    ["Poz.", "Indeks", "Nazwa", "Ilość", "J.m.", "Cena netto EUR", "Termin wysyłki"],
    [1, "TL-2201", "Klips sprężynujący C75S", 25000, "szt", ("num", 0.042, 2), ("date", "2026-12-17")],
    [2, "TL-2202", "Wspornik DX51D Z275", 8000, "szt", ("num", 0.315, 2), ("date", "2026-12-17")],
    [3, "TL-3001", "Osłona termiczna AlSi duża", 1200, "szt", ("num", 2.88, 2), ("date", "2027-01-21")],
    [4, "TL-3002", "Osłona termiczna AlSi mała", 1200, "szt", ("num", 1.96, 2), ("date", "2027-01-21")],
    [],
    ["Warunki dostawy: FCA Gniezno. Termin = data wysyłki z zakładu."],
], sheet="Potwierdzenie")
txt = """Dzień dobry,

w załączeniu przesyłam potwierdzenie zamówienia 4500071410 (plik Excel).
Proszę zwrócić uwagę na zmianę terminu poz. 3 i 4 – przezbrojenie prasy transferowej.

Pozdrawiam
Katarzyna Wróbel
Dział Obsługi Klienta
Tłocznia Metali Wielkopolska Sp. z o.o.
ul. Przemysłowa 18, 62-200 Gniezno
tel. +48 61 555 27 40
"""
body = M("mixed", [M("alternative", [T(txt, cs="iso-8859-2", cte="quoted-printable") if False else T(txt), T(html_of(txt), "html")], "_000_PR3PR07MB6711B0C3A1E84D29F2A5PR3PR07MB6711eurp_"),
                   ATT("Potwierdzenie_4500071410.xlsx", XLSX_CT, xl)], "_004_PR3PR07MB6711B0C3A1E84D29F2A5PR3PR07MB6711eurp_")
eml = EML(reply_headers(po, ("Katarzyna Wróbel", "zamowienia@tlocznia-wlkp.example"), "2026-12-09 11:20:45 +0100", mid("outlook"),
                        "Odp: " + req_subject(po), extra=[("Content-Language", "pl-PL"), ("X-MS-Has-Attach", "yes")]), body)
case("007-pl-stampings-xlsx-ship-dates", "confirmation", "pl-PL",
     "Polish cover text + XLSX with Excel date serials and numeric prices; column is the ship date ('Termin wysyłki')",
     [po], eml, EXP("confirmation", "XLSX dates are serial numbers with a date format; only ship dates are given so they count. Lines 3-4 move to 2027-01-21; lines 1-2 as ordered.",
                    [conf(po, {1: "A", 2: "A", 3: {"d": "2027-01-21"}, 4: {"d": "2027-01-21"}})]))

# 008 ---------------------------------------------------------------- zh-CN GB2312 price change
s = sup("HXDZ", "深圳华芯电子有限公司", "sales03@huaxin-elec.example", "zh-CN")
po = PO("4500071455", s, "dana", "USD", "2026-12-02", [
    ("IC-TPS54360", "Buck converter TPS54360DDAR", 2500, "EA", "1.8200", "2026-12-21"),
    ("IC-SN65HVD230", "CAN transceiver SN65HVD230DR", 5000, "EA", "0.6400", "2026-12-21")])
txt = """Dana 您好，

贵司订单 4500071455 确认如下：

第1项 TPS54360DDAR 2500pcs：因原厂调价，单价调整为 USD 1.95，交期 12月25日。
第2项 SN65HVD230DR 5000pcs：单价 USD 0.64 不变，交期 12月21日。

如有问题请随时联系，谢谢！

祝好
陈小燕 Cindy Chen
深圳华芯电子有限公司  销售部
电话: +86 755 5555 8123   QQ: 88812345
深圳市福田区华强北路1002号赛格广场32楼


------------------ 原始邮件 ------------------
发件人: "Dana Whitfield" <dana.whitfield@kestrel-mfg.example>
发送时间: 2026年12月2日(星期三) 下午4:05
收件人: "sales03" <sales03@huaxin-elec.example>
主题: """ + req_subject(po) + "\n\n" + req_body(po)
body = M("alternative", [T(txt, cs="gb2312", cte="base64"), T(html_of(txt, "宋体", cs="gb2312"), "html", cs="gb2312", cte="base64")], "----=_NextPart_6A1F3B2C_0D8E_4F7A_9B3C_2E1D4F5A6B7C")
eml = EML(reply_headers(po, ("陈小燕", "sales03@huaxin-elec.example"), "2026-12-04 17:05:33 +0800", mid("other", "huaxin-elec.example"),
                        "回复：" + req_subject(po), cs="gb2312", extra=[("X-Mailer", "Foxmail 7.2.25.228[cn]")]), body)
case("008-cn-distributor-gb2312-price-up", "confirmation", "zh-CN",
     "Simplified Chinese GB2312 base64 (Foxmail); 第1项 price up + new date 12月25日; line 2 unchanged",
     [po], eml, EXP("confirmation", "L1 price 1.82 -> 1.95 and delivery 12月25日 (2026-12-25); L2 as ordered.",
                    [conf(po, {1: {"p": "1.95", "d": "2026-12-25"}, 2: "A"})]))

# 009 ---------------------------------------------------------------- en-AU assistant on behalf
s = sup("CFPK", "Coastline Food Packaging Pty Ltd", "sarah.doyle@coastlinepack.example", "en-AU")
po = PO("4500071490", s, "priya", "AUD", "2026-12-03", [
    ("TRAY-PP-250", "PP tray 250 ml black, food grade", 40000, "EA", "0.0720", "2026-12-14"),
    ("LID-PET-250", "PET clear lid for 250 ml tray", 40000, "EA", "0.0410", "2026-12-14"),
    ("FILM-LID-380", "Peelable lidding film 380 mm x 500 m", 24, "ROL", "186.00", "2026-12-21")])
txt = """Hi Priya,

Sarah is on leave until Friday and asked me to look after her accounts, so I'm answering on her behalf.
I've checked with our warehouse:

- Trays and lids (lines 1 & 2) are fine - full qty dispatching 10/12, should be with you 14/12.
- Lidding film (line 3): we only have 18 rolls in Melbourne. Those 18 can go on the same truck as the trays (with you 14/12); the balance of 6 rolls is on the next container and will be delivered 22/01.

Pricing as per your PO on all three lines.

Cheers,
Mia Tran
Customer Service Officer (for Sarah Doyle)
Coastline Food Packaging Pty Ltd | 14 Foundry Rd, Dandenong South VIC 3175
P +61 3 5550 1842 | ABN 12 345 678 901

From: Priya Raman <priya.raman@kestrel-mfg.example>
Sent: Thursday, 3 December 2026 9:18 AM
To: Sarah Doyle <sarah.doyle@coastlinepack.example>
Subject: """ + req_subject(po) + "\n\n" + req_body(po)
body = M("alternative", [T(txt), T(html_of(txt), "html")], "_000_SY4P282MB1375C2A9E0B14F8D9A7C1E3BSY4P282MB1375AUSP_")
eml = EML(reply_headers(po, ("Mia Tran", "mia.tran@coastlinepack.example"), "2026-12-07 10:12:54 +1100", mid("outlook").replace("eurprd0", "ausprd0"),
                        "RE: " + req_subject(po), cc=addr("Sarah Doyle", "sarah.doyle@coastlinepack.example"), extra=[("Content-Language", "en-AU")]), body)
case("009-au-food-packaging-assistant-split", "confirmation", "en-AU",
     "assistant answers for an absent colleague (sender differs from supplier e-mail); dd/mm dates; dispatch vs delivery; line 3 split 18+6",
     [po], eml, EXP("confirmation", "Delivery date 14/12 wins over dispatch 10/12 -> L1/L2 accepted. L3: 18 rolls 14/12 + 6 rolls 22/01 (2027).",
                    [conf(po, {1: "A", 2: "A", 3: {"s": [(18, "2026-12-14"), (6, "2027-01-22")], "d": "2027-01-22"}})]))

# 010 ---------------------------------------------------------------- en-CA reply to reminder
s = sup("LPMI", "Laurentian Precision Machining Inc.", "sales@laurentianprecision.example", "en-CA")
po = PO("4500071120", s, "tom", "CAD", "2026-11-23", [
    ("AX-11020", "Actuator rod end, 17-4PH H1025", 80, "EA", "142.50", "2026-12-11"),
    ("AX-11021", "Bushing, aluminium bronze C63000", 160, "EA", "38.90", "2026-12-11")], req=2)
txt = """Hi Tom,

Apologies - your original PO got caught in our spam filter and I only saw it with your reminder.

We're good on both lines at your pricing and quantities.
Rod ends ship Dec 9 and should land at your dock Dec 11.
Bushings: our bar stock is late from the mill, these will ship Dec 16 with delivery Dec 18.

Regards,

Luc Bergeron
Sales Coordinator
Laurentian Precision Machining Inc.
1250 boul. Industriel, Sherbrooke QC J1L 2T9
T 819-555-0146

-----Original Message-----
""" + ol_block("en", po, "Monday, November 30, 2026 8:00 AM", reminder=True)
body = M("alternative", [T(txt), T(html_of(txt), "html")], "_000_YT3PR01MB8842E0F1D2C3B4A59687YT3PR01MB8842CANP_")
eml = EML(reply_headers(po, ("Luc Bergeron", "sales@laurentianprecision.example"), "2026-12-01 15:48:12 -0500", mid("outlook-na"),
                        "RE: " + req_subject(po, True), reminder=True, extra=[("Content-Language", "en-CA")]), body)
case("010-ca-machining-reminder-ship-vs-delivery", "confirmation", "en-CA",
     "reply to a reminder; both ship and delivery dates given (delivery wins); line 2 later",
     [po], eml, EXP("confirmation", "L1 ships Dec 9, lands Dec 11 = need-by -> accepted. L2 ships Dec 16, delivery Dec 18 -> changed date 2026-12-18.",
                    [conf(po, {1: "A", 2: {"d": "2026-12-18"}})]))

# 011 ---------------------------------------------------------------- fr-CA HTML only
s = sup("EMBO", "Emballages Boréal inc.", "service@emballagesboreal.example", "fr-CA")
po = PO("4500071512", s, "tom", "CAD", "2026-12-03", [
    ("CART-1210", "Corrugated shipping case 12x10x8 in, 32 ECT", 5000, "EA", "0.9800", "2026-12-15"),
    ("CART-2416", "Corrugated shipping case 24x16x12 in, 44 ECT", 2000, "EA", "2.4500", "2026-12-15")])
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div dir="ltr"><div style="font-family:verdana,sans-serif">Bonjour M. Okafor,</div>
<div style="font-family:verdana,sans-serif"><br></div>
<div style="font-family:verdana,sans-serif">Nous confirmons la commande 4500071512 comme suit&nbsp;:</div>
<div style="font-family:verdana,sans-serif"><br></div>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-family:verdana,sans-serif;font-size:12px">
<tr style="background:#dfe8f2"><th>Ligne</th><th>Article</th><th>Qté</th><th>Prix unitaire</th><th>Livraison</th></tr>
<tr><td>1</td><td>CART-1210</td><td>5&nbsp;000</td><td>0,98&nbsp;$</td><td>15 décembre</td></tr>
<tr><td>2</td><td>CART-2416</td><td>2&nbsp;000</td><td>2,59&nbsp;$</td><td>17 décembre</td></tr>
</table>
<div style="font-family:verdana,sans-serif"><br></div>
<div style="font-family:verdana,sans-serif">Pour la ligne 2, le prix a été ajusté en raison de la hausse du carton doublure kraft au 1<sup>er</sup> décembre; la date est décalée de deux jours pour la même raison.</div>
<div style="font-family:verdana,sans-serif"><br></div>
<div style="font-family:verdana,sans-serif">Merci et bonne journée,</div>
<div style="font-family:verdana,sans-serif"><br></div>
<div style="font-family:verdana,sans-serif"><b>Geneviève Tremblay</b><br>Service à la clientèle | Emballages Boréal inc.<br>450 555-0173 poste 221<br>Saint-Hyacinthe (Québec)</div></div>
<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Le jeu. 3 déc. 2026, à 11 h 20, Tom Okafor &lt;tom.okafor@kestrel-mfg.example&gt; a écrit&nbsp;:<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><pre>""" + hesc(req_body(po)) + """</pre></blockquote></div>
</body></html>
"""
body = T(html, "html", cte="quoted-printable")
eml = EML(reply_headers(po, ("Geneviève Tremblay", "service@emballagesboreal.example"), "2026-12-04 09:30:18 -0500", mid("gmail"),
                        "Re: " + req_subject(po)), body)
case("011-ca-fr-corrugated-html-only", "confirmation", "fr-CA",
     "HTML-only mail (no text part) with a table; French Canadian number format '2,59 $' and '5 000'; dates as '17 décembre'",
     [po], eml, EXP("confirmation", "Only an HTML table. L1 as ordered; L2 price 2.59 and delivery 17 décembre -> 2026-12-17.",
                    [conf(po, {1: "A", 2: {"p": "2.59", "d": "2026-12-17"}})]))

# 012 ---------------------------------------------------------------- ko-KR EUC-KR split
s = sup("DSCN", "(주)대성커넥터", "sales@daesung-conn.example", "ko-KR")
po = PO("4500071540", s, "dana", "USD", "2026-12-04", [
    ("CN-HW-040", "Wire-to-board housing 4P, PA66 V-0", 50000, "EA", "0.0380", "2026-12-22"),
    ("CN-TM-022", "Crimp terminal 0.22 mm2, tin plated", 200000, "EA", "0.0095", "2026-12-22")])
txt = """Dana 님 안녕하세요.

대성커넥터 해외영업팀 김지훈입니다.
발주서 4500071540 건 아래와 같이 회신드립니다.

1. CN-HW-040 (50,000EA) : 단가 USD 0.038, 12월 22일 납품 가능합니다.
2. CN-TM-022 (200,000EA) : 단가 USD 0.0095 동일. 도금 라인 일정으로 아래와 같이 분할 납품하겠습니다.
   - 120,000EA : 12월 22일
   - 80,000EA : 2027년 1월 8일

확인 부탁드립니다.
감사합니다.

김지훈 / Jihoon Kim
(주)대성커넥터 해외영업팀 과장
경기도 안산시 단원구 산단로 55
Tel: +82-31-555-7720

-----Original Message-----
From: "Dana Whitfield"<dana.whitfield@kestrel-mfg.example>
To: <sales@daesung-conn.example>;
Sent: 2026-12-04 (금) 17:42:10 (GMT+09:00)
Subject: """ + req_subject(po) + "\n\n" + req_body(po)
body = T(txt, cs="euc-kr", cte="base64")
eml = EML(reply_headers(po, ("김지훈", "sales@daesung-conn.example"), "2026-12-08 11:02:40 +0900", mid("other", "daesung-conn.example"),
                        "RE: " + req_subject(po), cs="euc-kr"), body)
case("012-kr-connector-euckr-split", "confirmation", "ko-KR",
     "Korean EUC-KR base64 plain text; dates 12월 22일 and 2027년 1월 8일; split delivery on line 2",
     [po], eml, EXP("confirmation", "L2 split 120,000 on 12/22 + 80,000 on 2027-01-08; L1 as ordered.",
                    [conf(po, {1: "A", 2: {"s": [(120000, "2026-12-22"), (80000, "2027-01-08")], "d": "2027-01-08"}})]))

# 013 ---------------------------------------------------------------- hu-HU line rejection
s = sup("GYON", "Győri Öntöde Kft.", "ertekesites@gyori-ontode.example", "hu-HU")
po = PO("4500071566", s, "jonas", "EUR", "2026-12-01", [
    ("AL-3305", "Die-cast housing AlSi9Cu3(Fe)", 400, "EA", "18.60", "2026-12-18"),
    ("AL-3306", "Die-cast cover AlSi9Cu3(Fe)", 400, "EA", "7.25", "2026-12-18"),
    ("AL-4410", "Pump body, sand casting AlSi7Mg T6", 50, "EA", "96.00", "2027-01-15")])
txt = """Tisztelt Brenner Úr!

Köszönjük a 4500071566 számú megrendelést, amelyet az alábbiak szerint igazolunk vissza:

1. tétel (AL-3305): 400 db, 18,60 EUR/db, szállítás 2026.12.18.
2. tétel (AL-3306): 400 db, 7,25 EUR/db, szállítás 2026.12.18.
3. tétel (AL-4410): sajnos nem tudjuk vállalni – homoköntödei részlegünket 2026. december 31-ével bezárjuk, ezért új homoköntvény-rendelést nem fogadunk el.

Üdvözlettel:

Szabó Eszter
értékesítési ügyintéző
Győri Öntöde Kft.
9027 Győr, Ipari Park, Kandó Kálmán u. 8.
Tel.: +36 96 555 318

""" + ol_block("hu", po, "2026. december 1., kedd 14:25")
body = M("alternative", [T(txt, cs="iso-8859-2") if False else T(txt, cs="windows-1250"), T(html_of(txt, cs="windows-1250"), "html", cs="windows-1250")], "_000_VI1PR0801MB2143F7A0B1C2D3E4F5A6VI1PR0801MB2143eurp_")
eml = EML(reply_headers(po, ("Szabó Eszter", "ertekesites@gyori-ontode.example"), "2026-12-10 14:15:07 +0100", mid("outlook"),
                        "Válasz: " + req_subject(po), cs="windows-1250", extra=[("Content-Language", "hu-HU")]), body)
case("013-hu-foundry-line-refused", "confirmation", "hu-HU",
     "Hungarian windows-1250; dates 2026.12.18.; line 3 refused outright (sand foundry closing), others as ordered",
     [po], eml, EXP("confirmation", "Two lines confirmed as ordered, line 3 declined -> rejected. Mentions 2026. december 31 as a distractor.",
                    [conf(po, {1: "A", 2: "A", 3: "R"})]))

# 014 ---------------------------------------------------------------- ro-RO partial answer
s = sup("CBTR", "Cablaje Transilvania SRL", "vanzari@cablaje-tr.example", "ro-RO")
po = PO("4500071590", s, "jonas", "EUR", "2026-12-02", [
    ("WH-8810", "Wire harness, front door LH", 300, "EA", "24.80", "2026-12-16"),
    ("WH-8811", "Wire harness, front door RH", 300, "EA", "24.80", "2026-12-16"),
    ("WH-9020", "Engine compartment harness", 120, "EA", "88.50", "2027-01-13")])
txt = """Bună ziua domnule Brenner,

confirmăm pozițiile 1 și 2 din comanda dumneavoastră 4500071590: câte 300 buc., 24,80 EUR/buc., livrare 16.12.2026.

Pentru poziția 3 așteptăm confirmarea furnizorului de conectori (TE) și revenim cu un termen de livrare săptămâna viitoare.

Cu stimă,
Andreea Pop
Departament Vânzări
Cablaje Transilvania SRL
Str. Fabricii nr. 22, 400620 Cluj-Napoca
Tel: +40 264 555 812

On Wed, 2 Dec 2026 at 13:05, Jonas Brenner <jonas.brenner@kestrel-mfg.example> wrote:
""" + q(req_body(po))
body = M("alternative", [T(txt, cte="8bit"), T(html_of(txt, "Arial"), "html", cte="quoted-printable")], "0000000000007f3a2b05f1c4d8e2")
eml = EML(reply_headers(po, ("Andreea Pop", "vanzari@cablaje-tr.example"), "2026-12-04 16:40:26 +0200", mid("gmail"),
                        "Re: " + req_subject(po)), body)
case("014-ro-harness-partial-third-open", "confirmation", "ro-RO",
     "Romanian UTF-8 8bit; confirms two lines, third line deferred ('revenim ... săptămâna viitoare') -> unconfirmed",
     [po], eml, EXP("confirmation", "Lines 1-2 as ordered; line 3 waits for the connector supplier -> unconfirmed.",
                    [conf(po, {1: "A", 2: "A", 3: "U"})]))

# 015 ---------------------------------------------------------------- nb-NO relative date
s = sup("VFJF", "Vestlandet Fjærfabrikk AS", "ordre@vestfjaer.example", "nb-NO")
po = PO("4500071602", s, "elin", "NOK", "2026-12-04", [
    ("FJ-1201", "Gas spring 300 N, stroke 150 mm", 250, "EA", "142.00", "2026-12-16"),
    ("FJ-1202", "Gas spring 500 N, stroke 150 mm", 250, "EA", "148.00", "2026-12-16")])
txt = """Hei Elin,

Begge linjene er ok på pris og antall, men vi rekker dessverre ikke 16. desember.
Vi sender fredag neste uke, og det blir levert hos dere mandagen etter. Beklager!

Hilsen
Knut Solheim
Vestlandet Fjærfabrikk AS
Tlf 55 55 82 10

""" + ol_block("nb", po, "fredag 4. desember 2026 10:02")
body = M("alternative", [T(txt), T(html_of(txt), "html")], "_000_GV0P278MB0717A1B2C3D4E5F60718GV0P278MB0717CHEP_")
eml = EML(reply_headers(po, ("Knut Solheim", "ordre@vestfjaer.example"), "2026-12-09 12:05:44 +0100", mid("outlook"),
                        "SV: " + req_subject(po), extra=[("Content-Language", "nb-NO")]), body)
case("015-no-gas-springs-relative-dates", "confirmation", "nb-NO",
     "Norwegian; relative dates 'fredag neste uke' (ship) and 'mandagen etter' (delivery) from the Date header",
     [po], eml, EXP("confirmation", "Mail of Wed 2026-12-09: ship Fri 2026-12-18, delivered the Monday after = 2026-12-21 (delivery wins). Both lines changed date only.",
                    [conf(po, {1: {"d": "2026-12-21"}, 2: {"d": "2026-12-21"}})]))

# 016 ---------------------------------------------------------------- da-DK CSV
s = sup("NFEA", "Nordisk Fødevareemballage A/S", "ordre@nf-emballage.example", "da-DK")
po = PO("4500071633", s, "elin", "DKK", "2026-12-07", [
    ("FB-CUP-300", "Paper cup 300 ml, PE lined", 60000, "EA", "0.3100", "2026-12-18"),
    ("FB-LID-80", "Lid 80 mm PS, white", 60000, "EA", "0.1400", "2026-12-18"),
    ("FB-BAG-KR2", "Kraft bag 2 kg, grease resistant", 20000, "EA", "0.5250", "2026-12-18")])
csv = ("Ordrebekræftelse;OB-2026-55871;;;;;\n"
       "Kundens ordrenr.;4500071633;;;;;\n"
       "Linje;Varenr;Beskrivelse;Antal;Enhed;Pris DKK;Leveringsdato\n"
       "1;FB-CUP-300;Papirbæger 300 ml PE;60.000;stk;0,31;18-12-2026\n"
       "2;FB-LID-80;Låg 80 mm PS hvid;60.000;stk;0,15;18-12-2026\n"
       "3;FB-BAG-KR2;Kraftpose 2 kg fedtfast;0;stk;;UDGÅET\n").replace("\n", "\r\n").encode("cp1252")
txt = """Hej Elin

Ordrebekræftelsen er vedhæftet som CSV fra vores system.
Bemærk at låget er steget med 1 øre pr. stk. fra 1/12, og at linje 3 desværre er udgået af sortimentet – vi foreslår FB-BAG-KR2N som erstatning, send gerne en ny ordre hvis den kan bruges.

Venlig hilsen
Mette Kjær
Ordrekontoret
Nordisk Fødevareemballage A/S
Tlf. +45 75 55 21 90
"""
body = M("mixed", [T(txt, cs="windows-1252"), ATT("OB-2026-55871.csv", 'text/csv; charset="windows-1252"', csv)], "----=_Part_188204_1209384756.1765353480112")
eml = EML(reply_headers(po, ("Mette Kjær", "ordre@nf-emballage.example"), "2026-12-10 07:58:00 +0100", mid("other", "nf-emballage.example"),
                        "SV: " + req_subject(po), cs="windows-1252"), body)
case("016-dk-food-packaging-csv", "confirmation", "da-DK",
     "Danish; semicolon CSV (windows-1252) with '60.000' thousands and '0,15' decimal; lid price +1 øre; line 3 discontinued",
     [po], eml, EXP("confirmation", "CSV is the confirmation: L1 as ordered, L2 price 0.15 (was 0.14), L3 quantity 0 / 'UDGÅET' -> rejected; the substitute is only a suggestion.",
                    [conf(po, {1: "A", 2: {"p": "0.15"}, 3: "R"})]))

# 017 ---------------------------------------------------------------- it-IT forwarded internal answer
s = sup("MOBR", "Molle Brianza S.p.A.", "ordini@mollebrianza.example", "it-IT")
po = PO("4500071650", s, "dana", "EUR", "2026-12-01", [
    ("MB-7001", "Compression spring 54SiCr6 d=4.5 mm", 3000, "EA", "0.6200", "2026-12-15"),
    ("MB-7002", "Compression spring 54SiCr6 d=5.0 mm", 3000, "EA", "0.6800", "2026-12-15")])
txt = """Buongiorno Dana,

le inoltro la risposta della nostra pianificazione: confermiamo quindi l'ordine 4500071650 con le date indicate sotto.

Cordiali saluti

Giulia Rota
Ufficio Commerciale Estero
Molle Brianza S.p.A. – Via Lecco 112, 20842 Besana in Brianza (MB)
Tel. +39 0362 555 940

---------- Forwarded message ---------
Da: Davide Colombo <pianificazione@mollebrianza.example>
Date: mar 8 dic 2026 alle ore 17:22
Subject: ordine Kestrel 4500071650
To: Giulia Rota <giulia.rota@mollebrianza.example>


Giulia,
per Kestrel: pos. 1 ok per il 15/12. Pos. 2 il filo da 5,0 arriva in ritardo dalla trafileria, possiamo spedire il 13/01. Prezzi invariati.
Davide
"""
body = M("alternative", [T(txt), T(html_of(txt, "Arial"), "html")], "000000000000c4d1e805f1d2a9b3")
eml = EML([("From", addr("Giulia Rota", "giulia.rota@mollebrianza.example")), ("To", addr("Dana Whitfield", "dana.whitfield@kestrel-mfg.example")),
           ("Subject", "Fwd: ordine Kestrel 4500071650"), ("Date", rfcdate("2026-12-09 09:05:12 +0100")), ("Message-ID", mid("gmail"))], body)
case("017-it-springs-forwarded-planning", "confirmation", "it-IT",
     "no threading headers; sales forwards the planner's internal note and confirms it; ship date 13/01 only on line 2",
     [po], eml, EXP("confirmation", "New thread (Fwd:) matched by PO number only. Pos. 1 ok 15/12; pos. 2 ships 13/01 -> 2027-01-13 (ship date counts when no delivery date).",
                    [conf(po, {1: "A", 2: {"d": "2027-01-13"}})]))

# 018 ---------------------------------------------------------------- en-GB price per 1000
s = sup("MPRS", "Midland Pressings Ltd", "sales@midlandpressings.example", "en-GB")
po = PO("4500071688", s, "dana", "GBP", "2026-11-30", [
    ("MP-4410", "Washer plate 1.5 mm CR4, zinc flake", 20000, "EA", "0.0845", "2026-12-11"),
    ("MP-4412", "Spring clip, 301 stainless", 15000, "EA", "0.1270", "2026-12-11")])
txt = """Morning Dana,

Thanks for the order. Steel's gone up again I'm afraid so we have to revise the washer plates to £86.20/1000. Spring clips are fine at the order price.
Both lines 11/12 as requested, full quantities.

Best regards

Gareth Hughes
Sales Office
Midland Pressings Ltd
Unit 4, Bloomfield Road, Tipton DY4 9ET
Tel: 0121 555 0390

Midland Pressings Ltd is registered in England and Wales No. 01234567. This e-mail and any attachments are confidential and intended solely for the addressee.

-----Original Message-----
""" + ol_block("en", po, "30 November 2026 14:51")
body = M("alternative", [T(txt, cs="windows-1252"), T(html_of(txt, cs="windows-1252"), "html", cs="windows-1252")], "----=_NextPart_000_0027_01DB4A3E.9F2C1B70")
eml = EML(reply_headers(po, ("Gareth Hughes", "sales@midlandpressings.example"), "2026-12-02 11:47:03 -0000", mid("other", "midlandpressings.example"),
                        "RE: " + req_subject(po), extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtEqK3L7bP2nV0ZRYi4s0e9cQ9s5A==")]), body)
case("018-gb-pressings-price-per-thousand", "confirmation", "en-GB",
     "price quoted per 1000 (£86.20/1000 -> 0.0862/EA); day-first '11/12'; windows-1252",
     [po], eml, EXP("confirmation", "L1 price per thousand converts to 0.0862 per EA (PO 0.0845) -> changed. L2 as ordered; 11/12 = 11 Dec.",
                    [conf(po, {1: {"p": "0.0862"}, 2: "A"})]))

# 019 ---------------------------------------------------------------- de-AT alloy surcharge %
s = sup("GSTT", "Gießerei Steyrtal GmbH", "verkauf@giesserei-steyrtal.example", "de-AT")
po = PO("4500071701", s, "jonas", "EUR", "2026-12-02", [
    ("GS-7720", "Brake caliper bracket LH, EN-GJS-500-7", 500, "EA", "32.00", "2026-12-18"),
    ("GS-7721", "Brake caliper bracket RH, EN-GJS-500-7", 500, "EA", "32.00", "2026-12-18"),
    ("GS-8800", "Fixture base casting EN-GJL-300", 4, "EA", "1450.00", "2027-01-20")])
txt = """Sehr geehrter Herr Brenner,

wir bedanken uns für Ihren Auftrag 4500071701 und bestätigen wie folgt:

Pos. 1 und 2: Menge und Liefertermin (KW 51) wie bestellt. Auf den Grundpreis wird der aktuelle Legierungszuschlag von 4,5 % (Notierung Dezember 2026) aufgeschlagen.
Pos. 3: wie bestellt.

Es gelten unsere Allgemeinen Verkaufsbedingungen.

Mit freundlichen Grüßen

Ing. Florian Haider
Verkauf Innendienst
Gießerei Steyrtal GmbH
Industriestraße 5, 4400 Steyr, Österreich
T +43 7252 555 61-20
FN 123456a, LG Steyr
"""
body = M("alternative", [T(txt, cs="iso-8859-1"), T(html_of(txt, cs="iso-8859-1"), "html", cs="iso-8859-1")], "_000_VI1PR04MB5582A2B3C4D5E6F70819VI1PR04MB5582eurp_")
eml = EML(reply_headers(po, ("Haider Florian", "verkauf@giesserei-steyrtal.example"), "2026-12-07 13:30:51 +0100", mid("outlook"),
                        "AW: " + req_subject(po), extra=[("Content-Language", "de-AT")]), body)
case("019-at-foundry-alloy-surcharge-percent", "confirmation", "de-AT",
     "percentage surcharge on lines 1-2 (+4,5 % -> 33.44); 'KW 51' equals requested date; line 3 as ordered",
     [po], eml, EXP("confirmation", "4.5 % alloy surcharge on 32.00 = 33.44 for lines 1 and 2; KW 51 = 2026-12-18 = requested. Line 3 unchanged.",
                    [conf(po, {1: {"p": "33.44"}, 2: {"p": "33.44"}, 3: "A"})]))

# 020 ---------------------------------------------------------------- sk-SK week + weekday
s = sup("STPV", "Strojárne Považie a.s.", "predaj@strojarne-povazie.example", "sk-SK")
po = PO("4500071725", s, "jonas", "EUR", "2026-12-01", [
    ("SP-6100", "Turned shaft 42CrMo4 D30x220", 600, "EA", "11.40", "2026-12-10"),
    ("SP-6101", "Turned shaft 42CrMo4 D35x260, induction hardened", 400, "EA", "14.90", "2026-12-10")])
txt = """Dobrý deň pán Brenner,

potvrdzujeme objednávku 4500071725 nasledovne:

pol. 1 – 600 ks, 11,40 EUR/ks, dodanie utorok 50. týždeň
pol. 2 – 400 ks, 14,90 EUR/ks, dodanie 51. týždeň (kalenie v kooperácii)

S pozdravom

Ján Kováčik
obchodné oddelenie
Strojárne Považie a.s., Považská Bystrica
tel.: +421 42 555 3380
"""
body = T(txt, cs="windows-1250")
eml = EML(reply_headers(po, ("Ján Kováčik", "predaj@strojarne-povazie.example"), "2026-12-03 08:20:19 +0100", mid("other", "strojarne-povazie.example"),
                        "RE: " + req_subject(po), cs="windows-1250", extra=[("X-Mailer", "Microsoft Outlook 16.0")]), body)
case("020-sk-machining-week-with-weekday", "confirmation", "sk-SK",
     "Slovak windows-1250; 'utorok 50. týždeň' (Tuesday of ISO week 50) vs plain '51. týždeň' (Friday)",
     [po], eml, EXP("confirmation", "L1: Tuesday of week 50 = 2026-12-08 (earlier than need-by -> changed). L2: week 51 = Fri 2026-12-18.",
                    [conf(po, {1: {"d": "2026-12-08"}, 2: {"d": "2026-12-18"}})]))

# 021 ---------------------------------------------------------------- zh-TW Big5
s = sup("HSEL", "宏昇電子股份有限公司", "sales@hongsheng-elec.example", "zh-TW")
po = PO("4500071760", s, "dana", "USD", "2026-12-03", [
    ("LED-0805-W", "White LED 0805, 6000K", 30000, "EA", "0.0120", "2026-12-18"),
    ("IND-4R7-1210", "Power inductor 4.7uH 1210", 8000, "EA", "0.0850", "2026-12-18"),
    ("FUSE-1206-2A", "Chip fuse 1206 2A fast-acting", 10000, "EA", "0.0310", "2026-12-18")])
txt = """Dana 您好：

訂單 4500071760 交期回覆如下：

項次1  白光LED 0805      30,000pcs  單價 0.012   交期 2026/12/18  OK
項次2  功率電感 4.7uH     8,000pcs  單價 0.085   原廠交期延後，改為 2027/01/05 出貨
項次3  保險絲 1206 2A    停產，無法供貨。建議替代料號 FUSE-1206-2AT，規格相同，如需報價請告知。

謝謝！

林怡君 Vivian Lin
宏昇電子股份有限公司 業務部
TEL: 886-2-5555-3318 ext.215
新北市新店區民權路 95 號 6 樓
"""
body = T(txt, cs="big5", cte="base64")
eml = EML(reply_headers(po, ("林怡君", "sales@hongsheng-elec.example"), "2026-12-07 15:25:08 +0800", mid("outlook").replace("eurprd0", "apcprd0"),
                        "RE: " + req_subject(po), cs="big5"), body)
case("021-tw-distributor-big5-eol-line", "confirmation", "zh-TW",
     "Traditional Chinese Big5 base64; yyyy/mm/dd dates; line 2 new ship date, line 3 discontinued with a substitute suggestion",
     [po], eml, EXP("confirmation", "項次1 OK; 項次2 ships 2027/01/05 (ship date only); 項次3 停產 (EOL) -> rejected, the alternate part is only a suggestion.",
                    [conf(po, {1: "A", 2: {"d": "2027-01-05"}, 3: "R"})]))

# 022 ---------------------------------------------------------------- en-IN two POs answered, third mentioned
s = sup("SGFP", "Shree Ganesh Forgings Pvt. Ltd.", "marketing@sgforgings.example", "en-IN")
poA = PO("4500071780", s, "priya", "INR", "2026-11-27", [
    ("FG-2201", "Forged flange yoke, 20MnCr5", 1000, "EA", "412.00", "2026-12-19"),
    ("FG-2202", "Forged slip yoke, 20MnCr5", 1000, "EA", "455.00", "2026-12-19")])
poB = PO("4500071781", s, "priya", "INR", "2026-11-27", [
    ("FG-3300", "Crankshaft forging blank, 42CrMo4", 200, "EA", "2840.00", "2027-01-09")])
poC = PO("4500071795", s, "priya", "INR", "2026-12-01", [
    ("FG-4100", "Connecting rod forging, C70S6", 800, "EA", "615.00", "2027-01-16")])
txt = """Dear Madam,

Greetings from Shree Ganesh Forgings!

With reference to your PO Nos. 4500071780 and 4500071781, we are pleased to confirm the same as under:

PO No. 4500071780
Item FG-2201 - 1,000 Nos. @ Rs. 412/- each - Dispatch on 15/12/2026
Item FG-2202 - 1,000 Nos. @ Rs. 455/- each - Dispatch on 15/12/2026

PO No. 4500071781
Item FG-3300 - 200 Nos. @ Rs. 2,840/- each - Dispatch on 09/01/2027

Regarding your PO No. 4500071795, die trial is under progress, we shall revert with the delivery schedule by next week.

Kindly acknowledge.

Thanking you,
Yours faithfully,
For Shree Ganesh Forgings Pvt. Ltd.

(R. Venkatesh)
Manager - Marketing
Plot No. 47, MIDC Chakan, Pune 410501
Mob: +91 98 2255 5012

"""
body = M("alternative", [T(txt), T(html_of(txt, "Arial"), "html")], "_000_PN3P287MB1186C5D4E3F2A1B0C9D8PN3P287MB1186INDP_")
eml = EML(reply_headers(poA, ("Venkatesh R", "marketing@sgforgings.example"), "2026-12-05 12:10:37 +0530", mid("outlook").replace("eurprd0", "indprd0"),
                        "RE: " + req_subject(poA)), body)
case("022-in-forgings-two-pos-third-pending", "confirmation", "en-IN",
     "three open POs; reply confirms two (dispatch dates dd/mm/yyyy) and only mentions the third -> third left out",
     [poA, poB, poC], eml, EXP("confirmation", "PO ...780 both items dispatch 15/12/2026 (ship date only, earlier than 19/12) -> changed; PO ...781 as ordered (09/01/2027); PO ...795 only mentioned ('shall revert') -> omitted.",
                    [conf(poA, {1: {"d": "2026-12-15"}, 2: {"d": "2026-12-15"}}), conf(poB, {1: "A"})]))

# 023 ---------------------------------------------------------------- en-US ERP auto mail with PDF
s = sup("AAS", "Apex Aerostructures Supply", "orders@apexaero.example", "en-US")
po = PO("4500071802", s, "tom", "USD", "2026-12-04", [
    ("NAS1149F0363P", "Flat washer NAS1149F0363P", 5000, "EA", "0.0920", "2026-12-21"),
    ("MS21042L3", "Self-locking nut MS21042L3", 4000, "EA", "0.2450", "2026-12-21"),
    ("NAS6203-6", "Bolt NAS6203-6", 1200, "EA", "1.8700", "2026-12-21")])
pdf = PDF(pdf_table(
    [("APEX AEROSTRUCTURES SUPPLY", True, 13), ("4410 W. Harry St, Wichita KS 67209  |  AS9120B certified", False, 8),
     ("SALES ORDER ACKNOWLEDGMENT", True, 14), ("Sales Order: SO-318845        Order Date: 12/07/2026", False, 9),
     ("Customer: KESTREL MOTION SYSTEMS        Customer PO: 4500071802", False, 9), ("Terms: Net 45   Ship Via: UPS Ground   FOB: Origin", False, 9)],
    ["Ln", "Part Number", "Qty Ord", "Qty Conf", "Unit Price", "Ext. Price", "Promise Ship"],
    [["1", "NAS1149F0363P", "5,000", "5,000", "$0.0920", "$460.00", "12/18/2026"],
     ["2", "MS21042L3", "4,000", "4,000", "$0.2450", "$980.00", "12/18/2026"],
     ["3", "NAS6203-6", "1,200", "1,000", "$1.8700", "$1,870.00", "12/18/2026"]],
    [50, 75, 190, 250, 310, 380, 460],
    ["Ln 3: 1,000 pcs confirmed. Balance of 200 pcs cancelled - manufacturer allocation.", "Certificates of conformance and mill certs will ship with material.",
     "All sales subject to Apex Aerostructures Supply terms and conditions (rev. 2025-04)."]),
    producer="Infor SyteLine Reporting", title="SO-318845 Acknowledgment")
txt = """This is an automatically generated message. Please do not reply to this e-mail.

Attached please find Sales Order Acknowledgment SO-318845 for your purchase order 4500071802.
Please review the acknowledgment carefully and notify us of any discrepancies within 2 business days.

Questions? Contact your customer service representative:
Linda Park | +1 316-555-0142 | orders@apexaero.example
"""
body = M("mixed", [T(txt, cte="7bit"), ATT("SO-318845_ACK.pdf", "application/pdf", pdf)], "=_3f9a1c7e2b5d4e8f_=")
eml = EML([("From", addr("Apex Aerostructures Order Desk", "noreply-oa@apexaero.example")), ("To", "dana.whitfield@kestrel-mfg.example, tom.okafor@kestrel-mfg.example"),
           ("Subject", "Order Acknowledgment SO-318845 / Your PO 4500071802"), ("Date", rfcdate("2026-12-07 03:12:00 -0600")),
           ("Message-ID", "<SO318845.20261207031200.ack@erp.apexaero.example>"), ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
           ("Precedence", "bulk")], body)
case("023-us-aero-fasteners-erp-pdf-autogenerated", "confirmation", "en-US",
     "ERP 'do not reply' mail with Auto-Submitted header and PDF acknowledgment (still a confirmation); promise ship dates; reduced qty line 3",
     [po], eml, EXP("confirmation", "Automatic but commits to the order. Only ship dates (12/18/2026) are given, so all lines change date; line 3 confirmed 1,000 of 1,200.",
                    [conf(po, {1: {"d": "2026-12-18"}, 2: {"d": "2026-12-18"}, 3: {"q": 1000, "d": "2026-12-18"}})]))

# 024 ---------------------------------------------------------------- de-DE terse reply to reminder
s = sup("HFST", "Hartmann Federn & Stanzteile GmbH", "vertrieb@hartmann-federn.example", "de-DE")
po = PO("4500071140", s, "jonas", "EUR", "2026-11-24", [
    ("HF-1010", "Disc spring DIN 2093 A 40", 10000, "EA", "0.1900", "2026-12-14"),
    ("HF-1020", "Disc spring DIN 2093 B 50", 6000, "EA", "0.3100", "2026-12-14"),
    ("HF-2200", "Stamped holding plate, DC01 3 mm", 2500, "EA", "0.8800", "2026-12-14")], req=2)
txt = """Hallo Herr Brenner,

sorry, war zwei Wochen im Urlaub und das ist liegen geblieben.
Pos. 1+2 gehen wie bestellt raus, Pos. 3 schaffen wir erst KW 2, Preis bleibt.

Gruß
T. Hartmann

Von meinem iPhone gesendet

> Am 07.12.2026 um 08:00 schrieb Jonas Brenner <jonas.brenner@kestrel-mfg.example>:
>
""" + q(req_body(po, True))
body = T(txt, cs="utf-8", cte="quoted-printable")
eml = EML(reply_headers(po, ("Thomas Hartmann", "t.hartmann@hartmann-federn.example"), "2026-12-08 07:41:55 +0100", mid("apple", "hartmann-federn.example"),
                        "Re: " + req_subject(po, True), reminder=True, extra=[("X-Mailer", "iPhone Mail (22B91)")]), body)
case("024-de-springs-reminder-terse-kw2", "confirmation", "de-DE",
     "terse iPhone reply to a reminder from a personal address; 'Pos. 1+2 ... wie bestellt', 'KW 2' in the next year",
     [po], eml, EXP("confirmation", "Pos. 1 and 2 as ordered; pos. 3 KW 2 = Fri 2027-01-15, price unchanged.",
                    [conf(po, {1: "A", 2: "A", 3: {"d": "2027-01-15"}})]))

# 025 ---------------------------------------------------------------- fr-FR ship vs delivery + price
s = sup("UAOC", "Usinage Aéro Occitanie SAS", "adv@usinage-aero-occitanie.example", "fr-FR")
po = PO("4500071818", s, "dana", "EUR", "2026-12-03", [
    ("UA-5501", "Titanium fitting Ti6Al4V LH, dwg 55-01 rev C", 40, "EA", "685.00", "2027-01-12"),
    ("UA-5502", "Titanium fitting Ti6Al4V RH, dwg 55-02 rev C", 40, "EA", "685.00", "2027-01-12")])
txt = """Bonjour Madame Whitfield,

Je vous confirme la prise en compte de votre commande 4500071818 :

Pos. 1 : 40 pièces, 685,00 € HT/pce – expédition le 11/01/2027, livraison prévue chez vous le 13/01/2027.
Pos. 2 : 40 pièces, 712,00 € HT/pce (reprise de la gamme suite à l'indice C du plan) – expédition le 18/01/2027, livraison le 20/01/2027.

Restant à votre disposition,
Bien cordialement,

Sandrine Roques
Administration des Ventes
Usinage Aéro Occitanie SAS – 12 rue de l'Aéropostale, 31700 Blagnac
Tél. : 05 61 55 57 20
Certifiée EN 9100

De : Dana Whitfield <dana.whitfield@kestrel-mfg.example>
Envoyé : jeudi 3 décembre 2026 16:44
À : ADV <adv@usinage-aero-occitanie.example>
Objet : """ + req_subject(po) + "\n\n" + req_body(po)
body = M("alternative", [T(txt, cs="iso-8859-15") if False else T(txt, cs="windows-1252"), T(html_of(txt, cs="windows-1252"), "html", cs="windows-1252")], "_000_PAZP264MB2987D0E1F2A3B4C5D6E7PAZP264MB2987FRAP_")
eml = EML(reply_headers(po, ("ROQUES Sandrine", "adv@usinage-aero-occitanie.example"), "2026-12-08 18:03:27 +0100", mid("outlook"),
                        "RE : " + req_subject(po), extra=[("Content-Language", "fr-FR")]), body)
case("025-fr-aero-titanium-ship-vs-delivery", "confirmation", "fr-FR",
     "French; each line has expédition and livraison dates (delivery wins); line 2 price up; '685,00 € HT/pce'",
     [po], eml, EXP("confirmation", "Delivery dates win: L1 2027-01-13 (ship 11/01), L2 2027-01-20 at 712.00.",
                    [conf(po, {1: {"d": "2027-01-13"}, 2: {"p": "712.00", "d": "2027-01-20"}})]))

# 026 ---------------------------------------------------------------- nl-NL split weeks
s = sup("KFDV", "Kartonnagefabriek De Vecht B.V.", "verkoop@devecht-karton.example", "nl-NL")
po = PO("4500071840", s, "elin", "EUR", "2026-12-04", [
    ("DV-FEF-0427", "Die-cut mailer box FEFCO 0427, E-flute, printed 1c", 1200, "EA", "0.8900", "2026-12-17"),
    ("DV-FEF-0201", "RSC box FEFCO 0201 500x350x300, BC-flute", 3000, "EA", "1.1200", "2026-12-17")])
txt = """Goedemorgen Elin,

Dank voor je order 4500071840.

Regel 2 kunnen we volledig leveren op 17-12.
Van regel 1 leveren we 500 st. in week 51, het restant (700 st.) in week 2 i.v.m. de feestdagen en het drukwerk.

Prijzen conform order.

Met vriendelijke groet,

Sanne de Groot
Binnendienst Verkoop
Kartonnagefabriek De Vecht B.V. | Industrieweg 31 | 3641 RK Mijdrecht
T +31 297 55 54 10

""" + ol_block("nl", po, "vrijdag 4 december 2026 11:31")
body = M("alternative", [T(txt), T(html_of(txt), "html")], "_000_AS8PR08MB6920E1F2A3B4C5D6E7F8AS8PR08MB6920eurp_")
eml = EML(reply_headers(po, ("Sanne de Groot", "verkoop@devecht-karton.example"), "2026-12-09 10:22:36 +0100", mid("outlook"),
                        "RE: " + req_subject(po), extra=[("Content-Language", "nl-NL")]), body)
case("026-nl-corrugated-split-over-new-year", "confirmation", "nl-NL",
     "Dutch; line 1 split 500 'week 51' + 700 'week 2' (next year); line 2 on '17-12'; lines answered in reverse order",
     [po], eml, EXP("confirmation", "Regel 1: 500 in week 51 (Fri 2026-12-18) + 700 in week 2 (Fri 2027-01-15). Regel 2 as ordered.",
                    [conf(po, {1: {"s": [(500, "2026-12-18"), (700, "2027-01-15")], "d": "2027-01-15"}, 2: "A"})]))

# 027 ---------------------------------------------------------------- cs-CZ no diacritics from phone
s = sup("PRKR", "Pružiny Kroměříž s.r.o.", "info@pruziny-km.example", "cs-CZ")
po = PO("4500071866", s, "jonas", "CZK", "2026-12-07", [
    ("PK-0410", "Compression spring 0.8x6x20, EN 10270-1 SH", 20000, "EA", "1.85", "2026-12-18"),
    ("PK-0530", "Extension spring 1.2x10x40, zinc plated", 8000, "EA", "3.40", "2026-12-18")])
txt = """dobry den, potvrzuju obj. 4500071866, vse ok az na pol. 2 - ta bude az 8.1. kvuli zinkovani. ceny beze zmeny
Havlik

Odeslano z mobilu

-------- Původní zpráva --------
Od: Jonas Brenner <jonas.brenner@kestrel-mfg.example>
Datum: 07.12.26 14:10 (GMT+01:00)
Komu: info@pruziny-km.example
Předmět: """ + req_subject(po) + "\n\n" + req_body(po)
body = T(txt, cte="base64")
eml = EML(reply_headers(po, ("Pavel Havlik", "info@pruziny-km.example"), "2026-12-09 19:55:02 +0100", mid("other", "email.android.com"),
                        "RE: " + req_subject(po)), body)
case("027-cz-springs-phone-no-diacritics", "confirmation", "cs-CZ",
     "one-line Czech from a phone without diacritics; '8.1.' without year -> 2027-01-08; Android quote header",
     [po], eml, EXP("confirmation", "'vse ok az na pol. 2 - ta bude az 8.1.': line 1 as ordered, line 2 date 2027-01-08, prices unchanged.",
                    [conf(po, {1: "A", 2: {"d": "2027-01-08"}})]))

# 028 ---------------------------------------------------------------- es-ES distributor
s = sup("CEIB", "Componentes Electrónicos Ibérica S.L.", "pedidos@ce-iberica.example", "es-ES")
po = PO("4500071890", s, "dana", "EUR", "2026-12-07", [
    ("ES-RES-0402-10K", "Resistor 10k 0402 1% 1/16W", 100000, "EA", "0.0014", "2026-12-16"),
    ("ES-DIO-BAT54S", "Schottky diode BAT54S SOT-23", 12000, "EA", "0.0290", "2026-12-16"),
    ("ES-OPA-TLV9062", "Op-amp TLV9062IDR", 2000, "EA", "0.4800", "2026-12-16")])
txt = """Hola Dana:

Te confirmamos el pedido 4500071890:

- Línea 1: 100.000 uds., 0,0014 €, entrega 16/12.
- Línea 2: 12.000 uds., 0,0290 €, entrega 16/12.
- Línea 3: 2.000 uds.; el fabricante ha subido el precio, queda en 0,52 €/ud. Plazo de entrega 22/12.

Un saludo,

Marta Giménez
Dpto. Comercial
Componentes Electrónicos Ibérica S.L.
C/ de la Innovació 14, 08840 Viladecans (Barcelona)
Tel. 93 555 18 40

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional.

""" + ol_block("es", po, "lunes, 7 de diciembre de 2026 12:14")
body = M("alternative", [T(txt, cs="iso-8859-15") if False else T(txt), T(html_of(txt), "html")], "_000_DU0PR02MB9188F1A2B3C4D5E6F7A8DU0PR02MB9188eurp_")
eml = EML(reply_headers(po, ("Marta Giménez", "pedidos@ce-iberica.example"), "2026-12-10 12:31:48 +0100", mid("outlook"),
                        "RE: " + req_subject(po), extra=[("Content-Language", "es-ES")]), body)
case("028-es-distributor-price-up-one-line", "confirmation", "es-ES",
     "Spanish; '100.000 uds.' thousands dot, '0,0014 €'; line 3 new price and date",
     [po], eml, EXP("confirmation", "Lines 1-2 as ordered; line 3 0.52 EUR (was 0.48) and delivery 22/12 -> 2026-12-22.",
                    [conf(po, {1: "A", 2: "A", 3: {"p": "0.52", "d": "2026-12-22"}})]))

# 029 ---------------------------------------------------------------- en-GB HTML table with an open line
s = sup("SVAC", "Severn Aerospace Components Ltd", "orders@severn-aero.example", "en-GB")
po = PO("4500071905", s, "tom", "GBP", "2026-12-02", [
    ("SV-BRK-210", "Machined bracket 7075-T7351 LH", 60, "EA", "84.00", "2027-01-08"),
    ("SV-BRK-211", "Machined bracket 7075-T7351 RH", 60, "EA", "84.00", "2027-01-08"),
    ("SV-PIN-015", "Hinge pin 15-5PH H1025", 240, "EA", "12.60", "2027-01-08"),
    ("SV-BSH-015", "Flanged bushing, Al-Ni bronze", 240, "EA", "6.35", "2027-01-08")])
rows = [("1", "SV-BRK-210", "60", "&pound;84.00", "08/01/2027"), ("2", "SV-BRK-211", "60", "&pound;84.00", "08/01/2027"),
        ("3", "SV-PIN-015", "240", "&pound;12.60", "22/01/2027"), ("4", "SV-BSH-015", "&mdash;", "&mdash;", "TBC &ndash; awaiting material cert, will update w/c 14/12")]
tr = "\n".join("<tr>%s</tr>" % "".join('<td style="border:solid #BFBFBF 1.0pt;padding:2pt 5pt">%s</td>' % c for c in r) for r in rows)
html = ("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body lang="EN-GB">
<div class="WordSection1"><p class="MsoNormal">Hi Tom,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Please see our confirmation against PO 4500071905 below.</p><p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td><b>Line</b></td><td><b>Part</b></td><td><b>Qty</b></td><td><b>Unit price</b></td><td><b>Delivery</b></td></tr>
""" + tr + """
</table><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Kind regards,</p><p class="MsoNormal"><b>Hannah Pryce</b><br>Customer Service Co-ordinator<br>Severn Aerospace Components Ltd<br>Gloucester GL2 2AQ | 01452 555 771</p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">AS9100 Rev D certified. This message may contain ITAR/EAR controlled technical data.</span></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>From:</b> Tom Okafor &lt;tom.okafor@kestrel-mfg.example&gt;<br><b>Sent:</b> 02 December 2026 10:05<br><b>To:</b> Orders &lt;orders@severn-aero.example&gt;<br><b>Subject:</b> """
        + req_subject(po) + "</p></div><pre>" + hesc(req_body(po)) + "</pre></div></body></html>\n")
plain = """Hi Tom,

Please see our confirmation against PO 4500071905 below.

Line

Part

Qty

Unit price

Delivery

1

SV-BRK-210

60

£84.00

08/01/2027

2

SV-BRK-211

60

£84.00

08/01/2027

3

SV-PIN-015

240

£12.60

22/01/2027

4

SV-BSH-015

—

—

TBC – awaiting material cert, will update w/c 14/12

Kind regards,
Hannah Pryce
Customer Service Co-ordinator
Severn Aerospace Components Ltd
Gloucester GL2 2AQ | 01452 555 771
AS9100 Rev D certified. This message may contain ITAR/EAR controlled technical data.

From: Tom Okafor <tom.okafor@kestrel-mfg.example>
Sent: 02 December 2026 10:05
To: Orders <orders@severn-aero.example>
Subject: """ + req_subject(po) + "\n\n" + req_body(po)
body = M("alternative", [T(plain), T(html, "html", cs="us-ascii", cte="quoted-printable")], "_000_LO2P265MB5512A0B9C8D7E6F5A4B3LO2P265MB5512GBRP_")
eml = EML(reply_headers(po, ("Hannah Pryce", "orders@severn-aero.example"), "2026-12-11 14:02:10 +0000", mid("outlook").replace("eurprd0", "gbrprd0"),
                        "RE: " + req_subject(po)), body)
case("029-gb-aero-html-table-one-line-tbc", "confirmation", "en-GB",
     "Outlook HTML table whose text part is one cell per line; line 3 later, line 4 'TBC' -> unconfirmed; dd/mm/yyyy",
     [po], eml, EXP("confirmation", "Lines 1-2 as ordered (08/01/2027); line 3 22/01/2027; line 4 TBC awaiting cert -> unconfirmed.",
                    [conf(po, {1: "A", 2: "A", 3: {"d": "2027-01-22"}, 4: "U"})]))

# 030 ---------------------------------------------------------------- ja-JP Shift_JIS
s = sup("HMSP", "株式会社浜松スプリング", "juchu@hamamatsu-spring.example", "ja-JP")
po = PO("4500071922", s, "dana", "JPY", "2026-12-07", [
    ("HS-CS-3012", "Compression spring SWP-A d1.2", 10000, "EA", "12.50", "2026-12-24"),
    ("HS-TS-2040", "Torsion spring SUS304-WPB", 5000, "EA", "21.00", "2026-12-24")])
txt = """Kestrel Motion Systems
Dana Whitfield 様

お世話になっております。
浜松スプリング受注課の鈴木でございます。

注文番号4500071922の件、以下のとおり回答いたします。

・HS-CS-3012　10,000個　単価12.50円　12/24納入　（ご希望通り）
・HS-TS-2040　5,000個　単価21.00円　弊社年末年始休業（12/29〜1/5）のため、1/8(金)納入となります。

何卒よろしくお願いいたします。

----------------------------------------
株式会社浜松スプリング　受注課
鈴木 美咲
TEL:053-555-2240　FAX:053-555-2241
----------------------------------------
"""
body = T(txt, cs="shift_jis", cte="base64")
eml = EML(reply_headers(po, ("鈴木 美咲", "juchu@hamamatsu-spring.example"), "2026-12-11 10:45:30 +0900", mid("other", "hamamatsu-spring.example"),
                        "RE: " + req_subject(po), cs="shift_jis", extra=[("X-Mailer", "Microsoft Outlook 16.0")]), body)
case("030-jp-springs-shiftjis-holiday-shift", "confirmation", "ja-JP",
     "Japanese Shift_JIS base64; m/d dates without year; holiday range 12/29〜1/5 as distractor; 1/8(金) -> 2027-01-08",
     [po], eml, EXP("confirmation", "Line 1 as requested (12/24); line 2 1/8(金) = Fri 2027-01-08 because of the year-end closure.",
                    [conf(po, {1: "A", 2: {"d": "2027-01-08"}})]))

# 031 ---------------------------------------------------------------- pl-PL whole order declined
s = sup("OZSL", "Odlewnia Żeliwa Śląsk S.A.", "handel@odlewnia-slask.example", "pl-PL")
po = PO("4500071944", s, "jonas", "EUR", "2026-12-03", [
    ("OZ-1100", "Flywheel housing casting EN-GJL-250", 150, "EA", "64.00", "2027-01-15"),
    ("OZ-1101", "Clutch housing casting EN-GJL-250", 150, "EA", "71.50", "2027-01-15")])
txt = """Szanowny Panie,

dziękujemy za zamówienie nr 4500071944. Z przykrością informujemy, że nie jesteśmy w stanie przyjąć go do realizacji – nasze moce produkcyjne na I kwartał 2027 r. są w pełni wykorzystane. Zamówienie odrzucamy w całości.

Zapraszamy do kontaktu w sprawie zamówień z terminem dostawy od kwietnia 2027.

Z poważaniem
Grzegorz Nowak
Kierownik Działu Handlowego
Odlewnia Żeliwa Śląsk S.A.
ul. Hutnicza 3, 44-100 Gliwice
"""
body = T(txt, cs="iso-8859-2") if False else T(txt, cs="utf-8", cte="8bit")
eml = EML(reply_headers(po, ("Grzegorz Nowak", "handel@odlewnia-slask.example"), "2026-12-07 09:12:44 +0100", mid("other", "odlewnia-slask.example"),
                        "Odp: " + req_subject(po), extra=[("User-Agent", "Roundcube Webmail/1.6.9")]), body)
case("031-pl-foundry-declines-whole-order", "confirmation", "pl-PL",
     "Polish refusal of the whole order (capacity) -> confirmation with every line rejected; no quote of the request",
     [po], eml, EXP("confirmation", "A refusal is an answer: both lines rejected.",
                    [conf(po, {1: "R", 2: "R"})]))

# 032 ---------------------------------------------------------------- fi-FI answer in English, holiday distractor
s = sup("TTOS", "Tampereen Tarkkuusosa Oy", "sales@tampereen-tarkkuus.example", "fi-FI")
po = PO("4500071960", s, "elin", "EUR", "2026-12-08", [
    ("TT-8800", "Hydraulic valve block, machined EN-AW 6082", 24, "EA", "265.00", "2027-01-22"),
    ("TT-8801", "Valve block cover plate", 24, "EA", "42.00", "2027-01-22")])
txt = """Hello Elin,

Thank you for the PO. Confirmed both rows: qty 24 pcs each, prices according to PO, delivery 22.1.2027.
Please note our office is closed 24.12.–6.1., orders are handled normally after that.

Best regards / Ystävällisin terveisin
Juha Lehtonen
Tampereen Tarkkuusosa Oy
Hatanpään valtatie 48, 33900 Tampere
+358 40 555 7781

Lähettäjä: Elin Sandberg <elin.sandberg@kestrel-mfg.example>
Lähetetty: tiistai 8. joulukuuta 2026 9.40
Vastaanottaja: sales@tampereen-tarkkuus.example
Aihe: """ + req_subject(po) + "\n\n" + req_body(po)
body = M("alternative", [T(txt), T(html_of(txt), "html")], "_000_HE1PR0901MB3412B2C3D4E5F6A7B8C9HE1PR0901MB3412eurp_")
eml = EML(reply_headers(po, ("Juha Lehtonen", "sales@tampereen-tarkkuus.example"), "2026-12-10 15:10:05 +0200", mid("outlook"),
                        "VS: " + req_subject(po)), body)
case("032-fi-machining-english-short-dates", "confirmation", "fi-FI",
     "Finnish supplier writing English; '22.1.2027' date without leading zeros; office closure '24.12.–6.1.' must not be read as a date",
     [po], eml, EXP("confirmation", "Both rows as ordered (22.1.2027 = requested).",
                    [conf(po, {1: "A", 2: "A"})]))

# 033 ---------------------------------------------------------------- en-US XLSX reply to reminder, split
s = sup("SFSC", "Summit Fastener & Supply Co.", "orders@summitfastener.example", "en-US")
po = PO("4500071150", s, "tom", "USD", "2026-11-25", [
    ("HL18PB-8-6", "Hi-Lok pin HL18PB-8-6", 500, "EA", "3.9500", "2026-12-15"),
    ("HL70-8", "Hi-Lok collar HL70-8", 500, "EA", "0.6800", "2026-12-15"),
    ("CR3213-4-02", "Blind rivet CR3213-4-02", 3000, "EA", "0.4100", "2026-12-15")], req=2)
xl = XLSX([
    ["SUMMIT FASTENER & SUPPLY CO. - ORDER ACKNOWLEDGMENT"],
    ["Customer PO", "4500071150", "", "SO #", "77120-A"],
    [],
    ["Line", "Part Number", "Qty Ordered", "Qty Confirmed", "Unit Price", "Delivery Date", "Notes"],
    [1, "HL18PB-8-6", 500, 500, 3.95, ("date", "2026-12-15"), ""],
    [2, "HL70-8", 500, 300, 0.68, ("date", "2026-12-15"), "partial"],
    [2, "HL70-8", None, 200, 0.68, ("date", "2027-01-12"), "balance"],
    [3, "CR3213-4-02", 3000, 3000, 0.41, ("date", "2026-12-15"), ""],
], sheet="Ack")
txt = """Tom -

Sorry for the wait. Ack attached (xlsx). Line 2 collars are split, rest good.

Thanks,
Ray Delgado
Inside Sales | Summit Fastener & Supply Co.
Tulsa, OK | 918-555-0133
"""
body = M("mixed", [T(txt, cte="7bit"), ATT("PO4500071150_ack.xlsx", XLSX_CT, xl)], "b1_7f2e4c9a0d3b5e6f8a1c2d3e4f5a6b7c")
eml = EML(reply_headers(po, ("Ray Delgado", "orders@summitfastener.example"), "2026-12-02 10:05:41 -0600", mid("other", "summitfastener.example"),
                        "RE: " + req_subject(po, True), reminder=True), body)
case("033-us-aero-fasteners-xlsx-split-row", "confirmation", "en-US",
     "reply to reminder; XLSX with shared strings, date serials, and the split given as a second row for line 2",
     [po], eml, EXP("confirmation", "Line 2 appears twice in the sheet: 300 on 2026-12-15 and 200 on 2027-01-12. Lines 1 and 3 as ordered.",
                    [conf(po, {1: "A", 2: {"s": [(300, "2026-12-15"), (200, "2027-01-12")], "d": "2027-01-12"}, 3: "A"})]))

# 034 ---------------------------------------------------------------- de-DE packaging units
s = sup("FTAB", "Federntechnik Alb GmbH", "auftrag@federntechnik-alb.example", "de-DE")
po = PO("4500071977", s, "jonas", "EUR", "2026-12-08", [
    ("FA-5500", "Circlip DIN 471 20x1.2", 2000, "EA", "0.1660", "2026-12-21"),
    ("FA-5510", "Circlip DIN 472 35x1.5", 1000, "EA", "0.2480", "2026-12-21")])
txt = """Sehr geehrter Herr Brenner,

vielen Dank für Ihre Bestellung 4500071977, die wir wie folgt bestätigen:

Pos. 1: 8 VE à 250 Stück, Preis 41,50 EUR/VE, Liefertermin 21.12.2026
Pos. 2: 4 VE à 250 Stück, Preis 62,00 EUR/VE, Liefertermin 21.12.2026

Bitte beachten Sie, dass wir ausschließlich in ganzen Verpackungseinheiten liefern.

Freundliche Grüße

Melanie Kuhn
Auftragsabwicklung
Federntechnik Alb GmbH · Im Gewerbepark 9 · 72458 Albstadt
Telefon +49 7431 555 98-14
Amtsgericht Stuttgart HRB 123456 · Geschäftsführer: Jürgen Maier
"""
body = M("alternative", [T(txt), T(html_of(txt, "Arial"), "html")], "_000_BE1P281MB2240A9B8C7D6E5F4A3B2BE1P281MB2240DEUP_")
eml = EML(reply_headers(po, ("Kuhn, Melanie", "auftrag@federntechnik-alb.example"), "2026-12-11 11:11:11 +0100", mid("outlook"),
                        "AW: " + req_subject(po), extra=[("Content-Language", "de-DE")]), body)
case("034-de-circlips-packaging-units", "confirmation", "de-DE",
     "quantities and prices per packaging unit (VE à 250): 8 VE = 2000 pcs at 41,50/VE = 0.166/EA -> exactly as ordered",
     [po], eml, EXP("confirmation", "8x250 = 2000 and 41.50/250 = 0.166; 4x250 = 1000 and 62.00/250 = 0.248. Both lines equal the PO -> accepted.",
                    [conf(po, {1: "A", 2: "A"})]))

# 035 ---------------------------------------------------------------- en-AU 'Thursday week'
s = sup("SCTP", "Southern Cross Tooling & Pressings Pty Ltd", "sales@sctp.example", "en-AU")
po = PO("4500071990", s, "priya", "AUD", "2026-12-04", [
    ("SC-PR-0901", "Pressed steel bracket, 3 mm HA250", 1500, "EA", "2.35", "2026-12-14"),
    ("SC-PR-0902", "Gusset plate, 3 mm HA250", 1500, "EA", "1.10", "2026-12-14")])
txt = """G'day Priya,

All good on qty and pricing. Press is booked out this week so we'll have both lines to you Thursday week (the 17th).

Cheers
Brett

Brett Kowalski | Sales
Southern Cross Tooling & Pressings
0412 555 907

On Fri, 4 Dec 2026 at 15:37, Priya Raman <priya.raman@kestrel-mfg.example> wrote:
""" + q(req_body(po))
body = M("alternative", [T(txt), T(html_of(txt, "Arial"), "html")], "00000000000098ab7c05f1e3c2d1")
eml = EML(reply_headers(po, ("Brett Kowalski", "sales@sctp.example"), "2026-12-07 16:20:12 +1100", mid("gmail"), "Re: " + req_subject(po)), body)
case("035-au-pressings-thursday-week", "confirmation", "en-AU",
     "Australian idiom 'Thursday week (the 17th)' for delivery; both lines changed date only",
     [po], eml, EXP("confirmation", "Mail of Mon 2026-12-07: 'Thursday week (the 17th)' = 2026-12-17, delivered ('to you').",
                    [conf(po, {1: {"d": "2026-12-17"}, 2: {"d": "2026-12-17"}})]))

# 036 ---------------------------------------------------------------- sv-SE reel rounding
s = sup("NCDA", "Nordic Component Distribution AB", "order@nordiccomp.example", "sv-SE")
po = PO("4500072010", s, "elin", "EUR", "2026-12-09", [
    ("NC-MLCC-1U-0402", "MLCC 1uF 16V X5R 0402", 35000, "EA", "0.0033", "2026-12-18"),
    ("NC-ESD-PESD5V", "ESD diode PESD5V0S1BL SOD-882", 7000, "EA", "0.0210", "2026-12-18")])
txt = """Hej Elin,

Tack för beställningen! Vi levererar endast hela rullar, så:

Rad 1: avrundat till 40 000 st (4 rullar à 10 000), pris 0,0033 EUR/st, leverans 18/12.
Rad 2: 7 000 st (2 rullar à 3 500) enligt order, leverans 18/12.

Säg till om ni hellre vill ha 30 000 st på rad 1 istället.

Mvh
Oskar Lindqvist
Nordic Component Distribution AB | Kista
08-555 603 20
"""
body = T(txt, cs="iso-8859-1")
eml = EML(reply_headers(po, ("Oskar Lindqvist", "order@nordiccomp.example"), "2026-12-10 09:44:18 +0100", mid("other", "nordiccomp.example"),
                        "SV: " + req_subject(po), cs="iso-8859-1", extra=[("User-Agent", "Microsoft-MacOutlook/16.92.24120731")]), body)
case("036-se-distributor-reel-rounding", "confirmation", "sv-SE",
     "Swedish; line 1 rounded up to full reels (40 000 instead of 35 000) with an offer to go lower instead; line 2 as ordered",
     [po], eml, EXP("confirmation", "Line 1 is confirmed at 40 000 (the alternative of 30 000 is only offered) -> changed qty. Line 2 as ordered.",
                    [conf(po, {1: {"q": 40000}, 2: "A"})]))

# 037 ---------------------------------------------------------------- zh-CN English, one line only a price proposal
s = sup("NBEP", "Ningbo Everbright Precision Stamping Co., Ltd.", "export@nb-everbright.example", "zh-CN")
po = PO("4500072033", s, "dana", "USD", "2026-12-07", [
    ("EB-LF-2210", "Lead frame stamping C194, 0.25 mm", 100000, "EA", "0.0180", "2027-01-08"),
    ("EB-TB-3300", "Terminal blank, brass H65", 50000, "EA", "0.0260", "2027-01-08"),
    ("EB-SH-4400", "EMI shield can, nickel silver", 20000, "EA", "0.0950", "2027-01-08")])
txt = """Dear Dana,

Good day! Thanks for your PO 4500072033.

Item 1 and item 3 we can confirm, qty and price same as PO, ETD Dec.28th by sea.

Item 2: sorry we can not accept this price, the brass price increased a lot this month. New price is USD 0.0295/pc, if ok for you we will arrange production at once.

Waiting for your reply.

Best regards
Amy Zhou 周敏
Sales Dept. | Ningbo Everbright Precision Stamping Co., Ltd.
Tel: +86-574-5555-6620  Wechat: amyzhou_nbep
Add: No. 88 Xingye Road, Beilun, Ningbo, China
"""
body = M("alternative", [T(txt, cs="gbk", cte="base64"), T(html_of(txt, cs="gbk"), "html", cs="gbk", cte="base64")], "----=_NextPart_5E2A8B10_0C4D_4A3E_8F7B_1D2C3B4A5F6E")
eml = EML(reply_headers(po, ("Amy Zhou", "export@nb-everbright.example"), "2026-12-09 20:31:56 +0800", mid("other", "nb-everbright.example"),
                        "Re: " + req_subject(po), extra=[("X-Mailer", "Foxmail 7.2.25.228[cn]")]), body)
case("037-cn-stamping-english-price-counteroffer", "confirmation", "zh-CN",
     "Chinese supplier in English (GBK); ETD-only date 'Dec.28th'; line 2 is a counter-offer awaiting our OK -> unconfirmed",
     [po], eml, EXP("confirmation", "Items 1 and 3 committed with ETD (ship) Dec 28 -> changed date 2026-12-28. Item 2 only proposes a new price 'if ok' -> unconfirmed.",
                    [conf(po, {1: {"d": "2026-12-28"}, 2: "U", 3: {"d": "2026-12-28"}})]))

# 038 ---------------------------------------------------------------- en-CA bilingual, one line open
s = sup("NACL", "Northern Aero Castings Ltd.", "csr@northernaerocast.example", "en-CA")
po = PO("4500072050", s, "tom", "CAD", "2026-12-08", [
    ("NA-IC-7710", "Investment casting bracket 17-4PH", 120, "EA", "96.50", "2027-01-20"),
    ("NA-IC-7711", "Investment casting housing 17-4PH", 60, "EA", "218.00", "2027-01-20")])
txt = """Hi Tom,

Line 1 confirmed as per PO.
Line 2: our ceramic shell line is down for maintenance until mid-January, so we can't commit to the housing yet. I'll give you a firm date as soon as the line is back up.

Thanks / Merci,

Chantal Girard
Customer Service / Service à la clientèle
Northern Aero Castings Ltd. / Moulages Aéro du Nord ltée
Mirabel (QC) | 450-555-0158

This email and any attachments are confidential. / Ce courriel et toute pièce jointe sont confidentiels.

________________________________
From: Tom Okafor <tom.okafor@kestrel-mfg.example>
Sent: Tuesday, December 8, 2026 9:12 AM
To: CSR <csr@northernaerocast.example>
Subject: """ + req_subject(po) + "\n\n" + req_body(po)
body = M("alternative", [T(txt), T(html_of(txt), "html")], "_000_YQBPR0101MB5230C1D2E3F4A5B6C7D8YQBPR0101MB5230CANP_")
eml = EML(reply_headers(po, ("Chantal Girard", "csr@northernaerocast.example"), "2026-12-11 13:13:40 -0500", mid("outlook-na"),
                        "RE: " + req_subject(po)), body)
case("038-ca-aero-castings-bilingual-one-open", "confirmation", "en-CA",
     "bilingual signature/disclaimer; line 1 'as per PO', line 2 explicitly not committed ('mid-January' is not a date commitment)",
     [po], eml, EXP("confirmation", "Line 1 accepted; line 2 cannot commit yet -> unconfirmed.",
                    [conf(po, {1: "A", 2: "U"})]))

# 039 ---------------------------------------------------------------- ko-KR English cover + PDF
s = sup("HSAP", "Hanseong Automotive Parts Co., Ltd.", "export@hanseong-ap.example", "ko-KR")
po = PO("4500072075", s, "dana", "USD", "2026-12-04", [
    ("HA-SEN-220", "Wheel speed sensor bracket, SPCC", 4000, "EA", "0.8700", "2026-12-28"),
    ("HA-SEN-221", "Sensor harness clip, PA66", 8000, "EA", "0.1200", "2026-12-28")])
pdf = PDF(pdf_table(
    [("HANSEONG AUTOMOTIVE PARTS CO., LTD.", True, 12), ("123, Gongdan-ro, Changwon-si, Gyeongsangnam-do, Korea", False, 8),
     ("ORDER CONFIRMATION", True, 15), ("OC No.: HAP-OC-261208-03     Date: 2026.12.08", False, 9),
     ("Messrs: Kestrel Motion Systems     Your P/O No.: 4500072075", False, 9), ("Price term: FOB Busan     Payment: T/T 60 days", False, 9)],
    ["No.", "Part No.", "Description", "Q'ty (EA)", "Unit Price (USD)", "Amount (USD)", "Delivery Date"],
    [["1", "HA-SEN-220", "W/S SENSOR BRKT", "4,000", "0.87", "3,480.00", "2026.12.28"],
     ["2", "HA-SEN-221", "SENSOR CLIP", "8,000", "0.125", "1,000.00", "2027.01.05"]],
    [45, 70, 150, 265, 320, 400, 475],
    ["Remark: Item 2 unit price revised due to PA66 resin cost increase (effective Dec. 1, 2026).", "Confirmed by: Park Seo-yeon (Sales Team)"]),
    producer="Douzone iCUBE ERP", title="ORDER CONFIRMATION")
txt = """Dear Ms. Dana Whitfield,

Please find attached our Order Confirmation for your P/O No. 4500072075.
Kindly check and let us know if any problem.

Best Regards,
Park Seo-yeon / Sales Team
HANSEONG AUTOMOTIVE PARTS CO., LTD.
T. +82-55-555-3190
"""
body = M("mixed", [M("alternative", [T(txt), T(html_of(txt, "맑은 고딕"), "html")], "----=_Part_2024_885522631.1765183212004"),
                   ATT("OC_4500072075.pdf", "application/pdf", pdf)], "----=_Part_2023_120554091.1765183212004")
eml = EML(reply_headers(po, ("박서연", "export@hanseong-ap.example"), "2026-12-08 17:40:12 +0900", mid("other", "hanseong-ap.example"),
                        "RE: " + req_subject(po), extra=[("X-Mailer", "Daou Office Mail")]), body)
case("039-kr-auto-parts-pdf-oc", "confirmation", "ko-KR",
     "Korean sender name (UTF-8 header), English cover, PDF with yyyy.mm.dd dates; line 2 price 0.125 and later date",
     [po], eml, EXP("confirmation", "PDF: line 1 as ordered; line 2 0.125 (was 0.12) delivery 2027.01.05.",
                    [conf(po, {1: "A", 2: {"p": "0.125", "d": "2027-01-05"}})]))

# 040 ---------------------------------------------------------------- de-DE SAP text confirmation
s = sup("STSL", "Stanztechnik Sauerland GmbH & Co. KG", "vertrieb@stanztechnik-sauerland.example", "de-DE")
po = PO("4500072091", s, "jonas", "EUR", "2026-12-09", [
    ("SS-HB-100", "Holding plate 100, DC04 1.5 mm", 5000, "EA", "0.4200", "2026-12-23"),
    ("SS-HB-120", "Holding plate 120, DC04 1.5 mm", 5000, "EA", "0.4600", "2026-12-23"),
    ("SS-WS-008", "Wave spring washer 8 mm", 20000, "EA", "0.0350", "2026-12-23")])
txt = """AUFTRAGSBESTÄTIGUNG                                  Nr. 0080034512
                                                     Datum 10.12.2026
Kestrel Motion Systems
Werk 2, Warenannahme Tor B

Ihre Bestellung:   4500072091 vom 09.12.2026
Ihr Zeichen:       Jonas Brenner
Kundennummer:      10447

Pos.   Material     Bezeichnung               Menge  ME      Preis       Liefertermin
------------------------------------------------------------------------------------
000010 SS-HB-100    Halteblech 100 DC04 1,5   5.000  ST       0,42 EUR   23.12.2026
000020 SS-HB-120    Halteblech 120 DC04 1,5   5.000  ST       0,46 EUR   23.12.2026
000030 SS-WS-008    Wellfederscheibe 8       20.000  ST      35,00 EUR   KW 01/2027
                                                       pro 1.000 ST
------------------------------------------------------------------------------------
Gesamtnettowert                                                 5.100,00 EUR

Lieferbedingung: FCA Plettenberg (Incoterms 2020)
Zahlungsbedingung: 30 Tage netto

Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen.
Diese Auftragsbestätigung wurde maschinell erstellt und ist ohne Unterschrift gültig.

Stanztechnik Sauerland GmbH & Co. KG · Am Hammer 12 · 58840 Plettenberg
"""
body = T(txt, cs="iso-8859-1")
eml = EML([("From", addr("SAP Auftragsbestätigung", "no-reply-sd@stanztechnik-sauerland.example", "iso-8859-1")),
           ("To", addr("Jonas Brenner", "jonas.brenner@kestrel-mfg.example")),
           ("Subject", htext("Auftragsbestätigung 0080034512 zu Ihrer Bestellung 4500072091", "iso-8859-1")),
           ("Date", rfcdate("2026-12-10 02:14:07 +0100")), ("Message-ID", "<0080034512.20261210021407.SD@sap-prd.stanztechnik-sauerland.example>"),
           ("Auto-Submitted", "auto-generated"), ("X-SAP-Output-Type", "BA00")], body)
case("040-de-stampings-sap-plaintext-ab", "confirmation", "de-DE",
     "SAP-generated plain-text AB (no threading); supplier item numbers 000010..; price per 1.000 ST; 'KW 01/2027'; German thousands dots",
     [po], eml, EXP("confirmation", "Machine-made but binding. Pos. 30: 35,00 per 1.000 = 0.035 (unchanged), KW 01/2027 = Fri 2027-01-08 -> changed date. Others as ordered.",
                    [conf(po, {1: "A", 2: "A", 3: {"d": "2027-01-08"}})]))

# 041 ---------------------------------------------------------------- hu-HU English, three deliveries
s = sup("PARG", "Pannon Rugógyár Zrt.", "sales@pannon-rugo.example", "hu-HU")
po = PO("4500072110", s, "jonas", "EUR", "2026-12-09", [
    ("PR-LS-0800", "Leaf spring assembly, 3 leaves, 51CrV4", 90, "EA", "118.00", "2027-01-15")])
txt = """Dear Mr. Brenner,

we confirm your order 4500072110 at the ordered price with the following delivery schedule:

30 pcs – 2026.12.22.
30 pcs – 2027.01.12.
30 pcs – 2027.01.26.

The full quantity by the 15th of January is unfortunately not possible because of the heat treatment furnace capacity.

Best regards,
Tamás Varga
Sales Engineer
Pannon Rugógyár Zrt.
8000 Székesfehérvár, Rugó utca 1.
"""
body = M("alternative", [T(txt), T(html_of(txt), "html")], "_000_AM9PR04MB8123D4C3B2A1F0E9D8C7AM9PR04MB8123eurp_")
eml = EML(reply_headers(po, ("Varga Tamás", "sales@pannon-rugo.example"), "2026-12-14 10:00:33 +0100", mid("outlook"),
                        "RE: " + req_subject(po)), body)
case("041-hu-leaf-springs-three-deliveries", "confirmation", "hu-HU",
     "single-line PO split into three deliveries with Hungarian yyyy.mm.dd. dates; last delivery after the need-by",
     [po], eml, EXP("confirmation", "Schedule 30/30/30 on 2026-12-22, 2027-01-12, 2027-01-26; date = last delivery.",
                    [conf(po, {1: {"s": [(30, "2026-12-22"), (30, "2027-01-12"), (30, "2027-01-26")], "d": "2027-01-26"}})]))

# 042 ---------------------------------------------------------------- it-IT price per 100
s = sup("MMLA", "Minuterie Meccaniche Lario S.r.l.", "commerciale@minuterie-lario.example", "it-IT")
po = PO("4500072130", s, "dana", "EUR", "2026-12-09", [
    ("ML-SP-0612", "Spring pin ISO 8752 6x12, spring steel", 50000, "EA", "0.0185", "2026-12-22"),
    ("ML-SP-0820", "Spring pin ISO 8752 8x20, spring steel", 30000, "EA", "0.0290", "2026-12-22")])
txt = """Buongiorno,

in riferimento al Vs. ordine n. 4500072130 del 09/12 confermiamo:

pos. 1 – 50.000 pz – € 1,85 /100 pz – consegna 22/12/2026
pos. 2 – 30.000 pz – € 3,10 /100 pz – consegna 22/12/2026

Distinti saluti

Laura Bianchi
Ufficio Commerciale
Minuterie Meccaniche Lario S.r.l. – Via per Como 27, 23900 Lecco
P.IVA 01234560131

Ai sensi del Regolamento UE 2016/679 (GDPR) le informazioni contenute nella presente comunicazione sono riservate.
"""
body = M("alternative", [T(txt, cs="windows-1252"), T(html_of(txt, "Tahoma", cs="windows-1252"), "html", cs="windows-1252")], "----=_NextPart_000_0A1B_01DB4B7E.3C2D1E00")
eml = EML(reply_headers(po, ("Laura Bianchi", "commerciale@minuterie-lario.example"), "2026-12-11 12:00:40 +0100", mid("other", "minuterie-lario.example"),
                        "R: " + req_subject(po), extra=[("X-Mailer", "Microsoft Outlook 16.0")]), body)
case("042-it-spring-pins-price-per-100", "confirmation", "it-IT",
     "prices per 100 pieces ('€ 1,85 /100 pz'); line 1 equals PO, line 2 is 0.031 vs 0.029; Italian 'R:' prefix; GDPR footer",
     [po], eml, EXP("confirmation", "1,85/100 = 0.0185 (unchanged); 3,10/100 = 0.031 (PO 0.0290) -> line 2 changed price.",
                    [conf(po, {1: "A", 2: {"p": "0.031"}})]))

# 043 ---------------------------------------------------------------- en-US iPhone one-liner
s = sup("GLSW", "Great Lakes Spring & Wire", "orders@glspring.example", "en-US")
po = PO("4500072150", s, "dana", "USD", "2026-12-10", [
    ("GL-EX-1100", "Extension spring, music wire ASTM A228", 2000, "EA", "0.5400", "2026-12-30"),
    ("GL-CS-2200", "Compression spring, 302 stainless", 2000, "EA", "0.4700", "2026-12-30")])
txt = """Confirmed, thx. Jim

Sent from my iPhone

> On Dec 10, 2026, at 2:15 PM, Dana Whitfield <dana.whitfield@kestrel-mfg.example> wrote:
>
""" + q(req_body(po))
body = T(txt, cte="7bit")
eml = EML(reply_headers(po, ("Jim Kowalczyk", "jim@glspring.example"), "2026-12-10 18:02:33 -0500", mid("apple", "glspring.example"),
                        "Re: " + req_subject(po), extra=[("X-Mailer", "iPhone Mail (22B91)")]), body)
case("043-us-springs-iphone-confirmed-thx", "confirmation", "en-US",
     "two-word confirmation from a phone, sent from a personal address at the supplier; everything else is the quoted PO",
     [po], eml, EXP("confirmation", "'Confirmed, thx.' confirms the whole PO as ordered; all values only appear in the quote.",
                    [conf(po, {1: "A", 2: "A"})]))

# 044 ---------------------------------------------------------------- fr-FR two POs, answers one
s = sup("RSIN", "Ressorts Savoie Industrie", "commandes@ressorts-savoie.example", "fr-FR")
poA = PO("4500072170", s, "dana", "EUR", "2026-12-08", [
    ("RS-RC-410", "Compression spring 1.4310 d=1.6", 8000, "EA", "0.2700", "2026-12-21"),
    ("RS-RT-220", "Torsion spring 1.4310, 90 deg", 3000, "EA", "0.5200", "2026-12-21")])
poB = PO("4500072171", s, "dana", "EUR", "2026-12-08", [
    ("RS-RC-410", "Compression spring 1.4310 d=1.6", 4000, "EA", "0.2700", "2027-01-18")])
txt = """Bonjour,

Pour la commande 4500072171 : OK pour 4 000 ressorts RS-RC-410 à 0,27 €, mais livraison le 25/01/2027 (fermeture annuelle du 21/12 au 04/01).

La commande 4500072170 est en cours d'analyse, je reviens vers vous demain.

Cordialement,
Julien Perrin
Ressorts Savoie Industrie – Service commandes
ZI des Glaisins, 74940 Annecy-le-Vieux
"""
body = M("alternative", [T(txt), T(html_of(txt), "html")], "_000_PR1P264MB1810A1A2A3A4A5A6A7A8PR1P264MB1810FRAP_")
eml = EML(reply_headers(poB, ("Julien Perrin", "commandes@ressorts-savoie.example"), "2026-12-10 11:30:09 +0100", mid("outlook"),
                        "RE: " + req_subject(poB)), body)
case("044-fr-springs-two-pos-same-item", "confirmation", "fr-FR",
     "two open POs with the same item; reply answers the later one and defers the other; closure dates as distractors",
     [poA, poB], eml, EXP("confirmation", "Only PO ...171 is answered (delivery 25/01/2027); PO ...170 is 'en cours d'analyse' -> left out. Same item in both POs.",
                    [conf(poB, {1: {"d": "2027-01-25"}})]))

# 045 ---------------------------------------------------------------- ro-RO weekday date
s = sup("AIBN", "Arcuri Industriale Banat SRL", "comenzi@arcuri-banat.example", "ro-RO")
po = PO("4500072190", s, "jonas", "EUR", "2026-12-10", [
    ("AB-AR-100", "Wave spring washer M10", 20000, "EA", "0.0480", "2026-12-18"),
    ("AB-AR-200", "Conical spring washer DIN 6796 M10", 20000, "EA", "0.0530", "2026-12-18")])
txt = """Stimate domnule Brenner,

Vă confirmăm comanda 4500072190: ambele poziții, cantitățile și prețurile conform comenzii.
Livrarea se va face marți, 15 decembrie, cu transportul nostru.

Cu stimă,
Ioana Stanciu
Arcuri Industriale Banat SRL
Calea Aradului 210, Timișoara
"""
body = T(txt, cs="utf-8", cte="base64")
eml = EML(reply_headers(po, ("Ioana Stanciu", "comenzi@arcuri-banat.example"), "2026-12-11 14:50:27 +0200", mid("other", "arcuri-banat.example"),
                        "Re: " + req_subject(po), extra=[("User-Agent", "Zimbra 10.0")]), body)
case("045-ro-spring-washers-earlier-weekday", "confirmation", "ro-RO",
     "Romanian; delivery 'marți, 15 decembrie' (weekday + date, no year) earlier than need-by -> changed date",
     [po], eml, EXP("confirmation", "Both lines confirmed with delivery 2026-12-15 (before requested 12-18) -> changed date.",
                    [conf(po, {1: {"d": "2026-12-15"}, 2: {"d": "2026-12-15"}})]))

# =====================================================================================
# REPLIES THAT MUST NOT CONFIRM
# =====================================================================================
def request_eml(po, reminder=False, date=None):
    """The acknowledgment request we sent, as embedded in bounces (message/rfc822)."""
    b = po["buyer"]
    rid = po.get("request_message_id") or "<po-%s.1@%s>" % (po["po_number"], BUYER_DOMAIN)
    h = [("From", addr(b["name"], b["email"])), ("To", po["supplier"]["email"]), ("Subject", req_subject(po, reminder)),
         ("Date", rfcdate(date or (po["issued"] + " 16:05:00 +0100"))), ("Message-ID", rid)]
    return EML(h, T(req_body(po, reminder), cte="7bit")).replace(b"\r\n", b"\n")

def rfc822_part(raw, ctype="message/rfc822"):
    return Part(ctype, raw, [], "7bit" if ctype == "message/rfc822" else None, [])

def dsn_fields(reporting, rcpt, action, status, diag, arrival, remote=None):
    s = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: 4Qx7Lm2Z9Kz3wTb\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\n" % (
        reporting, arrival, rcpt, rcpt, action, status)
    if remote:
        s += "Remote-MTA: dns; %s\n" % remote
    s += "Diagnostic-Code: smtp; %s\n" % diag
    return Part("message/delivery-status", s.encode(), [], None, [("Content-Description: Delivery report")][0:1])

# 046 ---------------------------------------------------------------- de-DE Exchange OOO
s = sup("DBMO", "Drahtbiegetechnik Mosel GmbH", "j.weber@drahtbiege-mosel.example", "de-DE")
po = PO("4500072210", s, "jonas", "EUR", "2026-12-14", [
    ("DM-BF-330", "Wire form bracket 3 mm, zinc plated", 6000, "EA", "0.2900", "2027-01-08"),
    ("DM-BF-331", "Wire form clip 2 mm", 12000, "EA", "0.1150", "2027-01-08")])
txt = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 04.01.2027 nicht im Büro und habe keinen Zugriff auf meine E-Mails.
Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unseren Innendienst unter innendienst@drahtbiege-mosel.example oder +49 6531 555 40.

Thank you for your message. I am out of the office until 4 January 2027 (inclusive). For urgent matters please contact innendienst@drahtbiege-mosel.example.

Mit freundlichen Grüßen
Jens Weber
"""
body = M("alternative", [T(txt), T(html_of(txt), "html")], "_000_FR2P281MB1577E3D2C1B0A9F8E7D6FR2P281MB1577DEUP_")
eml = EML(reply_headers(po, ("Weber, Jens", "j.weber@drahtbiege-mosel.example"), "2026-12-14 16:05:31 +0100", mid("outlook"),
                        "Automatische Antwort: " + req_subject(po),
                        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "j.weber@drahtbiege-mosel.example"),
                               ("Content-Language", "de-DE")]), body)
case("046-de-wire-forms-exchange-ooo", "auto_reply", "de-DE",
     "Exchange out-of-office ('Automatische Antwort:') with In-Reply-To to the request and dates in the text",
     [po], eml, EXP("auto_reply", "Out-of-office until 04.01.2027; the date must not be read as a delivery date."))

# 047 ---------------------------------------------------------------- en-US Postfix bounce
s = sup("PRE", "Pacific Rim Electronics Inc.", "po-desk@pacificrim-elec.example", "en-US")
po = PO("4500072233", s, "dana", "USD", "2026-12-14", [
    ("PRE-FB-0603", "Ferrite bead 600R 0603", 40000, "EA", "0.0042", "2026-12-28"),
    ("PRE-SW-TACT6", "Tactile switch 6x6 mm 160gf", 5000, "EA", "0.0380", "2026-12-28")])
human = """This is the mail system at host mx1.kestrel-mfg.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<po-desk@pacificrim-elec.example>: host mx.pacificrim-elec.example[203.0.113.45]
    said: 550 5.1.1 <po-desk@pacificrim-elec.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
"""
body = M("report", [T(human, cte="7bit", extra=["Content-Description: Notification"]),
                    dsn_fields("mx1.kestrel-mfg.example", "po-desk@pacificrim-elec.example", "failed", "5.1.1",
                               "550 5.1.1 <po-desk@pacificrim-elec.example>: Recipient address rejected: User unknown in virtual mailbox table",
                               rfcdate("2026-12-14 10:02:11 -0800"), "mx.pacificrim-elec.example"),
                    rfc822_part(request_eml(po, date="2026-12-14 10:02:09 -0800"))], "4Qx7Lm2Z9Kz3wTb.1765735331/mx1.kestrel-mfg.example")
body.params = [("report-type", "delivery-status")]
eml = EML([("Return-Path", "<>"), ("From", "MAILER-DAEMON@mx1.kestrel-mfg.example (Mail Delivery System)"), ("To", "dana.whitfield@kestrel-mfg.example"),
           ("Subject", "Undelivered Mail Returned to Sender"), ("Date", rfcdate("2026-12-14 10:02:11 -0800")),
           ("Message-Id", "<20261214180211.9C4F21A0B3@mx1.kestrel-mfg.example>"), ("Auto-Submitted", "auto-replied")], body)
case("047-us-distributor-postfix-bounce-with-po", "bounce", "en-US",
     "Postfix DSN (multipart/report) returning the full request with all PO lines inside message/rfc822",
     [po], eml, EXP("bounce", "User unknown; the returned request contains the PO table, which must not be read as an answer."))

# 048 ---------------------------------------------------------------- ja-JP year-end auto reply
s = sup("KSDK", "株式会社北斗精機", "info@hokuto-seiki.example", "ja-JP")
po = PO("4500072255", s, "dana", "JPY", "2026-12-25", [
    ("HK-PIN-0410", "Precision pin SUS440C d4x10", 20000, "EA", "9.80", "2027-01-15")])
txt = """※本メールは自動返信です。

株式会社北斗精機にお問い合わせいただき、誠にありがとうございます。

誠に勝手ながら、弊社は下記の期間を年末年始休業とさせていただきます。
　休業期間：2026年12月26日（土）～2027年1月4日（月）

休業期間中にいただいたメールにつきましては、1月5日（火）以降、順次対応させていただきます。
ご不便をおかけいたしますが、何卒ご了承くださいますようお願い申し上げます。

株式会社北斗精機
"""
body = T(txt.replace("～", "〜"), cs="iso-2022-jp", cte="7bit")
eml = EML(reply_headers(po, ("株式会社北斗精機", "info@hokuto-seiki.example"), "2026-12-26 09:00:02 +0900", mid("other", "hokuto-seiki.example"),
                        "【自動返信】年末年始休業のお知らせ", cs="iso-2022-jp", extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")]), body)
case("048-jp-precision-pins-year-end-autoreply", "auto_reply", "ja-JP",
     "Japanese ISO-2022-JP year-end closure auto-reply with dates (1月5日以降対応)",
     [po], eml, EXP("auto_reply", "Automatic holiday notice; 'handled from 1月5日' is not a delivery date."))

# 049 ---------------------------------------------------------------- fr-FR question on drawing
s = sup("DECO", "Découpage Emboutissage Comtois SARL", "adv@dec-comtois.example", "fr-FR")
po = PO("4500072260", s, "dana", "EUR", "2026-12-11", [
    ("DEC-EMB-880", "Deep-drawn cup DC06 1.2 mm, dwg 880 rev C", 8000, "EA", "0.7300", "2027-01-20"),
    ("DEC-EMB-881", "Deep-drawn cap DC06 0.8 mm, dwg 881 rev B", 8000, "EA", "0.4100", "2027-01-20")])
txt = """Bonjour Madame,

Merci pour votre commande 4500072260.
Avant de vous la confirmer, pouvez-vous nous faire parvenir le plan 880 à l'indice D ? Nous avons reçu de votre bureau d'études la semaine dernière une modification de rayon (R2 → R3) qui n'apparaît pas sur l'indice C indiqué dans la commande. Selon l'indice retenu, l'outil de reprise n'est pas le même et le prix comme le délai peuvent évoluer.

Pour la référence 881, pas de souci sur le principe, je vous envoie l'accusé de réception complet dès que le point sur le 880 est éclairci.

Cordialement,
Claire Vuillemin
ADV – Découpage Emboutissage Comtois
25220 Chalezeule
"""
body = M("alternative", [T(txt), T(html_of(txt), "html")], "_000_PR0P264MB3399B1C2D3E4F5A6B7C8PR0P264MB3399FRAP_")
eml = EML(reply_headers(po, ("VUILLEMIN Claire", "adv@dec-comtois.example"), "2026-12-14 10:48:10 +0100", mid("outlook"), "RE : " + req_subject(po)), body)
case("049-fr-deep-drawing-asks-drawing-index", "needs_review", "fr-FR",
     "French question about a drawing revision before confirming; 'pas de souci sur le principe' for line 2 is not a commitment",
     [po], eml, EXP("needs_review", "Nothing is committed: the supplier asks for drawing index D and will send the acknowledgment later, for both references."))

# 050 ---------------------------------------------------------------- cs-CZ will revert by Friday
s = sup("LISM", "Lisovna Morava a.s.", "obchod@lisovna-morava.example", "cs-CZ")
po = PO("4500072275", s, "jonas", "EUR", "2026-12-11", [
    ("LM-VYL-220", "Stamped bracket S355MC 4 mm", 2000, "EA", "1.6500", "2027-01-12"),
    ("LM-VYL-221", "Stamped bracket S355MC 4 mm, mirrored", 2000, "EA", "1.6500", "2027-01-12")])
txt = """Dobrý den,

děkujeme za objednávku 4500072275, přijali jsme ji ke zpracování. Termíny a ceny Vám potvrdíme nejpozději v pátek 18.12., momentálně čekáme na odpověď hutě ohledně materiálu S355MC.

S pozdravem
Lucie Dvořáková
Lisovna Morava a.s.
"""
body = T(txt, cs="utf-8", cte="quoted-printable")
eml = EML(reply_headers(po, ("Lucie Dvořáková", "obchod@lisovna-morava.example"), "2026-12-14 13:22:48 +0100", mid("other", "lisovna-morava.example"),
                        "RE: " + req_subject(po), extra=[("X-Mailer", "Microsoft Outlook 16.0")]), body)
case("050-cz-stampings-will-confirm-by-friday", "needs_review", "cs-CZ",
     "Czech 'we accepted the order for processing, will confirm dates and prices by Friday 18.12.' -> no commitment",
     [po], eml, EXP("needs_review", "'přijali jsme ji ke zpracování' is only receipt; prices and dates to follow. The 18.12. is the promised answer date, not a delivery."))

# 051 ---------------------------------------------------------------- en-GB newsletter / price list
s = sup("BRCO", "Britannia Components Distribution Ltd", "sales@britannia-components.example", "en-GB")
po = PO("4500072280", s, "tom", "GBP", "2026-12-09", [
    ("BC-TB-2P5", "PCB terminal block 2-pole 5.08 mm", 3000, "EA", "0.1850", "2026-12-22")])
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Britannia Components – 2027 price list</title></head>
<body style="font-family:Arial,sans-serif;background:#f4f4f4"><table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">
<h1 style="color:#003366">Your 2027 price list is here</h1>
<p>Dear Tom,</p>
<p>Our 2027 list prices take effect on <b>1 January 2027</b>. The average change across our terminal block, connector and passive ranges is +3.2%. Orders acknowledged before 31 December 2026 are invoiced at the acknowledged price.</p>
<p><a href="https://www.britannia-components.example/pricelist-2027?utm_source=newsletter&amp;utm_campaign=pl27">Download the 2027 price list (XLSX, 2.1 MB)</a></p>
<h2 style="color:#003366">Christmas opening hours</h2>
<p>Our warehouse in Basingstoke closes at 12:00 on 24 December and re-opens on 4 January. Last next-day dispatch: 22 December.</p>
<p style="font-size:11px;color:#777">You receive this e-mail because you are a registered customer of Britannia Components Distribution Ltd. <a href="https://www.britannia-components.example/unsubscribe?u=7f3a9c">Unsubscribe</a> | Registered in England No. 07654321</p>
</td></tr></table></body></html>
"""
plain = """Your 2027 price list is here

Dear Tom,

Our 2027 list prices take effect on 1 January 2027. The average change across our terminal block, connector and passive ranges is +3.2%. Orders acknowledged before 31 December 2026 are invoiced at the acknowledged price.

Download the 2027 price list (XLSX, 2.1 MB): https://www.britannia-components.example/pricelist-2027

Christmas opening hours
Our warehouse in Basingstoke closes at 12:00 on 24 December and re-opens on 4 January. Last next-day dispatch: 22 December.

You receive this e-mail because you are a registered customer of Britannia Components Distribution Ltd.
Unsubscribe: https://www.britannia-components.example/unsubscribe?u=7f3a9c
"""
body = M("alternative", [T(plain), T(html, "html")], "==MC_b7e2f1a09c==")
eml = EML([("From", addr("Britannia Components", "news@britannia-components.example")), ("To", "tom.okafor@kestrel-mfg.example"),
           ("Subject", "Tom, your 2027 price list + Christmas opening hours"), ("Date", rfcdate("2026-12-15 07:30:00 +0000")),
           ("Message-ID", "<0100019b1f3c7a2e-5d8e4f11-2b6c-4a7d-9e3f-1c2d3e4f5a6b-000000@email.amazonses.example>"),
           ("List-Unsubscribe", "<https://www.britannia-components.example/unsubscribe?u=7f3a9c>, <mailto:unsubscribe@britannia-components.example>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"), ("Reply-To", "sales@britannia-components.example")], body)
case("051-gb-distributor-pricelist-newsletter", "unrelated", "en-GB",
     "marketing mail from the same supplier (price list, opening hours, +3.2%) with no reference to the open PO",
     [po], eml, EXP("unrelated", "Bulk newsletter; the +3.2% and dates are not about PO 4500072280."))

# 052 ---------------------------------------------------------------- pl-PL price proposal awaiting acceptance
s = sup("SPRB", "Sprężyny Bielsko Sp. z o.o.", "biuro@sprezyny-bielsko.example", "pl-PL")
po = PO("4500072291", s, "jonas", "EUR", "2026-12-11", [
    ("SB-SN-1200", "Compression spring EN 10270-2 VDC d=3.0", 4000, "EA", "0.4500", "2027-01-14"),
    ("SB-SN-1201", "Compression spring EN 10270-2 VDC d=3.5", 4000, "EA", "0.5100", "2027-01-14")])
txt = """Dzień dobry Panie Jonasie,

dziękujemy za zamówienie. Niestety ceny z zamówienia opierają się na naszej ofercie z maja - od tego czasu drut VDC podrożał o ok. 15%.
Możemy zrealizować zamówienie po cenach:
- SB-SN-1200: 0,52 EUR/szt.
- SB-SN-1201: 0,59 EUR/szt.
z dostawą w terminie 14.01.2027.

Prosimy o akceptację nowych cen (lub korektę zamówienia) - po jej otrzymaniu niezwłocznie prześlemy potwierdzenie.

Z poważaniem
Marek Zając
Sprężyny Bielsko Sp. z o.o.
"""
body = T(txt, cs="iso-8859-2")
eml = EML(reply_headers(po, ("Marek Zając", "biuro@sprezyny-bielsko.example"), "2026-12-15 08:40:12 +0100", mid("other", "sprezyny-bielsko.example"),
                        "Odp: " + req_subject(po), cs="iso-8859-2", extra=[("User-Agent", "Mozilla Thunderbird")]), body)
case("052-pl-springs-new-prices-need-acceptance", "needs_review", "pl-PL",
     "Polish: full set of new prices and a date, but explicitly conditional on our acceptance ('po jej otrzymaniu ... prześlemy potwierdzenie')",
     [po], eml, EXP("needs_review", "A proposal awaiting our agreement; the confirmation will follow only after we accept. Looks like a complete answer but commits to nothing."))

# 053 ---------------------------------------------------------------- zh-CN non-standard bounce (mailbox full)
s = sup("JXPK", "嘉兴宏达纸业包装有限公司", "order@hongda-pack.example", "zh-CN")
po = PO("4500072305", s, "priya", "USD", "2026-12-14", [
    ("HD-CTN-5040", "Corrugated carton 500x400x300, 5-ply, printed", 8000, "EA", "0.6200", "2027-01-10"),
    ("HD-DIV-12", "Carton divider 12 cells", 8000, "EA", "0.0900", "2027-01-10")])
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-size:14px;font-family:Microsoft YaHei">
<p><b>很抱歉，您的邮件未能成功投递。</b></p>
<p>收件人：order@hongda-pack.example</p>
<p>退信原因：收件人邮箱空间已满，无法接收新邮件。<br>(Mailbox full / quota exceeded)</p>
<p>建议：请联系收件人清理邮箱后重新发送，或通过其他方式联系对方。</p>
<p>原邮件主题：""" + req_subject(po) + """<br>原邮件发送时间：2026-12-15 09:12:40</p>
<hr><p style="color:#888">此邮件由系统自动发出，请勿直接回复。 This message was created automatically by mail delivery software.</p>
</div></body></html>
"""
body = M("mixed", [T(html, "html", cte="base64"), rfc822_part(request_eml(po, date="2026-12-15 09:12:40 +0800"))], "----=_Part_BOUNCE_5521_1765761160")
eml = EML([("From", addr("系统退信", "postmaster@mail.hongda-pack.example")), ("To", "priya.raman@kestrel-mfg.example"),
           ("Subject", htext("系统退信：" + req_subject(po))), ("Date", rfcdate("2026-12-15 09:12:41 +0800")),
           ("Message-ID", "<bounce.5521.1765761160@mail.hongda-pack.example>"), ("Auto-Submitted", "auto-replied"),
           ("X-Failed-Recipients", "order@hongda-pack.example")], body)
case("053-cn-packaging-nonstandard-bounce", "bounce", "zh-CN",
     "Chinese webmail bounce that is not multipart/report: HTML notice (邮箱空间已满) + the returned request as message/rfc822",
     [po], eml, EXP("bounce", "Undeliverable (mailbox full) notice from the recipient's mail system; no DSN structure, but clearly a delivery failure."))

# 054 ---------------------------------------------------------------- sv-SE vacation auto reply quoting the order
s = sup("SMFK", "Småländska Fjäderfabriken AB", "lena.holm@smfjader.example", "sv-SE")
po = PO("4500072318", s, "elin", "SEK", "2026-12-15", [
    ("SF-TF-1800", "Torsion spring 1.8 mm, EN 10270-1", 5000, "EA", "2.15", "2027-01-15"),
    ("SF-DF-2500", "Compression spring 2.5 mm, EN 10270-1", 5000, "EA", "1.95", "2027-01-15")])
txt = """Hej!

Jag är på semester t.o.m. 2027-01-06 och läser inte min e-post. Ditt mejl vidarebefordras inte.
För order och leveransbesked, kontakta order@smfjader.example eller ring 0470-555 210.

I'm on holiday until 6 January 2027. For orders please contact order@smfjader.example.

Lena Holm
Småländska Fjäderfabriken AB

-----Ursprungligt meddelande-----
""" + ol_block("sv", po, "den 15 december 2026 14:20", to="lena.holm@smfjader.example")
body = T(txt, cs="utf-8")
eml = EML(reply_headers(po, ("Lena Holm", "lena.holm@smfjader.example"), "2026-12-15 14:20:44 +0100", mid("other", "smfjader.example"),
                        "Autosvar: " + req_subject(po), extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]), body)
case("054-se-springs-vacation-autoreply-quotes-po", "auto_reply", "sv-SE",
     "Swedish/English vacation auto-reply that quotes the full request (PO lines and dates appear in the mail)",
     [po], eml, EXP("auto_reply", "Out-of-office; the quoted PO table must not be taken as a confirmation."))

# 055 ---------------------------------------------------------------- en-AU invoice for another PO
s = sup("KIPK", "Koala Industrial Packaging Pty Ltd", "accounts@koalapack.example", "en-AU")
po = PO("4500072322", s, "priya", "AUD", "2026-12-10", [
    ("KIP-STR-12", "PET strapping 12 mm x 2500 m", 40, "ROL", "38.50", "2026-12-21"),
    ("KIP-SW-500", "Stretch wrap 500 mm x 23 um", 120, "ROL", "21.90", "2026-12-21")])
pdf = PDF(pdf_table(
    [("KOALA INDUSTRIAL PACKAGING PTY LTD", True, 12), ("ABN 98 765 432 109  |  7 Boundary Rd, Laverton North VIC 3026", False, 8),
     ("TAX INVOICE  INV-0088412", True, 14), ("Invoice date: 14/12/2026     Due date: 13/01/2027", False, 9),
     ("Bill to: Kestrel Motion Systems     Customer order no.: 4500069950", False, 9)],
    ["Qty", "Item", "Description", "Unit price", "GST", "Amount"],
    [["60", "KIP-SW-500", "Stretch wrap 500 mm x 23 um", "21.90", "131.40", "1,445.40"],
     ["20", "KIP-CT-48", "Carton tape 48 mm clear", "3.10", "6.20", "68.20"]],
    [50, 90, 170, 340, 410, 470],
    ["Total incl. GST: AUD 1,513.60", "Delivered 11/12/2026 - POD signed by J. Marsh", "EFT: BSB 063-000  Acc 1234 5678"]),
    producer="Xero", title="Invoice INV-0088412")
txt = """Hi Priya,

Please find attached invoice INV-0088412 for your order 4500069950, delivered last Friday.

Kind regards,
Accounts Receivable
Koala Industrial Packaging Pty Ltd
"""
body = M("mixed", [T(txt, cte="7bit"), ATT("INV-0088412.pdf", "application/pdf", pdf)], "--==_mimepart_675d2a1f8c3e4_1a2b3c4d")
eml = EML([("From", addr("Koala Industrial Packaging - Accounts", "accounts@koalapack.example")), ("To", "priya.raman@kestrel-mfg.example"),
           ("Cc", "ap@kestrel-mfg.example"), ("Subject", "Invoice INV-0088412 from Koala Industrial Packaging Pty Ltd for Kestrel Motion Systems"),
           ("Date", rfcdate("2026-12-14 11:05:17 +1100")), ("Message-ID", "<inv.0088412.675d2a1f@post.xero.example>")], body)
case("055-au-packaging-invoice-other-po", "unrelated", "en-AU",
     "invoice (PDF) for a different, older PO of the same supplier, with an item that is also on the open PO",
     [po], eml, EXP("unrelated", "Invoice for order 4500069950, not for the open PO 4500072322, even though KIP-SW-500 appears in both."))

# 056 ---------------------------------------------------------------- de-DE contradictory text vs PDF
s = sup("SGWT", "Schmiede- und Gusswerk Thüringen GmbH", "auftrag@sgw-thueringen.example", "de-DE")
po = PO("4500072340", s, "jonas", "EUR", "2026-12-10", [
    ("SG-ST-5101", "Steering knuckle forging 42CrMo4", 300, "EA", "46.80", "2026-12-18"),
    ("SG-ST-5102", "Steering knuckle forging 42CrMo4, mirrored", 300, "EA", "46.80", "2026-12-18")])
pdf = PDF(pdf_table(
    [("Schmiede- und Gusswerk Thueringen GmbH", True, 12), ("AUFTRAGSBESTAETIGUNG Nr. AB-26-7781", True, 14),
     ("Ihre Bestellung 4500072340 vom 10.12.2026", False, 9), ("Datum: 15.12.2026", False, 9)],
    ["Pos.", "Artikel", "Menge", "Preis/Stk", "Liefertermin"],
    [["1", "SG-ST-5101", "300 Stk", "46,80 EUR", "15.01.2027"], ["2", "SG-ST-5102", "300 Stk", "46,80 EUR", "15.01.2027"]],
    [50, 90, 200, 280, 380], ["Es gelten unsere AGB."]), producer="proALPHA", title="AB-26-7781")
txt = """Guten Tag Herr Brenner,

anbei die AB zu Ihrer Bestellung 4500072340. Wir bestätigen komplett zum Wunschtermin 18.12.

Viele Grüße
Sandra Fiedler
Auftragsabwicklung
"""
body = M("mixed", [T(txt), ATT("AB-26-7781.pdf", "application/pdf", pdf)], "------------A1B2C3D4E5F6A7B8C9D0E1F2")
eml = EML(reply_headers(po, ("Sandra Fiedler", "auftrag@sgw-thueringen.example"), "2026-12-15 15:40:03 +0100", mid("other", "sgw-thueringen.example"),
                        "AW: " + req_subject(po), extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2")]), body)
case("056-de-forgings-text-contradicts-pdf", "needs_review", "de-DE",
     "cover text says 'komplett zum Wunschtermin 18.12.' while the attached AB shows 15.01.2027 for both lines",
     [po], eml, EXP("needs_review", "Contradictory answer (text: requested date; PDF: 15.01.2027). A human must ask which date is binding."))

# 057 ---------------------------------------------------------------- ko-KR prepayment condition
s = sup("SJPR", "(주)세진프레스", "sales@sejin-press.example", "ko-KR")
po = PO("4500072355", s, "dana", "USD", "2026-12-11", [
    ("SJ-BRK-700", "Seat rail bracket, SAPH440 3.2t", 6000, "EA", "0.7400", "2027-01-22")])
txt = """Dana 님, 안녕하세요.
세진프레스 영업팀 이수진입니다.

발주서 4500072355 잘 받았습니다. 감사합니다.
다만 신규 거래처의 경우 내부 규정상 선급금 30% 입금이 확인된 후에 주문 확정 및 생산 일정 확정이 가능합니다.
Proforma Invoice를 첨부드리오니 검토 부탁드리며, 입금 확인 후 납기 회신드리겠습니다.

감사합니다.
이수진 드림
(주)세진프레스 영업팀 | T. 031-555-8817
"""
pi = PDF(pdf_table([("SEJIN PRESS CO., LTD.", True, 12), ("PROFORMA INVOICE  PI-2612-044", True, 14), ("Your PO: 4500072355", False, 9)],
                   ["Item", "Q'ty", "Unit Price", "Amount"], [["SJ-BRK-700", "6,000", "USD 0.74", "USD 4,440.00"]], [50, 200, 280, 380],
                   ["Advance payment 30%: USD 1,332.00", "Balance 70% T/T 30 days after B/L"]), producer="Microsoft Excel")
body = M("mixed", [T(txt, cs="utf-8", cte="base64"), ATT("PI-2612-044.pdf", "application/pdf", pi)], "----=_NextPart_SJ_20261214_0001")
eml = EML(reply_headers(po, ("이수진", "sales@sejin-press.example"), "2026-12-14 10:20:55 +0900", mid("other", "sejin-press.example"),
                        "RE: " + req_subject(po), extra=[("X-Mailer", "Hiworks Mail")]), body)
case("057-kr-press-prepayment-before-confirmation", "needs_review", "ko-KR",
     "Korean: order received, confirmation only after 30% prepayment; a proforma invoice with the PO price is attached",
     [po], eml, EXP("needs_review", "Commits to nothing until prepayment; the PI repeats quantity and price but gives no delivery commitment."))

# 058 ---------------------------------------------------------------- en-CA partial shipment proposal
s = sup("PRSH", "Prairie Sheet Metal Works Ltd.", "sales@prairiesheetmetal.example", "en-CA")
po = PO("4500072361", s, "tom", "CAD", "2026-12-11", [
    ("PS-ENC-4020", "Electrical enclosure 400x200x150, powder coated", 100, "EA", "64.00", "2026-12-22")])
txt = """Hi Tom,

We're short on the 14 ga galvanneal for these. Could you live with 60 pcs on Dec 22 and the other 40 around the 20th of January? If that works let me know and I'll book it in and send the formal ack.

Thanks,
Darren Friesen
Prairie Sheet Metal Works | Winnipeg MB
204-555-0119
"""
body = T(txt, cte="7bit", flowed=True)
eml = EML(reply_headers(po, ("Darren Friesen", "sales@prairiesheetmetal.example"), "2026-12-14 17:31:20 -0600", mid("apple", "prairiesheetmetal.example"),
                        "Re: " + req_subject(po), extra=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]), body)
case("058-ca-sheet-metal-split-proposal", "needs_review", "en-CA",
     "a split proposal phrased as a question, to be booked only after our OK",
     [po], eml, EXP("needs_review", "'Could you live with 60 ... and 40 ...? If that works let me know and I'll book it' -> proposal awaiting agreement."))

# 059 ---------------------------------------------------------------- fi-FI helpdesk ticket auto-acknowledgment
s = sup("LVPK", "Lounais-Suomen Pakkaus Oy", "tilaukset@ls-pakkaus.example", "fi-FI")
po = PO("4500072377", s, "elin", "EUR", "2026-12-14", [
    ("LSP-KT-600", "Folding carton, GC1 350 g, printed 4c", 25000, "EA", "0.1420", "2027-01-18")])
txt = """Hei,

Kiitos viestistäsi! Pyyntösi on vastaanotettu ja sille on luotu tiketti #48213.
Asiakaspalvelumme käsittelee tiketin kahden (2) arkipäivän kuluessa. Vastaamalla tähän viestiin voit lisätä tikettiin tietoja.

Thank you for your message. Your request has been received as ticket #48213 and will be handled within two (2) business days.

Lounais-Suomen Pakkaus Oy – Asiakaspalvelu

--- Alkuperäinen viesti / Original message ---
Aihe: """ + req_subject(po) + "\n\n" + req_body(po)
body = M("alternative", [T(txt), T(html_of(txt, "Helvetica"), "html")], "--_zd_7c1e9b2a4f_alt")
eml = EML(reply_headers(po, ("Lounais-Suomen Pakkaus Asiakaspalvelu", "tuki@ls-pakkaus.zendesk.example"), "2026-12-14 09:01:12 +0200",
                        "<ZD48213_8a7f6e5d4c@ls-pakkaus.zendesk.example>", "[#48213] " + req_subject(po),
                        extra=[("Reply-To", "tuki+id48213@ls-pakkaus.zendesk.example"), ("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer")]), body)
case("059-fi-packaging-ticket-auto-ack", "auto_reply", "fi-FI",
     "helpdesk ticket receipt (Zendesk-style) quoting the whole request; 'vastaanotettu' = received, not confirmed",
     [po], eml, EXP("auto_reply", "Automatic ticket acknowledgment; commits to nothing."))

# 060 ---------------------------------------------------------------- hu-HU Exchange NDR (Hungarian)
s = sup("BKMF", "Bakony Fémmegmunkáló Kft.", "beszerzes@bakonyfem.example", "hu-HU")
po = PO("4500072381", s, "jonas", "EUR", "2026-12-14", [
    ("BF-LEM-330", "Laser-cut plate S235 8 mm", 400, "EA", "7.90", "2027-01-15")])
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p><b><font color="#000066" size="3" face="Arial">Nem sikerült kézbesíteni az üzenetet a következő címzettnek:</font></b></p>
<p><font color="#000000" size="2" face="Tahoma">beszerzes@bakonyfem.example</font></p>
<p><font size="2" face="Tahoma">A címzett postafiókja nem található. (Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup')</font></p>
<p><font size="2" face="Tahoma">Diagnosztikai információ rendszergazdák számára:<br>Generáló kiszolgáló: VI1PR04MB7150.eurprd04.prod.outlook.com</font></p>
</body></html>
"""
ds = Part("message/delivery-status", ("Reporting-MTA: dns;VI1PR04MB7150.eurprd04.prod.outlook.com\nReceived-From-MTA: dns;kestrel-mfg.example\n"
          "Arrival-Date: Mon, 14 Dec 2026 13:44:02 +0000\n\nFinal-Recipient: rfc822;beszerzes@bakonyfem.example\nAction: failed\nStatus: 5.1.10\n"
          "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n").encode())
body = M("report", [M("alternative", [T("Nem sikerült kézbesíteni az üzenetet a következő címzettnek:\n\nbeszerzes@bakonyfem.example\nA címzett postafiókja nem található.\n"),
                                      T(html, "html")], "_001_NDR_7e1c2f30a5b44c8d_"),
                    ds, Part("text/rfc822-headers", request_eml(po, date="2026-12-14 14:44:00 +0100").split(b"\n\n")[0] + b"\n", [], "7bit")],
         "_000_NDR_7e1c2f30a5b44c8d_")
body.params = [("report-type", "delivery-status")]
eml = EML([("From", addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kestrel-mfg.example")),
           ("To", addr("Jonas Brenner", "jonas.brenner@kestrel-mfg.example")), ("Subject", htext("Kézbesíthetetlen: " + req_subject(po))),
           ("Date", rfcdate("2026-12-14 13:44:05 +0000")), ("Message-ID", "<0b7e2a1c-3d4f-4e5a-9b8c-7d6e5f4a3b2c@VI1PR04MB7150.eurprd04.prod.outlook.com>"),
           ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]), ("Auto-Submitted", "auto-replied"),
           ("Content-Language", "hu-HU"), ("X-MS-Exchange-Message-Is-Ndr", "")], body)
case("060-hu-machining-exchange-ndr-hungarian", "bounce", "hu-HU",
     "Exchange Online NDR in Hungarian ('Kézbesíthetetlen:') with In-Reply-To to the request and text/rfc822-headers",
     [po], eml, EXP("bounce", "Recipient not found; threaded to the request, but a delivery failure."))

# 061 ---------------------------------------------------------------- it-IT holiday circular
s = sup("IMPT", "Imballaggi Padani S.r.l.", "info@imballaggipadani.example", "it-IT")
po = PO("4500072390", s, "dana", "EUR", "2026-12-14", [
    ("IP-VAS-250", "Thermoformed food tray PET 250 g", 30000, "EA", "0.0610", "2027-01-11")])
txt = """Gentili Clienti,

con l'avvicinarsi delle festività desideriamo ringraziarVi per la fiducia accordataci nel corso del 2026.

Vi informiamo che i nostri uffici e il magazzino resteranno chiusi dal 24 dicembre 2026 al 6 gennaio 2027 compresi.
Gli ordini con consegna richiesta entro il 23 dicembre dovranno pervenirci entro il 16 dicembre.

Auguri di Buone Feste e di un sereno 2027!

Imballaggi Padani S.r.l.
Via dell'Artigianato 5, 26100 Cremona
"""
body = M("alternative", [T(txt, cs="iso-8859-1"), T(html_of(txt, "Georgia", cs="iso-8859-1"), "html", cs="iso-8859-1")], "----=_NextPart_000_0012_01DB4E11.A1B2C3D0")
eml = EML([("From", addr("Imballaggi Padani", "info@imballaggipadani.example")), ("To", addr("Clienti Imballaggi Padani", "clienti@imballaggipadani.example")),
           ("Subject", "Auguri di Buone Feste - chiusura aziendale"), ("Date", rfcdate("2026-12-15 12:00:00 +0100")),
           ("Message-ID", mid("other", "imballaggipadani.example")), ("Precedence", "bulk")], body)
case("061-it-packaging-holiday-circular", "unrelated", "it-IT",
     "season's greetings circular from a supplier with an open PO: closure dates, order cut-off; not addressed to us personally",
     [po], eml, EXP("unrelated", "A circular to all customers; it does not answer PO 4500072390 (closure dates are not a commitment)."))

# 062 ---------------------------------------------------------------- da-DK received, will revert (reminder)
s = sup("JYMF", "Jydsk Metalfjeder ApS", "salg@jydsk-metalfjeder.example", "da-DK")
po = PO("4500072140", s, "elin", "DKK", "2026-11-26", [
    ("JM-TF-0900", "Torsion spring 0.9 mm", 10000, "EA", "1.45", "2026-12-21"),
    ("JM-TF-1100", "Torsion spring 1.1 mm", 10000, "EA", "1.62", "2026-12-21")], req=2)
txt = """Hej Elin

Beklager den sene tilbagemelding. Vi har modtaget ordren og den er lagt ind i systemet, men vi mangler stadig bekræftelse fra vores trådleverandør. Jeg vender tilbage med leveringstid hurtigst muligt, forventeligt i løbet af næste uge.

Venlig hilsen
Henrik Mølgaard
Jydsk Metalfjeder ApS

""" + ol_block("da", po, "7. december 2026 08:00", reminder=True)
body = M("alternative", [T(txt), T(html_of(txt), "html")], "_000_DB9PR02MB7011F2E3D4C5B6A7F8E9DB9PR02MB7011eurp_")
eml = EML(reply_headers(po, ("Henrik Mølgaard", "salg@jydsk-metalfjeder.example"), "2026-12-08 13:15:29 +0100", mid("outlook"),
                        "SV: " + req_subject(po, True), reminder=True), body)
case("062-dk-springs-reminder-received-will-revert", "needs_review", "da-DK",
     "Danish reply to a reminder: order entered in the system, delivery time to follow -> no commitment",
     [po], eml, EXP("needs_review", "'modtaget ... lagt ind i systemet' is receipt, not confirmation; lead time will follow."))

# 063 ---------------------------------------------------------------- zh-TW substitute part question
s = sup("TWTK", "Taiwan Tek-Link Components Co., Ltd.", "sales2@tektlink.example", "zh-TW")
po = PO("4500072395", s, "dana", "USD", "2026-12-14", [
    ("TL-USB-C16", "USB-C receptacle 16-pin, mid-mount", 6000, "EA", "0.3800", "2027-01-08"),
    ("TL-FPC-24", "FPC connector 24-pin 0.5 mm, bottom contact", 6000, "EA", "0.1600", "2027-01-08")])
txt = """Hi Dana,

Thanks for PO 4500072395.

TL-USB-C16: original P/N from factory is EOL. We can offer alternate P/N TL-USB-C16B (same footprint, mid-mount 1.6 mm, price USD 0.41). Please confirm if the alternate is acceptable and we will issue OC for both items together.
TL-FPC-24: should be OK from stock, but we will check again and put it in the OC together with item 1 after your feedback.

Pls advise, thanks!

Best Regards,
Jenny Wu 吳佳蓉
Taiwan Tek-Link Components Co., Ltd.
TEL: +886-3-555-6120 ext.31
"""
body = M("alternative", [T(txt, cs="big5", cte="base64"), T(html_of(txt, "新細明體", cs="big5"), "html", cs="big5", cte="base64")], "----=_NextPart_000_01A2_01DB4E5F.6C7D8E90")
eml = EML(reply_headers(po, ("Jenny Wu", "sales2@tektlink.example"), "2026-12-15 16:44:09 +0800", mid("other", "tektlink.example"),
                        "RE: " + req_subject(po), extra=[("X-Mailer", "Microsoft Outlook 16.0")]), body)
case("063-tw-connectors-alternate-part-question", "needs_review", "zh-TW",
     "English from Taiwan (Big5): EOL part, alternate offered, asks us to approve; the other line 'no problem' but deferred to the OC",
     [po], eml, EXP("needs_review", "Both lines wait for our approval of the alternate ('will put in OC after your feedback'); nothing is committed yet."))

# 064 ---------------------------------------------------------------- en-IN read receipt (MDN)
s = sup("ACPL", "Anand Castings Pvt. Ltd.", "purchase.coord@anandcastings.example", "en-IN")
po = PO("4500072402", s, "priya", "INR", "2026-12-15", [
    ("AC-HUB-660", "Wheel hub casting SG 500/7", 600, "EA", "1480.00", "2027-01-23")])
human = """Your message

    To: purchase.coord@anandcastings.example
    Subject: """ + req_subject(po) + """
    Sent: Tuesday, December 15, 2026 10:31:08 AM (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi

was read on Tuesday, December 15, 2026 11:02:44 AM (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi.
"""
mdn = Part("message/disposition-notification", ("Reporting-UA: anandcastings.example; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;purchase.coord@anandcastings.example\n"
           "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % po["request_message_id"]).encode())
body = M("report", [T(human, cte="7bit"), mdn], "----=_NextPart_000_0B1C_01DB4E6A.2D3E4F50")
body.params = [("report-type", "disposition-notification")]
eml = EML([("From", addr("Purchase Coordinator", "purchase.coord@anandcastings.example")), ("To", addr("Priya Raman", "priya.raman@kestrel-mfg.example")),
           ("Subject", "Read: " + req_subject(po)), ("Date", rfcdate("2026-12-15 11:02:44 +0530")), ("Message-ID", mid("other", "anandcastings.example")),
           ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"])], body)
case("064-in-castings-read-receipt", "auto_reply", "en-IN",
     "Outlook read receipt (multipart/report; disposition-notification) threaded to the request: automatic, not a bounce, not a confirmation",
     [po], eml, EXP("auto_reply", "An MDN only says the request was displayed; it is an automatic answer, not a delivery failure."))

# 065 ---------------------------------------------------------------- de-AT delayed DSN
s = sup("KFAT", "Kärntner Federn- und Stanzwerk GmbH", "bestellung@kfs-werk.example", "de-AT")
po = PO("4500072410", s, "jonas", "EUR", "2026-12-15", [
    ("KF-BL-210", "Spring band clamp 21 mm", 15000, "EA", "0.1300", "2027-01-15"),
    ("KF-BL-250", "Spring band clamp 25 mm", 15000, "EA", "0.1450", "2027-01-15")])
human = """This is the mail system at host mx1.kestrel-mfg.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<bestellung@kfs-werk.example>: connect to mail.kfs-werk.example[198.51.100.23]:25:
    Connection timed out
"""
ds = Part("message/delivery-status", ("Reporting-MTA: dns; mx1.kestrel-mfg.example\nX-Postfix-Queue-ID: 4Qy1Tn6VbRz9kLm\n"
          "Arrival-Date: Tue, 15 Dec 2026 08:15:02 +0100\n\nFinal-Recipient: rfc822; bestellung@kfs-werk.example\n"
          "Original-Recipient: rfc822;bestellung@kfs-werk.example\nAction: delayed\nStatus: 4.4.1\n"
          "Diagnostic-Code: X-Postfix; connect to mail.kfs-werk.example[198.51.100.23]:25: Connection timed out\n"
          "Will-Retry-Until: Sun, 20 Dec 2026 08:15:02 +0100\n").encode())
body = M("report", [T(human, cte="7bit", extra=["Content-Description: Notification"]), ds,
                    Part("text/rfc822-headers", request_eml(po, date="2026-12-15 08:15:00 +0100").split(b"\n\n")[0] + b"\n", [], "7bit", ["Content-Description: Undelivered Message Headers"])],
         "4Qy1Tn6VbRz9kLm.1765797302/mx1.kestrel-mfg.example")
body.params = [("report-type", "delivery-status")]
eml = EML([("Return-Path", "<>"), ("From", "MAILER-DAEMON@mx1.kestrel-mfg.example (Mail Delivery System)"), ("To", "jonas.brenner@kestrel-mfg.example"),
           ("Subject", "Delayed Mail (still being retried)"), ("Date", rfcdate("2026-12-15 12:15:02 +0100")),
           ("Message-Id", "<20261215111502.7A1B2C3D4E@mx1.kestrel-mfg.example>"), ("Auto-Submitted", "auto-replied")], body)
case("065-at-springs-delayed-dsn-warning", "bounce", "de-AT",
     "Postfix 'Delayed Mail (still being retried)' DSN with Action: delayed and only the headers of the request",
     [po], eml, EXP("bounce", "A delivery status notification (delay warning) is a bounce under the corpus definition, even though delivery may still succeed."))

# 066 ---------------------------------------------------------------- es-ES questions
s = sup("CAVA", "Cartonajes del Vallès S.A.", "comercial@cartonajes-valles.example", "es-ES")
po = PO("4500072420", s, "dana", "EUR", "2026-12-15", [
    ("CV-CJ-3020", "Caja americana 300x200x200 canal B, impresa 2 tintas", 5000, "EA", "0.5800", "2027-01-12"),
    ("CV-SEP-3020", "Separador 6 celdas para caja 3020", 5000, "EA", "0.1200", "2027-01-12")])
txt = """Buenos días Dana,

gracias por el pedido. Antes de lanzarlo a producción necesitamos aclarar dos cosas:

1) ¿Las 5.000 cajas las queréis en una sola entrega o repartidas en dos semanas? Para el 12/01 solo podríamos si aprobáis el cliché esta semana.
2) El precio del pedido es sin palé. ¿Os sirve palé europeo retornable o necesitáis palé de un solo uso (+6 €/palé)?

En cuanto nos confirméis os mando la confirmación de pedido.

Saludos,
Jordi Puig
Cartonajes del Vallès S.A. – Dpto. Comercial
Polígon Can Roqueta, 08202 Sabadell
"""
body = M("alternative", [T(txt, cs="iso-8859-1") if False else T(txt, cs="windows-1252"), T(html_of(txt, cs="windows-1252"), "html", cs="windows-1252")], "----=_NextPart_000_00C4_01DB4E70.1A2B3C40")
eml = EML(reply_headers(po, ("Jordi Puig", "comercial@cartonajes-valles.example"), "2026-12-16 09:17:52 +0100", mid("other", "cartonajes-valles.example"),
                        "RE: " + req_subject(po), extra=[("X-Mailer", "Microsoft Outlook 16.0")]), body)
case("066-es-cartons-questions-before-ack", "needs_review", "es-ES",
     "Spanish: two questions (single delivery? pallet type?) and a conditional date; confirmation promised after our answer",
     [po], eml, EXP("needs_review", "Only questions; '12/01 solo si aprobáis el cliché' is conditional. Nothing committed."))

# 067 ---------------------------------------------------------------- en-GB asks for a revised PO
s = sup("PENN", "Pennine Wire & Spring Co Ltd", "sales@penninewire.example", "en-GB")
po = PO("4500072433", s, "tom", "GBP", "2026-12-15", [
    ("PW-GS-400", "Garter spring 4 mm coil, 302 SS", 3000, "EA", "0.6200", "2027-01-19"),
    ("PW-WF-118", "Wire form 1.18 mm, pre-galvanised", 8000, "EA", "0.0950", "2027-01-19")])
txt = """Hi Tom,

Thanks for the PO. The prices on it are from our 2025 quotation Q-25-1187, which expired at the end of October. Our 2026/27 prices are:

PW-GS-400  £0.66 each
PW-WF-118  £0.101 each

Lead time is currently 4 weeks, so the 19th of January is achievable.
Could you please send a revised PO at these prices and I'll confirm it by return?

Kind regards
Rachel Ainsworth
Sales Administrator
Pennine Wire & Spring Co Ltd, Keighley BD21 4NT
01535 555 604

-----Original Message-----
""" + ol_block("en", po, "15 December 2026 13:05")
body = M("alternative", [T(txt, cs="windows-1252"), T(html_of(txt, cs="windows-1252"), "html", cs="windows-1252")], "----=_NextPart_000_0031_01DB4E7A.55AA66B0")
eml = EML(reply_headers(po, ("Rachel Ainsworth", "sales@penninewire.example"), "2026-12-16 14:26:40 -0000", mid("other", "penninewire.example"),
                        "RE: " + req_subject(po), extra=[("X-Mailer", "Microsoft Outlook 16.0")]), body)
case("067-gb-springs-asks-for-revised-po", "needs_review", "en-GB",
     "new prices and an 'achievable' date, but the supplier asks for a revised PO before confirming",
     [po], eml, EXP("needs_review", "'send a revised PO ... and I'll confirm it by return' -> not yet committed, although prices and date look like an answer."))

# 068 ---------------------------------------------------------------- nb-NO ERP receipt (automatic, no commitment)
s = sup("NORP", "Nordemballasje AS", "ordre@nordemballasje.example", "nb-NO")
po = PO("4500072441", s, "elin", "NOK", "2026-12-16", [
    ("NE-BOK-400", "Corrugated box 400x300x250, B-flute", 3000, "EA", "9.40", "2027-01-14"),
    ("NE-TAPE-50", "Paper tape 50 mm x 50 m", 200, "ROL", "34.00", "2027-01-14")])
txt = """Dette er en automatisk generert e-post fra vårt ordresystem.

Vi har mottatt din ordre 4500072441 og den er registrert med vårt ordrenummer 230871.
Ordrebekreftelse med leveringsdato og priser sendes separat så snart ordren er behandlet (normalt innen 2 virkedager).

Ikke svar på denne e-posten.

Nordemballasje AS
Ordrekontoret
"""
body = T(txt, cs="iso-8859-1")
eml = EML([("From", addr("Nordemballasje Ordresystem", "no-reply@nordemballasje.example")), ("To", "elin.sandberg@kestrel-mfg.example"),
           ("Subject", htext("Ordre mottatt - deres ref. 4500072441 / vår ordre 230871", "iso-8859-1")), ("Date", rfcdate("2026-12-16 10:02:11 +0100")),
           ("Message-ID", "<230871.ordermottak@erp.nordemballasje.example>"), ("In-Reply-To", po["request_message_id"]),
           ("Auto-Submitted", "auto-generated")], body)
case("068-no-packaging-erp-receipt-only", "auto_reply", "nb-NO",
     "ERP-generated 'order received and registered' mail (Auto-Submitted) that explicitly says the confirmation follows separately",
     [po], eml, EXP("auto_reply", "Automatic receipt notice; unlike an ERP order confirmation it commits to nothing."))

# 069 ---------------------------------------------------------------- en-US confirmation of an older PO not on record
s = sup("MWST", "Midwest Stamping & Assembly LLC", "customerservice@midweststamping.example", "en-US")
po = PO("4500072450", s, "dana", "USD", "2026-12-16", [
    ("MW-BRK-5510", "Stamped mounting bracket, 11 ga HRPO, e-coat", 2500, "EA", "1.9200", "2027-01-15")])
txt = """Dana,

Following up on our call - PO 4500068214 (the e-coated brackets from October) is confirmed for the remaining 1,200 pcs at $1.92, shipping 12/22. Sorry again for the delay on that one.

Thanks,
Mike Reilly
Customer Service | Midwest Stamping & Assembly LLC
Elkhart, IN | 574-555-0128
"""
body = T(txt, cte="7bit")
eml = EML([("From", addr("Mike Reilly", "customerservice@midweststamping.example")), ("To", addr("Dana Whitfield", "dana.whitfield@kestrel-mfg.example")),
           ("Subject", "PO 4500068214 - remaining qty"), ("Date", rfcdate("2026-12-17 08:44:10 -0500")), ("Message-ID", mid("outlook-na"))], body)
case("069-us-stamping-confirms-older-po", "unrelated", "en-US",
     "confirms an older PO that is not among the open POs (same supplier, same price as the open PO's line) -> not about these orders",
     [po], eml, EXP("unrelated", "The commitment is for PO 4500068214, which is not on record here; the open PO 4500072450 is not answered."))

# =====================================================================================
# writing and validation
# =====================================================================================
def validate(slug, pos, raw, exp):
    import email, re
    from email import policy
    m = email.message_from_bytes(raw, policy=policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        assert m[h] is not None, (slug, h)
        str(m[h])
    assert m["Date"].datetime.year == 2026 and m["Date"].datetime.month == 12, slug
    n_leaf = 0
    skip = set()
    for p in m.walk():
        if p.get_content_type() in ("message/delivery-status", "message/disposition-notification"):
            skip.update(id(x) for x in (p.get_payload() if isinstance(p.get_payload(), list) else []))
        if p.is_multipart() or id(p) in skip:
            continue
        n_leaf += 1
        ct = p.get_content_type()
        if ct.startswith("message/") or ct == "text/rfc822-headers":
            continue
        c = p.get_content()
        if ct.startswith("text/"):
            assert isinstance(c, str) and c.strip(), (slug, ct)
            assert "\ufffd" not in c, (slug, ct, "replacement char")
        elif ct == "application/pdf":
            assert c.startswith(b"%PDF-1.4") and c.rstrip().endswith(b"%%EOF"), slug
            texts = re.findall(rb"\((.*?)\) Tj", c)
            assert len(texts) > 5, slug
        elif ct == XLSX_CT:
            with zipfile.ZipFile(io.BytesIO(c)) as z:
                assert z.testzip() is None
                z.read("xl/worksheets/sheet1.xml").decode("utf-8")
        else:
            raise AssertionError((slug, "unexpected part", ct))
    assert n_leaf >= 1
    # pos.json
    assert isinstance(pos, list) and pos
    for po in pos:
        for k in ("po_number", "supplier", "buyer", "currency", "issued", "lines"):
            assert k in po, (slug, k)
        for k in ("id", "name", "email", "locale"):
            assert k in po["supplier"], (slug, k)
        assert set(po["buyer"]) == {"name", "email"}
        dt.date.fromisoformat(po["issued"])
        assert "2026-11-20" <= po["issued"] <= "2026-12-31", slug
        for i, l in enumerate(po["lines"], 1):
            assert l["line"] == i and isinstance(l["quantity"], int) and l["quantity"] > 0
            Decimal(l["unit_price"]); dt.date.fromisoformat(l["requested_date"])
            assert set(l) == {"line", "item", "description", "quantity", "uom", "unit_price", "requested_date"}
    # expected.json
    assert exp["kind"] in ("confirmation", "needs_review", "auto_reply", "bounce", "unrelated")
    nums = {po["po_number"]: po for po in pos}
    if exp["kind"] == "confirmation":
        seen = set()
        for c in exp["confirmations"]:
            assert c["po_number"] in nums and c["po_number"] not in seen
            seen.add(c["po_number"])
            assert sorted(c["lines"], key=int) == [str(l["line"]) for l in nums[c["po_number"]]["lines"]]
            for ln, v in c["lines"].items():
                if v["status"] in ("accepted", "changed"):
                    assert set(v) - {"schedule"} == {"status", "quantity", "unit_price", "date"}
                else:
                    assert set(v) == {"status"}
    else:
        assert "confirmations" not in exp

def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    nums = [c[0][:3] for c in CASES]
    assert nums == ["%03d" % i for i in range(1, len(CASES) + 1)], nums
    readme = ["# Held-out batch J: supplier replies to purchase orders", "",
              "Written from `/work/shared/corpus/FORMAT.md` alone (no other corpus, no program, no tools looked at).",
              "Theme: automotive/aerospace tier-2 suppliers, electronic component distributors, foundries, springs and stampings,",
              "corrugated and food packaging. Regenerate with `python3 make_batch.py` (standard library only, deterministic).", "",
              "Format: `` - `NNN-slug` | category/locale | what it tests ``", ""]
    for slug, cat, loc, tests, pos, eml, exp in CASES:
        assert cat == exp["kind"], slug
        validate(slug, pos, eml, exp)
        d = os.path.join(OUT, slug)
        os.makedirs(d)
        with open(os.path.join(d, "pos.json"), "wb") as f:
            f.write((json.dumps(pos, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
        with open(os.path.join(d, "message.eml"), "wb") as f:
            f.write(eml)
        with open(os.path.join(d, "expected.json"), "wb") as f:
            f.write((json.dumps(exp, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
        readme.append("- `%s` | %s/%s | %s" % (slug, cat, loc, tests))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme) + "\n")
    from collections import Counter
    print("cases:", len(CASES))
    print("by kind:", dict(Counter(c[1] for c in CASES)))
    print("by locale:", dict(sorted(Counter(c[2] for c in CASES).items())))

if __name__ == "__main__":
    main()
