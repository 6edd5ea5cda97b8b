"""Helpers to build held-out supplier-reply cases (standard library only, deterministic)."""
import base64, binascii, datetime as dt, io, json, zipfile
from email.header import Header
from email.utils import formataddr

OUR_DOMAIN = "northgate-supply.example"
OUR_CO = "Northgate Industrial Supply"
BUYERS = {
    "dana": ("Dana Ruiz", "dana.ruiz@northgate-supply.example"),
    "martin": ("Martin Keller", "martin.keller@northgate-supply.example"),
    "priya": ("Priya Natarajan", "priya.natarajan@northgate-supply.example"),
    "tom": ("Tom Ashby", "tom.ashby@northgate-supply.example"),
}
CASES = []


# ---------------------------------------------------------------- POs
def PO(num, sup, buyer, currency, issued, lines, reqid=True):
    """sup = (id, name, email, locale); lines = [(item, desc, qty, uom, price, date), ...]"""
    bname, bmail = BUYERS[buyer]
    po = {
        "po_number": num,
        "supplier": {"id": sup[0], "name": sup[1], "email": sup[2], "locale": sup[3]},
        "buyer": {"name": bname, "email": bmail},
        "currency": currency,
        "issued": issued,
    }
    if reqid:
        po["request_message_id"] = f"<po-{num}.1@{OUR_DOMAIN}>"
    po["lines"] = [
        {"line": i + 1, "item": l[0], "description": l[1], "quantity": l[2], "uom": l[3],
         "unit_price": l[4], "requested_date": l[5]} for i, l in enumerate(lines)]
    return po


def line(po, n):
    return po["lines"][n - 1]


def conf(po, spec=None, default="A"):
    """spec: {line: 'A' | 'R' | 'U' | dict(q=, p=, d=, s=[(q, date), ...])}"""
    spec = spec or {}
    out = {}
    for l in po["lines"]:
        s = spec.get(l["line"], default)
        if s == "A":
            out[str(l["line"])] = {"status": "accepted", "quantity": l["quantity"],
                                   "unit_price": l["unit_price"], "date": l["requested_date"]}
        elif s == "R":
            out[str(l["line"])] = {"status": "rejected"}
        elif s == "U":
            out[str(l["line"])] = {"status": "unconfirmed"}
        else:
            d = {"status": "changed", "quantity": s.get("q", l["quantity"]),
                 "unit_price": s.get("p", l["unit_price"]), "date": s.get("d", l["requested_date"])}
            if "s" in s:
                d["schedule"] = [{"quantity": q, "date": dd} for q, dd in s["s"]]
            out[str(l["line"])] = d
    return {"po_number": po["po_number"], "lines": out}


def kw(year, week, wd=5):
    return dt.date.fromisocalendar(year, week, wd).isoformat()


def plus_days(datestr, n):
    return (dt.date.fromisoformat(datestr) + dt.timedelta(days=n)).isoformat()


# ---------------------------------------------------------------- registry
def add(slug, kind, locale, desc, pos, eml, notes, confs=None):
    exp = {"kind": kind}
    if kind == "confirmation":
        exp["confirmations"] = confs
    exp["notes"] = notes
    CASES.append({"slug": slug, "kind": kind, "locale": locale, "desc": desc,
                  "pos": pos, "eml": eml, "expected": exp})


# ---------------------------------------------------------------- MIME
class Part:
    def __init__(self, headers, body: bytes):
        self.headers = headers
        self.body = body

    def render(self) -> bytes:
        h = "".join(f"{k}: {v}\n" for k, v in self.headers)
        return h.encode("ascii") + b"\n" + self.body


def _enc(data: bytes, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        out = binascii.b2a_qp(data, istext=True)
        return out if out.endswith(b"\n") else out + b"\n"
    return data if data.endswith(b"\n") else data + b"\n"


def text(s, sub="plain", cs="utf-8", cte="quoted-printable", csq=True, extra=(), fmt=None):
    data = s.encode(cs)
    if cte == "7bit":
        data.decode("ascii")
    ct = f'text/{sub}; charset="{cs}"' if csq else f"text/{sub}; charset={cs}"
    if fmt:
        ct += "; " + fmt
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra), _enc(data, cte))


