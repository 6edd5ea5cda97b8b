#!/usr/bin/env python3
"""Batch Q of held-out supplier replies to purchase orders.

Standard library only and deterministic: running it twice gives the same bytes.
Writes every case into cases/NNN-slug/{message.eml,pos.json,expected.json}
next to this script and checks each expected.json against FORMAT.md rules.

Buyer side (fictional): Valdora Group, a diversified manufacturer, domain
valdora.example.  Suppliers live under *.example domains.
"""

import base64
import datetime as dt
import hashlib
import io
import json
import os
import quopri
import shutil
import zipfile
from decimal import Decimal
from email import encoders
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import compat32
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases")
DOM = "valdora.example"

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------


def h(seed, n=32):
    """Deterministic hex string derived from seed."""
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(("%s/%d" % (seed, i)).encode()).hexdigest()
        i += 1
    return out[:n]


def b64id(seed, n):
    raw = hashlib.sha256(seed.encode()).digest() + hashlib.sha256((seed + "x").encode()).digest()
    s = base64.b64encode(raw).decode().replace("/", "_").replace("+", "-")
    return s[:n]


def tz(hours, minutes=0):
    return dt.timezone(dt.timedelta(hours=hours, minutes=minutes))


def when(y, m, d, hh=9, mm=0, off=1, offm=0):
    return dt.datetime(y, m, d, hh, mm, 0, tzinfo=tz(off, offm))


def D(s):
    return dt.date.fromisoformat(s)


def kw_friday(year, week):
    return dt.date.fromisocalendar(year, week, 5).isoformat()


def kw_day(year, week, wd):
    return dt.date.fromisocalendar(year, week, wd).isoformat()


def msgid(kind, seed, domain):
    """Message-ID in the style of a given mail client / system."""
    if kind == "outlook":
        host = ("AM%dPR%02dMB%04d" % (int(h(seed, 2), 16) % 9 + 1, int(h(seed + "r", 2), 16) % 10,
                                       int(h(seed + "m", 4), 16) % 10000))
        return "<%s%s@%s.eurprd0%d.prod.outlook.com>" % (host, h(seed, 24).upper(), host,
                                                          int(h(seed + "e", 2), 16) % 8 + 1)
    if kind == "gmail":
        return "<CA%s@mail.gmail.com>" % b64id(seed, 46)
    if kind == "apple":
        u = h(seed, 32).upper()
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], domain)
    if kind == "thunderbird":
        u = h(seed, 32)
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], domain)
    if kind == "lotus":
        u = h(seed, 24).upper()
        return "<OF%s.%s-ON%s.%s@%s>" % (u[:8], u[8:16], u[16:20], u[20:24], domain)
    if kind == "ios":
        u = h(seed, 32).upper()
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], domain)
    # generic server / ERP
    return "<%s.%s@%s>" % (h(seed, 16), h(seed + "b", 8), domain)


CLIENT_HEADERS = {
    "outlook": [("X-Mailer", None)],
    "gmail": [],
    "apple": [("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")],
    "ios": [("X-Mailer", "iPhone Mail (22C152)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "lotus": [("X-Mailer", "HCL Notes Release 12.0.2FP3 March 28, 2024")],
    "erp": [],
    "server": [],
}


# --------------------------------------------------------------------------
# MIME building
# --------------------------------------------------------------------------


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False):
    try:
        data = text.encode(charset)
    except UnicodeEncodeError:
        # a real client falls back to UTF-8 when the preferred charset cannot hold the text
        charset = "utf-8"
        data = text.encode(charset)
    p = MIMENonMultipart("text", subtype)
    p.set_param("charset", charset)
    if flowed:
        p.set_param("format", "flowed")
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte in ("7bit", "8bit"):
        payload = data.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    return p


def html_from_text(text, client="outlook", lang="en"):
    """Very small text -> HTML converter the way mail clients wrap plain text."""
    import html as _h
    paras = text.split("\n")
    if client == "outlook":
        body = []
        for ln in paras:
            if ln.strip() == "":
                body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            else:
                body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % _h.escape(ln))
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
                '--></style>\n</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % (lang.upper(), "\n".join(body)))
    if client == "gmail":
        out = []
        for ln in paras:
            out.append("<div>%s</div>" % (_h.escape(ln) if ln.strip() else "<br>"))
        return '<div dir="ltr">%s</div>\n' % "".join(out)
    # apple / thunderbird / generic
    out = []
    for ln in paras:
        out.append(_h.escape(ln) + "<br>")
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body>\n%s\n</body></html>\n' % "\n".join(out))


def attachment(data, mime, filename, inline=False):
    main, sub = mime.split("/")
    if main == "text":
        p = MIMENonMultipart(main, sub)
        p.set_param("charset", "utf-8" if isinstance(data, str) else "windows-1252")
        raw = data.encode("utf-8") if isinstance(data, str) else data
        p.set_payload(base64.encodebytes(raw).decode("ascii"))
        p["Content-Transfer-Encoding"] = "base64"
    else:
        p = MIMEBase(main, sub)
        p.set_payload(data)
        encoders.encode_base64(p)
    try:
        filename.encode("ascii")
        p.set_param("name", filename)
        p.add_header("Content-Disposition", "inline" if inline else "attachment", filename=filename)
    except UnicodeEncodeError:
        p.set_param("name", str(Header(filename, "utf-8").encode()))
        p.add_header("Content-Disposition", "inline" if inline else "attachment",
                     filename=("utf-8", "", filename))
    return p


LATIN_CHARSETS = ("iso-8859-1", "iso-8859-2", "iso-8859-7", "iso-8859-9", "iso-8859-15", "windows-1250",
                  "windows-1251", "windows-1252", "windows-1253", "windows-1254", "windows-1257")


def ew(s, charset="utf-8", enc=None):
    """RFC 2047 encoded words labelled with the charset name a real client uses.

    Text is cut at character boundaries so that no multi-byte character is split
    and each word fits on a folded header line."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    try:
        s.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    if enc is None:
        enc = "q" if charset.lower() in LATIN_CHARSETS else "b"

    def q_enc(b):
        out = []
        for ch in b:
            c = chr(ch)
            if c == " ":
                out.append("_")
            elif c.isascii() and (c.isalnum() or c in "!*+-/"):
                out.append(c)
            else:
                out.append("=%02X" % ch)
        return "".join(out)

    def enc_chunk(t):
        b = t.encode(charset)
        if enc == "b":
            return base64.b64encode(b).decode("ascii")
        return q_enc(b)

    limit = 44 if enc == "b" else 46
    words = []
    cur = ""
    for ch in s:
        if cur and len(enc_chunk(cur + ch)) > limit:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    label = "B" if enc == "b" else "Q"
    return " ".join("=?%s?%s?%s?=" % (charset, label, enc_chunk(w)) for w in words)


def enc_header(s, charset="utf-8"):
    return ew(s, charset)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return "%s <%s>" % (ew(name, charset), email)


def build(frm, to, subject, date, text=None, html=None, client="outlook", seed="x",
          charset="utf-8", cte="quoted-printable", html_cte=None, in_reply_to=None, references=None,
          cc=None, attachments=(), extra_headers=(), lang="en", flowed=False, mid=None,
          from_charset=None, subject_charset=None, auto_html=True, domain=None):
    """Assemble an RFC 5322 message and return its bytes (CRLF line ends).

    frm / to / cc: (name, email) tuples or lists of them.
    """
    from_addr = frm[1]
    domain = domain or from_addr.split("@")[1]
    if html is None and text is not None and auto_html and client in ("outlook", "gmail", "apple"):
        html = html_from_text(text, client, lang)
        eff = charset
        try:
            html.encode(charset)
        except (UnicodeEncodeError, LookupError):
            eff = "utf-8"
        if eff.lower() not in ("utf-8", "us-ascii"):
            html = html.replace("charset=utf-8", "charset=" + eff)
    body_parts = []
    if text is not None:
        body_parts.append(text_part(text, "plain", charset, cte, flowed))
    if html is not None:
        body_parts.append(text_part(html, "html", "utf-8" if charset in ("us-ascii",) else charset,
                                    html_cte or ("quoted-printable" if cte in ("7bit", "8bit") else cte)))
    if len(body_parts) == 2:
        body = MIMEMultipart("alternative")
        for p in body_parts:
            body.attach(p)
    else:
        body = body_parts[0]
    if attachments:
        msg = MIMEMultipart("mixed")
        msg.attach(body)
        for a in attachments:
            msg.attach(a)
    else:
        msg = body
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]

    # headers, in the order a real message would roughly have them
    hdrs = []
    rcv_host = "mx1.%s" % DOM
    hdrs.append(("Return-Path", "<%s>" % from_addr))
    hdrs.append(("Received", "from %s (%s [192.0.2.%d])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s"
                 % ("mail." + domain if client != "gmail" else "mail-wr1-f%d.google.com" % (int(h(seed, 2), 16) % 60 + 10),
                    "mail." + domain, int(h(seed + "ip", 2), 16) % 200 + 20, rcv_host, h(seed + "q", 10).upper(),
                    (to[0] if isinstance(to, list) else to)[1],
                    format_datetime((date + dt.timedelta(seconds=7)).astimezone(tz(1))))))
    fc = from_charset or charset if charset not in ("us-ascii",) else "utf-8"
    hdrs.append(("From", addr(frm[0], frm[1], fc)))
    tos = to if isinstance(to, list) else [to]
    hdrs.append(("To", ", ".join(addr(n, e, fc) for n, e in tos)))
    if cc:
        ccs = cc if isinstance(cc, list) else [cc]
        hdrs.append(("CC" if client == "outlook" else "Cc", ", ".join(addr(n, e, fc) for n, e in ccs)))
    hdrs.append(("Subject", enc_header(subject, subject_charset or (charset if charset != "us-ascii" else "utf-8"))))
    if client == "outlook":
        hdrs.append(("Thread-Topic", enc_header(subject.split(":", 1)[-1].strip() if ":" in subject[:6] else subject,
                                                 subject_charset or "utf-8")))
        hdrs.append(("Thread-Index", base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()))
    hdrs.append(("Date", format_datetime(date)))
    hdrs.append(("Message-ID", mid or msgid(client if client in ("outlook", "gmail", "apple", "thunderbird", "lotus", "ios") else "erp", seed, domain)))
    if references:
        hdrs.append(("References", references))
    if in_reply_to:
        hdrs.append(("In-Reply-To", in_reply_to))
    if client == "outlook":
        hdrs.append(("Accept-Language", "%s, en-US" % lang if lang.lower() != "en-us" else "en-US"))
        hdrs.append(("Content-Language", lang))
        hdrs.append(("X-MS-Has-Attach", "yes" if attachments else ""))
        hdrs.append(("X-MS-TNEF-Correlator", ""))
    for k, v in CLIENT_HEADERS.get(client, []):
        if v:
            hdrs.append((k, v))
    for k, v in extra_headers:
        hdrs.append((k, v))
    hdrs.append(("MIME-Version", "1.0"))

    # move content headers after ours
    content = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in hdrs:
        msg[k] = v
    for k, v in content:
        if k.lower() == "mime-version":
            continue
        msg[k] = v
    return flatten(msg)


def flatten(msg):
    # deterministic MIME boundaries in the style of the sending client
    mid = str(msg.get("Message-ID", "x"))
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            i += 1
            key = h(mid + "/%d" % i, 32)
            if "outlook.com" in mid:
                b = "_%03d_%s_" % (i - 1, mid.strip("<>").split("@")[1].split(".")[0].upper() + key[:8].upper())
            elif "mail.gmail.com" in mid:
                b = "000000000000" + key[:12]
            elif "X-Mailer" in msg and "Apple Mail" in str(msg["X-Mailer"]) or "iPhone" in str(msg.get("X-Mailer", "")):
                b = "Apple-Mail=_%s-%s-%s-%s-%s" % (key[:8].upper(), key[8:12].upper(), key[12:16].upper(),
                                                    key[16:20].upper(), key[20:32].upper())
            else:
                b = "----=_Part_%d_%d.%s" % (i, int(key[:8], 16), key[8:21])
            part.set_boundary(b)
    fp = io.BytesIO()
    g = BytesGenerator(fp, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=78))
    g.flatten(msg)
    return fp.getvalue()


# --------------------------------------------------------------------------
# PDF (hand-written, uncompressed, Helvetica, exact xref)
# --------------------------------------------------------------------------


def _pdf_str(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def make_pdf(pages, title="Document", author="", producer="ERP report writer"):
    """pages: list of pages; each page a list of (x, y, size, bold, text)."""
    objs = {}
    # 1 catalog, 2 pages, 3 font regular, 4 font bold, 5 info, then per page: page obj + content obj
    n_pages = len(pages)
    page_ids = [6 + 2 * i for i in range(n_pages)]
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % p for p in page_ids), n_pages)).encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = b"<< /Title " + _pdf_str(title) + b" /Author " + _pdf_str(author) + b" /Producer " + _pdf_str(producer) + b" >>"
    for i, page in enumerate(pages):
        pid = page_ids[i]
        cid = pid + 1
        ops = []
        for (x, y, size, bold, text) in page:
            ops.append(b"BT /" + (b"F2" if bold else b"F1") + (" %g Tf %g %g Td " % (size, x, y)).encode()
                       + _pdf_str(text) + b" Tj ET")
        stream = b"\n".join(ops) + b"\n"
        objs[cid] = b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream"
        objs[pid] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
                     "/Contents %d 0 R >>" % cid).encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    max_id = max(objs)
    for oid in range(1, max_id + 1):
        offsets[oid] = len(out)
        out += ("%d 0 obj\n" % oid).encode() + objs[oid] + b"\nendobj\n"
    xref = len(out)
    out += ("xref\n0 %d\n" % (max_id + 1)).encode()
    out += b"0000000000 65535 f \n"
    for oid in range(1, max_id + 1):
        out += ("%010d 00000 n \n" % offsets[oid]).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (max_id + 1, xref)).encode()
    return bytes(out)


def pdf_doc(lines, title="Document", author="", producer="ERP report writer"):
    """lines: list of str or (text, bold, size) tuples laid out top-down; x given by leading '@x:'."""
    pages = [[]]
    y = 800
    for ln in lines:
        if isinstance(ln, tuple):
            text, bold, size = ln
        else:
            text, bold, size = ln, False, 9
        cols = text.split("\t")
        if y < 50:
            pages.append([])
            y = 800
        if len(cols) == 1:
            if text:
                pages[-1].append((50, y, size, bold, text))
        else:
            # tab-separated: fixed column starts
            xs = [50, 95, 190, 330, 390, 430, 490]
            for i, c in enumerate(cols):
                if c:
                    pages[-1].append((xs[i] if i < len(xs) else 50 + 70 * i, y, size, bold, c))
        y -= size + 5
    return make_pdf(pages, title, author, producer)


# --------------------------------------------------------------------------
# XLSX (zipfile, shared strings, date serials with a date style)
# --------------------------------------------------------------------------


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _x(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"))


def make_xlsx(rows, sheet="Sheet1", inline=False, creator="Microsoft Excel"):
    """rows: list of lists; cells may be str, int, float, Decimal, dt.date or None."""
    sst = []
    sst_idx = {}
    xml_rows = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if v is None or v == "":
                continue
            if isinstance(v, dt.date):
                serial = (v - dt.date(1899, 12, 30)).days
                cells.append('<c r="%s" s="1"><v>%d</v></c>' % (ref, serial))
            elif isinstance(v, (int, float, Decimal)) and not isinstance(v, bool):
                cells.append('<c r="%s" s="%d"><v>%s</v></c>' % (ref, 2 if isinstance(v, (float, Decimal)) else 0, v))
            else:
                if inline:
                    cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _x(str(v))))
                else:
                    if v not in sst_idx:
                        sst_idx[v] = len(sst)
                        sst.append(v)
                    cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, sst_idx[v]))
        xml_rows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    ncols = max(len(r) for r in rows)
    dim = "A1:%s%d" % (_col(ncols - 1), len(rows))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                 '<dimension ref="%s"/><sheetData>%s</sheetData></worksheet>' % (dim, "".join(xml_rows)))
    files = []
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          + ('' if inline else '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
          + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    files.append(("[Content_Types].xml", ct))
    files.append(("_rels/.rels",
                  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                  '</Relationships>'))
    files.append(("docProps/core.xml",
                  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>%s</dc:creator></cp:coreProperties>' % _x(creator)))
    files.append(("docProps/app.xml",
                  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
                  '<Application>Microsoft Excel</Application></Properties>'))
    files.append(("xl/workbook.xml",
                  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                  '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet)))
    files.append(("xl/_rels/workbook.xml.rels",
                  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                  + ('' if inline else '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>')
                  + '</Relationships>'))
    files.append(("xl/styles.xml",
                  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                  '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00##"/></numFmts>'
                  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
                  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
                  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
                  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
                  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
                  '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
                  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
                  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
                  '</styleSheet>'))
    if not inline:
        files.append(("xl/sharedStrings.xml",
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
                      % (len(sst), len(sst), "".join('<si><t xml:space="preserve">%s</t></si>' % _x(s) for s in sst))))
    files.append(("xl/worksheets/sheet1.xml", sheet_xml))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 12, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# --------------------------------------------------------------------------
# purchase orders, request mails, quoting
# --------------------------------------------------------------------------

BUYERS = {
    "keller": ("Miriam Keller", "m.keller@valdora.example"),
    "novak": ("Tomas Novak", "tomas.novak@valdora.example"),
    "osei": ("Abena Osei", "abena.osei@valdora.example"),
    "lindqvist": ("Erik Lindqvist", "erik.lindqvist@valdora.example"),
    "moreau": ("Claire Moreau", "c.moreau@valdora.example"),
    "brandt": ("Jonas Brandt", "jonas.brandt@valdora.example"),
    "rossi": ("Giulia Rossi", "giulia.rossi@valdora.example"),
    "tanaka": ("Haruto Tanaka", "h.tanaka@valdora.example"),
    "nguyen": ("Nguyen Thi Lan", "lan.nguyen@valdora.example"),
    "purch": ("Valdora Purchasing", "purchasing@valdora.example"),
}


def sup(id_, name, email, locale):
    return {"id": id_, "name": name, "email": email, "locale": locale}


def mkpo(number, supplier, buyer, currency, issued, lines, req=True, req_n=1):
    b = BUYERS[buyer]
    po = {
        "po_number": number,
        "supplier": supplier,
        "buyer": {"name": b[0], "email": b[1]},
        "currency": currency,
        "issued": issued,
    }
    if req:
        po["request_message_id"] = "<ackreq.%s.%d.%s@valdora.example>" % (
            number.replace("/", "-").replace(" ", ""), req_n, h(number, 8))
    po["lines"] = []
    for i, (item, desc, qty, uom, price, date) in enumerate(lines, start=1):
        po["lines"].append({
            "line": i, "item": item, "description": desc, "quantity": qty, "uom": uom,
            "unit_price": price, "requested_date": date,
        })
    return po


def req_subject(po, kind="request"):
    if kind == "reminder":
        return "Reminder: order acknowledgment outstanding - PO %s" % po["po_number"]
    return "Purchase order %s - please confirm" % po["po_number"]


def fmt_qty(q):
    if isinstance(q, float):
        return ("%.3f" % q).rstrip("0").rstrip(".")
    return str(q)


def req_text(po, contact=None, kind="request"):
    """The acknowledgment request our system sent (quoted by many replies)."""
    b = po["buyer"]
    lines = []
    lines.append("Dear %s," % (contact or "Sir or Madam"))
    lines.append("")
    if kind == "reminder":
        lines.append("we have not yet received your confirmation of our purchase order %s of %s."
                     % (po["po_number"], po["issued"]))
        lines.append("Please confirm quantities, prices and delivery dates by return.")
    else:
        lines.append("please find our purchase order %s of %s below. Please confirm quantities,"
                     % (po["po_number"], po["issued"]))
        lines.append("unit prices and delivery dates for each line by reply to this e-mail.")
    lines.append("")
    lines.append("Line | Item | Description | Qty | UoM | Unit price (%s) | Need-by" % po["currency"])
    for ln in po["lines"]:
        lines.append("%d | %s | %s | %s | %s | %s | %s" % (
            ln["line"], ln["item"], ln["description"], fmt_qty(ln["quantity"]), ln["uom"],
            ln["unit_price"], ln["requested_date"]))
    lines.append("")
    lines.append("Kind regards")
    lines.append(b["name"])
    lines.append("Purchasing | Valdora Group")
    lines.append("Industriestrasse 12, 4020 Linz | +43 732 90 41 00")
    return "\n".join(lines)


def quote(text, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.split("\n"))


def reply_headers(po, n=1):
    """In-Reply-To/References for a reply to the acknowledgment request."""
    rid = po.get("request_message_id")
    return rid


# --------------------------------------------------------------------------
# expected answers
# --------------------------------------------------------------------------


def _line(po, n):
    for ln in po["lines"]:
        if ln["line"] == n:
            return ln
    raise KeyError(n)


def acc(po, n):
    ln = _line(po, n)
    return {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
            "date": ln["requested_date"]}


def chg(po, n, quantity=None, unit_price=None, date=None, schedule=None):
    ln = _line(po, n)
    q = ln["quantity"] if quantity is None else quantity
    p = ln["unit_price"] if unit_price is None else unit_price
    if schedule:
        sched = [{"quantity": a, "date": b} for a, b in schedule]
        if date is None:
            date = sched[-1]["date"]
        if quantity is None:
            q = sum(s["quantity"] for s in sched)
    d = ln["requested_date"] if date is None else date
    out = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
    if schedule:
        out["schedule"] = sched
    return out


def rej():
    return {"status": "rejected"}


def unc():
    return {"status": "unconfirmed"}


def conf(po, lines):
    return {"po_number": po["po_number"], "lines": {str(k): v for k, v in lines.items()}}


def expect(kind, notes, confirmations=None):
    e = {"kind": kind}
    if confirmations is not None:
        e["confirmations"] = confirmations
    e["notes"] = notes
    return e


# --------------------------------------------------------------------------
# case registry
# --------------------------------------------------------------------------

CASES = []


def case(slug, category, locale, what):
    def deco(fn):
        CASES.append({"slug": slug, "category": category, "locale": locale, "what": what, "fn": fn})
        return fn
    return deco


# Standard signature blocks / quote headers are written inline in the cases
# so that every case reads like its own mailbox.

# --------------------------------------------------------------------------
# localised quote headers (Outlook style) so weekday names are always right
# --------------------------------------------------------------------------

WD = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle".split(),
    "sk": "pondelok utorok streda štvrtok piatok sobota nedeľa".split(),
    "hu": "hétfő kedd szerda csütörtök péntek szombat vasárnap".split(),
    "ro": "luni marți miercuri joi vineri sâmbătă duminică".split(),
    "hr": "ponedjeljak utorak srijeda četvrtak petak subota nedjelja".split(),
    "sl": "ponedeljek torek sreda četrtek petek sobota nedelja".split(),
    "bg": "понеделник вторник сряда четвъртък петък събота неделя".split(),
    "el": "Δευτέρα Τρίτη Τετάρτη Πέμπτη Παρασκευή Σάββατο Κυριακή".split(),
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar".split(),
    "ru": "понедельник вторник среда четверг пятница суббота воскресенье".split(),
    "uk": "понеділок вівторок середа четвер пʼятниця субота неділя".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "nb": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai".split(),
    "et": "esmaspäev teisipäev kolmapäev neljapäev reede laupäev pühapäev".split(),
    "lt": "pirmadienis antradienis trečiadienis ketvirtadienis penktadienis šeštadienis sekmadienis".split(),
    "lv": "pirmdiena otrdiena trešdiena ceturtdiena piektdiena sestdiena svētdiena".split(),
    "ko": "월요일 화요일 수요일 목요일 금요일 토요일 일요일".split(),
    "vi": "Thứ Hai|Thứ Ba|Thứ Tư|Thứ Năm|Thứ Sáu|Thứ Bảy|Chủ Nhật".split("|"),
    "id": "Senin Selasa Rabu Kamis Jumat Sabtu Minggu".split(),
    "ms": "Isnin Selasa Rabu Khamis Jumaat Sabtu Ahad".split(),
}
MO = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra".split(),
    "hu": "január február március április május június július augusztus szeptember október november december".split(),
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca".split(),
    "sl": "januar februar marec april maj junij julij avgust september oktober november december".split(),
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември".split(),
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "nb": "januar februar mars april mai juni juli august september oktober november desember".split(),
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta".split(),
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember".split(),
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio".split(),
    "lv": "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī".split(),
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember".split(),
}

LABELS = {
    # from, sent, to, cc, subject
    "en": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
    "de": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"),
    "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :"),
    "nl": ("Van:", "Verzonden:", "Aan:", "CC:", "Onderwerp:"),
    "it": ("Da:", "Inviato:", "A:", "Cc:", "Oggetto:"),
    "es": ("De:", "Enviado el:", "Para:", "CC:", "Asunto:"),
    "pt-BR": ("De:", "Enviada em:", "Para:", "Cc:", "Assunto:"),
    "pt": ("De:", "Enviado:", "Para:", "Cc:", "Assunto:"),
    "pl": ("Od:", "Wysłano:", "Do:", "DW:", "Temat:"),
    "cs": ("Od:", "Odesláno:", "Komu:", "Kopie:", "Předmět:"),
    "sk": ("Od:", "Odoslané:", "Komu:", "Kópia:", "Predmet:"),
    "hu": ("Feladó:", "Elküldve:", "Címzett:", "Másolatot kap:", "Tárgy:"),
    "ro": ("De la:", "Trimis:", "Către:", "Cc:", "Subiect:"),
    "hr": ("Šalje:", "Poslano:", "Prima:", "Kopija:", "Predmet:"),
    "sl": ("Od:", "Poslano:", "Za:", "Kp:", "Zadeva:"),
    "bg": ("От:", "Изпратено:", "До:", "Копие:", "Относно:"),
    "el": ("Από:", "Στάλθηκε:", "Προς:", "Κοιν.:", "Θέμα:"),
    "tr": ("Kimden:", "Gönderildi:", "Kime:", "Bilgi:", "Konu:"),
    "ru": ("От:", "Отправлено:", "Кому:", "Копия:", "Тема:"),
    "uk": ("Від:", "Надіслано:", "Кому:", "Копія:", "Тема:"),
    "sv": ("Från:", "Skickat:", "Till:", "Kopia:", "Ämne:"),
    "da": ("Fra:", "Sendt:", "Til:", "Cc:", "Emne:"),
    "nb": ("Fra:", "Sendt:", "Til:", "Kopi:", "Emne:"),
    "fi": ("Lähettäjä:", "Lähetetty:", "Vastaanottaja:", "Kopio:", "Aihe:"),
    "et": ("Saatja:", "Saadetud:", "Adressaat:", "Koopia:", "Teema:"),
    "lt": ("Nuo:", "Išsiųsta:", "Kam:", "Kopija:", "Tema:"),
    "lv": ("No:", "Nosūtīts:", "Kam:", "Kopija:", "Tēma:"),
    "ja": ("差出人:", "送信日時:", "宛先:", "CC:", "件名:"),
    "zh": ("发件人:", "发送时间:", "收件人:", "抄送:", "主题:"),
    "zh-HK": ("寄件者:", "寄件日期:", "收件者:", "副本:", "主旨:"),
    "ko": ("보낸 사람:", "보낸 날짜:", "받는 사람:", "참조:", "제목:"),
    "vi": ("Từ:", "Đã gửi:", "Đến:", "Cc:", "Chủ đề:"),
    "id": ("Dari:", "Dikirim:", "Kepada:", "Cc:", "Perihal:"),
    "ms": ("Daripada:", "Dihantar:", "Kepada:", "Sk:", "Subjek:"),
}


def sent_str(lang, t):
    wd = t.weekday()
    d, m, y = t.day, t.month, t.year
    hm = "%02d:%02d" % (t.hour, t.minute)
    L = lang
    if L == "en-US":
        h12 = t.hour % 12 or 12
        return "%s, %s %d, %d %d:%02d %s" % (WD["en"][wd], MO["en"][m - 1], d, y, h12, t.minute, "AM" if t.hour < 12 else "PM")
    if L in ("en", "en-GB"):
        return "%02d %s %d %s" % (d, MO["en"][m - 1], y, hm)
    if L == "de":
        return "%s, %d. %s %d %s" % (WD["de"][wd], d, MO["de"][m - 1], y, hm)
    if L == "fr":
        return "%s %d %s %d %s" % (WD["fr"][wd], d, MO["fr"][m - 1], y, hm)
    if L == "nl":
        return "%s %d %s %d %s" % (WD["nl"][wd], d, MO["nl"][m - 1], y, hm)
    if L == "it":
        return "%s %d %s %d %s" % (WD["it"][wd], d, MO["it"][m - 1], y, hm)
    if L == "es":
        return "%s, %d de %s de %d %s" % (WD["es"][wd], d, MO["es"][m - 1], y, hm)
    if L == "pt-BR":
        return "%s, %d de %s de %d %s" % (WD["pt"][wd], d, MO["pt"][m - 1], y, hm)
    if L == "pt":
        return "%d de %s de %d %s" % (d, MO["pt"][m - 1], y, hm)
    if L == "pl":
        return "%s, %d %s %d %s" % (WD["pl"][wd], d, MO["pl"][m - 1], y, hm)
    if L == "cs":
        return "%s %d. %s %d %s" % (WD["cs"][wd], d, MO["cs"][m - 1], y, hm)
    if L == "sk":
        return "%s %d. %s %d %s" % (WD["sk"][wd], d, MO["sk"][m - 1], y, hm)
    if L == "hu":
        return "%d. %s %d., %s %s" % (y, MO["hu"][m - 1], d, WD["hu"][wd], hm)
    if L == "ro":
        return "%s, %d %s %d %s" % (WD["ro"][wd], d, MO["ro"][m - 1], y, hm)
    if L == "hr":
        return "%s, %d. %s %d. %s" % (WD["hr"][wd], d, MO["hr"][m - 1], y, hm)
    if L == "sl":
        return "%s, %02d. %s %d %s" % (WD["sl"][wd], d, MO["sl"][m - 1], y, hm)
    if L == "bg":
        return "%s, %d %s %d г. %s" % (WD["bg"][wd], d, MO["bg"][m - 1], y, hm)
    if L == "el":
        return "%s, %d %s %d %s" % (WD["el"][wd], d, MO["el"][m - 1], y, hm)
    if L == "tr":
        return "%d %s %d %s %s" % (d, MO["tr"][m - 1], y, WD["tr"][wd], hm)
    if L == "ru":
        return "%s, %d %s %d г. %s" % (WD["ru"][wd], d, MO["ru"][m - 1], y, hm)
    if L == "uk":
        return "%s, %d %s %d р. %s" % (WD["uk"][wd], d, MO["uk"][m - 1], y, hm)
    if L == "sv":
        return "den %d %s %d %s" % (d, MO["sv"][m - 1], y, hm)
    if L == "da":
        return "%d. %s %d %s" % (d, MO["da"][m - 1], y, hm)
    if L == "nb":
        return "%s %d. %s %d %s" % (WD["nb"][wd], d, MO["nb"][m - 1], y, hm)
    if L == "fi":
        return "%s %d. %s %d %s" % (WD["fi"][wd], d, MO["fi"][m - 1], y, hm.replace(":", "."))
    if L == "et":
        return "%s, %d. %s %d %s" % (WD["et"][wd], d, MO["et"][m - 1], y, hm)
    if L == "lt":
        return "%d m. %s %d d. %s" % (y, MO["lt"][m - 1], d, hm)
    if L == "lv":
        return "%s, %d. gada %d. %s %s" % (WD["lv"][wd], y, d, MO["lv"][m - 1], hm)
    if L in ("ja", "zh", "zh-HK"):
        return "%d年%d月%d日 %s" % (y, m, d, hm)
    if L == "ko":
        h12 = t.hour % 12 or 12
        return "%d년 %d월 %d일 %s %s %d:%02d" % (y, m, d, WD["ko"][wd], "오전" if t.hour < 12 else "오후", h12, t.minute)
    if L == "vi":
        return "%s, ngày %d tháng %d năm %d %s" % (WD["vi"][wd], d, m, y, hm)
    if L == "id":
        return "%s, %02d %s %d %s" % (WD["id"][wd], d, MO["id"][m - 1], y, hm.replace(":", "."))
    if L == "ms":
        return "%s, %d %s %d %s" % (WD["ms"][wd], d, MO["ms"][m - 1], y, hm)
    raise KeyError(lang)


def oq(lang, frm, to, t, subject, cc=None, sep="_" * 32, original=None):
    """Outlook-style quoted original: separator, header block, then the text unindented."""
    key = lang if lang in LABELS else lang.split("-")[0]
    if lang == "en-US" or lang == "en-GB":
        key = "en"
    lab = LABELS[key]
    out = []
    if sep:
        out.append(sep)
    out.append("%s %s <%s>" % (lab[0], frm[0], frm[1]) if frm[0] else "%s %s" % (lab[0], frm[1]))
    out.append("%s %s" % (lab[1], sent_str(lang if lang not in ("en",) else "en-GB", t)))
    out.append("%s %s <%s>" % (lab[2], to[0], to[1]) if to[0] else "%s %s" % (lab[2], to[1]))
    if cc:
        out.append("%s %s" % (lab[3], cc))
    out.append("%s %s" % (lab[4], subject))
    out.append("")
    if original is not None:
        out.append(original)
    return "\n".join(out)


def check_wd(d, expected_wd):
    """Guard for weekday names written by hand in the texts (0=Mon)."""
    dd = D(d) if isinstance(d, str) else d
    assert dd.weekday() == expected_wd, (d, expected_wd, dd.weekday())


def outlook_reply(po, frm, t, body, lang, prefix="RE: ", rq=None, sup_to=None, client="outlook",
                  charset="utf-8", cte="quoted-printable", seed=None, attachments=(), cc=None,
                  to=None, quote_lang=None, sep="_" * 32, subject=None, contact=None, extra_headers=(),
                  html_lang=None, auto_html=True, kind="request"):
    """Typical top-posted Outlook reply to our acknowledgment request."""
    b = (po["buyer"]["name"], po["buyer"]["email"])
    sup_to = sup_to or (po["supplier"]["name"], po["supplier"]["email"])
    subj0 = req_subject(po, kind)
    q = oq(quote_lang or lang, b, sup_to, rq, subj0, sep=sep, original=req_text(po, contact, kind))
    text = body.rstrip("\n") + "\n\n" + q + "\n"
    rid = po.get("request_message_id")
    return build(frm, to or b, subject or (prefix + subj0), t, text=text, client=client,
                 seed=seed or po["po_number"] + frm[1], charset=charset, cte=cte,
                 in_reply_to=rid, references=rid, attachments=attachments, cc=cc,
                 lang=html_lang or lang, extra_headers=extra_headers, auto_html=auto_html)

# ==========================================================================
# German-speaking suppliers, automotive call-offs, glazing, optics, cable
# ==========================================================================

SIG_HOLLMANN = """Mit freundlichen Grüßen

