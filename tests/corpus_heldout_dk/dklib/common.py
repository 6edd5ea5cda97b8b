"""Helpers for building the held-out batch dk: POs, labels, raw RFC 5322 mails,
hand-made PDF / XLSX / CSV attachments and DSN bounces.  Standard library only."""
import base64, datetime as dt, io, json, quopri, zipfile, hashlib
from decimal import Decimal
from email.header import Header
from email.utils import formataddr

BUYER_DOMAIN = "kestrel-buy.example"
BUYER_CO = "Kestrel Procurement Ltd"
BUYERS = {
    "mira": ("Mira Okafor", "mira.okafor@kestrel-buy.example"),
    "jonas": ("Jonas Feld", "jonas.feld@kestrel-buy.example"),
    "priya": ("Priya Nair", "priya.nair@kestrel-buy.example"),
    "tomas": ("Tomas Lindqvist", "tomas.lindqvist@kestrel-buy.example"),
}

REG = []


def case(slug, kind, locale, desc):
    def deco(fn):
        REG.append(dict(slug=slug, kind=kind, locale=locale, desc=desc, fn=fn))
        return fn
    return deco


# ---------------------------------------------------------------- dates
def D(s):
    return dt.date.fromisoformat(s)


def kw(year, week, day=5):
    """ISO calendar week -> date (default Friday)."""
    return dt.date.fromisocalendar(year, week, day).isoformat()


def plus(s, days):
    return (D(s[:10]) + dt.timedelta(days=days)).isoformat()


def next_wd(s, weekday):
    """first date strictly after s with weekday (0=Mon)."""
    d = D(s[:10]) + dt.timedelta(days=1)
    while d.weekday() != weekday:
        d += dt.timedelta(days=1)
    return d.isoformat()


def wd(s):
    return D(s).weekday()


def rfcdate(s, tz="+0000"):
    """'2026-11-12 09:14' -> RFC 5322 date string with zone."""
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    d = d.replace(tzinfo=dt.timezone(off), second=7)
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + tz


# ---------------------------------------------------------------- POs
def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def po(num, supplier, currency, issued, lines, buyer="mira", req=True):
    bn, be = BUYERS[buyer]
    p = {"po_number": num, "supplier": supplier,
         "buyer": {"name": bn, "email": be}, "currency": currency,
         "issued": issued}
    if req:
        p["request_message_id"] = f"<po-{num}.1@{BUYER_DOMAIN}>"
    p["lines"] = []
    for i, (item, desc, qty, uom, price, date) in enumerate(lines, 1):
        assert "2026-12-01" <= date <= "2027-02-28", date
        p["lines"].append({"line": i, "item": item, "description": desc,
                           "quantity": qty, "uom": uom, "unit_price": price,
                           "requested_date": date})
    return p


def ln(p, n):
    return p["lines"][n - 1]


# ---------------------------------------------------------------- labels
def acc(p, n):
    l = ln(p, n)
    return {"status": "accepted", "quantity": l["quantity"],
            "unit_price": l["unit_price"], "date": l["requested_date"]}


def conf(p, n, qty=None, price=None, date=None, schedule=None):
    l = ln(p, n)
    if schedule:
        schedule = [{"quantity": q, "date": d} for q, d in schedule]
        if qty is None:
            qty = sum(s["quantity"] for s in schedule)
        if date is None:
            date = max(s["date"] for s in schedule)
    qty = l["quantity"] if qty is None else qty
    price = l["unit_price"] if price is None else str(price)
    date = l["requested_date"] if date is None else date
    same = (qty == l["quantity"] and Decimal(price) == Decimal(l["unit_price"])
            and date == l["requested_date"])
    if schedule:
        assert not same, "split but nothing differs"
    out = {"status": "accepted" if same else "changed", "quantity": qty,
           "unit_price": price, "date": date}
    if schedule:
        out["schedule"] = schedule
    return out


def chg(p, n, **kw_):
    r = conf(p, n, **kw_)
    assert r["status"] == "changed", (p["po_number"], n, r)
    return r


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def pct(price, percent, places=None):
    v = Decimal(price) * (Decimal(100) + Decimal(str(percent))) / Decimal(100)
    if places is not None:
        v = v.quantize(Decimal(1).scaleb(-places))
    return fmt_dec(v)


