"""Helpers to build held-out supplier reply cases (stdlib only, deterministic)."""
import base64, datetime as dt, io, json, os, quopri, zipfile
from email.header import Header

CASES = []
BUYER_DOMAIN = "brightwell-mro.example"
BUYERS = {
    "marta": ("Marta Lindqvist", "marta.lindqvist@" + BUYER_DOMAIN),
    "tom": ("Tom Okafor", "tom.okafor@" + BUYER_DOMAIN),
    "priya": ("Priya Raman", "priya.raman@" + BUYER_DOMAIN),
    "jonas": ("Jonas Weber", "jonas.weber@" + BUYER_DOMAIN),
}
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def D(s):
    return dt.date.fromisoformat(s)


def kw(year, week, day=5):
    """ISO week -> date (default Friday)."""
    return dt.date.fromisocalendar(year, week, day).isoformat()


def plus(date_s, days):
    return (D(date_s) + dt.timedelta(days=days)).isoformat()


def maildate(date_s, hm="09:14:07", tz="+0100"):
    d = D(date_s)
    return "%s, %d %s %d %s %s" % (WD[d.weekday()], d.day, MO[d.month - 1], d.year, hm, tz)


# ---------------------------------------------------------------- POs
def po(num, sup, buyer, currency, issued, lines, msgid=True, mid=None):
    sid, sname, semail, loc = sup
    bn, be = BUYERS[buyer]
    p = {
        "po_number": num,
        "supplier": {"id": sid, "name": sname, "email": semail, "locale": loc},
        "buyer": {"name": bn, "email": be},
        "currency": currency,
        "issued": issued,
    }
    if msgid:
        p["request_message_id"] = mid or "<po-%s.1@%s>" % (num.lower(), BUYER_DOMAIN)
    p["lines"] = []
    for i, (item, desc, qty, uom, price, date) in enumerate(lines, 1):
        p["lines"].append({"line": i, "item": item, "description": desc, "quantity": qty,
                           "uom": uom, "unit_price": price, "requested_date": date})
    return p


