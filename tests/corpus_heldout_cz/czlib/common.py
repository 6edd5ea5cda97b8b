"""Shared helpers: PO builders, mail builders, attachment makers."""
from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage, Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr
from email import policy as _policy
from email.header import Header

BUYERS = {
    "kr": {"name": "Katrin Reuter", "email": "k.reuter@corvalis-trading.example"},
    "mo": {"name": "Marco Oliveira", "email": "m.oliveira@corvalis-trading.example"},
    "jb": {"name": "Jessica Baines", "email": "j.baines@corvalis-trading.example"},
}
BUYER_SIG = "Corvalis Trading GmbH | Purchasing | Hafenstrasse 12, 20457 Hamburg"


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def L(n, item, desc, qty, uom, price, date):
    return {"line": n, "item": item, "description": desc, "quantity": qty, "uom": uom,
            "unit_price": price, "requested_date": date}


def PO(num, supplier, lines, issued="2026-11-09", currency="EUR", buyer="kr", rid=True):
    d = {"po_number": num, "supplier": supplier, "buyer": BUYERS[buyer], "currency": currency,
         "issued": issued}
    if rid:
        d["request_message_id"] = f"<ackreq-{num}.{issued.replace('-', '')}@corvalis-trading.example>"
    d["lines"] = lines
    return d


# ---------------------------------------------------------------- expected

def acc(line):
    return {"status": "accepted", "quantity": line["quantity"], "unit_price": line["unit_price"],
            "date": line["requested_date"]}


def chg(q, p, d, sched=None):
    r = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
    if sched:
        r["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
    return r


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def C(po, spec):
    """spec: {line_no: 'acc' | 'rej' | 'unc' | dict}"""
    lines = {}
    for ln in po["lines"]:
        s = spec.get(ln["line"], "unc")
        if s == "acc":
            lines[str(ln["line"])] = acc(ln)
        elif s == "rej":
            lines[str(ln["line"])] = dict(REJ)
        elif s == "unc":
            lines[str(ln["line"])] = dict(UNC)
        else:
            lines[str(ln["line"])] = s
    return {"po_number": po["po_number"], "lines": lines}


def conf(notes, *confs):
    return {"kind": "confirmation", "confirmations": list(confs), "notes": notes}


def other(kind, notes):
    return {"kind": kind, "notes": notes}


# ---------------------------------------------------------------- quoting

def request_text(po):
    b = po["buyer"]
    rows = []
    for ln in po["lines"]:
        rows.append(f"  {ln['line']:>2}  {ln['item']:<14} {ln['description'][:34]:<34} "
                    f"{ln['quantity']:>7} {ln['uom']:<3} {po['currency']} {ln['unit_price']:>9}  {ln['requested_date']}")
    return (f"Dear {po['supplier']['name']} team,\n\n"
            f"please confirm our purchase order {po['po_number']} dated {po['issued']} line by line\n"
            f"(quantity, unit price and delivery date):\n\n"
            f"  Ln  Item           Description                         Qty    UoM Unit price      Need-by\n"
            + "\n".join(rows) +
            f"\n\nDelivery DAP Hamburg (Incoterms 2020), payment 30 days net.\n\n"
            f"Kind regards\n{b['name']}\n{BUYER_SIG}\n")


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.splitlines()) + "\n"


def orig_header(po, style="outlook-en"):
    b = po["buyer"]
    d = f"{po['issued']}"
    if style == "outlook-en":
        return (f"From: {b['name']} <{b['email']}>\nSent: {d}\nTo: {po['supplier']['email']}\n"
                f"Subject: PO {po['po_number']} - request for order confirmation\n\n")
    return f"On {d}, {b['name']} <{b['email']}> wrote:\n"


# ---------------------------------------------------------------- mail

_FALLBACK = {"\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
             "\u00ab": '"', "\u00bb": '"', "\u2026": "...", "\u20ac": "EUR", "\u2192": "->", "\u00a0": " "}


def fit(text, charset):
    """Replace typographic characters a legacy charset cannot carry, as mail clients do."""
    if text is None:
        return None
    try:
        text.encode(charset)
        return text
    except UnicodeEncodeError:
        out = []
        for ch in text:
            try:
                ch.encode(charset)
                out.append(ch)
            except UnicodeEncodeError:
                out.append(_FALLBACK[ch])
        return "".join(out)


