"""Helpers to build held-out supplier-reply cases (stdlib only)."""
import base64, hashlib, zlib, json, quopri, zipfile, io, datetime as dt
from email.header import Header
from email.utils import formataddr

CASES = []

import codecs, unicodedata


def _fold(err):
    """Legacy-charset clients degrade characters they cannot encode (č -> c)."""
    bad = err.object[err.start:err.end]
    rep = "".join(c for c in unicodedata.normalize("NFKD", bad) if ord(c) < 128) or "?"
    return rep, err.end


codecs.register_error("fold", _fold)
BUYERS = {
    "mk": ("Mara Kovač", "mara.kovac@halden-mro.example"),
    "tj": ("Tom Jansen", "tom.jansen@halden-mro.example"),
    "ls": ("Lena Strauss", "lena.strauss@halden-mro.example"),
    "rp": ("Ravi Pillai", "ravi.pillai@halden-mro.example"),
}
BUYER_CO = "Halden MRO Supply GmbH"

A, R, U = "A", {"status": "rejected"}, {"status": "unconfirmed"}


def ch(q, p, d, schedule=None):
    x = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
    if schedule:
        x["schedule"] = [{"quantity": a, "date": b} for a, b in schedule]
    return x


class PO:
    def __init__(self, number, sup, lines, issued="2026-11-03", cur="EUR", buyer="mk", req=True, reqid=None):
        self.number, self.sup, self.issued, self.cur = number, sup, issued, cur
        self.buyer = BUYERS[buyer]
        self.lines = [dict(line=i + 1, item=l[0], description=l[1], quantity=l[2], uom=l[3],
                           unit_price=l[4], requested_date=l[5]) for i, l in enumerate(lines)]
        self.reqid = (reqid or f"<po-{number}.ack1@halden-mro.example>") if req else None

    def json(self):
        sid, name, email, loc = self.sup
        d = {"po_number": self.number,
             "supplier": {"id": sid, "name": name, "email": email, "locale": loc},
             "buyer": {"name": self.buyer[0], "email": self.buyer[1]},
             "currency": self.cur, "issued": self.issued}
        if self.reqid:
            d["request_message_id"] = self.reqid
        d["lines"] = self.lines
        return d

    def line(self, n):
        return self.lines[n - 1]


def request_text(po, greeting=None):
    """Our original acknowledgment request, plain text."""
    g = greeting or "Hello,"
    rows = ["Ln  Item            Qty    UoM  Unit price      Need-by",
            "--  --------------  -----  ---  --------------  ----------"]
    for l in po.lines:
        rows.append(f"{l['line']:<3} {l['item']:<15} {l['quantity']:>5}  {l['uom']:<3}  "
                    f"{l['unit_price'] + ' ' + po.cur:<14}  {l['requested_date']}")
        rows.append(f"    {l['description']}")
    return (f"{g}\n\nplease confirm our purchase order {po.number} dated {po.issued} "
            f"(quantity, price and delivery date per line):\n\n" + "\n".join(rows) +
            f"\n\nDelivery to: {BUYER_CO}, Werkstrasse 12, 4020 Linz, Austria\n"
            f"Please reply to this e-mail.\n\nBest regards\n{po.buyer[0]}\nPurchasing | {BUYER_CO}\n")


def request_html(po):
    rows = "".join(f"<tr><td>{l['line']}</td><td>{l['item']}</td><td>{l['description']}</td>"
                   f"<td align=right>{l['quantity']}</td><td>{l['uom']}</td>"
                   f"<td align=right>{l['unit_price']} {po.cur}</td><td>{l['requested_date']}</td></tr>"
                   for l in po.lines)
    return (f"<p>Hello,</p><p>please confirm our purchase order <b>{po.number}</b> dated {po.issued}:</p>"
            f"<table border=1 cellspacing=0><tr><th>Ln</th><th>Item</th><th>Description</th><th>Qty</th>"
            f"<th>UoM</th><th>Unit price</th><th>Need-by</th></tr>{rows}</table>"
            f"<p>Best regards<br>{po.buyer[0]}<br>Purchasing | {BUYER_CO}</p>")


def req_subject(po):
    return f"Order acknowledgment request: PO {po.number}"


def req_date_hdr(po, hour=9):
    d = dt.date.fromisoformat(po.issued)
    return d.strftime("%a, %d %b %Y ") + f"{hour:02d}:14:07 +0100"