i.A. Sandra Pieper
Innendienst / Auftragsabwicklung

Stanztechnik Hollmann GmbH & Co. KG
Am Hohenstein 14 · 58511 Lüdenscheid
Tel. +49 2351 6789-214 · Fax +49 2351 6789-299
s.pieper@hollmann-stanztechnik.example · www.hollmann-stanztechnik.example

Sitz der Gesellschaft: Lüdenscheid · Amtsgericht Iserlohn HRA 4711
Persönlich haftende Gesellschafterin: Hollmann Verwaltungs-GmbH, AG Iserlohn HRB 8123
Geschäftsführer: Dr. Klaus Hollmann, Ute Hollmann-Berg
IATF 16949 zertifiziert seit 12.03.2019"""


@case("de-abruf-kw-slots", "confirmation", "de-DE",
      "Pos. 10/20/30 for lines 1-3; line 1 split into three KW call-off slots; price per 1000 pcs equals PO; KW 2/27 = requested")
def c_de_abruf():
    S = sup("HOLLMANN", "Stanztechnik Hollmann GmbH & Co. KG", "auftragsbearbeitung@hollmann-stanztechnik.example", "de-DE")
    po = mkpo("4510023456", S, "keller", "EUR", "2026-12-01", [
        ("VA-88213", "Halter Kabelbaum, Stahl verzinkt", 12000, "EA", "0.3180", "2027-01-15"),
        ("VA-88214", "Abschirmblech links, DC04", 4000, "EA", "0.9650", "2027-01-15"),
        ("VA-88215", "Abschirmblech rechts, DC04", 4000, "EA", "0.9650", "2027-01-15"),
    ])
    rq = when(2026, 12, 1, 14, 5)
    body = """Sehr geehrte Frau Keller,

vielen Dank für Ihre Bestellung 4510023456 vom 01.12.2026, die wir wie folgt bestätigen:

Pos. 10 – Ihre Art.-Nr. VA-88213 / unsere Sach-Nr. 21-4471
  12.000 St. zu 318,00 EUR / 1000 St.
  Anlieferung in drei Teilmengen:
    4.000 St. KW 2
    4.000 St. KW 4
    4.000 St. KW 6

Pos. 20 – VA-88214 / 21-4472
  4.000 St. à 0,965 EUR, Liefertermin KW 2/27

Pos. 30 – VA-88215 / 21-4473
  4.000 St. à 0,965 EUR, Liefertermin KW 2/27

Alle Termine sind Anliefertermine frei Haus Linz (DAP, Incoterms 2020). Verpackung in
KLT 4314, wie mit Ihrer Logistik abgestimmt.

Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

""" + SIG_HOLLMANN
    eml = outlook_reply(po, ("Pieper, Sandra", "s.pieper@hollmann-stanztechnik.example"),
                        when(2026, 12, 7, 10, 42), body, "de", prefix="AW: ", rq=rq,
                        sup_to=("Auftragsbearbeitung Hollmann", S["email"]),
                        cc=[("Auftragsbearbeitung Hollmann", S["email"])])
    exp = expect("confirmation",
                 "Supplier numbers positions 10/20/30 for our lines 1/2/3. Line 1 is delivered in three KW slots "
                 "(KW 2, 4, 6 of 2027 -> Fridays 15.01, 29.01, 12.02); 318,00 EUR per 1000 equals 0.3180 per piece. "
                 "Lines 2 and 3 'KW 2/27' = Friday 2027-01-15 = requested date, so accepted.",
                 [conf(po, {1: chg(po, 1, schedule=[(4000, kw_friday(2027, 2)), (4000, kw_friday(2027, 4)),
                                                    (4000, kw_friday(2027, 6))]),
                            2: acc(po, 2), 3: acc(po, 3)})])
    return [po], eml, exp


@case("en-gb-edi-ordrsp-text", "confirmation", "en-GB",
      "EDI gateway ORDRSP rendered as plain text: LIN action codes, yyyymmdd dates, price per 1000, pallet rounding on one line")
def c_edi_ordrsp():
    S = sup("MIDPREC", "Midland Precision Mouldings Ltd", "sales@midland-precision.example", "en-GB")
    po = mkpo("4510023512", S, "keller", "GBP", "2026-12-03", [
        ("VA-70110", "Clip, PA66 GF30, black", 50000, "EA", "0.0412", "2027-01-22"),
        ("VA-70111", "Grommet, EPDM, 22 mm", 20000, "EA", "0.1175", "2027-01-22"),
        ("VA-70112", "Cable tie mount, PA66 natural", 30000, "EA", "0.0286", "2027-01-29"),
    ])
    text = """*** This message was generated automatically by the Midland Precision EDI gateway. ***
*** Replies to this address are not monitored - contact sales@midland-precision.example ***

ORDER RESPONSE SUMMARY (ORDRSP D.96A, translated)
------------------------------------------------------------------------------
Message ref     : MPM-OR-0088731            Interchange : 000041187
Document        : 231 Purchase order response
Header action   : 4  (change)
Buyer order no. : 4510023512                Order date  : 20261203
Supplier        : MIDLAND PRECISION MOULDINGS LTD    GLN 5012345000017
Buyer           : VALDORA GROUP                      GLN 9012345000019
Delivery party  : VALDORA WERK LINZ                  GLN 9012345000026
------------------------------------------------------------------------------
LIN BUYER ART  SUPPL ART    ACT   QTY    UOM  PRICE     BASIS  DTM+2 (DELIV)
001 VA-70110   MPM-CL-6631   5   50000   PCE  41.20     1000   20270122
002 VA-70111   MPM-GR-2210   3   24000   PCE  0.1175    1      20270122
003 VA-70112   MPM-CT-0415   5   30000   PCE  28.60     1000   20270129
------------------------------------------------------------------------------
ACT codes: 5 = accepted without amendment / 3 = changed / 7 = not accepted
FTX LIN 002: QTY ADJUSTED TO FULL PALLET MULTIPLE (2 X 12000 PCE)
Currency: GBP     Incoterms: DAP LINZ     Payment: 60 DAYS EOM
------------------------------------------------------------------------------
END OF MESSAGE
"""
    eml = build(("Midland Precision EDI", "edi-noreply@midland-precision.example"),
                ("Valdora Purchasing", "purchasing@valdora.example"),
                "ORDRSP 4510023512 / MPM-OR-0088731", when(2026, 12, 9, 6, 15, off=0),
                text=text, client="erp", seed="ordrsp-4510023512", charset="us-ascii", cte="7bit",
                extra_headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "EDIgate 5.2 mailout")])
    exp = expect("confirmation",
                 "Machine-generated EDI order response to the PO (no In-Reply-To; match by buyer order number). "
                 "41.20 per 1000 = 0.0412, 28.60 per 1000 = 0.0286. LIN 002 has action 3: quantity raised to 24000 "
                 "(pallet multiple). Dates are DTM+2 delivery dates in CCYYMMDD.",
                 [conf(po, {1: acc(po, 1), 2: chg(po, 2, quantity=24000), 3: acc(po, 3)})])
    return [po], eml, exp


@case("de-at-jaenner-glas", "confirmation", "de-AT",
      "Austrian 'Jänner' with weekday; second line only 'voraussichtlich', firm date promised next week -> unconfirmed; Thunderbird quote")
def c_de_at():
    S = sup("WIMMERGLAS", "Glas Wimmer GmbH", "office@glas-wimmer.example", "de-AT")
    po = mkpo("4510023601", S, "brandt", "EUR", "2026-12-09", [
        ("IGU-4-16-4-W", "Isolierglas 4/16/4, Ug 1,1, 1200x1400 mm", 36, "EA", "118.40", "2027-01-12"),
        ("VSG-44.2-0921", "Verbundsicherheitsglas VSG 44.2, 900x2100 mm", 12, "EA", "96.20", "2027-01-12"),
    ])
    rq = when(2026, 12, 9, 11, 20)
    check_wd("2027-01-14", 3)
    body = """Sehr geehrter Herr Brandt,

danke für die Bestellung. Zu Pos. 1 (Isolierglas 4/16/4, 36 Stk.) können wir Ihnen
die Lieferung am Donnerstag, 14. Jänner fix zusagen, Preis lt. Bestellung.

Das VSG 44.2 (Pos. 2) kommt aus unserem Werk in Ried, dort ist die Linie bis Mitte
Jänner ausgelastet. Voraussichtlich geht sich der 28.1. aus, fix bestätigen kann ich
das aber erst nächste Woche, wenn der Produktionsplan steht.

Mit freundlichen Grüßen
Ing. Thomas Gruber
Verkauf Innendienst

Glas Wimmer GmbH
Salzburger Straße 211, 4600 Wels
T +43 7242 47 11-23 | M +43 664 123 45 67
FN 123456x, LG Wels | UID ATU12345678
"""
    text = body + "\nAm 09.12.2026 um 11:20 schrieb Jonas Brandt:\n" + quote(req_text(po)) + "\n"
    eml = build(("Thomas Gruber", "t.gruber@glas-wimmer.example"), BUYERS["brandt"],
                "Re: " + req_subject(po), when(2026, 12, 15, 16, 3), text=text, client="thunderbird",
                seed="wimmer", charset="UTF-8", cte="8bit", flowed=True,
                in_reply_to=po["request_message_id"], references=po["request_message_id"],
                extra_headers=[("Content-Language", "de-AT")])
    exp = expect("confirmation",
                 "'Donnerstag, 14. Jänner' (Austrian for January, no year) -> 2027-01-14, a change from 12.01. "
                 "Line 2 gives only a tentative date ('voraussichtlich ... fix bestätigen ... erst nächste Woche'), "
                 "so it is unconfirmed.",
                 [conf(po, {1: chg(po, 1, date="2027-01-14"), 2: unc()})])
    return [po], eml, exp


@case("de-ch-optik-ab-pdf", "confirmation", "de-CH",
      "short cover mail, answer only in attached PDF order confirmation with own article numbers; Swiss 1'234.50 numbers; one price and date change")
def c_de_ch_pdf():
    S = sup("OPTIKRHEIN", "Rheintal Präzisionsoptik AG", "verkauf@rheintal-optik.example", "de-CH")
    po = mkpo("4510023777", S, "tanaka", "CHF", "2026-12-02", [
        ("OPT-AC-25-100", "Achromat Ø25 mm, f=100 mm, AR 400-700 nm", 40, "EA", "86.50", "2027-01-29"),
        ("OPT-PL-12-50", "Plankonvexlinse Ø12,7 mm, f=50 mm, N-BK7", 120, "EA", "23.80", "2027-01-29"),
        ("OPT-FLT-532-10", "Bandpassfilter 532/10 nm, Ø25 mm", 15, "EA", "212.00", "2027-01-29"),
    ])
    pdf = pdf_doc([
        ("Rheintal Präzisionsoptik AG", True, 14),
        "Werkstrasse 7 · 9435 Heerbrugg · Schweiz · Tel. +41 71 727 30 00 · CHE-123.456.789 MWST",
        "",
        ("AUFTRAGSBESTÄTIGUNG  AB-26-10455", True, 12),
        "",
        "Kunde: Valdora Group, Einkauf, Industriestrasse 12, 4020 Linz, Österreich",
        "Ihre Bestellung: 4510023777 vom 02.12.2026        Ihr Zeichen: H. Tanaka",
        "Datum: 08.12.2026        Sachbearbeiterin: R. Zünd        Kunden-Nr.: 40817",
        "",
        ("Pos.\tUnsere Art.\tIhre Art.-Nr.\tMenge\tEinheit\tPreis CHF\tLiefertermin", True, 8),
        ("10\tRPO-A25-100\tOPT-AC-25-100\t40\tStk\t86.50\t29.01.2027", False, 8),
        ("", False, 8),
        ("20\tRPO-PCX12-50\tOPT-PL-12-50\t120\tStk\t23.80\t29.01.2027", False, 8),
        ("", False, 8),
        ("30\tRPO-BP532-10\tOPT-FLT-532-10\t15\tStk\t218.00\t12.02.2027", False, 8),
        ("\tBeschichtung neu aufgelegt, Preis angepasst (+ CHF 6.00/Stk)", False, 8),
        "",
        "Warenwert netto: CHF 9'586.00      Verpackung/Fracht: pauschal CHF 45.00",
        "Lieferbedingung: DAP Linz (Incoterms 2020)      Zahlung: 30 Tage netto",
        "Liefertermine verstehen sich als Eintreffen beim Kunden.",
        "",
        "Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen (Ausgabe 2024).",
        "Bitte prüfen Sie diese Auftragsbestätigung; Abweichungen sind innert 3 Arbeitstagen zu melden.",
    ], title="AB-26-10455", author="Rheintal Präzisionsoptik AG", producer="Abacus ERP / PDF-Export")
    body = """Guten Tag Herr Tanaka

Besten Dank für Ihre Bestellung. Anbei erhalten Sie unsere Auftragsbestätigung AB-26-10455.
Bitte beachten Sie die Anpassung bei Pos. 30.

Freundliche Grüsse

Regula Zünd
Auftragsabwicklung

Rheintal Präzisionsoptik AG
Werkstrasse 7, CH-9435 Heerbrugg
Telefon +41 71 727 30 14
www.rheintal-optik.example
"""
    eml = outlook_reply(po, ("Zünd Regula", "regula.zuend@rheintal-optik.example"), when(2026, 12, 8, 9, 31),
                        body, "de", prefix="AW: ", rq=when(2026, 12, 2, 15, 40),
                        attachments=[attachment(pdf, "application/pdf", "AB-26-10455.pdf")],
                        html_lang="de-CH")
    exp = expect("confirmation",
                 "The answer is only in the PDF: positions 10/20/30 = our lines 1/2/3 (matched by our article numbers "
                 "beside theirs). Line 3 price 218.00 instead of 212.00 and date 12.02.2027. Swiss thousands separator "
                 "in the total is irrelevant. Dates are arrival dates.",
                 [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, unit_price="218.00", date="2027-02-12")})])
    return [po], eml, exp


@case("de-kabel-kw53-trommeln", "confirmation", "de-DE",
      "KW 53 of 2026 (= Fri 2027-01-01) vs 'KW 1/2027'; drums of 500 m; switchgear split 36 + 12 with KW 3")
def c_de_kw53():
    S = sup("RHEINKABEL", "Rheinkabel Elektro-Großhandel GmbH", "vertrieb@rheinkabel.example", "de-DE")
    po = mkpo("4510023850", S, "novak", "EUR", "2026-12-02", [
        ("NYM-J-5X2.5", "Mantelleitung NYM-J 5x2,5 mm², Trommel", 1500, "M", "1.84", "2027-01-08"),
        ("NYY-J-4X16", "Erdkabel NYY-J 4x16 mm² RE 0,6/1 kV", 600, "M", "12.90", "2027-01-08"),
        ("ABB-S203-B16", "Leitungsschutzschalter 3-polig B16, 6 kA", 48, "EA", "21.35", "2027-01-08"),
    ])
    body = """Hallo Herr Novak,

danke für den Auftrag, hier unsere Bestätigung zu 4510023850:

Pos. 1 NYM-J 5x2,5: 3 Trommeln à 500 m = 1.500 m, 1,84 €/m, Liefertermin KW 53
Pos. 2 NYY-J 4x16: 600 m am Stück ab Trommel, 12,90 €/m, Liefertermin KW 1/2027
Pos. 3 LS-Schalter S203 B16: 36 St. kommen mit der Lieferung in KW 53, die restlichen
12 St. folgen in KW 3. Preis 21,35 € bleibt.

Kupfernotiz: Die Kabelpreise sind auf DEL-Basis 850 €/100 kg kalkuliert, bei Lieferung
innerhalb der genannten Termine bleibt es bei den bestätigten Preisen.

Zwischen den Jahren ist unser Lager am 28.–30.12. besetzt, der 31.12. ist geschlossen.

Gruß
Dennis Kaya
Vertrieb Innendienst | Rheinkabel Elektro-Großhandel GmbH
Hafenstraße 40 | 47119 Duisburg | Tel. 0203 80 44 71-32
Amtsgericht Duisburg HRB 30771 | Geschäftsführer: Frank Lehmkuhl
"""
    eml = outlook_reply(po, ("Dennis Kaya", "d.kaya@rheinkabel.example"), when(2026, 12, 10, 13, 17), body, "de",
                        prefix="AW: ", rq=when(2026, 12, 2, 8, 55))
    k53 = kw_friday(2026, 53)
    exp = expect("confirmation",
                 "2026 has an ISO week 53: 'KW 53' = Friday 2027-01-01 (earlier than requested, so changed). "
                 "'KW 1/2027' = 2027-01-08 = requested. Line 3 is split: 36 in KW 53 and 12 in KW 3 (2027-01-22). "
                 "The copper note confirms the prices rather than changing them.",
                 [conf(po, {1: chg(po, 1, date=k53), 2: acc(po, 2),
                            3: chg(po, 3, schedule=[(36, k53), (12, kw_friday(2027, 3))])})])
    return [po], eml, exp


@case("de-lieferabruf-tage-kw", "confirmation", "de-DE",
      "automotive call-off confirmation from Lotus Notes: weekday + KW slots ('Mo KW 2', 'Di KW 3'), tabular Liefereinteilung")
def c_de_abruf_notes():
    S = sup("BERGERKT", "Kunststofftechnik Berger GmbH", "disposition@berger-kunststoff.example", "de-DE")
    po = mkpo("4510023905", S, "brandt", "EUR", "2026-12-03", [
        ("VA-31207", "Lüftungsgitter PP-T20, anthrazit", 9600, "EA", "0.7420", "2027-01-22"),
        ("VA-31208", "Clipleiste PP, 480 mm", 4800, "EA", "0.2890", "2027-01-22"),
    ])
    text = """Sehr geehrter Herr Brandt,

zu Ihrer Bestellung/Lieferabruf 4510023905 bestätigen wir folgende Liefereinteilung
(Anlieferung Werk Linz, Tor 3):

Sachnr. Kunde   Sachnr. Berger   Termin          Menge     Preis
VA-31207        BK-77120         Mo. KW 2        2.400     742,00 EUR/1000
VA-31207        BK-77120         Mi. KW 2        2.400
VA-31207        BK-77120         Mo. KW 3        2.400
VA-31207        BK-77120         Mi. KW 3        2.400
VA-31208        BK-77135         Di. KW 3        4.800     289,00 EUR/1000

Verpackung: GLT-Ladungsträger, 1.200 St. je Behälter bzw. 2.400 St. (Clipleisten).

Mit freundlichen Grüßen / Best regards

Heike Sommer
Disposition / Logistik
Kunststofftechnik Berger GmbH
Gewerbering 5, 94469 Deggendorf
Telefon: +49 991 37 07-41
E-Mail: heike.sommer@berger-kunststoff.example
Registergericht Deggendorf HRB 2210



Von:\tJonas Brandt <jonas.brandt@valdora.example>
An:\tdisposition@berger-kunststoff.example
Datum:\t03.12.2026 15:12
Betreff:\tPurchase order 4510023905 - please confirm



""" + req_text(po) + "\n"
    eml = build(("Heike Sommer", "heike.sommer@berger-kunststoff.example"), BUYERS["brandt"],
                "Antwort: " + req_subject(po), when(2026, 12, 8, 7, 48), text=text, client="lotus",
                seed="berger-notes", charset="ISO-8859-1", cte="quoted-printable",
                in_reply_to=po["request_message_id"], references=po["request_message_id"],
                extra_headers=[("X-MIMETrack", "Serialize by Router on NOTES01/BERGER(Release 12.0.2FP3|March 28, 2024) at 08.12.2026 07:48:12")])
    exp = expect("confirmation",
                 "Weekday plus KW: Mo KW 2 = 2027-01-11, Mi KW 2 = 01-13, Mo KW 3 = 01-18, Mi KW 3 = 01-20, "
                 "Di KW 3 = 01-19. Line 1 becomes four deliveries (last 01-20, earlier than requested 01-22); "
                 "line 2 a single delivery on 01-19. Prices per 1000 equal the PO.",
                 [conf(po, {1: chg(po, 1, schedule=[(2400, kw_day(2027, 2, 1)), (2400, kw_day(2027, 2, 3)),
                                                    (2400, kw_day(2027, 3, 1)), (2400, kw_day(2027, 3, 3))]),
                            2: chg(po, 2, date=kw_day(2027, 3, 2))})])
    return [po], eml, exp


@case("de-abwesenheit-vertretung", "auto_reply", "de-DE",
      "Outlook out-of-office (Automatische Antwort) with return date and deputy; Auto-Submitted header")
def c_de_ooo():
    S = sup("HOLLMANN", "Stanztechnik Hollmann GmbH & Co. KG", "auftragsbearbeitung@hollmann-stanztechnik.example", "de-DE")
    po = mkpo("4510023950", S, "keller", "EUR", "2026-12-18", [
        ("VA-88216", "Haltewinkel 40x40, verzinkt", 8000, "EA", "0.2240", "2027-02-05"),
    ])
    body = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 08.01.2027 nicht im Büro
und habe keinen Zugriff auf meine E-Mails.

In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Herrn Markus Dietl
(markus.dietl@hollmann-stanztechnik.example, Tel. +49 2351 6789-216).
Bestellungen senden Sie bitte weiterhin an auftragsbearbeitung@hollmann-stanztechnik.example.

Ihre E-Mail wird nicht automatisch weitergeleitet.

Mit freundlichen Grüßen
Sandra Pieper
"""
    check_wd("2027-01-08", 4)
    eml = build(("Pieper, Sandra", "s.pieper@hollmann-stanztechnik.example"), BUYERS["keller"],
                "Automatische Antwort: " + req_subject(po), when(2026, 12, 18, 11, 2), text=body,
                client="outlook", seed="hollmann-ooo", lang="de-DE",
                in_reply_to=po["request_message_id"], references=po["request_message_id"],
                extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                               ("X-MS-Exchange-Inbox-Rules-Loop", "s.pieper@hollmann-stanztechnik.example")])
    exp = expect("auto_reply", "Out-of-office until 08.01.2027 with a deputy; nothing about the order.")
    return [po], eml, exp


@case("de-webshop-eingang-keine-ab", "auto_reply", "de-DE",
      "HTML-only web-shop order receipt listing the items; states explicitly it is not an acceptance of the order")
def c_de_webshop():
    S = sup("BUERODIREKT", "Bürodirekt24 GmbH", "service@buerodirekt24.example", "de-DE")
    po = mkpo("4510024010", S, "purch", "EUR", "2026-12-14", [
        ("BD-110245", "Kopierpapier A4 80 g, Karton à 5x500 Blatt", 40, "CS", "19.90", "2026-12-18"),
        ("BD-318820", "Ordner A4 80 mm, blau", 60, "EA", "2.45", "2026-12-18"),
        ("BD-552014", "Haftnotizen 76x76, 12er-Pack", 25, "PAK", "6.80", "2026-12-18"),
    ], req=False)
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Ihre Bestellung bei Bürodirekt24</title></head>
<body style="margin:0;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:24px;background:#003f7d;color:#ffffff;font-size:22px;">Bürodirekt24</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#222;">
<p>Guten Tag Valdora Purchasing,</p>
<p>vielen Dank für Ihre Bestellung! Wir haben sie am 14.12.2026 um 09:12 Uhr erhalten.</p>
<p><b>Bestellnummer:</b> 100-5567321<br><b>Ihre Bestellreferenz:</b> 4510024010<br>
<b>Kundennummer:</b> 7704412</p>
<table width="100%" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px;">
<tr style="background:#eeeeee;"><th align="left">Artikel</th><th align="right">Menge</th><th align="right">Einzelpreis</th><th align="right">Summe</th></tr>
<tr><td>BD-110245 Kopierpapier A4 80 g, 5x500 Blatt</td><td align="right">40</td><td align="right">19,90&nbsp;&euro;</td><td align="right">796,00&nbsp;&euro;</td></tr>
<tr><td>BD-318820 Ordner A4 80 mm blau</td><td align="right">60</td><td align="right">2,45&nbsp;&euro;</td><td align="right">147,00&nbsp;&euro;</td></tr>
<tr><td>BD-552014 Haftnotizen 76x76, 12er</td><td align="right">25</td><td align="right">6,80&nbsp;&euro;</td><td align="right">170,00&nbsp;&euro;</td></tr>
<tr><td colspan="3" align="right"><b>Gesamt netto</b></td><td align="right"><b>1.113,00&nbsp;&euro;</b></td></tr>
</table>
<p>Voraussichtliche Lieferzeit: 1&ndash;3 Werktage ab Versand.</p>
<p style="font-size:12px;color:#666;">Bitte beachten Sie: Diese E-Mail bestätigt lediglich den Eingang Ihrer Bestellung
und stellt noch keine Annahme Ihres Angebots dar. Der Kaufvertrag kommt erst mit unserer Versandbestätigung
zustande. Sie erhalten eine weitere E-Mail, sobald Ihre Ware unser Lager verlässt.</p>
<p>Ihr Bürodirekt24-Team</p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#888;">Bürodirekt24 GmbH · Lagerstraße 3 · 36251 Bad Hersfeld ·
AG Bad Hersfeld HRB 1188 · USt-IdNr. DE298765432<br>Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.</td></tr>
</table></td></tr></table></body></html>
"""
    eml = build(("Bürodirekt24", "noreply@buerodirekt24.example"), BUYERS["purch"],
                "Ihre Bestellung 100-5567321 ist bei uns eingegangen", when(2026, 12, 14, 9, 12),
                html=html, client="server", seed="bd24-ack", charset="utf-8", cte="quoted-printable",
                extra_headers=[("X-Mailer", "Shopware Mailer"), ("List-Unsubscribe", "<mailto:unsubscribe@buerodirekt24.example>")])
    exp = expect("auto_reply",
                 "Web-shop receipt: it repeats the items but says expressly that it is not an acceptance "
                 "('stellt noch keine Annahme ... dar'); the contract only comes with the dispatch mail.")
    return [po], eml, exp

# ==========================================================================
# French and Dutch speaking suppliers
# ==========================================================================


@case("fr-be-vitrage-depart-livraison", "confirmation", "fr-BE",
      "ex-works date and delivery date both given (delivery wins); 'les deux positions' answered together; Belgian closing")
def c_fr_be_glass():
    S = sup("MOSANE", "Verrerie Mosane SA", "commandes@verrerie-mosane.example", "fr-BE")
    po = mkpo("4510024102", S, "moreau", "EUR", "2026-12-10", [
        ("VIT-DV-4164-1012", "Double vitrage 4/16/4 argon, 1000x1200 mm", 24, "EA", "74.90", "2027-01-08"),
        ("VIT-EI30-0820", "Verre coupe-feu EI30, 800x2000 mm", 6, "EA", "412.00", "2027-01-08"),
    ])
    check_wd("2027-01-12", 1)
    check_wd("2027-01-14", 3)
    body = """Bonjour Madame Moreau,

Merci pour votre commande n° 4510024102.

Les deux positions sont lancées en production aux prix de votre commande (74,90 EUR et
412,00 EUR la pièce). Le verre EI30 doit passer par notre four de trempe, ce qui ne nous
permet pas de tenir le 8 janvier :

- départ de notre usine de Herstal : le mardi 12 janvier
- livraison chez vous à Linz : le jeudi 14 janvier (transporteur Dachser, sur chevalets
  consignés)

Nous vous remercions de bien vouloir nous retourner les chevalets lors d'une prochaine
livraison.

Bien à vous,

Jean-François Lambotte
Service commercial – Administration des ventes
Verrerie Mosane SA
Rue de l'Abbaye 88 – 4040 Herstal – Belgique
Tél. +32 4 264 12 80 – GSM +32 475 12 34 56
TVA BE 0412.345.678 – RPM Liège

