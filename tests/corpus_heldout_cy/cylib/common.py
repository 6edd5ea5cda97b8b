"""Shared builders: POs, MIME parts, PDF/XLSX bytes, DSNs, case writer."""
import base64
import hashlib
import datetime as dt
import io
import json
import quopri
import zipfile
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.generator import BytesGenerator
from email.utils import format_datetime, formataddr
from pathlib import Path

BUYER = ("Dana Ruiz", "dana.ruiz@buyer.example")
BUYERS = {
    "dana": ("Dana Ruiz", "dana.ruiz@buyer.example"),
    "marek": ("Marek Hollis", "marek.hollis@buyer.example"),
    "ines": ("Ines Okafor", "ines.okafor@buyer.example"),
}
CASES = []


def case(slug, kind, locale, desc):
    """Decorator registering a case function returning (pos, msg, expected)."""
    def deco(fn):
        CASES.append({"slug": slug, "kind": kind, "locale": locale, "desc": desc, "fn": fn})
        return fn
    return deco


def rid(num, n=1):
    return f"<po-{num}.{n}@buyer.example>"


def PO(num, sup, lines, currency="EUR", issued="2026-11-10", buyer="dana", request=True, rid_n=1):
    """sup = (id, name, email, locale); lines = [(line, item, desc, qty, uom, price, date)]"""
    b = BUYERS[buyer]
    d = {
        "po_number": num,
        "supplier": {"id": sup[0], "name": sup[1], "email": sup[2], "locale": sup[3]},
        "buyer": {"name": b[0], "email": b[1]},
        "currency": currency,
        "issued": issued,
    }
    if request:
        d["request_message_id"] = rid(num, rid_n)
    d["lines"] = [
        {"line": l[0], "item": l[1], "description": l[2], "quantity": l[3], "uom": l[4],
         "unit_price": l[5], "requested_date": l[6]} for l in lines
    ]
    return d


def A(po, n):
    """Accepted label for line n of po dict."""
    for l in po["lines"]:
        if l["line"] == n:
            return {"status": "accepted", "quantity": l["quantity"], "unit_price": l["unit_price"],
                    "date": l["requested_date"]}
    raise KeyError(n)


def C(q, p, d, schedule=None):
    r = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
    if schedule:
        r["schedule"] = [{"quantity": a, "date": b} for a, b in schedule]
    return r


R = {"status": "rejected"}
U = {"status": "unconfirmed"}


def conf(po, lines, notes, extra=None):
    c = [{"po_number": po["po_number"], "lines": {str(k): v for k, v in lines.items()}}]
    if extra:
        c += extra
    return {"kind": "confirmation", "confirmations": c, "notes": notes}


def conf_entry(po, lines):
    return {"po_number": po["po_number"], "lines": {str(k): v for k, v in lines.items()}}


def other(kind, notes):
    return {"kind": kind, "notes": notes}


# ---------------------------------------------------------------- MIME helpers

def text_part(body, subtype="plain", charset="utf-8", cte="quoted-printable"):
    p = MIMENonMultipart("text", subtype, charset=charset)
    data = body.replace("\r\n", "\n").encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte in ("7bit", "8bit"):
        payload = data.decode("ascii", "surrogateescape")
        if cte == "7bit":
            assert all(b < 128 for b in data), "7bit with 8-bit data"
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    del p["MIME-Version"]
    return p


MIME_NAMES = {"shift_jis": "Shift_JIS", "iso-2022-jp": "ISO-2022-JP", "gb2312": "GB2312", "big5": "Big5",
              "euc-kr": "EUC-KR", "koi8-r": "KOI8-R"}


def enc_words(s, charset="utf-8", chunk=45):
    """RFC 2047 B-encoded words, each chunk encoded on its own (stateful charsets reset)."""
    name = MIME_NAMES.get(charset.lower(), charset.upper() if charset.lower().startswith("iso") else charset)
    words, cur = [], ""
    for ch in s:
        if len((cur + ch).encode(charset)) > chunk:
            words.append(cur)
            cur = ""
        cur += ch
    if cur:
        words.append(cur)
    return " ".join(f"=?{name}?B?{base64.b64encode(w.encode(charset)).decode()}?=" for w in words)