def quote(po, style="outlook", to_name=None, text=None, labels=None, sent=None):
    """Quoted original request in the style of a mail client (plain text)."""
    t = text if text is not None else request_text(po)
    d = dt.date.fromisoformat(po.issued)
    b = po.buyer
    if style == "outlook" and labels:
        f, se, to, su = labels
        return (f"\n\n{'_' * 32}\n{f}: {b[0]} <{b[1]}>\n{se}: {sent}\n{to}: {to_name or po.sup[2]}\n"
                f"{su}: {req_subject(po)}\n\n{t}")
    if style == "gmail" and labels:
        return ("\n\n" + labels + "\n" + "".join("> " + x + "\n" if x else ">\n" for x in t.split("\n")))
    if style == "outlook":
        return (f"\n\n-----Original Message-----\nFrom: {b[0]} <{b[1]}>\n"
                f"Sent: {d.strftime('%A, %B')} {d.day}, {d.year} 9:14 AM\nTo: {to_name or po.sup[2]}\n"
                f"Subject: {req_subject(po)}\n\n{t}")
    if style == "outlook2":
        return (f"\n\n________________________________\nFrom: {b[0]} <{b[1]}>\n"
                f"Sent: {d.strftime('%d %B %Y')} 09:14\nTo: {to_name or po.sup[2]}\n"
                f"Subject: {req_subject(po)}\n\n{t}")
    if style == "gmail":
        return (f"\n\nOn {d.strftime('%a, %b')} {d.day}, {d.year} at 9:14 AM {b[0]} <{b[1]}> wrote:\n"
                + "".join("> " + x + "\n" if x else ">\n" for x in t.split("\n")))
    if style == ">":
        return "\n\n" + "".join("> " + x + "\n" if x else ">\n" for x in t.split("\n"))
    raise ValueError(style)


# ---------------------------------------------------------------- MIME building
class Leaf:
    def __init__(self, body, ctype="text/plain", charset="utf-8", cte="quoted-printable",
                 filename=None, extra=None, inline=False):
        self.body, self.ctype, self.charset, self.cte = body, ctype, charset, cte
        self.filename, self.extra, self.inline = filename, extra or [], inline

    def render(self):
        data = self.body if isinstance(self.body, bytes) else self.body.encode(self.charset, "fold")
        h = []
        ct = self.ctype
        if ct.startswith("text/") and self.charset:
            ct += f'; charset="{self.charset}"'
        if self.filename:
            ct += f'; name="{self.filename}"'
        h.append(f"Content-Type: {ct}")
        h.append(f"Content-Transfer-Encoding: {self.cte}")
        if self.filename:
            h.append(f'Content-Disposition: {"inline" if self.inline else "attachment"}; filename="{self.filename}"')
        h += self.extra
        if self.cte == "quoted-printable":
            enc = quopri.encodestring(data.replace(b"\r\n", b"\n"))
        elif self.cte == "base64":
            enc = base64.encodebytes(data)
        else:
            enc = data
        if not enc.endswith(b"\n"):
            enc += b"\n"
        return ("\n".join(h) + "\n\n").encode() + enc


class Multi:
    n = 0

    def __init__(self, subtype, parts, params=""):
        Multi.n += 1
        self.subtype, self.parts, self.params = subtype, parts, params
        self.boundary = f"----=_Part_{Multi.n:04d}_{zlib.crc32(subtype.encode()) % 99991}.17{Multi.n}"

    def render(self):
        out = f'Content-Type: multipart/{self.subtype}; boundary="{self.boundary}"{self.params}\n\n'.encode()
        out += b"This is a multi-part message in MIME format.\n\n"
        for p in self.parts:
            out += f"--{self.boundary}\n".encode() + p.render() + b"\n"
        out += f"--{self.boundary}--\n".encode()
        return out


class Raw:
    """A pre-rendered part (headers + body), e.g. message/delivery-status."""
    def __init__(self, text):
        self.text = text

    def render(self):
        return self.text.encode() if isinstance(self.text, str) else self.text


def _cs(s, charset):
    try:
        s.encode(charset)
        return charset
    except (UnicodeEncodeError, LookupError):
        return "utf-8"


def hdr(s, charset="utf-8"):
    charset = _cs(s, charset)
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    charset = _cs(name, charset)
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{email}>"


def eml(frm, to, subject, date, msgid, body, in_reply=None, refs=None, extra=None, cc=None, charset="utf-8"):
    """frm/to: (name, email). body: Leaf or Multi."""
    h = [f"Return-Path: <{frm[1]}>",
         f"Received: from mail.{frm[1].split('@')[1]} (mail.{frm[1].split('@')[1]} [203.0.113.{len(frm[1]) % 200 + 20}])"
         f"\n\tby mx1.halden-mro.example with ESMTPS id {zlib.crc32(msgid.encode()) % 10**10:010d}\n\tfor <{to[1]}>; {date}",
         f"From: {addr(*frm, charset=charset)}",
         f"To: {addr(*to, charset=charset)}"]
    if cc:
        h.append(f"Cc: {addr(*cc, charset=charset)}")
    h += [f"Subject: {hdr(subject, charset)}", f"Date: {date}", f"Message-ID: {msgid}"]
    if in_reply:
        h.append(f"In-Reply-To: {in_reply}")
        h.append(f"References: {refs or in_reply}")
    elif refs:
        h.append(f"References: {refs}")
    h += extra or []
    h.append("MIME-Version: 1.0")
    return ("\n".join(h) + "\n").encode() + body.render()