def multi(sub, parts, boundary, preamble=None, params=""):
    ct = f'multipart/{sub}; boundary="{boundary}"' + params
    body = b""
    if preamble:
        body += preamble.encode() + b"\n"
    for p in parts:
        body += b"\n--" + boundary.encode() + b"\n" + p.render()
    body += b"\n--" + boundary.encode() + b"--\n"
    return Part([("Content-Type", ct)], body.lstrip(b"\n") if not preamble else body)


def attach(data: bytes, ctype, filename, cte="base64", inline=False):
    fn = filename if all(ord(c) < 128 for c in filename) else Header(filename, "utf-8").encode()
    disp = "inline" if inline else "attachment"
    return Part([("Content-Type", f'{ctype}; name="{fn}"'),
                 ("Content-Disposition", f'{disp}; filename="{fn}"'),
                 ("Content-Transfer-Encoding", cte)], _enc(data, cte))


def raw(ctype, body: str, extra=()):
    return Part([("Content-Type", ctype)] + list(extra), body.encode("utf-8"))


def hdr(s, cs="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, cs).encode(maxlinelen=76)


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email))
    return f"{Header(name, cs).encode()} <{email}>"


def D(s, tz="+0100"):
    """'2026-11-12 09:14' + zone -> RFC 5322 date"""
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()]
    mo = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.month - 1]
    return f"{wd}, {d.day} {mo} {d.year} {d:%H:%M}:{(d.day * 7 + d.hour) % 60:02d} {tz}"


def message(frm, to, subject, date, msgid, root: Part, reply_to=None, refs=None, extra=(), cc=None,
            subj_cs="utf-8", mime=True):
    """reply_to: request message id (sets In-Reply-To/References)."""
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject, subj_cs)), ("Date", date), ("Message-ID", msgid)]
    if reply_to:
        h.append(("In-Reply-To", reply_to))
        h.append(("References", refs or reply_to))
    h += list(extra)
    if mime:
        h.append(("MIME-Version", "1.0"))
    head = "".join(f"{k}: {v}\n" for k, v in h).encode("ascii")
    out = head + root.render()
    return out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def buyer_addr(po):
    return addr(po["buyer"]["name"], po["buyer"]["email"])


def req_subject(po):
    return f"Purchase order {po['po_number']} - please confirm"


def req_date(po, hm="10:05"):
    return dt.datetime.strptime(po["issued"] + " " + hm, "%Y-%m-%d %H:%M")


# ---------------------------------------------------------------- our request, as quoted
def req_table(po):
    rows = [f"{'Ln':<3} {'Item':<14} {'Description':<34} {'Qty':>6} {'UoM':<4} {'Unit price':>10}  Need by"]
    for l in po["lines"]:
        rows.append(f"{l['line']:<3} {l['item']:<14} {l['description'][:34]:<34} {l['quantity']:>6} "
                    f"{l['uom']:<4} {l['unit_price']:>10}  {l['requested_date']}")
    return rows


def req_text(po, contact=None):
    t = [f"Dear {contact or po['supplier']['name'] + ' team'},", "",
         f"please find below our purchase order {po['po_number']} dated {po['issued']}.",
         "Kindly confirm quantities, prices and delivery dates by return.", ""]
    t += req_table(po)
    t += ["", f"Currency: {po['currency']}. Delivery to: {OUR_CO}, Dock 3, 1180 Harbor Road, Riverton.",
          "Our general terms of purchase apply.", "", "Best regards", po["buyer"]["name"],
          f"Purchasing | {OUR_CO}"]
    return "\n".join(t)