def mail(po, frm, subject, date, text=None, html=None, charset="utf-8", cte=None, reply=True,
         to=None, mid=None, atts=(), headers=None, refs=None, html_charset=None, html_cte=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to or (formataddr((po["buyer"]["name"], po["buyer"]["email"])) if po else
                     "purchasing@corvalis-trading.example")
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = mid
    if reply and po and po.get("request_message_id"):
        m["In-Reply-To"] = po["request_message_id"]
        m["References"] = refs or po["request_message_id"]
    elif refs:
        m["References"] = refs
    for k, v in (headers or {}).items():
        m[k] = v
    text = fit(text, charset)
    html = fit(html, html_charset or charset)
    if text is not None:
        m.set_content(text, charset=charset, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", charset=html_charset or charset, cte=html_cte or cte)
    elif html is not None:
        m.set_content(html, subtype="html", charset=charset, cte=cte)
    for a in atts:
        data, mt, st, fn = a
        if mt == "message":
            m.add_attachment(data)
        else:
            if m.get_content_type() == "text/plain" and text is None and html is None:
                pass
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return m


def only_attachment(frm, to, subject, date, mid, data, mt, st, fn, headers=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = mid
    for k, v in (headers or {}).items():
        m[k] = v
    m.make_mixed()
    att = EmailMessage()
    att.set_content(data, maintype=mt, subtype=st, disposition="attachment", filename=fn)
    m.attach(att)
    return m


def dsn(frm, to, subject, date, mid, human, reporting_mta, recips, original, arrival=None,
        headers=None, human_charset="us-ascii"):
    """recips: list of dicts with Final-Recipient, Action, Status, Diagnostic-Code ..."""
    m = MIMEMultipart("report", report_type="delivery-status")
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = mid
    for k, v in (headers or {}).items():
        m[k] = v
    m.attach(MIMEText(human, "plain", human_charset))
    ds = Message()
    ds.set_type("message/delivery-status")
    del ds["MIME-Version"]
    blocks = []
    b0 = Message()
    b0["Reporting-MTA"] = "dns; " + reporting_mta
    if arrival:
        b0["Arrival-Date"] = arrival
    blocks.append(b0)
    for r in recips:
        b = Message()
        for k, v in r.items():
            b[k] = v
        blocks.append(b)
    ds.set_payload(blocks)
    m.attach(ds)
    if original is not None:
        if isinstance(original, Message) and original.get_content_type() == "text/rfc822-headers":
            m.attach(original)
        else:
            rp = Message()
            rp.set_type("message/rfc822")
            del rp["MIME-Version"]
            rp.set_payload([original])
            m.attach(rp)
    return m


def headers_part(text):
    p = Message()
    p.set_type("text/rfc822-headers")
    p.set_payload(text)
    return p


def original_request(po, date="Mon, 09 Nov 2026 10:14:22 +0100", to=None):
    o = EmailMessage()
    o["From"] = formataddr((po["buyer"]["name"], po["buyer"]["email"]))
    o["To"] = to or po["supplier"]["email"]
    o["Subject"] = f"PO {po['po_number']} - request for order confirmation"
    o["Date"] = date
    o["Message-ID"] = po.get("request_message_id", f"<po-{po['po_number']}@corvalis-trading.example>")
    o.set_content(request_text(po))
    return o


# ---------------------------------------------------------------- attachments

def _pdf_str(s):
    b = s.encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(blocks, title="Document"):
    """blocks: list of (x, y_start, [lines], size). Draws each line with Tj."""
    content = io.BytesIO()
    for x, y, lines, size in blocks:
        content.write(b"BT\n/F1 %d Tf\n%d TL\n%d %d Td\n" % (size, size + 4, x, y))
        for i, line in enumerate(lines):
            if i:
                content.write(b"T*\n")
            content.write(b"(" + _pdf_str(line) + b") Tj\n")
        content.write(b"ET\n")
    stream = content.getvalue()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + _pdf_str(title) + b") /Producer (ERP PrintServer 7.2) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def simple_pdf(lines, title="Document", size=10):
    return make_pdf([(50, 790, lines, size)], title)


def _esc(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_xlsx(rows, sheet="Sheet1"):
    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{col(ci)}{ri}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_esc(v)}</t></is></c>')
        xr.append(f'<row r="{ri}">' + "".join(cells) + "</row>")
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>' + "".join(xr) + '</sheetData></worksheet>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{_esc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in files.items():
            z.writestr(n, c)
    return buf.getvalue()


PDF = "application", "pdf"
XLSX = "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"
