"""Helpers to build held-out supplier-reply cases (standard library only)."""
import base64, quopri, hashlib, io, zipfile, csv, datetime as dt, unicodedata
from decimal import Decimal
from email.header import Header
from email.utils import formataddr

CASES = []


def case(slug, kind, locale, desc):
    def deco(fn):
        CASES.append(dict(slug=slug, kind=kind, locale=locale, desc=desc, fn=fn))
        return fn
    return deco


OURDOM = "harbourline.example"
BUYERS = {
    "mira": ("Mira Lindqvist", "mira.lindqvist@harbourline.example"),
    "tom": ("Tom Okafor", "tom.okafor@harbourline.example"),
    "priya": ("Priya Nair", "priya.nair@harbourline.example"),
    "jonas": ("Jonas Weber", "jonas.weber@harbourline.example"),
}

# ---------------------------------------------------------------- dates

def D(s):
    return dt.date.fromisoformat(s)


def kw(year, week, day=5):
    """ISO week -> date (day 1=Mon .. 5=Fri)."""
    return dt.date.fromisocalendar(year, week, day).isoformat()


def plus(date_s, days):
    return (D(date_s) + dt.timedelta(days=days)).isoformat()


def rfcdate(s, tz="+0100"):
    """'2026-11-10 08:12:33' -> RFC 5322 date string."""
    t = dt.datetime.fromisoformat(s)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return "%s, %d %s %d %02d:%02d:%02d %s" % (days[t.weekday()], t.day, mons[t.month - 1], t.year,
                                               t.hour, t.minute, t.second, tz)

# ---------------------------------------------------------------- POs

class PO(dict):
    @property
    def no(self):
        return self["po_number"]

    def L(self, n):
        return self["lines"][n - 1]


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def mkpo(number, supplier, buyer, currency, issued, lines, req=True):
    bname, bmail = BUYERS[buyer]
    p = PO(po_number=number, supplier=supplier, buyer={"name": bname, "email": bmail},
           currency=currency, issued=issued)
    if req:
        p["request_message_id"] = "<po-%s.1@%s>" % (number, OURDOM)
    p["lines"] = [dict(line=i + 1, item=it, description=de, quantity=q, uom=u, unit_price=pr,
                       requested_date=rd) for i, (it, de, q, u, pr, rd) in enumerate(lines)]
    return p

# ---------------------------------------------------------------- expected

def acc(p, n):
    l = p.L(n)
    return {"status": "accepted", "quantity": l["quantity"], "unit_price": l["unit_price"],
            "date": l["requested_date"]}


def chg(p, n, qty=None, price=None, date=None, schedule=None):
    l = p.L(n)
    if schedule:
        sq = sum(q for q, _ in schedule)
        if qty is None:
            qty = sq
        assert qty == sq, (p.no, n, "schedule sum")
        if date is None:
            date = max(d for _, d in schedule)
    d = {"status": "changed",
         "quantity": l["quantity"] if qty is None else qty,
         "unit_price": l["unit_price"] if price is None else str(price),
         "date": l["requested_date"] if date is None else date}
    assert (d["quantity"] != l["quantity"] or Decimal(d["unit_price"]) != Decimal(l["unit_price"])
            or d["date"] != l["requested_date"] or schedule), (p.no, n, "changed but equal")
    if schedule:
        d["schedule"] = [{"quantity": q, "date": x} for q, x in schedule]
    return d


def rej():
    return {"status": "rejected"}


def unc():
    return {"status": "unconfirmed"}


def conf(p, *lines):
    assert len(lines) == len(p["lines"]), (p.no, "line count")
    return {"po_number": p.no, "lines": {str(i + 1): x for i, x in enumerate(lines)}}


def expected(kind, notes, confs=None):
    e = {"kind": kind}
    if kind == "confirmation":
        e["confirmations"] = confs
    else:
        assert not confs
    e["notes"] = notes
    return e


def money(x, places=4):
    q = Decimal(1).scaleb(-places)
    v = Decimal(str(x)).quantize(q)
    s = format(v.normalize(), "f")
    if "." not in s:
        s += ".00"
    elif len(s.split(".")[1]) < 2:
        s += "0"
    return s

# ---------------------------------------------------------------- MIME

_counter = [0]


def _tok(seed, n=16):
    _counter[0] += 1
    return hashlib.sha1(("%s/%d" % (seed, _counter[0])).encode()).hexdigest()[:n]