Ce message et ses annexes sont confidentiels et destinés exclusivement au destinataire.
Si vous avez reçu ce message par erreur, merci d'en avertir l'expéditeur et de le supprimer.
"""
    eml = outlook_reply(po, ("Lambotte Jean-François", "jf.lambotte@verrerie-mosane.example"),
                        when(2026, 12, 16, 11, 26), body, "fr", prefix="RE : ", rq=when(2026, 12, 10, 10, 12),
                        html_lang="fr-BE")
    exp = expect("confirmation",
                 "Both a works departure (12 Jan) and a delivery at our site (14 Jan) are given: the delivery date wins. "
                 "Prices as ordered, both lines change date to 2027-01-14.",
                 [conf(po, {1: chg(po, 1, date="2027-01-14"), 2: chg(po, 2, date="2027-01-14")})])
    return [po], eml, exp


@case("fr-fr-veto-arc-xlsx", "confirmation", "fr-FR",
      "confirmation only in an attached XLSX (shared strings, Excel date serials) with our line numbers and their columns; one line qty 0 = rejected")
def c_fr_xlsx():
    S = sup("VETOCENTRE", "Vétocentre Distribution SAS", "adv@vetocentre.example", "fr-FR")
    po = mkpo("4510024160", S, "moreau", "EUR", "2026-12-09", [
        ("VET-AMX-500", "Amoxicilline 500 mg, boîte de 100 comprimés", 40, "BOX", "18.60", "2027-01-14"),
        ("VET-IVM-1L", "Ivermectine 1 % solution injectable, flacon 1 L", 24, "EA", "46.90", "2027-01-14"),
        ("VET-VAC-BVD50", "Vaccin BVD, flacon 50 doses", 10, "EA", "129.00", "2027-01-14"),
        ("VET-GLV-NIT-L", "Gants d'examen nitrile taille L, boîte de 100", 60, "BOX", "6.25", "2027-01-14"),
    ])
    rows = [
        ["Vétocentre Distribution SAS - Accusé de réception de commande"],
        ["N° ARC", "ARC-2026-33817", None, "Date", dt.date(2026, 12, 15)],
        ["Votre commande", "4510024160", None, "Client", "VALDORA GROUP (C01877)"],
        [],
        ["Ligne client", "Réf. client", "Notre réf.", "Désignation", "Qté commandée", "Qté confirmée",
         "PU HT (EUR)", "Date de livraison confirmée", "Commentaire"],
        [1, "VET-AMX-500", "VC-104522", "AMOXI 500MG CPR B/100", 40, 40, 18.6, dt.date(2027, 1, 14), None],
        [2, "VET-IVM-1L", "VC-207781", "IVERMECTINE 1% INJ FL 1L", 24, 24, 46.9, dt.date(2027, 1, 21),
         "Rupture labo, réappro S02"],
        [3, "VET-VAC-BVD50", "VC-309910", "VACCIN BVD FL 50D", 10, 0, None, None,
         "Produit arrêté par le laboratoire - non livrable"],
        [4, "VET-GLV-NIT-L", "VC-880412", "GANTS NITRILE T.L B/100", 60, 60, 6.25, dt.date(2027, 1, 14), None],
        [],
        ["Conditions : franco de port à partir de 500 EUR HT - paiement 45 jours fin de mois"],
    ]
    xlsx = make_xlsx(rows, sheet="ARC")
    body = """Bonjour,

Veuillez trouver ci-joint notre accusé de réception pour votre commande n° 4510024160.

Cordialement,

Sandrine Peyrou
Administration des ventes
Vétocentre Distribution SAS – ZA des Grands Champs – 37300 Joué-lès-Tours
Tél. : 02 47 68 90 12
SAS au capital de 250 000 € – RCS Tours 812 345 678 – N° TVA FR 45 812345678
Établissement pharmaceutique vétérinaire autorisé
"""
    eml = outlook_reply(po, ("ADV Vétocentre", "adv@vetocentre.example"), when(2026, 12, 15, 17, 4), body, "fr",
                        prefix="RE : ", rq=when(2026, 12, 9, 9, 30),
                        attachments=[attachment(xlsx, XLSX_MIME, "ARC-2026-33817_4510024160.xlsx")],
                        html_lang="fr-FR")
    exp = expect("confirmation",
                 "All information is in the spreadsheet. Line 2 keeps qty and price but moves to 21/01/2027; line 3 "
                 "is confirmed with quantity 0 and 'non livrable' = rejected; lines 1 and 4 as ordered.",
                 [conf(po, {1: acc(po, 1), 2: chg(po, 2, date="2027-01-21"), 3: rej(), 4: acc(po, 4)})])
    return [po], eml, exp


@case("fr-fr-hausse-tarifaire-circulaire", "unrelated", "fr-FR",
      "general price-increase circular from a supplier with an open PO; no reference to the order")
def c_fr_circular():
    S = sup("VISLYON", "Visserie Lyonnaise SARL", "contact@visserie-lyonnaise.example", "fr-FR")
    po = mkpo("4510024188", S, "moreau", "EUR", "2026-12-07", [
        ("ISO4017-M12x50", "Vis H ISO 4017 M12x50 8.8 zinguée", 5000, "EA", "0.1420", "2027-01-15"),
        ("ISO7089-12", "Rondelle plate ISO 7089 M12 zinguée", 5000, "EA", "0.0210", "2027-01-15"),
    ])
    text = """Madame, Monsieur, chers clients,

La hausse continue du prix du fil machine, de l'énergie et du transport nous contraint à
réviser nos conditions tarifaires.

À compter du 1er février 2027, nos prix catalogue augmenteront de 4,5 % en moyenne
(visserie acier zinguée +5 %, inox A2/A4 +3 %). Les nouvelles grilles seront disponibles
dans votre espace client dès le 15 janvier.

Toutes les commandes enregistrées avant le 31 janvier 2027 restent facturées aux
conditions actuelles.

Nous vous remercions de votre confiance et restons à votre disposition.

La Direction commerciale
Visserie Lyonnaise SARL – 14 rue de l'Industrie – 69200 Vénissieux
Tél. 04 78 70 12 34 – www.visserie-lyonnaise.example

Pour ne plus recevoir nos communications, cliquez ici : https://news.visserie-lyonnaise.example/desinscription
"""
    html = html_from_text(text, "apple")
    eml = build(("Visserie Lyonnaise", "info@news.visserie-lyonnaise.example"), ("", "c.moreau@valdora.example"),
                "Information tarifaire – 1er février 2027", when(2026, 12, 15, 8, 0),
                text=text, html=html, client="server", seed="vislyon-circ",
                extra_headers=[("List-Unsubscribe", "<https://news.visserie-lyonnaise.example/desinscription>"),
                               ("Precedence", "bulk"), ("X-Mailer", "Sendinblue")])
    exp = expect("unrelated",
                 "Mass circular announcing prices from 1 Feb 2027; orders placed before 31 Jan keep current prices. "
                 "Not an answer to PO 4510024188.")
    return [po], eml, exp


@case("nl-be-folie-rollen-kg", "confirmation", "nl-BE",
      "packaging film in kg and rolls ('ca. 1.000 kg' in 40 rolls), minimum extrusion run raises qty, 'woensdag 13/01'")
def c_nl_be_film():
    S = sup("VANDAMME", "Verpakkingen Van Damme NV", "verkoop@vandamme-verpakking.example", "nl-BE")
    po = mkpo("4510024230", S, "osei", "EUR", "2026-12-04", [
        ("PE-STR-23-500", "Rekfolie 23 µm, 500 mm, handrol", 1000, "KG", "2.38", "2027-01-13"),
        ("PE-KRMP-90-1200", "Krimpfolie PE 90 µm, 1200 mm halfslang", 750, "KG", "2.95", "2027-01-13"),
        ("PE-NOP-100", "Noppenfolie 100 cm x 100 m", 40, "ROLL", "31.50", "2027-01-13"),
    ])
    check_wd("2027-01-13", 2)
    body = """Beste Abena,

Bedankt voor de bestelling. Hieronder onze bevestiging per lijn:

Lijn 1 – rekfolie 23 µm: 40 rollen van ± 25 kg = ca. 1.000 kg, aan 2,38 €/kg, levering woensdag 13/01.
Lijn 2 – krimpfolie 90 µm: deze wordt op maat geëxtrudeerd en onze minimale run is 1.000 kg.
We leveren dus 1.000 kg aan 2,95 €/kg, levering vrijdag 22/01.
Lijn 3 – noppenfolie: 40 rollen aan 31,50 €/rol, levering woensdag 13/01 samen met lijn 1.

Gefactureerd wordt op het werkelijk geleverde gewicht (netto, zonder kern).

Met vriendelijke groeten,

Pieter Vermeulen
Binnendienst verkoop
Verpakkingen Van Damme NV
Kachtemsestraat 210 | 8800 Roeselare | België
T +32 51 22 33 44 | www.vandamme-verpakking.example
BTW BE 0456.789.123 | RPR Gent, afdeling Kortrijk
"""
    eml = outlook_reply(po, ("Pieter Vermeulen", "pieter.vermeulen@vandamme-verpakking.example"),
                        when(2026, 12, 8, 14, 51), body, "nl", prefix="RE: ", rq=when(2026, 12, 4, 16, 20),
                        html_lang="nl-BE")
    check_wd("2027-01-22", 4)
    exp = expect("confirmation",
                 "Line 1: 'ca. 1.000 kg' in 40 rolls of about 25 kg is the ordered quantity (invoiced by actual weight): "
                 "accepted. Line 2 raised to the 1,000 kg minimum run and moved to Fri 22/01. Line 3 as ordered.",
                 [conf(po, {1: acc(po, 1), 2: chg(po, 2, quantity=1000, date="2027-01-22"), 3: acc(po, 3)})])
    return [po], eml, exp


@case("nl-nl-een-van-drie-orders", "confirmation", "nl-NL",
      "three open POs from the same supplier; reply answers one (PO number written with spaces) and only mentions the other two")
def c_nl_three():
    S = sup("DEVRIES", "Tuinbouw Groothandel De Vries BV", "orders@devries-tuinbouw.example", "nl-NL")
    a = mkpo("4510024301", S, "osei", "EUR", "2026-12-07", [
        ("SEED-GR-SPORT15", "Graszaad sportveldmengsel, zak 15 kg", 40, "BAG", "64.00", "2027-02-05"),
        ("FERT-NPK-12-10-18", "Meststof NPK 12-10-18, big bag 500 kg", 6, "EA", "315.00", "2027-02-05"),
    ])
    b = mkpo("4510024302", S, "osei", "EUR", "2026-12-07", [
        ("SUBS-POT-70", "Potgrond professioneel, zak 70 L", 120, "BAG", "5.40", "2027-02-12"),
    ])
    c = mkpo("4510024355", S, "osei", "EUR", "2026-12-09", [
        ("IRR-DRIP-16-500", "Druppelslang 16 mm, rol 500 m", 10, "ROLL", "92.00", "2027-02-19"),
    ])
    check_wd("2027-02-05", 4)
    body = """Goedemiddag Abena,

Uw order 4510 024 301 (graszaad en NPK) kunnen wij volledig leveren: 40 zakken
sportveldmengsel à € 64,00 en 6 big bags NPK 12-10-18 à € 315,00, levering op vrijdag
5 februari (week 5).

Voor de andere twee orders (potgrond en druppelslang) kom ik volgende week bij u terug,
daar wacht ik nog op de bevestiging van de fabrikant.

Met vriendelijke groet,

Marloes de Vries
Tuinbouw Groothandel De Vries BV
Middenweg 77, 1619 BN Andijk
T 0228 59 12 34
KvK 37012345 | BTW NL812345678B01
"""
    check_wd("2026-12-07", 0)
    text = body + "\nOp ma 7 dec 2026 om 16:40 schreef Abena Osei <abena.osei@valdora.example>:\n\n" + \
        quote(req_text(a)) + "\n"
    eml = build(("Marloes de Vries", "marloes@devries-tuinbouw.example"), BUYERS["osei"],
                "Re: " + req_subject(a), when(2026, 12, 11, 13, 9), text=text, client="gmail",
                seed="devries", in_reply_to=a["request_message_id"], references=a["request_message_id"], lang="nl")
    exp = expect("confirmation",
                 "Reply to PO 4510024301 (written '4510 024 301') confirms both lines for Fri 5 Feb = requested. "
                 "POs 4510024302 and 4510024355 are only mentioned ('kom ik volgende week bij u terug') and are left out.",
                 [conf(a, {1: acc(a, 1), 2: acc(a, 2)})])
    return [a, b, c], eml, exp


@case("nl-be-nieuwsbrief-html", "unrelated", "nl-BE",
      "HTML-only supplier newsletter with holiday closing dates (24/12 t.e.m. 3/01); no order content")
def c_nl_newsletter():
    S = sup("VANDAMME", "Verpakkingen Van Damme NV", "verkoop@vandamme-verpakking.example", "nl-BE")
    po = mkpo("4510024233", S, "osei", "EUR", "2026-12-11", [
        ("PE-STR-17-450", "Rekfolie 17 µm, 450 mm, machinerol", 1200, "KG", "2.21", "2027-01-20"),
    ])
    html = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
<title>Van Damme Nieuwsbrief december</title></head>
<body style="font-family:Verdana,sans-serif;font-size:14px;color:#333;">
<div style="max-width:640px;margin:auto;">
<h1 style="color:#1b6e3a;">Nieuwsbrief december 2026</h1>
<h2>Nieuw: composteerbare rekfolie ECO-STRETCH</h2>
<p>Vanaf januari bieden wij een volledig industrieel composteerbare rekfolie aan (EN 13432),
in 17 en 20 µm. Vraag een gratis proefrol aan via uw vertegenwoordiger.</p>
<h2>Sluitingsdagen</h2>
<p>Onze kantoren en magazijnen zijn gesloten van <b>donderdag 24/12 t.e.m. zondag 3/01</b>.
Bestellingen die na 18/12 binnenkomen, worden vanaf maandag 4/01 verwerkt.</p>
<h2>Beurs</h2>
<p>Ontmoet ons op <i>Empack Brussel</i>, 10 en 11 februari 2027, stand C214.</p>
<p>Prettige feestdagen!<br>Het team van Verpakkingen Van Damme</p>
<hr><p style="font-size:11px;color:#999;">U ontvangt deze e-mail als klant van Verpakkingen Van Damme NV,
Kachtemsestraat 210, 8800 Roeselare. <a href="https://www.vandamme-verpakking.example/uitschrijven">Uitschrijven</a></p>
</div></body></html>
"""
    check_wd("2026-12-24", 3)
    check_wd("2027-01-03", 6)
    eml = build(("Verpakkingen Van Damme", "nieuwsbrief@vandamme-verpakking.example"), BUYERS["osei"],
                "Nieuwsbrief december: ECO-STRETCH, sluitingsdagen en Empack 2027", when(2026, 12, 14, 10, 30),
                html=html, client="server", seed="vd-news",
                extra_headers=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://www.vandamme-verpakking.example/uitschrijven>"),
                               ("X-Mailer", "Mailchimp Mailer - **CID5f3e2a**")])
    exp = expect("unrelated", "Newsletter (product news, closing days, trade fair); nothing about PO 4510024233.")
    return [po], eml, exp

# ==========================================================================
# Italian, Spanish, Portuguese speaking suppliers
# ==========================================================================


@case("it-granulo-octabin", "confirmation", "it-IT",
      "plastics granulate rounded up to full 1,000 kg octabins; masterbatch in 25 kg bags stays; 'venerdì 15 gennaio'")
def c_it_granulate():
    S = sup("POLIBRIANZA", "Polimeri Brianza S.r.l.", "ordini@polimeribrianza.example", "it-IT")
    po = mkpo("4510024410", S, "rossi", "EUR", "2026-12-03", [
        ("PP-H-MFI12-NAT", "Polipropilene omopolimero MFI 12, naturale", 2600, "KG", "1.42", "2027-01-15"),
        ("MB-NERO-40", "Masterbatch nero 40% carbon black", 150, "KG", "3.85", "2027-01-15"),
    ])
    check_wd("2027-01-15", 4)
    body = """Buongiorno Giulia,

grazie per l'ordine n. 4510024410, ecco la nostra conferma:

pos. 1 – PP omopolimero MFI 12 naturale: il materiale viene fornito solo in octabin da
1.000 kg, arrotondiamo quindi a 3 octabin = 3.000 kg al prezzo di 1,42 €/kg.
pos. 2 – masterbatch nero 40%: 6 sacchi da 25 kg = 150 kg a 3,85 €/kg.

Consegna franco Vs. magazzino di Linz venerdì 15 gennaio, con unico trasporto.

Cordiali saluti

Davide Colombo
Ufficio Commerciale
Polimeri Brianza S.r.l.
Via Lecco 142 – 20900 Monza (MB)
Tel. +39 039 2345 678 – Fax +39 039 2345 679
P.IVA / C.F. 01234560963 – Cap. Soc. € 500.000 i.v. – REA MB-1234567

Le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario.
Ai sensi del Reg. UE 2016/679 (GDPR) ...
"""
    eml = outlook_reply(po, ("Davide Colombo", "d.colombo@polimeribrianza.example"), when(2026, 12, 7, 12, 3),
                        body, "it", prefix="R: ", rq=when(2026, 12, 3, 17, 45), html_lang="it-IT")
    exp = expect("confirmation",
                 "Pack-size rounding: 2,600 kg becomes 3 octabins = 3,000 kg (changed). 150 kg masterbatch is exactly "
                 "6 x 25 kg bags: accepted. 'venerdì 15 gennaio' = 2027-01-15 = requested.",
                 [conf(po, {1: chg(po, 1, quantity=3000), 2: acc(po, 2)})])
    return [po], eml, exp


@case("it-valvole-riga-a-seguire", "confirmation", "it-IT",
      "'riga 1/2/3'; valves with EN 10204 3.1 certificates; one line moved, pump with witnessed test 'seguirà conferma' = unconfirmed")
def c_it_valves():
    S = sup("VALVLOMB", "Valvole Lombarde S.p.A.", "vendite@valvolelombarde.example", "it-IT")
    po = mkpo("4510024466", S, "rossi", "EUR", "2026-12-04", [
        ("VLV-BALL-DN50-SS", "Valvola a sfera DN50 PN40 inox, cert. 3.1", 20, "EA", "184.00", "2027-01-29"),
        ("VLV-GATE-DN100", "Saracinesca DN100 PN16, ghisa sferoidale", 8, "EA", "265.00", "2027-01-29"),
        ("PMP-CENT-5.5", "Pompa centrifuga 5,5 kW con collaudo in presenza", 2, "EA", "3420.00", "2027-02-26"),
    ])
    body = """Gentile sig.ra Rossi,

in riferimento al Vs. ordine 4510024466 Vi confermiamo quanto segue:

riga 1: n. 20 valvole a sfera DN50 PN40 inox a € 184,00 cad., consegna 29/01; i certificati
3.1 secondo EN 10204 verranno inviati con la merce.
riga 2: n. 8 saracinesche DN100 a € 265,00 cad., consegna 05/02.
riga 3: per le pompe con collaudo in presenza seguirà conferma separata dopo verifica con
il nostro ufficio tecnico (disponibilità del banco prova).

Restiamo a disposizione per qualsiasi chiarimento.

Distinti saluti

Francesca Ferrari
Back Office Vendite
Valvole Lombarde S.p.A. – Via dell'Artigianato 21 – 24040 Lallio (BG)
Tel. +39 035 123 4567
"""
    eml = outlook_reply(po, ("Ferrari Francesca", "f.ferrari@valvolelombarde.example"), when(2026, 12, 14, 15, 36),
                        body, "it", prefix="R: ", rq=when(2026, 12, 4, 9, 2), html_lang="it-IT")
    exp = expect("confirmation",
                 "Dates without year (29/01, 05/02) fall in 2027. Line 3: 'seguirà conferma separata' commits to nothing.",
                 [conf(po, {1: acc(po, 1), 2: chg(po, 2, date="2027-02-05"), 3: unc()})])
    return [po], eml, exp


@case("it-chiusura-natalizia-autorisposta", "auto_reply", "it-IT",
      "bilingual Italian/English company holiday auto-reply with closing dates; Auto-Submitted and X-Autoreply")
def c_it_ooo():
    S = sup("POLIBRIANZA", "Polimeri Brianza S.r.l.", "ordini@polimeribrianza.example", "it-IT")
    po = mkpo("4510024488", S, "rossi", "EUR", "2026-12-22", [
        ("PA6-GF30-NERO", "PA6 GF30 nero, stabilizzato calore", 1500, "KG", "3.05", "2027-01-22"),
    ])
    text = """Gentile cliente,

la informiamo che i nostri uffici resteranno chiusi per le festività natalizie da giovedì
24/12/2026 a mercoledì 06/01/2027 compresi. Le e-mail ricevute in questo periodo saranno
evase al nostro rientro, a partire da giovedì 7 gennaio.

Per urgenze logistiche: +39 335 123 4567 (servizio reperibilità).

---

Dear customer,

please note that our offices are closed for the Christmas holidays from 24/12/2026 to
06/01/2027 inclusive. E-mails received during this period will be handled when we are
back, from Thursday 7 January.

Polimeri Brianza S.r.l.
"""
    check_wd("2026-12-24", 3)
    check_wd("2027-01-06", 2)
    eml = build(("Ordini Polimeri Brianza", "ordini@polimeribrianza.example"), BUYERS["rossi"],
                "Risposta automatica: " + req_subject(po), when(2026, 12, 24, 8, 14), text=text, client="outlook",
                seed="pb-ooo", lang="it-IT", auto_html=False,
                in_reply_to=po["request_message_id"], references=po["request_message_id"],
                extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                               ("X-Auto-Response-Suppress", "All")])
    exp = expect("auto_reply", "Holiday closure auto-reply in Italian and English.")
    return [po], eml, exp


@case("it-listino-febbraio-ambiguo", "needs_review", "it-IT",
      "confirms the order but announces a +5% list price from 1 February while delivery is 2 February, without saying whether it applies")
def c_it_ambig_price():
    S = sup("CERAMSASS", "Ceramiche Sassuolo Export S.r.l.", "export@ceramichesassuolo.example", "it-IT")
    po = mkpo("4510024497", S, "rossi", "EUR", "2026-12-16", [
        ("GRES-60x60-ANT", "Gres porcellanato 60x60 antracite, rettificato", 460.8, "M2", "17.20", "2027-01-29"),
        ("GRES-30x60-BIA", "Gres porcellanato 30x60 bianco", 276.48, "M2", "12.60", "2027-01-29"),
    ])
    check_wd("2027-02-02", 1)
    body = """Buongiorno,

confermiamo il Vostro ordine 4510024497 per 460,80 m² di 60x60 antracite (10 pallet) e
276,48 m² di 30x60 bianco (4 pallet). Per la concomitanza con la fermata forni di fine
anno la merce sarà pronta per la consegna martedì 2 febbraio.

Vi informiamo inoltre che dal 1° febbraio 2027 entrerà in vigore il nuovo listino prezzi
con un aumento medio del 5%.

Cordiali saluti
Marco Benassi
Export Department
Ceramiche Sassuolo Export S.r.l. – Via Radici in Piano 480 – 41049 Sassuolo (MO)
"""
    eml = outlook_reply(po, ("Marco Benassi", "m.benassi@ceramichesassuolo.example"), when(2026, 12, 18, 10, 12),
                        body, "it", prefix="R: ", rq=when(2026, 12, 16, 14, 0), html_lang="it-IT")
    exp = expect("needs_review",
                 "Quantity and a date (2 Feb) are given, but the new list (+5%) starts on 1 Feb and the supplier does not "
                 "say whether it applies to this order, which is now delivered after that date. A careful buyer cannot "
                 "record the price without asking.")
    return [po], eml, exp


@case("es-mx-solar-partidas-entregas", "confirmation", "es-MX",
      "'Partida' numbering, US-style $ amounts in USD, modules split in two deliveries, aluminium price increase on one line")
def c_es_mx_solar():
    S = sup("SOLBAJIO", "Energía Solar del Bajío S.A. de C.V.", "ventas@solardelbajio.example", "es-MX")
    po = mkpo("4510024520", S, "osei", "USD", "2026-12-07", [
        ("PV-MOD-550-MONO", "Módulo fotovoltaico 550 W monocristalino", 240, "EA", "98.50", "2027-01-11"),
        ("INV-50K-3F", "Inversor trifásico 50 kW", 6, "EA", "3150.00", "2027-01-11"),
        ("EST-ALU-K4", "Kit estructura de aluminio para 4 módulos", 60, "EA", "142.00", "2027-01-11"),
    ])
    check_wd("2027-01-11", 0)
    check_wd("2027-01-25", 0)
    body = """Buenas tardes Abena,

Gracias por su orden de compra 4510024520. Le confirmo lo siguiente:

Partida 1 – Módulo 550 W: 240 pzas a $98.50 USD c/u. Entregamos 120 pzas el lunes 11 de enero
y las 120 restantes el lunes 25 de enero.
Partida 2 – Inversor 50 kW: 6 pzas a $3,150.00 USD c/u, entrega el 11 de enero junto con el
primer embarque.
Partida 3 – Kit de estructura: 60 kits, el precio se actualiza a $149.00 USD c/u por el
incremento del aluminio; entrega el 11 de enero.

Quedo atento a cualquier comentario.

Saludos cordiales,

Ing. Rodrigo Villaseñor
Ejecutivo de Ventas
Energía Solar del Bajío S.A. de C.V.
Blvd. Adolfo López Mateos 2410, Col. Jardines del Moral, León, Gto. C.P. 37160
Tel. +52 477 123 4567 | Cel. 477 765 4321
RFC: ESB101115AB3
"""
    eml = outlook_reply(po, ("Rodrigo Villaseñor", "rvillasenor@solardelbajio.example"), when(2026, 12, 9, 16, 22, off=-6),
                        body, "es", prefix="RE: ", rq=when(2026, 12, 7, 10, 5), html_lang="es-MX")
    exp = expect("confirmation",
                 "Line 1 split 120 + 120 (11 and 25 Jan). Line 2 as ordered ('$3,150.00' uses US separators). "
                 "Line 3 new price 149.00.",
                 [conf(po, {1: chg(po, 1, schedule=[(120, "2027-01-11"), (120, "2027-01-25")]),
                            2: acc(po, 2), 3: chg(po, 3, unit_price="149.00")})])
    return [po], eml, exp


@case("es-es-reenvio-companero", "confirmation", "es-ES",
      "colleague forwards the internal answer of the responsible salesman (Gmail 'Mensaje reenviado'); one line later")
def c_es_forward():
    S = sup("SEMEBRO", "Semillas del Ebro S.L.", "pedidos@semillasdelebro.example", "es-ES")
    po = mkpo("4510024577", S, "rossi", "EUR", "2026-12-11", [
        ("SEM-MAIZ-FAO300", "Semilla maíz FAO 300, saco 50.000 granos", 80, "BAG", "118.00", "2027-01-18"),
        ("FERT-NPK-15-600", "Abono NPK 15-15-15, big bag 600 kg", 2, "EA", "372.00", "2027-01-18"),
        ("SEM-TRIGO-R2-25", "Semilla trigo blando R2, saco 25 kg", 60, "BAG", "21.40", "2027-01-18"),
    ])
    check_wd("2026-12-16", 2)
    check_wd("2027-01-18", 0)
    check_wd("2027-02-08", 0)
    inner = """Laura, confírmale a Valdora el pedido 4510024577 por favor:
- maíz FAO 300, los 80 sacos, sale el lunes 18 de enero
- los 2 big bags de NPK 15-15-15 van en el mismo camión, el 18
- el trigo R2 no lo tenemos hasta que nos entregue la cooperativa, sale el lunes 8 de febrero
Precios los del pedido, sin cambios.

Gracias!
Jorge

--
Jorge Sanz Aznar
Delegado comercial Aragón / Navarra
Semillas del Ebro S.L. · Ctra. de Logroño km 8,5 · 50011 Zaragoza
Tel. 976 123 456 · Móvil 654 321 987"""
    body = """Hola Giulia,

Te reenvío la respuesta de mi compañero Jorge sobre vuestro pedido, hoy está en visitas
y no tiene acceso al correo. Todo correcto salvo el trigo, que va más tarde.

Un saludo,
Laura Giménez
Administración de ventas – Semillas del Ebro S.L.

---------- Mensaje reenviado ---------
De: Jorge Sanz <jorge.sanz@semillasdelebro.example>
Date: mié, 16 dic 2026 a las 17:48
Subject: Re: Purchase order 4510024577 - please confirm
To: Laura Giménez <laura.gimenez@semillasdelebro.example>


""" + inner + "\n"
    eml = build(("Laura Giménez", "laura.gimenez@semillasdelebro.example"), BUYERS["rossi"],
                "Fwd: Re: " + req_subject(po), when(2026, 12, 17, 9, 14), text=body, client="gmail",
                seed="ebro-fwd", lang="es", in_reply_to=po["request_message_id"], references=po["request_message_id"])
    exp = expect("confirmation",
                 "A different person forwards the colleague's answer and endorses it ('Todo correcto salvo el trigo'). "
                 "The forwarded note is written to the colleague but states the commitment: lines 1-2 on 18 Jan "
                 "(requested), line 3 on 8 Feb; prices unchanged. 'sale' (leaves) is the only date given.",
                 [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, date="2027-02-08")})])
    return [po], eml, exp


@case("es-es-pregunta-tallas", "needs_review", "es-ES",
      "sporting goods: supplier asks for the size breakdown before confirming; nothing committed")
def c_es_question():
    S = sup("DEPORIBER", "Deportes Ibéricos Suministros S.A.", "comercial@deporibericos.example", "es-ES")
    po = mkpo("4510024590", S, "rossi", "EUR", "2026-12-14", [
        ("SPT-CAM-TEC-AZ", "Camiseta técnica running, azul, tallas surtidas", 300, "EA", "8.90", "2027-01-22"),
        ("SPT-PANT-COR-NG", "Pantalón corto deportivo, negro, tallas surtidas", 300, "EA", "7.40", "2027-01-22"),
    ])
    body = """Buenos días Giulia:

Antes de poder confirmar el pedido 4510024590 necesitamos el desglose por tallas
(XS a XXL) de las camisetas y de los pantalones. ¿Es el mismo reparto que en el pedido
de septiembre (10/20/30/25/15 %)? Si nos lo confirmas hoy, te damos plazo mañana.

Además, ¿queréis el logo serigrafiado como la última vez o sin personalizar?

Un saludo,
Nuria Castells
Departamento Comercial
Deportes Ibéricos Suministros S.A. – Pol. Ind. Can Roqueta, c/ Mallorca 14 – 08202 Sabadell
Tel. 937 12 34 56
"""
    eml = outlook_reply(po, ("Nuria Castells", "ncastells@deporibericos.example"), when(2026, 12, 15, 10, 7),
                        body, "es", prefix="RE: ", rq=when(2026, 12, 14, 12, 30), html_lang="es-ES")
    exp = expect("needs_review", "Questions back to the buyer (size split, printing) before any confirmation.")
    return [po], eml, exp


@case("es-mx-lo-antes-posible", "needs_review", "es-MX",
      "supplier has the goods but promises them only 'lo antes posible', no date; vague commitment")
def c_es_mx_asap():
    S = sup("HERRAJESGDL", "Herrajes y Tornillos de Occidente S.A. de C.V.", "ventas@herrajesoccidente.example", "es-MX")
    po = mkpo("4510024599", S, "osei", "USD", "2026-12-14", [
        ("SCR-HEX-M10x40", "Tornillo hexagonal M10x40 gr. 8.8 galvanizado", 4000, "EA", "0.1150", "2026-12-22"),
    ])
    body = """Que tal Abena, buen dia

Si tenemos el material de la OC 4510024599, los 4,000 tornillos al precio que nos pasaste.
Se los mandamos lo antes posible, en cuanto tengamos unidad disponible, esta semana
andamos muy cargados por las fiestas.

Saludos
Beto

Enviado desde mi iPhone
"""
    eml = build(("Alberto Ruiz", "beto.ruiz@herrajesoccidente.example"), BUYERS["osei"],
                "Re: " + req_subject(po), when(2026, 12, 16, 18, 40, off=-6),
                text=body + "\n> El 14 dic 2026, a la(s) 12:30, Abena Osei <abena.osei@valdora.example> escribió:\n>\n" +
                quote(req_text(po)) + "\n",
                client="ios", seed="herrajes-asap", charset="utf-8", cte="quoted-printable",
                in_reply_to=po["request_message_id"], references=po["request_message_id"])
    exp = expect("needs_review",
                 "Quantity and price are accepted but no delivery date is given ('lo antes posible', 'en cuanto "
                 "tengamos unidad'): a buyer cannot record a committed date and has to follow up.")
    return [po], eml, exp