def chg(q, p, d, sched=None):
    r = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
    if sched:
        r["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
    return r


A, R, U = "A", "R", "U"


def conf(p, lines):
    out = {}
    for ln in p["lines"]:
        v = lines.get(ln["line"], U)
        if v == A:
            v = {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
                 "date": ln["requested_date"]}
        elif v == R:
            v = {"status": "rejected"}
        elif v == U:
            v = {"status": "unconfirmed"}
        out[str(ln["line"])] = v
    return {"po_number": p["po_number"], "lines": out}


# ---------------------------------------------------------------- our request mail (for quoting)
def req_subject(p):
    return "Purchase order %s - please confirm" % p["po_number"]


def req_table(p, sep="  "):
    rows = [("Line", "Item", "Description", "Qty", "UoM", "Unit price", "Need by")]
    for l in p["lines"]:
        rows.append((str(l["line"]), l["item"], l["description"], str(l["quantity"]), l["uom"],
                     "%s %s" % (l["unit_price"], p["currency"]), l["requested_date"]))
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    return "\n".join(sep.join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows)


def req_body(p):
    bn = p["buyer"]["name"]
    return ("Dear %s team,\n\nplease find below our purchase order %s dated %s.\n"
            "Kindly confirm quantity, unit price and delivery date for each line.\n\n%s\n\n"
            "Delivery address: Brightwell MRO Supply, Dock 3, Havenweg 41, Rotterdam\n\n"
            "Kind regards\n%s\nPurchasing | Brightwell MRO Supply\n"
            % (p["supplier"]["name"], p["po_number"], p["issued"], req_table(p), bn))


def req_date(p):
    return maildate(p["issued"], "10:02:31", "+0100")


def quote_gt(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "sv": ("Från", "Skickat", "Till", "Ämne"),
    "pt": ("De", "Enviada", "Para", "Assunto"),
    "hr": ("Šalje", "Poslano", "Prima", "Predmet"),
}


def outlook_quote(p, lang="en", sent=None, sepline="________________________________"):
    f, s, t, su = OUTLOOK[lang]
    colon = " :" if lang == "fr" else ":"
    bn, be = p["buyer"]["name"], p["buyer"]["email"]
    sent = sent or req_date(p)
    return ("%s\n%s%s %s <%s>\n%s%s %s\n%s%s %s\n%s%s %s\n\n%s" % (
        sepline, f, colon, bn, be, s, colon, sent, t, colon, p["supplier"]["email"], su, colon,
        req_subject(p), req_body(p)))


def gmail_quote(p, intro=None):
    intro = intro or "On %s, %s <%s> wrote:" % (req_date(p), p["buyer"]["name"], p["buyer"]["email"])
    return intro + "\n" + quote_gt(req_body(p))


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def req_html(p):
    rows = "".join("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s %s</td><td>%s</td></tr>"
                   % (l["line"], l["item"], html_escape(l["description"]), l["quantity"], l["uom"],
                      l["unit_price"], p["currency"], l["requested_date"]) for l in p["lines"])
    return ("<p>Dear %s team,</p><p>please find below our purchase order %s dated %s.<br>Kindly confirm "
            "quantity, unit price and delivery date for each line.</p><table border=\"1\" cellpadding=\"3\">"
            "<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th>"
            "<th>Need by</th></tr>%s</table><p>Kind regards<br>%s<br>Purchasing | Brightwell MRO Supply</p>"
            % (html_escape(p["supplier"]["name"]), p["po_number"], p["issued"], rows, p["buyer"]["name"]))


# ---------------------------------------------------------------- MIME building
def hdr_enc(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()"'):
            name = '"%s"' % name
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", params="", headers=()):
    raw = body.encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw)
    elif cte == "base64":
        payload = base64.encodebytes(raw)
    else:
        payload = raw
    h = ['Content-Type: text/%s; charset="%s"%s' % (subtype, charset, params),
         "Content-Transfer-Encoding: %s" % cte] + list(headers)
    return ("\n".join(h) + "\n\n").encode("ascii") + payload


def multipart(subtype, parts, boundary, params=""):
    out = ['Content-Type: multipart/%s;\n\tboundary="%s"%s\n\n' % (subtype, boundary, params)]
    b = out[0].encode("ascii")
    for prt in parts:
        b += ("--%s\n" % boundary).encode("ascii") + prt.rstrip(b"\n") + b"\n"
    b += ("--%s--\n" % boundary).encode("ascii")
    return b


def attach(data, ctype, filename, inline=False):
    payload = base64.encodebytes(data)
    return ('Content-Type: %s; name="%s"\nContent-Disposition: %s; filename="%s"\n'
            'Content-Transfer-Encoding: base64\n\n' % (ctype, filename, "inline" if inline else "attachment",
                                                       filename)).encode("ascii") + payload


def message(frm, to, subject, date, msgid, body, irt=None, refs=None, extra=(), charset="utf-8",
            received=None, mime=True, cc=None):
    h = []
    if received:
        h += ["Received: " + r for r in received]
    h.append("From: " + addr(frm[0], frm[1], charset))
    h.append("To: " + addr(to[0], to[1], charset))
    if cc:
        h.append("Cc: " + cc)
    h.append("Subject: " + hdr_enc(subject, charset))
    h.append("Date: " + date)
    h.append("Message-ID: " + msgid)
    if irt:
        h.append("In-Reply-To: " + irt)
        h.append("References: " + (refs or irt))
    h += list(extra)
    if mime:
        h.append("MIME-Version: 1.0")
    else:
        body = b"\n" + body
    raw = ("\n".join(h) + "\n").encode("ascii") + body
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def reply(p, frm_name, subject, date, msgid_local, body, threaded=True, extra=(), charset="utf-8",
          frm_email=None, to=None, received=None, cc=None):
    """Reply from p's supplier to p's buyer."""
    sup_email = frm_email or p["supplier"]["email"]
    dom = sup_email.split("@")[1]
    mid = "<%s@%s>" % (msgid_local, dom) if "@" not in msgid_local else "<%s>" % msgid_local
    to = to or (p["buyer"]["name"], p["buyer"]["email"])
    irt = p.get("request_message_id") if threaded else None
    rcv = received
    if rcv is None:
        rcv = ["from mail.%s (mail.%s [198.51.100.%d])\n\tby mx1.%s with ESMTPS id %s\n\tfor <%s>; %s"
               % (dom, dom, 10 + len(dom) % 200, BUYER_DOMAIN, msgid_local[:10].upper().replace(".", ""),
                  to[1], date)]
    return message((frm_name, sup_email), to, subject, date, mid, body, irt=irt, extra=extra,
                   charset=charset, received=rcv, cc=cc)


# ---------------------------------------------------------------- attachments
def pdf(lines, title="Document"):
    """Minimal one-page PDF with a real text layer (Helvetica, WinAnsi)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 10 Tf", "12 TL", "50 790 Td"]
    for i, l in enumerate(lines):
        if l.startswith("#"):
            ops.append("/F2 13 Tf (%s) Tj T* /F1 10 Tf" % esc(l[1:]))
        else:
            ops.append("(%s) Tj T*" % esc(l))
    ops.append("ET")
    content = "\n".join(ops).encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        ("<< /Title (%s) /Producer (ERP Print Server 7.2) /CreationDate (D:20261110090000+01'00') >>"
         % esc(title)).encode("cp1252"),
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


def xlsx(rows, sheet="Sheet1"):
    """Minimal XLSX: rows is a list of lists of str/int/float."""
    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    sd = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v) if isinstance(v, float) else v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, html_escape(str(v))))
        sd.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % html_escape(sheet)),
        ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        ("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % "".join(sd)),
    ]
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 10, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data.encode("utf-8"))
    return bio.getvalue()


# ---------------------------------------------------------------- registry
def case(slug, kind, locale, desc, pos, eml, confirmations=None, notes=""):
    exp = {"kind": kind}
    if kind == "confirmation":
        exp["confirmations"] = confirmations
    else:
        assert confirmations is None, slug
    exp["notes"] = notes
    CASES.append({"slug": slug, "kind": kind, "locale": locale, "desc": desc, "pos": pos, "eml": eml,
                  "expected": exp})


def sanity(c):
    pos = {p["po_number"]: p for p in c["pos"]}
    for cf in c["expected"].get("confirmations", []):
        p = pos[cf["po_number"]]
        for ln in p["lines"]:
            v = cf["lines"][str(ln["line"])]
            if v["status"] == "changed":
                same = (v["quantity"] == ln["quantity"] and float(v["unit_price"]) == float(ln["unit_price"])
                        and v["date"] == ln["requested_date"] and "schedule" not in v)
                assert not same, (c["slug"], ln["line"], "changed but equal")
                D(v["date"])
                if "schedule" in v:
                    assert sum(s["quantity"] for s in v["schedule"]) == v["quantity"], c["slug"]
                    assert max(s["date"] for s in v["schedule"]) == v["date"], c["slug"]
