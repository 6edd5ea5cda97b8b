"""Helpers to build POs, supplier e-mails and labels for batch-dd."""
import datetime as dt
import email.policy
import hashlib
import io
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime

CASES = []
BUYER = {"name": "Lena Okafor", "email": "lena.okafor@brightmoor.example"}
BUYER2 = {"name": "Tomas Reyes", "email": "tomas.reyes@brightmoor.example"}


def case(slug, desc):
    def deco(fn):
        CASES.append((slug, desc, fn))
        return fn
    return deco


def sup(sid, name, addr, locale):
    return {"id": sid, "name": name, "email": addr, "locale": locale}


def L(item, desc, qty, uom, price, date):
    return (item, desc, qty, uom, price, date)


def po(num, supplier, issued, currency, lines, buyer=BUYER, rid=True):
    d = {"po_number": num, "supplier": supplier, "buyer": buyer, "currency": currency, "issued": issued}
    if rid:
        d["request_message_id"] = f"<po-{num}.1@brightmoor.example>"
    d["lines"] = [{"line": i + 1, "item": l[0], "description": l[1], "quantity": l[2], "uom": l[3],
                   "unit_price": l[4], "requested_date": l[5]} for i, l in enumerate(lines)]
    return d


def kw(year, week, day=5):
    return dt.date.fromisocalendar(year, week, day).isoformat()


# ---------------------------------------------------------------- labels
A, R, U = "accepted", "rejected", "unconfirmed"


def ch(q, p, d, schedule=None):
    x = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
    if schedule:
        x["schedule"] = [{"quantity": a, "date": b} for a, b in schedule]
    return x


def conf(p, labels):
    out = {}
    for ln in p["lines"]:
        lab = labels.get(ln["line"], U)
        if lab == A:
            lab = {"status": A, "quantity": ln["quantity"], "unit_price": ln["unit_price"],
                   "date": ln["requested_date"]}
        elif lab in (R, U):
            lab = {"status": lab}
        out[str(ln["line"])] = lab
    return {"po_number": p["po_number"], "lines": out}


def exp(kind, notes, *confs):
    d = {"kind": kind}
    if confs:
        d["confirmations"] = list(confs)
    d["notes"] = notes
    return d


# ---------------------------------------------------------------- mail text
def hdate(s):
    """'2026-11-12 08:41 +0100' -> RFC 5322 date."""
    d, t, z = s.split()
    sign = 1 if z[0] == "+" else -1
    tz = dt.timezone(sign * dt.timedelta(hours=int(z[1:3]), minutes=int(z[3:5])))
    return format_datetime(dt.datetime.fromisoformat(f"{d}T{t}:00").replace(tzinfo=tz))


def po_table(p, price=True):
    rows = [f"{'Ln':<3} {'Item':<14} {'Description':<34} {'Qty':>6} {'UoM':<4} {'Unit price':>11} {'Need-by':<10}"]
    for l in p["lines"]:
        rows.append(f"{l['line']:<3} {l['item']:<14} {l['description'][:34]:<34} {l['quantity']:>6} {l['uom']:<4} "
                    f"{l['unit_price'] + ' ' + p['currency']:>11} {l['requested_date']}")
    return "\n".join(rows)


def request_text(p):
    b = p["buyer"]
    return (f"Dear {p['supplier']['name']} team,\n\n"
            f"please find our purchase order {p['po_number']} dated {p['issued']} below and attached.\n"
            f"Kindly confirm quantities, prices and delivery dates by return mail.\n\n"
            f"{po_table(p)}\n\n"
            f"Delivery to: Brightmoor Trading BV, Dock 4, Havenweg 12, 3089 KM Rotterdam, NL\n"
            f"Payment terms: 30 days net. Please quote our PO number on all documents.\n\n"
            f"Kind regards\n{b['name']}\nPurchasing | Brightmoor Trading BV\n+31 10 555 0142\n")


def req_subject(p):
    return f"Purchase order {p['po_number']} - confirmation requested"


def req_date(p, hour="09:12"):
    d = dt.date.fromisoformat(p["issued"])
    return hdate(f"{d.isoformat()} {hour} +0100")


def q_outlook(p, labels=("From", "Sent", "To", "Subject")):
    b = p["buyer"]
    return (f"\n\n________________________________\n{labels[0]}: {b['name']} <{b['email']}>\n"
            f"{labels[1]}: {req_date(p)}\n{labels[2]}: {p['supplier']['email']}\n"
            f"{labels[3]}: {req_subject(p)}\n\n" + request_text(p))


def q_gt(p, intro=None):
    b = p["buyer"]
    intro = intro or f"On {req_date(p)[:16]}, {b['name']} <{b['email']}> wrote:"
    return "\n\n" + intro + "\n" + "\n".join(("> " + x).rstrip() for x in request_text(p).splitlines()) + "\n"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def po_html(p):
    cells = "".join(
        f"<tr><td>{l['line']}</td><td>{esc(l['item'])}</td><td>{esc(l['description'])}</td><td align=right>{l['quantity']}</td>"
        f"<td>{l['uom']}</td><td align=right>{l['unit_price']} {p['currency']}</td><td>{l['requested_date']}</td></tr>"
        for l in p["lines"])
    return ("<table border=1 cellspacing=0 cellpadding=3><tr><th>Ln</th><th>Item</th><th>Description</th><th>Qty</th>"
            "<th>UoM</th><th>Unit price</th><th>Need-by</th></tr>" + cells + "</table>")