@case("pt-br-bombas-pdf-reajuste", "confirmation", "pt-BR",
      "pumps with hydrostatic test reports; PDF 'Confirmação de Pedido' plus cover explaining a 4% adjustment on item 2; R$ 1.234,56 format")
def c_pt_br_pdf():
    S = sup("BOMBASP", "Bombas Paulista Indústria Ltda.", "vendas@bombaspaulista.example", "pt-BR")
    po = mkpo("4510024640", S, "osei", "BRL", "2026-12-08", [
        ("BOM-CENT-7.5CV", "Bomba centrífuga 7,5 cv, com laudo de teste hidrostático", 4, "EA", "8450.00", "2027-02-10"),
        ("VAL-RET-2-316", "Válvula de retenção 2\" inox 316", 30, "EA", "612.00", "2027-02-10"),
    ])
    pdf = pdf_doc([
        ("BOMBAS PAULISTA INDÚSTRIA LTDA.", True, 14),
        "Rua Guaianases, 1.250 - Distrito Industrial - Guarulhos/SP - CEP 07223-000",
        "CNPJ 12.345.678/0001-90   IE 336.123.456.111   Fone (11) 2463-1200",
        "",
        ("CONFIRMAÇÃO DE PEDIDO Nº 26-4471", True, 12),
        "",
        "Cliente: VALDORA GROUP - Unidade Brasil      Pedido do cliente: 4510024640",
        "Data: 11/12/2026      Condição de pagamento: 28 DDL      Frete: CIF",
        "",
        ("Item\tCódigo\tDescrição\tQtde\tUn\tPreço unit. R$\tEntrega", True, 8),
        ("1\tBP-CF75-H\tBomba centrífuga 7,5 cv + laudo hidrost.\t4\tpç\t8.450,00\t10/02/2027", False, 8),
        ("2\tBP-VR2-316\tVálvula retenção 2\" inox 316\t30\tpç\t636,48\t10/02/2027", False, 8),
        "",
        "Valor total dos produtos: R$ 52.894,40      IPI incluso conforme NCM",
        "Observação: item 2 com reajuste de 4% (aço inox 316, tabela dez/2026).",
        "Laudos de teste hidrostático e certificados de material acompanham a mercadoria.",
    ], title="Confirmação de Pedido 26-4471", author="Bombas Paulista", producer="TOTVS Protheus")
    body = """Boa tarde, Abena,

Segue em anexo a confirmação do pedido 4510024640.

Conforme conversado por telefone, o item 2 teve reajuste de 4% devido ao aumento do aço
inox 316. O item 1 permanece com o preço do pedido. Entrega dos dois itens em 10/02/2027.

Qualquer dúvida, estou à disposição.

Atenciosamente,

Fernanda Oliveira
Departamento Comercial
Bombas Paulista Indústria Ltda.
(11) 2463-1234 | WhatsApp (11) 98765-4321
"""
    eml = outlook_reply(po, ("Fernanda Oliveira", "fernanda.oliveira@bombaspaulista.example"),
                        when(2026, 12, 11, 15, 48, off=-3), body, "pt-BR", prefix="RES: ", rq=when(2026, 12, 8, 13, 15),
                        attachments=[attachment(pdf, "application/pdf", "Confirmacao_Pedido_26-4471.pdf")],
                        html_lang="pt-BR")
    exp = expect("confirmation",
                 "Cover and PDF agree: item 1 as ordered; item 2 +4% = 636.48 (612.00 x 1.04). Date 10/02/2027 is "
                 "day-first (10 Feb) = requested.",
                 [conf(po, {1: acc(po, 1), 2: chg(po, 2, unit_price="636.48")})])
    return [po], eml, exp


@case("pt-br-retornamos-sexta", "needs_review", "pt-BR",
      "'recebemos seu pedido ... retornamos até sexta-feira' from a person: received, will confirm later")
def c_pt_br_later():
    S = sup("AGROCAMPOS", "Agro Campos Gerais Comércio de Insumos Ltda.", "pedidos@agrocampos.example", "pt-BR")
    po = mkpo("4510024655", S, "osei", "BRL", "2026-12-10", [
        ("FERT-MAP-11-52", "Fertilizante MAP 11-52-00, big bag 1.000 kg", 12, "EA", "4980.00", "2027-01-20"),
        ("SEM-SOJA-M8372", "Semente de soja M8372 IPRO, saco 40 kg", 50, "BAG", "412.00", "2027-01-20"),
    ])
    body = """Olá Abena, bom dia!

Recebemos seu pedido 4510024655, obrigado. Estamos verificando a disponibilidade do MAP
com a misturadora e o lote de semente com o armazém de Ponta Grossa. Retornamos até
sexta-feira com a confirmação de preços e prazos.

Abraço,
Ricardo Menezes
Agro Campos Gerais – Ponta Grossa/PR
(42) 3225-1100
"""
    text = body + "\nEm qui., 10 de dez. de 2026 às 11:02, Abena Osei <abena.osei@valdora.example> escreveu:\n\n" + \
        quote(req_text(po)) + "\n"
    check_wd("2026-12-10", 3)
    eml = build(("Ricardo Menezes", "ricardo@agrocampos.example"), BUYERS["osei"], "Re: " + req_subject(po),
                when(2026, 12, 14, 8, 35, off=-3), text=text, client="gmail", seed="agrocampos", lang="pt-BR",
                in_reply_to=po["request_message_id"], references=po["request_message_id"])
    exp = expect("needs_review", "Human acknowledgment of receipt; prices and dates promised 'até sexta-feira'.")
    return [po], eml, exp


@case("pt-pt-azulejos-paletes-semana", "confirmation", "pt-PT",
      "tiles in m2 rounded to full pallets (69,12 / 46,08 m2 per pallet), ex-works 'semana 4' only ship date")
def c_pt_pt_tiles():
    S = sup("CERLIZ", "Cerâmica do Liz, S.A.", "comercial@ceramicadoliz.example", "pt-PT")
    po = mkpo("4510024700", S, "moreau", "EUR", "2026-12-09", [
        ("AZ-30x60-BRM", "Azulejo 30x60 branco mate, 1.ª escolha", 480, "M2", "11.90", "2027-01-29"),
        ("PAV-60x60-CZ", "Pavimento porcelânico 60x60 cinza", 320, "M2", "16.40", "2027-01-29"),
        ("ROD-8x60-CZ", "Rodapé 8x60 cinza", 150, "EA", "2.10", "2027-01-29"),
    ])
    body = """Exma. Sra. Claire Moreau,

Agradecemos a vossa encomenda n.º 4510024700, que confirmamos nas seguintes condições:

Item 1 – Azulejo 30x60 branco mate: fornecido em paletes completas de 69,12 m²;
7 paletes = 483,84 m² a 11,90 €/m².
Item 2 – Pavimento 60x60 cinza: paletes de 46,08 m²; 7 paletes = 322,56 m² a 16,40 €/m².
Item 3 – Rodapé 8x60 cinza: 150 un. a 2,10 €/un.

Expedição da nossa fábrica na semana 4 (ex works Leiria); o transporte é da vossa
responsabilidade, conforme condições acordadas.

Com os melhores cumprimentos,

Ana Rita Fonseca
Departamento Comercial – Exportação
Cerâmica do Liz, S.A. | Zona Industrial da Cova das Faias | 2415-017 Leiria | Portugal
Tel. +351 244 123 456 | NIPC 501 234 567
"""
    eml = outlook_reply(po, ("Ana Rita Fonseca", "anarita.fonseca@ceramicadoliz.example"), when(2026, 12, 14, 11, 20, off=0),
                        body, "pt", prefix="RE: ", rq=when(2026, 12, 9, 15, 5), html_lang="pt-PT")
    exp = expect("confirmation",
                 "Rounded to full pallets: 483.84 m2 and 322.56 m2 (changed quantities). Only an ex-works week is "
                 "given: 'semana 4' -> Friday 2027-01-29, which equals the requested date, so line 3 is accepted.",
                 [conf(po, {1: chg(po, 1, quantity=483.84), 2: chg(po, 2, quantity=322.56), 3: acc(po, 3)})])
    return [po], eml, exp

# ==========================================================================
# Central and Eastern Europe
# ==========================================================================

SIG_SRUBEX = """Z poważaniem

Katarzyna Wiśniewska
Dział Obsługi Klienta
ŚRUBEX Sp. z o.o.
ul. Górecka 104, 61-483 Poznań
tel. +48 61 830 12 34 wew. 21
NIP 779-23-45-678 | REGON 301234567 | KRS 0000123456
Sąd Rejonowy Poznań – Nowe Miasto i Wilda, VIII Wydział Gospodarczy KRS
Kapitał zakładowy 500 000 zł"""


@case("pl-sruby-cena-za-1000", "confirmation", "pl-PL",
      "fasteners priced per 1000 pcs in PLN; nuts rounded to full boxes of 1000 (12 500 -> 13 000); 'poz.' numbering")
def c_pl_fasteners():
    S = sup("SRUBEX", "ŚRUBEX Sp. z o.o.", "zamowienia@srubex.example", "pl-PL")
    po = mkpo("4510024810", S, "novak", "PLN", "2026-12-02", [
        ("DIN933-M8x30-88", "Śruba DIN 933 M8x30 8.8 ocynk", 25000, "EA", "0.0385", "2027-01-18"),
        ("DIN934-M8-8", "Nakrętka DIN 934 M8 kl. 8 ocynk", 12500, "EA", "0.0122", "2027-01-18"),
        ("DIN125-A8.4", "Podkładka DIN 125 A 8,4 ocynk", 25000, "EA", "0.0061", "2027-01-18"),
    ])
    body = """Dzień dobry,

dziękujemy za zamówienie nr 4510024810. Potwierdzamy realizację:

poz. 1 – śruba DIN 933 M8x30 8.8 ZN: 25 000 szt. (25 kartonów po 1000 szt.),
         cena 38,50 zł / 1000 szt., termin dostawy 18.01.2027
poz. 2 – nakrętka DIN 934 M8 ZN: pakujemy wyłącznie po 1000 szt., dlatego zaokrąglamy
         do 13 000 szt., cena 12,20 zł / 1000 szt., termin dostawy 18.01.2027
poz. 3 – podkładka DIN 125 A 8,4 ZN: 25 000 szt., cena 6,10 zł / 1000 szt.,
         termin dostawy 18.01.2027

Dostawa na koszt dostawcy (DAP Linz).

""" + SIG_SRUBEX
    eml = outlook_reply(po, ("Katarzyna Wiśniewska", "k.wisniewska@srubex.example"), when(2026, 12, 4, 10, 11),
                        body, "pl", prefix="Odp: ", rq=when(2026, 12, 2, 16, 44), html_lang="pl-PL",
                        charset="windows-1250")
    exp = expect("confirmation",
                 "Prices per 1000 pieces equal the per-piece PO prices (38,50/1000 = 0.0385 etc.). Nuts rounded up "
                 "to whole boxes: 13,000.",
                 [conf(po, {1: acc(po, 1), 2: chg(po, 2, quantity=13000), 3: acc(po, 3)})])
    return [po], eml, exp


@case("pl-odpowiedz-na-przypomnienie", "confirmation", "pl-PL",
      "reply to our reminder (References carries both request and reminder); 'zgodnie z Państwa specyfikacją', 'termin dostawy bez zmian'")
def c_pl_reminder():
    S = sup("ELPOL", "ELPOL Rozdzielnice S.A.", "sprzedaz@elpol-rozdzielnice.example", "pl-PL")
    po = mkpo("4510024866", S, "novak", "EUR", "2026-12-01", [
        ("ROZ-IP65-24M", "Rozdzielnica natynkowa IP65, 24 moduły", 10, "EA", "186.00", "2027-01-20"),
        ("RCD-40-30-4P", "Wyłącznik różnicowoprądowy 40 A 30 mA 4P", 40, "EA", "94.50", "2027-01-20"),
    ], req_n=2)
    first = "<ackreq.%s.1.%s@valdora.example>" % (po["po_number"], h(po["po_number"], 8))
    rid = po["request_message_id"]
    body = """Dzień dobry Panie Tomaszu,

przepraszamy za zwłokę – zamówienie utknęło u nas w dziale technicznym.

Potwierdzamy zamówienie 4510024866 zgodnie z Państwa specyfikacją: 10 szt. rozdzielnic
IP65/24 w cenie 186,00 EUR oraz 40 szt. wyłączników RCD 40A/30mA 4P w cenie 94,50 EUR.
Termin dostawy bez zmian, tj. 20.01.2027.

Pozdrawiam serdecznie
Michał Zieliński
Specjalista ds. sprzedaży
ELPOL Rozdzielnice S.A. | ul. Przemysłowa 9 | 43-300 Bielsko-Biała
tel. +48 33 812 44 50 | kom. +48 601 234 567
"""
    q = oq("pl", (po["buyer"]["name"], po["buyer"]["email"]), ("Sprzedaż ELPOL", S["email"]),
           when(2026, 12, 10, 8, 0), req_subject(po, "reminder"), original=req_text(po, None, "reminder"))
    text = body + "\n" + q + "\n"
    eml = build(("Michał Zieliński", "m.zielinski@elpol-rozdzielnice.example"), BUYERS["novak"],
                "Odp: " + req_subject(po, "reminder"), when(2026, 12, 10, 13, 27), text=text, client="outlook",
                seed="elpol", charset="utf-8", in_reply_to=rid, references=first + " " + rid, lang="pl-PL")
    exp = expect("confirmation",
                 "Answer to the reminder: confirms both lines as specified, 'termin dostawy bez zmian, tj. 20.01.2027' "
                 "= requested date.",
                 [conf(po, {1: acc(po, 1), 2: acc(po, 2)})])
    return [po], eml, exp


@case("pl-autoodpowiedz-urlop", "auto_reply", "pl-PL",
      "Polish out-of-office ('Automatyczna odpowiedź', urlop do 4 stycznia) naming a deputy, iso-8859-2 Q-encoded subject")
