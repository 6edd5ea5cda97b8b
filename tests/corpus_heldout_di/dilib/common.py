"""Helpers to build held-out supplier-reply cases (stdlib only)."""
import base64, quopri, hashlib, io, zipfile, datetime as _dt
from decimal import Decimal

OUR = "northgate-buying.example"
BUYERS = {
    "mara": {"name": "Mara Lindqvist", "email": "mara.lindqvist@" + OUR},
    "tomas": {"name": "Tomás Okafor", "email": "tomas.okafor@" + OUR},
    "ines": {"name": "Ines Bauer", "email": "ines.bauer@" + OUR},
    "kevin": {"name": "Kevin Tran", "email": "kevin.tran@" + OUR},
    "priya": {"name": "Priya Raman", "email": "priya.raman@" + OUR},
}
CASES = []


def case(slug, kind, locale, desc):
    def deco(fn):
        CASES.append(dict(slug=slug, kind=kind, locale=locale, desc=desc, fn=fn))
        return fn
    return deco


# ---------------------------------------------------------------- POs
def S(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def L(item, desc, qty, uom, price, date):
    return (item, desc, qty, uom, price, date)


def PO(num, sup, cur, issued, lines, buyer="mara", req=True):
    d = {"po_number": num, "supplier": sup, "buyer": dict(BUYERS[buyer]),
         "currency": cur, "issued": issued}
    if req:
        d["request_message_id"] = "<ackreq.%s.%s@mail.%s>" % (num, issued.replace("-", ""), OUR)
    d["lines"] = [{"line": i + 1, "item": l[0], "description": l[1], "quantity": l[2],
                   "uom": l[3], "unit_price": l[4], "requested_date": l[5]}
                  for i, l in enumerate(lines)]
    return d


# ---------------------------------------------------------------- our request mail (for quoting)
def req_subject(po):
    return "Purchase order %s - please confirm" % po["po_number"]


def req_dt(po):
    y, m, d = map(int, po["issued"].split("-"))
    n = int(po["po_number"][-2:])
    return _dt.datetime(y, m, d, 9 + n % 6, (n * 7) % 60, 0, tzinfo=_dt.timezone(_dt.timedelta(hours=1)))


def req_date_hdr(po):
    from email.utils import format_datetime
    return format_datetime(req_dt(po))


def fmt_num(x):
    return str(x)


def req_table(po):
    rows = [("Ln", "Item", "Description", "Qty", "UoM", "Unit price", "Need by")]
    for l in po["lines"]:
        rows.append((str(l["line"]), l["item"], l["description"], str(l["quantity"]), l["uom"],
                     "%s %s" % (l["unit_price"], po["currency"]), l["requested_date"]))
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    out = []
    for r in rows:
        out.append("  ".join(r[i].ljust(w[i]) if i not in (3,) else r[i].rjust(w[i]) for i in range(7)).rstrip())
    return out


def req_body(po):
    b = po["buyer"]
    s = po["supplier"]
    lines = ["Dear %s team," % s["name"], "",
             "please confirm our purchase order %s of %s: quantity, unit price and" % (po["po_number"], po["issued"]),
             "delivery date for each line. The PO PDF is attached.", ""]
    lines += req_table(po)
    lines += ["", "Delivery to: Northgate Buying Co., Dock 3, Harbour Road 14, Rotterdam",
              "", "Kind regards,", b["name"], "Purchasing | Northgate Buying Co.",
              "T +31 10 555 0142"]
    return "\n".join(lines)


def req_html(po):
    b = po["buyer"]
    s = po["supplier"]
    th = "".join("<th>%s</th>" % h for h in ("Ln", "Item", "Description", "Qty", "UoM", "Unit price", "Need by"))
    trs = "".join("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s %s</td><td>%s</td></tr>" % (
        l["line"], l["item"], esc(l["description"]), l["quantity"], l["uom"], l["unit_price"], po["currency"],
        l["requested_date"]) for l in po["lines"])
    return ("<p>Dear %s team,</p><p>please confirm our purchase order %s of %s: quantity, unit price and "
            "delivery date for each line. The PO PDF is attached.</p>"
            "<table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse\"><tr>%s</tr>%s</table>"
            "<p>Kind regards,<br>%s<br>Purchasing | Northgate Buying Co.<br>T +31 10 555 0142</p>") % (
        esc(s["name"]), po["po_number"], po["issued"], th, trs, esc(b["name"]))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def q_gt(po, intro=None):
    """Gmail / Thunderbird style '> ' quote."""
    b = po["buyer"]
    if intro is None:
        d = req_dt(po)
        intro = "On %s, %s at %s, %s <%s> wrote:" % (d.strftime("%a"), d.strftime("%-d %b %Y"), d.strftime("%H:%M"),
                                                     b["name"], b["email"])
    return intro + "\n" + "\n".join(("> " + x) if x else ">" for x in req_body(po).split("\n"))


def q_outlook(po, labels=("From", "Sent", "To", "Subject"), sent=None, sep="________________________________"):
    b = po["buyer"]
    if sent is None:
        sent = req_dt(po).strftime("%A, %B %-d, %Y %-I:%M %p")
    head = [sep,
            "%s: %s <%s>" % (labels[0], b["name"], b["email"]),
            "%s: %s" % (labels[1], sent),
            "%s: %s <%s>" % (labels[2], po["supplier"]["email"], po["supplier"]["email"]) if False else
            "%s: %s" % (labels[2], po["supplier"]["email"]),
            "%s: %s" % (labels[3], req_subject(po)), ""]
    return "\n".join(head) + "\n" + req_body(po)


def q_html(po, intro=None):
    b = po["buyer"]
    if intro is None:
        d = req_dt(po)
        intro = "On %s, %s &lt;%s&gt; wrote:" % (d.strftime("%a, %b %-d, %Y at %-I:%M %p"), esc(b["name"]), b["email"])
    return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            'padding-left:1ex">%s</blockquote></div>') % (intro, req_html(po))