def div(price, n):
    return fmt_dec(Decimal(str(price)) / Decimal(n))


def fmt_dec(v):
    s = format(Decimal(v).normalize(), "f")
    if "." not in s:
        s += ".00"
    elif len(s.split(".")[1]) == 1:
        s += "0"
    return s


def expect_conf(entries, notes):
    cs = []
    for p, lines in entries:
        assert set(lines) == {l["line"] for l in p["lines"]}, p["po_number"]
        cs.append({"po_number": p["po_number"],
                   "lines": {str(k): v for k, v in sorted(lines.items())}})
    return {"kind": "confirmation", "confirmations": cs, "notes": notes}


def expect(kind, notes):
    assert kind in ("needs_review", "auto_reply", "bounce", "unrelated")
    return {"kind": kind, "notes": notes}


# ---------------------------------------------------------------- our request mail (for quoting)
def req_subject(p):
    return f"Purchase order {p['po_number']} - please confirm"


def po_table(p, cur=True):
    rows = [("Ln", "Item", "Description", "Qty", "UoM", "Unit price", "Need by")]
    for l in p["lines"]:
        rows.append((str(l["line"]), l["item"], l["description"], str(l["quantity"]),
                     l["uom"], l["unit_price"] + (" " + p["currency"] if cur else ""),
                     l["requested_date"]))
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    out = []
    for r in rows:
        out.append("  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(out)


def req_text(p, hello="Dear Sir or Madam,"):
    bn, be = p["buyer"]["name"], p["buyer"]["email"]
    return (f"{hello}\n\nplease find below our purchase order {p['po_number']} "
            f"dated {p['issued']}.\nKindly confirm quantity, unit price and delivery "
            f"date for each line by return e-mail.\n\n{po_table(p)}\n\n"
            f"Delivery address: Kestrel Procurement Ltd, Unit 4 Wharf Road, "
            f"Felixstowe IP11 3TD, United Kingdom\n\nBest regards\n{bn}\n{BUYER_CO}\n"
            f"Purchasing | {be}")


def req_html(p, hello="Dear Sir or Madam,"):
    bn, be = p["buyer"]["name"], p["buyer"]["email"]
    rows = "".join(
        f"<tr><td>{l['line']}</td><td>{l['item']}</td><td>{esc(l['description'])}</td>"
        f"<td align=\"right\">{l['quantity']}</td><td>{l['uom']}</td>"
        f"<td align=\"right\">{l['unit_price']} {p['currency']}</td><td>{l['requested_date']}</td></tr>"
        for l in p["lines"])
    return (f"<p>{esc(hello)}</p><p>please find below our purchase order {p['po_number']} dated "
            f"{p['issued']}.<br>Kindly confirm quantity, unit price and delivery date for each "
            f"line by return e-mail.</p><table border=\"1\" cellpadding=\"3\" cellspacing=\"0\">"
            f"<tr><th>Ln</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th>"
            f"<th>Unit price</th><th>Need by</th></tr>{rows}</table>"
            f"<p>Best regards<br>{esc(bn)}<br>{BUYER_CO}<br>Purchasing | {be}</p>")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def req_sent(p, time="09:12"):
    return f"{p['issued']} {time}"


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoy\u00e9\u00a0", "\u00c0\u00a0", "Objet\u00a0"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "pl": ("Od", "Wys\u0142ano", "Do", "Temat"),
    "hu": ("Felad\u00f3", "Elk\u00fcldve", "C\u00edmzett", "T\u00e1rgy"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "pt": ("De", "Enviada em", "Para", "Assunto"),
    "sv": ("Fr\u00e5n", "Skickat", "Till", "\u00c4mne"),
    "cs": ("Od", "Odesl\u00e1no", "Komu", "P\u0159edm\u011bt"),
    "ro": ("De la", "Trimis", "C\u0103tre", "Subiect"),
    "tr": ("Kimden", "G\u00f6nderildi", "Kime", "Konu"),
    "ru": ("\u041e\u0442", "\u041e\u0442\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u043e", "\u041a\u043e\u043c\u0443", "\u0422\u0435\u043c\u0430"),
}


def q_outlook(p, sent_label_value, lang="en", to=None, hello="Dear Sir or Madam,"):
    f, s, t, su = OUTLOOK_LABELS[lang]
    bn, be = p["buyer"]["name"], p["buyer"]["email"]
    to = to or f"{p['supplier']['name']} <{p['supplier']['email']}>"
    return ("________________________________\n"
            f"{f}: {bn} <{be}>\n{s}: {sent_label_value}\n{t}: {to}\n"
            f"{su}: {req_subject(p)}\n\n" + req_text(p, hello))


def gt(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def q_gmail(p, intro, hello="Dear Sir or Madam,"):
    return intro + "\n\n" + gt(req_text(p, hello)) + "\n"


def q_html(p, intro, hello="Dear Sir or Madam,", style="gmail"):
    if style == "gmail":
        return (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{intro}<br></div>'
                f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                f'rgb(204,204,204);padding-left:1ex">{req_html(p, hello)}</blockquote></div>')
    return (f'<div class="moz-cite-prefix">{intro}<br></div><blockquote type="cite">'
            f'{req_html(p, hello)}</blockquote>')


# ---------------------------------------------------------------- MIME building
_bcount = [0]


def _boundary(tag):
    _bcount[0] += 1
    h = hashlib.md5(f"{tag}{_bcount[0]}".encode()).hexdigest()[:16]
    return f"{tag}{h}"


class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None):
        self.headers, self.body, self.children, self.boundary = headers, body, children, boundary

    def render(self):
        out = "".join(f"{k}: {v}\n" for k, v in self.headers).encode("ascii") + b"\n"
        if self.children is not None:
            out += b"This is a multi-part message in MIME format.\n\n" if self.boundary.startswith("----=") else b""
            for c in self.children:
                out += b"--" + self.boundary.encode() + b"\n" + c.render() + b"\n"
            out += b"--" + self.boundary.encode() + b"--\n"
        else:
            out += self.body
            if not out.endswith(b"\n"):
                out += b"\n"
        return out


def _enc(data, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    return data


def text(body, sub="plain", cs="utf-8", cte="quoted-printable", flowed=False, extra=()):
    data = body.encode(cs)
    if cte == "base64":
        data = data.replace(b"\n", b"\r\n")
    ct = f"text/{sub}; charset=\"{cs}\""
    if flowed:
        ct += "; format=flowed"
    h = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra)
    return Part(h, _enc(data, cte))


def html(body, cs="utf-8", cte="quoted-printable", wrap=True):
    if wrap and "<html" not in body.lower():
        body = (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={cs}\">"
                f"</head><body>\n{body}\n</body></html>")
    return text(body, "html", cs, cte)


def multi(sub, *parts, tag="----=_NextPart_", extra=()):
    b = _boundary(tag)
    return Part([("Content-Type", f"multipart/{sub};\n\tboundary=\"{b}\"")] + list(extra),
                children=list(parts), boundary=b)


def alt(*parts, tag="----=_NextPart_"):
    return multi("alternative", *parts, tag=tag)


def mixed(*parts, tag="----=_NextPart_"):
    return multi("mixed", *parts, tag=tag)


def attach(data, ctype, filename, inline=False):
    if isinstance(data, str):
        data = data.encode("utf-8")
    fn = filename
    try:
        filename.encode("ascii")
        fnh = f"\"{filename}\""
    except UnicodeEncodeError:
        fnh = "\"" + Header(filename, "utf-8").encode() + "\""
    return Part([("Content-Type", f"{ctype}; name={fnh}"),
                 ("Content-Disposition", f"{'inline' if inline else 'attachment'}; filename={fnh}"),
                 ("Content-Transfer-Encoding", "base64")], base64.encodebytes(data))


def raw_part(ctype, body_bytes, extra=()):
    return Part([("Content-Type", ctype)] + list(extra), body_bytes)


def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode(maxlinelen=76).replace("\n", "\n")


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return f"{Header(name, cs).encode()} <{email}>"


def mail(frm, to, subject, date, mid, body, irt=None, refs=None, cc=None,
         extra=(), subj_cs="utf-8", name_cs="utf-8", mime=True):
    """frm/to: (name, email) tuples; body: Part."""
    h = [("From", addr(*frm, cs=name_cs)), ("To", addr(*to))]
    if cc:
        h.append(("Cc", ", ".join(addr(*c) for c in cc)))
    h += [("Subject", hdr(subject, subj_cs)), ("Date", date), ("Message-ID", mid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs or irt:
        h.append(("References", refs or irt))
    h += list(extra)
    if mime:
        h.append(("MIME-Version", "1.0"))
    body.headers = h + body.headers
    raw = body.render()
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def reply_to(p):
    """(irt, refs) for a reply to our request."""
    return p["request_message_id"], p["request_message_id"]


def buyer(p):
    return (p["buyer"]["name"], p["buyer"]["email"])


def request_mail_bytes(p, date):
    """Our original request as it left our server (for DSNs)."""
    body = text(req_text(p), cte="quoted-printable")
    return mail(buyer(p), (p["supplier"]["name"], p["supplier"]["email"]), req_subject(p),
                date, p["request_message_id"], body)


# ---------------------------------------------------------------- attachments
def _pdf_str(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(lines, title="Document", size=9):
    """A real one-page PDF with a text layer (Helvetica, WinAnsi)."""
    cs = b"BT\n/F1 %d Tf\n%d TL\n40 800 Td\n" % (size, size + 4)
    for i, l in enumerate(lines):
        if l.startswith("#"):
            cs += b"/F2 %d Tf\n(" % (size + 3) + _pdf_str(l[1:]) + b") Tj T*\n/F1 %d Tf\n" % size
        else:
            cs += b"(" + _pdf_str(l) + b") Tj T*\n"
    cs += b"ET\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 6 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(cs) + cs + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + _pdf_str(title) + b") /Producer (ERP Print Service 7.2) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1"):
    """rows: list of lists of str/int/float/Decimal/date. Dates stored as serials (numFmt 14)."""
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{_col(ci)}{ri}"
            if v is None or v == "":
                continue
            if isinstance(v, dt.date):
                serial = (v - dt.date(1899, 12, 30)).days
                cells.append(f'<c r="{ref}" s="1"><v>{serial}</v></c>')
            elif isinstance(v, (int, float, Decimal)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{esc(str(v))}</t></is></c>')
        xr.append(f'<row r="{ri}">{"".join(cells)}</row>')
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 f'<sheetData>{"".join(xr)}</sheetData></worksheet>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{esc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
        "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in files.items():
            zi = zipfile.ZipInfo(n, date_time=(2026, 11, 10, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, c)
    return bio.getvalue()


# ---------------------------------------------------------------- bounces
def dsn(frm, to, subject, date, mid, human, reporting_mta, rcpt, status, diag, original,
        arrival=None, remote_mta=None, headers_only=False, human_part=None, extra=()):
    st = f"Reporting-MTA: dns; {reporting_mta}\n"
    if arrival:
        st += f"Arrival-Date: {arrival}\n"
    st += f"\nFinal-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: {status}\n"
    if remote_mta:
        st += f"Remote-MTA: dns; {remote_mta}\n"
    st += f"Diagnostic-Code: smtp; {diag}\n"
    hp = human_part or text(human, cte="7bit" if all(ord(c) < 128 for c in human) else "quoted-printable",
                            extra=[("Content-Description", "Notification")])
    stp = raw_part("message/delivery-status", st.encode(), [("Content-Description", "Delivery report")])
    if headers_only:
        o = original.split(b"\r\n\r\n", 1)[0].replace(b"\r\n", b"\n") + b"\n"
        op = raw_part("text/rfc822-headers", o, [("Content-Description", "Undelivered Message Headers")])
    else:
        op = raw_part("message/rfc822", original.replace(b"\r\n", b"\n"),
                      [("Content-Description", "Undelivered Message")])
    b = _boundary("")
    body = Part([("Content-Type", f"multipart/report; report-type=delivery-status;\n\tboundary=\"{b}\"")],
                children=[hp, stp, op], boundary=b)
    return mail(frm, to, subject, date, mid, body, extra=extra)


# ---------------------------------------------------------------- writing
def write_case(root, num, c):
    import os
    pos, eml, exp = c["fn"]()
    d = os.path.join(root, f"{num:03d}-{c['slug']}")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "pos.json"), "w", encoding="utf-8") as f:
        json.dump(pos, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(d, "message.eml"), "wb") as f:
        f.write(eml)
    with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    assert exp["kind"] == c["kind"], (c["slug"], exp["kind"], c["kind"])
    for p in pos:
        assert p["supplier"]["locale"] == c["locale"], c["slug"]
    return os.path.basename(d)
