"""Helpers for building held-out supplier-reply cases (stdlib only, deterministic)."""
import base64, quopri, io, zipfile, datetime as dt, json

CASES = []

def case(slug, kind, locale, desc):
    def deco(fn):
        CASES.append(dict(slug=slug, kind=kind, locale=locale, desc=desc, fn=fn))
        return fn
    return deco

OURDOM = "nordhaven-supply.example"
BUYERS = {
    "dana": ("Dana Ruiz", "dana.ruiz@" + OURDOM),
    "jonas": ("Jonas Berg", "jonas.berg@" + OURDOM),
    "priya": ("Priya Nair", "priya.nair@" + OURDOM),
    "tomas": ("Tomas Lindqvist", "tomas.lindqvist@" + OURDOM),
}

def D(s):
    return dt.date.fromisoformat(s)

def wk(year, week, day=5):
    """ISO week -> date (default Friday)."""
    return dt.date.fromisocalendar(year, week, day).isoformat()

def plus(date_iso, days):
    return (D(date_iso) + dt.timedelta(days=days)).isoformat()

def next_wd(date_iso, weekday):
    """next given weekday (0=Mon) strictly after date."""
    d = D(date_iso)
    n = (weekday - d.weekday()) % 7 or 7
    return (d + dt.timedelta(days=n)).isoformat()

_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

def rfcdate(iso, hm="10:00:00", tz="+0100"):
    d = D(iso)
    return f"{_WD[d.weekday()]}, {d.day} {_MO[d.month-1]} {d.year} {hm} {tz}"

class Sup:
    def __init__(self, sid, name, email, locale, contact=None):
        self.id, self.name, self.email, self.locale = sid, name, email, locale
        self.contact = contact
        self.domain = email.split("@")[1]

def PO(num, sup, cur, issued, lines, buyer="dana", rid=True):
    bn, be = BUYERS[buyer]
    po = {
        "po_number": num,
        "supplier": {"id": sup.id, "name": sup.name, "email": sup.email, "locale": sup.locale},
        "buyer": {"name": bn, "email": be},
        "currency": cur,
        "issued": issued,
    }
    if rid:
        po["request_message_id"] = f"<po-{num}.1@{OURDOM}>"
    po["lines"] = []
    for i, (item, desc, qty, uom, price, date) in enumerate(lines, 1):
        po["lines"].append({"line": i, "item": item, "description": desc, "quantity": qty,
                            "uom": uom, "unit_price": price, "requested_date": date})
    return po

def req_subject(po):
    return f"Purchase order {po['po_number']} - please confirm"

def req_date(po):
    return rfcdate(po["issued"], "09:12:40", "+0100")

def req_table(po):
    rows = [f"{'Ln':<3} {'Item':<14} {'Description':<36} {'Qty':>6} {'UoM':<4} {'Unit price':>11} {'Need by':<10}"]
    for l in po["lines"]:
        rows.append(f"{l['line']:<3} {l['item']:<14} {l['description'][:36]:<36} {l['quantity']:>6} {l['uom']:<4} "
                    f"{l['unit_price'] + ' ' + po['currency']:>11} {l['requested_date']:<10}")
    return rows

def req_text(po, greet=None):
    bn = po["buyer"]["name"]
    lines = [f"Dear {greet or 'Sir or Madam'},", "",
             f"please find below our purchase order {po['po_number']} dated {po['issued']}.",
             "Kindly confirm quantity, unit price and delivery date for each line by return mail.", ""]
    lines += req_table(po)
    lines += ["", "Delivery address: Nordhaven Supply B.V., Waalhaven Z.z. 41, 3089 JH Rotterdam, NL",
              "", "Kind regards", bn, "Purchasing | Nordhaven Supply B.V.", "+31 10 555 0142"]
    return "\n".join(lines)

OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject", "-----Original Message-----"),
    "de": ("Von", "Gesendet", "An", "Betreff", "-----Ursprüngliche Nachricht-----"),
    "fr": ("De", "Envoyé", "À", "Objet", "-----Message d'origine-----"),
    "es": ("De", "Enviado el", "Para", "Asunto", "-----Mensaje original-----"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", "-----Oorspronkelijk bericht-----"),
    "pl": ("Od", "Wysłano", "Do", "Temat", "-----Wiadomość oryginalna-----"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět", "-----Původní zpráva-----"),
    "it": ("Da", "Inviato", "A", "Oggetto", "-----Messaggio originale-----"),
    "pt": ("De", "Enviada em", "Para", "Assunto", "-----Mensagem original-----"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu", "-----Özgün İleti-----"),
    "sv": ("Från", "Skickat", "Till", "Ämne", "-----Ursprungligt meddelande-----"),
}

def q_outlook(po, lang="en", sent=None, underscore=False):
    f, s, t, sub, sep = OUTLOOK_LABELS[lang]
    bn, be = po["buyer"]["name"], po["buyer"]["email"]
    head = ("_" * 32) if underscore else sep
    return (f"\n\n{head}\n{f}: {bn} <{be}>\n{s}: {sent or po['issued'] + ' 09:12'}\n"
            f"{t}: {po['supplier']['email']}\n{sub}: {req_subject(po)}\n\n{req_text(po)}\n")

def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))

def q_gmail(po, intro):
    return f"\n\n{intro}\n\n{gt(req_text(po))}\n"

def html_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def req_html(po):
    rows = "".join(
        f"<tr><td>{l['line']}</td><td>{l['item']}</td><td>{html_esc(l['description'])}</td>"
        f"<td align=\"right\">{l['quantity']}</td><td>{l['uom']}</td>"
        f"<td align=\"right\">{l['unit_price']} {po['currency']}</td><td>{l['requested_date']}</td></tr>"
        for l in po["lines"])
    return (f"<p>Dear Sir or Madam,</p><p>please find below our purchase order {po['po_number']} dated "
            f"{po['issued']}.<br>Kindly confirm quantity, unit price and delivery date for each line by return mail.</p>"
            f"<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\"><tr><th>Ln</th><th>Item</th><th>Description</th>"
            f"<th>Qty</th><th>UoM</th><th>Unit price</th><th>Need by</th></tr>{rows}</table>"
            f"<p>Kind regards<br>{po['buyer']['name']}<br>Purchasing | Nordhaven Supply B.V.</p>")

def q_html(po, intro):
    return (f"<div><br></div><div>{html_esc(intro)}</div>"
            f"<blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">{req_html(po)}</blockquote>")

# ---------------------------------------------------------------- MIME
def _enc_word(s, cs="utf-8", mode="B"):
    if all(ord(c) < 128 for c in s):
        return s
    out, chunk = [], ""
    for ch in s:
        if len((chunk + ch).encode(cs)) > 42:
            out.append(chunk); chunk = ""
        chunk += ch
    if chunk:
        out.append(chunk)
    words = []
    for c in out:
        b = c.encode(cs)
        if mode == "B":
            words.append(f"=?{cs}?B?{base64.b64encode(b).decode()}?=")
        else:
            q = "".join(chr(x) if (chr(x).isalnum() and x < 128) else ("_" if x == 32 else f"={x:02X}") for x in b)
            words.append(f"=?{cs}?Q?{q}?=")
    return "\n ".join(words)

def addr(name, email, cs="utf-8", mode="B"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ",.()"):
            name = '"' + name + '"'
        return f"{name} <{email}>"
    return f"{_enc_word(name, cs, mode)} <{email}>"

def _body(data, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(data).replace(b"\r", b"")
    if cte == "base64":
        return base64.encodebytes(data)
    return data

class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None):
        self.headers, self.body, self.children, self.boundary = headers, body, children, boundary

def text(s, sub="plain", cs="utf-8", cte="quoted-printable", flowed=False, extra=()):
    ct = f"text/{sub}; charset=\"{cs}\"" + ("; format=flowed" if flowed else "")
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra),
                _body(s.encode(cs), cte))

def mp(sub, *parts, boundary=None, extra=()):
    return Part([("Content-Type", f"multipart/{sub};\n\tboundary=\"{{B}}\"")] + list(extra), children=list(parts),
                boundary=boundary)

def att(data, ctype, name, cte="base64", disp="attachment"):
    return Part([("Content-Type", f"{ctype}; name=\"{name}\""),
                 ("Content-Disposition", f"{disp}; filename=\"{name}\""),
                 ("Content-Transfer-Encoding", cte)], _body(data, cte))

def raw_part(headers, body_bytes):
    return Part(headers, body_bytes)

