"""Helpers to build held-out supplier reply cases (standard library only)."""
from __future__ import annotations

import base64
import io
import json
import quopri
import zipfile
from decimal import Decimal
from email.header import Header

BUYER_DOMAIN = "northgate-supply.example"
BUYERS = {
    "dana": ("Dana Ruiz", "dana.ruiz@northgate-supply.example"),
    "mika": ("Mika Laine", "mika.laine@northgate-supply.example"),
    "omar": ("Omar Haddad", "omar.haddad@northgate-supply.example"),
    "ines": ("Ines Kovac", "ines.kovac@northgate-supply.example"),
}

REGISTRY: list = []


def case(slug, desc):
    def deco(fn):
        REGISTRY.append((slug, desc, fn))
        return fn
    return deco


# ---------------------------------------------------------------- POs
def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def PO(num, supplier, currency, issued, lines, buyer="dana", req=True):
    b = BUYERS[buyer]
    po = {"po_number": num, "supplier": supplier,
          "buyer": {"name": b[0], "email": b[1]},
          "currency": currency, "issued": issued}
    if req:
        po["request_message_id"] = f"<po-{num}.1@{BUYER_DOMAIN}>"
    po["lines"] = [
        {"line": i + 1, "item": it, "description": de, "quantity": q, "uom": u,
         "unit_price": p, "requested_date": d}
        for i, (it, de, q, u, p, d) in enumerate(lines)]
    return po


def req_id(po):
    return f"<po-{po['po_number']}.1@{BUYER_DOMAIN}>"


def req_subject(po):
    return f"Purchase order {po['po_number']} - please confirm"


# ---------------------------------------------------------------- labels
A = "A"
U = "U"
R = "R"


def C(quantity=None, unit_price=None, date=None, schedule=None):
    return {"q": quantity, "p": unit_price, "d": date, "s": schedule}


def _lab(line, spec):
    if spec == A:
        return {"status": "accepted", "quantity": line["quantity"],
                "unit_price": line["unit_price"], "date": line["requested_date"]}
    if spec == U:
        return {"status": "unconfirmed"}
    if spec == R:
        return {"status": "rejected"}
    out = {"status": "changed",
           "quantity": spec["q"] if spec["q"] is not None else line["quantity"],
           "unit_price": spec["p"] if spec["p"] is not None else line["unit_price"],
           "date": spec["d"] if spec["d"] is not None else line["requested_date"]}
    if spec["s"]:
        out["schedule"] = [{"quantity": q, "date": d} for q, d in spec["s"]]
        if spec["q"] is None:
            out["quantity"] = sum(q for q, _ in spec["s"])
        if spec["d"] is None:
            out["date"] = max(d for _, d in spec["s"])
    return out


def conf(answers, notes):
    """answers: list of (po, {line_no: spec}) ; missing lines become unconfirmed."""
    confs = []
    for po, specs in answers:
        lines = {}
        for ln in po["lines"]:
            lines[str(ln["line"])] = _lab(ln, specs.get(ln["line"], U))
        confs.append({"po_number": po["po_number"], "lines": lines})
    return {"kind": "confirmation", "confirmations": confs, "notes": notes}


def other(kind, notes):
    return {"kind": kind, "notes": notes}


# ---------------------------------------------------------------- MIME
def hdr(value, charset="utf-8"):
    """RFC 2047-encode a header value when it is not ASCII."""
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
        if any(c in name for c in ',.;:()<>@"'):
            name = '"' + name.replace('"', '') + '"'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{email}>"


class Part:
    def __init__(self, headers, body: bytes):
        self.headers = headers
        self.body = body

    def render(self) -> bytes:
        h = "".join(f"{k}: {v}\n" for k, v in self.headers)
        return h.encode("ascii") + b"\n" + self.body


def _b64(data: bytes) -> bytes:
    s = base64.encodebytes(data)  # 76-char lines
    return s


def text(body: str, subtype="plain", charset="utf-8", cte="quoted-printable", fmt_flowed=False):
    try:
        raw = body.encode(charset)
    except UnicodeEncodeError:  # legacy charsets: what a mail client would down-convert
        for a, b in (("\u2013", "-"), ("\u2014", "-"), ("\u20ac", "EUR"), ("\u201e", '"'), ("\u201c", '"'),
                     ("\u201d", '"'), ("\u00b7", "-"), ("\u00ab", '"'), ("\u00bb", '"'), ("\u2116", "N")):
            body = body.replace(a, b)
        raw = body.encode(charset)
    ct = f"text/{subtype}; charset=\"{charset}\""
    if fmt_flowed:
        ct += "; format=flowed"
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw)
        if not enc.endswith(b"\n"):
            enc += b"\n"
    elif cte == "base64":
        enc = _b64(raw)
    else:
        enc = raw if raw.endswith(b"\n") else raw + b"\n"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], enc)


