"""Helpers: POs, labels, hand-built MIME messages, PDF/XLSX attachments."""
import base64, datetime as dt, hashlib, io, json, quopri, zipfile
from email.header import Header
from email.utils import formataddr, format_datetime
from decimal import Decimal

CASES = []
BUYERS = [
    {"name": "Dana Ruiz", "email": "dana.ruiz@halvard-trading.example"},
    {"name": "Jonas Berglund", "email": "jonas.berglund@halvard-trading.example"},
    {"name": "Priya Natarajan", "email": "priya.natarajan@halvard-trading.example"},
]


def case(slug, locale, desc):
    """Decorator: the function returns (pos, eml_bytes, expected)."""
    def deco(fn):
        CASES.append((slug, locale, desc, fn))
        return fn
    return deco


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def po(num, supplier, issued, currency, lines, buyer=0, rid=True):
    d = {"po_number": num, "supplier": supplier, "buyer": BUYERS[buyer], "currency": currency,
         "issued": issued}
    if rid:
        d["request_message_id"] = rid if isinstance(rid, str) else f"<ack-req.{num}.{issued.replace('-', '')}@erp.halvard-trading.example>"
    d["lines"] = [{"line": i + 1, "item": it, "description": de, "quantity": q, "uom": u,
                   "unit_price": p, "requested_date": rd} for i, (it, de, q, u, p, rd) in enumerate(lines)]
    return d


# ---------------------------------------------------------------- labels
A = {"status": "accepted"}
R = {"status": "rejected"}
U = {"status": "unconfirmed"}


