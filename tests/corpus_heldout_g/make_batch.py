#!/usr/bin/env python3
"""Held-out batch g: supplier replies to purchase orders (mechanical / electrical
components distributors and job shops).

Written from /work/shared/corpus/FORMAT.md alone.  Standard library only.
Writes cases/NNN-slug/{pos.json,message.eml,expected.json} deterministically
and then validates every case (MIME decoding, attachments, label consistency).
"""
import base64
import datetime as dt
import email
import email.policy
import html
import io
import json
import quopri
import shutil
import sys
import zipfile
from decimal import Decimal
from email.utils import format_datetime
from pathlib import Path
from xml.etree import ElementTree as ET

HERE = Path(__file__).resolve().parent
OUT = HERE / "cases"
CASES = []

# ---------------------------------------------------------------------------
# buyer side
# ---------------------------------------------------------------------------
BD = "brightwater-motion.example"
BUYER_CO = "Brightwater Motion Systems"
BUYERS = {
    "lena": ("Lena Vogt", "lena.vogt@" + BD),
    "tom": ("Tom Eriksen", "tom.eriksen@" + BD),
    "priya": ("Priya Raman", "priya.raman@" + BD),
    "marek": ("Marek Novak", "marek.novak@" + BD),
    "julia": ("Julia Santos", "julia.santos@" + BD),
}


def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


def D(y, mo, d, h, mi, tzh=1, s=0, tzm=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz(tzh, tzm))


def SUP(sid, name, mail, locale):
    return {"id": sid, "name": name, "email": mail, "locale": locale}


def L(n, item, desc, qty, uom, price, date):
    return {"line": n, "item": item, "description": desc, "quantity": qty,
            "uom": uom, "unit_price": price, "requested_date": date}


def req_mid(num):
    return "<ack-req.%s.1@%s>" % (num, BD)


def PO(num, sup, buyer, currency, issued, lines, req=True):
    name, mail = BUYERS[buyer]
    d = {"po_number": num, "supplier": sup,
         "buyer": {"name": name, "email": mail},
         "currency": currency, "issued": issued}
    if req:
        d["request_message_id"] = req_mid(num)
    d["lines"] = lines
    return d


def request_subject(po):
    return "Purchase order %s - please confirm" % po["po_number"]


def request_text(po, contact=None):
    """The acknowledgment request our side sent (quoted by many replies)."""
    name = BUYERS_BY_MAIL[po["buyer"]["email"]]
    out = ["Dear %s," % (contact or "Sir or Madam"), "",
           "please confirm our purchase order %s of %s (quantity, unit price and"
           % (po["po_number"], po["issued"]),
           "delivery date for each line) by replying to this e-mail.", "",
           "Line | Item | Description | Qty | Unit price | Delivery date"]
    for l in po["lines"]:
        out.append("%d | %s | %s | %s %s | %s %s | %s" % (
            l["line"], l["item"], l["description"], l["quantity"], l["uom"],
            l["unit_price"], po["currency"], l["requested_date"]))
    out += ["", "Kind regards", name, "Purchasing", BUYER_CO, ""]
    return "\n".join(out)


BUYERS_BY_MAIL = {v[1]: v[0] for v in BUYERS.values()}


def q(text, prefix="> "):
    """Quote text the way mail clients do."""
    res = []
    for ln in text.rstrip("\n").split("\n"):
        res.append((prefix.rstrip() if ln == "" else prefix + ln) if not ln.startswith(">") else ">" + ln)
    return "\n".join(res) + "\n"


# ---------------------------------------------------------------------------
# expected.json helpers
# ---------------------------------------------------------------------------
def _line(po, n):
    for l in po["lines"]:
        if l["line"] == n:
            return l
    raise KeyError(n)


def acc(po, n):
    l = _line(po, n)
    return {"status": "accepted", "quantity": l["quantity"],
            "unit_price": l["unit_price"], "date": l["requested_date"]}


def chg(po, n, qty=None, price=None, date=None, sched=None):
    l = _line(po, n)
    r = {"status": "changed",
         "quantity": l["quantity"] if qty is None else qty,
         "unit_price": l["unit_price"] if price is None else price,
         "date": l["requested_date"] if date is None else date}
    if sched:
        r["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
        assert sum(a for a, _ in sched) == r["quantity"], (po["po_number"], n)
        assert max(b for _, b in sched) == r["date"], (po["po_number"], n)
    same = (r["quantity"] == l["quantity"]
            and Decimal(r["unit_price"]) == Decimal(l["unit_price"])
            and r["date"] == l["requested_date"] and not sched)
    assert not same, ("changed but equal", po["po_number"], n)
    return r


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(po, **lines):
    lines = {k.lstrip("l"): v for k, v in lines.items()}
    return {"po_number": po["po_number"], "lines": lines}


def EXP(kind, confs=None, notes=""):
    d = {"kind": kind}
    if kind == "confirmation":
        d["confirmations"] = confs
    d["notes"] = notes
    return d


# ---------------------------------------------------------------------------
# MIME construction (byte exact, CRLF)
# ---------------------------------------------------------------------------
CRLF = b"\r\n"


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value) – values already ASCII
        self.body = body        # bytes, CRLF line ends, ends with CRLF

    def bytes(self):
        h = "".join("%s: %s\r\n" % kv for kv in self.headers)
        return h.encode("ascii") + CRLF + self.body


def b64wrap(raw, width=76):
    s = base64.b64encode(raw).decode("ascii")
    return ("\r\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\r\n").encode("ascii")


def encode_body(text, charset, cte):
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    if cte == "quoted-printable":
        raw = text.encode(charset)
        return quopri.encodestring(raw).replace(b"\n", b"\r\n")
    if cte == "base64":
        return b64wrap(text.replace("\n", "\r\n").encode(charset))
    raw = text.replace("\n", "\r\n").encode(charset)
    if cte == "7bit":
        assert max(raw) < 128, "7bit body with 8bit data"
    return raw


def T(text, charset="utf-8", cte="quoted-printable", sub="plain", ct=None):
    if ct is None:
        ct = 'text/%s; charset="%s"' % (sub, charset)
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)],
                encode_body(text, charset, cte))


def MP(sub, parts, boundary, extra=""):
    body = b""
    for p in parts:
        body += b"--" + boundary.encode() + CRLF + p.bytes() + CRLF
    body += b"--" + boundary.encode() + b"--" + CRLF
    return Part([("Content-Type", 'multipart/%s;\r\n\tboundary="%s"%s' % (sub, boundary, extra))], body)


def ATT(data, ctype, filename, disp="attachment", extra_headers=()):
    hs = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
          ("Content-Description", filename),
          ("Content-Disposition", '%s; filename="%s"; size=%d' % (disp, filename, len(data))),
          ("Content-Transfer-Encoding", "base64")]
    hs += list(extra_headers)
    return Part(hs, b64wrap(data))


def RFC822(msg_bytes, ctype="message/rfc822"):
    if not msg_bytes.endswith(CRLF):
        msg_bytes += CRLF
    return Part([("Content-Type", ctype), ("Content-Transfer-Encoding", "7bit")], msg_bytes)


def _ew1(s, charset, mode):
    raw = s.encode(charset)
    if mode == "B":
        return "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode())
    out = ""
    for b in raw:
        c = chr(b)
        if b == 0x20:
            out += "_"
        elif 33 <= b <= 126 and c not in "=?_\"(),.:;<>@[\\]":
            out += c
        else:
            out += "=%02X" % b
    return "=?%s?Q?%s?=" % (charset, out)


def ew(s, charset="utf-8", mode="B"):
    if all(ord(c) < 128 for c in s):
        return s
    words, cur = [], ""
    for ch in s:
        if cur and len(_ew1(cur + ch, charset, mode)) > 74:
            words.append(_ew1(cur, charset, mode))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(_ew1(cur, charset, mode))
    return "\r\n ".join(words)


def A(name, addr, charset="utf-8", mode="B"):
    if not name:
        return "<%s>" % addr
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()"@'):
            return '"%s" <%s>' % (name.replace('"', ''), addr)
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (ew(name, charset, mode), addr)


def mail(headers, root):
    hs = list(headers)
    if not any(k.lower() == "mime-version" for k, _ in hs):
        hs.append(("MIME-Version", "1.0"))
    hs += root.headers
    h = "".join("%s: %s\r\n" % kv for kv in hs)
    return h.encode("ascii") + CRLF + root.body


def received(date, helo, ip, by="mx1." + BD):
    d = format_datetime((date + dt.timedelta(seconds=4)).astimezone(dt.timezone.utc))
    return ("Received", "from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS;\r\n\t%s"
            % (helo, helo, ip, by, d))


def H(frm, to, subject, date, mid, irt=None, refs=None, cc=None, extra=(),
      subj_cs="utf-8", subj_mode="B", rcv=None):
    hs = []
    if rcv:
        hs.append(received(date, *rcv))
    hs.append(("From", frm))
    hs.append(("To", to))
    if cc:
        hs.append(("Cc", cc))
    hs.append(("Subject", ew(subject, subj_cs, subj_mode)))
    hs.append(("Date", format_datetime(date)))
    hs.append(("Message-ID", mid))
    if refs:
        hs.append(("References", "\r\n ".join(refs)))
    if irt:
        hs.append(("In-Reply-To", irt))
    hs += list(extra)
    return hs


def outlook_extra(subject_plain, lang="en-US", has_attach=False):
    return [("Thread-Topic", ew(subject_plain)), ("Accept-Language", lang),
            ("Content-Language", lang), ("X-MS-Has-Attach", "yes" if has_attach else ""),
            ("X-MS-TNEF-Correlator", "")]


def to_html(text, font="Calibri,sans-serif", quote_class=None, charset="utf-8"):
    """Very plain text -> HTML conversion of the kind mail clients produce."""
    out, inq = [], False
    for ln in text.rstrip("\n").split("\n"):
        isq = ln.startswith(">")
        if isq and not inq:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex"%s>'
                       % (' class="%s"' % quote_class if quote_class else ""))
            inq = True
        if not isq and inq:
            out.append("</blockquote>")
            inq = False
        s = ln[1:].lstrip(" ") if isq else ln
        out.append((html.escape(s) or "&nbsp;") + "<br>")
    if inq:
        out.append("</blockquote>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
            '<body><div style="font-family:%s;font-size:11pt">\n' % (charset, font)
            + "\n".join(out) + "\n</div></body></html>\n")


def alt(text, boundary, charset="utf-8", cte="quoted-printable", html_text=None, hcte=None):
    h = html_text if html_text is not None else to_html(text, charset=charset)
    return MP("alternative", [T(text, charset, cte),
                              T(h, charset, hcte or cte, sub="html")], boundary)


# ---------------------------------------------------------------------------
# attachments built by hand: PDF with Tj operators, XLSX as zip of XML parts
# ---------------------------------------------------------------------------
def _pdf_str(s):
    raw = s.encode("cp1252")
    out = "("
    for b in raw:
        c = chr(b)
        if c in "\\()":
            out += "\\" + c
        elif 32 <= b < 127:
            out += c
        else:
            out += "\\%03o" % b
    return out + ")"


def make_pdf(rows, title="Document", producer="Report Writer 7.2"):
    """rows: list of (x, y, size, text, bold) drawn with Tj on one A4 page."""
    ops = []
    for x, y, size, text, bold in rows:
        ops.append("BT /%s %g Tf %g %g Td %s Tj ET" % ("F2" if bold else "F1", size, x, y, _pdf_str(text)))
    content = ("\n".join(ops) + "\n").encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
        ("<< /Title %s /Producer %s /CreationDate (D:20261202090000+01'00') >>"
         % (_pdf_str(title), _pdf_str(producer))).encode("latin-1"),
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


def pdf_table(header_lines, cols, xs, rows, footer_lines, title, producer):
    """Lay out a simple business document."""
    items, y = [], 800
    for i, t in enumerate(header_lines):
        items.append((40, y, 14 if i == 0 else 9, t, i == 0))
        y -= 20 if i == 0 else 12
    y -= 10
    for x, c in zip(xs, cols):
        items.append((x, y, 8, c, True))
    y -= 14
    for r in rows:
        for x, c in zip(xs, r):
            if c != "":
                items.append((x, y, 8, c, False))
        y -= 12
    y -= 10
    for t in footer_lines:
        items.append((40, y, 8, t, False))
        y -= 11
    return make_pdf(items, title, producer)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def excel_serial(iso):
    return (dt.date.fromisoformat(iso) - dt.date(1899, 12, 30)).days


def make_xlsx(rows, sheet="Sheet1", when=(2026, 12, 2, 9, 0, 0)):
    """rows: list of lists; str -> inline string, int/float/Decimal -> number,
    ('date', iso) -> serial number with date style, ('text', s) -> string."""
    x = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for ri, row in enumerate(rows, 1):
        x.append('<row r="%d">' % ri)
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if v is None or v == "":
                continue
            if isinstance(v, tuple) and v[0] == "date":
                x.append('<c r="%s" s="1"><v>%d</v></c>' % (ref, excel_serial(v[1])))
            elif isinstance(v, (int, float, Decimal)) and not isinstance(v, bool):
                x.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                x.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, html.escape(str(v), quote=False)))
        x.append("</row>")
    x.append("</sheetData></worksheet>")
    parts = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '</Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>',
        "xl/workbook.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % html.escape(sheet),
        "xl/_rels/workbook.xml.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '</Relationships>',
        "xl/styles.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
            '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
            '</styleSheet>',
        "xl/worksheets/sheet1.xml": "".join(x),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def case(fn):
    CASES.append(fn)
    return fn


def R(slug, cat, what, pos, eml, exp):
    return {"slug": slug, "cat": cat, "what": what, "pos": pos, "eml": eml, "exp": exp}


def outlook_quote_en(po, date, to_addr, contact=None, sep="_" * 32):
    bname, bmail = po["buyer"]["name"], po["buyer"]["email"]
    return ("%s\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (
        sep, bname, bmail, date.strftime("%A, %B ") + str(date.day) + date.strftime(", %Y ")
        + date.strftime("%I:%M %p").lstrip("0"), to_addr, request_subject(po),
        request_text(po, contact)))


def gmail_attr(date, po, lang="en"):
    bname, bmail = po["buyer"]["name"], po["buyer"]["email"]
    return "On %s at %s %s <%s> wrote:" % (
        date.strftime("%a, %b ") + str(date.day) + date.strftime(", %Y"),
        date.strftime("%I:%M %p").lstrip("0"), bname, bmail)


# ===========================================================================
# CONFIRMATIONS
# ===========================================================================

@case
def c001():
    sup = SUP("PENNBRG", "Pennine Bearing Supplies Ltd", "sales@penninebearings.example", "en-GB")
    po = PO("4510031101", sup, "tom", "GBP", "2026-11-26", [
        L(1, "6205-2RS-C3", "Deep groove ball bearing 6205-2RS C3", 200, "EA", "3.18", "2026-12-11"),
        L(2, "NU209-ECP", "Cylindrical roller bearing NU209 ECP", 24, "EA", "41.70", "2026-12-11")])
    rq = D(2026, 11, 26, 8, 41, 1)
    text = ("Morning Tom,\n\nAll good - confirmed as per your PO, both lines for the 11th.\n\n"
            "Cheers\nGary\n\nGary Holt | Internal Sales\nPennine Bearing Supplies Ltd\n"
            "Unit 7, Calder Trade Park, Huddersfield HD5 0RB\nT: 01484 000 312\n\n"
            + outlook_quote_en(po, rq, "sales@penninebearings.example", "Gary"))
    d = D(2026, 12, 1, 9, 14, 0)
    eml = mail(H(A("Gary Holt", "gary.holt@penninebearings.example"), A("Tom Eriksen", BUYERS["tom"][1]),
                 "RE: " + request_subject(po), d,
                 "<LO2P265MB3894C1B7D6A1E0F2A9@LO2P265MB3894.GBRP265.PROD.OUTLOOK.COM>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=outlook_extra("Purchase order 4510031101 - please confirm", "en-GB"),
                 rcv=("mail-lo2gbr01on2104.outbound.protection.outlook.example", "40.107.20.104")),
               alt(text, "_000_LO2P265MB3894C1B7D6A1E0F2A9LO2P265MB3894GBRP_", "us-ascii"))
    exp = EXP("confirmation", [conf(po, l1=acc(po, 1), l2=acc(po, 2))],
              "Top-posted one-liner over an Outlook quote; 'the 11th' is the requested date, so both lines are accepted.")
    return R("001-gb-bearings-oneliner-toppost", "confirmation/en-GB",
             "one-line Outlook top-post 'confirmed as per your PO', all lines accepted", [po], eml, exp)


@case
def c002():
    sup = SUP("LAKEFAST", "Lakeshore Fastener Supply Inc.", "orders@lakeshorefastener.example", "en-US")
    po = PO("4510031102", sup, "priya", "USD", "2026-11-30", [
        L(1, "HHCS-M10X40-88-ZP", "Hex cap screw M10x40 class 8.8 zinc", 2000, "EA", "0.142", "2026-12-11"),
        L(2, "NYLOC-M10-ZP", "Nylon insert lock nut M10 zinc", 2000, "EA", "0.061", "2026-12-11"),
        L(3, "FW-M10-A2", "Flat washer M10 stainless A2", 4000, "EA", "0.038", "2026-12-11")])
    text = ("Hi Priya, see my answers inline.\n\n"
            "On 11/30/2026 2:05 PM, Priya Raman wrote:\n"
            "> Dear Sir or Madam,\n>\n"
            "> please confirm our purchase order 4510031102 of 2026-11-30 (quantity, unit price and\n"
            "> delivery date for each line) by replying to this e-mail.\n>\n"
            "> Line | Item | Description | Qty | Unit price | Delivery date\n"
            "> 1 | HHCS-M10X40-88-ZP | Hex cap screw M10x40 class 8.8 zinc | 2000 EA | 0.142 USD | 2026-12-11\n\n"
            "confirmed\n\n"
            "> 2 | NYLOC-M10-ZP | Nylon insert lock nut M10 zinc | 2000 EA | 0.061 USD | 2026-12-11\n\n"
            "confirmed\n\n"
            "> 3 | FW-M10-A2 | Flat washer M10 stainless A2 | 4000 EA | 0.038 USD | 2026-12-11\n\n"
            "We only have 2,500 on the shelf. 2,500 ship 12/11 together with lines 1+2, balance of 1,500\n"
            "ships 1/8/27 when our container clears. Same price.\n\n"
            ">\n> Kind regards\n> Priya Raman\n> Purchasing\n> Brightwater Motion Systems\n\n"
            "-- \nDoug Petrakis\nInside Sales | Lakeshore Fastener Supply\n(216) 555-0148\n")
    d = D(2026, 12, 2, 10, 22, -5)
    eml = mail(H(A("Doug Petrakis", "doug@lakeshorefastener.example"), A("Priya Raman", BUYERS["priya"][1]),
                 "Re: " + request_subject(po), d,
                 "<3f0c9a8e-51b2-4c7d-9e1a-7b2d6c04f1e9@lakeshorefastener.example>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-US")]),
               T(text, "UTF-8", "7bit", ct="text/plain; charset=UTF-8; format=flowed"))
    exp = EXP("confirmation", [conf(po, l1=acc(po, 1), l2=acc(po, 2),
                                    l3=chg(po, 3, date="2027-01-08", sched=[(2500, "2026-12-11"), (1500, "2027-01-08")]))],
              "Inline answers under each quoted line; line 3 split: 2,500 ship 12/11 (= requested date), balance '1/8/27' month-first = 8 Jan 2027.")
    return R("002-us-fasteners-inline-split", "confirmation/en-US",
             "inline answers between quoted lines, split delivery with US date 1/8/27", [po], eml, exp)


@case
def c003():
    sup = SUP("KLRM", "Kugellager Rhein-Main GmbH", "verkauf@kugellager-rheinmain.example", "de-DE")
    po = PO("4510031103", sup, "lena", "EUR", "2026-11-27", [
        L(1, "6305-2Z-C3", "Rillenkugellager 6305-2Z C3", 150, "ST", "5.40", "2026-12-18"),
        L(2, "22212-E1-K", "Pendelrollenlager 22212 E1 K", 40, "ST", "86.90", "2026-12-18"),
        L(3, "H312", "Spannhülse H312", 40, "ST", "14.25", "2026-12-18")])
    text = ("Sehr geehrte Frau Vogt,\n\n"
            "vielen Dank für Ihre Bestellung 4510031103, die wir wie folgt bestätigen:\n\n"
            "Pos. 1  6305-2Z-C3    150 Stück  à 5,40 €    KW 51\n"
            "Pos. 2  22212-E1-K     24 Stück  à 86,90 €   KW 51\n"
            "                       16 Stück  à 86,90 €   KW 2/2027\n"
            "Pos. 3  H312           40 Stück  à 15,10 €   KW 51\n\n"
            "Zu Pos. 3: Der Herstellerpreis hat sich zum 01.12. erhöht, daher leider 15,10 €/Stück.\n"
            "Die Termine verstehen sich als Anliefertermin bei Ihnen.\n\n"
            "Mit freundlichen Grüßen\n\nSabine Kröger\nVertriebsinnendienst\n\n"
            "Kugellager Rhein-Main GmbH\nHanauer Landstraße 212 · 60314 Frankfurt am Main\n"
            "Tel. +49 69 000 4471-12\nAmtsgericht Frankfurt HRB 00000 · Geschäftsführer: Thomas Rieß\n\n"
            "Am 27.11.2026 um 08:30 schrieb Lena Vogt:\n" + q(request_text(po, "Frau Kröger")))
    d = D(2026, 12, 1, 14, 3, 1)
    eml = mail(H(A("Sabine Kröger", "s.kroeger@kugellager-rheinmain.example", "UTF-8", "Q"),
                 A("Lena Vogt", BUYERS["lena"][1]), "Re: " + request_subject(po), d,
                 "<b4e81a02-7c3d-4f55-a9e2-2d1c0f7e6b31@kugellager-rheinmain.example>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0"),
                        ("Content-Language", "de-DE")]),
               T(text, "UTF-8", "8bit", ct="text/plain; charset=UTF-8; format=flowed"))
    exp = EXP("confirmation", [conf(po, l1=acc(po, 1),
                                    l2=chg(po, 2, date="2027-01-15", sched=[(24, "2026-12-18"), (16, "2027-01-15")]),
                                    l3=chg(po, 3, price="15.10"))],
              "German table: KW 51 = Fri 18.12.2026 (as requested); pos 2 split into KW 51 and KW 2/2027 (Fri 15.01.2027); pos 3 price increase with decimal comma. 8bit UTF-8 body.")
    return R("003-de-bearings-kw-split-price", "confirmation/de-DE",
             "Thunderbird 8bit table with calendar weeks, a split into KW 2/2027 and a price increase", [po], eml, exp)