def boundary(style="std"):
    t = _tok("b", 28)
    return {"gmail": "000000000000" + t[:16],
            "outlook": "_000_" + t[:20].upper() + "_",
            "apple": "Apple-Mail=_" + t[:8].upper() + "-" + t[8:12].upper() + "-" + t[12:16].upper(),
            "std": "----=_Part_%s" % t[:18]}.get(style, "----=_NextPart_" + t)


def msgid(domain, style="std"):
    t = _tok(domain, 32)
    if style == "gmail":
        return "<CA%s+%s@mail.gmail.com>" % (t[:20].upper(), t[20:30])
    if style == "outlook":
        return "<%s@%s.prod.outlook.com>" % ("DB9PR0%sMB%s" % (t[0:1].upper(), t[1:5].upper()) + t[5:25].upper(), "DB9PR07MB" + t[25:29].upper() + ".eurprd07")
    if style == "apple":
        return "<%s-%s-%s@%s>" % (t[:8].upper(), t[8:12].upper(), t[12:24].upper(), domain)
    return "<%s.%s@%s>" % (t[:12], t[12:24], domain)


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes

    def render(self):
        out = b"".join(("%s: %s\n" % hv).encode("ascii") for hv in self.headers)
        return out + b"\n" + self.body


def text(s, sub="plain", cs="utf-8", cte="quoted-printable", flowed=False, codec=None, extra=()):
    try:
        raw = s.encode(codec or cs)
    except UnicodeEncodeError:  # legacy charsets: the client would have typed plain punctuation
        for a, b in (("\u2013", "-"), ("\u2014", "-"), ("\u201e", '"'), ("\u201c", '"'), ("\u201d", '"'),
                     ("\u00ab", '"'), ("\u00bb", '"'), ("\u2019", "'"), ("\u2501", "-")):
            s = s.replace(a, b)
        raw = s.encode(codec or cs)
    if cte == "base64":  # canonical form: CRLF line breaks inside the encoded text
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    ct = 'text/%s; charset="%s"' % (sub, cs)
    if flowed:
        ct += "; format=flowed"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra), body)


def att(data, ctype, filename, inline=False, cte="base64"):
    if isinstance(data, str):
        data = data.encode("utf-8")
    body = base64.encodebytes(data) if cte == "base64" else data
    disp = "inline" if inline else "attachment"
    return Part([("Content-Type", '%s; name="%s"' % (ctype, filename)),
                 ("Content-Disposition", '%s; filename="%s"' % (disp, filename)),
                 ("Content-Transfer-Encoding", cte)], body)


def multi(sub, *parts, style="std", params=""):
    b = boundary(style)
    body = b"This is a multi-part message in MIME format.\n\n" if style in ("std", "outlook") and sub == "mixed" else b""
    for p in parts:
        body += b"--" + b.encode() + b"\n" + p.render() + b"\n"
    body += b"--" + b.encode() + b"--\n"
    return Part([("Content-Type", 'multipart/%s; boundary="%s"%s' % (sub, b, params))], body)


def alt(plain, html, style="std", cs="utf-8", cte="quoted-printable"):
    return multi("alternative", text(plain, cs=cs, cte=cte), text(html, "html", cs=cs, cte=cte), style=style)


def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=cs)


def eml(p, body, date, frm, subject=None, prefix="RE:", reply=True, mid=None, midstyle="std",
        to=None, cc=None, extra=(), tz="+0100", subj_cs="utf-8", mua=None):
    """Assemble a full message (bytes, CRLF)."""
    fname, femail = frm
    dom = femail.split("@")[1]
    if subject is None:
        subject = "%s %s" % (prefix, req_subject(p)) if prefix else req_subject(p)
    H = []
    H.append(("Return-Path", "<%s>" % femail))
    H.append(("Received", "from %s (mail.%s [192.0.2.%d])\n\tby mx1.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
              % ("mail." + dom, dom, 10 + _counter[0] % 200, OURDOM, _tok("r", 10).upper(),
                 (to or p["buyer"]["email"]), rfcdate(date, tz))))
    H.append(("From", addr(fname, femail, subj_cs)))
    H.append(("To", to if to else addr(p["buyer"]["name"], p["buyer"]["email"])))
    if cc:
        H.append(("Cc", cc))
    H.append(("Subject", hdr(subject, subj_cs)))
    H.append(("Date", rfcdate(date, tz)))
    H.append(("Message-ID", mid or msgid(dom, midstyle)))
    if reply and p.get("request_message_id"):
        H.append(("In-Reply-To", p["request_message_id"]))
        H.append(("References", p["request_message_id"]))
    if mua:
        H.append(("X-Mailer" if not mua.startswith("UA:") else "User-Agent", mua.replace("UA:", "")))
    H.extend(extra)
    H.append(("MIME-Version", "1.0"))
    raw = b"".join(("%s: %s\n" % hv).encode("ascii") for hv in H) + body.render()
    assert b"\r" not in raw
    return raw.replace(b"\n", b"\r\n")