def req_html(po, contact=None):
    rows = "".join(
        f"<tr><td>{l['line']}</td><td>{l['item']}</td><td>{l['description']}</td><td>{l['quantity']}</td>"
        f"<td>{l['uom']}</td><td>{l['unit_price']}</td><td>{l['requested_date']}</td></tr>" for l in po["lines"])
    return (f"<p>Dear {contact or po['supplier']['name'] + ' team'},</p>"
            f"<p>please find below our purchase order {po['po_number']} dated {po['issued']}.<br>"
            "Kindly confirm quantities, prices and delivery dates by return.</p>"
            "<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\"><tr><th>Ln</th><th>Item</th><th>Description</th>"
            "<th>Qty</th><th>UoM</th><th>Unit price</th><th>Need by</th></tr>" + rows + "</table>"
            f"<p>Currency: {po['currency']}. Delivery to: {OUR_CO}, Dock 3, 1180 Harbor Road, Riverton.<br>"
            "Our general terms of purchase apply.</p>"
            f"<p>Best regards<br>{po['buyer']['name']}<br>Purchasing | {OUR_CO}</p>")


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "pt": ("De", "Enviada em", "Para", "Assunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "sv": ("Från", "Skickat", "Till", "Ämne"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"),
}


def q_outlook(po, lang="en", sent=None, contact=None, sep="_" * 32):
    f, s, t, sj = OUTLOOK_LABELS[lang]
    colon = " :" if lang == "fr" else ":"
    d = req_date(po)
    sent = sent or d.strftime("%A, %B %-d, %Y %-I:%M %p")
    return "\n".join([sep, f"{f}{colon} {po['buyer']['name']} <{po['buyer']['email']}>", f"{s}{colon} {sent}",
                      f"{t}{colon} {po['supplier']['email']}", f"{sj}{colon} {req_subject(po)}", "",
                      req_text(po, contact)])


def q_gt(po, attribution, contact=None):
    body = req_text(po, contact)
    return attribution + "\n" + "\n".join(("> " + x) if x else ">" for x in body.split("\n"))


def q_html(po, attribution, contact=None):
    return (f"<div>{attribution}</div><blockquote type=\"cite\" style=\"margin:0 0 0 .8ex;border-left:1px solid "
            f"#ccc;padding-left:1ex\">{req_html(po, contact)}</blockquote>")


def html_doc(inner, head=""):
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">" + head +
            "</head><body>" + inner + "</body></html>")


# ---------------------------------------------------------------- attachments
def pdf(lines, font="Courier", size=9):
    """Minimal one-page PDF with a real text layer (WinAnsi)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = [f"BT /F1 {size} Tf {size + 3} TL 40 800 Td"]
    for i, ln in enumerate(lines):
        ops.append(f"({esc(ln)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        f"<< /Type /Font /Subtype /Type1 /BaseFont /{font} /Encoding /WinAnsiEncoding >>".encode(),
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Producer (ERP PrintServer 7.2) /CreationDate (D:20261110083000+01'00') >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += f"{i + 1} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Sheet1"):
    from xml.sax.saxutils import escape
    sd = []
    for r, row in enumerate(rows):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r + 1}"
            if v is None:
                continue
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(v))}</t></is></c>')
        sd.append(f'<row r="{r + 1}">' + "".join(cells) + "</row>")
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + "".join(sd) + "</sheetData></worksheet>",
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 10, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


# ---------------------------------------------------------------- DSN
def dsn(reporting_mta, arrival, recipient, action, status, diag, remote_mta=None, extra_per_msg=""):
    s = f"Reporting-MTA: dns; {reporting_mta}\n"
    if extra_per_msg:
        s += extra_per_msg
    s += f"Arrival-Date: {arrival}\n\nFinal-Recipient: rfc822; {recipient}\nAction: {action}\nStatus: {status}\n"
    if remote_mta:
        s += f"Remote-MTA: dns; {remote_mta}\n"
    s += f"Diagnostic-Code: smtp; {diag}\n"
    return Part([("Content-Type", "message/delivery-status")], s.encode())


def orig_headers(po, date_hm="10:05", tz="+0100"):
    d = req_date(po, date_hm)
    return (f"From: {buyer_addr(po)}\nTo: {po['supplier']['email']}\nSubject: {req_subject(po)}\n"
            f"Date: {D(d.strftime('%Y-%m-%d %H:%M'), tz)}\nMessage-ID: {po['request_message_id']}\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n")


def orig_message(po, date_hm="10:05", tz="+0100"):
    body = req_text(po).encode("utf-8")
    return Part([("Content-Type", "message/rfc822")],
                orig_headers(po, date_hm, tz).replace("Content-Type: text/plain; charset=\"utf-8\"\n",
                "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n").encode() + b"\n" + body + b"\n")
