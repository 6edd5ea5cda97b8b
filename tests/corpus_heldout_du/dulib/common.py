"""Helpers to build POs, raw RFC 5322 mails, attachments and labels (stdlib only, deterministic)."""
import base64, datetime, io, quopri, zipfile
from decimal import Decimal
from email.header import Header

OUR_DOMAIN = "halvorsen-supply.example"
OUR_CO = "Halvorsen Industrial Supply AS"
BUYERS = {
    "ingrid": {"name": "Ingrid Halvorsen", "email": "ingrid.halvorsen@" + OUR_DOMAIN},
    "marco": {"name": "Marco Bellini", "email": "marco.bellini@" + OUR_DOMAIN},
    "aisha": {"name": "Aisha Rahman", "email": "aisha.rahman@" + OUR_DOMAIN},
    "tomas": {"name": "Tomas Lindqvist", "email": "tomas.lindqvist@" + OUR_DOMAIN},
}

CASES = []  # (slug, kind, locale, desc, builder)


def case(slug, kind, locale, desc):
    def deco(fn):
        CASES.append((slug, kind, locale, desc, fn))
        return fn
    return deco


# ---------------------------------------------------------------- POs
def po(num, sid, sname, email, locale, currency, issued, lines, buyer="ingrid", req=True, req_suffix=1):
    b = BUYERS[buyer]
    d = {
        "po_number": num,
        "supplier": {"id": sid, "name": sname, "email": email, "locale": locale},
        "buyer": dict(b),
        "currency": currency,
        "issued": issued,
    }
    if req:
        d["request_message_id"] = "<po-%s.%d@%s>" % (num, req_suffix, OUR_DOMAIN)
    d["lines"] = []
    for i, (item, desc, qty, uom, price, date) in enumerate(lines, 1):
        d["lines"].append({"line": i, "item": item, "description": desc, "quantity": qty,
                           "uom": uom, "unit_price": price, "requested_date": date})
    return d


def line(p, n):
    return p["lines"][n - 1]


# ---------------------------------------------------------------- expected
def A(p, n):
    l = line(p, n)
    return {"status": "accepted", "quantity": l["quantity"], "unit_price": l["unit_price"],
            "date": l["requested_date"]}


def C(p, n, quantity=None, price=None, date=None, schedule=None):
    l = line(p, n)
    d = {"status": "changed",
         "quantity": l["quantity"] if quantity is None else quantity,
         "unit_price": l["unit_price"] if price is None else price,
         "date": l["requested_date"] if date is None else date}
    if schedule:
        d["schedule"] = [{"quantity": q, "date": dt} for q, dt in schedule]
        if quantity is None:
            d["quantity"] = sum(q for q, _ in schedule)
        if date is None:
            d["date"] = max(dt for _, dt in schedule)
    return d


R = lambda: {"status": "rejected"}
U = lambda: {"status": "unconfirmed"}


def conf(p, lines):
    return {"po_number": p["po_number"], "lines": {str(k): v for k, v in lines.items()}}


def all_acc(p):
    return conf(p, {l["line"]: A(p, l["line"]) for l in p["lines"]})


def expected(kind, notes, confirmations=None):
    d = {"kind": kind}
    if kind == "confirmation":
        d["confirmations"] = confirmations
    d["notes"] = notes
    return d


# ---------------------------------------------------------------- request text (what we sent)
def request_subject(p):
    return "Purchase order %s - please confirm" % p["po_number"]


def request_text(p):
    b = p["buyer"]
    out = ["Dear %s team," % p["supplier"]["name"], "",
           "please find our purchase order %s below. Kindly confirm quantity, unit price" % p["po_number"],
           "and delivery date for each line by reply to this e-mail.", "",
           "PO %s  issued %s  currency %s" % (p["po_number"], p["issued"], p["currency"]), "",
           "Ln  Item            Description                          Qty  UoM   Unit price  Need by"]
    for l in p["lines"]:
        out.append("%-3s %-15s %-36s %4s  %-4s %11s  %s" % (
            l["line"], l["item"], l["description"][:36], l["quantity"], l["uom"], l["unit_price"],
            l["requested_date"]))
    out += ["", "Delivery to: Halvorsen Industrial Supply AS, Verkstedveien 14, 3036 Drammen, Norway",
            "", "Best regards", b["name"], "Purchasing | " + OUR_CO, "+47 32 20 41 00"]
    return "\n".join(out)