# ---------------------------------------------------------------- our request (for quoting)

def req_subject(p):
    return "Purchase order %s - please confirm" % p.no


def req_sent(p):
    return dt.datetime.fromisoformat(p["issued"] + " 09:05:00")


def req_table(p):
    rows = ["Line  Item            Description                               Qty      UoM  Unit price     Need by"]
    for l in p["lines"]:
        rows.append("%-5s %-15s %-41s %-8s %-4s %-14s %s" % (
            l["line"], l["item"], l["description"][:41], l["quantity"], l["uom"],
            "%s %s" % (l["unit_price"], p["currency"]), l["requested_date"]))
    return "\n".join(rows)


def req_text(p):
    b = p["buyer"]
    return ("Hello,\n\nplease find below our purchase order %s dated %s.\n"
            "Kindly confirm quantities, unit prices and delivery dates by return e-mail.\n\n%s\n\n"
            "Delivery address: Harbourline Trading, Dock 4, Kanalstrasse 18, 20457 Hamburg, Germany\n\n"
            "Best regards\n%s\nPurchasing | Harbourline Trading\n+49 40 3344 1200\n"
            % (p.no, p["issued"], req_table(p), b["name"]))


def req_html(p):
    b = p["buyer"]
    rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s %s</td><td>%s</td></tr>"
                   % (l["line"], l["item"], l["description"], l["quantity"], l["uom"], l["unit_price"],
                      p["currency"], l["requested_date"]) for l in p["lines"])
    return ("<p>Hello,</p><p>please find below our purchase order %s dated %s.<br>Kindly confirm quantities, "
            "unit prices and delivery dates by return e-mail.</p>"
            "<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\"><tr><th>Line</th><th>Item</th><th>Description</th>"
            "<th>Qty</th><th>UoM</th><th>Unit price</th><th>Need by</th></tr>%s</table>"
            "<p>Best regards<br>%s<br>Purchasing | Harbourline Trading<br>+49 40 3344 1200</p>"
            % (p.no, p["issued"], rows, b["name"]))


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoy\u00e9\u00a0", "\u00c0\u00a0", "Objet\u00a0"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "pt": ("De", "Enviada em", "Para", "Assunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "sv": ("Fr\u00e5n", "Skickat", "Till", "\u00c4mne"),
    "pl": ("Od", "Wys\u0142ano", "Do", "Temat"),
    "cs": ("Od", "Odesl\u00e1no", "Komu", "P\u0159edm\u011bt"),
    "sk": ("Od", "Odoslan\u00e9", "Komu", "Predmet"),
    "hu": ("Felad\u00f3", "Elk\u00fcldve", "C\u00edmzett", "T\u00e1rgy"),
    "tr": ("Kimden", "G\u00f6nderildi", "Kime", "Konu"),
    "ru": ("\u041e\u0442", "\u041e\u0442\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u043e", "\u041a\u043e\u043c\u0443", "\u0422\u0435\u043c\u0430"),
}


def q_outlook(p, lang="en", sep=True):
    f, s, t, sub = OUTLOOK_LABELS[lang]
    sent = req_sent(p)
    if lang == "en":
        when = sent.strftime("%A, %B ") + str(sent.day) + sent.strftime(", %Y 9:05 AM")
    else:
        when = sent.strftime("%d.%m.%Y 09:05")
    b = p["buyer"]
    head = ("________________________________\n" if sep else "-----Original Message-----\n")
    return ("\n\n%s%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s\n\n%s" % (
        head, f, b["name"], b["email"], s, when, t, p["supplier"]["email"], sub, req_subject(p), req_text(p)))


def quoted(txt, mark="> "):
    return "\n".join((mark + l) if l else mark.rstrip() for l in txt.split("\n"))