def c_pl_ooo():
    S = sup("SRUBEX", "ŚRUBEX Sp. z o.o.", "zamowienia@srubex.example", "pl-PL")
    po = mkpo("4510024877", S, "novak", "PLN", "2026-12-21", [
        ("DIN912-M6x20-129", "Śruba DIN 912 M6x20 12.9 czarna", 10000, "EA", "0.0510", "2027-01-25"),
    ])
    text = """Dzień dobry,

dziękuję za wiadomość. Do 4 stycznia 2027 r. przebywam na urlopie bez dostępu do poczty.
W sprawach pilnych proszę o kontakt z p. Pawłem Nowickim, tel. +48 61 830 12 34 wew. 25,
e-mail: p.nowicki@srubex.example.

Katarzyna Wiśniewska
ŚRUBEX Sp. z o.o.
"""
    eml = build(("Katarzyna Wiśniewska", "k.wisniewska@srubex.example"), BUYERS["novak"],
                "Automatyczna odpowiedź: " + req_subject(po), when(2026, 12, 21, 9, 3), text=text, client="outlook",
                seed="srubex-ooo", charset="iso-8859-2", lang="pl-PL",
                in_reply_to=po["request_message_id"], references=po["request_message_id"],
                extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    exp = expect("auto_reply", "Out-of-office until 4 January with a deputy.")
    return [po], eml, exp


@case("pl-faktura-inne-zamowienie", "unrelated", "pl-PL",
      "invoice (PDF) for an earlier, already delivered order 4510021990 from the same supplier; open PO not answered")
def c_pl_invoice():
    S = sup("SRUBEX", "ŚRUBEX Sp. z o.o.", "zamowienia@srubex.example", "pl-PL")
    po = mkpo("4510024811", S, "novak", "PLN", "2026-12-09", [
        ("DIN7985-M5x12", "Wkręt DIN 7985 M5x12 ocynk", 20000, "EA", "0.0145", "2027-01-25"),
    ])
    pdf = pdf_doc([
        ("SRUBEX Sp. z o.o.", True, 14),
        "ul. Gorecka 104, 61-483 Poznan, NIP 779-23-45-678",
        "",
        ("FAKTURA VAT nr FV/2026/12/0412", True, 12),
        "Data wystawienia: 11.12.2026     Data sprzedazy: 10.12.2026",
        "Nabywca: Valdora Group, Industriestrasse 12, 4020 Linz, AT, VAT ATU98765432",
        "Zamowienie nabywcy: 4510021990   WZ: WZ/2026/12/0877",
        "",
        ("Lp.\tIndeks\tNazwa\tIlosc\tJ.m.\tCena netto\tWartosc", True, 8),
        ("1\tSRX-933-10x50\tSruba DIN 933 M10x50 8.8 ZN\t8000\tszt.\t0,0912\t729,60", False, 8),
        ("2\tSRX-934-10\tNakretka DIN 934 M10 ZN\t8000\tszt.\t0,0215\t172,00", False, 8),
        "",
        "Razem netto: 901,60 PLN    VAT: odwrotne obciazenie (WDT 0%)    Do zaplaty: 901,60 PLN",
        "Termin platnosci: 10.01.2027, przelew, mBank 12 1140 0000 0000 1234 5678 9012",
    ], title="FV/2026/12/0412", author="SRUBEX", producer="Comarch ERP Optima")
    body = """Dzień dobry,

w załączeniu przesyłamy fakturę VAT nr FV/2026/12/0412 do zamówienia 4510021990
(dostawa WZ/2026/12/0877 z dnia 10.12.2026).

Prosimy o potwierdzenie otrzymania.

Dział Księgowości
ŚRUBEX Sp. z o.o.
"""
    eml = build(("ŚRUBEX – Księgowość", "faktury@srubex.example"), ("Valdora Accounts Payable", "ap@valdora.example"),
                "Faktura FV/2026/12/0412 – zamówienie 4510021990", when(2026, 12, 11, 14, 2), text=body,
                client="outlook", seed="srubex-fv", lang="pl-PL", cc=[BUYERS["novak"]],
                attachments=[attachment(pdf, "application/pdf", "FV_2026_12_0412.pdf")])
    exp = expect("unrelated", "Invoice for another, already delivered order (4510021990); says nothing about 4510024811.")
    return [po], eml, exp


@case("cs-dtd-tyden-palety", "confirmation", "cs-CZ",
      "furniture boards in sheets and ABS edge rolls; 'týden 3/4'; MDF only in full pallets of 25 (45 -> 50); price rise on edging; CZK with 1 185,00 Kč")
def c_cs_boards():
    S = sup("DTDMORAVA", "DTD Morava s.r.o.", "objednavky@dtdmorava.example", "cs-CZ")
    po = mkpo("4510024910", S, "novak", "CZK", "2026-12-03", [
        ("LTD-18-2800-DS", "Laminovaná DTD 18 mm, 2800x2070, dub Sonoma", 120, "SHEET", "1185.00", "2027-01-22"),
        ("MDF-19-2800", "MDF deska 19 mm, 2800x2070, surová", 45, "SHEET", "968.00", "2027-01-22"),
        ("HRANA-ABS-2x22-DS", "ABS hrana 2x22 mm dub Sonoma, role 100 m", 12, "ROLL", "540.00", "2027-01-22"),
    ])
    body = """Dobrý den, pane Nováku,

děkujeme za objednávku č. 4510024910, potvrzujeme takto:

pol. 1 – LTD 18 mm dub Sonoma: 120 ks, 1 185,00 Kč/ks, dodání týden 3
pol. 2 – MDF 19 mm: expedujeme jen po celých paletách (25 ks), potvrzujeme tedy 50 ks
         á 968,00 Kč, dodání týden 3
pol. 3 – ABS hrana 2x22 dub Sonoma: 12 rolí, cena nově 565,00 Kč/role (zdražení od výrobce
         hran od 1. 12.), dodání týden 4

Dodání kamionem s hydraulickou rukou na Vaši adresu v Linci, doprava v ceně.

S pozdravem

Lenka Horáková
obchodní oddělení
DTD Morava s.r.o.
Tečovská 1180, 760 01 Zlín
tel.: +420 577 123 456
IČ: 12345678, DIČ: CZ12345678
Společnost je zapsána v obchodním rejstříku vedeném Krajským soudem v Brně, oddíl C, vložka 45678
"""
    eml = outlook_reply(po, ("Horáková Lenka", "horakova@dtdmorava.example"), when(2026, 12, 8, 9, 5), body, "cs",
                        prefix="RE: ", rq=when(2026, 12, 3, 13, 40), html_lang="cs-CZ", charset="windows-1250")
    exp = expect("confirmation",
                 "'týden 3' = Fri 2027-01-22 (requested), 'týden 4' = 2027-01-29. MDF rounded to two full pallets "
                 "(50 sheets). Edging price 565,00 CZK instead of 540,00.",
                 [conf(po, {1: acc(po, 1), 2: chg(po, 2, quantity=50),
                            3: chg(po, 3, unit_price="565.00", date=kw_friday(2027, 4))})])
    return [po], eml, exp


@case("cs-do-konce-pristiho-tydne-mobil", "confirmation", "cs-CZ",
      "Czech from a phone without diacritics: 'vse dodame do konce pristiho tydne' relative to the Date header")
def c_cs_phone():
    S = sup("HASTEX", "HASTEX požární technika s.r.o.", "info@hastex.example", "cs-CZ")
    po = mkpo("4510024955", S, "novak", "EUR", "2026-12-07", [
        ("HP-6KG-ABC", "Hasicí přístroj práškový 6 kg ABC", 30, "EA", "38.90", "2026-12-16"),
        ("HP-CO2-5KG", "Hasicí přístroj CO2 5 kg", 12, "EA", "64.50", "2026-12-16"),
        ("HYD-D25-30", "Hydrantový systém D25 s hadicí 30 m", 4, "EA", "212.00", "2026-12-16"),
    ])
    body = """Dobry den,
objednavku 4510024955 potvrzuji, vse dodame do konce pristiho tydne, ceny dle objednavky.
S pozdravem
Petr Dvorak

Odeslano z iPhonu
"""
    check_wd("2026-12-07", 0)
    text = body + "\n> 7. 12. 2026 v 15:02, Tomas Novak <tomas.novak@valdora.example>:\n>\n" + quote(req_text(po)) + "\n"
    eml = build(("Petr Dvořák", "dvorak@hastex.example"), BUYERS["novak"], "Re: " + req_subject(po),
                when(2026, 12, 9, 19, 44), text=text, client="ios", seed="hastex-phone", charset="utf-8",
                cte="quoted-printable", in_reply_to=po["request_message_id"], references=po["request_message_id"])
    exp = expect("confirmation",
                 "Mail of Wed 2026-12-09: 'do konce příštího týdne' (by the end of next week) = Friday 2026-12-18. "
                 "All lines confirmed at PO prices but two days after the requested 2026-12-16.",
                 [conf(po, {1: chg(po, 1, date="2026-12-18"), 2: chg(po, 2, date="2026-12-18"),
                            3: chg(po, 3, date="2026-12-18")})])
    return [po], eml, exp


@case("sk-zlievaren-model-tyzden", "confirmation", "sk-SK",
      "foundry castings with pattern cost line and 3.1 certificate line; price surcharge on castings; 'v 5. týždni', 'expedícia týždeň 10/2027'")
def c_sk_foundry():
    S = sup("ZLIEVPOV", "Zlievareň Považie a.s.", "obchod@zlievaren-povazie.example", "sk-SK")
    po = mkpo("4510025010", S, "brandt", "EUR", "2026-12-04", [
        ("CAST-GJS400-HSG", "Odliatok teleso čerpadla, EN-GJS-400-15, surový", 300, "EA", "46.80", "2027-02-19"),
        ("PATT-HSG-01", "Modelové zariadenie (model + jadrovníky) pre teleso čerpadla", 1, "EA", "4200.00", "2027-01-29"),
        ("CERT-31-HSG", "Inšpekčný certifikát 3.1 podľa EN 10204", 1, "EA", "85.00", "2027-02-19"),
    ])
    body = """Dobrý deň pán Brandt,

k Vašej objednávke 4510025010 potvrdzujeme:

1) Modelové zariadenie (model + 2 jadrovníky): 4 200,00 EUR, hotové v 5. týždni 2027.
   Prvé odliatky na schválenie (vzorky) pošleme v 7. týždni.
2) Sériové odliatky teleso čerpadla: 300 ks, cena 48,90 EUR/ks – príplatok za zvýšené
   ceny surového železa a koksu (zliatinový príplatok 12/2026). Expedícia týždeň 10/2027.
3) Atest 3.1 podľa EN 10204: 85,00 EUR, dodáme spolu so sériovou dodávkou (týždeň 10).

S pozdravom

Ing. Martin Kováč
obchodný referent
Zlievareň Považie a.s.
Priemyselná 12, 017 01 Považská Bystrica
tel.: +421 42 432 11 22
IČO: 31234567, IČ DPH: SK2020123456
Zapísaná v OR OS Trenčín, odd. Sa, vl. č. 10123/R
"""
    eml = outlook_reply(po, ("Kováč Martin", "kovac@zlievaren-povazie.example"), when(2026, 12, 11, 14, 30), body, "sk",
                        prefix="RE: ", rq=when(2026, 12, 4, 10, 50), html_lang="sk-SK")
    w10 = kw_friday(2027, 10)
    exp = expect("confirmation",
                 "Supplier numbers differ from ours: their 1) is our line 2 (pattern), 2) our line 1 (castings). "
                 "Pattern ready week 5 -> 2027-02-05; castings 48.90 with dispatch week 10/2027 -> 2027-03-12 "
                 "(ship date only); certificate goes with the series delivery (week 10). The sample date (week 7) "
                 "is not a delivery of any PO line.",
                 [conf(po, {1: chg(po, 1, unit_price="48.90", date=w10), 2: chg(po, 2, date=kw_friday(2027, 5)),
                            3: chg(po, 3, date=w10)})])
    return [po], eml, exp


@case("hu-irodaszer-aremeles-januartol", "confirmation", "hu-HU",
      "office supplies in HUF; 6% increase from 1 January stated to apply to this January delivery except contract paper; '2027. január 12-én (kedd)'")
def c_hu_office():
    S = sup("IRODACENT", "Irodaszer Centrum Kft.", "rendeles@irodaszercentrum.example", "hu-HU")
    po = mkpo("4510025077", S, "novak", "HUF", "2026-12-08", [
        ("PAP-A4-80-500", "Másolópapír A4 80 g, 500 lap/csomag", 400, "PAK", "1890.00", "2027-01-12"),
        ("TON-HP-59A", "Toner HP 59A, eredeti", 12, "EA", "64500.00", "2027-01-12"),
        ("IRA-A4-75", "Iratrendező A4, 7,5 cm gerinc", 150, "EA", "890.00", "2027-01-12"),
    ])
    check_wd("2027-01-12", 1)
    body = """Tisztelt Novak Úr!

Köszönjük megrendelését. A 4510025077 számú rendelést visszaigazoljuk, a szállítás
2027. január 12-én (kedd) történik a linzi telephelyükre.

Tájékoztatjuk, hogy 2027. január 1-jétől általános 6%-os áremelést vezetünk be, amely a
januári szállítású tételekre, így erre a megrendelésre is vonatkozik:
- HP 59A toner: 68 370 Ft/db
- Iratrendező A4 7,5 cm: 943,40 Ft/db
A másolópapír ára a keretszerződés szerint változatlan (1 890 Ft/csomag).

Üdvözlettel:

Szabó Eszter
értékesítési asszisztens
Irodaszer Centrum Kft.
1097 Budapest, Könyves Kálmán krt. 12-14.
Tel.: +36 1 234 5678
Adószám: 12345678-2-43 | Cégjegyzékszám: 01-09-123456
"""
    eml = outlook_reply(po, ("Szabó Eszter", "szabo.eszter@irodaszercentrum.example"), when(2026, 12, 11, 10, 58),
                        body, "hu", prefix="Válasz: ", rq=when(2026, 12, 8, 11, 30), html_lang="hu-HU")
    exp = expect("confirmation",
                 "The January price increase is stated to apply to this order: toner 64,500 x 1.06 = 68,370; binder "
                 "890 x 1.06 = 943.40; paper unchanged. Date 2027-01-12 = requested.",
                 [conf(po, {1: acc(po, 1), 2: chg(po, 2, unit_price="68370.00"), 3: chg(po, 3, unit_price="943.40")})])
    return [po], eml, exp


@case("hu-fizetesi-emlekezteto", "unrelated", "hu-HU",
      "payment reminder for an overdue invoice of an earlier order; same supplier as an open PO")
def c_hu_dunning():
    S = sup("IRODACENT", "Irodaszer Centrum Kft.", "rendeles@irodaszercentrum.example", "hu-HU")
    po = mkpo("4510025079", S, "novak", "HUF", "2026-12-14", [
        ("BOR-C4-100", "Boríték C4, öntapadós, 100 db/doboz", 30, "BOX", "4250.00", "2027-01-12"),
    ])
    text = """Tisztelt Partnerünk!

Nyilvántartásunk szerint az alábbi számla kiegyenlítése a mai napig nem történt meg:

Számlaszám: IC-2026-011874   Kelte: 2026.10.28.   Esedékesség: 2026.11.27.
Rendelésszám: 4510019920     Összeg: 412 750 Ft

Kérjük, az összeget 8 napon belül szíveskedjenek átutalni bankszámlánkra
(OTP Bank 11700000-12345678-00000000). Amennyiben a számlát időközben kiegyenlítették,
levelünket tekintsék tárgytalannak.

Üdvözlettel:
Pénzügyi osztály
Irodaszer Centrum Kft.
"""
    eml = build(("Irodaszer Centrum – Pénzügy", "penzugy@irodaszercentrum.example"), ("Valdora Accounts Payable", "ap@valdora.example"),
                "Fizetési emlékeztető – IC-2026-011874", when(2026, 12, 15, 7, 30), text=text, client="outlook",
                seed="ic-dunning", lang="hu-HU", cc=[BUYERS["novak"]])
    exp = expect("unrelated", "Payment reminder for an invoice of older order 4510019920.")
    return [po], eml, exp


@case("ro-stingatoare-linia-unu", "confirmation", "ro-RO",
      "positions written as words ('Linia unu', 'Linia a doua', 'Linia a treia'); one line refused, one split in two tranches; RON")
def c_ro_fire():
    S = sup("PROFIRE", "Pro Fire Safety SRL", "comenzi@profiresafety.example", "ro-RO")
    po = mkpo("4510025130", S, "novak", "RON", "2026-12-09", [
        ("STG-P6-ABC", "Stingător cu pulbere 6 kg ABC", 50, "EA", "142.00", "2027-01-20"),
        ("HID-INT-20", "Hidrant interior complet, furtun 20 m", 6, "EA", "1180.00", "2027-01-20"),
        ("DET-FUM-ADR", "Detector de fum optic adresabil", 80, "EA", "96.50", "2027-01-20"),
    ])
    body = """Bună ziua,

Vă mulțumim pentru comanda 4510025130. Vă confirmăm următoarele:

Linia unu: 50 buc. stingătoare P6 la 142,00 lei/buc., livrare pe 20 ianuarie.
Linia a doua: hidranții interiori nu mai sunt pe stoc la producător și nu avem termen de
reaprovizionare – din păcate nu putem livra această poziție.
Linia a treia: 80 buc. detectoare la 96,50 lei/buc., livrare în două tranșe: 40 buc. pe
20 ianuarie și 40 buc. pe 3 februarie.

Cu stimă,
Andreea Popescu
Departament Vânzări
Pro Fire Safety SRL | Str. Fabricii nr. 46, 400620 Cluj-Napoca
Tel.: +40 264 123 456 | CUI RO12345678 | J12/1234/2005
"""
    eml = outlook_reply(po, ("Andreea Popescu", "andreea.popescu@profiresafety.example"), when(2026, 12, 10, 16, 5, off=2),
                        body, "ro", prefix="RE: ", rq=when(2026, 12, 9, 14, 10), html_lang="ro-RO")
    exp = expect("confirmation",
                 "Line numbers as words. Line 2 refused (no stock, no date). Line 3 split 40 + 40, last on 3 Feb.",
                 [conf(po, {1: acc(po, 1), 2: rej(),
                            3: chg(po, 3, schedule=[(40, "2027-01-20"), (40, "2027-02-03")])})])
    return [po], eml, exp


@case("ro-intrebare-culoare-ral", "needs_review", "ro-RO",
      "office furniture: supplier asks which RAL colour and whether assembly is included before confirming")
def c_ro_question():
    S = sup("MOBOFFICE", "Mobexpert Office Solutions SRL", "ofertare@mobofficesolutions.example", "ro-RO")
    po = mkpo("4510025144", S, "novak", "RON", "2026-12-10", [
        ("DUL-MET-4S", "Dulap metalic 4 sertare, A4", 12, "EA", "1290.00", "2027-01-25"),
        ("RAFT-MET-200", "Raft metalic 200x100x40, 5 polițe", 20, "EA", "540.00", "2027-01-25"),
    ])
    body = """Bună ziua domnule Novak,

Am primit comanda 4510025144, mulțumim. Înainte să o confirmăm avem nevoie de două
clarificări:
1. În ce culoare RAL doriți dulapurile și rafturile? Standard avem RAL 7035 și RAL 9016,
   alte culori au termen de livrare mai mare.
2. Prețul din comandă include și montajul la sediul dvs. sau doar livrarea?

După răspunsul dvs. revenim cu confirmarea termenelor.

Cu respect,
Ioana Dumitrescu
"""
    eml = outlook_reply(po, ("Ioana Dumitrescu", "ioana.dumitrescu@mobofficesolutions.example"),
                        when(2026, 12, 11, 9, 40, off=2), body, "ro", prefix="RE: ", rq=when(2026, 12, 10, 15, 0),
                        html_lang="ro-RO")
    exp = expect("needs_review", "Questions (colour, assembly) before any confirmation.")
    return [po], eml, exp


@case("hr-staklo-inline-odgovori", "confirmation", "hr-HR",
      "inline answers written under each quoted PO line (Thunderbird '>' quoting); product discontinued with substitute offered = rejected")
def c_hr_inline():
    S = sup("STAKLOZAG", "Staklo Zagorje d.o.o.", "prodaja@staklo-zagorje.example", "hr-HR")
    po = mkpo("4510025190", S, "brandt", "EUR", "2026-12-07", [
        ("STK-FLT-6-3210", "Float staklo 6 mm, 3210x2250 mm", 20, "SHEET", "96.00", "2027-01-15"),
        ("STK-KAL-8-1020", "Kaljeno staklo 8 mm, 1000x2000, brušeni rubovi", 16, "EA", "138.00", "2027-01-15"),
        ("STK-ORN-4-CHIN", "Ornamentno staklo 4 mm Chinchilla", 10, "SHEET", "74.00", "2027-01-15"),
    ])
    r = req_text(po).split("\n")
    # find the three PO table lines and answer below each
    out = []
    for ln in r:
        out.append("> " + ln if ln else ">")
        if ln.startswith("1 | "):
            out.append("")
            out.append("Potvrđeno, 20 ploča, 96,00 EUR, isporuka 15.01.")
            out.append("")
        elif ln.startswith("2 | "):
            out.append("")
            out.append("Kaljenje nam trenutno traje duže – 16 kom po 138,00 EUR, isporuka 22.01.")
            out.append("")
        elif ln.startswith("3 | "):
            out.append("")
            out.append("Chinchillu 4 mm više ne proizvodimo (dobavljač je ukinuo liniju). Možemo ponuditi")
            out.append("Master-Carré 4 mm po istoj cijeni – ako Vam odgovara, pošaljite novu narudžbu.")
            out.append("")
    text = ("Poštovani gospodine Brandt,\n\nodgovori su u tekstu ispod.\n\nOn 07.12.2026 16:25, Jonas Brandt wrote:\n"
            + "\n".join(out) + "\n\nLijep pozdrav,\nIvana Horvat\nStaklo Zagorje d.o.o. | Zagrebačka 55, 49000 Krapina\n"
            "tel. +385 49 123 456 | OIB 12345678901\n")
    eml = build(("Ivana Horvat", "ivana.horvat@staklo-zagorje.example"), BUYERS["brandt"], "Re: " + req_subject(po),
                when(2026, 12, 9, 8, 17), text=text, client="thunderbird", seed="staklozag", charset="UTF-8",
                cte="8bit", in_reply_to=po["request_message_id"], references=po["request_message_id"])
    exp = expect("confirmation",
                 "Answers are inline under each quoted line. Line 2 moves to 22.01. Line 3: the ordered glass is "
                 "discontinued; a substitute is only offered (would need a new order), so the line is rejected.",
                 [conf(po, {1: acc(po, 1), 2: chg(po, 2, date="2027-01-22"), 3: rej()})])
    return [po], eml, exp


@case("sl-les-m3-zaokrozeno", "confirmation", "sl-SI",
      "timber in m3: quantity rounded to whole beams (12,5 -> 12,54 m3); glulam as ordered; 'v sredo, 27. januarja'")
def c_sl_timber():
    S = sup("POHORJE", "Lesna žaga Pohorje d.o.o.", "prodaja@zaga-pohorje.example", "sl-SI")
    po = mkpo("4510025240", S, "brandt", "EUR", "2026-12-10", [
        ("KVH-SM-60x120", "Konstrukcijski les KVH smreka 60x120, C24", 12.5, "M3", "395.00", "2027-01-27"),
        ("BSH-GL24-100x240", "Lepljeni nosilci BSH GL24h 100x240", 6.8, "M3", "640.00", "2027-01-27"),
    ])
    check_wd("2027-01-27", 2)
    body = """Pozdravljeni,

hvala za naročilo 4510025240.

KVH 60x120: standardna dolžina je 13 m, zato smo količino zaokrožili na cele kose –
134 kosov = 12,54 m³, cena 395,00 EUR/m³.
BSH GL24h 100x240: 6,8 m³ po 640,00 EUR/m³.

Dobava v sredo, 27. januarja, s kamionom z dvigalom.

Lep pozdrav,
Matej Kranjc
Lesna žaga Pohorje d.o.o.
Mariborska cesta 7, 2310 Slovenska Bistrica
T: +386 2 805 12 34 | ID za DDV: SI12345678
"""
    eml = outlook_reply(po, ("Matej Kranjc", "matej.kranjc@zaga-pohorje.example"), when(2026, 12, 14, 7, 58),
                        body, "sl", prefix="RE: ", rq=when(2026, 12, 10, 12, 15), html_lang="sl-SI")
    exp = expect("confirmation",
                 "Whole 13 m beams: 134 pcs x 0.0936 m3 = 12.54 m3 (changed quantity). Glulam as ordered; date "
                 "2027-01-27 = requested.",
                 [conf(po, {1: chg(po, 1, quantity=12.54), 2: acc(po, 2)})])
    return [po], eml, exp


@case("bg-krepezhi-sedmica", "confirmation", "bg-BG",
      "Cyrillic Bulgarian; 'седмица 4' / 'седмица 6'; price per 1000 pcs; 'Поз.' numbering")
def c_bg_fasteners():
    S = sup("KREPEZHIBG", "Крепежи БГ ЕООД", "oferti@krepezhi-bg.example", "bg-BG")
    po = mkpo("4510025300", S, "novak", "EUR", "2026-12-07", [
        ("DIN912-M10x40-129", "Винт DIN 912 M10x40 12.9", 10000, "EA", "0.0890", "2027-01-29"),
        ("DIN985-M10-8", "Гайка DIN 985 M10 самоконтряща", 10000, "EA", "0.0340", "2027-01-29"),
    ])
    body = """Здравейте г-н Новак,

Благодарим за поръчка № 4510025300. Потвърждаваме:

Поз. 1 – винт DIN 912 M10x40 12.9: 10 000 бр., 89,00 EUR/1000 бр., доставка седмица 4.
Поз. 2 – гайка DIN 985 M10: 10 000 бр., 34,00 EUR/1000 бр., доставка седмица 6 поради
закъснение от производителя.

Поздрави,
Георги Петров
Търговски отдел
Крепежи БГ ЕООД
бул. „Цариградско шосе“ 115, 1784 София
тел. +359 2 987 65 43 | ЕИК 123456789
"""
    eml = outlook_reply(po, ("Георги Петров", "g.petrov@krepezhi-bg.example"), when(2026, 12, 9, 11, 45, off=2),
                        body, "bg", prefix="RE: ", rq=when(2026, 12, 7, 9, 30), html_lang="bg-BG")
    exp = expect("confirmation",
                 "'седмица 4' = Fri 2027-01-29 = requested; 'седмица 6' = 2027-02-12. 89,00 / 1000 = 0.0890.",
                 [conf(po, {1: acc(po, 1), 2: chg(po, 2, date=kw_friday(2027, 6))})])
    return [po], eml, exp


@case("el-inverter-mpataries-aporripsi", "confirmation", "el-GR",
      "Greek 'Θέση' numbering; batteries cancelled for cell shortage (rejected); one line a week later; dates dd/mm without year")
def c_el_solar():
    S = sup("HELIAKI", "Ηλιακή Ενέργεια Α.Ε.", "sales@heliaki-energeia.example", "el-GR")
    po = mkpo("4510025350", S, "osei", "EUR", "2026-12-09", [
        ("INV-10K-HYB", "Υβριδικός μετατροπέας 10 kW", 8, "EA", "1640.00", "2027-01-21"),
        ("BAT-LFP-5KWH", "Μπαταρία LiFePO4 5 kWh", 16, "EA", "1190.00", "2027-01-21"),
        ("PV-MOD-450", "Φωτοβολταϊκό πάνελ 450 W", 100, "EA", "88.00", "2027-01-21"),
    ])
    body = """Καλησπέρα σας κα Osei,

Σχετικά με την παραγγελία σας 4510025350:

Θέση 1: επιβεβαιώνουμε 8 τεμ. στην τιμή της παραγγελίας (1.640,00 €), παράδοση 21/01.
Θέση 2: λόγω έλλειψης κυψελών από τον κατασκευαστή δεν μπορούμε να διαθέσουμε τις
μπαταρίες – η θέση ακυρώνεται.
Θέση 3: 100 τεμ. στα 88,00 €, παράδοση 28/01.

Με εκτίμηση,
Νίκος Παπαδόπουλος
Τμήμα Πωλήσεων
Ηλιακή Ενέργεια Α.Ε. | Λεωφ. Κηφισίας 200, 152 31 Χαλάνδρι
Τηλ. +30 210 123 4567 | ΑΦΜ 099123456 | ΓΕΜΗ 123456701000
"""
    eml = outlook_reply(po, ("Νίκος Παπαδόπουλος", "n.papadopoulos@heliaki-energeia.example"),
                        when(2026, 12, 11, 17, 20, off=2), body, "el", prefix="ΑΠ: ", rq=when(2026, 12, 9, 8, 45),
                        html_lang="el-GR", charset="windows-1253")
    exp = expect("confirmation",
                 "Line 2 cancelled by the supplier (rejected). Line 3 one week later (28/01 -> 2027-01-28).",
                 [conf(po, {1: acc(po, 1), 2: rej(), 3: chg(po, 3, date="2027-01-28")})])
    return [po], eml, exp


@case("tr-seramik-yeni-fiyat-bu-siparis-degil", "confirmation", "tr-TR",
      "new price list from 1 Şubat explicitly not applied to this order; EXW ship date and delivery date both given (delivery = requested)")
def c_tr_tiles():
    S = sup("ANADOLUSER", "Anadolu Seramik Sanayi A.Ş.", "ihracat@anadoluseramik.example", "tr-TR")
    po = mkpo("4510025410", S, "moreau", "EUR", "2026-12-08", [
        ("SER-60x120-MRM", "Porselen karo 60x120, mermer görünümlü", 288, "M2", "19.80", "2027-01-29"),
        ("SER-30x60-BYZ", "Duvar karosu 30x60, beyaz parlak", 432, "M2", "9.60", "2027-01-29"),
    ])
    body = """Sayın Claire Moreau,

4510025410 numaralı siparişinizi teyit ederiz:

1. kalem – 60x120 mermer görünümlü porselen: 288 m² (8 palet), 19,80 €/m²
2. kalem – 30x60 beyaz parlak duvar karosu: 432 m² (6 palet), 9,60 €/m²

Sevkiyat 22 Ocak 2027'de fabrikamızdan yapılacak, teslimat 29 Ocak 2027'de Linz'deki
deponuzda olacaktır.

Bilginize: 1 Şubat 2027 itibarıyla yeni fiyat listemiz geçerli olacaktır. Bu sipariş
mevcut fiyatlardan faturalandırılacaktır.

Saygılarımızla,
Elif Yıldız
İhracat Departmanı
Anadolu Seramik Sanayi A.Ş. | OSB 3. Cadde No: 14, 11300 Bozüyük / Bilecik
Tel: +90 228 314 12 34 | Vergi No: 0680012345
"""
    eml = outlook_reply(po, ("Elif Yıldız", "elif.yildiz@anadoluseramik.example"), when(2026, 12, 10, 14, 2, off=3),
                        body, "tr", prefix="YNT: ", rq=when(2026, 12, 8, 10, 0), html_lang="tr-TR",
                        charset="windows-1254")
    exp = expect("confirmation",
                 "Ship date 22 Jan and delivery date 29 Jan given: delivery wins and equals the requested date. The "
                 "February price list is expressly not applied to this order. Both lines accepted.",
                 [conf(po, {1: acc(po, 1), 2: acc(po, 2)})])
    return [po], eml, exp


@case("ru-kz-shpaly-partii-otgruzka", "confirmation", "ru-KZ",
      "Russian from Kazakhstan: sleepers shipped in three lots 'до 5 февраля / 19 февраля / 5 марта' (shipment dates); fastenings refused; KZT with 28 500,00")
def c_ru_sleepers():
    S = sup("ZHBISHPALA", "ТОО «ЖБИ Шпала Караганда»", "sbyt@zhbi-shpala.example", "ru-KZ")
    po = mkpo("4510025470", S, "lindqvist", "KZT", "2026-12-09", [
        ("SHP-SH1-1", "Шпала железобетонная Ш1-1", 1200, "EA", "28500.00", "2027-02-26"),
        ("SKR-KB65", "Скрепление КБ-65, комплект на шпалу", 1200, "SET", "9800.00", "2027-02-26"),
    ])
    body = """Добрый день, Эрик!

По заказу № 4510025470 сообщаем следующее.

Позиция 1 (шпала Ш1-1): 1200 шт., цена 28 500,00 тенге без НДС. Отгрузка равными партиями
по 400 шт.: до 5 февраля, до 19 февраля и до 5 марта 2027 г.

Позиция 2 (скрепление КБ-65): поставить не можем – завод-изготовитель приостановил выпуск,
просим исключить позицию из заказа.

С уважением,
Айгерим Нурланова
менеджер отдела сбыта
ТОО «ЖБИ Шпала Караганда»
г. Караганда, ул. Складская, 8
тел. +7 7212 41 22 33, моб. +7 701 234 56 78
БИН 050140012345
"""
    eml = outlook_reply(po, ("Айгерим Нурланова", "a.nurlanova@zhbi-shpala.example"), when(2026, 12, 14, 15, 10, off=5),
                        body, "ru", prefix="RE: ", rq=when(2026, 12, 9, 7, 40), html_lang="ru-RU",
                        charset="windows-1251", cte="base64")
    exp = expect("confirmation",
                 "Line 1 shipped in three lots of 400 ('до' = by) on 2027-02-05, 02-19 and 03-05 (shipment dates only). "
                 "Line 2 refused ('просим исключить позицию').",
                 [conf(po, {1: chg(po, 1, schedule=[(400, "2027-02-05"), (400, "2027-02-19"), (400, "2027-03-05")]),
                            2: rej()})])
    return [po], eml, exp


@case("uk-vognegasnyky-vidvantazhennia", "confirmation", "uk-UA",
      "Ukrainian: only shipment dates (відвантаження) plus a vague transit time '3–4 дні'; ship dates are recorded")
def c_uk_fire():
    S = sup("POZHTEKH", "ТОВ «Пожтехніка-Захід»", "zbut@pozhtekhnika.example", "uk-UA")
    po = mkpo("4510025480", S, "lindqvist", "EUR", "2026-12-08", [
        ("VOG-VP5", "Вогнегасник порошковий ВП-5", 60, "EA", "24.50", "2027-01-15"),
        ("VOG-VVK3.5", "Вогнегасник вуглекислотний ВВК-3,5", 20, "EA", "48.00", "2027-01-15"),
        ("SHP-K-NAV", "Шафа пожежна ШП-К навісна", 6, "EA", "96.00", "2027-01-15"),
    ])
    body = """Доброго дня, пане Еріку!

Дякуємо за замовлення № 4510025480. Підтверджуємо:

Позиція 1 – ВП-5: 60 шт., 24,50 EUR/шт., відвантаження 12.01.2027.
Позиція 2 – ВВК-3,5: 20 шт., 48,00 EUR/шт., відвантаження 12.01.2027.
Позиція 3 – шафа ШП-К: 6 шт., 96,00 EUR/шт., шафи виготовляються під замовлення,
відвантаження 26.01.2027.

Термін доставки до Лінца – орієнтовно 3–4 дні (перевізник Нова Пошта Глобал).

З повагою,
Олена Коваленко
менеджер зовнішньоекономічного відділу
ТОВ «Пожтехніка-Захід», м. Львів, вул. Городоцька, 174
тел. +380 32 123 45 67 | ЄДРПОУ 12345678
"""
    eml = outlook_reply(po, ("Олена Коваленко", "o.kovalenko@pozhtekhnika.example"), when(2026, 12, 10, 12, 33, off=2),
                        body, "uk", prefix="RE: ", rq=when(2026, 12, 8, 14, 20), html_lang="uk-UA")
    exp = expect("confirmation",
                 "Only shipment dates are firm; the transit time is an estimate, not a delivery date, so the ship "
                 "dates are recorded (12.01 and 26.01).",
                 [conf(po, {1: chg(po, 1, date="2027-01-12"), 2: chg(po, 2, date="2027-01-12"),
                            3: chg(po, 3, date="2027-01-26")})])
    return [po], eml, exp

# ==========================================================================
# Baltic and Nordic suppliers
# ==========================================================================


@case("lv-gulsni-pa-nedelam", "confirmation", "lv-LV",
      "railway sleepers delivered in three weekly lots ('5. nedēļā', '7. nedēļā', '9. nedēļā'); switch ties on '2027. gada 19. februārī'")
def c_lv_sleepers():
    S = sup("BALTGULS", "SIA Baltijas Gulšņi", "pardosana@baltijasgulsni.example", "lv-LV")
    po = mkpo("4510025530", S, "lindqvist", "EUR", "2026-12-10", [
        ("GUL-KOKS-2600", "Koka gulsnis, impregnēts, 2600x250x150 mm", 1200, "EA", "41.50", "2027-02-19"),
        ("GUL-PARM-3500", "Pārmiju gulšņu komplekts, 3,5 m", 40, "EA", "118.00", "2027-02-19"),
    ])
    body = """Labdien, Erik!

Paldies par pasūtījumu Nr. 4510025530. Apstiprinām:

1. pozīcija – koka gulšņi 2600x250x150: 1200 gab. par 41,50 EUR/gab. Piegāde pa daļām:
   400 gab. 5. nedēļā, 400 gab. 7. nedēļā un 400 gab. 9. nedēļā.
2. pozīcija – pārmiju gulšņi 3,5 m: 40 gab. par 118,00 EUR/gab., piegāde 2027. gada
   19. februārī.

Ar cieņu
Jānis Bērziņš
Pārdošanas vadītājs
SIA Baltijas Gulšņi | Rūpniecības iela 21, Jelgava, LV-3001
Tālr. +371 63 012 345 | PVN reģ. Nr. LV40001234567
"""
    eml = outlook_reply(po, ("Jānis Bērziņš", "janis.berzins@baltijasgulsni.example"), when(2026, 12, 15, 9, 12, off=2),
                        body, "lv", prefix="RE: ", rq=when(2026, 12, 10, 13, 5), html_lang="lv-LV")
    exp = expect("confirmation",
                 "Weeks 5, 7, 9 of 2027 -> Fridays 02-05, 02-19, 03-05; the last lot is after the requested date. "
                 "Line 2 on 2027-02-19 = requested.",
                 [conf(po, {1: chg(po, 1, schedule=[(400, kw_friday(2027, 5)), (400, kw_friday(2027, 7)),
                                                    (400, kw_friday(2027, 9))]),
                            2: acc(po, 2)})])
    return [po], eml, exp


@case("lt-fanera-paketai-kaina-nuo-sausio", "confirmation", "lt-LT",
      "plywood rounded to full packs of 33 sheets (300 -> 330); new price 'nuo sausio 1 d.' stated to apply to this order too; '2027 m. sausio 22 d.'")
def c_lt_plywood():
    S = sup("BALTPLY", "UAB Baltic Plywood", "sales@balticplywood.example", "lt-LT")
    po = mkpo("4510025590", S, "lindqvist", "EUR", "2026-12-09", [
        ("PLY-BIR-18-1525", "Beržinė fanera 18 mm, 1525x1525, BB/CP", 300, "SHEET", "38.60", "2027-01-22"),
        ("PLY-FILM-21-1250", "Laminuota fanera 21 mm, 1250x2500", 150, "SHEET", "54.20", "2027-01-22"),
    ])
    body = """Laba diena,

dėkojame už užsakymą Nr. 4510025590. Patvirtiname:

1 eilutė: beržinė fanera 18 mm pakuojama po 33 lakštus pakete, todėl patvirtiname
330 lakštų (10 paketų), kaina 38,60 EUR/lakštas.
2 eilutė: laminuota fanera 21 mm – 150 lakštų, kaina 55,80 EUR/lakštas. Nuo sausio 1 d.
galioja naujas kainoraštis, jis taikomas ir šiam užsakymui, nes pristatymas sausio mėn.

Pristatymas abiem eilutėms – 2027 m. sausio 22 d.

Pagarbiai
Rasa Kazlauskienė
Pardavimų vadybininkė
UAB Baltic Plywood | Pramonės pr. 16, LT-51327 Kaunas
Tel. +370 37 123 456 | PVM kodas LT123456789
"""
    eml = outlook_reply(po, ("Rasa Kazlauskienė", "rasa.k@balticplywood.example"), when(2026, 12, 11, 10, 25, off=2),
                        body, "lt", prefix="RE: ", rq=when(2026, 12, 9, 16, 0), html_lang="lt-LT",
                        charset="windows-1257")
    exp = expect("confirmation",
                 "Line 1 rounded up to 10 packs of 33 = 330 sheets at the PO price. Line 2: the January price list "
                 "expressly applies to this order: 55.80. Date 2027-01-22 = requested.",
                 [conf(po, {1: chg(po, 1, quantity=330), 2: chg(po, 2, unit_price="55.80")})])
    return [po], eml, exp


@case("lt-pries-patvirtinant-kaina", "needs_review", "lt-LT",
      "conditional answer: the PO price is from an old quotation, supplier asks to accept a higher price before it confirms week 5")
def c_lt_conditional():
    S = sup("BALTPLY", "UAB Baltic Plywood", "sales@balticplywood.example", "lt-LT")
    po = mkpo("4510025595", S, "lindqvist", "EUR", "2026-12-14", [
        ("PLY-BIR-12-1525", "Beržinė fanera 12 mm, 1525x1525, B/BB", 400, "SHEET", "27.90", "2027-01-29"),
    ])
    body = """Laba diena, Erik,

Jūsų užsakyme 4510025595 nurodyta kaina (27,90 EUR) yra iš 2025 m. komercinio pasiūlymo,
kuris jau nebegalioja. Dabartinė kaina – 31,40 EUR/lakštas.

Jei sutinkate su nauja kaina, patvirtinsime pristatymą 5 savaitę. Prašome atsakyti.

Pagarbiai
Rasa Kazlauskienė
UAB Baltic Plywood
"""
    eml = outlook_reply(po, ("Rasa Kazlauskienė", "rasa.k@balticplywood.example"), when(2026, 12, 15, 8, 50, off=2),
                        body, "lt", prefix="RE: ", rq=when(2026, 12, 14, 11, 11), html_lang="lt-LT",
                        charset="windows-1257")
    exp = expect("needs_review",
                 "Nothing is confirmed yet: the week-5 delivery is offered only if the buyer accepts 31.40; the "
                 "supplier waits for an answer.")
    return [po], eml, exp


@case("et-manguasjad-ce-kastid", "confirmation", "et-EE",
      "toys with CE marking / EN 71 documents; blocks rounded to cartons of 12 (200 -> 204); '5. veebruaril 2027'")
def c_et_toys():
    S = sup("MANGUTEHAS", "Tartu Mänguasjatehas OÜ", "myyk@mangutehas.example", "et-EE")
    po = mkpo("4510025640", S, "lindqvist", "EUR", "2026-12-11", [
        ("TOY-PUU-RONG", "Puidust rongikomplekt, 3+ (CE, EN 71-1/2/3)", 100, "EA", "24.90", "2027-02-05"),
        ("TOY-KLOTS-50", "Puuklotsid 50 tk karbis (CE)", 200, "EA", "12.40", "2027-02-05"),
    ])
    body = """Tere, Erik!

Aitäh tellimuse nr 4510025640 eest. Kinnitame:

Rida 1 – puidust rongikomplekt: 100 tk, 24,90 € tk, tarne 5. veebruaril 2027.
Rida 2 – puuklotsid 50 tk: pakendame kastidesse à 12 tk, seega 204 tk (17 kasti),
hind 12,40 € tk, tarne samuti 5. veebruaril.

CE-vastavusdeklaratsioonid ja EN 71 katseprotokollid saadame koos saatedokumentidega.

Lugupidamisega
Kadri Tamm
Müügijuht
Tartu Mänguasjatehas OÜ | Ringtee 35, 50105 Tartu
Tel +372 7 123 456 | Reg.kood 12345678 | KMKR EE101234567
"""
    eml = outlook_reply(po, ("Kadri Tamm", "kadri.tamm@mangutehas.example"), when(2026, 12, 15, 13, 37, off=2),
                        body, "et", prefix="RE: ", rq=when(2026, 12, 11, 9, 9), html_lang="et-EE")
    exp = expect("confirmation",
                 "Line 2 rounded to full cartons of 12: 204 pcs. CE papers are a note, not a condition.",
                 [conf(po, {1: acc(po, 1), 2: chg(po, 2, quantity=204)})])
    return [po], eml, exp


@case("fi-urheilu-erp-tilausvahvistus", "confirmation", "fi-FI",
      "ERP-generated Finnish order confirmation (plain-text table, no-reply sender); one line split with a JÄLKITOIMITUS (back-order) row; d.m.yyyy dates")
def c_fi_erp():
    S = sup("URHEILU", "Urheiluväline Pohjola Oy", "myynti@urheiluvaline.example", "fi-FI")
    po = mkpo("4510025700", S, "lindqvist", "EUR", "2026-12-08", [
        ("SKI-XC-190-CL", "Murtomaasukset 190 cm, klassinen", 40, "PR", "129.00", "2027-01-15"),
        ("POL-XC-150-CF", "Hiihtosauvat 150 cm, hiilikuitu", 40, "PR", "46.50", "2027-01-15"),
        ("HEL-SKI-M", "Laskettelukypärä, koko M", 30, "EA", "58.00", "2027-01-15"),
    ])
    text = """TILAUSVAHVISTUS / ORDER CONFIRMATION
=============================================================================
Vahvistus nro   2026-118842                 Päivämäärä   10.12.2026
Asiakas         Valdora Group, Linz         Asiakasnro   30417
Ostotilaus      4510025700                  Viitteenne   Erik Lindqvist
Toimitusehto    DAP Linz                    Maksuehto    30 pv netto
=============================================================================
Rivi Tuote     Asiakkaan nro   Nimike                      Määrä Yks  à-hinta  Toim.pvm
   1 US-41190  SKI-XC-190-CL   Murtomaasukset 190 klass.     40  pr   129,00  15.1.2027
   2 US-52150  POL-XC-150-CF   Sauvat hiilikuitu 150         40  pr    46,50  15.1.2027
   3 US-70230  HEL-SKI-M       Laskettelukypärä M            24  kpl   58,00  15.1.2027
   3 US-70230  HEL-SKI-M       Laskettelukypärä M             6  kpl   58,00   5.2.2027  JÄLKITOIMITUS
=============================================================================
Yhteensä (ALV 0 %)  8 760,00 EUR

Tämä viesti on lähetetty automaattisesti toiminnanohjausjärjestelmästä. Älä vastaa tähän
viestiin. Yhteydenotot: myynti@urheiluvaline.example / +358 9 123 4567

Urheiluväline Pohjola Oy | Teollisuustie 9, 01510 Vantaa | Y-tunnus 1234567-8
"""
    eml = build(("Urheiluväline Pohjola Oy", "noreply@urheiluvaline.example"), BUYERS["lindqvist"],
                "Tilausvahvistus / Order confirmation 2026-118842 (Ostotilaus 4510025700)",
                when(2026, 12, 10, 22, 5, off=2), text=text, client="erp", seed="urheilu-erp",
                charset="iso-8859-1", cte="quoted-printable",
                extra_headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Lemonsoft mailer")])
    exp = expect("confirmation",
                 "ERP-generated confirmation commits to the order (not an auto-reply). Line 3 appears twice: 24 on "
                 "15.1.2027 and 6 as back-order (JÄLKITOIMITUS) on 5.2.2027.",
                 [conf(po, {1: acc(po, 1), 2: acc(po, 2),
                            3: chg(po, 3, schedule=[(24, "2027-01-15"), (6, "2027-02-05")])})])
    return [po], eml, exp


@case("fi-lomavastaaja-kolmikielinen", "auto_reply", "fi-FI",
      "Finnish/Swedish/English holiday auto-reply ('Olen lomalla 21.12.2026–3.1.2027') with deputy")
def c_fi_ooo():
    S = sup("URHEILU", "Urheiluväline Pohjola Oy", "myynti@urheiluvaline.example", "fi-FI")
    po = mkpo("4510025722", S, "lindqvist", "EUR", "2026-12-21", [
        ("SNOW-SHOE-M", "Lumikengät, koko M", 25, "PR", "74.00", "2027-01-29"),
    ])
    text = """Hei,

olen lomalla 21.12.2026–3.1.2027. Kiireellisissä asioissa ota yhteyttä kollegaani
Mikko Virtaseen, mikko.virtanen@urheiluvaline.example, puh. +358 40 123 4567.

Hej, jag är på semester 21.12.2026–3.1.2027. Vid brådskande ärenden kontakta Mikko Virtanen.

Hello, I am on holiday from 21 Dec 2026 to 3 Jan 2027. For urgent matters please contact
Mikko Virtanen (mikko.virtanen@urheiluvaline.example).

Sari Laine
Urheiluväline Pohjola Oy
"""
    eml = build(("Sari Laine", "sari.laine@urheiluvaline.example"), BUYERS["lindqvist"],
                "Automaattinen vastaus: " + req_subject(po), when(2026, 12, 21, 10, 1, off=2), text=text,
                client="outlook", seed="urh-ooo", lang="fi-FI", auto_html=False,
                in_reply_to=po["request_message_id"], references=po["request_message_id"],
                extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    exp = expect("auto_reply", "Trilingual holiday auto-reply with a deputy.")
    return [po], eml, exp


@case("da-forsogsdyrfoder-uge-tirsdag", "confirmation", "da-DK",
      "laboratory animal feed: 'uge 2', 'tirsdag i uge 2', special diet minimum batch 100 kg in 'uge 6'; DKK 'kr./kg'")
def c_da_feed():
    S = sup("NORDFODER", "Nordisk Forsøgsdyrfoder A/S", "ordre@nordiskfoder.example", "da-DK")
    po = mkpo("4510025760", S, "lindqvist", "DKK", "2026-12-07", [
        ("FOD-RM-IRR-10", "Rotte/mus vedligeholdelsesfoder, bestrålet 25 kGy, 10 kg sæk", 600, "KG", "38.50", "2027-01-15"),
        ("STR-ASP-20", "Strøelse, aspespåner, 20 kg balle", 40, "BAG", "129.00", "2027-01-15"),
        ("DIET-D12451", "Specialdiæt D12451, 45 kcal% fedt", 50, "KG", "312.00", "2027-01-29"),
    ])
    body = """Hej Erik

Tak for ordren. Vi kan bekræfte ordre 4510025760 således:

Linje 1: 60 sække à 10 kg = 600 kg, 38,50 kr./kg, levering uge 2.
Linje 2: 40 baller aspespåner à 129,00 kr., levering tirsdag i uge 2 (særskilt bil fra
vores lager i Kolding).
Linje 3: Specialdiæten produceres på bestilling, og mindste batch er 100 kg. Vi kan derfor
bekræfte 100 kg til 312,00 kr./kg med levering i uge 6.

Analysecertifikater og bestrålingscertifikat følger med hver levering.

Med venlig hilsen

Mette Kjær Sørensen
Kundeservice
Nordisk Forsøgsdyrfoder A/S | Fabriksvej 12 | DK-6000 Kolding
Tlf. +45 75 50 12 34 | CVR 12345678
"""
    eml = outlook_reply(po, ("Mette Kjær Sørensen", "mks@nordiskfoder.example"), when(2026, 12, 9, 14, 4), body, "da",
                        prefix="SV: ", rq=when(2026, 12, 7, 8, 30), html_lang="da-DK", charset="iso-8859-1")
    exp = expect("confirmation",
                 "'uge 2' = Fri 2027-01-15 (requested); 'tirsdag i uge 2' = 2027-01-12; special diet raised to the "
                 "100 kg minimum batch and week 6 = 2027-02-12.",
                 [conf(po, {1: acc(po, 1), 2: chg(po, 2, date=kw_day(2027, 2, 2)),
                            3: chg(po, 3, quantity=100, date=kw_friday(2027, 6))})])
    return [po], eml, exp


@case("da-analysecertifikat-tidligere-levering", "unrelated", "da-DK",
      "certificate of analysis (PDF) for a batch delivered on an earlier order; open PO exists")
def c_da_coa():
    S = sup("NORDFODER", "Nordisk Forsøgsdyrfoder A/S", "ordre@nordiskfoder.example", "da-DK")
    po = mkpo("4510025777", S, "lindqvist", "DKK", "2026-12-14", [
        ("FOD-RM-IRR-10", "Rotte/mus vedligeholdelsesfoder, bestrålet 25 kGy, 10 kg sæk", 400, "KG", "38.50", "2027-01-22"),
    ])
    pdf = pdf_doc([
        ("Nordisk Forsøgsdyrfoder A/S", True, 14),
        ("ANALYSECERTIFIKAT / CERTIFICATE OF ANALYSIS", True, 12),
        "Produkt: Rotte/mus vedligeholdelsesfoder, bestrålet 25 kGy     Batch: 26-1187",
        "Produktionsdato: 23.11.2026     Holdbar til: 23.05.2027",
        "Leveret på ordre: 4510022815 (følgeseddel 88412, 03.12.2026)",
        "",
        ("Parameter\tEnhed\tResultat\tSpecifikation", True, 8),
        ("Råprotein\t%\t19,2\t18,0 - 20,5", False, 8),
        ("Råfedt\t%\t4,4\t3,5 - 5,0", False, 8),
        ("Vand\t%\t9,8\t< 12", False, 8),
        ("Kimtal\tcfu/g\t< 10\t< 100", False, 8),
        ("Bestrålingsdosis\tkGy\t26,1\t25 - 50", False, 8),
        "",
        "Godkendt af: QA, Lene Holm, 04.12.2026",
    ], title="CoA 26-1187", author="Nordisk Forsøgsdyrfoder", producer="LIMS report")
    body = """Hej Erik

Hermed analysecertifikat for batch 26-1187, som blev leveret i sidste uge på jeres ordre
4510022815. Beklager forsinkelsen – vi manglede resultatet for kimtal.

Venlig hilsen
Lene Holm
Kvalitetsafdelingen
Nordisk Forsøgsdyrfoder A/S
"""
    eml = build(("Lene Holm", "lh@nordiskfoder.example"), BUYERS["lindqvist"], "Analysecertifikat batch 26-1187",
                when(2026, 12, 14, 11, 40), text=body, client="outlook", seed="nf-coa", lang="da-DK",
                charset="iso-8859-1", attachments=[attachment(pdf, "application/pdf", "CoA_26-1187.pdf")])
    exp = expect("unrelated", "Quality certificate for a batch delivered on older order 4510022815.")
    return [po], eml, exp


@case("sv-veterinar-restnoterad-utgatt", "confirmation", "sv-SE",
      "veterinary products: 'Rad 1/2/3'; part from stock, rest back-ordered to 'v.6'; discontinued line (utgått) = rejected; SEK")
def c_sv_vet():
    S = sup("VETNORDEN", "Veterinärhuset Norden AB", "order@veterinarhuset.example", "sv-SE")
    po = mkpo("4510025810", S, "lindqvist", "SEK", "2026-12-08", [
        ("VET-MEL-1.5-100", "Meloxikam 1,5 mg/ml oral suspension, 100 ml", 60, "EA", "189.00", "2027-01-13"),
        ("VET-BAND-10", "Elastisk bandage 10 cm x 4,5 m", 100, "EA", "32.50", "2027-01-13"),
        ("VET-VIRKON-1KG", "Desinfektionsmedel Virkon S, 1 kg", 20, "EA", "410.00", "2027-01-13"),
    ])
    body = """Hej Erik,

Tack för beställningen 4510025810. Här kommer vår orderbekräftelse:

Rad 1: 60 st meloxikam à 189 kr, leverans 13/1.
Rad 2: vi har 40 st bandage i lager som skickas med leveransen 13/1, resterande 60 st
är restnoterade med leverans v.6.
Rad 3: Virkon S 1 kg har tyvärr utgått ur sortimentet hos tillverkaren och kan inte
levereras.

Med vänliga hälsningar
Anna Lindgren
Kundtjänst
Veterinärhuset Norden AB | Box 1234 | 751 40 Uppsala
Tel 018-12 34 50 | Org.nr 556123-4567
"""
    eml = outlook_reply(po, ("Anna Lindgren", "anna.lindgren@veterinarhuset.example"), when(2026, 12, 9, 15, 20),
                        body, "sv", prefix="SV: ", rq=when(2026, 12, 8, 7, 55), html_lang="sv-SE")
    exp = expect("confirmation",
                 "'13/1' = 2027-01-13 (requested). Line 2 split: 40 on 13/1, 60 back-ordered to week 6 (2027-02-12). "
                 "Line 3 discontinued = rejected.",
                 [conf(po, {1: acc(po, 1), 2: chg(po, 2, schedule=[(40, "2027-01-13"), (60, kw_friday(2027, 6))]),
                            3: rej()})])
    return [po], eml, exp


@case("sv-las-kvitto-mdn", "auto_reply", "sv-SE",
      "read receipt (MDN, multipart/report disposition-notification) in Swedish: 'Läst:'")
def c_sv_mdn():
    S = sup("VETNORDEN", "Veterinärhuset Norden AB", "order@veterinarhuset.example", "sv-SE")
    po = mkpo("4510025815", S, "lindqvist", "SEK", "2026-12-15", [
        ("VET-GAS-10x10", "Kompresser 10x10 cm, sterila, 25 st/förp", 80, "PAK", "44.00", "2027-01-20"),
    ])
    rid = po["request_message_id"]
    outer = MIMEMultipart("report", report_type="disposition-notification")
    human = text_part("""Ditt meddelande

  Till: Anna Lindgren
  Ämne: %s
  Skickat: den 15 december 2026 10:02

lästes den 15 december 2026 10:47.
""" % req_subject(po), "plain", "utf-8", "quoted-printable")
    outer.attach(human)
    mdn = Message()
    mdn["Content-Type"] = "message/disposition-notification"
    mdn.set_payload("Reporting-UA: veterinarhuset.example; Microsoft Outlook 16.0\r\n"
                    "Final-Recipient: rfc822;anna.lindgren@veterinarhuset.example\r\n"
                    "Original-Message-ID: %s\r\n"
                    "Disposition: manual-action/MDN-sent-manually; displayed\r\n" % rid)
    outer.attach(mdn)
    t = when(2026, 12, 15, 10, 47)
    hdrs = [("Return-Path", "<anna.lindgren@veterinarhuset.example>"),
            ("From", addr("Anna Lindgren", "anna.lindgren@veterinarhuset.example")),
            ("To", addr("Erik Lindqvist", "erik.lindqvist@valdora.example")),
            ("Subject", enc_header("Läst: " + req_subject(po))),
            ("Date", format_datetime(t)),
            ("Message-ID", msgid("outlook", "mdn-vet", "veterinarhuset.example")),
            ("In-Reply-To", rid), ("References", rid),
            ("Content-Language", "sv-SE"), ("X-Mailer", "Microsoft Outlook 16.0"),
            ("MIME-Version", "1.0")]
    content = list(outer.items())
    for k in list(outer.keys()):
        del outer[k]
    for k, v in hdrs:
        outer[k] = v
    for k, v in content:
        if k != "MIME-Version":
            outer[k] = v
    for part in outer.get_payload():
        if "MIME-Version" in part:
            del part["MIME-Version"]
    eml = flatten(outer)
    exp = expect("auto_reply", "Read receipt (MDN): the request was displayed; no answer about the order.")
    return [po], eml, exp


@case("nb-gjodsel-storsekker-uke", "confirmation", "nb-NO",
      "fertiliser only in whole 600 kg big bags (10 000 -> 10 200 kg); seed bags unchanged; 'uke 9'; NOK 'kr 6,85/kg'")
def c_nb_fert():
    S = sup("AGRONORD", "Agro Nordland AS", "ordre@agronordland.example", "nb-NO")
    po = mkpo("4510025870", S, "lindqvist", "NOK", "2026-12-10", [
        ("GJ-FULL-11-5-18", "Fullgjødsel 11-5-18, storsekk 600 kg", 10000, "KG", "6.85", "2027-03-05"),
        ("FRO-ENG-10", "Engfrøblanding, 10 kg sekk", 30, "BAG", "845.00", "2027-03-05"),
    ])
    body = """Hei Erik,

Takk for bestillingen. Fullgjødsel 11-5-18 leveres kun i hele storsekker à 600 kg, så vi har
bekreftet 17 sekker = 10 200 kg til kr 6,85/kg. Engfrøblandingen: 30 sekker à kr 845,00.

Levering for begge linjer uke 9, før vårsesongen.

Mvh
Ola Haugen
Salg / kundeservice
Agro Nordland AS | Industriveien 4, 8006 Bodø
Tlf. 75 12 34 56 | Org.nr. 912 345 678 MVA
"""
    eml = outlook_reply(po, ("Ola Haugen", "ola.haugen@agronordland.example"), when(2026, 12, 14, 12, 45), body, "nb",
                        prefix="SV: ", rq=when(2026, 12, 10, 9, 50), html_lang="nb-NO")
    exp = expect("confirmation",
                 "Pack rounding: 17 big bags x 600 kg = 10,200 kg. 'uke 9' = Fri 2027-03-05 = requested.",
                 [conf(po, {1: chg(po, 1, quantity=10200), 2: acc(po, 2)})])
    return [po], eml, exp

# ==========================================================================
# English-speaking suppliers and English written by non-native speakers
# ==========================================================================


@case("en-us-office-month-first", "confirmation", "en-US",
      "US month-first dates (1/7/2027 = Jan 7); ship vs delivery given (delivery wins); toner back-ordered to a later date; Gmail quote")
def c_en_us_office():
    S = sup("SUMMITOFF", "Summit Office Products, Inc.", "orders@summitoffice.example", "en-US")
    po = mkpo("4510025930", S, "osei", "USD", "2026-12-14", [
        ("OFF-PAP-LTR-CS", "Copy paper, letter, 20 lb, case of 10 reams", 80, "CS", "42.99", "2027-01-08"),
        ("OFF-PEN-GEL-BK", "Gel pens black 0.7 mm, box of 12", 50, "BX", "11.49", "2027-01-08"),
        ("OFF-TON-58X", "Toner HP 58X black, high yield", 10, "EA", "219.00", "2027-01-08"),
    ])
    check_wd("2026-12-14", 0)
    body = """Hi Abena,

PO# 4510025930 is confirmed, pricing as per PO.

Paper and pens ship 1/6/2027 on our own truck, delivery to your dock 1/7/2027.
Item #3, the 58X toner, is backordered with HP - ETA to our DC is 1/18, and we will
deliver it 1/20/2027.

Thanks!
Mike

Mike Kowalski | Account Manager
Summit Office Products, Inc.
4400 Commerce Pkwy, Suite 200, Dublin, OH 43017
O: (614) 555-0142 | C: (614) 555-0199
"""
    text = body + "\nOn Mon, Dec 14, 2026 at 9:10 AM Abena Osei <abena.osei@valdora.example> wrote:\n\n" + \
        quote(req_text(po)) + "\n"
    eml = build(("Mike Kowalski", "mkowalski@summitoffice.example"), BUYERS["osei"], "Re: " + req_subject(po),
                when(2026, 12, 15, 16, 2, off=-5), text=text, client="gmail", seed="summit",
                in_reply_to=po["request_message_id"], references=po["request_message_id"], lang="en-US")
    exp = expect("confirmation",
                 "en-US month-first: 1/7/2027 = Jan 7 (delivery wins over the 1/6 ship date) and 1/20/2027 = Jan 20. "
                 "The 1/18 ETA to their warehouse is not a delivery to us.",
                 [conf(po, {1: chg(po, 1, date="2027-01-07"), 2: chg(po, 2, date="2027-01-07"),
                            3: chg(po, 3, date="2027-01-20")})])
    return [po], eml, exp


@case("en-gb-restated-order-acknowledgement", "confirmation", "en-GB",
      "supplier restates the whole order in its own acknowledgement text with its own part numbers beside ours; despatch dates only; one price changed")
def c_en_gb_oa():
    S = sup("CALDER", "Calder Valve & Pump Co. Ltd", "sales@caldervalve.example", "en-GB")
    po = mkpo("4510025990", S, "moreau", "GBP", "2026-12-04", [
        ("VLV-BFY-DN150", "Butterfly valve DN150 PN16, EPDM seat, c/w 3.1 cert", 12, "EA", "286.00", "2027-02-12"),
        ("VLV-CHK-DN80", "Swing check valve DN80 PN16", 20, "EA", "144.50", "2027-02-12"),
        ("ACT-PN-DA-100", "Pneumatic actuator double-acting, size 100", 12, "EA", "318.00", "2027-02-12"),
        ("TEST-HYD-WIT", "Witnessed hydrostatic test and certificate", 1, "EA", "450.00", "2027-02-12"),
    ])
    body = """Hi Claire,

Thank you for your order, please see our order acknowledgement below.

ORDER ACKNOWLEDGEMENT  OA-118034
Customer: Valdora Group          Your order: 4510025990 dated 04/12/2026
------------------------------------------------------------------------------------
Our ref     Your ref          Description                        Qty  Unit price  Despatch
CV-BF150E   VLV-BFY-DN150     B'fly valve DN150 PN16 EPDM + 3.1   12   £286.00    12/02/2027
CV-SC080    VLV-CHK-DN80      Swing check DN80 PN16               20   £151.70    12/02/2027
CV-PA100D   ACT-PN-DA-100     Pneu. actuator DA size 100          12   £318.00    26/02/2027
CV-HT       TEST-HYD-WIT      Hydrotest, witnessed + cert          1   £450.00    26/02/2027
------------------------------------------------------------------------------------
Carriage paid to site. Dates shown are despatch dates, allow 2 working days transit.
Check valve price per current list (Jan 2027 issue) - previous quote expired 30/11/2026.
Witness test will be scheduled with your inspector once actuators are fitted.

Kind regards,

Sharon Whitaker
Sales Office
Calder Valve & Pump Co. Ltd
Unit 4, Leeds Road Industrial Estate, Huddersfield HD1 6PX
T: 01484 555 210
Registered in England & Wales No. 01234567 | VAT GB 123 4567 89
"""
    eml = outlook_reply(po, ("Sharon Whitaker", "sharon.whitaker@caldervalve.example"), when(2026, 12, 9, 11, 37, off=0),
                        body, "en-GB", prefix="RE: ", rq=when(2026, 12, 4, 13, 30), html_lang="en-GB")
    exp = expect("confirmation",
                 "Lines matched by our part numbers in the 'Your ref' column. Only despatch dates are given (the "
                 "transit allowance is not a delivery date). Check valve 151.70 instead of 144.50; actuators and "
                 "test move to 26/02/2027 (day-first).",
                 [conf(po, {1: acc(po, 1), 2: chg(po, 2, unit_price="151.70"), 3: chg(po, 3, date="2027-02-26"),
                            4: chg(po, 4, date="2027-02-26")})])
    return [po], eml, exp


@case("en-gb-body-vs-pdf-contradiction", "needs_review", "en-GB",
      "mail body says 'confirmed as per your order', attached acknowledgement PDF shows a lower quantity and a later date for line 2")
def c_en_gb_contra():
    S = sup("HUMBER", "Humber Films Ltd", "orders@humberfilms.example", "en-GB")
    po = mkpo("4510026010", S, "osei", "GBP", "2026-12-07", [
        ("FLM-LLDPE-23-500", "Stretch film LLDPE 23 mu, 500 mm x 300 m", 240, "ROLL", "9.85", "2027-01-14"),
        ("FLM-SHR-PE-50", "Shrink film PE 50 mu, 1000 mm centrefold", 1000, "KG", "2.14", "2027-01-14"),
    ])
    pdf = pdf_doc([
        ("Humber Films Ltd", True, 14),
        "Marfleet Lane, Hull HU9 5RJ  |  Tel 01482 555 300  |  VAT GB 987 6543 21",
        "",
        ("ORDER ACKNOWLEDGEMENT  HF-OA-55120", True, 12),
        "Customer order: 4510026010      Date: 09/12/2026",
        "",
        ("Line\tProduct\tDescription\tQty\tUnit\tPrice GBP\tDelivery", True, 8),
        ("1\tHF-S23-500\tStretch 23mu 500mm x 300m\t240\troll\t9.85\t14/01/2027", False, 8),
        ("2\tHF-SH50-CF\tShrink PE 50mu 1000 CF\t800\tkg\t2.14\t21/01/2027", False, 8),
        "",
        "Delivered, tail-lift vehicle. Prices ex VAT.",
    ], title="HF-OA-55120", author="Humber Films", producer="Sage 200 Reports")
    body = """Hi Abena,

Confirmed as per your order, delivery Thursday 14th January. OA attached.

Cheers,
Dave

Dave Pearson | Sales Office | Humber Films Ltd | 01482 555 301
"""
    check_wd("2027-01-14", 3)
    eml = outlook_reply(po, ("Dave Pearson", "dave.pearson@humberfilms.example"), when(2026, 12, 9, 15, 5, off=0),
                        body, "en-GB", prefix="RE: ", rq=when(2026, 12, 7, 10, 40), html_lang="en-GB",
                        attachments=[attachment(pdf, "application/pdf", "HF-OA-55120.pdf")])
    exp = expect("needs_review",
                 "Contradiction: the text confirms everything as ordered for 14 January, the attached acknowledgement "
                 "shows 800 kg on 21/01/2027 for line 2. A buyer has to ask which is right.")
    return [po], eml, exp


@case("en-gb-empty-reply-only-quote", "needs_review", "en-GB",
      "reply that contains nothing but the signature and our own quoted request (sent by mistake from a phone)")
def c_en_empty():
    S = sup("PENNINE", "Pennine Fire Protection Ltd", "office@penninefire.example", "en-GB")
    po = mkpo("4510026044", S, "lindqvist", "GBP", "2026-12-10", [
        ("FS-CO2-5KG", "CO2 extinguisher 5 kg", 24, "EA", "46.20", "2027-01-18"),
        ("FS-FOAM-9L", "Foam extinguisher 9 L", 24, "EA", "38.90", "2027-01-18"),
    ])
    body = """

Sent from my iPhone

> On 10 Dec 2026, at 14:22, Erik Lindqvist <erik.lindqvist@valdora.example> wrote:
>
""" + quote(req_text(po)) + "\n"
    eml = build(("Gary Holt", "gary@penninefire.example"), BUYERS["lindqvist"], "Re: " + req_subject(po),
                when(2026, 12, 11, 7, 3, off=0), text=body, client="ios", seed="pennine-empty",
                in_reply_to=po["request_message_id"], references=po["request_message_id"])
    exp = expect("needs_review", "Human reply without any own text: it only quotes our request and commits to nothing.")
    return [po], eml, exp


@case("en-ie-bottom-posted-apple", "confirmation", "en-IE",
      "bottom-posted answer under the quote (Apple Mail), Irish informal English: 'Grand', 'Wed 20th Jan', 'the 3rd of Feb'")
def c_en_ie():
    S = sup("SHANNON", "Shannon Fire Safety Ltd", "sales@shannonfire.example", "en-IE")
    po = mkpo("4510026050", S, "lindqvist", "EUR", "2026-12-11", [
        ("FS-BLANKET-1212", "Fire blanket 1.2 x 1.2 m", 60, "EA", "14.20", "2027-01-20"),
        ("FS-SIGN-EXIT-PL", "Exit sign, photoluminescent, 300x150 mm", 200, "EA", "3.40", "2027-01-20"),
        ("FS-EXT-FOAM6-FF", "Foam extinguisher 6 L, fluorine-free", 40, "EA", "52.00", "2027-01-20"),
    ])
    check_wd("2027-01-20", 2)
    check_wd("2027-02-03", 2)
    check_wd("2026-12-11", 4)
    tail = """

Grand, thanks Erik.

All good on the blankets, 60 at 14.20.
Signs come in packs of 25 so we've put you down for 8 packs = 200, no change there.
The fluorine-free foam units are held up at Dublin port, so those 40 will come to you on
Wednesday the 3rd of Feb instead, same price.

Everything else out to you Wed 20th Jan.

Siobhán

--
Siobhán Brennan
Shannon Fire Safety Ltd | Unit 7, Raheen Business Park, Limerick V94 XXXX
+353 61 555 012 | VAT IE 1234567T
"""
    text = "On 11 Dec 2026, at 09:41, Erik Lindqvist <erik.lindqvist@valdora.example> wrote:\n\n" + \
        quote(req_text(po)) + "\n" + tail
    eml = build(("Siobhán Brennan", "siobhan@shannonfire.example"), BUYERS["lindqvist"], "Re: " + req_subject(po),
                when(2026, 12, 14, 12, 18, off=0), text=text, client="apple", seed="shannon",
                in_reply_to=po["request_message_id"], references=po["request_message_id"], lang="en-IE")
    exp = expect("confirmation",
                 "The answer sits below the quoted request. Lines 1-2 as ordered on Wed 20 Jan; line 3 on Wed 3 Feb "
                 "at the same price.",
                 [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, date="2027-02-03")})])
    return [po], eml, exp