def request_html(p):
    rows = "".join(
        "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
            l["line"], l["item"], l["description"], l["quantity"], l["uom"], l["unit_price"],
            l["requested_date"]) for l in p["lines"])
    return ("<p>Dear %s team,</p><p>please find our purchase order %s below. Kindly confirm quantity, "
            "unit price and delivery date for each line by reply to this e-mail.</p>"
            "<table border=\"1\" cellspacing=\"0\"><tr><th>Ln</th><th>Item</th><th>Description</th>"
            "<th>Qty</th><th>UoM</th><th>Unit price (%s)</th><th>Need by</th></tr>%s</table>"
            "<p>Best regards<br>%s<br>Purchasing | %s</p>") % (
        p["supplier"]["name"], p["po_number"], p["currency"], rows, p["buyer"]["name"], OUR_CO)


def req_date_str(p, fmt="%a, %d %b %Y %H:%M"):
    d = datetime.datetime.strptime(p["issued"], "%Y-%m-%d").replace(hour=8, minute=31)
    return d.strftime(fmt)


def gt_quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


def outlook_quote(p, labels=("From", "Sent", "To", "Subject"), sent=None, sep="-----Original Message-----"):
    b = p["buyer"]
    f, s, t, su = labels
    sent = sent or req_date_str(p, "%A, %B %d, %Y %I:%M %p").replace(" 0", " ")
    head = [sep] if sep else ["_" * 40]
    head += ["%s: %s <%s>" % (f, b["name"], b["email"]), "%s: %s" % (s, sent),
             "%s: %s <%s>" % (t, p["supplier"]["name"], p["supplier"]["email"]),
             "%s: %s" % (su, request_subject(p)), ""]
    return "\n".join(head) + "\n" + request_text(p)


def gmail_quote(p, intro=None):
    b = p["buyer"]
    intro = intro or "On %s, %s <%s> wrote:" % (req_date_str(p), b["name"], b["email"])
    return intro + "\n\n" + gt_quote(request_text(p))


def html_blockquote(p, intro):
    return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
            'padding-left:1ex">%s</blockquote></div>') % (esc(intro), request_html(p))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text2html(s):
    return "<br>\n".join(esc(l) for l in s.split("\n"))


# ---------------------------------------------------------------- MIME
def enc_word(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


PUNCT = str.maketrans({"\u2013": "-", "\u2014": "-", "\u201e": '"', "\u201c": '"', "\u201d": '"',
                       "\u2018": "'", "\u2019": "'", "\u2026": "...", "\u20ac": "EUR", "\xab": '"', "\xbb": '"'})


def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", extra=(), flowed=False):
    if isinstance(text, str):
        try:
            data = text.encode(charset)
        except UnicodeEncodeError:  # legacy charset: the client would have typed plain punctuation
            data = text.translate(PUNCT).encode(charset)
    else:
        data = text
    ct = "text/%s; charset=%s" % (subtype, charset if charset.lower() != "utf-8" else "UTF-8")
    if flowed:
        ct += "; format=flowed"
    if cte == "quoted-printable":
        body = quopri.encodestring(data.replace(b"\r\n", b"\n")).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    else:
        body = data.decode(charset)
        cte = cte or "8bit"
    h = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte] + list(extra)
    return ("\n".join(h) + "\n\n" + body.rstrip("\n") + "\n").encode(charset if cte in ("8bit", "7bit") else "ascii")


def attach(data, ctype, filename, disposition="attachment"):
    fn = filename
    try:
        filename.encode("ascii")
        fnh = 'filename="%s"' % fn
        nmh = 'name="%s"' % fn
    except UnicodeEncodeError:
        e = Header(fn, "utf-8").encode()
        fnh = 'filename="%s"' % e
        nmh = 'name="%s"' % e
    if isinstance(data, str):
        data = data.encode("utf-8")
    b = base64.encodebytes(data).decode("ascii")
    return ("Content-Type: %s; %s\nContent-Transfer-Encoding: base64\nContent-Disposition: %s; %s\n\n%s"
            % (ctype, nmh, disposition, fnh, b)).encode("ascii")