def _render(p, ctr, tag):
    if p.children is not None:
        ctr[0] += 1
        b = p.boundary or f"----=_NextPart_{ctr[0]:03d}_{tag}"
        hdrs = [(k, v.replace("{B}", b)) for k, v in p.headers]
        out = "".join(f"{k}: {v}\n" for k, v in hdrs).encode() + b"\n"
        out += b"This is a multi-part message in MIME format.\n\n" if ctr[0] == 1 else b""
        for c in p.children:
            out += f"--{b}\n".encode() + _render(c, ctr, tag)
            if not out.endswith(b"\n"):
                out += b"\n"
        out += f"--{b}--\n".encode()
        return out
    return "".join(f"{k}: {v}\n" for k, v in p.headers).encode() + b"\n" + p.body

def mail(frm, to, subject, date, msgid, body, in_reply_to=None, references=None, extra=(), subj_cs="utf-8",
         subj_mode="B", tag="x", cc=None):
    h = []
    for k, v in extra:
        if k.startswith("!"):
            h.append((k[1:], v))
    h += [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", _enc_word(subject, subj_cs, subj_mode)), ("Date", date), ("Message-ID", msgid)]
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    if references:
        h.append(("References", references))
    h += [(k, v) for k, v in extra if not k.startswith("!")]
    h.append(("MIME-Version", "1.0"))
    out = "".join(f"{k}: {v}\n" for k, v in h).encode() + _render(body, [0], tag)
    if not out.endswith(b"\n"):
        out += b"\n"
    return out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")

def reply(po, frm, subject, date, msgid, body, thread=True, **kw):
    """Reply to our request for po (From supplier, To buyer)."""
    to = addr(po["buyer"]["name"], po["buyer"]["email"])
    rid = po.get("request_message_id") if thread else None
    return mail(frm, to, subject, date, msgid, body, in_reply_to=rid, references=rid, **kw)

# ---------------------------------------------------------------- attachments
def pdf(lines, title="Order confirmation"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT\n/F1 10 Tf\n14 TL\n50 800 Td\n" + "".join(f"({esc(l)}) Tj T*\n" for l in lines) + "ET\n"
    cb = content.encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(cb)).encode() + b" >>\nstream\n" + cb + b"endstream",
        b"<< /Title (" + esc(title).encode("cp1252") + b") /Producer (ERP PrintServer 7.2) /CreationDate (D:20261110080000+01'00') >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out

def xlsx(rows, sheet="Sheet1"):
    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    def cell(r, c, v):
        ref = f"{col(c)}{r+1}"
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return f'<c r="{ref}"><v>{v}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{html_esc(str(v))}</t></is></c>'
    sd = "".join(f'<row r="{r+1}">' + "".join(cell(r, c, v) for c, v in enumerate(row)) + "</row>"
                 for r, row in enumerate(rows))
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        ("xl/worksheets/sheet1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{sd}</sheetData></worksheet>'),
    ]
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in files:
            zi = zipfile.ZipInfo(n, date_time=(2026, 11, 10, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, c.encode("utf-8"))
    return bio.getvalue()

XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# ---------------------------------------------------------------- expected
def _line(po, n):
    return po["lines"][n - 1]

def conf_entry(po, spec):
    lines = {}
    for l in po["lines"]:
        n = l["line"]
        s = spec.get(n, "U")
        if s == "A":
            lines[str(n)] = {"status": "accepted", "quantity": l["quantity"], "unit_price": l["unit_price"],
                             "date": l["requested_date"]}
        elif s == "R":
            lines[str(n)] = {"status": "rejected"}
        elif s == "U":
            lines[str(n)] = {"status": "unconfirmed"}
        else:
            d = {"status": "changed", "quantity": s.get("q", l["quantity"]),
                 "unit_price": s.get("p", l["unit_price"]), "date": s.get("d", l["requested_date"])}
            if "s" in s:
                d["schedule"] = [{"quantity": q, "date": dd} for q, dd in s["s"]]
                if "q" not in s:
                    d["quantity"] = sum(q for q, _ in s["s"])
                if "d" not in s:
                    d["date"] = s["s"][-1][1]
            lines[str(n)] = d
    return {"po_number": po["po_number"], "lines": lines}

def conf(notes, *pairs):
    return {"kind": "confirmation", "confirmations": [conf_entry(po, spec) for po, spec in pairs], "notes": notes}

def other(kind, notes):
    return {"kind": kind, "notes": notes}