@case
def c004():
    sup = SUP("VISFOREZ", "Visserie du Forez SARL", "adv@visserie-forez.example", "fr-FR")
    po = PO("4510031104", sup, "tom", "EUR", "2026-12-01", [
        L(1, "VIS-CHC-M6X20-A2", "Vis CHC M6x20 inox A2", 5000, "PCE", "0.118", "2026-12-16"),
        L(2, "ECR-HM6-A2", "Écrou hexagonal M6 inox A2", 5000, "PCE", "0.046", "2026-12-16")])
    h = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
         '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
         '<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>'
         '<body lang="FR" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n'
         '<p class="MsoNormal">Bonjour Monsieur Eriksen,<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
         '<p class="MsoNormal">Nous vous remercions pour votre commande n&deg; 4510031104 que nous vous confirmons ci-dessous&nbsp;:<o:p></o:p></p>\n'
         '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
         '<ul style="margin-top:0cm" type="disc">\n'
         '<li class="MsoNormal">Vis CHC M6x20 inox A2&nbsp;: 5&nbsp;000 pi&egrave;ces &agrave; <b>12,40&nbsp;&euro; HT le cent</b> '
         '(hausse mati&egrave;re inox au 1<sup>er</sup> d&eacute;cembre), livraison le 16/12<o:p></o:p></li>\n'
         '<li class="MsoNormal">&Eacute;crous HM6 inox A2&nbsp;: conforme &agrave; votre commande<o:p></o:p></li>\n'
         '</ul>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
         '<p class="MsoNormal">Restant &agrave; votre disposition,<o:p></o:p></p>\n'
         '<p class="MsoNormal">Bien cordialement,<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
         '<p class="MsoNormal"><b><span style="color:#1F3864">Nathalie Fauré</span></b><br>'
         'Administration des ventes<br>Visserie du Forez SARL &ndash; ZI des Plaines &ndash; 42600 Montbrison<br>'
         'T&eacute;l. 04 77 00 00 00<o:p></o:p></p>\n'
         '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
         '<p class="MsoNormal"><b>De&nbsp;:</b> Tom Eriksen &lt;tom.eriksen@brightwater-motion.example&gt;<br>'
         '<b>Envoy&eacute;&nbsp;:</b> mardi 1 d&eacute;cembre 2026 09:12<br><b>&Agrave;&nbsp;:</b> adv@visserie-forez.example<br>'
         '<b>Objet&nbsp;:</b> Purchase order 4510031104 - please confirm<o:p></o:p></p></div>\n'
         '<p class="MsoNormal">' + html.escape(request_text(po)).replace("\n", "<br>\n") + '</p>\n'
         '</div></body></html>\n')
    d = D(2026, 12, 3, 11, 47, 1)
    eml = mail(H(A("Nathalie Fauré", "n.faure@visserie-forez.example", "iso-8859-1", "Q"),
                 A("Tom Eriksen", BUYERS["tom"][1]), "RE: " + request_subject(po), d,
                 "<PR1P264MB2415A3E0BB91C25F7D@PR1P264MB2415.FRAP264.PROD.OUTLOOK.COM>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=outlook_extra("Purchase order 4510031104 - please confirm", "fr-FR")),
               T(h, "utf-8", "quoted-printable", sub="html"))
    exp = EXP("confirmation", [conf(po, l1=chg(po, 1, price="0.124"), l2=acc(po, 2))],
              "HTML-only Outlook mail with entities; price given per hundred ('12,40 EUR le cent') = 0.124 per piece; nuts 'conforme'.")
    return R("004-fr-fasteners-html-only-per-hundred", "confirmation/fr-FR",
             "HTML-only Outlook reply, price quoted per 100 pieces with decimal comma", [po], eml, exp)


@case
def c005():
    sup = SUP("KABBRNO", "Kabelservis Brno s.r.o.", "obchod@kabelservis-brno.example", "cs-CZ")
    po = PO("4510031105", sup, "marek", "CZK", "2026-11-30", [
        L(1, "CYKY-J-3X2.5", "Kabel CYKY-J 3x2,5", 1000, "M", "24.80", "2026-12-14"),
        L(2, "H07RN-F-4G6", "Kabel H07RN-F 4G6", 500, "M", "118.50", "2026-12-14")])
    text = ("Dobrý den pane Nováku,\n\n"
            "potvrzujeme Vaši objednávku č. 4510031105:\n\n"
            "- CYKY-J 3x2,5: 1000 m, 24,80 Kč/m, dodání 14. 12.\n"
            "- H07RN-F 4G6: bohužel máme skladem jen 350 m a od výrobce už letos nic nedostaneme.\n"
            "  Dodáme tedy 350 m za 118,50 Kč/m, a to už 11. 12.\n\n"
            "S pozdravem\n\nIng. Pavla Dvořáková\nobchodní oddělení\nKabelservis Brno s.r.o.\n"
            "Vídeňská 118, 619 00 Brno\ntel.: +420 543 000 218\n\n"
            "-----Original Message-----\nFrom: Marek Novak <marek.novak@brightwater-motion.example>\n"
            "Sent: Monday, November 30, 2026 3:20 PM\nTo: obchod@kabelservis-brno.example\n"
            "Subject: " + request_subject(po) + "\n\n" + request_text(po, "paní Dvořáková"))
    d = D(2026, 12, 2, 9, 5, 1)
    eml = mail(H(A("Pavla Dvořáková", "dvorakova@kabelservis-brno.example", "iso-8859-2", "Q"),
                 A("Marek Novak", BUYERS["marek"][1]), "RE: " + request_subject(po), d,
                 "<000001db4c21$7a1e2b40$6e5a81c0$@kabelservis-brno.example>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHbTCF6HiuWlX8aS0KqCw2fA3bQ1w=="),
                        ("Content-Language", "cs")]),
               alt(text, "----=_NextPart_000_0011_01DB4C29.DBE45B40", "iso-8859-2"))
    exp = EXP("confirmation", [conf(po, l1=acc(po, 1), l2=chg(po, 2, qty=350, date="2026-12-11"))],
              "Czech, ISO-8859-2 quoted-printable; '14. 12.' without year = 2026-12-14; line 2 reduced to 350 m and earlier date, no backorder.")
    return R("005-cz-cables-reduced-qty", "confirmation/cs-CZ",
             "ISO-8859-2 Outlook reply, one line reduced quantity (stock only), dates without year", [po], eml, exp)


@case
def c006():
    sup = SUP("LOZSERW", "Łożyska-Serwis Sp. z o.o.", "zamowienia@lozyska-serwis.example", "pl-PL")
    po = PO("4510031106", sup, "marek", "PLN", "2026-11-27", [
        L(1, "6006-2RS", "Łożysko kulkowe 6006-2RS", 60, "SZT", "7.90", "2026-12-15"),
        L(2, "32210", "Łożysko stożkowe 32210", 20, "SZT", "58.00", "2026-12-15"),
        L(3, "UCP208", "Oprawa z łożyskiem UCP208", 10, "SZT", "96.40", "2026-12-15")])
    text = ("Dzień dobry,\n\n"
            "potwierdzamy zamówienie nr 4510031106 w pozycjach 1 i 2 - dostawa 15.12.2026, ceny bez zmian.\n"
            "Poz. 3 (UCP208) - niestety producent wycofał ten typ oprawy z produkcji, nie jesteśmy\n"
            "w stanie zrealizować tej pozycji.\n\n"
            "Pozdrawiam\nAgnieszka Wróbel\nDział Handlowy\nŁożyska-Serwis Sp. z o.o.\nul. Przemysłowa 14, 41-100 Siemianowice Śląskie\n"
            "tel. +48 32 000 41 17\n\n"
            "Od: Marek Novak <marek.novak@brightwater-motion.example>\n"
            "Wysłano: piątek, 27 listopada 2026 10:02\nDo: zamowienia@lozyska-serwis.example\n"
            "Temat: " + request_subject(po) + "\n\n" + request_text(po))
    d = D(2026, 12, 1, 12, 31, 1)
    eml = mail(H(A("Agnieszka Wróbel", "a.wrobel@lozyska-serwis.example", "iso-8859-2", "Q"),
                 A("Marek Novak", BUYERS["marek"][1]), "Odp: " + request_subject(po), d,
                 "<AS8P189MB17758E2F0C9D@AS8P189MB1775.EURP189.PROD.OUTLOOK.COM>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=outlook_extra(request_subject(po), "pl-PL")),
               alt(text, "_000_AS8P189MB17758E2F0C9DAS8P189MB1775EURP_", "iso-8859-2", cte="base64"))
    exp = EXP("confirmation", [conf(po, l1=acc(po, 1), l2=acc(po, 2), l3=REJ)],
              "Polish, ISO-8859-2 base64; lines 1-2 confirmed as ordered, line 3 refused (discontinued).")
    return R("006-pl-bearings-line-rejected", "confirmation/pl-PL",
             "base64 ISO-8859-2, two lines confirmed, one refused (discontinued)", [po], eml, exp)


@case
def c007():
    sup = SUP("HOKUSHIN", "株式会社北辰モーター", "eigyo@hokushin-motor.example", "ja-JP")
    po = PO("4510031107", sup, "tom", "JPY", "2026-11-30", [
        L(1, "BLM-5120", "Brushless DC motor 120 W", 30, "EA", "18400", "2026-12-18"),
        L(2, "GH-5-10", "Gear head ratio 1:10", 30, "EA", "6250", "2026-12-18")])
    text = ("ブライトウォーター・モーション・システムズ\n購買部　エリクセン様\n\n"
            "いつも大変お世話になっております。\n北辰モーター営業部の佐藤でございます。\n\n"
            "ご注文（注文番号：4510031107）につきまして、下記の通りお請けいたします。\n\n"
            "１．BLM-5120　30台　@18,400円　納期：12月18日\n"
            "２．GH-5-10　 30台　@6,250円　 納期：12月25日\n"
            "　　（ギアヘッドの部品入荷待ちのため、一週間遅れとなります。申し訳ございません。）\n\n"
            "何卒よろしくお願い申し上げます。\n\n"
            "――――――――――――――――――\n株式会社北辰モーター　営業部\n佐藤　健一\nTEL: 0256-00-1234\n"
            "――――――――――――――――――\n\n"
            "-----Original Message-----\nFrom: Tom Eriksen <tom.eriksen@brightwater-motion.example>\n"
            "Sent: Monday, November 30, 2026 5:10 PM\nTo: eigyo@hokushin-motor.example\n"
            "Subject: " + request_subject(po) + "\n\n" + request_text(po))
    d = D(2026, 12, 3, 10, 2, 9)
    eml = mail(H(A("佐藤 健一", "k.sato@hokushin-motor.example", "iso-2022-jp", "B"),
                 A("Tom Eriksen", BUYERS["tom"][1]), "RE: " + request_subject(po) + "（ご注文請書）", d,
                 "<000a01db4d1f$c3b2e1a0$4b18a4e0$@hokushin-motor.example>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 subj_cs="iso-2022-jp", extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ja")]),
               T(text, "iso-2022-jp", "7bit"))
    exp = EXP("confirmation", [conf(po, l1=acc(po, 1), l2=chg(po, 2, date="2026-12-25"))],
              "Japanese ISO-2022-JP 7bit; full-width numerals and '@' prices; line 2 delivery one week later (12月25日).")
    return R("007-ja-motors-iso2022jp", "confirmation/ja-JP",
             "ISO-2022-JP order acceptance (お請け), one line one week late", [po], eml, exp)


@case
def c008():
    sup = SUP("HENGDA", "宁波恒达包装材料有限公司", "sales@hengda-pack.example", "zh-CN")
    po = PO("4510031108", sup, "priya", "CNY", "2026-12-01", [
        L(1, "CTN-600X400X300-5PLY", "Corrugated carton 600x400x300 5-ply", 3000, "EA", "6.80", "2026-12-20"),
        L(2, "STRAP-PP-12MM", "PP strapping band 12 mm", 200, "ROL", "38.00", "2026-12-20")])
    text = ("Priya 您好：\n\n"
            "贵司订单 4510031108 已收到，确认如下：\n"
            "1. 五层纸箱 600x400x300：3000只，因原纸涨价，单价由6.80元调整为7.15元，12月18日发货。\n"
            "2. PP打包带 12mm：200卷，单价38.00元，12月18日发货。\n\n"
            "交货地址按订单。如有问题请随时联系。\n谢谢！\n\n"
            "王丽\n宁波恒达包装材料有限公司 销售部\n电话：0574-0000 8812\n\n"
            "------------------ 原始邮件 ------------------\n"
            "发件人: \"Priya Raman\"<priya.raman@brightwater-motion.example>;\n"
            "发送时间: 2026年12月1日(星期二) 下午4:20\n收件人: \"sales\"<sales@hengda-pack.example>;\n"
            "主题: " + request_subject(po) + "\n\n" + request_text(po))
    d = D(2026, 12, 4, 9, 36, 8)
    eml = mail(H(A("王丽", "wangli@hengda-pack.example", "gb2312", "B"), A("Priya Raman", BUYERS["priya"][1]),
                 "回复：" + request_subject(po), d, "<tencent_5E1B0F7C3A2D4E91B6C8F0A2@qq.example>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])], subj_cs="gb2312",
                 extra=[("X-Mailer", "Foxmail 7.2.25.254[cn]")]),
               alt(text, "----=_NextPart_6718C4A2_0E9B1F40_3C2E7D11", "gb2312", cte="base64"))
    exp = EXP("confirmation", [conf(po, l1=chg(po, 1, price="7.15", date="2026-12-18"),
                                    l2=chg(po, 2, date="2026-12-18"))],
              "Chinese GB2312 base64 (Foxmail); only ship dates (发货) given -> date is the ship date 12-18; line 1 price up to 7.15.")
    return R("008-zh-packaging-gb2312-price", "confirmation/zh-CN",
             "GB2312 Foxmail reply, price increase and ship dates earlier than requested", [po], eml, exp)


@case
def c009():
    sup = SUP("DAESUNG", "대성정밀", "sales@daesung-prec.example", "ko-KR")
    po = PO("4510031109", sup, "tom", "KRW", "2026-11-27", [
        L(1, "SHAFT-D25-L310", "Machined shaft S45C D25 L310", 500, "EA", "12800", "2026-12-15"),
        L(2, "FLANGE-FL80", "Flange FL80 SS400", 200, "EA", "9500", "2026-12-15")])
    text = ("안녕하세요, 대성정밀 김민수입니다.\n\n"
            "발주서 4510031109 잘 받았습니다. 아래와 같이 확인드립니다.\n\n"
            "1. 샤프트 (SHAFT-D25-L310): 500개 중 1차 300개 12월 15일, 2차 200개 12월 29일 납품하겠습니다. 단가는 동일합니다.\n"
            "2. 플랜지 (FLANGE-FL80): 200개 전량 12월 15일 납품하겠습니다.\n\n"
            "감사합니다.\n\n김민수 과장\n대성정밀 | 영업팀\nTel. 055-000-2740\n\n"
            "-----Original Message-----\nFrom: Tom Eriksen <tom.eriksen@brightwater-motion.example>\n"
            "Sent: Friday, November 27, 2026 4:55 PM\nTo: sales@daesung-prec.example\n"
            "Subject: " + request_subject(po) + "\n\n" + request_text(po))
    d = D(2026, 12, 1, 17, 48, 9)
    eml = mail(H(A("김민수", "mskim@daesung-prec.example", "ks_c_5601-1987", "B"),
                 A("Tom Eriksen", BUYERS["tom"][1]), "RE: " + request_subject(po), d,
                 "<001201db4bb9$2d7e1c30$887a5490$@daesung-prec.example>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ko")]),
               alt(text, "----=_NextPart_000_0013_01DB4C05.9D0A8E30", "ks_c_5601-1987", cte="base64"))
    exp = EXP("confirmation", [conf(po, l1=chg(po, 1, date="2026-12-29", sched=[(300, "2026-12-15"), (200, "2026-12-29")]),
                                    l2=acc(po, 2))],
              "Korean, Outlook charset ks_c_5601-1987 base64; shaft split 300 on 12/15 + 200 on 12/29.")
    return R("009-ko-machining-split", "confirmation/ko-KR",
             "ks_c_5601-1987 Outlook reply, split delivery in two lots", [po], eml, exp)

@case
def c010():
    sup = SUP("SGMOTORS", "Shree Ganesh Motors Pvt. Ltd.", "sales@shreeganeshmotors.example", "en-IN")
    po = PO("4510031110", sup, "priya", "INR", "2026-11-26", [
        L(1, "IE3-MTR-2.2KW-4P", "Induction motor IE3 2.2 kW 4 pole B3", 12, "EA", "18450.00", "2026-12-21"),
        L(2, "IE3-MTR-5.5KW-4P", "Induction motor IE3 5.5 kW 4 pole B35", 6, "EA", "36900.00", "2026-12-21"),
        L(3, "TB-KIT-M5", "Terminal box kit M5", 18, "EA", "420.00", "2026-12-21")])
    pdf = pdf_table(
        ["SHREE GANESH MOTORS PVT. LTD.",
         "Plot 41, GIDC Phase II, Vatva, Ahmedabad - 382445, Gujarat  |  GSTIN 24AAXCS0000X1Z5",
         "ORDER ACKNOWLEDGEMENT      OA No: OA/26-27/01187      OA Date: 02-12-2026",
         "Customer: Brightwater Motion Systems      Customer PO No: 4510031110      PO Date: 26-11-2026"],
        ["Sr", "Item Code", "Description", "Qty", "UOM", "Rate (INR)", "Amount (INR)", "Delivery Date"],
        [40, 60, 150, 330, 360, 395, 455, 520],
        [["1", "IE3-MTR-2.2KW-4P", "3Ph Ind. Motor 2.2kW 4P B3 IE3", "12", "Nos", "18,450.00", "2,21,400.00", "21-12-2026"],
         ["2", "IE3-MTR-5.5KW-4P", "3Ph Ind. Motor 5.5kW 4P B35 IE3", "6", "Nos", "36,900.00", "2,21,400.00", "04-01-2027"],
         ["3", "TB-KIT-M5", "Terminal Box Kit M5", "18", "Nos", "420.00", "7,560.00", "21-12-2026"]],
        ["Total (excl. GST): INR 4,50,360.00",
         "Remarks: Sr. 2 - B35 flange frames under machining, delivery rescheduled.",
         "Prices ex-works Ahmedabad, GST @18% extra. Payment 30 days from invoice.",
         "This is a computer generated document and does not require signature."],
        "Order Acknowledgement OA/26-27/01187", "SAP Business One PDF Writer")
    text = ("Dear Sir/Madam,\n\nPlease find attached Order Acknowledgement OA/26-27/01187 against your\n"
            "Purchase Order No. 4510031110.\n\nThis is a system generated mail. Please do not reply to this mail id.\n"
            "For any queries contact sales@shreeganeshmotors.example\n\n"
            "Shree Ganesh Motors Pvt. Ltd.\n")
    d = D(2026, 12, 2, 16, 12, 5, tzm=30)
    eml = mail(H(A("SGM ERP Notification", "erp-noreply@shreeganeshmotors.example"), BUYERS["priya"][1],
                 "Order Acknowledgement OA/26-27/01187 against your PO 4510031110", d,
                 "<OA2627011871733137720@erp.shreeganeshmotors.example>",
                 extra=[("X-Mailer", "SAP Business One Mailer"), ("Auto-Submitted", "auto-generated")]),
               MP("mixed", [T(text, "us-ascii", "7bit"),
                            ATT(pdf, "application/pdf", "OA_26-27_01187.pdf")], "b1_9e5c1d0a7f3b2e84"))
    exp = EXP("confirmation", [conf(po, l1=acc(po, 1), l2=chg(po, 2, date="2027-01-04"), l3=acc(po, 3))],
              "ERP-generated mail (Auto-Submitted) with a PDF acknowledgement: still a confirmation. Indian digit grouping in amounts, dd-mm-yyyy dates, line 2 moved to 04-01-2027.")
    return R("010-in-erp-pdf-ack", "confirmation/en-IN",
             "automatic ERP mail with PDF order acknowledgement (Tj text), one line rescheduled", [po], eml, exp)