def q_html(p, intro=None):
    b = p["buyer"]
    intro = intro or f"On {req_date(p)[:16]}, {esc(b['name'])} &lt;{b['email']}&gt; wrote:"
    return (f"<div class=gmail_quote><div>{intro}</div><blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;"
            f"padding-left:1ex\"><p>Dear {esc(p['supplier']['name'])} team,</p><p>please find our purchase order "
            f"{p['po_number']} below. Kindly confirm quantities, prices and delivery dates.</p>{po_html(p)}"
            f"<p>Kind regards<br>{esc(b['name'])}<br>Purchasing | Brightmoor Trading BV</p></blockquote></div>")


def html_doc(inner):
    return f"<html><head><meta charset=\"utf-8\"></head><body>{inner}</body></html>\n"


# ---------------------------------------------------------------- mail build
def mail(slug, p, frm, date, subject=None, text=None, html=None, charset="utf-8", cte=None,
         thread=True, attachments=(), to=None, headers=(), html_charset=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to or f"{p['buyer']['name']} <{p['buyer']['email']}>"
    m["Subject"] = subject if subject is not None else "RE: " + req_subject(p)
    m["Date"] = hdate(date)
    dom = frm.split("@")[-1].rstrip(">").strip()
    m["Message-ID"] = f"<{hashlib.sha1(slug.encode()).hexdigest()[:16]}.{slug[:3]}@{dom}>"
    if thread and p.get("request_message_id"):
        rid = thread if isinstance(thread, str) else p["request_message_id"]
        m["In-Reply-To"] = rid
        m["References"] = rid
    for k, v in headers:
        m[k] = v
    m["MIME-Version"] = "1.0"
    kw_ = {"charset": charset}
    if cte:
        kw_["cte"] = cte
    if text is not None:
        m.set_content(text, **kw_)
        if html is not None:
            m.add_alternative(html, subtype="html", charset=html_charset or charset, **({"cte": cte} if cte else {}))
    else:
        m.set_content(html, subtype="html", **kw_)
    for fname, ctype, data in attachments:
        mt, st = ctype.split("/")
        if mt == "text":
            m.add_attachment(data, subtype=st, filename=fname, charset="utf-8")
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    return m.as_bytes(policy=email.policy.default)


def raw(s):
    """A hand-written message (bounces etc.): normalise newlines."""
    return s.lstrip("\n").replace("\r\n", "\n").encode("utf-8")


# ---------------------------------------------------------------- attachments
def pdf(lines):
    def e(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 10 Tf 14 TL 50 800 Td\n" + "".join(f"({e(x)}) '\n" for x in lines) + "ET\n"
    cb = content.encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length " + str(len(cb)).encode() + b" >>\nstream\n" + cb + b"endstream"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(out.tell())
        out.write(f"{i + 1} 0 obj\n".encode() + o + b"\nendobj\n")
    x = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode())
    return out.getvalue()


def xlsx(rows):
    def col(i):
        return chr(65 + i)
    sd = []
    for r, row in enumerate(rows, 1):
        cs = []
        for c, v in enumerate(row):
            ref = f"{col(c)}{r}"
            if isinstance(v, (int, float)):
                cs.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cs.append(f'<c r="{ref}" t="inlineStr"><is><t>{esc(str(v))}</t></is></c>')
        sd.append(f'<row r="{r}">' + "".join(cs) + "</row>")
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             "<sheetData>" + "".join(sd) + "</sheetData></worksheet>")
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
            zi = zipfile.ZipInfo(n, (2026, 11, 10, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, c)
    return buf.getvalue()


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def dsn(slug, p, mta_from, date, subject, human, rcpt, status, diag, reporting_mta, orig_date=None):
    """multipart/report bounce of our request mail."""
    b = p["buyer"]
    bnd = "=_dsn_" + hashlib.md5(slug.encode()).hexdigest()[:12]
    mid = f"<{hashlib.sha1(slug.encode()).hexdigest()[:14]}@{reporting_mta}>"
    return raw(f"""
From: {mta_from}
To: {b['name']} <{b['email']}>
Subject: {subject}
Date: {hdate(date)}
Message-ID: {mid}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="{bnd}"

This is a MIME-encapsulated message.

--{bnd}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{human}

--{bnd}
Content-Type: message/delivery-status

Reporting-MTA: dns; {reporting_mta}
Arrival-Date: {orig_date or req_date(p)}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822; {rcpt}
Action: failed
Status: {status}
Diagnostic-Code: smtp; {diag}

--{bnd}
Content-Type: text/rfc822-headers

From: {b['name']} <{b['email']}>
To: {rcpt}
Subject: {req_subject(p)}
Date: {req_date(p)}
Message-ID: {p.get('request_message_id', '<x@brightmoor.example>')}

--{bnd}--
""")