def C(q=None, p=None, d=None, sched=None):
    x = {"status": "changed", "_q": q, "_p": p, "_d": d}
    if sched:
        x["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
    return x


def conf(p, labels):
    out = {}
    for ln in p["lines"]:
        lab = labels.get(ln["line"], U)
        if lab["status"] == "accepted":
            lab = {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
                   "date": ln["requested_date"]}
        elif lab["status"] == "changed":
            sch = lab.get("schedule")
            q = lab["_q"] or (sum(s["quantity"] for s in sch) if sch else ln["quantity"])
            d = lab["_d"] or (max(s["date"] for s in sch) if sch else ln["requested_date"])
            new = {"status": "changed", "quantity": q, "unit_price": lab["_p"] or ln["unit_price"], "date": d}
            if sch:
                new["schedule"] = sch
            lab = new
        else:
            lab = dict(lab)
        out[str(ln["line"])] = lab
    return {"po_number": p["po_number"], "lines": out}


def expected(kind, notes, *confs):
    e = {"kind": kind}
    if confs:
        e["confirmations"] = list(confs)
    e["notes"] = notes
    return e


# ---------------------------------------------------------------- our request text (for quoting)
def fmt_table(p):
    rows = ["Line  Item            Description                         Qty  UoM  Unit price    Need by"]
    for l in p["lines"]:
        rows.append(f"{l['line']:<5} {l['item']:<15} {l['description'][:35]:<35} {l['quantity']:>4}  {l['uom']:<4} "
                    f"{l['unit_price']:>9} {p['currency']}  {l['requested_date']}")
    return "\n".join(rows)


def request_text(p):
    b = p["buyer"]["name"]
    return (f"Dear {p['supplier']['name']} team,\n\n"
            f"please confirm our purchase order {p['po_number']} dated {p['issued']} "
            f"(quantities, prices and delivery dates per line):\n\n{fmt_table(p)}\n\n"
            f"Please reply to this e-mail with your order confirmation.\n\n"
            f"Kind regards\n{b}\nPurchasing | Halvard Trading GmbH\n")


def request_html(p):
    rows = "".join(f"<tr><td>{l['line']}</td><td>{l['item']}</td><td>{l['description']}</td>"
                   f"<td align=right>{l['quantity']}</td><td>{l['uom']}</td><td align=right>{l['unit_price']} {p['currency']}</td>"
                   f"<td>{l['requested_date']}</td></tr>" for l in p["lines"])
    return (f"<p>Dear {p['supplier']['name']} team,</p><p>please confirm our purchase order <b>{p['po_number']}</b> "
            f"dated {p['issued']}:</p><table border=1 cellspacing=0 cellpadding=3><tr><th>Line</th><th>Item</th>"
            f"<th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Need by</th></tr>{rows}</table>"
            f"<p>Kind regards<br>{p['buyer']['name']}<br>Purchasing | Halvard Trading GmbH</p>")


def req_subject(p):
    return f"Order confirmation request - PO {p['po_number']}"


def req_date(p, hour=9):
    d = dt.date.fromisoformat(p["issued"])
    return dt.datetime(d.year, d.month, d.day, hour, 12, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def gt(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def outlook_quote(p, labels=("From", "Sent", "To", "Subject"), sent=None):
    f, s, t, su = labels
    sent = sent or req_date(p).strftime("%A, %B %d, %Y %I:%M %p").replace(" 0", " ")
    return (f"\n________________________________\n{f}: {p['buyer']['name']} <{p['buyer']['email']}>\n"
            f"{s}: {sent}\n{t}: {p['supplier']['email']}\n{su}: {req_subject(p)}\n\n" + request_text(p))


def gmail_quote(p, intro=None):
    intro = intro or f"On {req_date(p).strftime('%a, %b %d, %Y at %H:%M')} {p['buyer']['name']} <{p['buyer']['email']}> wrote:"
    return "\n\n" + intro + "\n" + gt(request_text(p)) + "\n"


def html_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text2html(s):
    return "<br>\n".join(html_esc(l) for l in s.split("\n"))


# ---------------------------------------------------------------- MIME building (by hand, full control)
def _boundary(seed):
    return "----=_NextPart_" + hashlib.md5(seed.encode()).hexdigest()[:24]


def encode_body(b, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    if cte == "base64":
        return base64.encodebytes(b)
    return b


class Leaf:
    def __init__(self, ctype, data, cte, params="", headers=()):
        self.ctype, self.data, self.cte, self.params, self.headers = ctype, data, cte, params, list(headers)

    def render(self, seed):
        h = [f"Content-Type: {self.ctype}{self.params}"]
        if self.cte:
            h.append(f"Content-Transfer-Encoding: {self.cte}")
        h += self.headers
        body = encode_body(self.data, self.cte)
        if not body.endswith(b"\n"):
            body += b"\n"
        return "\n".join(h).encode() + b"\n\n" + body


class Multi:
    def __init__(self, sub, parts, params=""):
        self.sub, self.parts, self.params = sub, parts, params

    def render(self, seed):
        bd = _boundary(seed + self.sub + str(len(self.parts)))
        out = [f"Content-Type: multipart/{self.sub}; boundary=\"{bd}\"{self.params}".encode(), b"", b"This is a multi-part message in MIME format.", b""]
        for i, p in enumerate(self.parts):
            out.append(f"--{bd}".encode())
            out.append(p.render(seed + str(i)).rstrip(b"\n"))
            out.append(b"")
        out.append(f"--{bd}--".encode())
        return b"\n".join(out) + b"\n"


class Raw:
    """A part given as raw bytes incl. its headers (e.g. message/rfc822, delivery-status)."""
    def __init__(self, b):
        self.b = b

    def render(self, seed):
        return self.b


def T(s, charset="utf-8", cte="quoted-printable", sub="plain", flowed=False):
    params = f"; charset=\"{charset}\"" + ("; format=flowed" if flowed else "")
    try:
        b = s.encode(charset)
    except UnicodeEncodeError:  # punctuation the legacy charset lacks, as mail clients substitute it
        b = s.translate(PUNCT).encode(charset)
    return Leaf(f"text/{sub}", b, cte, params)


PUNCT = {0x2013: "-", 0x2014: "-", 0x2116: "No.", 0xab: '"', 0xbb: '"', 0x2018: "'", 0x2019: "'", 0x201c: '"', 0x201d: '"', 0x2022: "*"}


def H(s, charset="utf-8", cte="quoted-printable"):
    if not s.lstrip().lower().startswith("<html"):
        s = f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\"></head><body>{s}</body></html>"
    return T(s, charset, cte, sub="html")


def ALT(text, html):
    return Multi("alternative", [text, html])


def ATT(filename, ctype, data, inline=False):
    return Leaf(ctype, data, "base64", f"; name=\"{filename}\"",
                [f"Content-Disposition: {'inline' if inline else 'attachment'}; filename=\"{filename}\""])


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, email, charset="utf-8"):
    return formataddr((name, email), charset=charset) if name else email


def msgid(seed, domain):
    return f"<{hashlib.sha1(seed.encode()).hexdigest()[:16].upper()}@{domain}>"


def when(y, m, d, hh, mm, tz_hours, tz_min=0):
    return dt.datetime(y, m, d, hh, mm, 7, tzinfo=dt.timezone(dt.timedelta(hours=tz_hours, minutes=tz_min)))


def eml(body, *, frm, to, subject, date, reply_to=None, refs=None, mid=None, extra=(), seed=None, charset="utf-8"):
    """Assemble a full message. reply_to: Message-ID string for In-Reply-To; refs: list of ids."""
    dom = frm[1].split("@")[1]
    seed = seed or (frm[1] + subject + str(date))
    h = []
    h.append(f"Received: from mail.{dom} (mail.{dom} [203.0.113.{int(hashlib.md5(dom.encode()).hexdigest()[:2], 16) % 250 + 1}])\n"
             f"\tby mx1.halvard-trading.example (Postfix) with ESMTPS id {hashlib.md5(seed.encode()).hexdigest()[:10].upper()}\n"
             f"\tfor <{to[1]}>; {format_datetime(date)}")
    h.append(f"From: {addr(frm[0], frm[1], charset)}")
    h.append(f"To: {addr(to[0], to[1])}")
    h.append(f"Subject: {hdr(subject, charset)}")
    h.append(f"Date: {format_datetime(date)}")
    h.append(f"Message-ID: {mid or msgid(seed, dom)}")
    if reply_to:
        h.append(f"In-Reply-To: {reply_to}")
        h.append("References: " + " ".join(refs or [reply_to]))
    elif refs:
        h.append("References: " + " ".join(refs))
    h += list(extra)
    h.append("MIME-Version: 1.0")
    return "\n".join(h).encode() + b"\n" + body.render(seed)


def reply(p, body, date, subject=None, frm=None, threaded=True, extra=(), charset="utf-8", prefix="RE: ", mid=None):
    s = p["supplier"]
    frm = frm or (s["name"], s["email"])
    rid = p.get("request_message_id") if threaded else None
    return eml(body, frm=frm, to=(p["buyer"]["name"], p["buyer"]["email"]),
               subject=subject if subject is not None else prefix + req_subject(p),
               date=date, reply_to=rid, extra=extra, charset=charset, mid=mid)


# ---------------------------------------------------------------- attachments
def pdf(lines, title="Order confirmation"):
    """Minimal one-page PDF with a real text layer (Helvetica, WinAnsi)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 10 Tf", "12 TL", "50 790 Td"]
    for l in lines:
        ops.append(f"({esc(l)}) '")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            ("<< /Title (" + esc(title) + ") /Producer (ERP Print Service) >>").encode("cp1252")]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    x = out.tell()
    out.write(f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{x}\n%%EOF\n".encode())
    return out.getvalue()


def xlsx(rows, sheet="Confirmation"):
    def cell(r, c, v):
        ref = chr(65 + c) + str(r + 1)
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return f'<c r="{ref}"><v>{v}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{html_esc(str(v))}</t></is></c>'
    data = "".join(f'<row r="{r+1}">' + "".join(cell(r, c, v) for c, v in enumerate(row)) + "</row>" for r, row in enumerate(rows))
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{data}</sheetData></worksheet>',
    }
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in files.items():
            zi = zipfile.ZipInfo(n, date_time=(2026, 11, 10, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, c)
    return b.getvalue()


def rfc822_part(inner_bytes, headers_only=False):
    ct = "text/rfc822-headers" if headers_only else "message/rfc822"
    return Raw(f"Content-Type: {ct}\nContent-Description: Undelivered Message\n\n".encode() + inner_bytes)


def our_request_eml(p, date=None):
    """The acknowledgment request we sent (for bounces)."""
    s = p["supplier"]
    b = p["buyer"]
    date = date or req_date(p)
    h = (f"From: {b['name']} <{b['email']}>\nTo: {s['email']}\nSubject: {req_subject(p)}\n"
         f"Date: {format_datetime(date)}\nMessage-ID: {p['request_message_id']}\nMIME-Version: 1.0\n"
         f"Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 7bit\n\n")
    return (h + request_text(p)).encode()


def dsn(reporting_mta, recipient, action, status, diag, arrival, original_envelope=None, remote_mta=None):
    per = [f"Final-Recipient: rfc822; {recipient}", f"Action: {action}", f"Status: {status}"]
    if remote_mta:
        per.append(f"Remote-MTA: dns; {remote_mta}")
    per.append(f"Diagnostic-Code: smtp; {diag}")
    top = [f"Reporting-MTA: dns; {reporting_mta}"]
    if original_envelope:
        top.append(f"Original-Envelope-Id: {original_envelope}")
    top.append(f"Arrival-Date: {format_datetime(arrival)}")
    body = "\n".join(top) + "\n\n" + "\n".join(per) + "\n"
    return Raw(b"Content-Type: message/delivery-status\n\n" + body.encode())


def write_all(root):
    import shutil, pathlib
    root = pathlib.Path(root)
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    readme = []
    for i, (slug, locale, desc, fn) in enumerate(CASES, 1):
        pos, msg, exp = fn()
        name = f"{i:03d}-{slug}"
        d = root / name
        d.mkdir()
        (d / "pos.json").write_text(json.dumps(pos, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (d / "message.eml").write_bytes(msg)
        (d / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        readme.append(f"- `{name}` | {exp['kind']}/{locale} | {desc}")
    return readme