def attach(data: bytes, ctype: str, filename: str, inline=False):
    disp = "inline" if inline else "attachment"
    return Part([("Content-Type", f"{ctype}; name=\"{filename}\""),
                 ("Content-Disposition", f"{disp}; filename=\"{filename}\""),
                 ("Content-Transfer-Encoding", "base64")], _b64(data))


def multipart(subtype, parts, boundary, extra=""):
    out = b""
    for p in parts:
        out += f"--{boundary}\n".encode() + p.render()
        if not out.endswith(b"\n"):
            out += b"\n"
    out += f"--{boundary}--\n".encode()
    return Part([("Content-Type", f"multipart/{subtype}; boundary=\"{boundary}\"{extra}")],
                out)


def alt(plain: Part, html: Part, boundary):
    return multipart("alternative", [plain, html], boundary)


def message(frm, to, subject, date, msgid, body: Part, in_reply_to=None, references=None,
            extra=None, subject_charset="utf-8", cc=None):
    hs = []
    hs.append(("Return-Path", f"<{frm[1]}>"))
    hs.append(("From", addr(frm[0], frm[1], subject_charset)))
    hs.append(("To", addr(to[0], to[1])))
    if cc:
        hs.append(("Cc", cc))
    hs.append(("Subject", hdr(subject, subject_charset)))
    hs.append(("Date", date))
    hs.append(("Message-ID", msgid))
    if in_reply_to:
        hs.append(("In-Reply-To", in_reply_to))
    if references:
        hs.append(("References", references))
    for k, v in (extra or []):
        hs.append((k, v))
    hs.append(("MIME-Version", "1.0"))
    raw = "".join(f"{k}: {v}\n" for k, v in hs).encode("ascii")
    raw += body.render()
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def reply(po, frm, date, msgid, body, subject=None, threaded=True, extra=None,
          subject_charset="utf-8", cc=None, refs_extra=None):
    """A reply to our request mail for `po`."""
    subject = subject if subject is not None else "RE: " + req_subject(po)
    irt = refs = None
    if threaded:
        irt = req_id(po)
        refs = req_id(po) if not refs_extra else req_id(po) + " " + refs_extra
    return message(frm, (po["buyer"]["name"], po["buyer"]["email"]), subject, date, msgid, body,
                   in_reply_to=irt, references=refs, extra=extra,
                   subject_charset=subject_charset, cc=cc)


# ---------------------------------------------------------------- our request, quoted
def _fmt_date_en(iso):
    y, m, d = iso.split("-")
    return f"{d}.{m}.{y}"


def po_table(po):
    rows = ["Line | Item | Description | Qty | UoM | Unit price | Need by"]
    for ln in po["lines"]:
        rows.append(f"{ln['line']} | {ln['item']} | {ln['description']} | {ln['quantity']} | "
                    f"{ln['uom']} | {ln['unit_price']} {po['currency']} | {ln['requested_date']}")
    return "\n".join(rows)


def request_text(po):
    b = po["buyer"]["name"]
    return (f"Dear {po['supplier']['name']} team,\n\n"
            f"please find attached our purchase order {po['po_number']} of {po['issued']}.\n"
            f"Kindly confirm quantity, unit price and delivery date for each line by return mail.\n\n"
            f"{po_table(po)}\n\n"
            f"Delivery address: Northgate Facility Supply, Dock 4, 1200 Harbor Road, Rotterdam\n\n"
            f"Kind regards\n{b}\nPurchasing | Northgate Facility Supply\n")


def request_sent(po):
    """A plausible send timestamp of our request (issue date, 08:3x UTC)."""
    return po["issued"]


def quote_gt(po, header):
    """'> ' quoting below a header line like 'On ... wrote:'."""
    q = "\n".join(("> " + l) if l else ">" for l in request_text(po).splitlines())
    return f"{header}\n{q}\n"


def quote_outlook(po, sent, labels=("From", "Sent", "To", "Subject")):
    b = po["buyer"]
    return (f"________________________________\n"
            f"{labels[0]}: {b['name']} <{b['email']}>\n"
            f"{labels[1]}: {sent}\n"
            f"{labels[2]}: {po['supplier']['email']}\n"
            f"{labels[3]}: {req_subject(po)}\n\n" + request_text(po))


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def request_html(po):
    b = po["buyer"]["name"]
    rows = "".join(
        f"<tr><td>{l['line']}</td><td>{l['item']}</td><td>{html_escape(l['description'])}</td>"
        f"<td>{l['quantity']}</td><td>{l['uom']}</td><td>{l['unit_price']} {po['currency']}</td>"
        f"<td>{l['requested_date']}</td></tr>" for l in po["lines"])
    return (f"<p>Dear {html_escape(po['supplier']['name'])} team,</p>"
            f"<p>please find attached our purchase order {po['po_number']} of {po['issued']}. "
            f"Kindly confirm quantity, unit price and delivery date for each line by return mail.</p>"
            f"<table border=\"1\" cellpadding=\"3\"><tr><th>Line</th><th>Item</th><th>Description</th>"
            f"<th>Qty</th><th>UoM</th><th>Unit price</th><th>Need by</th></tr>{rows}</table>"
            f"<p>Kind regards<br>{b}<br>Purchasing | Northgate Facility Supply</p>")