@case("en-za-cable-full-drums-mccb-allocation", "confirmation", "en-ZA",
      "South African style R148,75 (decimal comma) and R2 420,00; cable only in full 500 m drums; MCCBs 'will revert with a date' = unconfirmed")
def c_en_za():
    S = sup("HIGHVELD", "Highveld Cable & Switchgear (Pty) Ltd", "orders@highveldcable.example", "en-ZA")
    po = mkpo("4510026110", S, "osei", "ZAR", "2026-12-08", [
        ("CBL-SWA-4C-16", "PVC/SWA/PVC cable 4C x 16 mm2, 600/1000 V", 1200, "M", "148.75", "2027-01-27"),
        ("SWG-MCCB-250-3P", "MCCB 250 A, 3P, 36 kA", 6, "EA", "6850.00", "2027-01-27"),
        ("SWG-DB-24W-IP65", "Distribution board 24-way, IP65", 10, "EA", "2420.00", "2027-01-27"),
    ])
    body = """Good day Abena

Thank you for the order, please see below:

Line 1 - 4c x 16 mm² SWA is drummed in 500 m lengths and on this size we only supply full
drums, so we have booked 3 drums = 1 500 m at R148,75/m, delivery 27/01/2027.
Line 3 - DBs confirmed, 10 off at R2 420,00 each, delivery 27/01/2027.
Line 2 - the MCCBs are on allocation from the factory at the moment. We will revert with a
date as soon as we have the factory confirmation, hopefully by mid-January.

Kind regards

Thabo Mokoena
Internal Sales
Highveld Cable & Switchgear (Pty) Ltd
14 Electron Avenue, Isando, 1600
Tel: +27 11 555 0140 | Cell: +27 82 555 0199
Reg. No. 1998/012345/07 | VAT No. 4123456789 | B-BBEE Level 2 Contributor
"""
    eml = outlook_reply(po, ("Thabo Mokoena", "thabo.m@highveldcable.example"), when(2026, 12, 10, 10, 20, off=2),
                        body, "en-GB", prefix="RE: ", rq=when(2026, 12, 8, 12, 0), html_lang="en-ZA")
    exp = expect("confirmation",
                 "R148,75 uses a decimal comma (= 148.75) and R2 420,00 a space as thousands separator. Cable rounded "
                 "to full drums: 1,500 m. MCCBs not committed ('will revert with a date').",
                 [conf(po, {1: chg(po, 1, quantity=1500), 2: unc(), 3: acc(po, 3)})])
    return [po], eml, exp


@case("en-sg-solar-etd-min-pack", "confirmation", "en-SG",
      "Singapore English ('noted with thanks', 'pls advise'); only ETD (FOB) given = ship date; connectors rounded to 1,000-pair minimum pack")
def c_en_sg():
    S = sup("SUNPEAK", "SunPeak Energy Pte Ltd", "sales@sunpeak.example", "en-SG")
    po = mkpo("4510026170", S, "tanaka", "USD", "2026-12-09", [
        ("PV-MOD-580-BF", "Bifacial module 580 W, 2382x1134 mm", 620, "EA", "82.40", "2027-02-26"),
        ("PV-CONN-MC4", "MC4 connector pair", 600, "PR", "0.95", "2027-02-26"),
    ])
    body = """Hi Haruto,

Noted with thanks. Can confirm PO 4510026170 as below:

1) Bifacial 580W module - 620 pcs @ USD 82.40, ETD Singapore 12 Feb 2027 (FOB). Vessel
   details to follow once booking confirmed.
2) MC4 connector - min pack is 1,000 prs, so we will ship 1,000 prs @ USD 0.95 together
   with the modules.

Pls advise if any issue.

Remark: all shipment dates are subject to force majeure, incl. changes of vessel schedule
by the shipping line.

Thanks & regards,
Jasmine Tan
Sales Coordinator
SunPeak Energy Pte Ltd | 10 Ubi Crescent, #05-12 Ubi Techpark, Singapore 408564
Tel: +65 6555 0123 | UEN 201512345K
"""
    eml = outlook_reply(po, ("Jasmine Tan", "jasmine.tan@sunpeak.example"), when(2026, 12, 11, 17, 45, off=8),
                        body, "en-GB", prefix="RE: ", rq=when(2026, 12, 9, 9, 0), html_lang="en-SG")
    exp = expect("confirmation",
                 "Only the ETD (FOB Singapore) is given, so the ship date 2027-02-12 is recorded for both lines. "
                 "Connectors rounded up to the 1,000-pair minimum pack. The force-majeure remark is a standard "
                 "reservation and does not withdraw the commitment.",
                 [conf(po, {1: chg(po, 1, date="2027-02-12"), 2: chg(po, 2, quantity=1000, date="2027-02-12")})])
    return [po], eml, exp


@case("en-nonnative-cn-toys-cny", "confirmation", "en (non-native, zh-CN)",
      "Chinese exporter's English ('Pls kindly check', 'Mar.25th'); Chinese New Year shifts ETD; CE/EN71 test reports promised")
def c_en_cn_toys():
    S = sup("NBHAPPY", "Ningbo Happy Kids Toys Co., Ltd.", "sales@nbhappykids.example", "zh-CN")
    po = mkpo("4510026230", S, "tanaka", "USD", "2026-12-10", [
        ("TOY-RC-CAR-124", "RC car 1:24, 2.4 GHz, CE/RED", 1200, "EA", "6.85", "2027-03-15"),
        ("TOY-PUZ-100", "Jigsaw puzzle 100 pcs, CE EN71", 2400, "EA", "1.12", "2027-03-15"),
    ])
    body = """Dear Mr. Tanaka,

Good day!
Thanks for your PO. We confirm the order as below:
1) RC car 1:24 - 1200pcs, USD6.85/pc
2) puzzle 100pcs - 2400pcs, USD1.12/pc

Because of Chinese New Year holiday (our factory close from Jan.30 to Feb.20), the delivery
time will be Mar.25th, 2027 (ETD Ningbo). CE test report and EN71 report will send to you
before shipment.

Pls kindly check and confirm, thank you!

Best regards,
Cindy Wang
Sales Manager
Ningbo Happy Kids Toys Co., Ltd.
Add: No.88 Xingye Road, Yinzhou District, Ningbo, China
Tel: 0086-574-8888 1234  Wechat/Mob: 0086-138 0574 1234
"""
    eml = outlook_reply(po, ("Cindy Wang", "cindy@nbhappykids.example"), when(2026, 12, 12, 10, 31, off=8),
                        body, "en-US", prefix="RE: ", rq=when(2026, 12, 10, 16, 0), html_lang="zh-CN")
    exp = expect("confirmation",
                 "Quantities and prices confirmed; ETD Ningbo 25 Mar 2027 is the only date (ship date). 'Pls kindly "
                 "check and confirm' is a courtesy formula, not a condition.",
                 [conf(po, {1: chg(po, 1, date="2027-03-25"), 2: chg(po, 2, date="2027-03-25")})])
    return [po], eml, exp


@case("en-nonnative-tr-old-thread-explicit-po", "confirmation", "en (non-native, tr-TR)",
      "supplier answers in the thread of an older PO (subject, In-Reply-To and quote of 4510019876) but names the new PO number explicitly")