def q_outlook_html(po, labels=("From", "Sent", "To", "Subject"), sent=None):
    b = po["buyer"]
    if sent is None:
        sent = req_dt(po).strftime("%A, %B %-d, %Y %-I:%M %p")
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            '<p class="MsoNormal"><b>%s:</b> %s &lt;%s&gt;<br><b>%s:</b> %s<br><b>%s:</b> %s<br><b>%s:</b> %s</p></div>%s') % (
        labels[0], esc(b["name"]), b["email"], labels[1], sent, labels[2], po["supplier"]["email"], labels[3],
        esc(req_subject(po)), req_html(po))


# ---------------------------------------------------------------- MIME
class Part:
    def __init__(self, headers, body=b"", children=None, sub=None):
        self.headers = headers
        self.body = body
        self.children = children
        self.sub = sub


def b64lines(raw):
    s = base64.b64encode(raw)
    return b"\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + b"\n"


def encode_body(raw, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return b64lines(raw)
    return raw


def T(text, sub="plain", cs="utf-8", cte="quoted-printable", flowed=False, extra=None):
    raw = text.encode(cs)
    ct = 'text/%s; charset="%s"' % (sub, cs) if cs != "us-ascii" else "text/%s; charset=us-ascii" % sub
    if flowed:
        ct += "; format=flowed"
    h = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        h += extra
    return Part(h, encode_body(raw, cte))


def M(sub, *parts, params=""):
    return Part([], children=list(parts), sub=(sub, params))


def A(filename, ctype, data, inline=False, cs=None):
    ct = '%s; name="%s"' % (ctype, filename)
    if cs:
        ct = '%s; charset="%s"; name="%s"' % (ctype, cs, filename)
    return Part([("Content-Type", ct),
                 ("Content-Disposition", '%s; filename="%s"' % ("inline" if inline else "attachment", filename)),
                 ("Content-Transfer-Encoding", "base64")], b64lines(data))


def RAW(ctype, body_bytes, extra=None):
    h = [("Content-Type", ctype)] + (extra or [])
    return Part(h, body_bytes)


_bcount = [0]


def _boundary(seed):
    _bcount[0] += 1
    h = hashlib.md5(("%s-%d" % (seed, _bcount[0])).encode()).hexdigest()
    return "----=_Part_%s_%s" % (h[:8], h[8:20])


def ser_part(p, seed):
    """Return (header lines list, body bytes)."""
    if p.children is None:
        return list(p.headers), p.body
    sub, params = p.sub
    bd = _boundary(seed)
    hl = [("Content-Type", 'multipart/%s;%s boundary="%s"' % (sub, params, bd))]
    out = [b"This is a multi-part message in MIME format.", b""] if sub == "mixed" else [b""]
    for c in p.children:
        ch, cb = ser_part(c, seed)
        out.append(b"--" + bd.encode())
        for k, v in ch:
            out.append(("%s: %s" % (k, v)).encode("ascii"))
        out.append(b"")
        out.append(cb.rstrip(b"\n"))
    out.append(b"--" + bd.encode() + b"--")
    out.append(b"")
    return hl, b"\n".join(out)


def ew(s, cs="utf-8", enc="B"):
    """RFC 2047 encode s when needed (split into several words)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    words, cur = [], ""
    for ch in s:
        if len((cur + ch).encode(cs)) > 42:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        raw = w.encode(cs)
        if enc == "B":
            out.append("=?%s?B?%s?=" % (cs, base64.b64encode(raw).decode()))
        else:
            q = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else ("_" if b == 32 else "=%02X" % b)
                        for b in raw)
            out.append("=?%s?Q?%s?=" % (cs, q))
    return "\n ".join(out)


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()@"'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (ew(name, cs), email)


def msgid(style, seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    if style == "outlook":
        return "<%s%sA%s@%s.eurprd0%s.prod.outlook.com>" % ("DB9PR0", h[:2] + "MB" + h[2:6], h[6:28], "DB9PR0" + h[:2] + "MB" + h[2:6], h[30] if h[30].isdigit() else "4")
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(h[:36])).decode().replace("/", "_").replace("+", "-")
        return "<CA%s@mail.gmail.com>" % b
    return "<%s.%s@%s>" % (h[:12].lower(), h[12:20].lower(), domain)


def message(frm, to, subject, date, body, msg_id, in_reply_to=None, refs=None, extra=(), cs="utf-8", enc="B"):
    h = [("From", frm if "<" in frm or "@" in frm and " " not in frm else frm), ("To", to)]
    h += [("Subject", ew(subject, cs, enc)), ("Date", date), ("Message-ID", msg_id)]
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    if refs:
        h.append(("References", refs))
    h += list(extra)
    h.append(("MIME-Version", "1.0"))
    ph, pb = ser_part(body, msg_id)
    lines = []
    for k, v in h + ph:
        lines.append("%s: %s" % (k, v))
    data = "\n".join(lines).encode("ascii") + b"\n\n" + pb
    if not data.endswith(b"\n"):
        data += b"\n"
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def reply(po, name, email, date, body, prefix="RE: ", subject=None, thread=True, style="plain",
          extra=(), cs="utf-8", enc="B", to=None):
    dom = email.split("@")[1]
    subj = subject if subject is not None else prefix + req_subject(po)
    rid = po.get("request_message_id")
    b = po["buyer"]
    return message(addr(name, email, cs), to or addr(b["name"], b["email"]), subj, date, body,
                   msgid(style, po["po_number"] + date + email, dom),
                   in_reply_to=rid if (thread and rid) else None,
                   refs=rid if (thread and rid) else None, extra=extra, cs=cs, enc=enc)


def original_request(po):
    """Our own request mail as bytes (used inside bounces)."""
    b = po["buyer"]
    body = T(req_body(po), cs="utf-8", cte="quoted-printable")
    return message(addr(b["name"], b["email"]), po["supplier"]["email"], req_subject(po), req_date_hdr(po), body,
                   po["request_message_id"]).replace(b"\r\n", b"\n")


def req_headers_only(po):
    return original_request(po).split(b"\n\n", 1)[0] + b"\n"


# ---------------------------------------------------------------- attachments
def pdf(lines, title="Document"):
    """Minimal one-page PDF with a real text layer (Helvetica, WinAnsi)."""
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    cmds = ["BT", "/F1 10 Tf", "13 TL", "50 790 Td"]
    for ln in lines:
        if ln.startswith("#"):
            cmds += ["/F2 13 Tf", "(%s) Tj" % pesc(ln[1:]), "/F1 10 Tf", "T*"]
        else:
            cmds += ["(%s) Tj" % pesc(ln), "T*"]
    cmds.append("ET")
    stream = "\n".join(cmds).encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        ("<< /Title (%s) /Producer (RepGen 7.2) >>" % pesc(title)).encode("cp1252"),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def xlsx(rows, sheet="Sheet1"):
    """rows: list of lists; str -> inline string, int/float/Decimal -> number, datetime.date -> date serial."""
    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    xr = []
    for ri, row in enumerate(rows):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (col(ci), ri + 1)
            if v is None:
                continue
            if isinstance(v, _dt.date):
                cells.append('<c r="%s" s="1"><v>%d</v></c>' % (ref, (v - _dt.date(1899, 12, 30)).days))
            elif isinstance(v, (int, float, Decimal)):
                cells.append('<c r="%s" s="%d"><v>%s</v></c>' % (ref, 2 if isinstance(v, (float, Decimal)) else 0, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, esc(str(v))))
        xr.append('<row r="%d">%s</row>' % (ri + 1, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>') % "".join(xr)
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % esc(sheet),
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
        "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in files.items():
            zi = zipfile.ZipInfo(n, date_time=(2026, 11, 10, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, c.encode("utf-8"))
    return bio.getvalue()


# ---------------------------------------------------------------- bounces
def dsn(po, frm, date, text, reporting_mta, status, diag, rcpt=None, include="full", subject=None,
        extra=(), arrival=None, html=None, remote_mta=None):
    rcpt = rcpt or po["supplier"]["email"]
    ds = ["Reporting-MTA: dns; %s" % reporting_mta]
    if arrival:
        ds.append("Arrival-Date: %s" % arrival)
    ds += ["", "Final-Recipient: rfc822; %s" % rcpt, "Original-Recipient: rfc822;%s" % rcpt,
           "Action: failed", "Status: %s" % status]
    if remote_mta:
        ds.append("Remote-MTA: dns; %s" % remote_mta)
    ds.append("Diagnostic-Code: smtp; %s" % diag)
    ds_part = RAW("message/delivery-status", ("\n".join(ds) + "\n").encode())
    if include == "full":
        orig = RAW("message/rfc822", original_request(po))
    else:
        orig = RAW("text/rfc822-headers", req_headers_only(po))
    first = T(text, cte="7bit", cs="us-ascii") if html is None else M("alternative", T(text, cte="quoted-printable"),
                                                                       T(html, "html", cte="quoted-printable"))
    body = M("report", first, ds_part, orig, params=" report-type=delivery-status;")
    b = po["buyer"]
    return message(frm, b["email"], subject or "Undelivered Mail Returned to Sender", date, body,
                   msgid("plain", "dsn" + date, reporting_mta), extra=list(extra) + [("Auto-Submitted", "auto-replied")])


# ---------------------------------------------------------------- expected
class _Ans:
    def __init__(self, status, q=None, p=None, d=None, sched=None):
        self.status, self.q, self.p, self.d, self.sched = status, q, p, d, sched


def acc():
    return _Ans("accepted")


def chg(q=None, p=None, d=None, sched=None):
    return _Ans("changed", q, p, d, sched)


def rej():
    return _Ans("rejected")


def unc():
    return _Ans("unconfirmed")


def confirmation(notes, *answers):
    confs = []
    for po, amap in answers:
        lines = {}
        assert set(amap) == {l["line"] for l in po["lines"]}, po["po_number"]
        for l in po["lines"]:
            a = amap[l["line"]]
            if a.status == "accepted":
                lines[str(l["line"])] = {"status": "accepted", "quantity": l["quantity"], "unit_price": l["unit_price"],
                                         "date": l["requested_date"]}
            elif a.status == "changed":
                q, p, d = a.q, a.p, a.d
                e = {"status": "changed"}
                if a.sched:
                    if q is None:
                        q = sum(x[0] for x in a.sched)
                    if d is None:
                        d = max(x[1] for x in a.sched)
                q = l["quantity"] if q is None else q
                p = l["unit_price"] if p is None else p
                d = l["requested_date"] if d is None else d
                assert (q != l["quantity"] or Decimal(p) != Decimal(l["unit_price"]) or d != l["requested_date"]
                        or a.sched), (po["po_number"], l["line"])
                e.update(quantity=q, unit_price=p, date=d)
                if a.sched:
                    assert sum(x[0] for x in a.sched) == q
                    e["schedule"] = [{"quantity": x[0], "date": x[1]} for x in a.sched]
                _dt.date.fromisoformat(d)
                lines[str(l["line"])] = e
            else:
                lines[str(l["line"])] = {"status": a.status}
        confs.append({"po_number": po["po_number"], "lines": lines})
    return {"kind": "confirmation", "confirmations": confs, "notes": notes}


def other(kind, notes):
    assert kind in ("needs_review", "auto_reply", "bounce", "unrelated")
    return {"kind": kind, "notes": notes}


# ---------------------------------------------------------------- convenience
def hd(s):
    """'2026-11-05 08:14:22 +0100' -> RFC 5322 date."""
    from email.utils import format_datetime
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z") if s.count(":") == 2 else _dt.datetime.strptime(s, "%Y-%m-%d %H:%M %z")
    return format_datetime(d)


def html_of(text, font="Calibri, sans-serif", cs="utf-8"):
    paras = []
    for ln in text.split("\n"):
        paras.append(esc(ln) if ln.strip() else "&nbsp;")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
            '<body><div style="font-family:%s;font-size:11pt">%s</div></body></html>') % (
        cs, font, "<br>\n".join(paras))


def alt(text, cs="utf-8", cte="quoted-printable", html=None):
    h = html if html is not None else html_of(text, cs=cs)
    return M("alternative", T(text, "plain", cs, cte), T(h, "html", cs, cte))


_WD = {
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "ro": "luni marți miercuri joi vineri sâmbătă duminică".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
}
_MO = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
}


def loc_sent(po, lang):
    d = req_dt(po)
    wd, mo = _WD[lang][d.weekday()], _MO[lang][d.month - 1]
    t = d.strftime("%H:%M")
    if lang == "de":
        return "%s, %d. %s %d %s" % (wd, d.day, mo, d.year, t)
    if lang in ("es", "pt"):
        return "%s, %d de %s de %d %s" % (wd, d.day, mo, d.year, t)
    if lang in ("ro",):
        return "%s, %d %s %d %s" % (wd, d.day, mo, d.year, t)
    return "%s %d %s %d %s" % (wd, d.day, mo, d.year, t)