def hdr(s, charset="utf-8", chunk=36):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        try:
            s.encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
        return enc_words(s, charset, chunk)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return f"{hdr(name, charset, 45)} <{email}>"


def when(s, tz_hours=1, tz_minutes=0):
    """s = 'YYYY-MM-DD HH:MM'."""
    sign = 1 if tz_hours >= 0 else -1
    tz = dt.timezone(dt.timedelta(hours=tz_hours, minutes=sign * tz_minutes))
    return format_datetime(dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz))


def mail(frm, to, subject, date, body=None, *, charset="utf-8", cte="quoted-printable", html=None,
         html_only=False, attachments=(), reply_to=None, refs=None, msgid=None, headers=None,
         hcharset=None, cc=None, mailer=None):
    """Build a message. frm/to are (name, email). reply_to = PO's request id (sets In-Reply-To)."""
    hcharset = hcharset or charset
    if html_only:
        root = text_part(html, "html", charset, cte)
    elif html is not None:
        alt = MIMEMultipart("alternative")
        alt.attach(text_part(body, "plain", charset, cte))
        alt.attach(text_part(html, "html", charset, cte))
        root = alt
    else:
        root = text_part(body, "plain", charset, cte)
    if attachments:
        mixed = MIMEMultipart("mixed")
        mixed.attach(root)
        for a in attachments:
            mixed.attach(a)
        root = mixed
    m = root
    m["From"] = addr(frm[0], frm[1], hcharset)
    m["To"] = addr(to[0], to[1], hcharset) if isinstance(to, tuple) else to
    if cc:
        m["Cc"] = cc
    m["Subject"] = hdr(subject, hcharset)
    m["Date"] = date
    dom = frm[1].split("@")[1]
    m["Message-ID"] = msgid or f"<{int(hashlib.md5((subject + date).encode()).hexdigest()[:12], 16):015d}.{date[-5:].strip('+-')}@{dom}>"
    if reply_to:
        m["In-Reply-To"] = reply_to
        m["References"] = " ".join(refs) if refs else reply_to
    elif refs:
        m["References"] = " ".join(refs)
    if mailer:
        m["X-Mailer"] = mailer
    for k, v in (headers or {}).items():
        m[k] = v
    del m["MIME-Version"]
    m["MIME-Version"] = "1.0"
    # move MIME headers after the envelope headers for realism
    for k in ("Content-Type", "Content-Transfer-Encoding"):
        vals = m.get_all(k)
        if vals:
            del m[k]
            for v in vals:
                m[k] = v
    return m


def attach(data, maintype, subtype, filename, **params):
    if maintype == "text":
        p = text_part(data, subtype, params.pop("charset", "utf-8"), params.pop("cte", "quoted-printable"))
    else:
        p = MIMEApplication(data, subtype) if maintype == "application" else MIMEBase(maintype, subtype)
        if maintype != "application":
            p.set_payload(data)
            from email import encoders
            encoders.encode_base64(p)
    del p["MIME-Version"]
    p.add_header("Content-Disposition", "attachment", filename=filename)
    ct = p["Content-Type"]
    del p["Content-Type"]
    p["Content-Type"] = ct + f'; name="{filename}"'
    return p


def pdf_att(lines, filename):
    return attach(make_pdf(lines), "application", "pdf", filename)


def xlsx_att(rows, filename, merges=()):
    return attach(make_xlsx(rows, merges), "application",
                  "vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename)


def csv_att(text, filename, charset="utf-8"):
    return attach(text, "text", "csv", filename, charset=charset, cte="quoted-printable")


def rfc822_att(inner):
    p = MIMEMessage(inner)
    p.add_header("Content-Disposition", "inline")
    return p


# ---------------------------------------------------------------- PDF

def _pdf_str(s):
    b = s.encode("cp1252", "replace")
    out = b""
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([c])
        elif c < 32 or c > 126:
            out += b"\\%03o" % c
        else:
            out += bytes([c])
    return b"(" + out + b")"


def make_pdf(lines):
    """Minimal valid single-page PDF, Helvetica/Courier text lines drawn with Tj."""
    ops = [b"BT", b"/F1 10 Tf", b"12 TL", b"50 790 Td"]
    for ln in lines:
        ops.append(_pdf_str(ln) + b" Tj T*")
    ops.append(b"ET")
    content = b"\n".join(ops) + b"\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
        b"<< /Producer (CYPDF 1.0) /Title (Order confirmation) >>",
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
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x))
    return out.getvalue()