def c_en_tr_oldthread():
    S = sup("EGETEKS", "Ege Spor Tekstil San. ve Tic. Ltd. Şti.", "export@egespor.example", "tr-TR")
    po = mkpo("4510026895", S, "brandt", "EUR", "2026-12-14", [
        ("SPT-BIB-YEL", "Training bib, polyester mesh, yellow", 500, "EA", "2.15", "2027-01-22"),
        ("SPT-BIB-ORG", "Training bib, polyester mesh, orange", 500, "EA", "2.15", "2027-01-22"),
    ])
    old = mkpo("4510019876", S, "brandt", "EUR", "2026-06-03", [
        ("SPT-BIB-BLU", "Training bib, polyester mesh, blue", 800, "EA", "2.05", "2026-07-10"),
    ])
    body = """Dear Jonas,

sorry I use old mail. We confirm your new order PO 4510026895 from 14.12.2026:

- bib yellow 500 pcs, 2,15 EUR, delivery 22.01.2027
- bib orange: we have fabric only for 400 pcs, so we confirm 400 pcs, 2,15 EUR, delivery 22.01.2027

Best regards
Murat Aydın
Export Department
Ege Spor Tekstil San. ve Tic. Ltd. Şti.
Atatürk OSB 10001 Sk. No:12, Çiğli / İzmir
Tel: +90 232 555 12 34
"""
    q = oq("en-GB", (old["buyer"]["name"], old["buyer"]["email"]), (S["name"], S["email"]),
           when(2026, 6, 3, 10, 5), req_subject(old), original=req_text(old))
    text = body + "\n" + q + "\n"
    orid = old["request_message_id"]
    del old["request_message_id"]
    eml = build(("Murat Aydın", "murat.aydin@egespor.example"), BUYERS["brandt"], "RE: " + req_subject(old),
                when(2026, 12, 16, 9, 55, off=3), text=text, client="outlook", seed="egespor",
                in_reply_to=orid, references=orid, lang="tr-TR")
    exp = expect("confirmation",
                 "Subject, In-Reply-To and the quote belong to an old, closed PO (4510019876), but the text names the "
                 "new PO 4510026895 and its items explicitly. Orange reduced to 400 pcs.",
                 [conf(po, {1: acc(po, 1), 2: chg(po, 2, quantity=400)})])
    return [po], eml, exp


@case("en-gb-confirms-in-old-po-thread", "needs_review", "en-GB",
      "'Confirmed - delivery as requested' sent in the thread of a closed, older PO while two other POs of the same supplier are open")
def c_en_gb_wrongpo():
    S = sup("BCFIX", "Black Country Fixings Ltd", "sales@bcfixings.example", "en-GB")
    po = mkpo("4510026830", S, "brandt", "GBP", "2026-12-11", [
        ("BCF-ANCH-M10", "Sleeve anchor M10 x 80, zinc", 3000, "EA", "0.3400", "2027-01-22"),
        ("BCF-ANCH-M12", "Sleeve anchor M12 x 100, zinc", 1500, "EA", "0.5200", "2027-01-22"),
    ])
    po2 = mkpo("4510024630", S, "brandt", "GBP", "2026-11-27", [
        ("BCF-ANCH-M8", "Sleeve anchor M8 x 65, zinc", 4000, "EA", "0.2600", "2027-01-08"),
    ])
    old = mkpo("4510019877", S, "brandt", "GBP", "2026-09-02", [
        ("BCF-ANCH-M10", "Sleeve anchor M10 x 80, zinc", 2000, "EA", "0.3250", "2026-09-25"),
        ("BCF-ANCH-M12", "Sleeve anchor M12 x 100, zinc", 1000, "EA", "0.4950", "2026-09-25"),
    ])
    body = """Hi Jonas,

Confirmed - delivery as requested.

Regards,
Paul

Paul Hadley | Sales | Black Country Fixings Ltd | Unit 12, Tipton Trading Estate, DY4 7AA
T 0121 555 0188
"""
    q = oq("en-GB", (old["buyer"]["name"], old["buyer"]["email"]), (S["name"], S["email"]),
           when(2026, 9, 2, 11, 45), req_subject(old), original=req_text(old))
    orid = old["request_message_id"]
    eml = build(("Paul Hadley", "paul.hadley@bcfixings.example"), BUYERS["brandt"], "RE: " + req_subject(old),
                when(2026, 12, 14, 8, 12, off=0), text=body + "\n" + q + "\n", client="outlook", seed="bcfix",
                in_reply_to=orid, references=orid, lang="en-GB")
    exp = expect("needs_review",
                 "The reply sits in the thread of old PO 4510019877 (delivered in September, not open) and names no "
                 "PO. Two POs of this supplier are open (4510024630 and 4510026830); the text could be meant for "
                 "either, so a buyer must ask.")
    return [po2, po], eml, exp


@case("en-nonnative-nl-wk-cw-week", "confirmation", "en (non-native, nl-NL)",
      "Dutch supplier writing English with three week styles in one mail ('wk 03/2027', 'CW5', 'week 3'); price per 1000 in euro with decimal comma")
def c_en_nl_weeks():
    S = sup("FIXATECH", "Fixatech BV", "verkoop@fixatech.example", "nl-NL")
    po = mkpo("4510026870", S, "brandt", "EUR", "2026-12-10", [
        ("ISO7380-M6x16-A2", "Button head screw ISO 7380 M6x16 A2", 5000, "EA", "0.0690", "2027-01-22"),
        ("DIN9021-6.4-A2", "Washer DIN 9021 6.4 A2", 5000, "EA", "0.0180", "2027-01-22"),
        ("ISO10511-M6-A2", "Prevailing torque nut ISO 10511 M6 A2", 5000, "EA", "0.0410", "2027-01-22"),
    ])
    body = """Dear Jonas,

Thank you for your order 4510026870. Hereby our confirmation:

Line 1 - ISO 7380 M6x16 A2: 5.000 pcs, € 69,00 per 1000, delivery wk 03/2027
Line 2 - DIN 9021 6,4 A2: 5.000 pcs, € 18,00 per 1000, delivery CW5 (supplier delay)
Line 3 - ISO 10511 M6 A2: boxes of 1000, so 5 boxes = 5.000 pcs, € 41,00 per 1000,
delivery week 3 together with line 1

With kind regards,

Sanne Bakker
Inside Sales
Fixatech BV | Industrieweg 31 | 3044 AS Rotterdam | The Netherlands
T +31 10 555 4321 | KvK 24123456 | VAT NL001234567B01
"""
    eml = outlook_reply(po, ("Sanne Bakker", "s.bakker@fixatech.example"), when(2026, 12, 11, 14, 14), body, "en-GB",
                        prefix="RE: ", rq=when(2026, 12, 10, 11, 50), html_lang="nl-NL")
    exp = expect("confirmation",
                 "'5.000' is five thousand (Dutch thousands dot); '€ 69,00 per 1000' = 0.069. 'wk 03/2027' and "
                 "'week 3' = 2027-01-22 (requested); 'CW5' = 2027-02-05.",
                 [conf(po, {1: acc(po, 1), 2: chg(po, 2, date=kw_friday(2027, 5)), 3: acc(po, 3)})])
    return [po], eml, exp


@case("en-us-webshop-thanks-for-your-order", "auto_reply", "en-US",
      "US web-shop 'Thanks for your order!' receipt with our PO number as reference; promises a shipping e-mail later")
def c_en_us_webshop():
    S = sup("LABSUPPLYDIRECT", "LabSupply Direct LLC", "support@labsupplydirect.example", "en-US")
    po = mkpo("4510026290", S, "osei", "USD", "2026-12-15", [
        ("LSD-PIP-1000", "Pipette tips 1000 uL, racked, 8 x 96", 20, "PAK", "38.40", "2026-12-22"),
        ("LSD-GLV-NIT-M", "Nitrile gloves, size M, box of 100", 40, "BOX", "7.95", "2026-12-22"),
    ], req=False)
    text = """Thanks for your order!

Hi Valdora Purchasing,

We've received your order W1187734 and we're getting it ready. We'll send you another
email with tracking info as soon as it ships.

PO number: 4510026290
Order date: December 15, 2026

  Pipette tips 1000 uL, racked, 8 x 96    qty 20   $38.40   $768.00
  Nitrile gloves, M, box of 100           qty 40    $7.95   $318.00
                                               Subtotal   $1,086.00
                                               Shipping   calculated at shipment

Questions? Reply to this email or call (800) 555-0100, Mon-Fri 8am-6pm ET.

LabSupply Direct LLC | 2100 Research Blvd, Rockville, MD 20850
You are receiving this email because you placed an order at labsupplydirect.example.
"""
    html = html_from_text(text, "apple")
    eml = build(("LabSupply Direct", "orders@labsupplydirect.example"), BUYERS["purch"],
                "Thanks for your order! (Order W1187734)", when(2026, 12, 15, 14, 22, off=-5),
                text=text, html=html, client="server", seed="lsd-ack",
                extra_headers=[("X-Mailer", "Shopify"), ("Auto-Submitted", "auto-generated")])
    exp = expect("auto_reply", "Automatic web-shop receipt; no delivery date or acceptance beyond 'getting it ready'.")
    return [po], eml, exp

# ==========================================================================
# Bounces, system mails, forwards, attachments (PDF in tonnes, CSV), multi-PO
# ==========================================================================


def _dsn_block(fields):
    m = Message()
    for k, v in fields:
        m[k] = v
    return m