def html_doc(inner, charset="utf-8"):
    return (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">"
            f"</head><body>\n{inner}\n</body></html>\n")


def strip_tags(html):
    import re
    s = re.sub(r"<br\s*/?>", "\n", html)
    s = re.sub(r"</(p|tr|div|h\d|li)>", "\n", s)
    s = re.sub(r"</t[dh]>", "\t", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return re.sub(r"\n{3,}", "\n\n", s)


# ---------------------------------------------------------------- attachments
def _pdf_str(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines, title="Order confirmation"):
    """A minimal one-page PDF with a real text layer (Helvetica, WinAnsi)."""
    y = 800
    ops = ["BT", "/F1 10 Tf", "12 TL", f"40 {y} Td"]
    for l in lines:
        ops.append(f"({_pdf_str(l)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Title (" + _pdf_str(title).encode("cp1252") + b") /Producer (ERP Print Server 7.2) /CreationDate (D:20261110090000Z) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n").encode()
    return out


def _x(s):
    return html_escape(str(s)).replace('"', "&quot;")


def make_xlsx(rows, sheet="Sheet1"):
    """Minimal XLSX (inline strings, numbers as numbers) with fixed zip timestamps."""
    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    srows = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{col(ci)}{ri}"
            if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_x(v)}</t></is></c>')
        srows.append(f'<row r="{ri}">{"".join(cells)}</row>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + "".join(srows) + "</sheetData></worksheet>",
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 10, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


# ---------------------------------------------------------------- bounces
def dsn(frm_mta, to_buyer, date, msgid, orig_po, recipient, status, diag, reporting_mta,
        explanation, boundary, subject="Undelivered Mail Returned to Sender", action="failed",
        arrival=None, headers_only=True, remote_mta=None, frm_name="Mail Delivery System"):
    orig = (f"Return-Path: <{orig_po['buyer']['email']}>\n"
            f"From: {orig_po['buyer']['name']} <{orig_po['buyer']['email']}>\n"
            f"To: {recipient}\n"
            f"Subject: {req_subject(orig_po)}\n"
            f"Date: {arrival or 'Tue, 03 Nov 2026 08:31:12 +0000'}\n"
            f"Message-ID: {req_id(orig_po)}\n"
            f"MIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=\"utf-8\"\n")
    per_msg = f"Reporting-MTA: dns; {reporting_mta}\n"
    if arrival:
        per_msg += f"Arrival-Date: {arrival}\n"
    per_rcpt = (f"Final-Recipient: rfc822; {recipient}\n"
                f"Original-Recipient: rfc822; {recipient}\n"
                f"Action: {action}\nStatus: {status}\n")
    if remote_mta:
        per_rcpt += f"Remote-MTA: dns; {remote_mta}\n"
    per_rcpt += f"Diagnostic-Code: smtp; {diag}\n"
    parts = [text(explanation, cte="7bit" if explanation.isascii() else "quoted-printable"),
             Part([("Content-Type", "message/delivery-status")], (per_msg + "\n" + per_rcpt).encode())]
    if headers_only:
        parts.append(Part([("Content-Type", "text/rfc822-headers")], orig.encode()))
    else:
        body = orig + "Content-Transfer-Encoding: 7bit\n\n" + request_text(orig_po)
        parts.append(Part([("Content-Type", "message/rfc822")], body.encode()))
    body = multipart("report", parts, boundary, extra="; report-type=delivery-status")
    return message((frm_name, frm_mta), (orig_po["buyer"]["name"], orig_po["buyer"]["email"]),
                   subject, date, msgid, body,
                   extra=[("Auto-Submitted", "auto-replied")])


def dumps(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def mdate(day, hm="09:14:03", tz="+0100", month=11, year=2026):
    import datetime as _dt
    d = _dt.date(year, month, day)
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()]
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][month - 1]
    if hm.count(":") == 1:
        hm += ":00"
    return f"{wd}, {day:02d} {mon} {year} {hm} {tz}"


def mid(token, domain):
    return f"<{token}@{domain}>"