# ---------------------------------------------------------------- XLSX

def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _x(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_xlsx(rows, merges=()):
    sheet_rows = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{_col(ci)}{ri}"
            if v is None or v == "":
                continue
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_x(v)}</t></is></c>')
        sheet_rows.append(f'<row r="{ri}">{"".join(cells)}</row>')
    mc = ""
    if merges:
        mc = f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges) + "</mergeCells>"
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<sheetData>{"".join(sheet_rows)}</sheetData>{mc}</worksheet>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Confirmation" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in files.items():
            z.writestr(n, c)
    return buf.getvalue()


# ---------------------------------------------------------------- DSN

def dsn(frm, to, subject, date, human, reporting_mta, recipients, original=None, msgid=None,
        headers_only=True, arrival=None):
    """recipients = [(addr, action, status, diagnostic)]"""
    rep = MIMEMultipart("report", report_type="delivery-status")
    rep.attach(text_part(human, "plain", "utf-8" if not human.isascii() else "us-ascii",
                         "quoted-printable" if not human.isascii() else "7bit"))
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    per_msg = Message()
    per_msg["Reporting-MTA"] = f"dns; {reporting_mta}"
    if arrival:
        per_msg["Arrival-Date"] = arrival
    blocks = [per_msg]
    for a, action, status, diag in recipients:
        b = Message()
        b["Final-Recipient"] = f"rfc822; {a}"
        b["Action"] = action
        b["Status"] = status
        b["Remote-MTA"] = f"dns; {a.split('@')[1]}"
        if diag:
            b["Diagnostic-Code"] = f"smtp; {diag}"
        blocks.append(b)
    ds.set_payload(blocks)
    rep.attach(ds)
    if original is not None:
        if headers_only:
            h = Message()
            h["Content-Type"] = "text/rfc822-headers"
            h.set_payload(original)
            rep.attach(h)
        else:
            rep.attach(MIMEMessage(original))
    rep["From"] = frm
    rep["To"] = to
    rep["Subject"] = subject
    rep["Date"] = date
    rep["Message-ID"] = msgid or f"<dsn.{hashlib.md5((subject + date).encode()).hexdigest()[:16]}@{reporting_mta}>"
    rep["Auto-Submitted"] = "auto-replied"
    del rep["MIME-Version"]
    rep["MIME-Version"] = "1.0"
    for k in ("Content-Type",):
        v = rep[k]
        del rep[k]
        rep[k] = v
    return rep


def po_headers(po, date="Tue, 17 Nov 2026 09:12:44 +0100"):
    """Headers text of our own outgoing PO request (for DSNs)."""
    s = po["supplier"]
    return (f"From: Dana Ruiz <dana.ruiz@buyer.example>\nTo: {s['email']}\n"
            f"Subject: Purchase order {po['po_number']} - please confirm\nDate: {date}\n"
            f"Message-ID: {po.get('request_message_id', '<x@buyer.example>')}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\n")


def po_table(po, fmt=None):
    """Our original request text (for quoting)."""
    out = [f"Purchase order {po['po_number']} - please confirm quantity, unit price and delivery date per line.", ""]
    for l in po["lines"]:
        out.append(f"Line {l['line']}: {l['item']} {l['description']} - {l['quantity']} {l['uom']} "
                   f"@ {po['currency']} {l['unit_price']} - need by {l['requested_date']}")
    out += ["", "Kind regards", "Dana Ruiz", "Purchasing"]
    return out


def quote(lines, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in lines)


# ---------------------------------------------------------------- writer

def write_all(root: Path):
    root.mkdir(parents=True, exist_ok=True)
    for i, c in enumerate(CASES, 1):
        name = f"{i:03d}-{c['slug']}"
        d = root / name
        d.mkdir(parents=True, exist_ok=True)
        pos, msg, exp = c["fn"]()
        (d / "pos.json").write_text(json.dumps(pos, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (d / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(msg, linesep="\r\n")
        (d / "message.eml").write_bytes(buf.getvalue())
        c["name"] = name
    return CASES