def dsn_message(frm, to, subject, t, seed, human_text, per_msg, per_rcpt, orig_headers,
                human_html=None, extra_headers=(), headers_part="text/rfc822-headers", preamble=None,
                domain="mx1.valdora.example"):
    outer = MIMEMultipart("report", report_type="delivery-status")
    if preamble:
        outer.preamble = preamble + "\n"
    if human_html:
        alt = MIMEMultipart("alternative")
        alt.attach(text_part(human_text, "plain", "us-ascii" if all(ord(c) < 128 for c in human_text) else "utf-8",
                             "7bit" if all(ord(c) < 128 for c in human_text) else "quoted-printable"))
        alt.attach(text_part(human_html, "html", "utf-8", "quoted-printable"))
        outer.attach(alt)
    else:
        tp = text_part(human_text, "plain", "us-ascii", "7bit")
        tp["Content-Description"] = "Notification"
        outer.attach(tp)
    ds = Message()
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload([_dsn_block(per_msg)] + [_dsn_block(r) for r in per_rcpt])
    outer.attach(ds)
    hp = MIMENonMultipart(*headers_part.split("/"))
    hp["Content-Description"] = "Undelivered Message Headers"
    hp.set_payload(orig_headers.replace("\n", "\r\n"))
    outer.attach(hp)
    hdrs = [("Return-Path", "<>"), ("From", frm), ("To", to), ("Subject", subject), ("Date", format_datetime(t)),
            ("Message-ID", "<%s.%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), h(seed, 10).upper(), domain)),
            ("Auto-Submitted", "auto-replied")] + list(extra_headers) + [("MIME-Version", "1.0")]
    content = list(outer.items())
    for k in list(outer.keys()):
        del outer[k]
    for k, v in hdrs:
        outer[k] = v
    for k, v in content:
        if k != "MIME-Version":
            outer[k] = v
    for part in outer.walk():
        if part is not outer and "MIME-Version" in part:
            del part["MIME-Version"]
    return flatten(outer)


def orig_hdrs(po, t, to_addr):
    b = po["buyer"]
    return ("Return-Path: <%s>\n"
            "Received: from app01.valdora.example (app01.valdora.example [10.20.1.15])\n"
            "\tby mx1.valdora.example (Postfix) with ESMTPS id %s\n"
            "\tfor <%s>; %s\n"
            "From: %s <%s>\n"
            "To: %s\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "MIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\n"
            % (b["email"], h(po["po_number"], 10).upper(), to_addr, format_datetime(t), b["name"], b["email"],
               to_addr, req_subject(po), format_datetime(t), po["request_message_id"]))


@case("bounce-postfix-user-unknown", "bounce", "de-DE",
      "Postfix DSN 'Undelivered Mail Returned to Sender' (550 5.1.1 user unknown) for our request to an outdated supplier address")
def c_bounce_postfix():
    S = sup("KLIMAPLUS", "KlimaPlus Haustechnik GmbH", "bestellung@klimaplus-haustechnik.example", "de-DE")
    po = mkpo("4510027180", S, "keller", "EUR", "2026-12-14", [
        ("KP-PUMP-HE25", "Heizungsumwälzpumpe Hocheffizienz DN25", 10, "EA", "189.00", "2027-01-15"),
    ])
    t0 = when(2026, 12, 14, 10, 15)
    rcpt = S["email"]
    human = """This is the mail system at host mx1.valdora.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: host mx01.klimaplus-haustechnik.example[198.51.100.27]
    said: 550 5.1.1 <%s>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)
""" % (rcpt, rcpt)
    eml = dsn_message("MAILER-DAEMON@mx1.valdora.example (Mail Delivery System)", po["buyer"]["email"],
                      "Undelivered Mail Returned to Sender", when(2026, 12, 14, 10, 15), "postfix-bounce", human,
                      [("Reporting-MTA", "dns; mx1.valdora.example"), ("X-Postfix-Queue-ID", "3F1A2C0123"),
                       ("X-Postfix-Sender", "rfc822; %s" % po["buyer"]["email"]),
                       ("Arrival-Date", format_datetime(t0))],
                      [[("Final-Recipient", "rfc822; %s" % rcpt), ("Original-Recipient", "rfc822;%s" % rcpt),
                        ("Action", "failed"), ("Status", "5.1.1"),
                        ("Remote-MTA", "dns; mx01.klimaplus-haustechnik.example"),
                        ("Diagnostic-Code", "smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table" % rcpt)]],
                      orig_hdrs(po, t0, rcpt), preamble="This is a MIME-encapsulated message.")
    exp = expect("bounce", "Postfix non-delivery report for the acknowledgment request (unknown recipient).")
    return [po], eml, exp


@case("bounce-exchange-ndr-unzustellbar", "bounce", "de-DE",
      "Exchange Online NDR in German ('Unzustellbar:', 550 5.1.10 RecipientNotFound) with HTML explanation and original headers")
def c_bounce_exchange():
    S = sup("BRANDSCHUTZWEST", "Brandschutz West GmbH", "einkauf-service@brandschutz-west.example", "de-DE")
    po = mkpo("4510027220", S, "keller", "EUR", "2026-12-15", [
        ("BSW-RWM-Q", "Rauchwarnmelder Q-Label, 10-Jahres-Batterie", 200, "EA", "14.90", "2027-01-20"),
    ])
    t0 = when(2026, 12, 15, 16, 2)
    rcpt = S["email"]
    text = """Ihre Nachricht hat %s nicht erreicht, da die E-Mail-Adresse nicht gefunden wurde.
Möglicherweise gibt es diese Adresse nicht, oder sie ist falsch geschrieben.

Lösung: Überprüfen Sie die E-Mail-Adresse des Empfängers und senden Sie die Nachricht erneut.
Wenn das Problem weiterhin besteht, wenden Sie sich an den Administrator der Empfängerdomäne.

Weitere Informationen für Administratoren:
Remote-Server hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben.
""" % rcpt
    html = """<html><body><p><b><font color="#000000" size="3">Die Nachricht konnte nicht zugestellt werden.</font></b></p>
<p>Ihre Nachricht hat <a href="mailto:%s">%s</a> nicht erreicht, da die E-Mail-Adresse nicht gefunden wurde.</p>
<p><b>Lösung</b>: Überprüfen Sie die E-Mail-Adresse des Empfängers und senden Sie die Nachricht erneut.</p>
<hr><p>Diagnoseinformationen für Administratoren:<br>Generierender Server: FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM<br>
%s<br>Remote-Server hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben.</p>
</body></html>
""" % (rcpt, rcpt, rcpt)
    eml = dsn_message('"Microsoft Outlook" <postmaster@brandschutz-west.example>', po["buyer"]["email"],
                      enc_header("Unzustellbar: " + req_subject(po)), when(2026, 12, 15, 16, 3), "exch-ndr", text,
                      [("Reporting-MTA", "dns;FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM"),
                       ("Received-From-MTA", "dns;mx1.valdora.example"), ("Arrival-Date", format_datetime(t0))],
                      [[("Final-Recipient", "rfc822;%s" % rcpt), ("Action", "failed"), ("Status", "5.1.10"),
                        ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")]],
                      orig_hdrs(po, t0, rcpt), human_html=html, domain="FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM",
                      extra_headers=[("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
                                     ("Content-Language", "de-DE"), ("X-MS-Exchange-Message-Is-Ndr", "")])
    exp = expect("bounce", "Exchange non-delivery report (recipient not found).")
    return [po], eml, exp


@case("bounce-delayed-still-retrying", "bounce", "sv-SE",
      "Postfix delay DSN ('Delayed Mail (still being retried)', Action: delayed, 4.4.1) - a delivery status notification, not an answer")
def c_bounce_delay():
    S = sup("NORRGLAS", "Norrlands Glas & Fönster AB", "order@norrlandsglas.example", "sv-SE")
    po = mkpo("4510027260", S, "lindqvist", "SEK", "2026-12-16", [
        ("NG-3GL-1190", "Treglasfönster 1190x1390, U 0,9", 14, "EA", "6450.00", "2027-02-12"),
    ])
    t0 = when(2026, 12, 16, 8, 31)
    rcpt = S["email"]
    human = """This is the mail system at host mx1.valdora.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<%s>: connect to mail.norrlandsglas.example[203.0.113.45]:25:
    Connection timed out
""" % rcpt
    eml = dsn_message("MAILER-DAEMON@mx1.valdora.example (Mail Delivery System)", po["buyer"]["email"],
                      "Delayed Mail (still being retried)", when(2026, 12, 16, 12, 40), "postfix-delay", human,
                      [("Reporting-MTA", "dns; mx1.valdora.example"), ("X-Postfix-Queue-ID", "8C44D1E0AF"),
                       ("X-Postfix-Sender", "rfc822; %s" % po["buyer"]["email"]),
                       ("Arrival-Date", format_datetime(t0))],
                      [[("Final-Recipient", "rfc822; %s" % rcpt), ("Original-Recipient", "rfc822;%s" % rcpt),
                        ("Action", "delayed"), ("Status", "4.4.1"),
                        ("Diagnostic-Code", "X-Postfix; connect to mail.norrlandsglas.example[203.0.113.45]:25: Connection timed out"),
                        ("Will-Retry-Until", format_datetime(t0 + dt.timedelta(days=5)))]],
                      orig_hdrs(po, t0, rcpt), preamble="This is a MIME-encapsulated message.")
    exp = expect("bounce", "Delay notification from our own MTA (still retrying); a DSN, no supplier answer.")
    return [po], eml, exp


@case("de-ticketsystem-eingangsbestaetigung", "auto_reply", "de-DE",
      "helpdesk/ticket system auto-acknowledgment '[Ticket#...] Eingangsbestätigung' quoting the subject")
def c_de_ticket():
    S = sup("ELEKTROSUED", "Elektro Süd Großhandel GmbH & Co. KG", "auftrag@elektro-sued.example", "de-DE")
    po = mkpo("4510027300", S, "novak", "EUR", "2026-12-14", [
        ("ES-NYM-3x1.5-100", "NYM-J 3x1,5 mm², Ring 100 m", 30, "RING", "54.80", "2027-01-13"),
        ("ES-SCHUKO-UP-WS", "Schuko-Steckdose UP, reinweiß", 400, "EA", "2.35", "2027-01-13"),
    ])
    text = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ihr Anliegen wurde unter der Ticketnummer
2026121410000123 in unserem System erfasst und an das zuständige Team (Auftragsannahme)
weitergeleitet.

Wir bearbeiten Ihre Anfrage schnellstmöglich, in der Regel innerhalb von zwei Werktagen.
Bitte geben Sie bei Rückfragen immer die Ticketnummer im Betreff an.

Betreff Ihrer Nachricht: %s

Mit freundlichen Grüßen
Ihr Kundenservice-Team
Elektro Süd Großhandel GmbH & Co. KG

Dies ist eine automatisch erzeugte Nachricht.
""" % req_subject(po)
    eml = build(("Elektro Süd Kundenservice", "service@elektro-sued.example"), BUYERS["novak"],
                "[Ticket#2026121410000123] Eingangsbestätigung: " + req_subject(po), when(2026, 12, 14, 11, 3),
                text=text, client="server", seed="es-ticket", charset="utf-8",
                in_reply_to=po["request_message_id"], references=po["request_message_id"],
                extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Loop", "service@elektro-sued.example"),
                               ("X-Mailer", "Znuny Mail Service"), ("Precedence", "bulk")])
    exp = expect("auto_reply", "Ticket-system receipt; the order is not answered.")
    return [po], eml, exp


@case("de-ch-interne-weiterleitung-cc", "needs_review", "de-CH",
      "supplier forwards our request internally ('WG:', Hoi Markus ...) with the buyer in CC; only our own text plus an internal instruction")
def c_de_ch_fwd():
    S = sup("BSZENTRAL", "Brandschutz Zentral AG", "verkauf@brandschutz-zentral.example", "de-CH")
    po = mkpo("4510027340", S, "keller", "CHF", "2026-12-15", [
        ("BZ-SPR-K80-68", "Sprinklerkopf K80, 68 °C, stehend", 250, "EA", "11.40", "2027-01-22"),
        ("BZ-HYD-SCHR-30", "Wandhydrant-Schrank, Schlauch 30 m", 4, "EA", "890.00", "2027-01-22"),
    ])
    body = """Hoi Markus

Kannst du bitte die Bestellung von Valdora anschauen und ihnen die Liefertermine bestätigen?
Die Sprinklerköpfe sollten wir im Lager Nord haben, bei den Schränken bin ich nicht sicher.

Danke und Gruss
Reto

Reto Meier
Verkauf Aussendienst
Brandschutz Zentral AG | Industriestrasse 44 | 6010 Kriens
T +41 41 555 22 10 | M +41 79 555 12 34
"""
    q = oq("de", (po["buyer"]["name"], po["buyer"]["email"]), ("Verkauf Brandschutz Zentral", S["email"]),
           when(2026, 12, 15, 13, 20), req_subject(po), original=req_text(po))
    eml = build(("Meier Reto", "reto.meier@brandschutz-zentral.example"),
                ("Huber Markus", "markus.huber@brandschutz-zentral.example"), "WG: " + req_subject(po),
                when(2026, 12, 15, 17, 48), text=body + "\n" + q + "\n", client="outlook", seed="bsz-fwd",
                cc=[BUYERS["keller"]], in_reply_to=po["request_message_id"], references=po["request_message_id"],
                lang="de-CH")
    exp = expect("needs_review",
                 "Internal forward to a colleague with us in CC: our own request plus 'kannst du ... bestätigen'. "
                 "Nothing is committed yet.")
    return [po], eml, exp


@case("de-erp-ab-pdf-tonnen", "confirmation", "de-DE",
      "automatic ERP mail with PDF order confirmation in tonnes and EUR/t ('5,000 t' = 5000 kg), 'KW 04/2027'; PO in kg and EUR/kg")
def c_de_erp_tonnes():
    S = sup("KUNSTRM", "Kunststoffhandel Rhein-Main GmbH", "vertrieb@kunststoff-rheinmain.example", "de-DE")
    po = mkpo("4510027111", S, "rossi", "EUR", "2026-12-09", [
        ("PA6-GF30-SW-WS", "PA6 GF30 schwarz, wärmestabilisiert, Big Bag 1 t", 5000, "KG", "3.12", "2027-01-29"),
        ("POM-C-NAT", "POM Copolymer natur, Sackware 25 kg", 1500, "KG", "2.48", "2027-01-22"),
    ])
    pdf = pdf_doc([
        ("Kunststoffhandel Rhein-Main GmbH", True, 14),
        "Hanauer Landstraße 300 · 60314 Frankfurt am Main · Tel. 069 555 123-0",
        "",
        ("AUFTRAGSBESTÄTIGUNG Nr. 300123", True, 12),
        "",
        "Kunde: Valdora Group, Industriestrasse 12, A-4020 Linz      Kunden-Nr.: 20877",
        "Ihre Bestellung: 4510027111 vom 09.12.2026      Datum: 11.12.2026",
        "Lieferbedingung: DAP Linz      Zahlung: 30 Tage netto",
        "",
        ("Pos.\tArtikel\tBezeichnung\tMenge\tME\tPreis/ME\tTermin", True, 8),
        ("10\t44-6030-SW\tPA6 GF30 schwarz WS, Big Bag\t5,000\tt\t3.120,00 EUR\tKW 04/2027", False, 8),
        ("20\t51-1000-NA\tPOM-C natur, 25-kg-Sack\t1,500\tt\t2.560,00 EUR\tKW 04/2027", False, 8),
        "",
        "Pos. 20: Preis gemäß aktueller Preisliste (Rohstoffzuschlag Dezember).",
        "Termine = Anliefertermine beim Kunden. Es gelten unsere AGB.",
    ], title="Auftragsbestätigung 300123", author="Kunststoffhandel Rhein-Main GmbH", producer="SAP Business One")
    text = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Auftragsbestätigung Nr. 300123 zu Ihrer Bestellung 4510027111.

Bitte prüfen Sie die Angaben. Bei Abweichungen kontaktieren Sie bitte Ihren
Ansprechpartner im Vertrieb.

Mit freundlichen Grüßen
Kunststoffhandel Rhein-Main GmbH

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
Amtsgericht Frankfurt am Main HRB 54321 · Geschäftsführer: Stefan Wolf
"""
    eml = build(("Kunststoffhandel Rhein-Main", "noreply-erp@kunststoff-rheinmain.example"), BUYERS["rossi"],
                "Auftragsbestätigung 300123 zu Ihrer Bestellung 4510027111", when(2026, 12, 11, 3, 12),
                text=text, client="erp", seed="krm-ab", charset="utf-8",
                attachments=[attachment(pdf, "application/pdf", "AB_300123.pdf")],
                extra_headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "SAP Business One Mailer")])
    exp = expect("confirmation",
                 "Automatic ERP mail, but the PDF commits to the order. German decimal comma: '5,000 t' = 5,000 kg and "
                 "3.120,00 EUR/t = 3.12 EUR/kg (accepted); '1,500 t' = 1,500 kg at 2.560,00 EUR/t = 2.56 EUR/kg. "
                 "KW 04/2027 = 2027-01-29 (line 2 asked for 01-22).",
                 [conf(po, {1: acc(po, 1), 2: chg(po, 2, unit_price="2.56", date=kw_friday(2027, 4))})])
    return [po], eml, exp


@case("fr-fr-deux-commandes-une-reponse", "confirmation", "fr-FR",
      "one reply answering two POs (sporting goods); the second has a split delivery for gloves; Gmail French quote header")
def c_fr_two():
    S = sup("SPORTALP", "Sports Alpins Distribution SARL", "commandes@sportsalpins.example", "fr-FR")
    a = mkpo("4510026940", S, "moreau", "EUR", "2026-12-11", [
        ("SKI-RAND-170", "Skis de randonnée 170 cm", 20, "PR", "289.00", "2027-01-15"),
        ("FIX-RAND-TECH", "Fixations de randonnée à inserts", 20, "PR", "198.00", "2027-01-15"),
    ])
    b = mkpo("4510026941", S, "moreau", "EUR", "2026-12-11", [
        ("PEAU-PHOQ-170", "Peaux de phoque 170 cm, mohair mix", 20, "PR", "96.00", "2027-01-15"),
        ("GANT-SKI-M", "Gants de ski taille M", 40, "PR", "24.50", "2027-01-15"),
    ])
    check_wd("2026-12-14", 0)
    body = """Bonjour Claire,

Merci pour vos deux commandes.

Commande 4510026940 : OK en totalité aux prix indiqués, livraison le 15 janvier.

Commande 4510026941 : peaux de phoque OK, 20 paires à 96,00 €, livraison le 15 janvier.
Pour les gants taille M, il nous en reste 30 paires en stock : nous livrons ces 30 paires le
15 janvier et les 10 restantes le 29 janvier, même prix.

Bonne journée,
Julien Favre
Sports Alpins Distribution SARL
92 avenue de Genève, 74000 Annecy
04 50 55 12 34
"""
    text = body + "\nLe lun. 14 déc. 2026 à 10:02, Claire Moreau <c.moreau@valdora.example> a écrit :\n\n" + \
        quote(req_text(a)) + "\n"
    eml = build(("Julien Favre", "julien.favre@sportsalpins.example"), BUYERS["moreau"], "Re: " + req_subject(a),
                when(2026, 12, 15, 9, 26), text=text, client="gmail", seed="sportalp", lang="fr",
                in_reply_to=a["request_message_id"], references=a["request_message_id"])
    exp = expect("confirmation",
                 "The reply is in the thread of the first PO but answers both by number. Second PO, line 2 split "
                 "30 + 10 (15 and 29 January).",
                 [conf(a, {1: acc(a, 1), 2: acc(a, 2)}),
                  conf(b, {1: acc(b, 1), 2: chg(b, 2, schedule=[(30, "2027-01-15"), (10, "2027-01-29")])})])
    return [a, b], eml, exp


@case("es-es-juguetes-csv-adjunto", "confirmation", "es-ES",
      "toys with CE marking; confirmation only in an attached CSV (semicolons, decimal comma, dd/mm/yyyy, windows-1252) with their references")
def c_es_csv():
    S = sup("JUGLEVANTE", "Juguetes del Levante S.L.", "pedidos@juguetesdellevante.example", "es-ES")
    po = mkpo("4510026990", S, "rossi", "EUR", "2026-12-10", [
        ("JUG-PEL-23", "Pelota de playa 23 cm, CE EN71", 1000, "EA", "0.62", "2027-02-19"),
        ("JUG-MUN-TRAP-35", "Muñeca de trapo 35 cm, CE", 300, "EA", "6.40", "2027-02-19"),
        ("JUG-CUBO-SET", "Set cubo y pala de arena, CE", 600, "EA", "1.85", "2027-02-19"),
    ])
    csv_text = ("Pedido cliente;Línea;Ref. cliente;Ref. Juguetes Levante;Descripción;Cantidad confirmada;"
                "Precio unitario EUR;Fecha entrega;Observaciones\r\n"
                "4510026990;1;JUG-PEL-23;JL-0423;Pelota playa 23 cm;1000;0,62;19/02/2027;\r\n"
                "4510026990;2;JUG-MUN-TRAP-35;JL-1135;Muñeca trapo 35 cm;300;6,95;19/02/2027;Nuevo precio tejido algodón\r\n"
                "4510026990;3;JUG-CUBO-SET;JL-0871;Set cubo y pala;600;1,85;05/03/2027;Molde en mantenimiento\r\n")
    body = """Buenos días,

Adjuntamos la confirmación del pedido 4510026990 en formato CSV para su sistema.

Saludos,
Departamento de Pedidos
Juguetes del Levante S.L. · Avda. de la Industria 27 · 03440 Ibi (Alicante)
Tel. 965 55 12 34 · CIF B03123456
"""
    eml = outlook_reply(po, ("Pedidos Juguetes del Levante", S["email"]), when(2026, 12, 14, 13, 1), body, "es",
                        prefix="RE: ", rq=when(2026, 12, 10, 12, 0), html_lang="es-ES",
                        attachments=[attachment(csv_text.encode("cp1252"), "text/csv", "confirmacion_4510026990.csv")])
    exp = expect("confirmation",
                 "Only the CSV carries the answer: line 2 price 6,95 (decimal comma), line 3 on 05/03/2027 "
                 "(day-first = 5 March).",
                 [conf(po, {1: acc(po, 1), 2: chg(po, 2, unit_price="6.95"), 3: chg(po, 3, date="2027-03-05")})])
    return [po], eml, exp


@case("de-preisliste-2027-xlsx", "unrelated", "de-DE",
      "new 2027 price list as XLSX (inline strings) valid for orders received from 1 Jan; it lists an item of our open December PO at a new price")
def c_de_pricelist():
    S = sup("BEFSCHWABEN", "Befestigungstechnik Schwaben GmbH", "verkauf@bef-schwaben.example", "de-DE")
    po = mkpo("4510027355", S, "novak", "EUR", "2026-12-10", [
        ("BS-ISO4762-M8x25", "Zylinderschraube ISO 4762 M8x25 8.8 verzinkt", 10000, "EA", "0.0720", "2027-01-15"),
        ("BS-ISO4032-M8", "Sechskantmutter ISO 4032 M8 8 verzinkt", 10000, "EA", "0.0150", "2027-01-15"),
    ])
    rows = [
        ["Befestigungstechnik Schwaben GmbH - Preisliste 2027 (gültig ab 01.01.2027)"],
        ["Preise in EUR je 1000 Stück, netto, zzgl. MwSt., VPE = Verpackungseinheit"],
        [],
        ["Artikel-Nr.", "Bezeichnung", "VPE", "Preis 2026 /1000", "Preis 2027 /1000", "Änderung %"],
        ["ISO4762-8x25-8.8-ZN", "Zylinderschraube ISO 4762 M8x25 8.8 galv. verzinkt", 500, 72.0, 75.6, 5.0],
        ["ISO4762-8x30-8.8-ZN", "Zylinderschraube ISO 4762 M8x30 8.8 galv. verzinkt", 500, 78.5, 82.4, 5.0],
        ["ISO4032-8-8-ZN", "Sechskantmutter ISO 4032 M8 Fkl. 8 galv. verzinkt", 1000, 15.0, 15.6, 4.0],
        ["ISO7089-8-200HV-ZN", "Scheibe ISO 7089 8,4 200 HV galv. verzinkt", 1000, 7.2, 7.4, 2.8],
        [],
        ["Die Preisliste 2027 gilt für alle Bestellungen, die ab dem 01.01.2027 bei uns eingehen."],
    ]
    xlsx = make_xlsx(rows, sheet="Preisliste 2027", inline=True)
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere neue Preisliste 2027. Sie gilt für alle Bestellungen, die ab dem
01.01.2027 bei uns eingehen. Bereits bestätigte Aufträge liefern wir selbstverständlich zu
den vereinbarten Preisen aus.

Für Rückfragen steht Ihnen Ihr Ansprechpartner im Innendienst gerne zur Verfügung.

Mit freundlichen Grüßen

Befestigungstechnik Schwaben GmbH
Vertrieb
Robert-Bosch-Straße 18 · 73037 Göppingen
Tel. 07161 555 40-0 · www.bef-schwaben.example
Amtsgericht Ulm HRB 712345 · Geschäftsführer: Jürgen Maier
"""
    eml = build(("Befestigungstechnik Schwaben – Vertrieb", "verkauf@bef-schwaben.example"), BUYERS["novak"],
                "Preisliste 2027", when(2026, 12, 16, 14, 5), text=body, client="outlook", seed="bs-pl",
                lang="de-DE", attachments=[attachment(xlsx, XLSX_MIME, "Preisliste_2027_Befestigungstechnik_Schwaben.xlsx")])
    exp = expect("unrelated",
                 "General price list mailing; it applies to orders received from 01.01.2027, not to PO 4510027355 "
                 "(placed in December), and answers nothing about that order.")
    return [po], eml, exp

# ==========================================================================
# East and South-East Asia
# ==========================================================================

BUYERS.update({
    "zhou": ("Zhou Wei", "wei.zhou@valdora.example"),
    "park": ("Park Ji-hoon", "jihoon.park@valdora.example"),
    "chai": ("Chaiwat Srisuk", "chaiwat.srisuk@valdora.example"),
    "sari": ("Dewi Sari", "dewi.sari@valdora.example"),
    "farah": ("Farah Aziz", "farah.aziz@valdora.example"),
})


@case("ja-kogaku-nouki-iso2022jp", "confirmation", "ja-JP",
      "Japanese keigo reply in ISO-2022-JP (Becky!), dates '2027年1月29日' and '2月5日（金）', yen without decimals")
def c_ja_optics():
    S = sup("HIKARI", "株式会社光精密", "eigyo@hikariseimitsu.example", "ja-JP")
    po = mkpo("4510026350", S, "tanaka", "JPY", "2026-12-11", [
        ("OPT-ASPH-20-30", "非球面レンズ φ20 f=30", 50, "EA", "14800", "2027-01-29"),
        ("OPT-PRISM-RA15", "直角プリズム 15mm N-BK7", 100, "EA", "6200", "2027-01-29"),
        ("OPT-MIR-AL-50", "アルミ平面ミラー φ50", 30, "EA", "4500", "2027-01-29"),
    ])
    check_wd("2027-02-05", 4)
    check_wd("2027-01-29", 4)
    body = """ヴァルドラ・グループ
購買部　田中 様

いつも大変お世話になっております。
株式会社光精密 営業部の佐藤でございます。

この度はご注文（注文番号：4510026350）を賜り、誠にありがとうございます。
下記の通りご回答申し上げます。

1. 非球面レンズ φ20 f=30：50個　単価 14,800円　納期 2027年1月29日
2. 直角プリズム 15mm N-BK7：100個　単価 6,200円　納期 2月5日（金）
3. アルミ平面ミラー φ50：30個　単価 4,500円　納期 1月29日（金）

※直角プリズムは、コーティング工程の都合により、ご希望納期より1週間遅れての
　納品となります。大変申し訳ございませんが、何卒ご了承くださいますよう
　お願い申し上げます。

引き続きよろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━━━━━
株式会社光精密　営業部
佐藤 健一（Kenichi Sato）
〒399-4511 長野県上伊那郡南箕輪村1234-5
TEL：0265-55-1234　FAX：0265-55-1235
━━━━━━━━━━━━━━━━━━━━━━━━
"""
    text = body + "\nOn Fri, 11 Dec 2026 17:20:00 +0900\nHaruto Tanaka <h.tanaka@valdora.example> wrote:\n" + \
        quote(req_text(po)) + "\n"
    eml = build(("佐藤 健一", "k.sato@hikariseimitsu.example"), BUYERS["tanaka"], "Re: " + req_subject(po),
                when(2026, 12, 14, 18, 5, off=9), text=text, client="server", seed="hikari",
                charset="iso-2022-jp", cte="7bit", in_reply_to=po["request_message_id"],
                references=po["request_message_id"], extra_headers=[("X-Mailer", "Becky! ver. 2.81.04 [ja]")])
    exp = expect("confirmation",
                 "Line 2 '2月5日（金）' (no year) = 2027-02-05, one week late; lines 1 and 3 on 2027-01-29 as ordered. "
                 "'14,800円' equals 14800 JPY.",
                 [conf(po, {1: acc(po, 1), 2: chg(po, 2, date="2027-02-05"), 3: acc(po, 3)})])
    return [po], eml, exp


@case("ja-nenmatsu-jidou-henshin", "auto_reply", "ja-JP",
      "Japanese year-end holiday auto-reply '【自動返信】' with closing period 12月29日（火）〜1月4日（月）")
def c_ja_ooo():
    S = sup("HIKARI", "株式会社光精密", "eigyo@hikariseimitsu.example", "ja-JP")
    po = mkpo("4510026366", S, "tanaka", "JPY", "2026-12-28", [
        ("OPT-WIN-25", "光学窓 φ25 t=3 合成石英", 40, "EA", "3900", "2027-02-10"),
    ])
    check_wd("2026-12-29", 1)
    check_wd("2027-01-04", 0)
    text = """※本メールは自動返信です。

お問い合わせいただき、誠にありがとうございます。
誠に勝手ながら、2026年12月29日（火）〜2027年1月4日（月）まで年末年始休業とさせて
いただきます。休業期間中にいただいたメールにつきましては、1月5日（火）以降、
順次対応させていただきます。

ご不便をおかけいたしますが、何卒よろしくお願い申し上げます。

株式会社光精密　営業部
"""
    eml = build(("株式会社光精密 営業部", "eigyo@hikariseimitsu.example"), BUYERS["tanaka"],
                "【自動返信】" + req_subject(po), when(2026, 12, 29, 8, 0, off=9), text=text, client="outlook",
                seed="hikari-ooo", lang="ja-JP", auto_html=False,
                in_reply_to=po["request_message_id"], references=po["request_message_id"],
                extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    exp = expect("auto_reply", "Year-end closure auto-reply.")
    return [po], eml, exp


@case("zh-cn-guangfu-zhuangchuan-gbk", "confirmation", "zh-CN",
      "Simplified Chinese in GBK/base64 from Foxmail; only a loading date (装船日期, FOB) = ship date; inverter price raised")
def c_zh_cn():
    S = sup("GUANGYAO", "江苏光耀新能源科技有限公司", "sales@guangyao-solar.example", "zh-CN")
    po = mkpo("4510026410", S, "zhou", "USD", "2026-12-10", [
        ("PV-MOD-600-N", "N型双面组件 600W", 1240, "EA", "79.50", "2027-03-01"),
        ("INV-110K-STR", "组串式逆变器 110kW", 4, "EA", "4860.00", "2027-03-01"),
    ])
    check_wd("2026-12-10", 3)
    body = """尊敬的周先生：

您好！

贵司订单 4510026410 已收到，谢谢。现确认如下：

1. N型双面组件 600W：1240 片，单价 USD 79.50/片，装船日期：2027年1月28日（FOB 上海）。
2. 组串式逆变器 110kW：4 台，单价 USD 4,980.00/台（因IGBT模块涨价，较订单价格上调），与组件同批出运。

如有任何问题，请随时与我联系。

祝商祺！

李娜
国际销售部
江苏光耀新能源科技有限公司
电话：+86 519 8555 1234
手机/微信：+86 139 1234 5678
地址：江苏省常州市武进区光伏大道88号
"""
    quote_hdr = """

------------------ 原始邮件 ------------------
发件人: "Zhou Wei"<wei.zhou@valdora.example>;
发送时间: 2026年12月10日(星期四) 上午9:30
收件人: "sales"<sales@guangyao-solar.example>;
主题: Purchase order 4510026410 - please confirm

"""
    text = body + quote_hdr + req_text(po) + "\n"
    eml = build(("李娜", "lina@guangyao-solar.example"), BUYERS["zhou"], "回复：" + req_subject(po),
                when(2026, 12, 12, 14, 20, off=8), text=text, client="server", seed="guangyao",
                charset="gbk", cte="base64", in_reply_to=po["request_message_id"],
                references=po["request_message_id"], extra_headers=[("X-Mailer", "Foxmail 7.2.25.228[cn]")])
    exp = expect("confirmation",
                 "Only a loading (shipment) date is given: 2027-01-28 for both lines ('同批出运' = same shipment). "
                 "Inverter price 4,980.00 instead of 4,860.00.",
                 [conf(po, {1: chg(po, 1, date="2027-01-28"),
                            2: chg(po, 2, unit_price="4980.00", date="2027-01-28")})])
    return [po], eml, exp


@case("zh-hk-wanju-xiangshu-tingchan", "confirmation", "zh-HK",
      "Traditional Chinese (Hong Kong) trading company: ship dates (出貨), doll quantity rounded to cartons of 48, kite discontinued")
def c_zh_hk():
    S = sup("WINGCHEONG", "永昌玩具有限公司", "sales@wingcheongtoys.example", "zh-HK")
    po = mkpo("4510026470", S, "zhou", "USD", "2026-12-11", [
        ("TOY-BLK-MAG-64", "磁力積木 64件裝 (CE EN71)", 600, "EA", "9.80", "2027-02-26"),
        ("TOY-DOLL-30", "布偶 30cm (CE)", 800, "EA", "4.60", "2027-02-26"),
        ("TOY-KITE-KID", "兒童風箏", 500, "EA", "2.10", "2027-02-26"),
    ])
    body = """周先生：

多謝 閣下的訂單 PO 4510026470。現確認如下：

第1項 磁力積木（64件裝）：600 件，單價 US$9.80，2027年2月19日出貨；
第2項 布偶 30cm：每箱 48 件，改為 816 件（17 箱），單價不變，2月19日出貨；
第3項 兒童風箏：工廠已停產，未能供貨，抱歉。

CE 證書及 EN71 測試報告將隨貨附上。

如有任何疑問，歡迎隨時聯絡。

Best regards,
陳美玲 Mandy Chan
永昌玩具有限公司 Wing Cheong Toys Ltd.
香港九龍觀塘鴻圖道52號12樓1203室
Tel: (852) 2555 1234  Fax: (852) 2555 1235
"""
    eml = outlook_reply(po, ("Mandy Chan", "mandy.chan@wingcheongtoys.example"), when(2026, 12, 14, 11, 48, off=8),
                        body, "zh-HK", prefix="回覆: ", rq=when(2026, 12, 11, 15, 30), html_lang="zh-HK",
                        charset="big5")
    exp = expect("confirmation",
                 "出貨 = shipment date, the only date given (2027-02-19). Line 2 rounded to 17 cartons of 48 = 816. "
                 "Line 3 discontinued (停產, 未能供貨) = rejected.",
                 [conf(po, {1: chg(po, 1, date="2027-02-19"), 2: chg(po, 2, quantity=816, date="2027-02-19"),
                            3: rej()})])
    return [po], eml, exp


@case("ko-chadangi-napgi-ks-c-5601", "confirmation", "ko-KR",
      "Korean Outlook reply in ks_c_5601-1987/base64; '2027년 2월 15일', one line moved for stock shortage; KRW with 4,850,000원")
def c_ko():
    S = sup("HANBIT", "(주)한빛전기", "sales@hanbit-elec.example", "ko-KR")
    po = mkpo("4510026530", S, "park", "KRW", "2026-12-10", [
        ("SWG-ACB-1600-4P", "기중차단기 ACB 1600A 4P", 2, "EA", "4850000", "2027-02-15"),
        ("SWG-MCCB-100-3P", "배선용차단기 MCCB 100A 3P", 24, "EA", "86000", "2027-02-15"),
    ])
    body = """안녕하십니까, 박지훈 님.
(주)한빛전기 영업팀 김민수입니다.

발주서 4510026530 관련하여 아래와 같이 회신드립니다.

1. 기중차단기 ACB 1600A 4P - 2대, 단가 4,850,000원, 납기 2027년 2월 15일
2. 배선용차단기 MCCB 100A 3P - 24대, 단가 86,000원, 재고 부족으로 2027년 3월 5일 납품 예정

확인 부탁드립니다.
감사합니다.

김민수 과장 | 영업팀
(주)한빛전기 | 경기도 안산시 단원구 산단로 123
Tel. 031-555-1234 | Mobile 010-5555-1234
"""
    eml = outlook_reply(po, ("김민수", "minsu.kim@hanbit-elec.example"), when(2026, 12, 14, 16, 40, off=9), body, "ko",
                        prefix="RE: ", rq=when(2026, 12, 10, 10, 30), html_lang="ko-KR",
                        charset="ks_c_5601-1987", cte="base64")
    exp = expect("confirmation",
                 "Line 1 as ordered; line 2 delivery scheduled ('납품 예정') for 2027-03-05 because of stock shortage.",
                 [conf(po, {1: acc(po, 1), 2: chg(po, 2, date="2027-03-05")})])
    return [po], eml, exp


@case("ko-hwagin-hu-hoesin", "needs_review", "ko-KR",
      "Korean 'received, will reply after checking the delivery date with production early next week'")
def c_ko_later():
    S = sup("HANBIT", "(주)한빛전기", "sales@hanbit-elec.example", "ko-KR")
    po = mkpo("4510026544", S, "park", "KRW", "2026-12-15", [
        ("SWG-MC-40A", "전자접촉기 40A", 30, "EA", "54000", "2027-02-19"),
    ])
    body = """박지훈 님, 안녕하세요.

발주서 4510026544 잘 받았습니다.
생산팀과 납기 확인 후 다음 주 초까지 회신드리겠습니다.

감사합니다.
김민수 드림
"""
    eml = outlook_reply(po, ("김민수", "minsu.kim@hanbit-elec.example"), when(2026, 12, 16, 9, 5, off=9), body, "ko",
                        prefix="RE: ", rq=when(2026, 12, 15, 14, 0), html_lang="ko-KR",
                        charset="ks_c_5601-1987", cte="base64")
    exp = expect("needs_review", "Receipt by a person; date to be checked with production and answered next week.")
    return [po], eml, exp


@case("vi-bao-bi-mang-co", "confirmation", "vi-VN",
      "Vietnamese ('Dòng 1/2'), VND with dot thousands (42.000 đ/kg), price increase and later date on shrink film")
def c_vi():
    S = sup("BAOBISG", "Công ty TNHH Bao Bì Sài Gòn", "kinhdoanh@baobisaigon.example", "vi-VN")
    po = mkpo("4510026590", S, "nguyen", "VND", "2026-12-09", [
        ("MANG-PE-50-1200", "Màng PE 50 micron, cuộn 1200 mm", 1500, "KG", "42000", "2027-01-20"),
        ("MANG-POF-19-450", "Màng co POF 19 micron, cuộn 450 mm", 60, "ROLL", "385000", "2027-01-20"),
    ])
    body = """Kính gửi chị Lan,

Công ty chúng tôi xin xác nhận đơn hàng số 4510026590 như sau:

- Dòng 1: Màng PE 50 micron, cuộn 1200 mm: 1.500 kg, đơn giá 42.000 đ/kg, giao ngày 20/01/2027.
- Dòng 2: Màng co POF 19 micron: 60 cuộn, đơn giá 398.000 đ/cuộn (do giá nguyên liệu tăng),
  giao ngày 22/01/2027.

Trân trọng,
Trần Văn Minh
Phòng Kinh doanh
Công ty TNHH Bao Bì Sài Gòn
Lô C12, KCN Tân Bình, Q. Tân Phú, TP. Hồ Chí Minh
ĐT: (028) 3555 1234 | MST: 0301234567
"""
    eml = outlook_reply(po, ("Trần Văn Minh", "minh.tran@baobisaigon.example"), when(2026, 12, 11, 10, 15, off=7),
                        body, "vi", prefix="RE: ", rq=when(2026, 12, 9, 14, 30), html_lang="vi-VN")
    exp = expect("confirmation",
                 "'1.500 kg' and '42.000 đ' use dots as thousands separators. Line 2 new price 398,000 VND and "
                 "date 22/01/2027.",
                 [conf(po, {1: acc(po, 1), 2: chg(po, 2, unit_price="398000", date="2027-01-22")})])
    return [po], eml, exp


@case("th-kila-buddhist-year", "confirmation", "th-TH",
      "Thai formal letter style with Buddhist-era years ('15 ม.ค. 2570' = 2027-01-15), Gmail quote")
def c_th():
    S = sup("SIAMSPORT", "บริษัท สยามสปอร์ต ซัพพลาย จำกัด", "sales@siamsportsupply.example", "th-TH")
    po = mkpo("4510026650", S, "chai", "THB", "2026-12-08", [
        ("SPT-BALL-5", "ลูกฟุตบอล เบอร์ 5", 200, "EA", "420.00", "2027-01-15"),
        ("SPT-NET-GOAL", "ตาข่ายประตูฟุตบอล", 10, "SET", "1850.00", "2027-01-15"),
    ])
    check_wd("2026-12-08", 1)
    body = """เรียน คุณชัยวัฒน์

ตามที่บริษัทฯ ได้รับใบสั่งซื้อเลขที่ 4510026650 บริษัทฯ ขอยืนยันรายการดังนี้

1. ลูกฟุตบอล เบอร์ 5 จำนวน 200 ลูก ราคาลูกละ 420.00 บาท ส่งมอบวันที่ 15 ม.ค. 2570
2. ตาข่ายประตูฟุตบอล จำนวน 10 ชุด ราคาชุดละ 1,850.00 บาท ส่งมอบวันที่ 22 ม.ค. 2570
   เนื่องจากสินค้าอยู่ระหว่างการผลิต

จึงเรียนมาเพื่อโปรดทราบ

ขอแสดงความนับถือ
สมศรี ใจดี
ฝ่ายขาย บริษัท สยามสปอร์ต ซัพพลาย จำกัด
โทร. 02-555-1234
"""
    text = body + "\nเมื่อ อ. 8 ธ.ค. 2026 เวลา 10:15 Chaiwat Srisuk <chaiwat.srisuk@valdora.example> เขียนว่า:\n\n" + \
        quote(req_text(po)) + "\n"
    eml = build(("สมศรี ใจดี", "somsri@siamsportsupply.example"), BUYERS["chai"], "Re: " + req_subject(po),
                when(2026, 12, 10, 13, 50, off=7), text=text, client="gmail", seed="siamsport", charset="utf-8",
                cte="base64", in_reply_to=po["request_message_id"], references=po["request_message_id"], lang="th")
    exp = expect("confirmation",
                 "Buddhist era: 2570 BE = 2027 CE. Line 1 on 15 Jan 2027 (requested), line 2 on 22 Jan 2027.",
                 [conf(po, {1: acc(po, 1), 2: chg(po, 2, date="2027-01-22")})])
    return [po], eml, exp


@case("id-pupuk-benih-sebagian-html", "confirmation", "id-ID",
      "HTML-only webmail reply with an HTML table: fertiliser 400 karung @ 50 kg = 20.000 kg; seed only partly available, remainder explicitly not supplied")
def c_id():
    import html as _h
    S = sup("PUPUKNM", "PT Pupuk Nusantara Makmur", "penjualan@pupuknusantara.example", "id-ID")
    po = mkpo("4510026710", S, "sari", "IDR", "2026-12-10", [
        ("PUP-NPK-16-50", "Pupuk NPK 16-16-16, karung 50 kg", 20000, "KG", "11500", "2027-01-25"),
        ("BNH-JGG-HIB-5", "Benih jagung hibrida, kemasan 5 kg", 300, "PAK", "385000", "2027-01-25"),
    ])
    check_wd("2026-12-10", 3)
    quoted = "<br>".join(_h.escape(l) for l in req_text(po).split("\n"))
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">
<div>Dengan hormat,</div><div><br></div>
<div>Bersama ini kami konfirmasi PO No. 4510026710 sebagai berikut:</div><div><br></div>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#d9e2f3"><th>No.</th><th>Nama Barang</th><th>Jumlah</th><th>Harga Satuan</th><th>Tgl. Kirim</th><th>Keterangan</th></tr>
<tr><td>1</td><td>Pupuk NPK 16-16-16</td><td>20.000 kg (400 karung @ 50 kg)</td><td>Rp 11.500/kg</td><td>25 Januari 2027</td><td>&nbsp;</td></tr>
<tr><td>2</td><td>Benih jagung hibrida 5 kg</td><td>200 pak</td><td>Rp 385.000/pak</td><td>25 Januari 2027</td><td>Stok hanya tersedia 200 pak. Sisa 100 pak tidak dapat kami penuhi.</td></tr>
</table>
<div><br></div>
<div>Demikian kami sampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih.</div><div><br></div>
<div>Hormat kami,<br>Budi Santoso<br>Manajer Penjualan<br>PT Pupuk Nusantara Makmur<br>
Jl. Raya Industri No. 45, Gresik, Jawa Timur 61151<br>Telp. (031) 555 1234 | NPWP 01.234.567.8-612.000</div>
<div><br></div><hr id="zwchr">
<div><b>Dari: </b>"Dewi Sari" &lt;dewi.sari@valdora.example&gt;<br><b>Kepada: </b>penjualan@pupuknusantara.example<br>
<b>Dikirim: </b>Kamis, 10 Desember 2026 16:45:00<br><b>Perihal: </b>Purchase order 4510026710 - please confirm</div>
<div><br></div><blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;">""" + quoted + """</blockquote>
</div></body></html>
"""
    eml = build(("Budi Santoso", "budi.santoso@pupuknusantara.example"), BUYERS["sari"], "Re: " + req_subject(po),
                when(2026, 12, 14, 9, 30, off=7), html=html, client="server", seed="pupuk", charset="utf-8",
                in_reply_to=po["request_message_id"], references=po["request_message_id"],
                extra_headers=[("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC120 (Win)/9.0.0_GA_4546)")])
    exp = expect("confirmation",
                 "HTML-only mail; the answer is a table. Line 1 as ordered (dots are thousands separators). Line 2 "
                 "reduced to 200 packs; the remaining 100 are explicitly not supplied.",
                 [conf(po, {1: acc(po, 1), 2: chg(po, 2, quantity=200)})])
    return [po], eml, exp


@case("ms-filem-dua-bahagian", "confirmation", "ms-MY",
      "Malay formal letter ('Pengesahan Pesanan Belian'); BOPP film delivered in two parts; RM prices")
def c_ms():
    S = sup("PLASTIKMAJU", "Syarikat Plastik Maju Sdn. Bhd.", "jualan@plastikmaju.example", "ms-MY")
    po = mkpo("4510026770", S, "farah", "MYR", "2026-12-09", [
        ("FLM-STR-20-500", "Filem regangan 20 mikron, 500 mm x 300 m", 400, "ROLL", "14.80", "2027-01-18"),
        ("FLM-BOPP-30-600", "Filem BOPP 30 mikron, lebar 600 mm", 800, "KG", "9.40", "2027-01-18"),
    ])
    body = """Puan Farah,

PENGESAHAN PESANAN BELIAN NO. 4510026770

Dengan hormatnya kami merujuk kepada perkara di atas. Kami dengan ini mengesahkan pesanan
puan seperti berikut:

1. Filem regangan 20 mikron, 500 mm x 300 m - 400 gulung @ RM14.80 segulung, penghantaran
   pada 18 Januari 2027.
2. Filem BOPP 30 mikron, 600 mm - 800 kg @ RM9.40/kg, penghantaran dalam dua bahagian:
   400 kg pada 18 Januari 2027 dan 400 kg pada 25 Januari 2027.

Sekian, terima kasih.

Yang benar,
Lim Wei Ming
Eksekutif Jualan
Syarikat Plastik Maju Sdn. Bhd. (123456-X)
Lot 22, Jalan Perindustrian 3, Kawasan Perindustrian Bukit Raja, 41050 Klang, Selangor
Tel: 03-3555 1234
"""
    eml = outlook_reply(po, ("Lim Wei Ming", "weiming.lim@plastikmaju.example"), when(2026, 12, 11, 15, 3, off=8),
                        body, "ms", prefix="RE: ", rq=when(2026, 12, 9, 11, 20), html_lang="ms-MY")
    exp = expect("confirmation",
                 "Line 2 split in two deliveries of 400 kg (18 and 25 January).",
                 [conf(po, {1: acc(po, 1), 2: chg(po, 2, schedule=[(400, "2027-01-18"), (400, "2027-01-25")])})])
    return [po], eml, exp

# --------------------------------------------------------------------------
# validation and output
# --------------------------------------------------------------------------

KINDS = {"confirmation", "needs_review", "auto_reply", "bounce", "unrelated"}
STATUSES = {"accepted", "changed", "rejected", "unconfirmed"}


def validate(slug, pos, exp, eml):
    import email as _email
    from email import policy as _pol
    assert isinstance(pos, list) and pos, slug
    numbers = set()
    for p in pos:
        for k in ("po_number", "supplier", "buyer", "currency", "issued", "lines"):
            assert k in p, (slug, k)
        for k in ("id", "name", "email", "locale"):
            assert k in p["supplier"], (slug, k)
        D(p["issued"])
        assert p["po_number"] not in numbers, slug
        numbers.add(p["po_number"])
        for ln in p["lines"]:
            Decimal(ln["unit_price"])
            D(ln["requested_date"])
            assert isinstance(ln["quantity"], (int, float)) and ln["quantity"] > 0, slug
    assert exp["kind"] in KINDS, slug
    assert isinstance(exp.get("notes"), str) and exp["notes"], slug
    assert set(exp) <= {"kind", "confirmations", "notes"}, slug
    if exp["kind"] == "confirmation":
        assert exp.get("confirmations"), slug
        seen = set()
        for c in exp["confirmations"]:
            assert c["po_number"] in numbers, (slug, c["po_number"])
            assert c["po_number"] not in seen, slug
            seen.add(c["po_number"])
            p = [x for x in pos if x["po_number"] == c["po_number"]][0]
            want = {str(ln["line"]) for ln in p["lines"]}
            assert set(c["lines"]) == want, (slug, sorted(c["lines"]), sorted(want))
            any_answer = False
            for k, v in c["lines"].items():
                ln = _line(p, int(k))
                assert v["status"] in STATUSES, slug
                if v["status"] in ("rejected", "unconfirmed"):
                    assert set(v) == {"status"}, (slug, k)
                    any_answer = any_answer or v["status"] == "rejected"
                    continue
                any_answer = True
                assert set(v) <= {"status", "quantity", "unit_price", "date", "schedule"}, (slug, k)
                D(v["date"])
                Decimal(v["unit_price"])
                same = (v["quantity"] == ln["quantity"] and Decimal(v["unit_price"]) == Decimal(ln["unit_price"])
                        and v["date"] == ln["requested_date"])
                if v["status"] == "accepted":
                    assert same and "schedule" not in v, (slug, k)
                else:
                    assert not same, (slug, k, "changed but equal to PO")
                if "schedule" in v:
                    s = v["schedule"]
                    assert len(s) >= 2, slug
                    tot = sum(x["quantity"] for x in s)
                    assert abs(tot - v["quantity"]) < 1e-9, (slug, k, tot)
                    assert max(x["date"] for x in s) == v["date"], (slug, k)
                    assert [x["date"] for x in s] == sorted(x["date"] for x in s), slug
            assert any_answer, (slug, "confirmation without any answered line")
    else:
        assert "confirmations" not in exp, slug
    # the message must parse and carry the basic headers
    m = _email.message_from_bytes(eml, policy=_pol.default)
    for hname in ("From", "To", "Subject", "Date", "Message-ID"):
        assert m[hname], (slug, hname)
    assert b"\r\n" in eml and b"\n" not in eml.replace(b"\r\n", b""), (slug, "line ends")
    for part in m.walk():
        if part.get_content_maintype() == "text":
            part.get_content()
        elif part.get_content_type() == "application/pdf":
            data = part.get_content()
            assert data.startswith(b"%PDF-1.") and data.rstrip().endswith(b"%%EOF"), slug
            _check_pdf_xref(data, slug)
        elif part.get_content_type() == XLSX_MIME:
            zipfile.ZipFile(io.BytesIO(part.get_content())).testzip()
        fn = part.get_filename()
        if fn:
            assert "=?" not in fn, (slug, fn)


def _check_pdf_xref(data, slug):
    sx = data.rindex(b"startxref")
    off = int(data[sx:].split()[1])
    assert data[off:off + 4] == b"xref", slug
    lines = data[off:].split(b"\n")
    n = int(lines[1].split()[1])
    for i in range(1, n):
        o = int(lines[2 + i][:10])
        assert data[o:].startswith(("%d 0 obj" % i).encode()), (slug, i)


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    readme = ["# Batch Q: held-out supplier replies", "",
              "Generated by `make_batch.py` (standard library only, deterministic). "
              "Buyer: Valdora Group (valdora.example). Format: /work/shared/corpus/FORMAT.md.", "",
              "Each line: `folder` | expected kind / supplier locale | what it tests.", ""]
    slugs = set()
    for i, c in enumerate(CASES, start=1):
        assert c["slug"] not in slugs, c["slug"]
        slugs.add(c["slug"])
        name = "%03d-%s" % (i, c["slug"])
        pos, eml, exp = c["fn"]()
        assert exp["kind"] == c["category"], (name, exp["kind"], c["category"])
        for p in pos:
            assert p["supplier"]["locale"] == c["locale"] or c["locale"].startswith("en ("), (name, c["locale"])
        validate(name, pos, exp, eml)
        d = os.path.join(OUT, name)
        os.makedirs(d)
        with open(os.path.join(d, "message.eml"), "wb") as f:
            f.write(eml)
        with open(os.path.join(d, "pos.json"), "w", encoding="utf-8") as f:
            json.dump(pos, f, indent=2, ensure_ascii=False)
            f.write("\n")
        with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, indent=2, ensure_ascii=False)
            f.write("\n")
        readme.append("- `%s` | %s/%s | %s" % (name, c["category"], c["locale"], c["what"]))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme) + "\n")
    print("%d cases written to %s" % (len(CASES), OUT))


if __name__ == "__main__":
    main()