# ---------------------------------------------------------------- attachments
def _pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines):
    """Minimal one-page PDF with a real text layer (Helvetica, WinAnsi; Latin-1 text)."""
    ops = ["BT", "/F1 10 Tf", "12 TL", "50 800 Td"]
    for ln in lines:
        ops.append(f"({_pdf_esc(ln)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252", "fold")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += f"{i + 1} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def _x(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_xlsx(rows, sheet="Sheet1"):
    """rows: list of lists (str or int/float). Inline strings, no shared strings."""
    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    xr = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{col(c)}{r}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif v is None or v == "":
                continue
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_x(v)}</t></is></c>')
        xr.append(f'<row r="{r}">{"".join(cells)}</row>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + "".join(xr) + '</sheetData></worksheet>',
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in files.items():
            z.writestr(zipfile.ZipInfo(n, (2026, 11, 10, 8, 0, 0)), c)
    return buf.getvalue()


def dsn(reporting_mta, arrival, recipients):
    """message/delivery-status part. recipients: list of (addr, action, status, diag)."""
    t = f"Content-Type: message/delivery-status\n\nReporting-MTA: dns; {reporting_mta}\nArrival-Date: {arrival}\n"
    for a, action, status, diag in recipients:
        t += f"\nFinal-Recipient: rfc822; {a}\nOriginal-Recipient: rfc822;{a}\nAction: {action}\nStatus: {status}\n"
        if diag:
            t += f"Diagnostic-Code: smtp; {diag}\n"
    return Raw(t)


def rfc822_headers(text):
    return Raw("Content-Type: text/rfc822-headers\n\n" + text.strip("\n") + "\n")


# ---------------------------------------------------------------- registry
def case(num, slug, kind, locale, desc, pos, msg, exp=None, notes=""):
    """exp: {po_number: {line: A|R|U|ch(...)}} for confirmations."""
    CASES.append(dict(num=num, slug=slug, kind=kind, locale=locale, desc=desc, pos=pos, msg=msg,
                      exp=exp, notes=notes))


def expected_json(c):
    d = {"kind": c["kind"]}
    if c["kind"] == "confirmation":
        confs = []
        pomap = {p.number: p for p in c["pos"]}
        for num, lines in c["exp"].items():
            po = pomap[num]
            out = {}
            for l in po.lines:
                lab = lines.get(l["line"], U)
                if lab == "A":
                    lab = {"status": "accepted", "quantity": l["quantity"], "unit_price": l["unit_price"],
                           "date": l["requested_date"]}
                out[str(l["line"])] = lab
            confs.append({"po_number": num, "lines": out})
        d["confirmations"] = confs
    d["notes"] = c["notes"]
    return d


# ---------------------------------------------------------------- short-hands for case files
def T(text, charset="utf-8", cte="quoted-printable", ctype="text/plain"):
    return Leaf(text, ctype, charset, cte)


def to_html(text):
    import html as _h
    paras = _h.escape(text).split("\n\n")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            + "".join("<p>" + p.replace("\n", "<br>\n") + "</p>\n" for p in paras) + "</body></html>")


def ALT(text, html=None, charset="utf-8", cte="quoted-printable"):
    return Multi("alternative", [Leaf(text, "text/plain", charset, cte),
                                 Leaf(html or to_html(text), "text/html", charset, cte)])


def MIX(body, *atts):
    return Multi("mixed", [body] + list(atts))


def ATT(data, filename, ctype):
    cs = None
    if ctype.startswith("text/"):
        return Leaf(data, ctype, "utf-8" if not isinstance(data, bytes) else None, "base64", filename=filename)
    return Leaf(data, ctype, cs, "base64", filename=filename)


def mid_for(n, dom, style=0):
    h = hashlib.md5(f"dn{n}".encode()).hexdigest()
    forms = [f"<{h[:8].upper()}.{h[8:14]}@{dom}>", f"<CAF{h[:20]}+{h[20:28]}@mail.gmail.com>",
             f"<{h[:12]}-{h[12:16]}-{h[16:20]}@{dom}>", f"<20261{h[:6]}.{h[6:12]}@mail.{dom}>"]
    return forms[style % len(forms)]


def reply(n, po, who, date, body, subj=None, thread=True, extra=None, charset="utf-8", to=None, cc=None,
          refs=None, mstyle=None):
    dom = who[1].split("@")[1]
    return eml(who, to or po.buyer, subj if subj is not None else "RE: " + req_subject(po), date,
               mid_for(n, dom, n if mstyle is None else mstyle), body,
               in_reply=po.reqid if thread else None, refs=refs, extra=extra, cc=cc, charset=charset)