def multipart(subtype, parts, boundary, extra_ct=""):
    out = b"Content-Type: multipart/%s; boundary=\"%s\"%s\n\n" % (subtype.encode(), boundary.encode(), extra_ct.encode())
    for p in parts:
        out += b"--" + boundary.encode() + b"\n" + p.rstrip(b"\n") + b"\n\n"
    out += b"--" + boundary.encode() + b"--\n"
    return out


def alt(text, html, boundary, charset="utf-8", cte="quoted-printable"):
    return multipart("alternative", [leaf(text, "plain", charset, cte), leaf(html, "html", charset, cte)], boundary)


def html_doc(body, charset="utf-8"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
            '<body>%s</body></html>') % (charset, body)


def date_hdr(s, tz="+0100"):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + tz


def mail(p, frm, subject, date, msgid, body, to=None, reply=True, extra=(), sub_charset="utf-8",
         refs_extra=(), mime_version=True):
    """p: the PO answered (for To / In-Reply-To). frm: (name, email). body: bytes of the top MIME entity."""
    b = p["buyer"] if p else BUYERS["ingrid"]
    h = []
    h.append("From: " + addr(frm[0], frm[1], sub_charset))
    h.append("To: " + (to if to else addr(b["name"], b["email"])))
    h.append("Subject: " + enc_word(subject, sub_charset))
    h.append("Date: " + date)
    h.append("Message-ID: " + msgid)
    if reply and p and p.get("request_message_id"):
        h.append("In-Reply-To: " + p["request_message_id"])
        h.append("References: " + " ".join(list(refs_extra) + [p["request_message_id"]]))
    h += list(extra)
    if mime_version:
        h.append("MIME-Version: 1.0")
    raw = ("\n".join(h) + "\n").encode("ascii") + body
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


# ---------------------------------------------------------------- attachments
def pdf(lines_text, title="Order confirmation"):
    """A real minimal one-page PDF with a Helvetica text layer (WinAnsi)."""
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 10 Tf", "12 TL", "50 790 Td"]
    for t in lines_text:
        ops.append("(%s) Tj T*" % pesc(t))
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (ERP PrintServer 7.2) /CreationDate (D:20261110080000Z) >>" % pesc(title)).encode("cp1252"),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
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
        ref = "%s%d" % (col(c), r + 1)
        if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool):
            return '<c r="%s"><v>%s</v></c>' % (ref, v)
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, esc(str(v)))
    sd = "".join('<row r="%d">%s</row>' % (r + 1, "".join(cell(r, c, v) for c, v in enumerate(row)))
                 for r, row in enumerate(rows))
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % esc(sheet),
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % sd,
    }
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 10, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, content.encode("utf-8"))
    return bio.getvalue()


XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def reply(p, frm, date, mid, text, quote=None, html=False, charset="utf-8", cte="quoted-printable",
          boundary="----=_Part_0_1", subject=None, reply=True, extra=(), html_body=None, flowed=False,
          refs_extra=(), to=None, sub_charset="utf-8"):
    """A plain or multipart/alternative reply with an optional quoted original."""
    body_text = text + ("\n\n" + quote if quote else "")
    if html:
        hb = html_body if html_body is not None else text2html(body_text)
        part = alt(body_text, html_doc(hb, charset), boundary, charset, cte)
    else:
        part = leaf(body_text, "plain", charset, cte, flowed=flowed)
    subject = subject if subject is not None else "RE: " + request_subject(p)
    return mail(p, frm, subject, date, mid, part, reply=reply, extra=extra, refs_extra=refs_extra, to=to,
                sub_charset=sub_charset)


def original_headers(p, date):
    b = p["buyer"]
    return "\n".join([
        "Return-Path: <%s>" % b["email"],
        "Received: from ws-pur-04.%s (ws-pur-04.%s [10.20.4.14])" % (OUR_DOMAIN, OUR_DOMAIN),
        "\tby mail.%s (Postfix) with ESMTPSA id 4Q7kLm2x9Bz1" % OUR_DOMAIN,
        "\tfor <%s>; %s" % (p["supplier"]["email"], date),
        "From: %s <%s>" % (b["name"], b["email"]),
        "To: %s" % p["supplier"]["email"],
        "Subject: " + request_subject(p),
        "Date: " + date,
        "Message-ID: " + p["request_message_id"],
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
    ])