@case
def c011():
    sup = SUP("BULLOMB", "Bulloneria Lombarda S.r.l.", "commerciale@bulloneria-lombarda.example", "it-IT")
    po = PO("4510031111", sup, "julia", "EUR", "2026-11-30", [
        L(1, "DIN933-M12X50-8.8", "Vite TE M12x50 8.8 zincata", 1500, "PZ", "0.215", "2026-12-17"),
        L(2, "DIN934-M12-8", "Dado esagonale M12 cl. 8 zincato", 1500, "PZ", "0.058", "2026-12-17"),
        L(3, "DIN125-M12-ZN", "Rondella piana M12 zincata", 3000, "PZ", "0.021", "2026-12-17")])
    xl = make_xlsx([
        ["CONFERMA D'ORDINE", "", "", "", "", "", "", ""],
        ["N. conferma", "26/4418", "", "Data", ("date", "2026-12-02")],
        ["Vs. ordine", "4510031111", "", "del", ("date", "2026-11-30")],
        [],
        ["Pos", "Codice", "Descrizione", "Q.tà", "U.M.", "Prezzo unit. €", "Data consegna", "Note"],
        [1, "DIN933-M12X50-8.8", "VITE TE M12X50 8.8 ZN", 1500, "PZ", 0.215, ("date", "2026-12-17"), ""],
        [2, "DIN934-M12-8", "DADO ES M12 CL8 ZN", 1500, "PZ", 0.058, ("date", "2026-12-17"), ""],
        [3, "DIN125-M12-ZN", "RONDELLA PIANA M12 ZN", 3000, "PZ", 0.023, ("date", "2027-01-08"),
         "aumento listino fornitore"],
        [],
        ["Resa: franco Vs. stabilimento", "", "", "", "", "", "", ""],
    ], sheet="Conferma")
    text = ("Buongiorno,\n\nin allegato la ns. conferma d'ordine n. 26/4418 relativa al Vs. ordine 4510031111.\n"
            "Vi preghiamo di verificare i dati e di segnalarci eventuali discrepanze.\n\n"
            "Cordiali saluti\n\nChiara Galli\nUfficio Commerciale\nBulloneria Lombarda S.r.l.\n"
            "Via dell'Artigianato 9 - 24040 Lallio (BG)\nTel. 035 000 1190\n\n"
            "Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario.\n")
    d = D(2026, 12, 2, 15, 26, 1)
    eml = mail(H(A("Chiara Galli", "c.galli@bulloneria-lombarda.example"), A("Julia Santos", BUYERS["julia"][1]),
                 "R: " + request_subject(po), d, "<6a1f0e2c-8b7d-4c39-a1f4-3e9d2b7c5a10@bulloneria-lombarda.example>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
               MP("mixed", [alt(text, "000_alt_7c2e91", "utf-8"),
                            ATT(xl, XLSX_CT, "Conferma_ordine_26-4418.xlsx")], "000_mix_7c2e91"))
    exp = EXP("confirmation", [conf(po, l1=acc(po, 1), l2=acc(po, 2), l3=chg(po, 3, price="0.023", date="2027-01-08"))],
              "Confirmation only in an attached XLSX (dates as Excel serial numbers with a date style); line 3 price and date changed.")
    return R("011-it-xlsx-ack", "confirmation/it-IT",
             "XLSX order confirmation attached, Excel serial dates, one line price+date changed", [po], eml, exp)


@case
def c012():
    sup = SUP("MOTLEV", "Motores Levante S.L.", "pedidos@motoreslevante.example", "es-ES")
    po = PO("4510031112", sup, "julia", "EUR", "2026-12-02", [
        L(1, "MR-0.75KW-B14", "Motor trifásico 0,75 kW B14 4 polos", 8, "UD", "142.00", "2026-12-14")])
    rq = D(2026, 12, 2, 16, 5, 1)
    text = ("Hola Julia,\n\nconfirmado. Te los enviamos este viernes por Seur y te llegan el lunes.\n\n"
            "Un saludo,\nAndrés\n\n--\nAndrés Ferrer Climent\nMotores Levante S.L. · Dpto. Comercial\n"
            "Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 21 · 46988 Paterna (Valencia)\n\n"
            "El mié, 2 dic 2026 a las 16:05, Julia Santos (<julia.santos@brightwater-motion.example>) escribió:\n"
            + q(request_text(po, "Andrés")))
    hh = ('<div dir="ltr"><div>Hola Julia,</div><div><br></div><div>confirmado. Te los enviamos este viernes por Seur y te llegan el lunes.</div>'
          '<div><br></div><div>Un saludo,</div><div>Andrés</div><div><br></div>'
          '<div>--</div><div>Andrés Ferrer Climent<br>Motores Levante S.L. · Dpto. Comercial<br>'
          'Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 21 · 46988 Paterna (Valencia)</div></div><br>'
          '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">El mié, 2 dic 2026 a las 16:05, Julia Santos (&lt;'
          '<a href="mailto:julia.santos@brightwater-motion.example">julia.santos@brightwater-motion.example</a>&gt;) escribió:<br></div>'
          '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
          + html.escape(request_text(po, "Andrés")).replace("\n", "<br>") + '</blockquote></div>\n')
    d = D(2026, 12, 9, 10, 37, 1)
    eml = mail(H(A("Andrés Ferrer", "andres.ferrer.motoreslevante@gmail.example"), A("Julia Santos", BUYERS["julia"][1]),
                 "Re: " + request_subject(po), d, "<CAJx8Qm2vT0pK3nR9bLw4sE7hD1fYc5uZ6aG0oN8qX2iM7vB3tw@mail.gmail.com>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])]),
               MP("alternative", [T(text, "UTF-8", "quoted-printable"), T(hh, "UTF-8", "quoted-printable", sub="html")],
                  "000000000000b7e4f20630c1d9a2"))
    exp = EXP("confirmation", [conf(po, l1=acc(po, 1))],
              "Gmail reply a week after the request: ships 'este viernes' (Fri 11 Dec) and arrives 'el lunes' = Mon 14 Dec = requested date; delivery date wins, so accepted.")
    return R("012-es-motors-gmail-weekdays", "confirmation/es-ES",
             "Gmail, relative weekdays for ship (viernes) and delivery (lunes); delivery equals PO date", [po], eml, exp)


@case
def c013():
    sup = SUP("VERPTW", "Verpakkingen Twente B.V.", "verkoop@verpakkingen-twente.example", "nl-NL")
    pa = PO("4510031113", sup, "marek", "EUR", "2026-12-01", [
        L(1, "STRETCH-23MU-500", "Stretchfolie 23 mu 500 mm", 120, "ROL", "9.40", "2026-12-16"),
        L(2, "TAPE-PP-50-66", "Verpakkingstape PP 50 mm x 66 m", 720, "ROL", "0.98", "2026-12-16")])
    pb = PO("4510030987", sup, "marek", "EUR", "2026-11-20", [
        L(1, "DOOS-400X300X200", "Vouwdoos 400x300x200 enkelgolf", 2000, "EA", "0.74", "2026-12-04")])
    text = ("Goedemiddag Marek,\n\nOrder 4510031113 is akkoord, levering woensdag 16 december.\n\n"
            "Jullie order 4510030987 (de dozen) is gisteren al de deur uit gegaan, track & trace volgt\n"
            "per aparte mail.\n\nMet vriendelijke groet,\n\nSanne Oude Egberink\nVerpakkingen Twente B.V.\n"
            "Binnenhaven 8 | 7547 AK Enschede | 053 000 4410\n\n"
            "Van: Marek Novak <marek.novak@brightwater-motion.example>\nVerzonden: dinsdag 1 december 2026 11:30\n"
            "Aan: verkoop@verpakkingen-twente.example\nOnderwerp: " + request_subject(pa) + "\n\n" + request_text(pa, "Sanne"))
    d = D(2026, 12, 3, 13, 8, 1)
    eml = mail(H(A("Sanne Oude Egberink", "sanne@verpakkingen-twente.example"), A("Marek Novak", BUYERS["marek"][1]),
                 "RE: " + request_subject(pa), d, "<AM9P195MB1420F0D3E5A7C9@AM9P195MB1420.EURP195.PROD.OUTLOOK.COM>",
                 irt=req_mid(pa["po_number"]), refs=[req_mid(pa["po_number"])],
                 extra=outlook_extra(request_subject(pa), "nl-NL")),
               alt(text, "_000_AM9P195MB1420F0D3E5A7C9AM9P195MB1420EURP_", "us-ascii"))
    exp = EXP("confirmation", [conf(pa, l1=acc(pa, 1), l2=acc(pa, 2))],
              "Dutch; confirms PO 4510031113 and only mentions that the other open PO 4510030987 already shipped: that PO is left out.")
    return R("013-nl-packaging-mentions-other-po", "confirmation/nl-NL",
             "confirms one PO and mentions another open PO (which must be left out)", [pa, pb], eml, exp)


@case
def c014():
    sup = SUP("NORDFAST", "Nordfäst AB", "order@nordfast.example", "sv-SE")
    po = PO("4510031114", sup, "tom", "SEK", "2026-11-30", [
        L(1, "SKRUV-M8X25-A4", "Insexskruv M8x25 A4", 1000, "ST", "1.95", "2026-12-11"),
        L(2, "MUTTER-M8-A4", "Sexkantmutter M8 A4", 1000, "ST", "0.62", "2026-12-11"),
        L(3, "BRICKA-M8-A4", "Bricka M8 A4", 2000, "ST", "0.28", "2026-12-11")])
    text = ("Hej Tom!\n\nSe lagrets svar nedan. Rad 1 och 3 går iväg enligt önskemål, rad 2 (muttrarna) kommer v. 2.\n"
            "Priserna gäller som på ordern.\n\nMvh\nErik Lindqvist\nNordfäst AB | Säljsupport\n031-000 45 20\n\n"
            "-------- Vidarebefordrat meddelande --------\nÄmne: \tVB: " + request_subject(po) + "\n"
            "Datum: \tTue, 1 Dec 2026 07:52:10 +0100\nFrån: \tLager Nordfäst <lager@nordfast.example>\n"
            "Till: \tErik Lindqvist <erik.lindqvist@nordfast.example>\n\n"
            "Erik - skruv och brickor finns, kan plockas till den 11:e. Muttrarna är slut, nästa leverans från\n"
            "Tyskland är v.1, vi kan skicka v.2.\n/Ove\n\n"
            "-------- Vidarebefordrat meddelande --------\nÄmne: \t" + request_subject(po) + "\n"
            "Datum: \tMon, 30 Nov 2026 14:31:44 +0100\nFrån: \tTom Eriksen <tom.eriksen@brightwater-motion.example>\n"
            "Till: \torder@nordfast.example\n\n" + request_text(po))
    d = D(2026, 12, 1, 9, 15, 1)
    eml = mail(H(A("Erik Lindqvist", "erik.lindqvist@nordfast.example"), A("Tom Eriksen", BUYERS["tom"][1]),
                 "Sv: " + request_subject(po), d, "<9c3e2f1a-0b6d-4e8a-bf27-5d1e6c9a0f32@nordfast.example>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "sv-SE")]),
               T(text, "UTF-8", "quoted-printable", ct="text/plain; charset=UTF-8; format=flowed"))
    exp = EXP("confirmation", [conf(po, l1=acc(po, 1), l3=acc(po, 3), l2=chg(po, 2, date="2027-01-15"))],
              "Swedish reply over a forwarded internal chain; the warehouse mentions 'v.1' (incoming stock) but the commitment is 'v. 2' = Fri 15 Jan 2027.")
    return R("014-sv-forwarded-warehouse-chain", "confirmation/sv-SE",
             "salesperson forwards warehouse answer; week number for next year, distractor week", [po], eml, exp)


@case
def c015():
    sup = SUP("KABTRADE", "Kábel-Trade Kft.", "rendeles@kabeltrade.example", "hu-HU")
    po = PO("4510031115", sup, "marek", "HUF", "2026-12-01", [
        L(1, "MT-3X1.5", "MT kábel 3x1,5 mm2", 300, "M", "412", "2026-12-17"),
        L(2, "NYM-J-5X2.5", "NYM-J kábel 5x2,5 mm2", 200, "M", "890", "2026-12-17")])
    text = ("Szia Marek!\nrendbe, mindkettot visszuk dec 17en, arak okè\nGabor\n\nElküldve iPhone-ról\n\n"
            "> 2026. dec. 1. dátummal, 10:44 időpontban Marek Novak <marek.novak@brightwater-motion.example> írta:\n>\n"
            + q(request_text(po, "Gábor")))
    d = D(2026, 12, 3, 7, 2, 1)
    eml = mail(H(A("Szabó Gábor", "szabo.gabor@kabeltrade.example", "utf-8", "Q"), A("Marek Novak", BUYERS["marek"][1]),
                 "Re: " + request_subject(po), d, "<7E2D1B44-9A0C-4F38-B1E6-2C5A8D93F017@kabeltrade.example>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=[("X-Mailer", "iPhone Mail (22B91)")]),
               T(text, "utf-8", "quoted-printable"))
    exp = EXP("confirmation", [conf(po, l1=acc(po, 1), l2=acc(po, 2))],
              "Phone reply without accents and with typos ('rendbe', 'mindkettot', 'dec 17en'); both lines on the requested date and price.")
    return R("015-hu-phone-typos", "confirmation/hu-HU",
             "iPhone one-liner with typos and missing accents, all accepted", [po], eml, exp)


@case
def c016():
    sup = SUP("RULCLUJ", "Rulmenți Industriali Cluj SRL", "vanzari@rulmenti-cluj.example", "ro-RO")
    pa = PO("4510031116", sup, "julia", "RON", "2026-11-27", [
        L(1, "6210-2RS", "Rulment 6210-2RS", 40, "BUC", "38.50", "2026-12-14"),
        L(2, "NJ2210", "Rulment cu role cilindrice NJ2210", 10, "BUC", "265.00", "2026-12-14")])
    pb = PO("4510031124", sup, "julia", "RON", "2026-12-01", [
        L(1, "51108", "Rulment axial 51108", 30, "BUC", "22.70", "2026-12-18")])
    text = ("Bună ziua doamna Santos,\n\nConfirmăm ambele comenzi:\n\n"
            "* 4510031116 - poz. 1 și 2 conform comenzii, livrare 14.12.2026\n"
            "* 4510031124 - rulmenți axiali 51108, 30 buc, preț 24,10 lei/buc (nu mai avem stoc la prețul vechi),\n"
            "  livrare 18.12.2026\n\n"
            "Cu stimă,\nIoana Mureșan\nDepartament Vânzări\nRulmenți Industriali Cluj SRL\nStr. Fabricii 31, Cluj-Napoca\n")
    d = D(2026, 12, 2, 11, 40, 2)
    eml = mail(H(A("Ioana Mureșan", "ioana.muresan@rulmenti-cluj.example"), A("Julia Santos", BUYERS["julia"][1]),
                 "Confirmare comenzi 4510031116 / 4510031124", d, "<CAGk2pVzR7t1Yw0nQm4sE9xJ3fL8cB6dH5aK2uP0oT1vN7iM4rw@mail.gmail.com>"),
               MP("alternative", [T(text, "UTF-8", "base64"), T(to_html(text, "Arial"), "UTF-8", "base64", sub="html")],
                  "00000000000031c5e70630c2a118"))
    exp = EXP("confirmation", [conf(pa, l1=acc(pa, 1), l2=acc(pa, 2)), conf(pb, l1=chg(pb, 1, price="24.10"))],
              "New mail (no In-Reply-To) answering two POs at once; second PO price up to 24,10 lei.")
    return R("016-ro-two-pos-one-mail", "confirmation/ro-RO",
             "fresh Gmail mail confirming two POs, one with a price change", [pa, pb], eml, exp)


@case
def c017():
    sup = SUP("ANADOLU", "Anadolu Elektrik Motor San. ve Tic. A.Ş.", "satis@anadolu-motor.example", "tr-TR")
    po = PO("4510031117", sup, "julia", "EUR", "2026-11-30", [
        L(1, "AEM-IE3-11KW-4P", "Electric motor IE3 11 kW 4 pole B3", 4, "EA", "612.00", "2026-12-22"),
        L(2, "AEM-FLANSH-B5-160", "B5 flange frame 160", 4, "EA", "48.00", "2026-12-22")])
    text = ("Sayın Julia Santos,\n\n4510031117 numaralı siparişiniz için teşekkür ederiz.\n\n"
            "Maalesef bobinaj hattımızdaki kapasite sorunu nedeniyle 11 kW motorlar için yıl sonuna kadar yeni\n"
            "sipariş kabul edemiyoruz. Flanşları da tek başına gönderemiyoruz. Bu nedenle siparişinizi\n"
            "onaylayamıyoruz, anlayışınız için teşekkür ederiz. Ocak ayında yeni bir teklif vermekten memnuniyet duyarız.\n\n"
            "Saygılarımızla,\nMehmet Yıldırım\nSatış Müdürü\nAnadolu Elektrik Motor San. ve Tic. A.Ş.\n"
            "OSB 3. Cadde No: 12, Kayseri\n\n"
            "From: Julia Santos <julia.santos@brightwater-motion.example>\nSent: Monday, November 30, 2026 2:18 PM\n"
            "To: satis@anadolu-motor.example\nSubject: " + request_subject(po) + "\n\n" + request_text(po))
    d = D(2026, 12, 1, 10, 55, 3)
    eml = mail(H(A("Mehmet Yıldırım", "mehmet.yildirim@anadolu-motor.example", "windows-1254", "Q"),
                 A("Julia Santos", BUYERS["julia"][1]), "YNT: " + request_subject(po), d,
                 "<VI1P190MB0734B9E2A1C0@VI1P190MB0734.EURP190.PROD.OUTLOOK.COM>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=outlook_extra(request_subject(po), "tr-TR")),
               alt(text, "_000_VI1P190MB0734B9E2A1C0VI1P190MB0734EURP_", "windows-1254"))
    exp = EXP("confirmation", [conf(po, l1=REJ, l2=REJ)],
              "Turkish, windows-1254; the supplier declines the whole order: a rejection is an answer, so confirmation with all lines rejected (offer of a future quote is not a commitment).")
    return R("017-tr-order-declined", "confirmation/tr-TR",
             "supplier declines the whole order (all lines rejected), windows-1254", [po], eml, exp)

@case
def c018():
    sup = SUP("GPWIRE", "Great Plains Wire & Cable", "orders@gpwirecable.example", "en-US")
    po = PO("4510031118", sup, "priya", "USD", "2026-12-01", [
        L(1, "THHN-12-BLK", "THHN/THWN-2 12 AWG stranded, black", 1500, "FT", "0.362", "2026-12-15"),
        L(2, "SOOW-14-4", "SOOW 14/4 portable cord 600V", 1000, "FT", "1.46", "2026-12-15")])
    text = ("Confirming PO 4510031118.\n\n"
            "THHN 12 blk is $187.50 per 500' reel now, so 3 reels = your 1500'.\n"
            "SOOW 14/4 as ordered.\n"
            "Both ship Monday 12/14 from our Omaha DC.\n\n"
            "Kyle\n\nGet Outlook for iOS\n"
            "________________________________\n"
            "From: Priya Raman <priya.raman@brightwater-motion.example>\n"
            "Sent: Tuesday, December 1, 2026 9:03:51 AM\nTo: orders@gpwirecable.example <orders@gpwirecable.example>\n"
            "Subject: " + request_subject(po) + "\n\n" + request_text(po))
    d = D(2026, 12, 4, 17, 26, -6)
    eml = mail(H(A("Kyle Brandt", "kbrandt@gpwirecable.example"), A("Priya Raman", BUYERS["priya"][1]),
                 "Re: " + request_subject(po), d, "<BYAPR11MB3605D6F2E8A1B0C3@BYAPR11MB3605.namprd11.prod.outlook.com>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])]),
               alt(text, "_000_BYAPR11MB3605D6F2E8A1B0C3BYAPR11MB3605namp_", "us-ascii"))
    exp = EXP("confirmation", [conf(po, l1=chg(po, 1, price="0.375", date="2026-12-14"), l2=chg(po, 2, date="2026-12-14"))],
              "Phone reply; price per 500 ft reel -> 187.50/500 = 0.375 per FT; only a ship date (Mon 12/14) -> date 2026-12-14 for both lines.")
    return R("018-us-cable-price-per-reel", "confirmation/en-US",
             "Outlook for iOS, price given per 500 ft reel, ship date only", [po], eml, exp)


@case
def c019():
    sup = SUP("ATSCH", "Antriebstechnik Schöller GmbH & Co. KG", "innendienst@schoeller-antriebe.example", "de-DE")
    po = PO("4510031119", sup, "lena", "EUR", "2026-12-02", [
        L(1, "GM-R37-037-28", "Getriebemotor R37 0,37 kW i=28,4", 2, "ST", "684.00", "2026-12-22"),
        L(2, "KUP-ROTEX-24", "Kupplung ROTEX 24 komplett", 2, "ST", "39.80", "2026-12-22")])
    text = ("Hallo Frau Vogt,\n\nhiermit bestätigen wir Ihre Bestellung 4510031119 zu den genannten Preisen und Terminen.\n\n"
            "Schöne Grüße\n\nMarkus Brenner\nInnendienst\n\n"
            "Antriebstechnik Schöller GmbH & Co. KG\nIndustriestraße 44 | 74076 Heilbronn\n"
            "Tel.: +49 7131 000 58-30 | Fax: +49 7131 000 58-99\n\n"
            "+++ Bitte beachten: Unser Betrieb bleibt vom 24.12.2026 bis einschließlich 06.01.2027 geschlossen.\n"
            "Lieferungen und Abholungen sind in diesem Zeitraum nicht möglich. +++\n\n"
            "Sitz der Gesellschaft: Heilbronn, Registergericht Stuttgart HRA 000000\n"
            "Persönlich haftende Gesellschafterin: Schöller Verwaltungs GmbH, HRB 000000\n"
            "Geschäftsführer: Dipl.-Ing. Frank Schöller, Claudia Weinmann\n\n"
            "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind,\n"
            "informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.\n\n"
            "Von: Lena Vogt <lena.vogt@brightwater-motion.example>\nGesendet: Mittwoch, 2. Dezember 2026 08:47\n"
            "An: innendienst@schoeller-antriebe.example\nBetreff: " + request_subject(po) + "\n\n" + request_text(po))
    d = D(2026, 12, 2, 13, 20, 1)
    eml = mail(H(A("Brenner, Markus", "m.brenner@schoeller-antriebe.example"), A("Lena Vogt", BUYERS["lena"][1]),
                 "AW: " + request_subject(po), d, "<FR3P281MB1632C47A0E9B2D@FR3P281MB1632.DEUP281.PROD.OUTLOOK.COM>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=outlook_extra(request_subject(po), "de-DE")),
               alt(text, "_000_FR3P281MB1632C47A0E9B2DFR3P281MB1632DEUP_", "iso-8859-1"))
    exp = EXP("confirmation", [conf(po, l1=acc(po, 1), l2=acc(po, 2))],
              "Short German acceptance 'zu den genannten Preisen und Terminen'; the signature's company-holiday dates are a distractor.")
    return R("019-de-accept-holiday-signature", "confirmation/de-DE",
             "plain acceptance with company-closure dates and legal disclaimer in the signature", [po], eml, exp)


@case
def c020():
    sup = SUP("MTNORD", "Moteurs et Transmissions du Nord", "commandes@mtn-moteurs.example", "fr-FR")
    po = PO("4510031120", sup, "marek", "EUR", "2026-11-30", [
        L(1, "MOTRED-0.55-40", "Motoréducteur roue et vis 0,55 kW 1/40", 3, "U", "455.00", "2026-12-18"),
        L(2, "BRIDE-B14-63", "Bride B14 taille 63", 3, "U", "27.50", "2026-12-18")])
    text = ("Bonjour Monsieur Novak,\n\nNous accusons bonne réception de votre commande 4510031120 et vous la confirmons\n"
            "aux prix indiqués.\nDépart de nos ateliers le 14/12, livraison chez vous le 16/12 par Geodis.\n\n"
            "Bien cordialement,\n\nJean-Baptiste Lefebvre\nService commercial\nMoteurs et Transmissions du Nord\n"
            "12 rue de l'Industrie - 59650 Villeneuve-d'Ascq\n\n"
            "Le lun. 30 nov. 2026 à 10:15, Marek Novak <marek.novak@brightwater-motion.example> a écrit :\n"
            + q(request_text(po)))
    d = D(2026, 12, 2, 9, 42, 1)
    eml = mail(H(A("Jean-Baptiste Lefebvre", "jb.lefebvre@mtn-moteurs.example"), A("Marek Novak", BUYERS["marek"][1]),
                 "Re: " + request_subject(po), d, "<20261202084212.4b7e1c0a@mtn-moteurs.example>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=[("User-Agent", "Roundcube Webmail/1.6.9")]),
               T(text, "UTF-8", "quoted-printable", ct="text/plain; charset=UTF-8; format=flowed"))
    exp = EXP("confirmation", [conf(po, l1=chg(po, 1, date="2026-12-16"), l2=chg(po, 2, date="2026-12-16"))],
              "Both a ship date (14/12) and a delivery date (16/12): the delivery date wins.")
    return R("020-fr-ship-vs-delivery-date", "confirmation/fr-FR",
             "ship date and delivery date both given, delivery wins", [po], eml, exp)


@case
def c021():
    sup = SUP("HANAK", "Strojírna Hanák s.r.o.", "obchod@strojirna-hanak.example", "cs-CZ")
    po = PO("4510031121", sup, "marek", "EUR", "2026-12-01", [
        L(1, "HSG-220-ALU", "Pouzdro hliník dle výkresu 4411-220 rev. B", 60, "KS", "38.40", "2026-12-11"),
        L(2, "PIN-12H7-60", "Kolík 12h7 x 60 kalený", 120, "KS", "4.15", "2026-12-11")])
    text = ("Dobrý den,\n\nobj. 4510031121 potvrzujeme, ceny dle objednávky.\n\n"
            "Pouzdra 4411-220: expedice ve středu 51. týden (materiál je objednaný, přijde příští týden).\n"
            "Kolíky máme hotové, expedujeme je už tento pátek.\n\n"
            "S pozdravem\nJiří Hanák\nStrojírna Hanák s.r.o.\nPrůmyslová 7, 783 01 Olomouc\n")
    d = D(2026, 12, 2, 15, 5, 1)
    eml = mail(H(A("Jiří Hanák", "hanak@strojirna-hanak.example", "windows-1250", "Q"), A("Marek Novak", BUYERS["marek"][1]),
                 "RE: " + request_subject(po), d, "<002b01db4cd2$51a7e0c0$f4f7a240$@strojirna-hanak.example>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "cs")]),
               alt(text, "----=_NextPart_000_002C_01DB4CDA.B36C48C0", "windows-1250"))
    exp = EXP("confirmation", [conf(po, l1=chg(po, 1, date="2026-12-16"), l2=chg(po, 2, date="2026-12-04"))],
              "Czech job shop, windows-1250; 'středu 51. týden' = Wed 16 Dec (week with a day named); 'tento pátek' from Wed 2 Dec = Fri 4 Dec; ship dates only.")
    return R("021-cz-week-with-weekday", "confirmation/cs-CZ",
             "week number with weekday named and 'this Friday', ship dates only", [po], eml, exp)


@case
def c022():
    sup = SUP("CALDER", "Calder Precision Engineering Ltd", "office@calderprecision.example", "en-GB")
    po = PO("4510031122", sup, "tom", "GBP", "2026-11-30", [
        L(1, "BRKT-7720", "Motor bracket S275, laser cut and folded, dwg 7720 rev D", 80, "EA", "14.60", "2026-12-16"),
        L(2, "SHAFT-7731", "Drive shaft EN24T ground, dwg 7731 rev D", 40, "EA", "57.20", "2026-12-16"),
        L(3, "SPACER-7740", "Spacer nylon 66, dwg 7740", 160, "EA", "1.35", "2026-12-16")])
    text = ("Hi Tom,\n\nComments below marked [CPE].\n\nRegards\nSteve Barraclough\nCalder Precision Engineering Ltd\n"
            "Mytholmroyd, West Yorkshire | 01422 000 775\n\n"
            "From: Tom Eriksen <tom.eriksen@brightwater-motion.example>\nSent: 30 November 2026 15:41\n"
            "To: office@calderprecision.example\nSubject: " + request_subject(po) + "\n\n"
            "Dear Sir or Madam,\n\nplease confirm our purchase order 4510031122 of 2026-11-30 (quantity, unit price and\n"
            "delivery date for each line) by replying to this e-mail.\n\n"
            "Line | Item | Description | Qty | Unit price | Delivery date\n"
            "1 | BRKT-7720 | Motor bracket S275, laser cut and folded, dwg 7720 rev D | 80 EA | 14.60 GBP | 2026-12-16\n"
            "[CPE] OK for the 16th.\n"
            "2 | SHAFT-7731 | Drive shaft EN24T ground, dwg 7731 rev D | 40 EA | 57.20 GBP | 2026-12-16\n"
            "[CPE] The drawing you sent us is rev C, PO says rev D. Which one? Can't confirm this one until we know.\n"
            "3 | SPACER-7740 | Spacer nylon 66, dwg 7740 | 160 EA | 1.35 GBP | 2026-12-16\n"
            "[CPE] OK but £1.48 each - the £1.35 was our price for 500 off. 16th fine.\n\n"
            "Kind regards\nTom Eriksen\nPurchasing\n" + BUYER_CO + "\n")
    d = D(2026, 12, 1, 16, 2, 0)
    hh = to_html(text).replace("[CPE]", '<span style="color:red">[CPE]</span>')
    eml = mail(H(A("Steve Barraclough", "steve@calderprecision.example"), A("Tom Eriksen", BUYERS["tom"][1]),
                 "RE: " + request_subject(po), d, "<CWLP265MB5163E0A9F2C14B7D@CWLP265MB5163.GBRP265.PROD.OUTLOOK.COM>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=outlook_extra(request_subject(po), "en-GB")),
               alt(text, "_000_CWLP265MB5163E0A9F2C14B7DCWLP265MB5163GBRP_", "utf-8", html_text=hh))
    exp = EXP("confirmation", [conf(po, l1=acc(po, 1), l2=UNC, l3=chg(po, 3, price="1.48"))],
              "Inline [CPE] comments inside the quoted request; line 2 blocked by a drawing revision question (unconfirmed); line 3 price differs.")
    return R("022-gb-jobshop-inline-question-line", "confirmation/en-GB",
             "inline comments in quoted table: one OK, one open question (unconfirmed), one price change", [po], eml, exp)


@case
def c023():
    sup = SUP("MIDWMOT", "Midwest Motor & Drive Supply", "sales@midwestmotordrive.example", "en-US")
    po = PO("4510031123", sup, "priya", "USD", "2026-12-01", [
        L(1, "VFD-2HP-230-1PH", "VFD 2 HP, 230 V single-phase input", 6, "EA", "284.00", "2026-12-18"),
        L(2, "MTR-56C-1HP-TEFC", "Motor 1 HP 56C TEFC 1800 rpm", 6, "EA", "231.50", "2026-12-18"),
        L(3, "CBL-VFD-14-4-SH", "Shielded VFD cable 14/4", 250, "FT", "2.10", "2026-12-18")])
    text = ("Hi Priya,\n\nPO 4510031123 is confirmed, all three lines, ship date 12/16.\n\n"
            "Please note that effective 12/1 a 4% tariff surcharge applies to all lines on this order, so pricing\n"
            "will be PO price + 4%. Let me know if you have any questions.\n\n"
            "Thanks!\nBrenda Kowalski\nCustomer Service Rep.\nMidwest Motor & Drive Supply | Fort Wayne, IN\n"
            "P: 260-555-0190\n\n"
            + gmail_attr(D(2026, 12, 1, 8, 30, -5), po) + "\n\n" + q(request_text(po)))
    d = D(2026, 12, 2, 11, 15, -5)
    eml = mail(H(A("Brenda Kowalski", "bkowalski@midwestmotordrive.example"), A("Priya Raman", BUYERS["priya"][1]),
                 "Re: " + request_subject(po), d, "<CAPq7Rk0mX3tH2nW8vYb1sL6zD9cF4eJ5aU0oG7iN2pK3rT8wQ@mail.gmail.com>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])]),
               alt(text, "000000000000a2f1c90630c1e7b4", "UTF-8", html_text=to_html(text, "arial,sans-serif", "gmail_quote")))
    exp = EXP("confirmation", [conf(po, l1=chg(po, 1, price="295.36", date="2026-12-16"),
                                    l2=chg(po, 2, price="240.76", date="2026-12-16"),
                                    l3=chg(po, 3, price="2.184", date="2026-12-16"))],
              "Percentage surcharge (+4%) applied to each PO unit price (284.00->295.36, 231.50->240.76, 2.10->2.184); ship date 12/16 only.")
    return R("023-us-tariff-surcharge-percent", "confirmation/en-US",
             "+4% surcharge on all lines plus a ship date", [po], eml, exp)


@case
def c024():
    sup = SUP("MARUEI", "有限会社丸栄ネジ製作所", "info@maruei-neji.example", "ja-JP")
    po = PO("4510031125", sup, "tom", "JPY", "2026-12-01", [
        L(1, "SEMS-M4X10", "SEMS screw M4x10", 10000, "EA", "4.20", "2026-12-21"),
        L(2, "TAP-3X8", "Tapping screw 3x8", 10000, "EA", "2.10", "2026-12-21")])
    text = ("エリクセン様\n\nお世話になっております。丸栄ネジの田中です。\n"
            "注文書No.4510031125、承知いたしました。\n\n"
            "M4x10セムスは12/24(木)出荷、3x8タッピングは在庫品のため12/11(金)に出荷いたします。\n"
            "単価はご注文通りです。\n\nよろしくお願いいたします。\n\n田中\n\n"
            "iPhoneから送信\n\n"
            "> 2026/12/01 17:22、Tom Eriksen <tom.eriksen@brightwater-motion.example>のメール:\n>\n"
            + q(request_text(po, "田中様")))
    d = D(2026, 12, 2, 8, 11, 9)
    eml = mail(H(A("田中 正雄", "tanaka@maruei-neji.example", "shift_jis", "B"), A("Tom Eriksen", BUYERS["tom"][1]),
                 "Re: " + request_subject(po), d, "<A1C7E0B2-5F3D-4B8A-9E61-7D2C0F4A8B13@maruei-neji.example>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=[("X-Mailer", "iPhone Mail (22B91)")]),
               T(text, "shift_jis", "base64"))
    exp = EXP("confirmation", [conf(po, l1=chg(po, 1, date="2026-12-24"), l2=chg(po, 2, date="2026-12-11"))],
              "Japanese Shift_JIS base64 from a phone; M/D dates with weekday in parentheses; ship dates only (出荷), one late, one early.")
    return R("024-ja-screws-shiftjis-ship-dates", "confirmation/ja-JP",
             "Shift_JIS phone reply, M/D(曜) ship dates, one later and one earlier", [po], eml, exp)


@case
def c025():
    sup = SUP("HONGCHANG", "宏昌五金股份有限公司", "sales@hongchang-hw.example", "zh-TW")
    po = PO("4510031126", sup, "priya", "TWD", "2026-11-30", [
        L(1, "SS304-M5X16", "Stainless screw M5x16 SS304", 20000, "EA", "0.85", "2026-12-18"),
        L(2, "SS304-NUT-M5", "Stainless hex nut M5 SS304", 20000, "EA", "0.40", "2026-12-18")])
    text = ("Priya 您好：\n\n訂單 4510031126 確認如下：\n"
            "一、螺絲 M5x16：數量 20,000 支，單價 0.85 元，交期 12/18。\n"
            "二、螺帽 M5：目前庫存只有 12,000 個，先出 12,000 個（12/18），其餘 8,000 個於 1/15 出貨，單價不變。\n\n"
            "謝謝！\n\n宏昌五金 業務部 陳怡君\nTEL: 07-000-5566 分機 21\n")
    d = D(2026, 12, 3, 14, 20, 8)
    eml = mail(H(A("陳怡君", "yijun@hongchang-hw.example", "big5", "B"), A("Priya Raman", BUYERS["priya"][1]),
                 "RE: " + request_subject(po), d, "<004e01db4d40$8a9c1b20$9fd45160$@hongchang-hw.example>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])], subj_cs="big5",
                 extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "zh-tw")]),
               alt(text, "----=_NextPart_000_004F_01DB4D83.98D7F520", "big5", cte="base64"))
    exp = EXP("confirmation", [conf(po, l1=acc(po, 1),
                                    l2=chg(po, 2, date="2027-01-15", sched=[(12000, "2026-12-18"), (8000, "2027-01-15")]))],
              "Traditional Chinese, Big5 base64; nut line split 12,000 on 12/18 and 8,000 shipping 1/15 (next January 15th).")
    return R("025-zh-tw-big5-split", "confirmation/zh-TW",
             "Big5 reply, split with a year-less M/D date falling in next year", [po], eml, exp)

@case
def c026():
    sup = SUP("PHUTHINH", "Công ty TNHH Bao Bì Phú Thịnh", "sales@baobiphuthinh.example", "vi-VN")
    po = PO("4510031127", sup, "priya", "USD", "2026-11-30", [
        L(1, "CTN-3PLY-450X350X250", "Carton box 3-ply 450x350x250", 12000, "EA", "0.41", "2026-12-21"),
        L(2, "PE-BAG-30X40", "PE bag 30x40 cm 50 micron", 50000, "EA", "0.018", "2026-12-21")])
    text = ("Kính gửi chị Priya,\n\nCông ty chúng tôi xin xác nhận đơn hàng số 4510031127 như sau:\n\n"
            "- Thùng carton 3 lớp 450x350x250: giao 10.000 thùng ngày 21/12, 2.000 thùng còn lại giao ngày 05/01/2027.\n"
            "  Đơn giá 0,41 USD/thùng.\n"
            "- Túi PE 30x40: 50.000 cái, giao ngày 21/12, đơn giá 0,018 USD/cái.\n\n"
            "Trân trọng,\nNguyễn Thị Thu Hà\nPhòng Kinh doanh - Công ty TNHH Bao Bì Phú Thịnh\nKCN Sóng Thần, Bình Dương\n")
    d = D(2026, 12, 2, 15, 3, 7)
    eml = mail(H(A("Nguyễn Thị Thu Hà", "thuha.sales@baobiphuthinh.example"), A("Priya Raman", BUYERS["priya"][1]),
                 "RE: " + request_subject(po), d, "<CAHm3sT1aV8kN0pR5wXy2bQ7eL9fD4cJ6gU1oK8iM3nB5rZ0tA@mail.gmail.com>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])]),
               alt(text, "0000000000005d21e40630c2b3f7", "UTF-8", cte="base64"))
    exp = EXP("confirmation", [conf(po, l1=chg(po, 1, date="2027-01-05", sched=[(10000, "2026-12-21"), (2000, "2027-01-05")]),
                                    l2=acc(po, 2))],
              "Vietnamese; dot thousands separators and decimal comma; carton line split 10.000 + 2.000 (05/01/2027 day-first).")
    return R("026-vi-packaging-split", "confirmation/vi-VN",
             "Vietnamese, dot-thousands quantities, split with day-first date", [po], eml, exp)


@case
def c027():
    sup = SUP("MOTPAUL", "Motores Paulista Ltda.", "vendas@motorespaulista.example", "pt-BR")
    po = PO("4510031128", sup, "julia", "BRL", "2026-12-01", [
        L(1, "MOT-W22-3CV-4P", "Motor trifásico 3 cv 4 polos IR3", 10, "UN", "1189.00", "2026-12-18"),
        L(2, "CAPA-DEFL-90", "Capa defletora carcaça 90", 10, "UN", "64.00", "2026-12-18")])
    text = ("Boa tarde Julia,\n\nSegue confirmação do pedido 4510031128:\n\n"
            "Item 1 - motor 3 cv 4P: 10 un. a R$ 1.245,90 (reajuste de tabela de dezembro), prazo de entrega 28/12\n"
            "Item 2 - capa defletora: 10 un. a R$ 64,00, prazo de entrega 28/12\n\n"
            "Qualquer dúvida estou à disposição.\n\nAtt.,\nRodrigo Almeida\nVendas Técnicas | Motores Paulista Ltda.\n"
            "(11) 0000-7781\n\n"
            "Em ter., 1 de dez. de 2026 às 14:10, Julia Santos <julia.santos@brightwater-motion.example> escreveu:\n"
            + q(request_text(po)))
    d = D(2026, 12, 3, 15, 51, -3)
    eml = mail(H(A("Rodrigo Almeida", "rodrigo.almeida@motorespaulista.example"), A("Julia Santos", BUYERS["julia"][1]),
                 "Re: " + request_subject(po), d, "<CAFr2wN9kZ1pT6mB3xQe8vH0sJ4cL7dY5aG2uR9oI1nK6tV3wE@mail.gmail.com>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])]),
               alt(text, "000000000000e9c3a10630c2d4a5", "UTF-8"))
    exp = EXP("confirmation", [conf(po, l1=chg(po, 1, price="1245.90", date="2026-12-28"), l2=chg(po, 2, date="2026-12-28"))],
              "Brazilian number format R$ 1.245,90 = 1245.90; both lines later (28/12).")
    return R("027-ptbr-motors-price-format", "confirmation/pt-BR",
             "Brazilian R$ 1.245,90 price format, later delivery on both lines", [po], eml, exp)


@case
def c028():
    sup = SUP("SCHRWEB", "Schraubenhandel Weber GmbH", "vertrieb@schrauben-weber.example", "de-DE")
    po = PO("4510031129", sup, "lena", "EUR", "2026-12-02", [
        L(1, "ISO4762-M5X16-12.9", "Zylinderschraube ISO 4762 M5x16 12.9", 5000, "ST", "0.0920", "2026-12-18"),
        L(2, "ISO7380-M4X10-A2", "Linsenkopfschraube ISO 7380 M4x10 A2", 3000, "ST", "0.0710", "2026-12-18"),
        L(3, "DIN7991-M6X20-10.9", "Senkschraube DIN 7991 M6x20 10.9", 2000, "ST", "0.1180", "2026-12-18")])
    pdf = pdf_table(
        ["Auftragsbest\u00e4tigung",
         "Schraubenhandel Weber GmbH - Gewerbering 5 - 33334 G\u00fctersloh",
         "AB-Nr. 2026-AB-77812     Datum 03.12.2026     Kunden-Nr. 40918",
         "Ihre Bestellung 4510031129 vom 02.12.2026     Ihr Zeichen: L. Vogt"],
        ["Pos", "Artikel", "Bezeichnung", "Menge", "ME", "Preis/100 ME", "Betrag EUR", "Liefertermin"],
        [40, 65, 160, 330, 375, 400, 465, 525],
        [["1", "ISO4762-M5X16-12.9", "Zyl.-Schr. M5x16 12.9 blank", "5.000", "St", "9,20", "460,00", "KW 51"],
         ["2", "ISO7380-M4X10-A2", "Linsenkopfschr. M4x10 A2", "3.000", "St", "7,45", "223,50", "KW 51"],
         ["3", "DIN7991-M6X20-10.9", "Senkschr. M6x20 10.9 verz.", "2.000", "St", "11,80", "236,00", "KW 01/2027"]],
        ["Nettowert 919,50 EUR   zzgl. 19 % MwSt.",
         "Lieferung frei Haus ab 500 EUR Nettowarenwert. Zahlung 30 Tage netto.",
         "Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen."],
        "Auftragsbestaetigung 2026-AB-77812", "proALPHA Druckausgabe")
    text = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Auftragsbestätigung 2026-AB-77812 zu Ihrer\n"
            "Bestellung 4510031129.\n\nDiese E-Mail wurde automatisch erzeugt.\n\n"
            "Schraubenhandel Weber GmbH\nGewerbering 5, 33334 Gütersloh\n")
    d = D(2026, 12, 3, 6, 2, 1)
    eml = mail(H(A("Schraubenhandel Weber GmbH", "ab-versand@schrauben-weber.example"), BUYERS["lena"][1],
                 "Auftragsbestätigung 2026-AB-77812 zu Ihrer Bestellung 4510031129", d,
                 "<20261203060200.77812.ab@erp.schrauben-weber.example>", subj_mode="Q",
                 extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]),
               MP("mixed", [T(text, "iso-8859-1", "quoted-printable"),
                            ATT(pdf, "application/pdf", "AB_2026-AB-77812.pdf")], "=_proalpha_20261203060200_77812"))
    exp = EXP("confirmation", [conf(po, l1=acc(po, 1), l2=chg(po, 2, price="0.0745"), l3=chg(po, 3, date="2027-01-08"))],
              "Automatic ERP mail with PDF AB; prices per 100 pieces (9,20 -> 0.092 equals PO 0.0920); KW 51 = requested 18.12; KW 01/2027 = Fri 08.01.2027.")
    return R("028-de-erp-pdf-price-per-100", "confirmation/de-DE",
             "automatic ERP mail with PDF Auftragsbestätigung, prices per 100, calendar weeks", [po], eml, exp)


@case
def c029():
    sup = SUP("SEVERN", "Severn Electrical Wholesale Ltd", "counter@severnelectrical.example", "en-GB")
    po = PO("4510031130", sup, "marek", "GBP", "2026-12-01", [
        L(1, "SWA-3C-2.5", "Armoured cable SWA 3 core 2.5mm2", 100, "M", "2.86", "2026-12-10"),
        L(2, "GLAND-CW20S", "Cable gland CW 20S brass", 20, "EA", "3.95", "2026-12-10"),
        L(3, "LUG-16-M8", "Crimp lug 16mm2 M8 hole", 100, "EA", "0.42", "2026-12-10"),
        L(4, "SHROUD-CW20", "PVC shroud for 20S gland", 20, "EA", "0.55", "2026-12-10")])
    text = ("Hi Marek\n\nRe your order 4510031130:\n\n"
            "CW20S glands + shrouds - in stock, with you Thursday 10th.\n"
            "16mm M8 lugs - only 50 left and the manufacturer has dropped that one, so 50 pcs only, also Thursday.\n"
            "3C 2.5 SWA - 100m fine but it'll be Monday 14th, waiting on a new drum.\n\n"
            "Pricing all as your order.\n\nThanks\nDave\n\nDave Pritchard\nSevern Electrical Wholesale | Gloucester branch\n\n"
            "-----Original Message-----\nFrom: Marek Novak <marek.novak@brightwater-motion.example>\n"
            "Sent: 01 December 2026 14:02\nTo: counter@severnelectrical.example\nSubject: " + request_subject(po) + "\n\n"
            + request_text(po))
    d = D(2026, 12, 3, 8, 17, 0)
    eml = mail(H(A("Dave Pritchard", "dave.pritchard@severnelectrical.example"), A("Marek Novak", BUYERS["marek"][1]),
                 "RE: " + request_subject(po), d, "<000c01db4d62$2a5f7e80$7f1e7b80$@severnelectrical.example>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
               alt(text, "----=_NextPart_000_000D_01DB4D62.2A617A80", "us-ascii"))
    exp = EXP("confirmation", [conf(po, l1=chg(po, 1, date="2026-12-14"), l2=acc(po, 2),
                                    l3=chg(po, 3, qty=50), l4=acc(po, 4))],
              "No line numbers: answers by item description in a different order; lugs reduced to 50; cable moved to Mon 14th.")
    return R("029-gb-answers-by-item-reordered", "confirmation/en-GB",
             "answers by item name in another order, no line numbers, reduced qty and moved date", [po], eml, exp)


@case
def c030():
    sup = SUP("VARDHMAN", "Vardhman Fasteners & Hardware", "vardhmanfasteners@gmail.example", "en-IN")
    po = PO("4510031131", sup, "priya", "INR", "2026-11-30", [
        L(1, "ANCH-M10X100", "Anchor bolt M10x100 zinc plated", 1500, "NOS", "18.50", "2026-12-12"),
        L(2, "JBOLT-M12X150", "J bolt M12x150 with nut", 500, "NOS", "32.00", "2026-12-12")])
    text = ("Dear Ma'am,\n\nGreetings from Vardhman Fasteners!!\n\n"
            "With reference to your PO no. 4510031131 dtd 30.11.2026 we confirm as follows:\n\n"
            "1) Anchor bolt M10x100 - we can supply 1,200 nos only against 1,500 nos due to shortage of raw material. Rate Rs. 18.50/-\n"
            "2) J bolt M12x150 - 500 nos @ Rs. 32/- as per PO.\n\n"
            "Material will be dispatched on 15-12-2026 through V-Trans.\n\n"
            "Kindly do the needful and acknowledge.\n\nThanks & Regards,\nRakesh Jain\nVardhman Fasteners & Hardware\n"
            "Ludhiana, Punjab\nMob. +91 98000 00000\n\n"
            + gmail_attr(D(2026, 11, 30, 18, 5, 5, tzm=30), po) + "\n\n" + q(request_text(po)))
    d = D(2026, 12, 1, 12, 40, 5, tzm=30)
    eml = mail(H(A("Rakesh Jain", "vardhmanfasteners@gmail.example"), A("Priya Raman", BUYERS["priya"][1]),
                 "Re: " + request_subject(po), d, "<CAKp4xY2nR8wT1mZ6vQb0sE3hJ9cF7dL5aG4uN2oP8iK1rB6tX@mail.gmail.com>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])]),
               alt(text, "000000000000f1a8b20630c17e22", "UTF-8"))
    exp = EXP("confirmation", [conf(po, l1=chg(po, 1, qty=1200, date="2026-12-15"), l2=chg(po, 2, date="2026-12-15"))],
              "Indian English; quantity cut to 1,200; single dispatch date 15-12-2026 applies to both lines; 'kindly acknowledge' does not make it a question.")
    return R("030-in-gmail-reduced-qty-dispatch", "confirmation/en-IN",
             "reduced quantity plus one dispatch date for all lines (dd-mm-yyyy)", [po], eml, exp)


@case
def c031():
    sup = SUP("VOLTPOL", "Hurtownia Elektryczna Volt-Pol", "biuro@voltpol.example", "pl-PL")
    po = PO("4510031132", sup, "marek", "PLN", "2026-12-07", [
        L(1, "YDY-3X2.5", "Przewód YDY 3x2,5 450/750V", 500, "M", "4.35", "2026-12-14"),
        L(2, "PESZEL-20", "Rura karbowana peszel 20 mm", 200, "M", "0.89", "2026-12-14")])
    text = ("Dzień dobry,\n\npotwierdzam zamówienie, całość wysyłamy jutro kurierem DPD. Ceny zgodnie z zamówieniem.\n\n"
            "Pozdrawiam\nKrzysztof Zieliński\nHurtownia Elektryczna Volt-Pol\n\n"
            "W dniu 7.12.2026 o 09:15, Marek Novak pisze:\n" + q(request_text(po)))
    d = D(2026, 12, 10, 14, 30, 1)
    eml = mail(H(A("Krzysztof Zieliński", "k.zielinski@voltpol.example", "utf-8", "Q"), A("Marek Novak", BUYERS["marek"][1]),
                 "Re: " + request_subject(po), d, "<5b9e0c2d-7a13-4f8e-a26b-1d4c7e9f0b38@voltpol.example>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "pl")]),
               T(text, "UTF-8", "8bit", ct="text/plain; charset=UTF-8; format=flowed"))
    exp = EXP("confirmation", [conf(po, l1=chg(po, 1, date="2026-12-11"), l2=chg(po, 2, date="2026-12-11"))],
              "'jutro' relative to the Date header (Thu 10 Dec) = Fri 11 Dec; ship date only.")
    return R("031-pl-ship-tomorrow", "confirmation/pl-PL",
             "relative date 'jutro' (tomorrow) as the only ship date", [po], eml, exp)


@case
def c032():
    sup = SUP("EMZA", "Elektromotory Žilina s.r.o.", "predaj@elektromotory-za.example", "sk-SK")
    po = PO("4510031133", sup, "marek", "EUR", "2026-12-01", [
        L(1, "EM-4AP90L-4", "Elektromotor 1,5 kW 4-pól 90L B3", 5, "KS", "198.00", "2026-12-18"),
        L(2, "EM-4AP100L-4", "Elektromotor 2,2 kW 4-pól 100L B3", 5, "KS", "241.00", "2026-12-18")])
    text = ("Dobrý deň pán Novák,\n\npotvrdzujeme objednávku 4510031133, ceny bez zmeny.\n\n"
            "Motory 1,5 kW dodáme 18.12.\n"
            "Motory 2,2 kW máme na sklade iba 3 ks - tie pôjdu spolu s 1,5 kW 18.12., zvyšné 2 ks dodáme do 15.1.2027.\n\n"
            "S pozdravom\nMartina Kováčová\nobchodné oddelenie\nElektromotory Žilina s.r.o.\n")
    d = D(2026, 12, 2, 10, 10, 1)
    eml = mail(H(A("Kováčová Martina", "kovacova@elektromotory-za.example", "windows-1250", "Q"), A("Marek Novak", BUYERS["marek"][1]),
                 "RE: " + request_subject(po), d, "<DB9P192MB1318A7C2E5F0D41B@DB9P192MB1318.EURP192.PROD.OUTLOOK.COM>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=outlook_extra(request_subject(po), "sk-SK")),
               alt(text, "_000_DB9P192MB1318A7C2E5F0D41BDB9P192MB1318EURP_", "windows-1250"))
    exp = EXP("confirmation", [conf(po, l1=acc(po, 1),
                                    l2=chg(po, 2, date="2027-01-15", sched=[(3, "2026-12-18"), (2, "2027-01-15")]))],
              "Slovak windows-1250; 2.2 kW motors split 3 pcs with the 18.12. delivery and 2 pcs 'do 15.1.2027'.")
    return R("032-sk-motors-split", "confirmation/sk-SK",
             "windows-1250 Slovak reply, split with d.m. dates", [po], eml, exp)


@case
def c033():
    sup = SUP("KSDNIPRO", "ТОВ «Кабельні системи Дніпро»", "sales@ks-dnipro.example", "uk-UA")
    po = PO("4510031134", sup, "marek", "EUR", "2026-12-01", [
        L(1, "VVGNG-3X4", "Cable VVGng 3x4", 800, "M", "1.92", "2026-12-21"),
        L(2, "PVS-3X1.5", "Flexible cord PVS 3x1.5", 500, "M", "0.71", "2026-12-21")])
    text = ("Доброго дня, пане Мареку!\n\nПідтверджуємо замовлення № 4510031134:\n\n"
            "1. Кабель ВВГнг 3х4 – 800 м, ціна 1,92 EUR/м, відвантаження 21.12.2026.\n"
            "2. Провід ПВС 3х1,5 – на жаль, поставити не зможемо: виробник зупинив випуск цієї марки.\n\n"
            "З повагою,\nОлена Ковальчук\nменеджер з продажу\nТОВ «Кабельні системи Дніпро»\n+380 56 000 12 34\n")
    d = D(2026, 12, 3, 12, 5, 2)
    eml = mail(H(A("Олена Ковальчук", "o.kovalchuk@ks-dnipro.example"), A("Marek Novak", BUYERS["marek"][1]),
                 "Re: " + request_subject(po), d, "<1733220300.482913.olena@ks-dnipro.example>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=[("X-Mailer", "Zimbra 10.0.8_GA_4518")]),
               alt(text, "=_a1b2c3d4e5f60718293a4b5c6d7e8f90", "utf-8", cte="base64"))
    exp = EXP("confirmation", [conf(po, l1=acc(po, 1), l2=REJ)],
              "Ukrainian (Cyrillic) base64; shipment date equals requested date; second line refused.")
    return R("033-uk-cables-line-refused", "confirmation/uk-UA",
             "Cyrillic reply, one line accepted with ship date, one refused", [po], eml, exp)


@case
def c034():
    sup = SUP("SIAMBRG", "บริษัท สยามแบริ่ง จำกัด", "sales@siambearing.example", "th-TH")
    po = PO("4510031135", sup, "priya", "THB", "2026-12-01", [
        L(1, "6204ZZ", "Deep groove ball bearing 6204ZZ", 500, "EA", "28.00", "2026-12-18"),
        L(2, "6305ZZ", "Deep groove ball bearing 6305ZZ", 300, "EA", "52.00", "2026-12-18")])
    text = ("เรียน คุณ Priya\n\nทางบริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4510031135 ดังนี้\n\n"
            "1. 6204ZZ จำนวน 500 ตัว ราคาตัวละ 28.00 บาท ส่งของวันที่ 18 ธ.ค. 2569\n"
            "2. 6305ZZ จำนวน 300 ตัว ราคาตัวละ 54.50 บาท (ปรับราคาตามผู้ผลิต) ส่งของวันที่ 23 ธ.ค. 2569\n\n"
            "ขอบคุณครับ\nสมชาย ใจดี\nฝ่ายขาย บริษัท สยามแบริ่ง จำกัด\nโทร 02-000-4567\n")
    d = D(2026, 12, 3, 16, 45, 7)
    eml = mail(H(A("สมชาย ใจดี", "somchai@siambearing.example", "tis-620", "B"), A("Priya Raman", BUYERS["priya"][1]),
                 "RE: " + request_subject(po), d, "<SG2PR06MB5236B1E0C7A94F2D@SG2PR06MB5236.apcprd06.prod.outlook.com>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=outlook_extra(request_subject(po), "th-TH")),
               alt(text, "_000_SG2PR06MB5236B1E0C7A94F2DSG2PR06MB5236apcp_", "tis-620", cte="base64"))
    exp = EXP("confirmation", [conf(po, l1=acc(po, 1), l2=chg(po, 2, price="54.50", date="2026-12-23"))],
              "Thai, TIS-620 base64; dates in the Buddhist era (2569 BE = 2026 CE) with Thai month abbreviation ธ.ค.; line 2 price and date changed.")
    return R("034-th-bearings-buddhist-year", "confirmation/th-TH",
             "Thai TIS-620 reply with Buddhist-era years (2569)", [po], eml, exp)

@case
def c035():
    sup = SUP("TMEMIL", "Trasmissioni Meccaniche Emiliane S.r.l.", "vendite@tme-trasmissioni.example", "it-IT")
    po = PO("4510031136", sup, "tom", "EUR", "2026-12-01", [
        L(1, "CATENA-08B-1-5M", "Catena a rulli semplice 08B-1, 5 m", 20, "PZ", "31.50", "2026-12-17"),
        L(2, "PIGNONE-08B-17", "Pignone 08B-1 z17 mozzo", 20, "PZ", "12.80", "2026-12-17"),
        L(3, "GIUNTO-GE24", "Giunto elastico GE24", 10, "PZ", "44.00", "2026-12-17")])
    text = ("Buongiorno Sig. Eriksen,\n\nconfermiamo le righe 1 e 2 del Vs. ordine 4510031136 per consegna il 17/12.\n\n"
            "Riga 3: il giunto GE24 non è più disponibile (fuori produzione). In alternativa possiamo proporVi il GE28\n"
            "a € 49,00 cad. con consegna 22/12 - fateci sapere se può andare bene e in caso inviateci un nuovo ordine.\n\n"
            "Cordiali saluti\nFederica Bassi\nUfficio Vendite\nTrasmissioni Meccaniche Emiliane S.r.l. - Modena\n\n"
            "-----Messaggio originale-----\nDa: Tom Eriksen <tom.eriksen@brightwater-motion.example>\n"
            "Inviato: martedì 1 dicembre 2026 11:05\nA: vendite@tme-trasmissioni.example\nOggetto: " + request_subject(po)
            + "\n\n" + request_text(po))
    d = D(2026, 12, 2, 12, 12, 1)
    eml = mail(H(A("Federica Bassi", "f.bassi@tme-trasmissioni.example"), A("Tom Eriksen", BUYERS["tom"][1]),
                 "R: " + request_subject(po), d, "<001a01db4ca5$f00b3e10$d021ba30$@tme-trasmissioni.example>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "it")]),
               alt(text, "----=_NextPart_000_001B_01DB4CAE.51EFA610", "iso-8859-15"))
    exp = EXP("confirmation", [conf(po, l1=acc(po, 1), l2=acc(po, 2), l3=REJ)],
              "Line 3 cannot be supplied (discontinued): rejected; the alternative GE28 offer awaits a new order and does not confirm anything.")
    return R("035-it-line-rejected-alternative-offered", "confirmation/it-IT",
             "one line discontinued with an alternative item proposed (still rejected), ISO-8859-15", [po], eml, exp)


@case
def c036():
    sup = SUP("AESCHB", "Präzisionsmechanik Aeschbacher AG", "verkauf@aeschbacher-pm.example", "de-CH")
    po = PO("4510031137", sup, "tom", "CHF", "2026-11-30", [
        L(1, "WELLE-D40-H6", "Welle 1.4305 Ø40 h6 geschliffen, Zchn. 7712", 12, "ST", "1245.00", "2026-12-21"),
        L(2, "NABE-D40", "Nabe Ø40 H7 mit Passfedernut, Zchn. 7713", 12, "ST", "386.50", "2026-12-21")])
    text = ("Grüezi Herr Eriksen\n\nBesten Dank für Ihre Bestellung 4510031137. Wir bestätigen Ihnen gerne:\n\n"
            "Pos. 1: 12 Stk. à CHF 1'245.00, Liefertermin 21.12.2026\n"
            "Pos. 2: 12 Stk. à CHF 392.80 (Materialzuschlag Stahl), Liefertermin 21.12.2026\n\n"
            "Freundliche Grüsse\n\nReto Aeschbacher\nPräzisionsmechanik Aeschbacher AG\nIndustriestrasse 3, 3422 Kirchberg BE\n")
    d = D(2026, 12, 1, 17, 3, 1)
    eml = mail(H(A("Reto Aeschbacher", "r.aeschbacher@aeschbacher-pm.example"), A("Tom Eriksen", BUYERS["tom"][1]),
                 "AW: " + request_subject(po), d, "<ZRH0P278MB0612D0E3B7@ZRH0P278MB0612.CHEP278.PROD.OUTLOOK.COM>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=outlook_extra(request_subject(po), "de-CH")),
               alt(text, "_000_ZRH0P278MB0612D0E3B7ZRH0P278MB0612CHEP_", "iso-8859-1"))
    exp = EXP("confirmation", [conf(po, l1=acc(po, 1), l2=chg(po, 2, price="392.80"))],
              "Swiss format: apostrophe thousands separator and decimal point (1'245.00); surcharge on line 2.")
    return R("036-ch-machined-apostrophe-thousands", "confirmation/de-CH",
             "Swiss number format CHF 1'245.00, one price change", [po], eml, exp)


@case
def c037():
    sup = SUP("KEYSTONE", "Keystone Bearing & Power Transmission", "sales@keystonebpt.example", "en-US")
    po = PO("4510031138", sup, "priya", "USD", "2026-12-03", [
        L(1, "UCFL205-16", "2-bolt flange bearing 1 in bore", 24, "EA", "17.35", "2026-12-18"),
        L(2, "SPB-103", "Pillow block bearing 1-3/16 in bore", 12, "EA", "22.90", "2026-12-18")])
    text = ("Priya -\n\nConfirmed. UCFL205-16 ships 12/11.\n"
            "The 1-3/16 pillow blocks are backordered from the factory, earliest we can ship is 01/12, price holds.\n\n"
            "Jim Kaczmarek\nKeystone Bearing & PT | Allentown, PA\n610-555-0177\n\n"
            "-----Original Message-----\nFrom: Priya Raman <priya.raman@brightwater-motion.example>\n"
            "Sent: Thursday, December 3, 2026 10:12 AM\nTo: sales@keystonebpt.example\nSubject: "
            + request_subject(po) + "\n\n" + request_text(po))
    d = D(2026, 12, 8, 15, 44, -5)
    eml = mail(H(A("Jim Kaczmarek", "jkaczmarek@keystonebpt.example"), A("Priya Raman", BUYERS["priya"][1]),
                 "RE: " + request_subject(po), d, "<000601db49a2$c3d7e1b0$4b87a510$@keystonebpt.example>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
               alt(text, "----=_NextPart_000_0007_01DB49A2.C3D83F70", "us-ascii"))
    exp = EXP("confirmation", [conf(po, l1=chg(po, 1, date="2026-12-11"), l2=chg(po, 2, date="2027-01-12"))],
              "US month-first: '12/11' = Dec 11 and '01/12' = Jan 12 2027 (not 1 Dec: en-US month-first and the next such date).")
    return R("037-us-month-first-trap", "confirmation/en-US",
             "month-first dates 12/11 and 01/12 (= Jan 12, next year)", [po], eml, exp)


@case
def c038():
    sup = SUP("TYNEPACK", "Tyne Valley Packaging Ltd", "sales@tynevalleypackaging.example", "en-GB")
    po = PO("4510031139", sup, "tom", "GBP", "2026-12-01", [
        L(1, "BOX-SW-457X305X305", "Single wall box 457x305x305", 1000, "EA", "0.64", "2026-12-14"),
        L(2, "VOID-PAPER-450", "Void fill paper roll 450mm", 20, "ROL", "18.90", "2026-12-14")])
    text = ("Hiya Tom,\n\nAll fine except the paper rolls - our supplier's let us down, next delivery to you 08/01.\n"
            "Boxes on the 14th as requested.\n\nJo\n\nJoanne Armstrong | Tyne Valley Packaging\nHexham NE46 | 01434 000 919\n\n"
            "From: Tom Eriksen <tom.eriksen@brightwater-motion.example>\nSent: 01 December 2026 10:20\n"
            "To: sales@tynevalleypackaging.example\nSubject: " + request_subject(po) + "\n\n" + request_text(po, "Jo"))
    d = D(2026, 12, 2, 14, 58, 0)
    eml = mail(H(A("Joanne Armstrong", "jo@tynevalleypackaging.example"), A("Tom Eriksen", BUYERS["tom"][1]),
                 "RE: " + request_subject(po), d, "<LO4P265MB6221A0C3E9B57F1D@LO4P265MB6221.GBRP265.PROD.OUTLOOK.COM>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=outlook_extra(request_subject(po), "en-GB")),
               alt(text, "_000_LO4P265MB6221A0C3E9B57F1DLO4P265MB6221GBRP_", "us-ascii"))
    exp = EXP("confirmation", [conf(po, l1=acc(po, 1), l2=chg(po, 2, date="2027-01-08"))],
              "UK day-first '08/01' = 8 January 2027 (next such date after the mail date).")
    return R("038-gb-day-first-next-year", "confirmation/en-GB",
             "day-first 08/01 without year meaning 8 Jan 2027", [po], eml, exp)


@case
def c039():
    sup = SUP("EMBLOIRE", "Emballages Loire Atlantique", "contact@emballages-loire.example", "fr-FR")
    po = PO("4510031140", sup, "julia", "EUR", "2026-12-02", [
        L(1, "FILM-BULLE-100", "Film bulle 100 cm x 100 m", 14, "ROL", "21.40", "2026-12-15"),
        L(2, "CALE-PE-50", "Cale mousse PE 50x50x30", 900, "PCE", "0.33", "2026-12-15"),
        L(3, "ADH-PVC-48", "Ruban adhésif PVC 48 mm x 66 m", 180, "ROL", "1.12", "2026-12-15")])
    text = ("Bonjour Madame Santos,\n\nBien reçu votre commande 4510031140, que nous vous confirmons pour une livraison le\n"
            "mardi 15 décembre.\n\nPetite remarque : les cales mousse sont conditionnées par cartons de 250, nous vous\n"
            "livrerons donc 1 000 pièces (4 cartons) au même prix unitaire. Le reste est conforme.\n\n"
            "Cordialement,\nGwenaëlle Le Goff\nEmballages Loire Atlantique\n44800 Saint-Herblain\n\n"
            "Envoyé de mon Galaxy\n\n\n-------- Message d'origine --------\nDe : Julia Santos <julia.santos@brightwater-motion.example>\n"
            "Date : 02/12/2026 09:31 (GMT+01:00)\nÀ : contact@emballages-loire.example\nObjet : " + request_subject(po)
            + "\n\n" + request_text(po))
    d = D(2026, 12, 2, 18, 7, 1)
    eml = mail(H(A("Gwenaëlle Le Goff", "g.legoff@emballages-loire.example", "utf-8", "Q"), A("Julia Santos", BUYERS["julia"][1]),
                 "RE: " + request_subject(po), d, "<0k5xq2ab7c9d1e3f5g7h9j1k.1733159220@email.android.example>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])]),
               MP("alternative", [T(text, "utf-8", "base64"), T(to_html(text, "sans-serif"), "utf-8", "base64", sub="html")],
                  "--_com.samsung.android.email_1733159220442610"))
    exp = EXP("confirmation", [conf(po, l1=acc(po, 1), l2=chg(po, 2, qty=1000), l3=acc(po, 3))],
              "Samsung phone mail; pack-size rounding raises line 2 from 900 to 1 000 (space thousands separator); other lines conforme.")
    return R("039-fr-pack-size-rounding-up", "confirmation/fr-FR",
             "quantity rounded up to pack size (900 -> 1 000), sent from an Android phone", [po], eml, exp)


@case
def c040():
    sup = SUP("THBRAB", "Technische Handel Brabant B.V.", "info@th-brabant.example", "nl-NL")
    po = PO("4510031141", sup, "marek", "EUR", "2026-12-02", [
        L(1, "VSNAAR-SPA-1250", "V-snaar SPA 1250", 40, "ST", "6.85", "2026-12-18"),
        L(2, "POELIE-SPA-112-2", "V-snaarpoelie SPA 112-2 taperlock", 8, "ST", "34.20", "2026-12-11")])
    text = ("Akkoord, alles leverbaar week 51.\nGr. Bas\n\nVerzonden vanaf mijn iPhone\n\n"
            "> Op 2 dec 2026 om 15:02 heeft Marek Novak <marek.novak@brightwater-motion.example> het volgende geschreven:\n>\n"
            + q(request_text(po, "Bas")))
    d = D(2026, 12, 3, 6, 48, 1)
    eml = mail(H(A("Bas van Dongen", "bas@th-brabant.example"), A("Marek Novak", BUYERS["marek"][1]),
                 "Re: " + request_subject(po), d, "<4F1C0E2B-8D7A-4B39-9E50-A3C6D1F27B84@th-brabant.example>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=[("X-Mailer", "iPhone Mail (22B91)")]),
               T(text, "us-ascii", "7bit"))
    exp = EXP("confirmation", [conf(po, l1=acc(po, 1), l2=chg(po, 2, date="2026-12-18"))],
              "Week 51 = Fri 18 Dec: equals line 1's date but is a week later than line 2's requested 11 Dec.")
    return R("040-nl-phone-week-number", "confirmation/nl-NL",
             "iPhone one-liner 'alles leverbaar week 51' against lines with different dates", [po], eml, exp)


@case
def c041():
    sup = SUP("SUMMITF", "Summit Industrial Fasteners", "orders@summitfasteners.example", "en-US")
    po = PO("4510031142", sup, "priya", "USD", "2026-12-02", [
        L(1, "SHCS-1/4-20X1", "Socket head cap screw 1/4-20 x 1 alloy black", 2000, "EA", "0.094", "2026-12-16"),
        L(2, "LW-1/4-ZP", "Split lock washer 1/4 zinc", 2000, "EA", "0.011", "2026-12-16")])
    text = ("Confirmed - 20 boxes of 100 each on the SHCS and the lock washers, $9.40/C and $1.10/C, delivery 12/16.\n\n"
            "Thx\nRick\n\nRick Delgado | Summit Industrial Fasteners | Denver CO\n\n"
            + gmail_attr(D(2026, 12, 2, 9, 40, -7), po) + "\n\n" + q(request_text(po)))
    d = D(2026, 12, 2, 13, 22, -7)
    eml = mail(H(A("Rick Delgado", "rick@summitfasteners.example"), A("Priya Raman", BUYERS["priya"][1]),
                 "Re: " + request_subject(po), d, "<CAN7sQp1xR4tY9wZ2vMb6eL0kJ3hF8cD5aG1uT7oP2iB4rN9mA@mail.gmail.com>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])]),
               alt(text, "0000000000003b7d9e0630c2f511", "UTF-8"))
    exp = EXP("confirmation", [conf(po, l1=acc(po, 1), l2=acc(po, 2))],
              "Quantities in boxes of 100 (20 x 100 = 2000) and prices per hundred ('/C'): 9.40/C = 0.094, 1.10/C = 0.011 -> all as ordered.")
    return R("041-us-boxes-and-per-c-pricing", "confirmation/en-US",
             "quantities in boxes and prices per hundred ('$9.40/C') that equal the PO", [po], eml, exp)


@case
def c042():
    sup = SUP("CLYDETX", "Clyde Transmission Components Ltd", "salesoffice@clydetransmission.example", "en-GB")
    po = PO("4510031143", sup, "tom", "GBP", "2026-12-01", [
        L(1, "GBX-WORM-050-20", "Worm gearbox size 50, ratio 20:1", 10, "EA", "148.00", "2026-12-18"),
        L(2, "GBX-WORM-063-30", "Worm gearbox size 63, ratio 30:1", 6, "EA", "196.00", "2026-12-18"),
        L(3, "MTR-0.37-B14-71", "Motor 0.37 kW 4 pole B14 frame 71", 16, "EA", "88.50", "2026-12-18")])
    xl = make_xlsx([
        ["Clyde Transmission Components Ltd - Sales Order Acknowledgement"],
        ["Our order", "SO-204917", "", "Customer PO", "4510031143"],
        ["Customer", "Brightwater Motion Systems", "", "Date", ("date", "2026-12-02")],
        [],
        ["Line", "Our Part", "Your Part", "Description", "Qty", "Unit Price GBP", "Despatch Date", "Comment"],
        [1, "CTC-W50-20-IEC71", "GBX-WORM-050-20", "Worm box 50 20:1 IEC71 B14", 10, 148, ("date", "2026-12-16"), ""],
        [2, "CTC-W63-30-IEC71", "GBX-WORM-063-30", "Worm box 63 30:1 IEC71 B14", 4, 196, ("date", "2026-12-16"), "part shipment"],
        [2, "CTC-W63-30-IEC71", "GBX-WORM-063-30", "Worm box 63 30:1 IEC71 B14", 2, 196, ("date", "2027-01-13"), "balance"],
        [3, "CTC-M037-4P-B14", "MTR-0.37-B14-71", "Motor 0.37kW 4P B14 71", 16, 91.2, ("date", "2026-12-16"), "price revised"],
        [],
        ["Despatch dates are ex works Paisley. Carriage charged at cost."],
    ], sheet="Acknowledgement")
    text = ("Hi Tom,\n\nPlease see attached acknowledgement for your PO 4510031143.\n\nKind regards\nFiona McLaren\n"
            "Sales Office | Clyde Transmission Components Ltd | Paisley PA3\n")
    d = D(2026, 12, 2, 16, 31, 0)
    eml = mail(H(A("Fiona McLaren", "fiona.mclaren@clydetransmission.example"), A("Tom Eriksen", BUYERS["tom"][1]),
                 "RE: " + request_subject(po), d, "<DU0P192MB1795F2A9C3E0B14D@DU0P192MB1795.EURP192.PROD.OUTLOOK.COM>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=outlook_extra(request_subject(po), "en-GB", True)),
               MP("mixed", [alt(text, "_000_DU0P192MB1795F2A9C3E0B14DDU0P192MB1795EURP_", "us-ascii"),
                            ATT(xl, XLSX_CT, "SO-204917 Acknowledgement.xlsx")],
                  "_004_DU0P192MB1795F2A9C3E0B14DDU0P192MB1795EURP_"))
    exp = EXP("confirmation", [conf(po, l1=chg(po, 1, date="2026-12-16"),
                                    l2=chg(po, 2, date="2027-01-13", sched=[(4, "2026-12-16"), (2, "2027-01-13")]),
                                    l3=chg(po, 3, price="91.20", date="2026-12-16"))],
              "XLSX with Excel serial despatch (ship) dates; line 2 appears on two rows = split; line 3 price revised to 91.2.")
    return R("042-gb-xlsx-split-rows", "confirmation/en-GB",
             "XLSX acknowledgement where one PO line spans two rows (split), despatch dates", [po], eml, exp)


@case
def c043():
    sup = SUP("PRAIRIEPT", "Prairie Power Transmission Co.", "orders@prairiept.example", "en-US")
    po = PO("4510031144", sup, "priya", "USD", "2026-12-01", [
        L(1, "BELT-5VX800", "Cogged V-belt 5VX800", 30, "EA", "21.75", "2026-12-14"),
        L(2, "SHEAVE-2-5V-7.1", "Sheave 2 groove 5V 7.1 in QD SK", 4, "EA", "118.40", "2026-12-14"),
        L(3, "BUSH-SK-1-7/16", "QD bushing SK 1-7/16 in", 4, "EA", "26.10", "2026-12-14")])
    h = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Sales Order Acknowledgment</title></head>'
         '<body style="font-family:Arial,Helvetica,sans-serif;font-size:12px">\n'
         '<table width="640"><tr><td><b style="font-size:16px">Prairie Power Transmission Co.</b><br>'
         '1450 Industrial Pkwy, Wichita, KS 67219</td><td align="right"><b>SALES ORDER ACKNOWLEDGMENT</b><br>'
         'Sales Order #: SO-88123<br>Date: 12/2/2026<br>Customer PO #: 4510031144</td></tr></table>\n<br>\n'
         '<table width="640" border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">\n'
         '<tr style="background:#dde4ee"><th>Item</th><th>Description</th><th>Qty Ordered</th><th>Qty Committed</th>'
         '<th>Rate</th><th>Amount</th><th>Expected Ship Date</th></tr>\n'
         '<tr><td>5VX800</td><td>BELT-5VX800 Cogged V-Belt</td><td align="right">30</td><td align="right">30</td>'
         '<td align="right">$21.75</td><td align="right">$652.50</td><td>12/10/2026</td></tr>\n'
         '<tr><td>2-5V710-SK</td><td>SHEAVE-2-5V-7.1 Sheave 2GR 5V 7.10 OD SK</td><td align="right">4</td><td align="right">4</td>'
         '<td align="right">$118.40</td><td align="right">$473.60</td><td>12/10/2026</td></tr>\n'
         '<tr><td>SK-1-7/16</td><td>BUSH-SK-1-7/16 QD Bushing</td><td align="right">4</td><td align="right">0</td>'
         '<td align="right">$26.10</td><td align="right">$104.40</td><td>Backordered</td></tr>\n'
         '</table>\n<p>Subtotal: $1,230.50<br>Ship via: UPS Ground, Prepaid &amp; Add</p>\n'
         '<p style="font-size:10px;color:#666">Backordered items will ship when available; a revised acknowledgment will be sent.'
         '<br>This acknowledgment was generated automatically. Please reply to orders@prairiept.example with any questions.</p>\n'
         '</body></html>\n')
    d = D(2026, 12, 2, 8, 4, -6)
    eml = mail(H(A("Prairie Power Transmission", "no-reply@prairiept.example"), BUYERS["priya"][1],
                 "Sales Order #SO-88123 Acknowledgment - PO 4510031144", d,
                 "<SO88123.ack.1733148240@na4.netsuite.example>",
                 extra=[("Reply-To", "orders@prairiept.example"), ("Auto-Submitted", "auto-generated")]),
               T(h, "utf-8", "quoted-printable", sub="html"))
    exp = EXP("confirmation", [conf(po, l1=chg(po, 1, date="2026-12-10"), l2=chg(po, 2, date="2026-12-10"), l3=UNC)],
              "HTML-only ERP acknowledgment table; own item codes; committed ship dates 12/10 for lines 1-2; line 3 committed qty 0 'Backordered' with no date -> unconfirmed.")
    return R("043-us-erp-html-table-backorder", "confirmation/en-US",
             "HTML-only ERP acknowledgment table, one line backordered without date", [po], eml, exp)

@case
def c044():
    sup = SUP("SINARKEM", "PT Sinar Kemasan Abadi", "marketing@sinarkemasan.example", "id-ID")
    po = PO("4510031145", sup, "priya", "USD", "2026-12-01", [
        L(1, "LABEL-100X150-TH", "Thermal label 100x150 mm, 500/roll", 400, "ROL", "3.20", "2026-12-21"),
        L(2, "RIBBON-110X300-WAX", "Wax ribbon 110 mm x 300 m", 100, "ROL", "2.75", "2026-12-21")])
    text = ("Dengan hormat Ibu Priya,\n\nBersama ini kami konfirmasi PO No. 4510031145 sbb:\n\n"
            "1. Label thermal 100x150: 400 roll @ USD 3,20 - pengiriman tgl 21/12/2026\n"
            "2. Ribbon wax 110x300: 100 roll @ USD 2,90 (harga naik krn kurs) - pengiriman tgl 21/12/2026\n\n"
            "Terima kasih atas kerjasamanya.\n\nSalam,\nDewi Lestari\nPT Sinar Kemasan Abadi - Cikarang\n")
    d = D(2026, 12, 2, 10, 20, 7)
    eml = mail(H(A("Dewi Lestari", "dewi@sinarkemasan.example"), A("Priya Raman", BUYERS["priya"][1]),
                 "Konfirmasi PO 4510031145", d, "<1850913275.2041.1733109600123@webmail.sinarkemasan.example>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])]),
               T(text, "us-ascii", "7bit"))
    exp = EXP("confirmation", [conf(po, l1=acc(po, 1), l2=chg(po, 2, price="2.90"))],
              "Indonesian with decimal comma on USD prices ('USD 2,90'); 'pengiriman' (dispatch) dates equal the PO dates.")
    return R("044-id-labels-decimal-comma-usd", "confirmation/id-ID",
             "Indonesian webmail, decimal comma USD prices, one price increase", [po], eml, exp)


@case
def c045():
    sup = SUP("KABKONT", "Kabel-Kontor Hamburg GmbH", "auftrag@kabelkontor-hh.example", "de-DE")
    pa = PO("4510031146", sup, "lena", "EUR", "2026-12-01", [
        L(1, "OELFLEX-110-3G1.5", "Steuerleitung ÖLFLEX CLASSIC 110 3G1,5", 300, "M", "1.68", "2026-12-15")])
    pb = PO("4510031147", sup, "lena", "EUR", "2026-12-03", [
        L(1, "OELFLEX-110-3G1.5", "Steuerleitung ÖLFLEX CLASSIC 110 3G1,5", 500, "M", "1.68", "2027-01-12"),
        L(2, "OELFLEX-110-7G1", "Steuerleitung ÖLFLEX CLASSIC 110 7G1", 200, "M", "2.94", "2027-01-12")])
    text = ("Moin Frau Vogt,\n\ngeht klar, beides zum 12.01. – Preise wie bestellt.\n\nGruß\nJan Petersen\n"
            "Kabel-Kontor Hamburg GmbH · Innendienst\n\n"
            "Am 03.12.2026 um 10:41 schrieb Lena Vogt:\n" + q(request_text(pb, "Herr Petersen")))
    d = D(2026, 12, 4, 8, 12, 1)
    eml = mail(H(A("Jan Petersen", "j.petersen@kabelkontor-hh.example"), A("Lena Vogt", BUYERS["lena"][1]),
                 "Re: " + request_subject(pb), d, "<c71e3b0a-2f94-4d18-8e5c-60a9b7d21f4e@kabelkontor-hh.example>",
                 irt=req_mid(pb["po_number"]), refs=[req_mid(pb["po_number"])],
                 extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE")]),
               T(text, "UTF-8", "quoted-printable", ct="text/plain; charset=UTF-8; format=flowed"))
    exp = EXP("confirmation", [conf(pb, l1=acc(pb, 1), l2=acc(pb, 2))],
              "Two open POs from the same supplier with the same item; the reply text itself names no PO - only the subject, In-Reply-To and the quoted request point to 4510031147; 'zum 12.01.' = 12 Jan 2027.")
    return R("045-de-match-by-in-reply-to", "confirmation/de-DE",
             "two open POs with the same item, reply without PO number matched via In-Reply-To/quote", [pa, pb], eml, exp)


@case
def c046():
    sup = SUP("LIONBRG", "Lion City Bearings Pte Ltd", "sales@lioncitybearings.example", "en-SG")
    po = PO("4510031148", sup, "priya", "SGD", "2026-12-01", [
        L(1, "7208-BECBP", "Angular contact ball bearing 7208 BECBP", 60, "EA", "24.60", "2026-12-18")])
    text = ("Hi Priya,\n\nNoted with thanks. For 7208 BECBP we can only do partial: 20 pcs on 11/12, 20 pcs on 18/12,\n"
            "balance 20 pcs on 8/1/2027. Price as per PO.\n\nRegards\nTan Wei Ming\nLion City Bearings Pte Ltd\n"
            "Tel: +65 6000 3391\n\n"
            "-----Original Message-----\nFrom: Priya Raman <priya.raman@brightwater-motion.example>\n"
            "Sent: Tuesday, 1 December 2026 10:02 PM\nTo: sales@lioncitybearings.example\nSubject: "
            + request_subject(po) + "\n\n" + request_text(po))
    d = D(2026, 12, 2, 9, 33, 8)
    eml = mail(H(A("Tan Wei Ming", "weiming.tan@lioncitybearings.example"), A("Priya Raman", BUYERS["priya"][1]),
                 "RE: " + request_subject(po), d, "<SI2PR04MB5291C3A0F7E2B16D@SI2PR04MB5291.apcprd04.prod.outlook.com>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=outlook_extra(request_subject(po), "en-SG")),
               alt(text, "_000_SI2PR04MB5291C3A0F7E2B16DSI2PR04MB5291apcp_", "us-ascii"))
    exp = EXP("confirmation", [conf(po, l1=chg(po, 1, date="2027-01-08",
                                              sched=[(20, "2026-12-11"), (20, "2026-12-18"), (20, "2027-01-08")]))],
              "Singapore day-first dates; one line split into three deliveries, the last on 8/1/2027.")
    return R("046-sg-three-way-split", "confirmation/en-SG",
             "single line split into three deliveries, day-first dates", [po], eml, exp)


@case
def c047():
    sup = SUP("KRUEGER", "Metallbau & Zerspanung Krüger e.K.", "info@krueger-zerspanung.example", "de-DE")
    po = PO("4510031149", sup, "lena", "EUR", "2026-12-01", [
        L(1, "DREHTEIL-5512", "Distanzbolzen 1.0718 nach Zchn. 5512", 400, "ST", "2.35", "2026-12-16"),
        L(2, "FRAESTEIL-5530", "Adapterplatte AlMgSi1 nach Zchn. 5530", 25, "ST", "48.00", "2026-12-16")])
    text = ("Hallo Frau Vogt,\n\nPos. 1 bestätige ich Ihnen zum 16.12.\n\n"
            "Bei Pos. 2 schaffen wir den 16.12. leider nicht, die Maschine ist bis Mitte des Monats belegt.\n"
            "Wir könnten 15 Stück zum 18.12. und die restlichen 10 in KW 2 liefern - wäre das für Sie in Ordnung?\n"
            "Dann bestätige ich Ihnen das verbindlich.\n\nGruß\nDirk Krüger\n\n"
            "Metallbau & Zerspanung Krüger e.K. · Am Bahnhof 12 · 57439 Attendorn\n\n"
            "-----Ursprüngliche Nachricht-----\nVon: Lena Vogt <lena.vogt@brightwater-motion.example>\n"
            "Gesendet: Dienstag, 1. Dezember 2026 14:12\nAn: info@krueger-zerspanung.example\nBetreff: "
            + request_subject(po) + "\n\n" + request_text(po, "Herr Krüger"))
    d = D(2026, 12, 2, 7, 51, 1)
    eml = mail(H(A("Dirk Krüger", "info@krueger-zerspanung.example", "iso-8859-1", "Q"), A("Lena Vogt", BUYERS["lena"][1]),
                 "AW: " + request_subject(po), d, "<000301db4c8a$0e5d12a0$2b1737e0$@krueger-zerspanung.example>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de")]),
               alt(text, "----=_NextPart_000_0004_01DB4C92.70216AA0", "iso-8859-1"))
    exp = EXP("confirmation", [conf(po, l1=acc(po, 1), l2=UNC)],
              "Line 1 firmly confirmed; line 2 only a proposal awaiting our agreement ('wäre das in Ordnung? Dann bestätige ich verbindlich') -> unconfirmed.")
    return R("047-de-line-proposal-awaiting-ok", "confirmation/de-DE",
             "one line confirmed, other line only a split proposal awaiting our OK (unconfirmed)", [po], eml, exp)

# ===========================================================================
# NEEDS_REVIEW
# ===========================================================================

@case
def n048():
    sup = SUP("PENNANT", "Pennant CNC Ltd", "enquiries@pennantcnc.example", "en-GB")
    po = PO("4510031150", sup, "tom", "GBP", "2026-12-01", [
        L(1, "HUB-3310-A", "Motor hub 6082-T6 anodised, dwg 3310-A", 50, "EA", "23.80", "2026-12-18"),
        L(2, "CLAMP-3312", "Shaft clamp collar 6082-T6, dwg 3312", 100, "EA", "6.40", "2026-12-18")])
    text = ("Hi Tom,\n\nBefore we confirm PO 4510031150 - the PDF drawing for the 3310-A hub is rev B but the STEP model\n"
            "you sent is rev C (bore is 25H7 on one and 24H7 on the other). Which one should we machine to?\n"
            "Also, is the anodising clear or black? Nothing on the PO.\n\n"
            "Once I know I'll come back with dates - 18th should be doable for the clamps either way.\n\n"
            "Thanks\nRob Kenning\nPennant CNC Ltd | Bridgend\n\n"
            + outlook_quote_en(po, D(2026, 12, 1, 11, 5, 0), "enquiries@pennantcnc.example"))
    d = D(2026, 12, 2, 10, 29, 0)
    eml = mail(H(A("Rob Kenning", "rob@pennantcnc.example"), A("Tom Eriksen", BUYERS["tom"][1]),
                 "RE: " + request_subject(po), d, "<LO0P265MB2817E1C9A30B4F6D@LO0P265MB2817.GBRP265.PROD.OUTLOOK.COM>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=outlook_extra(request_subject(po), "en-GB")),
               alt(text, "_000_LO0P265MB2817E1C9A30B4F6DLO0P265MB2817GBRP_", "us-ascii"))
    exp = EXP("needs_review", notes="Technical questions before confirming; '18th should be doable' is not a commitment.")
    return R("048-gb-jobshop-questions-before-confirming", "needs_review/en-GB",
             "questions about drawing revision and finish; a hedged 'should be doable' date", [po], eml, exp)


@case
def n049():
    sup = SUP("BHARATCAB", "Bharat Cables & Conductors", "sales@bharatcables.example", "en-IN")
    po = PO("4510031151", sup, "priya", "INR", "2026-12-02", [
        L(1, "FRLS-4C-6SQMM", "FRLS armoured cable 4C x 6 sq mm", 500, "M", "212.00", "2026-12-22"),
        L(2, "FRLS-2C-2.5SQMM", "FRLS cable 2C x 2.5 sq mm", 1000, "M", "48.50", "2026-12-22")])
    text = ("Dear Ma'am,\n\nGood day. We are in receipt of your PO No. 4510031151.\n"
            "We will check with our production team and revert by Friday with the delivery schedule and\n"
            "confirmation.\n\nThanks & Regards,\nSanjay Kulkarni\nSales Coordinator | Bharat Cables & Conductors, Pune\n\n"
            + gmail_attr(D(2026, 12, 2, 15, 0, 5, tzm=30), po) + "\n\n" + q(request_text(po)))
    d = D(2026, 12, 3, 11, 2, 5, tzm=30)
    eml = mail(H(A("Sanjay Kulkarni", "sanjay.k@bharatcables.example"), A("Priya Raman", BUYERS["priya"][1]),
                 "Re: " + request_subject(po), d, "<CAM9yT3kP1vR6wX0nZb4sQ8eH2cJ7dL5aF3uG1oN9iK2rB5tY@mail.gmail.com>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])]),
               alt(text, "000000000000c4b2e70630c3017a", "UTF-8"))
    exp = EXP("needs_review", notes="Receipt plus 'will revert by Friday': no commitment yet.")
    return R("049-in-will-revert-by-friday", "needs_review/en-IN",
             "'we are in receipt, will revert by Friday'", [po], eml, exp)


@case
def n050():
    sup = SUP("WAELZTEC", "Wälzlagertechnik Sauerland GmbH", "vertrieb@waelzlagertechnik.example", "de-DE")
    po = PO("4510031152", sup, "lena", "EUR", "2026-12-01", [
        L(1, "6312-2RS1-SKF", "Rillenkugellager 6312-2RS1 (SKF)", 30, "ST", "38.90", "2026-12-18"),
        L(2, "6314-2RS1-SKF", "Rillenkugellager 6314-2RS1 (SKF)", 10, "ST", "61.20", "2026-12-18")])
    text = ("Hallo Frau Vogt,\n\nzum gewünschten Termin KW 51 bekommen wir die SKF-Lager leider nicht; SKF nennt uns\n"
            "derzeit KW 3/2027.\n\nAlternativ könnten wir Ihnen beide Positionen in NSK-Qualität (6312DDU / 6314DDU) zum\n"
            "gleichen Preis anbieten, die wären KW 51 bei Ihnen.\n\nWas ist Ihnen lieber? Dann schicke ich Ihnen die AB.\n\n"
            "Viele Grüße\nThorsten Hesse\nWälzlagertechnik Sauerland GmbH\n\n"
            "-----Ursprüngliche Nachricht-----\nVon: Lena Vogt <lena.vogt@brightwater-motion.example>\n"
            "Gesendet: Dienstag, 1. Dezember 2026 09:10\nAn: vertrieb@waelzlagertechnik.example\nBetreff: "
            + request_subject(po) + "\n\n" + request_text(po))
    d = D(2026, 12, 1, 15, 37, 1)
    eml = mail(H(A("Thorsten Hesse", "t.hesse@waelzlagertechnik.example"), A("Lena Vogt", BUYERS["lena"][1]),
                 "AW: " + request_subject(po), d, "<FR2P281MB2371A9D4C0E5B71F@FR2P281MB2371.DEUP281.PROD.OUTLOOK.COM>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=outlook_extra(request_subject(po), "de-DE")),
               alt(text, "_000_FR2P281MB2371A9D4C0E5B71FFR2P281MB2371DEUP_", "iso-8859-1"))
    exp = EXP("needs_review", notes="Two alternatives offered (KW 3/2027 with SKF or KW 51 with NSK) and the buyer must choose before the AB is sent: nothing committed.")
    return R("050-de-two-alternatives-choose", "needs_review/de-DE",
             "supplier offers two alternatives (later date or other brand) and asks us to choose", [po], eml, exp)


@case
def n051():
    sup = SUP("HARBORRIG", "Harbor Rigging & Wire Rope", "sales@harborrigging.example", "en-US")
    po = PO("4510031153", sup, "tom", "USD", "2026-12-02", [
        L(1, "WR-3/8-7X19-SS", "Wire rope 3/8 in 7x19 stainless 316", 500, "FT", "2.48", "2026-12-18")])
    text = ("Tom, we're good on this one, see below.\n\nMike\n\n"
            "From: Warehouse <warehouse@harborrigging.example>\nSent: Thursday, December 3, 2026 7:58 AM\n"
            "To: Mike Sorensen <mike@harborrigging.example>\nSubject: FW: " + request_subject(po) + "\n\n"
            "Mike - inventory shows 0 on hand for the 3/8 7x19 316. Next mill shipment isn't until February.\n"
            "Can't ship the 18th unless purchasing finds another source.\n- Luis\n\n"
            "From: Tom Eriksen <tom.eriksen@brightwater-motion.example>\nSent: Wednesday, December 2, 2026 1:40 PM\n"
            "To: sales@harborrigging.example\nSubject: " + request_subject(po) + "\n\n" + request_text(po))
    d = D(2026, 12, 3, 9, 12, -8)
    eml = mail(H(A("Mike Sorensen", "mike@harborrigging.example"), A("Tom Eriksen", BUYERS["tom"][1]),
                 "RE: " + request_subject(po), d, "<MW4PR19MB6812B0A1D3C9E57F@MW4PR19MB6812.namprd19.prod.outlook.com>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])]),
               alt(text, "_000_MW4PR19MB6812B0A1D3C9E57FMW4PR19MB6812namp_", "us-ascii"))
    exp = EXP("needs_review", notes="Contradictory: the salesman says 'we're good' but the forwarded warehouse note below says zero stock and cannot ship the 18th.")
    return R("051-us-contradictory-forward", "needs_review/en-US",
             "'we're good' on top of a forwarded warehouse note saying it cannot ship", [po], eml, exp)


@case
def n052():
    sup = SUP("TECHNIFIX", "Technifix Fixations SAS", "adv@technifix.example", "fr-FR")
    po = PO("4510031154", sup, "julia", "EUR", "2026-12-02", [
        L(1, "RIV-ALU-4.8X12", "Rivet aveugle alu/acier 4,8x12", 10000, "PCE", "0.021", "2026-12-17"),
        L(2, "ECR-SERT-M6", "Écrou à sertir M6 acier zingué", 3000, "PCE", "0.094", "2026-12-17")])
    text = ("Bonjour,\n\nLes prix de votre commande 4510031154 correspondent à notre ancien tarif 2025.\n"
            "Depuis le 1er octobre, les prix en vigueur sont :\n"
            "- Rivet alu/acier 4,8x12 : 24,50 € le mille\n- Écrou à sertir M6 : 0,102 € pièce\n\n"
            "Merci de nous renvoyer une commande modifiée avec ces prix ; nous vous adresserons alors notre accusé de réception\n"
            "avec le délai.\n\nCordialement,\nService ADV - Technifix Fixations\n")
    d = D(2026, 12, 3, 10, 0, 1)
    eml = mail(H(A("ADV Technifix", "adv@technifix.example"), A("Julia Santos", BUYERS["julia"][1]),
                 "RE: " + request_subject(po), d, "<PAZP264MB3012C9A1E7F40B2D@PAZP264MB3012.FRAP264.PROD.OUTLOOK.COM>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=outlook_extra(request_subject(po), "fr-FR")),
               alt(text, "_000_PAZP264MB3012C9A1E7F40B2DPAZP264MB3012FRAP_", "windows-1252"))
    exp = EXP("needs_review", notes="States new prices but explicitly withholds the acknowledgment until a revised PO is sent; no dates, no commitment.")
    return R("052-fr-send-revised-po-first", "needs_review/fr-FR",
             "new price list quoted, acknowledgment withheld until we send a revised PO", [po], eml, exp)


@case
def n053():
    sup = SUP("TOHOKUBRG", "東北ベアリング販売株式会社", "order@tohoku-brg.example", "ja-JP")
    po = PO("4510031155", sup, "tom", "JPY", "2026-12-02", [
        L(1, "6908ZZ", "Thin section bearing 6908ZZ", 40, "EA", "1380", "2026-12-21"),
        L(2, "NA4906", "Needle roller bearing NA4906", 40, "EA", "1720", "2026-12-21")])
    text = ("ブライトウォーター・モーション・システムズ\nエリクセン様\n\n"
            "平素より大変お世話になっております。\n東北ベアリング販売の鈴木でございます。\n\n"
            "ご注文書（No.4510031155）を確かに受領いたしました。\n"
            "納期につきましては、メーカーに確認のうえ、改めてご連絡申し上げます。\n"
            "今しばらくお待ちくださいますようお願い申し上げます。\n\n"
            "東北ベアリング販売株式会社\n営業課　鈴木　美穂\n")
    d = D(2026, 12, 3, 9, 30, 9)
    eml = mail(H(A("鈴木 美穂", "m.suzuki@tohoku-brg.example", "iso-2022-jp", "B"), A("Tom Eriksen", BUYERS["tom"][1]),
                 "RE: " + request_subject(po), d, "<002f01db4d05$1b3c9e40$51b5dac0$@tohoku-brg.example>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
               T(text, "iso-2022-jp", "7bit"))
    exp = EXP("needs_review", notes="Polite Japanese receipt: order received (受領), delivery dates to follow after checking with the maker - not a commitment.")
    return R("053-ja-received-dates-to-follow", "needs_review/ja-JP",
             "ISO-2022-JP 'received, we will inform you of delivery dates'", [po], eml, exp)


@case
def n054():
    sup = SUP("JIANGSUCAB", "江苏华缆电线电缆有限公司", "export@huacable.example", "zh-CN")
    po = PO("4510031156", sup, "priya", "USD", "2026-12-02", [
        L(1, "RVV-5X1.5-GRY", "Flexible control cable RVV 5x1.5 grey", 300, "M", "0.96", "2026-12-28")])
    text = ("Priya 您好，\n\n订单4510031156已收到。\n"
            "这款RVV 5x1.5电缆我们的最小起订量是500米/卷，订单上是300米，请问可以改成500米吗？\n"
            "您确认后我们再安排生产并回复交期。\n\n谢谢！\n\n"
            "Hi Priya, PO received. MOQ for this cable is 500 m per coil, can you change the qty to 500 m?\n"
            "After your confirmation we will arrange production and reply the delivery date.\n\n"
            "Best regards\nLucy Zhou\nJiangsu Huacable Wire & Cable Co., Ltd.\n")
    d = D(2026, 12, 3, 9, 58, 8)
    eml = mail(H(A("Lucy Zhou", "lucy.zhou@huacable.example"), A("Priya Raman", BUYERS["priya"][1]),
                 "Re:" + request_subject(po), d, "<202612030958132839471@huacable.example>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=[("X-Mailer", "Foxmail 7.2.25.254[cn]")]),
               MP("alternative", [T(text, "utf-8", "base64"), T(to_html(text, "微软雅黑"), "utf-8", "base64", sub="html")],
                  "----=_001_NextPart518261457340_=----"))
    exp = EXP("needs_review", notes="Bilingual MOQ question; production and delivery date only after our answer.")
    return R("054-zh-moq-question", "needs_review/zh-CN",
             "bilingual Chinese/English MOQ question before confirming", [po], eml, exp)


@case
def n055():
    sup = SUP("NAPEDPL", "Napęd-Tech Sp. z o.o.", "handel@napedtech.example", "pl-PL")
    po = PO("4510031157", sup, "marek", "PLN", "2026-12-01", [
        L(1, "SEW-K37-0.75", "Motoreduktor stożkowy K37 0,75 kW", 2, "SZT", "2890.00", "2026-12-21")])
    text = ("Dzień dobry,\n\nuprzejmie informujemy, że zamówienie nr 4510031157 zostało wstrzymane przez dział finansowy\n"
            "z powodu przekroczenia limitu kredytowego. Prosimy o uregulowanie zaległych faktur:\n"
            "FV/2026/10/1187 z dnia 12.10.2026 - 4 210,50 PLN\nFV/2026/11/0342 z dnia 03.11.2026 - 1 988,00 PLN\n\n"
            "Po zaksięgowaniu wpłaty potwierdzimy termin realizacji zamówienia.\n\n"
            "Z poważaniem\nDział Obsługi Klienta\nNapęd-Tech Sp. z o.o.\n")
    d = D(2026, 12, 2, 13, 41, 1)
    eml = mail(H(A("Napęd-Tech BOK", "handel@napedtech.example", "iso-8859-2", "Q"), A("Marek Novak", BUYERS["marek"][1]),
                 "Odp: " + request_subject(po), d, "<5f6e2a1c.2c41.4b9e.a5d0.93e7f1c28b04@napedtech.example>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])]),
               T(text, "iso-8859-2", "quoted-printable"))
    exp = EXP("needs_review", notes="Order on credit hold; dates will be confirmed after payment. Dates in the mail are invoice dates, not deliveries.")
    return R("055-pl-credit-hold", "needs_review/pl-PL",
             "order on credit hold pending overdue invoices (invoice dates as distractors)", [po], eml, exp)


@case
def n056():
    sup = SUP("HANILMOT", "한일모터", "sales@hanilmotor.example", "ko-KR")
    po = PO("4510031158", sup, "tom", "USD", "2026-12-01", [
        L(1, "HM-90W-GEAR-15", "AC gear motor 90 W ratio 1:15", 200, "EA", "48.30", "2026-12-18")])
    text = ("안녕하세요, 한일모터 박지훈입니다.\n\n발주 4510031158 관련하여 문의드립니다.\n"
            "현재 재고가 120대뿐인데, 분할 납품이 가능할까요?\n"
            "가능하시다면 120대는 12월 14일, 나머지 80대는 1월 중순에 납품할 수 있습니다.\n"
            "회신 주시면 확정하여 다시 연락드리겠습니다.\n\n감사합니다.\n박지훈 드림\n")
    d = D(2026, 12, 2, 14, 5, 9)
    eml = mail(H(A("박지훈", "jh.park@hanilmotor.example"), A("Tom Eriksen", BUYERS["tom"][1]),
                 "RE: " + request_subject(po), d, "<20261202140512.A3F9.jhpark@hanilmotor.example>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])]),
               MP("alternative", [T(text, "utf-8", "base64"), T(to_html(text, "맑은 고딕"), "utf-8", "base64", sub="html")],
                  "----=_Part_318227_2041770114.1733115912345"))
    exp = EXP("needs_review", notes="Asks whether a split is acceptable ('1월 중순' = vague mid-January) and will confirm after our answer.")
    return R("056-ko-split-question", "needs_review/ko-KR",
             "Korean question whether a partial delivery is acceptable, vague 'mid-January'", [po], eml, exp)


@case
def n057():
    sup = SUP("OSTRAVAF", "Frézování Ostrava s.r.o.", "vyroba@frezovani-ostrava.example", "cs-CZ")
    po = PO("4510031159", sup, "marek", "EUR", "2026-12-01", [
        L(1, "PLATE-6620", "Upínací deska dle výkresu 6620, ocel 11 373", 12, "KS", "86.00", "2026-12-18")])
    text = ("Dobrý den pane Nováku,\n\nk objednávce 4510031159: termín 18.12. stihneme jen v případě, že nám do pondělí\n"
            "odsouhlasíte změnu materiálu na 11 523 (S355) místo 11 373 - ten teď nemáme a dodavatel ho má až v lednu.\n"
            "Cena by zůstala stejná. Jinak by to bylo až koncem ledna.\n\nDejte prosím vědět.\n\n"
            "S pozdravem\nTomáš Bartoš\nFrézování Ostrava s.r.o.\n")
    d = D(2026, 12, 3, 11, 11, 1)
    eml = mail(H(A("Tomáš Bartoš", "bartos@frezovani-ostrava.example", "utf-8", "B"), A("Marek Novak", BUYERS["marek"][1]),
                 "Re: " + request_subject(po), d, "<e3b2c1d0-9f8a-4e7b-8c6d-5a4b3c2d1e0f@frezovani-ostrava.example>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=[("User-Agent", "Mozilla Thunderbird")]),
               T(text, "UTF-8", "8bit", ct="text/plain; charset=UTF-8; format=flowed"))
    exp = EXP("needs_review", notes="Date conditional on our approval of a material change (or vague 'konec ledna' otherwise): awaiting our decision.")
    return R("057-cz-conditional-material-change", "needs_review/cs-CZ",
             "delivery date conditional on our approving a material substitution", [po], eml, exp)

# ===========================================================================
# AUTO_REPLY
# ===========================================================================

@case
def a058():
    sup = SUP("ELMOTHESS", "Elektromotoren Hessen GmbH", "vertrieb@elmot-hessen.example", "de-DE")
    po = PO("4510031160", sup, "lena", "EUR", "2026-12-14", [
        L(1, "DRM-1.1KW-4P-B3", "Drehstrommotor 1,1 kW 4-polig B3 IE3", 6, "ST", "229.00", "2027-01-15")])
    text = ("Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich 04.01.2027 nicht im Büro\n"
            "und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.\n"
            "In dringenden Fällen wenden Sie sich bitte an unseren Vertrieb: vertrieb@elmot-hessen.example,\n"
            "Tel. +49 6441 000 77-0.\n\n"
            "Thank you for your message. I am out of the office until 4 January 2027 (inclusive).\n"
            "For urgent matters please contact vertrieb@elmot-hessen.example.\n\n"
            "Mit freundlichen Grüßen / Kind regards\nAndrea Köhler\n")
    d = D(2026, 12, 14, 9, 2, 1)
    eml = mail(H(A("Köhler, Andrea", "a.koehler@elmot-hessen.example", "iso-8859-1", "Q"), A("Lena Vogt", BUYERS["lena"][1]),
                 "Automatische Antwort: " + request_subject(po), d,
                 "<FR4P281MB34560D1A2B3C4E5F@FR4P281MB3456.DEUP281.PROD.OUTLOOK.COM>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                        ("X-MS-Exchange-Inbox-Rules-Loop", "a.koehler@elmot-hessen.example")] + outlook_extra(request_subject(po), "de-DE")[1:]),
               alt(text, "_000_FR4P281MB34560D1A2B3C4E5FFR4P281MB3456DEUP_", "iso-8859-1"))
    exp = EXP("auto_reply", notes="Bilingual Outlook out-of-office; the return date 04.01.2027 is not a delivery date.")
    return R("058-de-out-of-office-bilingual", "auto_reply/de-DE",
             "bilingual Outlook out-of-office with a return date", [po], eml, exp)


@case
def a059():
    sup = SUP("ALLIEDIND", "Allied Industrial Supply", "orders@alliedindustrial.example", "en-US")
    po = PO("4510031161", sup, "priya", "USD", "2026-12-03", [
        L(1, "MTR-145T-2HP", "Motor 2 HP 145T TEFC 1800 rpm", 4, "EA", "412.00", "2026-12-18"),
        L(2, "COUP-L100-1", "Jaw coupling L100 1 in bore", 4, "EA", "18.75", "2026-12-18")])
    text = ("##- Please type your reply above this line -##\n\n"
            "Hello,\n\nThank you for contacting Allied Industrial Supply. Your request (#48213) has been received and is\n"
            "being reviewed by our customer service team. A representative will respond within 1-2 business days.\n\n"
            "To add additional comments, reply to this email.\n\n"
            "This email is a service from Allied Industrial Supply.\n\n"
            "----------------------------------------------\n\n"
            "Priya Raman, Dec 3, 2026, 8:15 AM CST\n\n" + request_text(po))
    d = D(2026, 12, 3, 8, 15, -6, s=41)
    eml = mail(H(A("Allied Industrial Supply", "support@alliedindustrial.example"), A("Priya Raman", BUYERS["priya"][1]),
                 "[Allied Industrial Supply] Re: " + request_subject(po), d,
                 "<8K2P0WZ1Y3QJ_6785f2a1c0e4b_1a2b3c_sprut@zendesk.example>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=[("Reply-To", "Allied Industrial Supply <support+id48213@alliedindustrial.example>"),
                        ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                        ("Precedence", "bulk"), ("X-Mailer", "Zendesk Mailer")]),
               alt(text, "--==_mimepart_6785f2a1c0e4b_1a2b3c", "UTF-8"))
    exp = EXP("auto_reply", notes="Helpdesk ticket acknowledgement that quotes the whole PO table; commits to nothing.")
    return R("059-us-helpdesk-ticket-autoack", "auto_reply/en-US",
             "helpdesk ticket auto-acknowledgement quoting the full order", [po], eml, exp)


@case
def a060():
    sup = SUP("ROULOUEST", "Roulements de l'Ouest", "commandes@roulements-ouest.example", "fr-FR")
    po = PO("4510031162", sup, "julia", "EUR", "2026-12-07", [
        L(1, "6008-2RS", "Roulement 6008-2RS C3", 80, "PCE", "4.75", "2026-12-18")])
    text = ("Bonjour,\n\nJe suis absente du bureau jusqu'au lundi 14 décembre inclus, avec un accès limité à mes e-mails.\n"
            "Pour toute commande urgente, merci de contacter Mme Claire Morvan : c.morvan@roulements-ouest.example\n"
            "ou le standard au 02 99 00 00 00.\n\nCordialement,\nSandrine Le Bihan\n")
    d = D(2026, 12, 7, 10, 1, 1)
    eml = mail(H(A("Sandrine Le Bihan", "s.lebihan@roulements-ouest.example"), A("Julia Santos", BUYERS["julia"][1]),
                 "Réponse automatique : " + request_subject(po), d,
                 "<PR2P264MB0981A7E3C4D5F6B1@PR2P264MB0981.FRAP264.PROD.OUTLOOK.COM>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])], subj_mode="Q",
                 extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
               alt(text, "_000_PR2P264MB0981A7E3C4D5F6B1PR2P264MB0981FRAP_", "iso-8859-1"))
    exp = EXP("auto_reply", notes="French Outlook absence notice; 'lundi 14 décembre' is the return date.")
    return R("060-fr-absence-notice", "auto_reply/fr-FR",
             "French absence auto-reply with a weekday date", [po], eml, exp)


@case
def a061():
    sup = SUP("MINUTVEN", "Minuterie Veneta S.p.A.", "ordini@minuterieveneta.example", "it-IT")
    po = PO("4510031163", sup, "julia", "EUR", "2026-12-02", [
        L(1, "PERNO-8X40", "Perno cilindrico 8x40 h8", 2000, "PZ", "0.185", "2026-12-18"),
        L(2, "BOCCOLA-10X14X12", "Boccola in bronzo 10x14x12", 500, "PZ", "0.72", "2026-12-18")])
    text = ("Gentile Cliente,\n\nabbiamo ricevuto il Vs. ordine n. 4510031163 del 02/12/2026, registrato con il nostro\n"
            "n. interno 26-OV-10552.\n\nRiepilogo ordine ricevuto:\n"
            "  1  PERNO-8X40          2.000 PZ   0,185   data richiesta 18/12/2026\n"
            "  2  BOCCOLA-10X14X12      500 PZ   0,720   data richiesta 18/12/2026\n\n"
            "La conferma d'ordine con le date di consegna Vi sarà inviata entro 48 ore lavorative.\n\n"
            "Messaggio generato automaticamente, si prega di non rispondere.\nMinuterie Veneta S.p.A. - Ufficio Ordini\n")
    d = D(2026, 12, 2, 14, 6, 1)
    eml = mail(H(A("Minuterie Veneta - Ufficio Ordini", "noreply@minuterieveneta.example"), BUYERS["julia"][1],
                 "Ricezione ordine 4510031163 - ns. rif. 26-OV-10552", d,
                 "<26OV10552.1733144760@erp.minuterieveneta.example>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])],
                 extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "auto_reply")]),
               T(text, "iso-8859-1", "quoted-printable"))
    exp = EXP("auto_reply", notes="Automatic order-receipt notice echoing our quantities, prices and requested dates; it explicitly says the confirmation will follow, so it commits to nothing.")
    return R("061-it-erp-receipt-echoes-order", "auto_reply/it-IT",
             "automatic 'order received' mail that echoes the requested lines but promises a later confirmation", [po], eml, exp)


@case
def a062():
    sup = SUP("DONGGUANHW", "东莞市精工五金制品有限公司", "sales@dgjinggong.example", "zh-CN")
    po = PO("4510031164", sup, "priya", "USD", "2026-12-04", [
        L(1, "STAMP-BRKT-220", "Stamped bracket SPCC zinc, dwg 220", 5000, "EA", "0.21", "2027-01-08")])
    text = ("您好，您的邮件我已收到。本人12月7日至12月11日出差，期间回复可能不及时，急事请联系 0769-0000 3321。\n\n"
            "Hello, this is an auto-reply. I am on a business trip from Dec 7 to Dec 11 and may reply late.\n"
            "For urgent matters please call +86 769 0000 3321.\n\nAmy Chen\n")
    d = D(2026, 12, 7, 8, 3, 8)
    eml = mail(H(A("Amy Chen", "amy@dgjinggong.example"), A("Priya Raman", BUYERS["priya"][1]),
                 "自动回复: " + request_subject(po), d, "<tencent_9A7B3C1D2E0F4A5B6C7D8E9F@dgjinggong.example>",
                 irt=req_mid(po["po_number"]), refs=[req_mid(po["po_number"])], subj_cs="gb18030",
                 extra=[("X-Mailer", "Foxmail 7.2.25.254[cn]"), ("Auto-Submitted", "auto-replied")]),
               T(text, "gb18030", "base64"))
    exp = EXP("auto_reply", notes="Chinese/English business-trip auto-reply (GB18030); date range is travel, not delivery.")
    return R("062-zh-business-trip-autoreply", "auto_reply/zh-CN",
             "GB18030 bilingual business-trip auto-reply", [po], eml, exp)


# ===========================================================================
# BOUNCES
# ===========================================================================

def original_request(po, to_addr, date, mid=None):
    name, bmail = po["buyer"]["name"], po["buyer"]["email"]
    return mail(H(A(name, bmail), to_addr, request_subject(po), date, mid or req_mid(po["po_number"]),
                  extra=[("X-Mailer", "Brightwater Purchasing Agent")]),
                T(request_text(po), "utf-8", "quoted-printable"))


@case
def b063():
    sup = SUP("NORTHSEAL", "Northern Seals & Bearings Ltd", "orders@northernseals.example", "en-GB")
    po = PO("4510031165", sup, "tom", "GBP", "2026-12-02", [
        L(1, "OS-40X62X8-NBR", "Oil seal 40x62x8 NBR", 200, "EA", "0.86", "2026-12-16"),
        L(2, "6208-2RS-C3", "Deep groove ball bearing 6208-2RS C3", 50, "EA", "5.95", "2026-12-16")])
    rq = D(2026, 12, 2, 8, 30, 1)
    orig = original_request(po, "orders@northernseals.example", rq)
    note = ("This is the mail system at host mx1.brightwater-motion.example.\n\n"
            "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n"
            "<orders@northernseals.example>: host mx.northernseals.example[203.0.113.25] said:\n"
            "    550 5.1.1 <orders@northernseals.example>: Recipient address rejected: User\n"
            "    unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    ds = ("Reporting-MTA: dns; mx1.brightwater-motion.example\nX-Postfix-Queue-ID: 4R7kQ21mZpz3wYx\n"
          "X-Postfix-Sender: rfc822; tom.eriksen@brightwater-motion.example\n"
          "Arrival-Date: Wed,  2 Dec 2026 08:30:02 +0100 (CET)\n\n"
          "Final-Recipient: rfc822; orders@northernseals.example\nOriginal-Recipient: rfc822;orders@northernseals.example\n"
          "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.northernseals.example\n"
          "Diagnostic-Code: smtp; 550 5.1.1 <orders@northernseals.example>: Recipient address\n"
          "    rejected: User unknown in virtual mailbox table\n")
    dsp = Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
               ds.replace("\n", "\r\n").encode("ascii"))
    notep = Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
                 note.replace("\n", "\r\n").encode("ascii"))
    origp = Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig + CRLF)
    d = D(2026, 12, 2, 8, 30, 1, s=5)
    root = MP("report", [notep, dsp, origp], "4R7kQ21mZpz3wYx.1733124605/mx1.brightwater-motion.example",
              extra="; report-type=delivery-status")
    eml = mail([("Return-Path", "<>"), ("From", "MAILER-DAEMON@mx1.brightwater-motion.example (Mail Delivery System)"),
                ("Subject", "Undelivered Mail Returned to Sender"), ("To", BUYERS["tom"][1]),
                ("Auto-Submitted", "auto-replied"), ("Date", format_datetime(d)),
                ("Message-Id", "<20261202073005.0B1F83E0A1@mx1.brightwater-motion.example>")], root)
    exp = EXP("bounce", notes="Postfix DSN (multipart/report) with the original PO request attached as message/rfc822.")
    return R("063-postfix-dsn-user-unknown", "bounce/en-GB",
             "Postfix multipart/report DSN, 550 user unknown, original PO attached", [po], eml, exp)


@case
def b064():
    sup = SUP("SCHUMTEC", "Schumacher Verbindungstechnik GmbH", "bestellung@schumacher-vt.example", "de-DE")
    po = PO("4510031166", sup, "lena", "EUR", "2026-12-03", [
        L(1, "DIN912-M8X30-8.8", "Zylinderschraube DIN 912 M8x30 8.8 verzinkt", 2000, "ST", "0.061", "2026-12-17")])
    rq = D(2026, 12, 3, 9, 5, 1)
    orig_hdrs = ("From: Lena Vogt <lena.vogt@brightwater-motion.example>\nTo: bestellung@schumacher-vt.example\n"
                 "Subject: " + request_subject(po) + "\nDate: " + format_datetime(rq) + "\n"
                 "Message-ID: " + req_mid(po["po_number"]) + "\nMIME-Version: 1.0\n"
                 "Content-Type: text/plain; charset=\"us-ascii\"\n")
    text = ("Your message to bestellung@schumacher-vt.example couldn't be delivered.\n\n"
            "bestellung wasn't found at schumacher-vt.example.\n\n"
            "lena.vogt    Office 365    bestellung\nAction Required                Recipient\n\n"
            "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n"
            "- Retype the recipient's address, then resend the message.\n\n"
            "More Info for Email Admins\nStatus code: 550 5.1.10\n\n"
            "This error occurs because the sender sent a message to an email address hosted by Office 365 but the address\n"
            "is incorrect or doesn't exist at the destination domain.\n\n"
            "Original Message Details\nCreated Date:    12/3/2026 8:05:12 AM\n"
            "Sender Address:    lena.vogt@brightwater-motion.example\nRecipient Address:    bestellung@schumacher-vt.example\n"
            "Subject:    " + request_subject(po) + "\n\n"
            "Error Details\nReported error:    550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"
            "DSN generated by:    FR3P281MB1632.DEUP281.PROD.OUTLOOK.COM\n")
    ds = ("Reporting-MTA: dns;FR3P281MB1632.DEUP281.PROD.OUTLOOK.COM\nReceived-From-MTA: dns;FR2P281MB0147.DEUP281.PROD.OUTLOOK.COM\n"
          "Arrival-Date: Thu, 3 Dec 2026 08:05:12 +0000\n\n"
          "Final-Recipient: rfc822;bestellung@schumacher-vt.example\nAction: failed\nStatus: 5.1.10\n"
          "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n")
    d = D(2026, 12, 3, 8, 5, 0, s=14)
    root = MP("report", [
        alt(text, "_000_4a1f0c2e5b7d4e6f8a9b0c1d2e3f4a5b_", "us-ascii"),
        Part([("Content-Type", "message/delivery-status")], ds.replace("\n", "\r\n").encode("ascii")),
        Part([("Content-Type", "text/rfc822-headers")], orig_hdrs.replace("\n", "\r\n").encode("ascii"))],
        "_002_4a1f0c2e5b7d4e6f8a9b0c1d2e3f4a5b_", extra='; report-type=delivery-status')
    eml = mail([("From", "Microsoft Outlook\r\n <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@brightwater-motion.example>"),
                ("To", A("Lena Vogt", BUYERS["lena"][1])), ("Date", format_datetime(d)),
                ("Subject", "Undeliverable: " + request_subject(po)),
                ("Message-ID", "<e41c0d9f-3b2a-4c7e-8f51-0a9d2b6c7e13@FR3P281MB1632.DEUP281.PROD.OUTLOOK.COM>"),
                ("In-Reply-To", req_mid(po["po_number"])), ("References", req_mid(po["po_number"])),
                ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")], root)
    exp = EXP("bounce", notes="Exchange Online NDR (Undeliverable) with delivery-status and original headers; In-Reply-To points at the request.")
    return R("064-exchange-ndr-undeliverable", "bounce/de-DE",
             "Office 365 'Undeliverable' NDR with In-Reply-To to the request", [po], eml, exp)


@case
def b065():
    sup = SUP("SZEGEDCSAP", "Szegedi Csapágy Kft.", "rendeles@szegedicsapagy.example", "hu-HU")
    po = PO("4510031167", sup, "marek", "EUR", "2026-12-02", [
        L(1, "NU2208-ECP", "Hengergörgős csapágy NU2208 ECP", 16, "DB", "34.60", "2026-12-21")])
    rq = D(2026, 12, 2, 13, 10, 1)
    orig = original_request(po, "rendeles@szegedicsapagy.example", rq).decode("ascii").replace("\r\n", "\n")
    text = ("Hi. This is the qmail-send program at mail.szegedicsapagy.example.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<rendeles@szegedicsapagy.example>:\nThis mailbox is full and cannot accept messages. (#5.2.2)\n\n"
            "--- Below this line is a copy of the message.\n\n"
            "Return-Path: <marek.novak@brightwater-motion.example>\n"
            "Received: (qmail 28114 invoked from network); 2 Dec 2026 12:10:06 -0000\n" + orig)
    d = D(2026, 12, 2, 12, 10, 0, s=9)
    eml = mail([("Return-Path", "<>"), ("Date", "2 Dec 2026 12:10:09 -0000"),
                ("From", "MAILER-DAEMON@mail.szegedicsapagy.example"), ("To", BUYERS["marek"][1]),
                ("Subject", "failure notice"), ("Message-ID", "<1733141409.28117@mail.szegedicsapagy.example>")],
               T(text, "us-ascii", "7bit", ct="text/plain; charset=us-ascii"))
    exp = EXP("bounce", notes="Old-style qmail plain-text bounce (mailbox full) with the whole PO request copied below.")
    return R("065-qmail-failure-notice", "bounce/hu-HU",
             "qmail plain-text 'failure notice' copying the full request", [po], eml, exp)


@case
def b066():
    sup = SUP("BALTIKPACK", "Baltik Pack UAB", "uzsakymai@baltikpack.example", "lt-LT")
    po = PO("4510031168", sup, "julia", "EUR", "2026-12-04", [
        L(1, "PALLET-WRAP-17", "Pallet stretch film 17 mu 500 mm", 200, "ROL", "8.15", "2026-12-18"),
        L(2, "CORNER-50X50", "Cardboard edge protector 50x50x1200", 1000, "EA", "0.27", "2026-12-18")])
    text = ("** Message not delivered yet **\n\n"
            "Your message to uzsakymai@baltikpack.example hasn't been delivered yet. Gmail will keep trying to deliver it.\n"
            "You will be notified if delivery fails permanently.\n\n"
            "The response from the remote server was:\n"
            "451 4.4.0 Temporary lookup failure / Greylisted, please try again later\n")
    ds = ("Reporting-MTA: dns; googlemail.com\nArrival-Date: Fri, 04 Dec 2026 06:12:44 -0800 (PST)\n"
          "X-Original-Message-ID: " + req_mid(po["po_number"]) + "\n\n"
          "Final-Recipient: rfc822; uzsakymai@baltikpack.example\nAction: delayed\nStatus: 4.4.0\n"
          "Remote-MTA: dns; mx.baltikpack.example. (198.51.100.40, the server for the domain baltikpack.example.)\n"
          "Diagnostic-Code: smtp; 451 4.4.0 Temporary lookup failure / Greylisted, please try again later\n"
          "Last-Attempt-Date: Fri, 04 Dec 2026 10:14:02 -0800 (PST)\nWill-Retry-Until: Tue, 08 Dec 2026 06:12:44 -0800 (PST)\n")
    rq = D(2026, 12, 4, 15, 12, 1, s=44)
    orig_hdrs = ("From: Julia Santos <julia.santos@brightwater-motion.example>\nTo: uzsakymai@baltikpack.example\n"
                 "Subject: " + request_subject(po) + "\nDate: " + format_datetime(rq) + "\nMessage-ID: "
                 + req_mid(po["po_number"]) + "\n")
    d = D(2026, 12, 4, 10, 14, -8, s=3)
    root = MP("report", [
        alt(text, "000000000000a9b1c20630c4d8e3", "UTF-8"),
        Part([("Content-Type", "message/delivery-status")], ds.replace("\n", "\r\n").encode("ascii")),
        Part([("Content-Type", "message/rfc822-headers")], orig_hdrs.replace("\n", "\r\n").encode("ascii"))],
        "000000000000a2c3d40630c4d8e1", extra="; report-type=delivery-status")
    eml = mail([("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", BUYERS["julia"][1]),
                ("Auto-Submitted", "auto-replied"), ("Subject", "Delivery Status Notification (Delay)"),
                ("References", req_mid(po["po_number"])), ("In-Reply-To", req_mid(po["po_number"])),
                ("X-Failed-Recipients", "uzsakymai@baltikpack.example"),
                ("Message-ID", "<6751a1fa.050a0220.2c7e1.8f41.GMR@mx.google.com>"), ("Date", format_datetime(d))], root)
    exp = EXP("bounce", notes="Gmail delay DSN (Action: delayed, 4.4.0): still a delivery status notification, not a supplier answer.")
    return R("066-gmail-delay-dsn", "bounce/lt-LT",
             "Gmail 'Delivery Status Notification (Delay)' (temporary failure)", [po], eml, exp)

# ===========================================================================
# UNRELATED
# ===========================================================================

@case
def u067():
    sup = SUP("BRGDIRECT", "Bearings Direct UK Ltd", "sales@bearingsdirect-uk.example", "en-GB")
    po = PO("4510031169", sup, "tom", "GBP", "2026-12-03", [
        L(1, "32008-X", "Taper roller bearing 32008 X", 40, "EA", "7.85", "2026-12-17")])
    h = ('<!doctype html><html><head><meta charset="UTF-8"><title>Christmas opening hours</title></head>'
         '<body style="margin:0;background:#f2f2f2"><table width="600" align="center" style="background:#fff;font-family:Arial">'
         '<tr><td style="padding:20px"><h1 style="color:#003a70">Christmas opening hours &amp; what&#39;s new for 2027</h1>'
         '<p>Dear Customer,</p><p>As the year draws to a close we would like to thank you for your business.</p>'
         '<p><b>Order cut-off:</b> orders placed by <b>Friday 18 December</b> will be delivered before Christmas. '
         'Our warehouse closes at 12:00 on 23 December and reopens on <b>Monday 4 January 2027</b>.</p>'
         '<p><b>Price review:</b> list prices on selected taper roller and spherical roller bearings will rise by '
         'an average of 3% from 1 January 2027. Existing confirmed orders are not affected.</p>'
         '<p><b>New:</b> we now stock the full range of sealed-for-life housed units &ndash; ask your account manager.</p>'
         '<p>Merry Christmas from all of us at Bearings Direct!</p></td></tr>'
         '<tr><td style="font-size:10px;color:#888;padding:10px 20px">You are receiving this e-mail because you are a '
         'registered trade customer. <a href="https://bearingsdirect-uk.example/unsubscribe?u=8f2c1">Unsubscribe</a></td></tr>'
         '</table></body></html>\n')
    text = ("Christmas opening hours & what's new for 2027\n\nDear Customer,\n\n"
            "As the year draws to a close we would like to thank you for your business.\n\n"
            "Order cut-off: orders placed by Friday 18 December will be delivered before Christmas. Our warehouse closes at\n"
            "12:00 on 23 December and reopens on Monday 4 January 2027.\n\n"
            "Price review: list prices on selected taper roller and spherical roller bearings will rise by an average of 3%\n"
            "from 1 January 2027. Existing confirmed orders are not affected.\n\n"
            "New: we now stock the full range of sealed-for-life housed units - ask your account manager.\n\n"
            "Merry Christmas from all of us at Bearings Direct!\n\n"
            "Unsubscribe: https://bearingsdirect-uk.example/unsubscribe?u=8f2c1\n")
    d = D(2026, 12, 8, 10, 0, 0)
    eml = mail(H(A("Bearings Direct UK", "news@bearingsdirect-uk.example"), BUYERS["tom"][1],
                 "Christmas opening hours & 2027 price review", d, "<20261208100000.8f2c1.news@mailer.bearingsdirect-uk.example>",
                 extra=[("List-Unsubscribe", "<https://bearingsdirect-uk.example/unsubscribe?u=8f2c1>"),
                        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                        ("X-Mailer", "Mailchimp Mailer - **CID6b1e2c0a9f**")]),
               MP("alternative", [T(text, "utf-8", "quoted-printable"), T(h, "utf-8", "quoted-printable", sub="html")],
                  "_----------=_MCPart_1924587710"))
    exp = EXP("unrelated", notes="Newsletter from a supplier with an open PO: dates and a +3% price review, but it is not an answer about the order.")
    return R("067-gb-newsletter-holiday-hours", "unrelated/en-GB",
             "supplier newsletter with holiday cut-off dates and a +3% price review", [po], eml, exp)


@case
def u068():
    sup = SUP("NORMTEILE", "Normteile Braun GmbH", "info@normteile-braun.example", "de-DE")
    po = PO("4510031170", sup, "lena", "EUR", "2026-12-02", [
        L(1, "DIN985-M10-8", "Sicherungsmutter DIN 985 M10 Kl. 8 verzinkt", 3000, "ST", "0.048", "2026-12-16"),
        L(2, "DIN7980-M10", "Federring DIN 7980 M10", 3000, "ST", "0.019", "2026-12-16")])
    xl = make_xlsx([
        ["Normteile Braun GmbH - Preisliste 2027 (gültig ab 01.01.2027)"],
        ["Artikel", "Bezeichnung", "VE", "Preis/100 EUR 2026", "Preis/100 EUR 2027"],
        ["DIN985-M8-8", "Sicherungsmutter M8 Kl. 8 verz.", 500, 3.10, 3.24],
        ["DIN985-M10-8", "Sicherungsmutter M10 Kl. 8 verz.", 500, 4.80, 5.02],
        ["DIN985-M12-8", "Sicherungsmutter M12 Kl. 8 verz.", 250, 7.20, 7.52],
        ["DIN7980-M10", "Federring M10", 1000, 1.90, 1.99],
        ["DIN125-M10-ZN", "Scheibe M10 verz.", 1000, 1.15, 1.20],
    ], sheet="Preisliste 2027")
    text = ("Sehr geehrte Kundin, sehr geehrter Kunde,\n\n"
            "aufgrund gestiegener Rohstoff- und Energiekosten passen wir unsere Preise zum 01.01.2027 um durchschnittlich\n"
            "4,5 % an. Anbei erhalten Sie unsere neue Preisliste 2027.\n\n"
            "Alle bis zum 31.12.2026 bestätigten Aufträge werden zu den bisherigen Preisen ausgeliefert.\n\n"
            "Wir danken für Ihr Verständnis und freuen uns auf die weitere Zusammenarbeit.\n\n"
            "Mit freundlichen Grüßen\nNormteile Braun GmbH\nVertrieb\n")
    d = D(2026, 12, 7, 11, 30, 1)
    eml = mail(H(A("Normteile Braun Vertrieb", "info@normteile-braun.example"), A("Lena Vogt", BUYERS["lena"][1]),
                 "Preisanpassung 2027 / neue Preisliste", d, "<0a1b2c3d4e5f.preisliste2027@normteile-braun.example>",
                 extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
               MP("mixed", [alt(text, "----=_NextPart_001_0042_01DB48A1.1E5C3A20", "iso-8859-1"),
                            ATT(xl, XLSX_CT, "Preisliste_2027.xlsx")], "----=_NextPart_000_0041_01DB48A1.1E5C3A20"))
    exp = EXP("unrelated", notes="General price-increase announcement with a price list containing items of the open PO; it does not answer the PO (and says confirmed orders keep old prices).")
    return R("068-de-pricelist-2027-xlsx", "unrelated/de-DE",
             "price list 2027 (XLSX) announcing +4.5% with items that are on the open PO", [po], eml, exp)


@case
def u069():
    sup = SUP("MEKSTAL", "Mekstal Obróbka CNC Sp.j.", "biuro@mekstal.example", "pl-PL")
    po = PO("4510031171", sup, "marek", "EUR", "2026-12-03", [
        L(1, "BUSH-8840", "Tuleja stal 42CrMo4 wg rys. 8840", 80, "SZT", "9.80", "2026-12-21")])
    pdf = pdf_table(
        ["FAKTURA VAT / INVOICE",
         "Mekstal Obrobka CNC Sp.j., ul. Fabryczna 22, 43-300 Bielsko-Biala, NIP 547-000-00-00",
         "Nr faktury / Invoice no.: FV/2026/12/0071      Data wystawienia: 04.12.2026      Termin platnosci: 03.01.2027",
         "Nabywca: Brightwater Motion Systems      Zamowienie / Your order: 4510029876"],
        ["Lp", "Nazwa / Item", "Ilosc", "J.m.", "Cena netto EUR", "Wartosc netto EUR"],
        [40, 60, 300, 340, 380, 470],
        [["1", "Kolnierz wg rys. 8702 / Flange dwg 8702", "40", "szt", "14,20", "568,00"],
         ["2", "Tuleja wg rys. 8705 / Bush dwg 8705", "120", "szt", "6,35", "762,00"]],
        ["Razem netto / Total net: 1 330,00 EUR      VAT 0% (WDT)      Do zaplaty: 1 330,00 EUR",
         "Dostawa / Delivered: 27.11.2026, WZ 2026/11/0388"],
        "FV 2026-12-0071", "Comarch ERP Optima")
    text = ("Dzień dobry,\n\nw załączeniu faktura FV/2026/12/0071 do zamówienia 4510029876 (dostawa z 27.11.2026).\n\n"
            "Good morning, please find attached invoice FV/2026/12/0071 for your order 4510029876.\n\n"
            "Pozdrawiam / Best regards\nBeata Nowicka\nKsięgowość - Mekstal\n")
    d = D(2026, 12, 4, 12, 15, 1)
    eml = mail(H(A("Beata Nowicka", "ksiegowosc@mekstal.example"), A("Marek Novak", BUYERS["marek"][1]),
                 "Faktura FV/2026/12/0071 - zamówienie 4510029876", d, "<3c8e1f20-4b6a-4d7e-9a21-c5f0b8e3d917@mekstal.example>",
                 extra=[("User-Agent", "Mozilla Thunderbird")]),
               MP("mixed", [T(text, "UTF-8", "8bit", ct="text/plain; charset=UTF-8; format=flowed"),
                            ATT(pdf, "application/pdf", "FV_2026_12_0071.pdf")], "------------k3Yq2Lm9Xz0Tb5Rw7Vc1Nd4P"))
    exp = EXP("unrelated", notes="Invoice for a different, already delivered order (4510029876) from a supplier with an open PO 4510031171 for a similar part.")
    return R("069-pl-invoice-other-order", "unrelated/pl-PL",
             "invoice PDF for a different order from the same supplier", [po], eml, exp)


@case
def u070():
    sup = SUP("FLEXAPAK", "Flexapak Packaging A/S", "ordre@flexapak.example", "da-DK")
    po = PO("4510031172", sup, "tom", "DKK", "2026-12-04", [
        L(1, "BOX-DW-600X400X400", "Double wall box 600x400x400", 500, "EA", "14.90", "2026-12-18")])
    text = ("Kære kunde,\n\nDin ordre 4510030555 er afsendt i dag.\n\n"
            "Fragtfører: DSV Road\nSporingsnummer: 00370726200123456789\nForventet levering: 08.12.2026\nAntal kolli: 3 paller\n\n"
            "Følg din forsendelse: https://track.flexapak.example/00370726200123456789\n\n"
            "Med venlig hilsen\nFlexapak Packaging A/S - Kundeservice\n\n"
            "Denne e-mail er automatisk genereret.\n")
    d = D(2026, 12, 7, 15, 40, 1)
    eml = mail(H(A("Flexapak Kundeservice", "noreply@flexapak.example"), BUYERS["tom"][1],
                 "Forsendelsesbekræftelse - ordre 4510030555", d, "<shipconf.4510030555.1733582400@flexapak.example>",
                 extra=[("Auto-Submitted", "auto-generated")]),
               alt(text, "=_flexapak_shipconf_4510030555", "utf-8"))
    exp = EXP("unrelated", notes="Automatic shipping notice for another order (4510030555) than the open one (4510031172); not an answer about the open PO.")
    return R("070-dk-shipping-notice-other-order", "unrelated/da-DK",
             "Danish automatic dispatch notice for a different order with an expected delivery date", [po], eml, exp)


# ===========================================================================
# writing and validation
# ===========================================================================

def dump(obj):
    return (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


KINDS = {"confirmation", "needs_review", "auto_reply", "bounce", "unrelated"}
STATUSES = {"accepted", "changed", "rejected", "unconfirmed"}


def _iso(s):
    return dt.date.fromisoformat(s).isoformat() == s


def validate_case(c):
    errs = []
    pos, exp = c["pos"], c["exp"]
    by_num = {}
    for po in pos:
        for k in ("po_number", "supplier", "buyer", "currency", "issued", "lines"):
            if k not in po:
                errs.append("po missing " + k)
        for k in ("id", "name", "email", "locale"):
            if k not in po["supplier"]:
                errs.append("supplier missing " + k)
        if not ("2026-11-15" <= po["issued"] <= "2026-12-31"):
            errs.append("issued out of range " + po["issued"])
        for l in po["lines"]:
            for k in ("line", "item", "description", "quantity", "uom", "unit_price", "requested_date"):
                if k not in l:
                    errs.append("line missing " + k)
            Decimal(l["unit_price"])
            if not _iso(l["requested_date"]):
                errs.append("bad requested_date")
        by_num[po["po_number"]] = po
    if exp["kind"] not in KINDS:
        errs.append("bad kind")
    if exp["kind"] == "confirmation":
        if not exp.get("confirmations"):
            errs.append("confirmation without confirmations")
        for cf in exp["confirmations"]:
            po = by_num[cf["po_number"]]
            want = {str(l["line"]) for l in po["lines"]}
            if set(cf["lines"]) != want:
                errs.append("line set mismatch %s" % cf["po_number"])
            for n, v in cf["lines"].items():
                if v["status"] not in STATUSES:
                    errs.append("bad status")
                l = _line(po, int(n))
                if v["status"] in ("rejected", "unconfirmed"):
                    if set(v) != {"status"}:
                        errs.append("extra keys on %s" % v["status"])
                    continue
                if not isinstance(v["quantity"], int) or not _iso(v["date"]):
                    errs.append("bad qty/date")
                Decimal(v["unit_price"])
                if v["status"] == "accepted":
                    if (v["quantity"], Decimal(v["unit_price"]), v["date"]) != (
                            l["quantity"], Decimal(l["unit_price"]), l["requested_date"]) or "schedule" in v:
                        errs.append("accepted differs from PO")
                if not ("2026-12-01" <= v["date"] <= "2027-03-31"):
                    errs.append("date out of range " + v["date"])
    elif "confirmations" in exp:
        errs.append("confirmations on non-confirmation")
    # MIME
    msg = email.message_from_bytes(c["eml"], policy=email.policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            errs.append("missing header " + h)
    date = msg["Date"].datetime
    if date.tzinfo is None:
        date = date.replace(tzinfo=dt.timezone.utc)
    if not (dt.datetime(2026, 12, 1, tzinfo=dt.timezone.utc) - dt.timedelta(hours=14) <= date
            <= dt.datetime(2026, 12, 31, 23, 59, tzinfo=dt.timezone.utc)):
        errs.append("Date out of December 2026")
    if msg.defects:
        errs.append("defects %r" % msg.defects)
    str(msg["Subject"]), str(msg["From"])
    texts = []

    def walk(m, depth=0):
        for part in m.walk():
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            if part.defects:
                errs.append("part defects %s %r" % (ct, part.defects))
            if ct == "message/delivery-status" or ct.endswith("rfc822-headers"):
                continue
            if ct == "message/rfc822":
                walk(part.get_payload(0), depth + 1)
                continue
            content = part.get_content()
            if ct.startswith("text/"):
                if "\ufffd" in content:
                    errs.append("undecodable text in %s" % ct)
                texts.append(content)
            elif ct == "application/pdf":
                if not content.startswith(b"%PDF-") or b"Tj" not in content or b"%%EOF" not in content:
                    errs.append("bad pdf")
                texts.append(content.decode("latin-1"))
            elif ct == XLSX_CT:
                with zipfile.ZipFile(io.BytesIO(content)) as z:
                    for n in z.namelist():
                        if n.endswith(".xml") or n.endswith(".rels"):
                            ET.fromstring(z.read(n))
                    texts.append(z.read("xl/worksheets/sheet1.xml").decode())
            else:
                errs.append("unexpected part " + ct)
    walk(msg)
    if exp["kind"] == "confirmation":
        blob = "\n".join(texts)
        for cf in exp["confirmations"]:
            po = by_num[cf["po_number"]]
            if cf["po_number"] not in blob and not (msg["In-Reply-To"] and po.get("request_message_id") in msg["In-Reply-To"]):
                errs.append("PO number %s neither in text nor in In-Reply-To" % cf["po_number"])
    return errs


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    built = [fn() for fn in CASES]
    slugs = [c["slug"] for c in built]
    assert len(set(slugs)) == len(slugs)
    assert len({c["slug"][:3] for c in built}) == len(built)
    mids = set()
    bad = 0
    for c in built:
        d = OUT / c["slug"]
        d.mkdir()
        (d / "pos.json").write_bytes(dump(c["pos"]))
        (d / "message.eml").write_bytes(c["eml"])
        (d / "expected.json").write_bytes(dump(c["exp"]))
        m = email.message_from_bytes(c["eml"], policy=email.policy.default)
        if m["Message-ID"] in mids:
            print("duplicate Message-ID", c["slug"])
            bad += 1
        mids.add(m["Message-ID"])
        errs = validate_case(c)
        if errs:
            bad += 1
            print(c["slug"], errs)
    from collections import Counter
    kinds = Counter(c["exp"]["kind"] for c in built)
    locales = Counter(c["cat"].split("/")[1] for c in built)
    lines = ["# Held-out batch g: supplier replies (mechanical & electrical components)", "",
             "Written from `/work/shared/corpus/FORMAT.md` alone, by an independent author who has not seen",
             "the e-mail reading program, its code, its tests or any other corpus. Generated by `make_batch.py`",
             "(standard library only; deterministic). Theme: bearings, fasteners, cables, motors, machined parts",
             "and packaging from distributors and job shops; mails written by hand from Outlook, Gmail,",
             "Thunderbird, phones, plus ERP and mail-server messages.", "",
             "Cases: %d (%s); %d locales." % (len(built), ", ".join("%s %d" % kv for kv in sorted(kinds.items())), len(locales)),
             "", "Format of each line: `NNN-slug` | category/locale | what it tests", ""]
    for c in built:
        lines.append("- `%s` | %s | %s" % (c["slug"], c["cat"], c["what"]))
    (HERE / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("wrote %d cases: %s" % (len(built), dict(kinds)))
    print("locales (%d): %s" % (len(locales), dict(sorted(locales.items()))))
    if bad:
        print("VALIDATION FAILED for %d cases" % bad)
        sys.exit(1)
    print("validation OK")


if __name__ == "__main__":
    main()