def q_gmail(p, intro=None):
    b = p["buyer"]
    sent = req_sent(p)
    if intro is None:
        intro = "On %s, %s %d, %d at 9:05 AM %s <%s> wrote:" % (
            sent.strftime("%a"), sent.strftime("%b"), sent.day, sent.year, b["name"], b["email"])
    return "\n\n%s\n\n%s\n" % (intro, quoted(req_text(p)))


def q_html(p, intro=None):
    b = p["buyer"]
    if intro is None:
        intro = "On %s, %s wrote:" % (p["issued"], b["name"])
    return ('<div class="quote">%s<br><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
            "%s</blockquote></div>" % (esc(intro), req_html(p)))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_wrap(inner, lang="en"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="%s"><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">%s</div></body></html>' % (lang, inner))


def nl2br(s):
    return esc(s).replace("\n", "<br>\n")

# ---------------------------------------------------------------- attachments

def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def pdf(lines, font="Courier", size=9):
    """Minimal single/multi-page PDF with a real text layer (WinAnsi)."""
    def esc_pdf(t):
        t = ascii_fold(t).encode("cp1252", "replace").decode("cp1252")
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    per = 60
    pages = [lines[i:i + per] for i in range(0, len(lines), per)] or [[]]
    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, then pairs (page, content)
    kids = []
    for i, pg in enumerate(pages):
        pid, cid = 4 + 2 * i, 5 + 2 * i
        kids.append(pid)
        stream = "BT\n/F1 %d Tf\n%d TL\n40 800 Td\n" % (size, size + 4)
        for l in pg:
            stream += "(%s) Tj T*\n" % esc_pdf(l)
        stream += "ET\n"
        sb = stream.encode("cp1252")
        objs[cid] = b"<< /Length %d >>\nstream\n" % len(sb) + sb + b"endstream"
        objs[pid] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % cid).encode()
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), n_pages)).encode()
    objs[3] = ("<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % font).encode()
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    n = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % n
    for k in range(1, n):
        out += b"%010d 00000 n \n" % offs[k]
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, xref)
    return out


def xlsx(rows, sheet="Sheet1"):
    """rows: list of lists; str -> inline string, int/float/Decimal -> number, dt.date -> date serial."""
    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    x = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (col(c), r)
            if v is None or v == "":
                continue
            if isinstance(v, dt.date):
                cells.append('<c r="%s" s="1"><v>%d</v></c>' % (ref, (v - dt.date(1899, 12, 30)).days))
            elif isinstance(v, (int, float, Decimal)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, esc(str(v))))
        x.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % "".join(x))
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % esc(sheet),
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
        "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, content)
    return buf.getvalue()


def csvdata(rows, delim=";", enc="utf-8"):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator="\r\n")
    w.writerows(rows)
    return s.getvalue().encode(enc)

# ---------------------------------------------------------------- DSN

def dsn(p, date, mta_from, reporting_mta, human, status, diag, action="failed", orig_msgid=None,
        subject="Undelivered Mail Returned to Sender", tz="+0100", recipient=None, style="std",
        full_original=False, extra=()):
    rcpt = recipient or p["supplier"]["email"]
    b = p["buyer"]
    orig_mid = orig_msgid or p.get("request_message_id") or "<po-%s.1@%s>" % (p.no, OURDOM)
    ds = ("Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\n"
          "Action: %s\nStatus: %s\nRemote-MTA: dns; %s\nDiagnostic-Code: smtp; %s\n"
          % (reporting_mta, rfcdate(p["issued"] + " 09:05:12", "+0100"), rcpt, rcpt, action, status,
             "mx." + rcpt.split("@")[1], diag))
    orig_h = ("Return-Path: <%s>\nFrom: %s <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n"
              % (b["email"], b["name"], b["email"], rcpt, req_subject(p), rfcdate(p["issued"] + " 09:05:00", "+0100"), orig_mid))
    parts = [text(human, cs="us-ascii", cte="7bit") if human.isascii() else text(human),
             Part([("Content-Type", "message/delivery-status")], ds.encode())]
    if full_original:
        parts.append(Part([("Content-Type", "message/rfc822")],
                          (orig_h + 'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n' + req_text(p)).encode("utf-8")))
    else:
        parts.append(Part([("Content-Type", "text/rfc822-headers")], orig_h.encode()))
    body = multi("report", *parts, style=style, params="; report-type=delivery-status")
    return eml(p, body, date, mta_from, subject=subject, reply=False, to=b["email"], tz=tz,
               extra=[("Auto-Submitted", "auto-replied")] + list(extra))
