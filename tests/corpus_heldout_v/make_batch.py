#!/usr/bin/env python3
"""Batch V: held-out supplier replies to purchase orders.

Writes cases/NNN-slug/{message.eml,pos.json,expected.json} per
/work/shared/corpus/FORMAT.md and README.md (one line per case).

Standard library only and fully deterministic: fixed MIME boundaries,
fixed Message-IDs, fixed zip timestamps, no clock, no randomness.
Usage:  python3 make_batch.py
"""
from __future__ import annotations

import base64
import datetime as dt
import email
import email.policy
import html
import io
import json
import quopri
import shutil
import zipfile
import zlib
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent
OUT = ROOT / "cases"

# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def wd(s) -> str:
    """Weekday name of an ISO date string or date."""
    if isinstance(s, str):
        s = D(s)
    return WEEKDAYS[s.weekday()]


def is_wd(s, name):
    assert wd(s) == name, f"{s} is a {wd(s)}, not a {name}"
    return s


def kw(year, week, day=5) -> str:
    """ISO week -> date (default Friday, FORMAT.md rule)."""
    return dt.date.fromisocalendar(year, week, day).isoformat()


def plus_days(s, n) -> str:
    return (D(s) + dt.timedelta(days=n)).isoformat()


def next_on_or_after(ref: str, month: int, day: int) -> str:
    """A date without year: the next such date on or after ref."""
    r = D(ref)
    c = dt.date(r.year, month, day)
    if c < r:
        c = dt.date(r.year + 1, month, day)
    return c.isoformat()


def when(y, mo, d, h, mi, s, off_h=0, off_m=0):
    sign = 1 if off_h >= 0 else -1
    tz = dt.timezone(dt.timedelta(hours=off_h, minutes=sign * off_m))
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def rfcdate(t: dt.datetime) -> str:
    """RFC 5322 date as most MTAs/clients write it (day without leading zero)."""
    off = t.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][t.weekday()], t.day,
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][t.month - 1],
        t.year, t.hour, t.minute, t.second, sign, mins // 60, mins % 60)


def maildate(t: dt.datetime) -> str:
    return t.date().isoformat()


# ---------------------------------------------------------------------------
# money
# ---------------------------------------------------------------------------

def dec(x) -> str:
    """Decimal string with at least two decimals, no float noise."""
    x = Decimal(str(x))
    if x == x.quantize(Decimal("0.01")):
        return str(x.quantize(Decimal("0.01")))
    return format(x.normalize(), "f")


def pct(price: str, p: str) -> str:
    return dec(Decimal(price) * (Decimal(100) + Decimal(p)) / Decimal(100))


def per(price_for_n: str, n: int) -> str:
    return dec(Decimal(price_for_n) / Decimal(n))


# ---------------------------------------------------------------------------
# purchase orders and labels
# ---------------------------------------------------------------------------

def SUP(id_, name, email_, locale):
    return {"id": id_, "name": name, "email": email_, "locale": locale}


def BUY(name, email_):
    return {"name": name, "email": email_}


def PO(num, sup, buyer, cur, issued, lines, rid=True):
    po = {"po_number": num, "supplier": sup, "buyer": buyer, "currency": cur, "issued": issued}
    if rid:
        dom = buyer["email"].split("@")[1]
        clean = "".join(ch if ch.isalnum() else "-" for ch in num)
        po["request_message_id"] = rid if isinstance(rid, str) else f"<po-{clean}.{issued.replace('-', '')}@{dom}>"
    po["lines"] = []
    for i, (item, desc, qty, uom, price, req) in enumerate(lines, 1):
        assert isinstance(qty, int) and qty > 0
        Decimal(price)
        D(req)
        po["lines"].append({"line": i, "item": item, "description": desc, "quantity": qty,
                            "uom": uom, "unit_price": price, "requested_date": req})
    return po


def LN(po, n):
    for ln in po["lines"]:
        if ln["line"] == n:
            return ln
    raise KeyError(n)


def A(po, n):
    ln = LN(po, n)
    return {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
            "date": ln["requested_date"]}


def C(po, n, q=None, p=None, d=None, sched=None):
    ln = LN(po, n)
    r = {"status": "changed",
         "quantity": ln["quantity"] if q is None else q,
         "unit_price": ln["unit_price"] if p is None else p,
         "date": ln["requested_date"] if d is None else d}
    if sched:
        r["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
        assert sum(a for a, _ in sched) == r["quantity"], (po["po_number"], n, "schedule sum")
        assert max(b for _, b in sched) == r["date"], (po["po_number"], n, "schedule end")
        assert [b for _, b in sched] == sorted(b for _, b in sched)
    else:
        same = (r["quantity"] == ln["quantity"] and Decimal(r["unit_price"]) == Decimal(ln["unit_price"])
                and r["date"] == ln["requested_date"])
        assert not same, (po["po_number"], n, "changed equals PO")
    D(r["date"])
    Decimal(r["unit_price"])
    return r


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def CONF(po, labels: dict):
    nums = [ln["line"] for ln in po["lines"]]
    assert sorted(labels) == nums, (po["po_number"], sorted(labels), nums)
    return {"po_number": po["po_number"], "lines": {str(k): dict(labels[k]) for k in sorted(labels)}}


# ---------------------------------------------------------------------------
# RFC 5322 / MIME
# ---------------------------------------------------------------------------

def _qword(b: bytes) -> str:
    out = []
    for ch in b:
        c = chr(ch)
        if c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        elif c == " ":
            out.append("_")
        else:
            out.append("=%02X" % ch)
    return "".join(out)


def ew(s: str, cs="utf-8", enc="B", maxraw=None) -> str:
    """RFC 2047 encoded words, folded; ASCII strings are returned unchanged."""
    if all(ord(c) < 128 for c in s):
        return s
    maxraw = maxraw or (42 if enc == "B" else 22)
    words, cur = [], ""
    for ch in s:
        if len((cur + ch).encode(cs)) > maxraw and cur:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        b = w.encode(cs)
        if enc == "B":
            out.append(f"=?{cs}?B?{base64.b64encode(b).decode()}?=")
        else:
            out.append(f"=?{cs}?Q?{_qword(b)}?=")
    return "\n ".join(out)


def hdr_text(s: str, cs="utf-8", enc="B") -> str:
    """A header value: plain words stay plain, runs with non-ASCII become encoded words."""
    if all(ord(c) < 128 for c in s):
        return s
    return ew(s, cs, enc)


def addr(name, email_, cs="utf-8", enc="B"):
    if not name:
        return email_
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()<>@"[]'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email_)
        return f"{name} <{email_}>"
    return f"{ew(name, cs, enc)} <{email_}>"


def text(body: str, sub="plain", cs="utf-8", cte="quoted-printable", params="", extra=""):
    raw = body.encode(cs)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw)
    elif cte == "base64":
        payload = base64.encodebytes(raw)
    elif cte in ("7bit", "8bit"):
        if cte == "7bit":
            assert all(b < 128 for b in raw)
        payload = raw
        for line in payload.split(b"\n"):
            assert len(line) < 990
    else:
        raise ValueError(cte)
    if not payload.endswith(b"\n"):
        payload += b"\n"
    h = f'Content-Type: text/{sub}; charset="{cs}"{params}\nContent-Transfer-Encoding: {cte}\n{extra}\n'
    return h.encode("ascii") + payload


def multi(sub, boundary, parts, params="", preamble=None):
    h = f'Content-Type: multipart/{sub};{params}\n\tboundary="{boundary}"\n\n'
    out = h.encode("ascii")
    if preamble:
        out += preamble.encode("ascii") + b"\n"
    for p in parts:
        out += f"--{boundary}\n".encode("ascii") + p
        if not p.endswith(b"\n"):
            out += b"\n"
    out += f"--{boundary}--\n".encode("ascii")
    return out


def _fname_params(filename):
    if all(ord(c) < 128 for c in filename):
        return f'name="{filename}"', f'filename="{filename}"'
    from urllib.parse import quote
    q = quote(filename.encode("utf-8"), safe="")
    return f"name*=utf-8''{q}", f"filename*=utf-8''{q}"


def attach(data: bytes, ctype, filename, disp="attachment", extra=""):
    np_, fp = _fname_params(filename)
    h = (f"Content-Type: {ctype};\n\t{np_}\nContent-Disposition: {disp};\n\t{fp}\n"
         f"Content-Transfer-Encoding: base64\n{extra}\n")
    return h.encode("ascii") + base64.encodebytes(data)


def rfc822(msg: bytes, ctype="message/rfc822", disp=None):
    h = f"Content-Type: {ctype}\n"
    if disp:
        h += f"Content-Disposition: {disp}\n"
    return h.encode("ascii") + b"\n" + msg


def delivery_status(per_msg: list, per_rcpt: list):
    body = "\n".join(f"{k}: {v}" for k, v in per_msg) + "\n\n"
    body += "\n".join(f"{k}: {v}" for k, v in per_rcpt) + "\n"
    return b"Content-Type: message/delivery-status\n\n" + body.encode("ascii")


def message(headers, body: bytes, mime=True):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        assert all(ord(c) < 128 for c in v), (k, v)
        lines.append(f"{k}: {v}")
    if mime:
        lines.append("MIME-Version: 1.0")
    return ("\n".join(lines) + "\n").encode("ascii") + body


def refs(*ids):
    return "\n ".join(i for i in ids if i)


def crlf(raw: bytes) -> bytes:
    assert b"\r" not in raw
    return raw.replace(b"\n", b"\r\n")


# ---------------------------------------------------------------------------
# quoting helpers
# ---------------------------------------------------------------------------

def quote(t: str, prefix="> ") -> str:
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in t.rstrip("\n").split("\n"))


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def mso(t: str) -> str:
    """Plain paragraphs -> Outlook/Word HTML paragraphs."""
    out = []
    for ln in t.rstrip("\n").split("\n"):
        if ln.strip():
            out.append(f'<p class="MsoNormal">{esc(ln).replace("  ", " &nbsp;")}<o:p></o:p></p>')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def brs(t: str) -> str:
    return "<br>\n".join(esc(ln) for ln in t.rstrip("\n").split("\n"))


def outlook_html(body_html, quoted_hdr_html, quoted_html, cs="utf-8", lang="EN-GB"):
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face {{font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
span.EmailStyle17 {{mso-style-type:personal-compose; font-family:"Calibri",sans-serif; color:windowtext;}}
@page WordSection1 {{size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style>
</head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body_html}
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<div>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal">{quoted_hdr_html}<o:p></o:p></p>
</div>
</div>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
{quoted_html}
</div>
</body>
</html>
"""


def ol_hdr_html(pairs):
    """[('From', 'x'), ('Sent', 'y'), ...] -> Outlook's bold labels joined by <br>."""
    return "<br>\n".join(f"<b>{esc(k)}</b> {esc(v)}" for k, v in pairs)


def ol_hdr_text(pairs):
    return "\n".join(f"{k} {v}" for k, v in pairs)


def gmail_html(body_html, attr_line, quoted_html):
    return f"""<div dir="ltr">{body_html}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(attr_line)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{quoted_html}</blockquote></div>
"""


def simple_html(body_html, cs="utf-8", lang=None, dir_=None, style="font-family:Arial,sans-serif;font-size:10pt"):
    la = f' lang="{lang}"' if lang else ""
    di = f' dir="{dir_}"' if dir_ else ""
    return f"""<!DOCTYPE html>
<html{la}{di}><head><meta http-equiv="Content-Type" content="text/html; charset={cs}"></head>
<body style="{style}">
{body_html}
</body></html>
"""


# ---------------------------------------------------------------------------
# our own outbound request (the text suppliers quote)
# ---------------------------------------------------------------------------

def fmt_d(s, style):
    x = D(s)
    if style == "gb":
        return x.strftime("%d/%m/%Y")
    if style == "us":
        return x.strftime("%m/%d/%Y")
    if style == "de":
        return x.strftime("%d.%m.%Y")
    if style == "iso":
        return s
    raise ValueError(style)


def fmt_p(p, style):
    if style in ("de",):
        return p.replace(".", ",")
    return p


def po_table(po, style="gb", cols=("Line", "Item", "Description", "Qty", "UoM", "Unit price", "Need by")):
    rows = [list(cols)]
    for ln in po["lines"]:
        rows.append([str(ln["line"]), ln["item"], ln["description"], f"{ln['quantity']:,}" if style != "de" else f"{ln['quantity']:,}".replace(",", "."),
                     ln["uom"], fmt_p(ln["unit_price"], style), fmt_d(ln["requested_date"], style)])
    w = [max(len(r[i]) for r in rows) for i in range(len(cols))]
    return "\n".join("  ".join(r[i].ljust(w[i]) for i in range(len(cols))).rstrip() for r in rows)


def po_table_html(po, style="gb", cols=("Line", "Item", "Description", "Qty", "UoM", "Unit price", "Need by")):
    th = "".join(f'<th style="border:1px solid #999;padding:2px 6px;text-align:left">{esc(c)}</th>' for c in cols)
    trs = []
    for ln in po["lines"]:
        cells = [str(ln["line"]), ln["item"], ln["description"], str(ln["quantity"]), ln["uom"],
                 fmt_p(ln["unit_price"], style), fmt_d(ln["requested_date"], style)]
        trs.append("<tr>" + "".join(f'<td style="border:1px solid #999;padding:2px 6px">{esc(c)}</td>' for c in cells) + "</tr>")
    return f'<table style="border-collapse:collapse;font-size:10pt">\n<tr>{th}</tr>\n' + "\n".join(trs) + "\n</table>"


def request_text(po, greet, sign, style="gb", intro=None, outro=None):
    intro = intro or (f"Please find attached our purchase order {po['po_number']} dated "
                      f"{fmt_d(po['issued'], style)}.\nKindly confirm quantities, prices and delivery dates by return.")
    outro = outro or "Thank you and best regards,"
    return f"{greet}\n\n{intro}\n\n{po_table(po, style)}\n\n{outro}\n{sign}\n"


# ---------------------------------------------------------------------------
# PDF (hand-built, Helvetica, WinAnsiEncoding)
# ---------------------------------------------------------------------------

def _pdfstr(s: str) -> str:
    b = s.encode("cp1252")
    out = []
    for ch in b:
        if ch in b"()\\":
            out.append("\\" + chr(ch))
        elif ch < 32 or ch > 126:
            out.append("\\%03o" % ch)
        else:
            out.append(chr(ch))
    return "".join(out)


def _tj(s: str, seed: int) -> str:
    """Split a string into TJ chunks with small kerning, as many generators do."""
    parts, i, k = [], 0, seed
    sizes = [3, 5, 2, 7, 4, 6]
    while i < len(s):
        n = sizes[k % len(sizes)]
        parts.append(s[i:i + n])
        i += n
        k += 1
    arr = []
    for j, p in enumerate(parts):
        arr.append(f"({_pdfstr(p)})")
        if j < len(parts) - 1:
            arr.append(str([-11, 8, -6, 14, -3][(seed + j) % 5]))
    return "[" + " ".join(arr) + "] TJ"


def make_pdf(pages, title="", producer="", compress=False, tj=False, created="D:20261110090000+01'00'"):
    """pages: list of lists of (x, y, size, text[, bold]). Returns PDF bytes."""
    objs = []  # index 0 -> obj 1
    objs.append(None)  # 1 catalog
    objs.append(None)  # 2 pages
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")  # 3
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")  # 4
    page_ids = []
    seed = 0
    for items in pages:
        ops = []
        for it in items:
            x, y, size, s = it[:4]
            bold = len(it) > 4 and it[4]
            seed += 1
            show = _tj(s, seed) if tj and len(s) > 3 else f"({_pdfstr(s)}) Tj"
            ops.append(f"BT /{'F2' if bold else 'F1'} {size} Tf {x} {y} Td {show} ET")
        stream = ("\n".join(ops) + "\n").encode("latin-1")
        if compress:
            data = zlib.compress(stream, 9)
            cobj = f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode() + data + b"\nendstream"
        else:
            cobj = f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"endstream"
        objs.append(cobj)
        cid = len(objs)
        objs.append(None)
        pid = len(objs)
        objs[pid - 1] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                         f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {cid} 0 R >>").encode()
        page_ids.append(pid)
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(f'{p} 0 R' for p in page_ids)}] /Count {len(page_ids)} >>".encode()
    info = f"<< /Title ({_pdfstr(title)}) /Producer ({_pdfstr(producer)}) /CreationDate ({created}) >>".encode()
    objs.append(info)
    info_id = len(objs)
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n".encode() + b"0000000000 65535 f \n"
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info {info_id} 0 R >>\n"
            f"startxref\n{x}\n%%EOF\n").encode()
    return out


def pdf_rows(rows, x_cols, y0, size=9, step=14, bold_first=False):
    items = []
    y = y0
    for ri, r in enumerate(rows):
        for xi, cell in zip(x_cols, r):
            if cell != "":
                items.append((xi, y, size, cell, bold_first and ri == 0))
        y -= step
    return items, y


# ---------------------------------------------------------------------------
# XLSX (minimal SpreadsheetML in a zip with fixed timestamps)
# ---------------------------------------------------------------------------

def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1", stamp=(2026, 11, 10, 9, 0, 0)):
    strings, sidx = [], {}
    xrows = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{_col(ci)}{ri}"
            if v is None or v == "":
                continue
            if isinstance(v, dt.date):
                serial = (v - dt.date(1899, 12, 30)).days
                cells.append(f'<c r="{ref}" s="1"><v>{serial}</v></c>')
            elif isinstance(v, (int, Decimal)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif isinstance(v, float):
                cells.append(f'<c r="{ref}" s="2"><v>{repr(v)}</v></c>')
            else:
                v = str(v)
                if v not in sidx:
                    sidx[v] = len(strings)
                    strings.append(v)
                cells.append(f'<c r="{ref}" t="s"><v>{sidx[v]}</v></c>')
        xrows.append(f'<row r="{ri}">' + "".join(cells) + "</row>")
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                 '<sheetData>' + "".join(xrows) + '</sheetData></worksheet>')
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">'
           + "".join(f'<si><t xml:space="preserve">{html.escape(s, quote=False)}</t></si>' for s in strings) + "</sst>")
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00"/></numFmts>'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
              '</styleSheet>')
    files = {
        "[Content_Types].xml": ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                                '<Default Extension="xml" ContentType="application/xml"/>'
                                '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                                '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                                '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                                '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                                '</Types>'),
        "_rels/.rels": ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                        '</Relationships>'),
        "xl/workbook.xml": ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                            f'<sheets><sheet name="{html.escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                       '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                       '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                                       '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                                       '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                                       '</Relationships>'),
        "xl/worksheets/sheet1.xml": sheet_xml,
        "xl/sharedStrings.xml": sst,
        "xl/styles.xml": styles,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in files.items():
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


# ---------------------------------------------------------------------------
# case registry
# ---------------------------------------------------------------------------

CASES = []


def case(slug, kind_locale, hard):
    def deco(fn):
        CASES.append((slug, kind_locale, hard, fn))
        return fn
    return deco


def received(frm_host, ip, by_host, rcpt, t, ident):
    return (f"from {frm_host} ({frm_host} [{ip}])\n\tby {by_host} with ESMTPS id {ident}\n"
            f"\tfor <{rcpt}>; {rfcdate(t)}")


def outlook_alt(body_plain, qpairs, quoted_plain, boundary, cs="utf-8", lang="EN-GB", cte="quoted-printable",
                body_html=None, quoted_html=None, sep=""):
    plain = body_plain.rstrip("\n") + "\n\n" + (sep + "\n" if sep else "") + ol_hdr_text(qpairs) + "\n\n" + quoted_plain
    h = outlook_html(body_html or mso(body_plain), ol_hdr_html(qpairs), quoted_html or mso(quoted_plain), cs, lang)
    return multi("alternative", boundary, [text(plain, "plain", cs, cte), text(h, "html", cs, cte)])


# ===========================================================================
# 001
# ===========================================================================

@case("agri-tines-all-confirmed", "confirmation/en-IE",
      "Gmail reply confirms all three lines only in words ('in full', 'your PO prices', 'Friday 4th December') above a quoted table full of look-alike numbers (32x10, M10x1.25x40, UC208 40mm).")
def c001():
    sup = SUP("KILBRIDE", "Kilbride Agri Components Ltd", "sales@kilbride-agri.example", "en-IE")
    buy = BUY("Megan Price", "megan.price@fenland-agri.example")
    po = PO("4500031201", sup, buy, "GBP", "2026-11-02", [
        ("FAP-10442", "Spring tine 32x10, S-tine, cultivator", 120, "EA", "6.85", "2026-12-04"),
        ("FAP-20917", "Shear bolt M10x1.25x40 10.9, zinc plated", 500, "EA", "0.42", "2026-12-04"),
        ("FAP-31005", "Insert bearing UC208, 40mm bore", 30, "EA", "11.60", "2026-12-04"),
    ])
    is_wd("2026-12-04", "Friday")
    t = when(2026, 11, 4, 11, 47, 12, 0)
    req = request_text(po, "Dear Kilbride team,",
                       "Megan Price\nPurchasing | Fenland Agri Parts Ltd\nStation Road, Wisbech PE13 2XQ",
                       intro="Please find our purchase order 4500031201 below (PDF attached).\n"
                             "Could you confirm quantities, prices and delivery dates by return please?\n"
                             "Delivery to our Wisbech depot.")
    body = """Hi Megan,

Thanks for the order. Happy to confirm PO 4500031201 in full - 120 S-tines,
the 500 shear bolts and the 30 UC208 inserts, all at your PO prices, for
delivery to Wisbech on Friday 4th December.

Our sales order ref is SO-77812. Usual terms, 30 days end of month.

Kind regards,
Ciar\u00e1n

--
Ciar\u00e1n \u00d3 D\u00f3naill | Sales Office
Kilbride Agri Components Ltd
Unit 4, Kilbride Business Park, Navan, Co. Meath, C15 X2T7
T: +353 46 907 1180
"""
    attr = "On Mon, 2 Nov 2026 at 09:15, Megan Price <megan.price@fenland-agri.example> wrote:"
    plain = body + "\n" + attr + "\n" + quote(req) + "\n"
    htm = gmail_html(brs(body), attr, brs(req))
    raw = message([
        ("Received", received("mail-sor-f41.google.example", "198.51.100.41", "mx1.fenland-agri.example",
                              buy["email"], t, "4Q8yZr1kLmz9")),
        
        ("Date", rfcdate(t)),
        ("Message-ID", "<CAJ8x2vNq4Tb7kP1mWzR3eY5uH9sD0fL6gC2aV8oQ1iE7nB4tXw@mail.gmail.com>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("Subject", "Re: Purchase order 4500031201"),
        ("From", addr("Ciar\u00e1n \u00d3 D\u00f3naill", "ciaran.odonaill@kilbride-agri.example")),
        ("To", addr("Megan Price", buy["email"])),
    ], multi("alternative", "000000000000e3b1d705f2c4a8b1", [text(plain), text(htm, "html")]))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: A(po, 1), 2: A(po, 2), 3: A(po, 3)})],
           "notes": "Everything confirmed as ordered; the only date in the reply (Friday 4th December, no year) "
                    "is the requested 2026-12-04. Item text (32x10, M10x1.25x40, UC208) and terms (30 days) are distractors."}
    return [po], raw, exp


# ===========================================================================
# 002
# ===========================================================================

@case("api-metformin-drums-retest", "confirmation/de-DE",
      "German Outlook confirmation mixes the delivery dates with batch, manufacturing, retest and GMP-certificate dates, and rounds magnesium stearate up to full 25 kg drums.")
def c002():
    sup = SUP("RHEINCHEM", "Rheinchem Wirkstoffe GmbH", "auftrag@rheinchem-wirkstoffe.example", "de-DE")
    buy = BUY("Jonas Hartmann", "jonas.hartmann@corvina-pharma.example")
    po = PO("PO-26-0871", sup, buy, "EUR", "2026-11-03", [
        ("API-0112", "Metformin hydrochloride Ph.Eur./USP", 250, "KG", "38.50", "2026-12-14"),
        ("EXC-0430", "Magnesium stearate Ph.Eur., vegetable origin", 90, "KG", "9.80", "2026-12-14"),
        ("EXC-0218", "Microcrystalline cellulose PH-102", 400, "KG", "6.20", "2026-12-14"),
    ])
    t = when(2026, 11, 5, 10, 8, 41, 1)
    cols = ("Pos.", "Material", "Bezeichnung", "Menge", "ME", "Preis/ME EUR", "Wunschtermin")
    req = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Bestellung PO-26-0871. Bitte bestätigen Sie "
           "Menge, Preis und Liefertermin je Position.\nLieferanschrift: Corvina Pharma GmbH, Werk Mannheim, Tor 3.\n\n"
           + po_table(po, "de", cols) +
           "\n\nMit freundlichen Grüßen\nJonas Hartmann\nEinkauf Rohstoffe\nCorvina Pharma GmbH\n")
    body = """Sehr geehrter Herr Hartmann,

vielen Dank für Ihre Bestellung PO-26-0871 vom 03.11.2026, die wir wie folgt bestätigen:

Pos. 1  Metformin-HCl Ph.Eur./USP
        250 kg à 38,50 EUR/kg – Liefertermin 21.12.2026
        Charge MF2609-114, hergestellt 09/2026, Retest 09/2028
Pos. 2  Magnesiumstearat Ph.Eur. (pflanzlich)
        Gebindegröße 25 kg – wir liefern daher 100 kg (4 Fässer) à 9,80 EUR/kg
        zum Wunschtermin 14.12.2026
Pos. 3  Mikrokristalline Cellulose PH-102
        400 kg à 6,20 EUR/kg – Liefertermin 14.12.2026

Analysenzertifikate (CoA) und eine Kopie unseres GMP-Zertifikats (gültig bis 30.06.2028) erhalten Sie mit der Lieferung.
Lieferbedingung DAP Mannheim (Incoterms® 2020), Zahlung 30 Tage netto.

Mit freundlichen Grüßen

i. A. Sabine Krämer
Auftragsabwicklung / Customer Service
Rheinchem Wirkstoffe GmbH
Industriestraße 14 · 67063 Ludwigshafen
Tel. +49 621 5590 214
Amtsgericht Ludwigshafen HRB 60412 · Geschäftsführer: Dr. Thomas Weiler
"""
    qp = [("Von:", "Hartmann, Jonas <jonas.hartmann@corvina-pharma.example>"),
          ("Gesendet:", "Dienstag, 3. November 2026 14:22"),
          ("An:", "Auftrag Rheinchem <auftrag@rheinchem-wirkstoffe.example>"),
          ("Betreff:", "Bestellung PO-26-0871")]
    raw = message([
        ("Received", received("EUR03-AM7-obe.outbound.protection.outlook.example", "203.0.113.77",
                              "mx.corvina-pharma.example", buy["email"], t, "4Q9Bk20fYtz1")),
        ("From", addr("Krämer, Sabine", "s.kraemer@rheinchem-wirkstoffe.example", "iso-8859-1", "Q")),
        ("To", addr("Hartmann, Jonas", buy["email"])),
        ("CC", "Auftrag Rheinchem <auftrag@rheinchem-wirkstoffe.example>"),
        ("Subject", ew("AW: Bestellung PO-26-0871 – Auftragsbestätigung 2611-0457", "windows-1252", "Q")),
        ("Thread-Topic", "Bestellung PO-26-0871"),
        ("Thread-Index", "AdtPG0y3n0H2mJ0kT9uZk4b2aQ8Xbw=="),
        ("Date", rfcdate(t)),
        ("Message-ID", "<FR2P281MB2975E1A0C66D4F0B8B1C2D3EA1B2C@FR2P281MB2975.DEUP281.PROD.OUTLOOK.example>"),
        ("References", po["request_message_id"]),
        ("In-Reply-To", po["request_message_id"]),
        ("Accept-Language", "de-DE, en-US"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
    ], outlook_alt(body, qp, req, "_000_FR2P281MB2975E1A0C66D4F0B8B1C2D3EA1B2CFR2P281MB2975DEUP_",
                   cs="windows-1252", lang="DE"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: C(po, 1, d="2026-12-21"),
                                       2: C(po, 2, q=100),
                                       3: A(po, 3)})],
           "notes": "Line 1 moves to 21.12.2026; line 2 rounded up to 4 x 25 kg = 100 kg at the same price and date; "
                    "line 3 as ordered. Batch MF2609-114, 09/2026, retest 09/2028 and GMP validity 30.06.2028 are not delivery dates."}
    return [po], raw, exp


# ===========================================================================
# 003
# ===========================================================================

@case("ooo-holiday-de-at", "auto_reply/de-AT",
      "Austrian out-of-office naming return date, a deputy and 'Jänner' dates; nothing about the order is committed.")
def c003():
    sup = SUP("HOLZMURTAL", "Holzindustrie Murtal GmbH", "verkauf@holz-murtal.example", "de-AT")
    buy = BUY("Stefan Huber", "stefan.huber@birchgate-baustoffe.example")
    po = PO("BG-AT-26-0318", sup, buy, "EUR", "2026-11-12", [
        ("BSH-GL24-120240", "Brettschichtholz GL24h 120x240 mm, 12 m, Fichte", 18, "EA", "412.00", "2026-12-11"),
        ("KVH-C24-60120", "Konstruktionsvollholz C24 60x120 mm, 13 m", 40, "EA", "61.80", "2026-12-11"),
    ])
    t = when(2026, 11, 12, 15, 2, 9, 1)
    body = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 20. November 2026, auf Urlaub
und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Theresa Pichler
(t.pichler@holz-murtal.example, +43 3572 8810 22).

Bitte beachten Sie unseren Betriebsurlaub vom 23. Dezember 2026 bis 6. Jänner 2027.

Mit freundlichen Grüßen
Ing. Markus Lechner
Verkauf Ingenieurholz
Holzindustrie Murtal GmbH
"""
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("Lechner Markus", "m.lechner@holz-murtal.example")),
        ("To", addr("Huber Stefan", buy["email"])),
        ("Subject", ew("Automatische Antwort: Bestellung BG-AT-26-0318 – Brettschichtholz", "utf-8", "Q")),
        ("Message-ID", "<a61d7c0e2f0b4c8f9e1d5a3b7c9e2f10@VI1PR08MB4410.eurprd08.prod.outlook.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "m.lechner@holz-murtal.example"),
        ("Content-Language", "de-AT"),
    ], text(body, "plain", "utf-8", "quoted-printable"))
    exp = {"kind": "auto_reply",
           "notes": "Out-of-office until 20 November with deputy contact and company holiday dates (23.12.-6. Jänner); "
                    "no statement about the order."}
    return [po], raw, exp


# ===========================================================================
# 004
# ===========================================================================

@case("bopp-film-price-per-1000m", "confirmation/it-IT",
      "Italian Outlook reply quotes the film price per 1000 m (PO is per metre), rounds the laminate to whole reels in kg, gives one date without year and one as 'settimana 51'; '12/50 µm' looks like a date.")
def c004():
    sup = SUP("FILMPLAST", "Filmplast Veneta S.r.l.", "ordini@filmplast-veneta.example", "it-IT")
    buy = BUY("Tom Whitaker", "tom.whitaker@brightpack.example")
    po = PO("BP-PO-118842", sup, buy, "EUR", "2026-11-05", [
        ("FLM-BOPP20-620", "BOPP film 20 \u00b5m transparent, 620 mm width, core 152 mm", 36000, "M", "0.0950", "2026-12-11"),
        ("FLM-PETPE-420", "Laminate PET 12 / PE 50 \u00b5m, 420 mm, printed 'Oat Crunch 500g'", 1200, "KG", "4.85", "2026-12-11"),
    ])
    t = when(2026, 11, 9, 16, 31, 5, 1)
    is_wd("2026-12-18", "Friday")
    assert kw(2026, 51) == "2026-12-18"
    assert next_on_or_after(maildate(t), 12, 15) == "2026-12-15"
    req = request_text(po, "Dear Filmplast team,", "Tom Whitaker\nBuyer - Packaging Materials\nBrightpack Foods Ltd")
    body = """Buongiorno Tom,

grazie per l'ordine. Confermiamo BP-PO-118842 come segue:

pos. 1 - BOPP 20 µm trasparente, luce 620 mm
   36.000 m (6 bobine da 6.000 m)
   prezzo 98,00 € / 1000 m - purtroppo dal 1° novembre abbiamo dovuto adeguare il listino per l'aumento del polipropilene
   consegna 15/12

pos. 2 - accoppiato PET 12 / PE 50 µm, luce 420 mm, stampa "Oat Crunch 500g"
   1.236 kg (6 bobine complete, non possiamo tagliare una bobina parziale)
   4,85 €/kg come da ordine
   consegna settimana 51

Resa DAP Leeds, pagamento 60 gg d.f.f.m.

Cordiali saluti

Giulia Benedetti
Ufficio Commerciale Estero
Filmplast Veneta S.r.l. - Via dell'Industria 22, 31033 Castelfranco Veneto (TV)
Tel. +39 0423 491 207
"""
    qp = [("Da:", "Tom Whitaker <tom.whitaker@brightpack.example>"),
          ("Inviato:", "giovedì 5 novembre 2026 11:40"),
          ("A:", "Ordini Filmplast <ordini@filmplast-veneta.example>"),
          ("Oggetto:", "Purchase order BP-PO-118842")]
    raw = message([
        ("From", addr("Giulia Benedetti", "g.benedetti@filmplast-veneta.example")),
        ("To", addr("Tom Whitaker", buy["email"])),
        ("Subject", "R: Purchase order BP-PO-118842"),
        ("Date", rfcdate(t)),
        ("Message-ID", "<VI1PR10MB3342C0F1A2E44B7D9A8E6C5F1D2B3A4E@VI1PR10MB3342.EURPRD10.PROD.OUTLOOK.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("Thread-Topic", "Purchase order BP-PO-118842"),
        ("Content-Language", "it-IT"),
    ], outlook_alt(body, qp, req, "_000_VI1PR10MB3342C0F1A2E44B7D9A8E6C5F1D2B3A4EVI1PR10MB3342EURP_",
                   cs="utf-8", lang="IT"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: C(po, 1, p=per("98.00", 1000), d="2026-12-15"),
                                       2: C(po, 2, q=1236, d=kw(2026, 51))})],
           "notes": "Line 1: 98,00 EUR per 1000 m = 0.098 EUR/m, date 15/12 without year -> 2026-12-15. "
                    "Line 2: 1.236 kg (Italian thousands dot) at the PO price, 'settimana 51' -> Friday 2026-12-18. "
                    "'12 / 50 µm', '1° novembre', '60 gg' are not quantities or dates of the order."}
    return [po], raw, exp


# ===========================================================================
# 005
# ===========================================================================

@case("task-chairs-split-pedestal-discontinued", "confirmation/en-GB",
      "Outlook reply splits the chairs into two drops, keeps the desks and declines the graphite pedestals; the chair model name 'Ergo 24/7' reads like a date.")
def c005():
    sup = SUP("HADLEY", "Hadley Contract Seating Ltd", "orders@hadley-seating.example", "en-GB")
    buy = BUY("Priya Nair", "priya.nair@oakline-interiors.example")
    po = PO("OAK-24117", sup, buy, "GBP", "2026-11-04", [
        ("CH-ERGO-BLK", "Task chair Ergo 24/7, black mesh, 4D arms", 80, "EA", "142.00", "2026-11-27"),
        ("DSK-1600-OAK", "Desk 1600x800, oak top, white frame", 40, "EA", "189.00", "2026-11-27"),
        ("PED-3D-GRA", "Mobile pedestal 3-drawer, graphite", 40, "EA", "96.50", "2026-11-27"),
    ])
    t = when(2026, 11, 9, 9, 12, 44, 0)
    is_wd("2026-11-27", "Friday")
    is_wd("2026-12-11", "Friday")
    req = request_text(po, "Hi Hadley team,", "Priya Nair\nProcurement Manager\nOakline Interiors",
                       intro="Please see attached PO OAK-24117 for the Canary Wharf fit-out (3rd floor).\n"
                             "Kindly confirm by return - the site is booked for delivery on 27/11.")
    body = """Hi Priya,

Thanks for the order - a few points on OAK-24117:

Ergo 24/7 chairs - we've only got 50 built up, so 50 will come with the desks on Fri 27/11 and the remaining 30 on Friday 11/12.
Desks - all 40 fine for 27/11.
Pedestals - I'm afraid the graphite 3-drawer has been discontinued by the manufacturer, so we have to decline line 3. We do have the same pedestal in white or oak ex stock if you'd like to raise a new PO.

Prices as per your order. Our delivery team will call the site 48 hrs before each drop.

Best regards
Nick Barlow
Sales Coordinator
Hadley Contract Seating Ltd | Unit 9 Brookfield Ind. Est., High Wycombe HP12 3RN
T 01494 558 210
"""
    qp = [("From:", "Priya Nair <priya.nair@oakline-interiors.example>"),
          ("Sent:", "04 November 2026 16:05"),
          ("To:", "Orders <orders@hadley-seating.example>"),
          ("Subject:", "PO OAK-24117 - Canary Wharf 3rd floor")]
    raw = message([
        ("From", addr("Nick Barlow", "nick.barlow@hadley-seating.example")),
        ("To", addr("Priya Nair", buy["email"])),
        ("CC", "Orders <orders@hadley-seating.example>"),
        ("Subject", "RE: PO OAK-24117 - Canary Wharf 3rd floor"),
        ("Thread-Topic", "PO OAK-24117 - Canary Wharf 3rd floor"),
        ("Thread-Index", "AQHbTnQ2kX3p9y1Z0UeGf7tC2a8YxA=="),
        ("Date", rfcdate(t)),
        ("Message-ID", "<LO2P265MB5087B1E8F0D24D7C9E3A6B2C4D5E6F7A@LO2P265MB5087.GBRP265.PROD.OUTLOOK.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("Content-Language", "en-GB"),
    ], outlook_alt(body, qp, req, "_000_LO2P265MB5087B1E8F0D24D7C9E3A6B2C4D5E6F7ALO2P265MB5087GBRP_"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {
               1: C(po, 1, sched=[(50, "2026-11-27"), (30, "2026-12-11")], d="2026-12-11"),
               2: A(po, 2),
               3: REJ})],
           "notes": "Chairs split 50 on 27/11 and 30 on 11/12 (last delivery 2026-12-11); desks as ordered; "
                    "pedestals discontinued -> rejected (alternative only offered for a new PO). 'Ergo 24/7' and '48 hrs' are not dates."}
    return [po], raw, exp


# ===========================================================================
# 006
# ===========================================================================

@case("cable-drums-rounding-pl", "confirmation/pl-PL",
      "Polish windows-1250 reply rounds cable to whole 500 m drums and moves every line to one common weekday date; '0,6/1 kV', '5x16 mm2' and '6kA' are traps.")
def c006():
    sup = SUP("KABELEX", "Kabelex Sp. z o.o.", "handlowy@kabelex.example", "pl-PL")
    buy = BUY("Marek Zieliński", "marek.zielinski@voltaris.example")
    po = PO("VLT-2026-0592", sup, buy, "EUR", "2026-11-06", [
        ("CAB-YKY-5X16", "Kabel YKY 5x16 mm2 0,6/1 kV", 1400, "M", "9.12", "2026-12-04"),
        ("SW-NH00-160", "Rozłącznik bezpiecznikowy NH00 160A 3P", 12, "EA", "48.90", "2026-12-04"),
        ("MCB-B16-1P", "Wyłącznik nadprądowy B16 1P 6kA", 200, "EA", "2.35", "2026-12-04"),
    ])
    t = when(2026, 11, 10, 8, 57, 30, 1)
    is_wd("2026-12-09", "Wednesday")
    cols = ("Poz.", "Indeks", "Nazwa", "Ilość", "JM", "Cena EUR", "Termin")
    req = ("Dzień dobry,\n\nw załączeniu zamówienie VLT-2026-0592. Proszę o potwierdzenie ilości, cen i terminów dostawy.\n\n"
           + po_table(po, "de", cols) + "\n\nPozdrawiam\nMarek Zieliński\nDział Zakupów, Voltaris Polska Sp. z o.o.\n")
    body = """Dzień dobry Panie Marku,

dziękujemy za zamówienie VLT-2026-0592 i potwierdzamy jego realizację:

poz. 1 - kabel YKY 5x16 mm2 0,6/1 kV: dostarczamy wyłącznie na pełnych bębnach po 500 m,
         dlatego ilość wynosi 1500 m (3 bębny), cena bez zmian 9,12 EUR/m
poz. 2 - rozłącznik NH00 160A 3P: 12 szt. zgodnie z zamówieniem
poz. 3 - wyłącznik B16 1P 6kA: 200 szt., cena 2,35 EUR

Termin dostawy wszystkich pozycji: 9.12.2026 (środa) - wcześniej niestety nie damy rady, bębny wracają z produkcji dopiero w 49. tygodniu.
Bębny są zwrotne, kaucja zgodnie z warunkami ogólnymi.

Z poważaniem
Agnieszka Wróbel
Specjalista ds. sprzedaży
Kabelex Sp. z o.o., ul. Przemysłowa 8, 62-800 Kalisz
tel. +48 62 766 41 30
"""
    qp = [("Od:", "Marek Zieliński <marek.zielinski@voltaris.example>"),
          ("Wysłano:", "piątek, 6 listopada 2026 13:48"),
          ("Do:", "Handlowy Kabelex <handlowy@kabelex.example>"),
          ("Temat:", "Zamówienie VLT-2026-0592")]
    raw = message([
        ("From", addr("Agnieszka Wróbel", "a.wrobel@kabelex.example", "iso-8859-2", "Q")),
        ("To", addr("Marek Zieliński", buy["email"], "iso-8859-2", "Q")),
        ("Subject", ew("RE: Zamówienie VLT-2026-0592 - potwierdzenie", "iso-8859-2", "Q")),
        ("Date", rfcdate(t)),
        ("Message-ID", "<000301dd5a3c$8e1f2b40$aa5d81c0$@kabelex.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AQK9cHs1T0wR3mVw7EoB8dd2qv2Kkw=="),
        ("Content-Language", "pl"),
    ], outlook_alt(body, qp, req, "----=_NextPart_000_0004_01DD5A44.EFE39B40", cs="windows-1250", lang="PL"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: C(po, 1, q=1500, d="2026-12-09"),
                                       2: C(po, 2, d="2026-12-09"),
                                       3: C(po, 3, d="2026-12-09")})],
           "notes": "All lines delivered 9.12.2026 (Wednesday) instead of 04.12; cable rounded to 3 drums x 500 m = 1500 m. "
                    "'49. tydzień' is when drums come back from production, not a delivery date."}
    return [po], raw, exp


# ===========================================================================
# 007
# ===========================================================================

@case("laptops-allocation-split-sg", "confirmation/en-SG",
      "Distributor splits laptops by vendor allocation (40 + 20 on two dates), moves docks to the first drop and leaves monitors for next week; '2025-rev' and '32GB/1TB' in the item text.")
def c007():
    sup = SUP("STRAITSDIG", "Straits Digital Distribution Pte Ltd", "orders@straitsdigital.example", "en-SG")
    buy = BUY("Wei Ling Tan", "weiling.tan@tallyfield.example")
    po = PO("TF-PO-66120", sup, buy, "USD", "2026-11-02", [
        ("LT-14-G7", "Laptop 14\" i7, 32GB/1TB, 2025-rev chassis", 60, "EA", "1185.00", "2026-11-30"),
        ("DK-USBC-G2", "USB-C dock Gen 2, 100W PD", 60, "EA", "164.00", "2026-11-30"),
        ("MON-27-QHD", "Monitor 27\" QHD, USB-C 65W", 30, "EA", "298.00", "2026-11-30"),
    ])
    t = when(2026, 11, 11, 17, 26, 3, 8)
    assert next_on_or_after(maildate(t), 12, 16) == "2026-12-16"
    req = request_text(po, "Hi Straits Digital team,", "Wei Ling Tan\nIT Procurement, Tallyfield IT Services Pte Ltd")
    body = """Hi Wei Ling,

Update on TF-PO-66120 after checking with the vendor:

- 14" laptops: our allocation for November is only 40 units. These 40 will be delivered to your Tai Seng office on 2 Dec. The balance 20 units ETA 16/12 - vendor has committed the December allocation to us.
- USB-C docks: all 60 in stock, we will send them together with the first laptop delivery on 2 Dec.
- 27" monitors: still pending allocation from the principal, will confirm next week.

Unit prices as per PO. Please note the 2025-rev chassis replaces the old SKU, specs unchanged.

Thanks & regards,
Darren Koh
Account Manager | Straits Digital Distribution Pte Ltd
DID +65 6812 3391 | 10 Ubi Crescent #05-21 Ubi Techpark S(408564)
"""
    qp = [("From:", "Tan Wei Ling <weiling.tan@tallyfield.example>"),
          ("Sent:", "Monday, 2 November 2026 10:03 AM"),
          ("To:", "orders@straitsdigital.example"),
          ("Subject:", "PO TF-PO-66120 - laptops/docks/monitors")]
    raw = message([
        ("From", addr("Darren Koh", "darren.koh@straitsdigital.example")),
        ("To", addr("Tan Wei Ling", buy["email"])),
        ("Subject", "RE: PO TF-PO-66120 - laptops/docks/monitors"),
        ("Date", rfcdate(t)),
        ("Message-ID", "<SI2PR06MB5140A7C3D1E2F3B4C5D6E7F8A9B0C1D2@SI2PR06MB5140.apcprd06.prod.outlook.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("Content-Language", "en-SG"),
    ], outlook_alt(body, qp, req, "_000_SI2PR06MB5140A7C3D1E2F3B4C5D6E7F8A9B0C1D2SI2PR06MB5140apcp_",
                   sep="________________________________"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {
               1: C(po, 1, sched=[(40, "2026-12-02"), (20, "2026-12-16")], d="2026-12-16"),
               2: C(po, 2, d="2026-12-02"),
               3: UNC})],
           "notes": "Laptops 40 on 2 Dec + 20 on 16/12 (no year -> 2026); docks all on 2 Dec; monitors 'will confirm next week' -> unconfirmed. "
                    "'2025-rev' is a chassis revision, not a date."}
    return [po], raw, exp


# ===========================================================================
# 008
# ===========================================================================

@case("pump-flange-rating-question", "needs_review/en-US",
      "Gmail reply asks which flange rating is wanted and says the January date 'may be tight' - a lead time and a date appear but nothing is committed.")
def c008():
    sup = SUP("GLPV", "Great Lakes Pump & Valve Co.", "orders@glpumpvalve.example", "en-US")
    buy = BUY("Ryan Doyle", "ryan.doyle@castor-process.example")
    po = PO("CPE-7714", sup, buy, "USD", "2026-11-05", [
        ("P-ES-3X2-8", "End-suction centrifugal pump 3x2-8, 316SS, 15 HP TEFC", 2, "EA", "8450.00", "2027-01-15"),
        ("V-BV-2-3PC", "Ball valve 2\" 3-pc 316SS, flanged RF", 8, "EA", "412.00", "2027-01-15"),
    ])
    t = when(2026, 11, 6, 8, 41, 17, -5)
    req = request_text(po, "Hello,", "Ryan Doyle\nProcurement | Castor Process Engineering", style="us")
    body = """Ryan -

Got the PO, thanks. Before I can enter it, can you confirm the flange rating on the ball valves - ANSI 150 or 300? Your spec sheet says Class 150 but the note on the P&ID rev C says 300#, and the two are not interchangeable.

Also heads up, lead time on the 3x2-8 pumps is running 8-10 weeks right now so 1/15 may be tight. I'll get you a firm ship date from the factory once I hear back on the valves.

Thanks,
Kevin

Kevin Marsh | Inside Sales
Great Lakes Pump & Valve Co.
2210 W. Fulton St, Grand Rapids, MI 49504
(616) 555-0148
"""
    attr = "On Thu, Nov 5, 2026 at 3:22 PM Ryan Doyle <ryan.doyle@castor-process.example> wrote:"
    plain = body + "\n" + attr + "\n" + quote(req) + "\n"
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("Kevin Marsh", "kmarsh@glpumpvalve.example")),
        ("To", addr("Ryan Doyle", buy["email"])),
        ("Subject", "Re: PO CPE-7714"),
        ("Message-ID", "<CAM5tL0w9Hq3vR7sYbZx2kP4nD8fJ1eC6uA0gT3mW5oV7iQ9hSg@mail.gmail.com>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
    ], multi("alternative", "0000000000007c41a205f2d3c9a4",
             [text(plain, cte="7bit"), text(gmail_html(brs(body), attr, brs(req)), "html")]))
    exp = {"kind": "needs_review",
           "notes": "The supplier asks a blocking question (flange rating) and only warns that 1/15 may be tight; "
                    "no quantity, price or date is committed."}
    return [po], raw, exp


# ===========================================================================
# 009
# ===========================================================================

@case("brake-parts-supplier-codes-es", "confirmation/es-ES",
      "Spanish reply names lines only by the supplier's own FN- codes, gives ship and delivery dates, splits the discs into 2026 and 2027 drops and prices wiper blades per box of 10.")
def c009():
    sup = SUP("FRENOSNORTE", "Frenos Norte S.L.", "pedidos@frenosnorte.example", "es-ES")
    buy = BUY("Liam Foster", "liam.foster@kerbside-motor.example")
    po = PO("KMF-30981", sup, buy, "EUR", "2026-11-04", [
        ("KMF-BP-4410", "Brake pad set front, VW Golf VII 1.4 TSI (supplier ref FN-2231)", 150, "SET", "18.40", "2026-11-26"),
        ("KMF-BD-2207", "Brake disc front 288x25 mm vented (supplier ref FN-D288V)", 80, "EA", "27.90", "2026-11-26"),
        ("KMF-WB-600", "Wiper blade flat 600 mm / 24\" (supplier ref FN-W600)", 200, "EA", "5.50", "2026-11-26"),
    ])
    t = when(2026, 11, 10, 12, 19, 55, 1)
    req = request_text(po, "Hola,", "Liam Foster\nPurchasing, Kerbside Motor Factors Ltd")
    body = """Hola Liam:

Gracias por el pedido KMF-30981. Te confirmo:

FN-2231  - 150 juegos a 18,40 €. Salida de nuestro almacén de Burgos el 20/11, entrega en vuestras instalaciones el 24/11.
FN-D288V - ahora mismo solo tenemos 40 uds.; van en el mismo envío (entrega 24/11). Las otras 40 las recibimos de fábrica a finales de diciembre y os llegarían el 15/01/2027.
FN-W600  - las servimos en cajas de 10 uds. a 58,00 € la caja (200 uds. = 20 cajas). Entrega también el 24/11.

Portes pagados a partir de 600 €. Forma de pago: transferencia a 60 días.

Un saludo,

Lucía Ortega
Dpto. Comercial Exportación
Frenos Norte S.L. · Pol. Ind. Villalonquéjar, C/ López Bravo 41 · 09001 Burgos
Tel. +34 947 298 110
"""
    qp = [("De:", "Liam Foster <liam.foster@kerbside-motor.example>"),
          ("Enviado el:", "miércoles, 4 de noviembre de 2026 17:12"),
          ("Para:", "Pedidos Frenos Norte <pedidos@frenosnorte.example>"),
          ("Asunto:", "Purchase order KMF-30981")]
    raw = message([
        ("From", addr("Lucía Ortega", "lortega@frenosnorte.example", "iso-8859-1", "Q")),
        ("To", addr("Liam Foster", buy["email"])),
        ("Subject", "RE: Purchase order KMF-30981"),
        ("Date", rfcdate(t)),
        ("Message-ID", "<001a01dd56f1$3c2e4b10$b48ae130$@frenosnorte.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "es"),
    ], outlook_alt(body, qp, req, "----=_NextPart_000_001B_01DD56F9.9E12A310", cs="windows-1252", lang="ES"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {
               1: C(po, 1, d="2026-11-24"),
               2: C(po, 2, sched=[(40, "2026-11-24"), (40, "2027-01-15")], d="2027-01-15"),
               3: C(po, 3, p=per("58.00", 10), d="2026-11-24")})],
           "notes": "Lines are identified only by FN-2231 / FN-D288V / FN-W600 (found in the PO descriptions). Delivery 24/11 wins over the 20/11 ship date. "
                    "Discs 40 on 24/11 + 40 on 15/01/2027. Wiper blades 58,00 EUR per box of 10 = 5.80/EA. '288x25 mm', '600 €', '60 días' are distractors."}
    return [po], raw, exp


# ===========================================================================
# 010
# ===========================================================================

@case("dsn-user-unknown", "bounce/nl-NL",
      "Postfix DSN (multipart/report, 5.1.1 user unknown) returning our own PO mail, whose requested dates and prices are inside the attached original.")
def c010():
    sup = SUP("VANDIJK", "Van Dijk Pompen B.V.", "inkoop.orders@vandijkpompen.example", "nl-NL")
    buy = BUY("Ryan Doyle", "ryan.doyle@castor-process.example")
    po = PO("CPE-7719", sup, buy, "EUR", "2026-11-13", [
        ("VD-CP-65-200", "Circulatiepomp 65-200, GG25, 4 kW", 2, "EA", "2380.00", "2026-12-18"),
        ("VD-MS-35", "Mechanical seal set 35 mm for 65-200", 4, "EA", "146.00", "2026-12-18"),
    ])
    t0 = when(2026, 11, 13, 10, 2, 11, 0)
    t = when(2026, 11, 13, 10, 2, 14, 0)
    req = request_text(po, "Dear Van Dijk team,", "Ryan Doyle\nProcurement | Castor Process Engineering")
    orig = message([
        ("Return-Path", f"<{buy['email']}>"),
        ("Date", rfcdate(t0)),
        ("From", addr("Ryan Doyle", buy["email"])),
        ("To", sup["email"]),
        ("Subject", "Purchase order CPE-7719"),
        ("Message-ID", po["request_message_id"]),
    ], text(req, "plain", "utf-8", "7bit"))
    human = f"""This is the mail system at host mx1.castor-process.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{sup['email']}>: host mail.vandijkpompen.example[192.0.2.61] said:
    550 5.1.1 <{sup['email']}>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
"""
    dsn = delivery_status(
        [("Reporting-MTA", "dns; mx1.castor-process.example"),
         ("X-Postfix-Queue-ID", "4QB1m70Xw3z2xKp"),
         ("X-Postfix-Sender", f"rfc822; {buy['email']}"),
         ("Arrival-Date", rfcdate(t0))],
        [("Final-Recipient", f"rfc822; {sup['email']}"),
         ("Original-Recipient", f"rfc822;{sup['email']}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mail.vandijkpompen.example"),
         ("Diagnostic-Code", "smtp; 550 5.1.1 <inkoop.orders@vandijkpompen.example>: Recipient address rejected: User unknown in virtual mailbox table")])
    raw = message([
        ("Return-Path", "<>"),
        ("Date", rfcdate(t)),
        ("From", "MAILER-DAEMON@mx1.castor-process.example (Mail Delivery System)"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("To", buy["email"]),
        ("Auto-Submitted", "auto-replied"),
        ("Message-ID", "<20261113100214.4QB1m70Xw3z2xKq@mx1.castor-process.example>"),
    ], multi("report", "4QB1m70Xw3z2xKq.1794571334/mx1.castor-process.example",
             [text(human, "plain", "us-ascii", "7bit", extra="Content-Description: Notification\n"),
              dsn, rfc822(orig)], params=" report-type=delivery-status;",
             preamble="This is a MIME-encapsulated message."))
    exp = {"kind": "bounce",
           "notes": "Non-delivery report for our own PO request (user unknown). The embedded original carries the PO's "
                    "quantities, prices and need-by dates, which must not be read as a supplier answer."}
    return [po], raw, exp


# ===========================================================================
# 011
# ===========================================================================

@case("drill-bits-partial-stock-za", "confirmation/en-ZA",
      "Only part of the bits is in stock and the balance has no date; ship day given as 'next Wednesday (18th)' with delivery 'the following day'; T38/45 mm/3660 mm/HC 50 look like numbers.")
def c011():
    sup = SUP("HIGHVELD", "Highveld Rock Tools (Pty) Ltd", "sales@highveldrock.example", "en-ZA")
    buy = BUY("Thandi Mokoena", "thandi.mokoena@ridgeback-quarry.example")
    po = PO("RQ-45-2291", sup, buy, "USD", "2026-11-03", [
        ("RT-BB-T38-45", "Button bit T38 45 mm, ballistic buttons", 60, "EA", "96.00", "2026-11-20"),
        ("RT-ROD-T38-3660", "Extension rod T38-Hex35-T38, 3660 mm", 20, "EA", "268.00", "2026-11-20"),
        ("RT-SA-T38-HC50", "Shank adapter T38, for HC 50 drifter", 6, "EA", "455.00", "2026-11-20"),
    ])
    t = when(2026, 11, 12, 14, 3, 27, 2)
    is_wd(maildate(t), "Thursday")
    ship = is_wd("2026-11-18", "Wednesday")
    deliv = plus_days(ship, 1)
    is_wd(deliv, "Thursday")
    req = request_text(po, "Good day Highveld team,", "Thandi Mokoena\nBuyer, Ridgeback Quarrying - Rustenburg site")
    body = """Hi Thandi

Stock check done on RQ-45-2291:

Bits - only 36 on the shelf, we'll send those. The balance of 24 is on back order from Sandviken and I'll give you a date once the factory confirms.
Rods - all 20 ok.
Shank adapters - 6 ok.

Everything that's in stock goes out on our own truck next Wednesday (18th), delivery to site the following day. Prices as per your PO.

Regards
Johan van der Merwe
Sales | Highveld Rock Tools (Pty) Ltd
14 Nywerheid Street, Alrode, Alberton 1451
Tel +27 11 908 4410 | Cell +27 82 555 0193

This e-mail is subject to the Highveld Rock Tools e-mail disclaimer at www.highveldrock.example/disclaimer
"""
    qp = [("From:", "Thandi Mokoena <thandi.mokoena@ridgeback-quarry.example>"),
          ("Sent:", "Tuesday, 03 November 2026 08:12"),
          ("To:", "Highveld Sales <sales@highveldrock.example>"),
          ("Subject:", "PO RQ-45-2291 drilling consumables")]
    raw = message([
        ("From", addr("Johan van der Merwe", "johan@highveldrock.example")),
        ("To", addr("Thandi Mokoena", buy["email"])),
        ("Subject", "RE: PO RQ-45-2291 drilling consumables"),
        ("Date", rfcdate(t)),
        ("Message-ID", "<AS8P194MB1157C44E0D3B4F6A9D2E8B7C1A0F3E5D@AS8P194MB1157.EURP194.PROD.OUTLOOK.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("Content-Language", "en-ZA"),
    ], outlook_alt(body, qp, req, "_000_AS8P194MB1157C44E0D3B4F6A9D2E8B7C1A0F3E5DAS8P194MB1157EURP_", lang="EN-ZA"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: C(po, 1, q=36, d=deliv), 2: C(po, 2, d=deliv), 3: C(po, 3, d=deliv)})],
           "notes": "Mail of Thu 12 Nov: truck next Wednesday (18th), delivery the following day = 2026-11-19 (delivery wins). "
                    "Bits: only 36 committed, the balance of 24 has no date. Rods and adapters in full."}
    return [po], raw, exp


# ===========================================================================
# 012
# ===========================================================================

@case("pac-ibc-price-per-tonne-fr", "confirmation/fr-FR",
      "French Outlook reply rounds PAC to whole 1 200 kg IBCs and prices per tonne (PO per kg); hypochlorite 310 €/t equals the PO's 0.310/kg; '14/15 %' looks like a date.")
def c012():
    sup = SUP("CHIMIEOISE", "Chimie de l'Oise SAS", "adv@chimie-oise.example", "fr-FR")
    buy = BUY("Sarah Lindqvist", "sarah.lindqvist@clearwell-utilities.example")
    po = PO("CW-PO-20417", sup, buy, "EUR", "2026-11-06", [
        ("WT-PAC18", "Polyaluminium chloride PAC 18% Al2O3, in IBC", 23000, "KG", "0.280", "2026-12-08"),
        ("WT-NAOCL", "Sodium hypochlorite 14-15% active chlorine, in IBC", 12000, "KG", "0.310", "2026-12-08"),
    ])
    t = when(2026, 11, 10, 11, 4, 52, 1)
    is_wd("2026-12-08", "Tuesday")
    req = request_text(po, "Dear Sir or Madam,", "Sarah Lindqvist\nChemicals Procurement, Clearwell Utilities",
                       intro="Please find attached purchase order CW-PO-20417 for delivery to our Lille water treatment works.\n"
                             "Kindly confirm quantities, prices and delivery date.")
    body = """Bonjour Madame,

Nous vous remercions pour votre commande CW-PO-20417 et vous la confirmons comme suit :

- PAC 18 % : conditionnement uniquement en IBC de 1 200 kg, soit 20 IBC = 24 000 kg ; prix 285 €/t
- Hypochlorite de sodium 14/15 % : 12 000 kg en IBC, prix 310 €/t

Livraison le mardi 8 décembre sur votre station de Lille, créneau 8h-12h, en un seul camion citerne/plateau.
Les IBC sont consignés (caution 95 € l'unité, remboursée au retour).

Fiches de données de sécurité (version du 03/2026) jointes au bon de livraison.

Bien cordialement,

Émilie Lefèvre
Administration des ventes
Chimie de l'Oise SAS - ZI de Chambly, 60230 Chambly
Tél. : +33 3 44 21 58 90
"""
    qp = [("De :", "Sarah Lindqvist <sarah.lindqvist@clearwell-utilities.example>"),
          ("Envoyé :", "vendredi 6 novembre 2026 15:30"),
          ("À :", "ADV Chimie de l'Oise <adv@chimie-oise.example>"),
          ("Objet :", "Purchase order CW-PO-20417")]
    raw = message([
        ("From", addr("Émilie Lefèvre", "e.lefevre@chimie-oise.example", "iso-8859-15", "Q")),
        ("To", addr("Sarah Lindqvist", buy["email"])),
        ("Subject", "RE: Purchase order CW-PO-20417"),
        ("Date", rfcdate(t)),
        ("Message-ID", "<PR1P264MB3828D2A7B1C94E0FA6B3C8D9E1F2A3B4@PR1P264MB3828.FRAP264.PROD.OUTLOOK.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("Content-Language", "fr-FR"),
    ], outlook_alt(body, qp, req, "_000_PR1P264MB3828D2A7B1C94E0FA6B3C8D9E1F2A3B4PR1P264MB3828FRAP_",
                   cs="iso-8859-15", lang="FR"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: C(po, 1, q=24000, p=per("285", 1000)), 2: A(po, 2)})],
           "notes": "PAC rounded to 20 x 1 200 kg = 24 000 kg and 285 EUR/t = 0.285 EUR/kg (changed); hypochlorite 310 EUR/t = 0.310/kg, "
                    "12 000 kg, mardi 8 décembre = requested date -> accepted. Deposit 95 EUR, 8h-12h, SDS 03/2026 are distractors."}
    return [po], raw, exp


# ===========================================================================
# 013
# ===========================================================================

@case("guitars-html-table-ship-vs-delivery", "confirmation/en-US",
      "HTML-only reply with a pasted table that has both Ship Date and Est. Delivery columns (delivery wins), strings priced per 12-pack against a per-set PO, and US m/d/Y dates.")
def c013():
    sup = SUP("CRESCENTCITY", "Crescent City Music Distributors", "orders@crescentcitymusic.example", "en-US")
    buy = BUY("Erin Walsh", "erin.walsh@bellmont-music.example")
    po = PO("BMS-10877", sup, buy, "USD", "2026-11-04", [
        ("GTR-D18-NAT", "Dreadnought acoustic guitar, solid spruce top, natural", 12, "EA", "389.00", "2026-12-01"),
        ("STR-1152-PB", "Acoustic strings 11-52 phosphor bronze (sold in 12-packs)", 240, "SET", "4.50", "2026-12-01"),
        ("STK-5A-HK", "Drumsticks 5A hickory, wood tip", 144, "PR", "6.20", "2026-12-01"),
    ])
    t = when(2026, 11, 12, 13, 55, 40, -6)
    cell = 'style="border:1px solid #bfbfbf;padding:3px 8px"'
    head = 'style="border:1px solid #bfbfbf;padding:3px 8px;background:#1f3864;color:#ffffff"'
    rows = [
        ("1", "GTR-D18-NAT", "CCM-44871", "12", "$389.00", "11/20/2026", "11/24/2026"),
        ("2", "STR-1152-PB", "CCM-11520-12", "240 sets (20 x 12-pk)", "$57.00 / 12-pk", "11/20/2026", "11/24/2026"),
        ("3", "STK-5A-HK", "CCM-5AH", "144 pr", "$6.20", "Backordered - 12/04/2026", "12/08/2026"),
    ]
    table = (f'<table style="border-collapse:collapse;font-family:Calibri,Arial;font-size:11pt">\n<tr>'
             + "".join(f"<th {head}>{h}</th>" for h in ("PO Line", "Your Item", "Our SKU", "Qty", "Unit Price", "Ship Date", "Est. Delivery"))
             + "</tr>\n" + "\n".join("<tr>" + "".join(f"<td {cell}>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
             + "\n</table>")
    quoted = request_text(po, "Hello Crescent City team,", "Erin Walsh\nBuyer, Bellmont Music Stores", style="us")
    htm = simple_html(f"""<div>Hi Erin,</div>
<div><br></div>
<div>Thank you for PO BMS-10877. Please see our acknowledgment below:</div>
<div><br></div>
{table}
<div><br></div>
<div>Strings are only sold in 12-packs, priced per pack as shown. The 5A sticks are on backorder from the mill, first available ship date is 12/04.</div>
<div>Terms Net 30, FOB our Harahan, LA warehouse, freight prepaid &amp; add.</div>
<div><br></div>
<div>Thanks!</div>
<div>Marisol Guidry<br>Order Desk | Crescent City Music Distributors<br>5120 Jefferson Hwy, Harahan, LA 70123 | 504-555-0172</div>
<div><br></div>
<div style="border-top:1px solid #b5c4df;padding-top:3px"><b>From:</b> Erin Walsh &lt;erin.walsh@bellmont-music.example&gt;<br>
<b>Sent:</b> Wednesday, November 4, 2026 10:18 AM<br><b>To:</b> orders@crescentcitymusic.example<br><b>Subject:</b> PO BMS-10877</div>
<div><br></div>
<div>{brs(quoted)}</div>
""", style="font-family:Calibri,Arial,sans-serif;font-size:11pt")
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("Crescent City Order Desk", "orders@crescentcitymusic.example")),
        ("To", addr("Erin Walsh", buy["email"])),
        ("Subject", "RE: PO BMS-10877 - Acknowledgment"),
        ("Message-ID", "<BY5PR11MB4012F0A3C6E14D2B9E7A8C5D3B1F2E4A@BY5PR11MB4012.namprd11.prod.outlook.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
    ], text(htm, "html", "utf-8", "quoted-printable"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: C(po, 1, d="2026-11-24"),
                                       2: C(po, 2, p=per("57.00", 12), d="2026-11-24"),
                                       3: C(po, 3, d="2026-12-08")})],
           "notes": "Est. Delivery column wins over Ship Date: 11/24/2026 for lines 1-2, 12/08/2026 for the backordered sticks. "
                    "Strings $57.00 per 12-pack = $4.75 per set (PO $4.50). HTML only, no text part."}
    return [po], raw, exp


# ===========================================================================
# 014
# ===========================================================================

@case("newsletter-winter-offers-ie", "unrelated/en-IE",
      "Bulk newsletter from a supplier with an open PO: percentages, 'order by' and holiday dates, prices and a free-delivery threshold, but nothing about our order.")
def c014():
    sup = SUP("KILBRIDE", "Kilbride Agri Components Ltd", "sales@kilbride-agri.example", "en-IE")
    buy = BUY("Megan Price", "megan.price@fenland-agri.example")
    po = PO("4500031277", sup, buy, "GBP", "2026-11-10", [
        ("FAP-10442", "Spring tine 32x10, S-tine, cultivator", 200, "EA", "6.85", "2026-12-11"),
        ("FAP-40219", "Point 50 mm reversible, tine", 400, "EA", "2.10", "2026-12-11"),
    ])
    t = when(2026, 11, 17, 7, 30, 0, 0)
    plain = """KILBRIDE AGRI COMPONENTS - WINTER SERVICE NEWS
View this email in your browser: https://news.kilbride-agri.example/w/2611

Get your machines ready for spring

* 15% off all wearing parts (tines, points, shares, knives) on orders placed by 31/01/2027
* Free delivery to GB and IE on orders over EUR 500 / GBP 430
* NEW: boron-steel reversible points 50 mm - up to 3x the life of standard points, from EUR 2.35

Christmas opening hours
Our sales office closes at 13:00 on 23 December and reopens on Monday 4 January 2027.
Orders received after 18 December will be dispatched in the new year.

Meet us at the FTMTA Farm Machinery Show, RDS Dublin, 4-6 February 2027, stand 3.41.

You are receiving this email because you are a registered trade customer.
Unsubscribe: https://news.kilbride-agri.example/u/2611?c=FAP
Kilbride Agri Components Ltd, Unit 4, Kilbride Business Park, Navan, Co. Meath, C15 X2T7
"""
    htm = simple_html("""<table width="600" align="center" style="font-family:Arial,sans-serif;border:1px solid #ddd">
<tr><td style="background:#2e6b30;color:#fff;padding:16px;font-size:20px"><b>KILBRIDE AGRI COMPONENTS</b><br><span style="font-size:13px">Winter Service News</span></td></tr>
<tr><td style="padding:16px"><h2 style="color:#2e6b30">Get your machines ready for spring</h2>
<ul><li><b>15% off</b> all wearing parts (tines, points, shares, knives) on orders placed by <b>31/01/2027</b></li>
<li>Free delivery to GB and IE on orders over &euro;500 / &pound;430</li>
<li>NEW: boron-steel reversible points 50 mm &ndash; up to 3x the life of standard points, from &euro;2.35</li></ul>
<h3>Christmas opening hours</h3>
<p>Our sales office closes at 13:00 on 23 December and reopens on Monday 4 January 2027.<br>Orders received after 18 December will be dispatched in the new year.</p>
<p>Meet us at the FTMTA Farm Machinery Show, RDS Dublin, 4&ndash;6 February 2027, stand 3.41.</p></td></tr>
<tr><td style="font-size:11px;color:#777;padding:16px">You are receiving this email because you are a registered trade customer.
<a href="https://news.kilbride-agri.example/u/2611?c=FAP">Unsubscribe</a><br>Kilbride Agri Components Ltd, Unit 4, Kilbride Business Park, Navan, Co. Meath, C15 X2T7</td></tr>
</table>""")
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("Kilbride Agri Components", "news@kilbride-agri.example")),
        ("Reply-To", "sales@kilbride-agri.example"),
        ("To", buy["email"]),
        ("Subject", "Winter Service Offers - 15% off wearing parts until 31/01"),
        ("Message-ID", "<20261117073000.8f3c1a2b9d@news.kilbride-agri.example>"),
        ("List-Unsubscribe", "<https://news.kilbride-agri.example/u/2611?c=FAP>, <mailto:unsubscribe@news.kilbride-agri.example?subject=2611>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
        ("X-Campaign-ID", "winter-2611"),
    ], multi("alternative", "=_bnd_7a1f2e3d4c5b6a79_2611", [text(plain), text(htm, "html")]))
    exp = {"kind": "unrelated",
           "notes": "Marketing newsletter (List-Unsubscribe, Precedence: bulk) from a supplier with an open PO; "
                    "its dates and prices are promotions and holiday hours, not an answer about PO 4500031277."}
    return [po], raw, exp


# ===========================================================================
# 015
# ===========================================================================

@case("toys-etd-percent-gb2312", "confirmation/zh-CN",
      "Chinese (GB2312, base64) reply gives only FOB ship dates (ETD), raises one price by a percentage, and mentions an EN71 report dated March 2026.")
def c015():
    sup = SUP("XINYUE", "Ningbo Xinyue Wooden Toys Co., Ltd", "sales@xinyue-toys.example", "zh-CN")
    buy = BUY("Hannah Cole", "hannah.cole@puzzlewood-toys.example")
    po = PO("PWT-2026-311", sup, buy, "USD", "2026-11-02", [
        ("PW-TRAIN-50", "Wooden train set 50 pcs, EN71-1/2/3 + UKCA", 1200, "SET", "14.20", "2027-01-08"),
        ("PW-BEAR-30", "Plush bear 30 cm, CE/EN71, brown", 3000, "EA", "3.20", "2027-01-08"),
    ])
    t = when(2026, 11, 9, 10, 26, 8, 8)
    req = request_text(po, "Dear Lily,", "Hannah Cole\nSourcing Manager, Puzzlewood Toys Retail Ltd",
                       intro="Please find attached PO PWT-2026-311 (FOB Ningbo).\nPlease confirm quantities, prices and ETD.")
    body = """Hannah 您好！

感谢您的订单。PWT-2026-311 确认如下：

1. 木制火车套装 50件（PW-TRAIN-50）：1200 套，单价 USD 14.20，FOB 宁波，出货日期（ETD）2026年12月18日。
2. 30cm 毛绒熊（PW-BEAR-30）：3000 只。由于面料和棉花价格上涨，单价需上调 5%，出货日期（ETD）2026年12月23日。

EN71-1/2/3 测试报告（2026年3月签发，报告号 SHHL2603015872）及 UKCA 符合性声明随货提供。
付款方式：30% 定金，70% 见提单副本付款。

如有问题请随时联系。

祝好！
陈丽 Lily Chen
宁波欣悦木制玩具有限公司 外贸部
电话：+86 574 8826 1193
"""
    plain = body + "\n\n------------------ 原始邮件 ------------------\n" \
        "发件人: \"Hannah Cole\" <hannah.cole@puzzlewood-toys.example>;\n" \
        "发送时间: 2026年11月2日(星期一) 下午4:40\n" \
        "收件人: \"sales\" <sales@xinyue-toys.example>;\n" \
        "主题: PO PWT-2026-311\n\n" + req
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("陈丽 Lily Chen", "lily.chen@xinyue-toys.example", "gb2312")),
        ("To", addr("Hannah Cole", buy["email"])),
        ("Subject", ew("回复：PO PWT-2026-311 订单确认", "gb2312")),
        ("Message-ID", "<tencent_3E9A1C7B2D4F6E8A0B1C2D3E4F5A6B7C8D09@qq.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("X-Mailer", "Foxmail 7.2.25.228[cn]"),
    ], text(plain, "plain", "gb2312", "base64"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: C(po, 1, d="2026-12-18"),
                                       2: C(po, 2, p=pct("3.20", "5"), d="2026-12-23")})],
           "notes": "Only ETD (ship) dates are given, so they are the dates: 2026-12-18 and 2026-12-23. Bear price +5% on USD 3.20 = 3.36. "
                    "EN71 report of March 2026, 30%/70% payment split and '50件' are distractors."}
    return [po], raw, exp


# ===========================================================================
# 016
# ===========================================================================

@case("pv-modules-pallets-three-drops-nl", "confirmation/nl-NL",
      "Dutch Apple Mail reply rounds modules to whole pallets of 36 and spreads them over three deliveries, the last one as 'week 51'; inverters and rails on different dates.")
def c016():
    sup = SUP("SOLARNED", "SolarNed Distributie B.V.", "verkoop@solarned.example", "nl-NL")
    buy = BUY("Josh Hartley", "josh.hartley@sunvale-energy.example")
    po = PO("SV-PO-3391", sup, buy, "EUR", "2026-11-05", [
        ("PV-430-BB", "PV module 430 Wp mono bifacial, black frame", 1000, "EA", "92.50", "2026-12-18"),
        ("INV-10K-3P", "Hybrid inverter 10 kW 3-phase", 10, "EA", "1340.00", "2026-12-18"),
        ("MNT-RAIL-42", "Mounting rail 4.2 m aluminium", 400, "EA", "11.80", "2026-12-18"),
    ])
    t = when(2026, 11, 13, 9, 48, 2, 1)
    assert kw(2026, 51) == "2026-12-18"
    for x in ("2026-12-04", "2026-12-11"):
        is_wd(x, "Friday")
    assert 28 * 36 == 1008 and 10 * 36 == 360 and 8 * 36 == 288
    req = request_text(po, "Hi SolarNed team,", "Josh Hartley\nSupply Chain, Sunvale Energy Ltd")
    body = """Beste Josh,

Dank voor je order SV-PO-3391. Hierbij onze bevestiging:

Modules 430 Wp: wij leveren uitsluitend volle pallets van 36 stuks, dus we ronden af naar 1.008 stuks (28 pallets) tegen € 92,50 per stuk.
Levering in drie delen:
- 10 pallets (360 st.) op vrijdag 4 december
- 10 pallets (360 st.) op vrijdag 11 december
- de resterende 8 pallets (288 st.) in week 51

Omvormers 10 kW: 10 stuks conform order, levering samen met de tweede zending op 11 december.
Montagerails 4,2 m: akkoord, gaan mee met de eerste zending op 4 december.

Houd er rekening mee dat de chauffeur een laadklep heeft maar geen kooiaap; graag een heftruck op locatie.

Met vriendelijke groet,

Sanne de Vries
Binnendienst | SolarNed Distributie B.V.
Industrieweg 31, 4104 AR Culemborg
T +31 345 58 21 07
"""
    attr = "Op 5 nov 2026, om 14:20 heeft Josh Hartley <josh.hartley@sunvale-energy.example> het volgende geschreven:"
    plain = body + "\n" + attr + "\n\n" + quote(req) + "\n"
    htm = simple_html(f"""<div>{brs(body)}</div><div><br><blockquote type="cite"><div>{esc(attr)}</div><br>
<div>{brs(req)}</div></blockquote></div>""", style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;")
    raw = message([
        ("From", addr("Sanne de Vries", "s.devries@solarned.example")),
        ("Subject", "Re: PO SV-PO-3391"),
        ("Date", rfcdate(t)),
        ("In-Reply-To", po["request_message_id"]),
        ("To", addr("Josh Hartley", buy["email"])),
        ("References", po["request_message_id"]),
        ("Message-Id", "<8E2C4B1A-3F7D-4D9E-A6B5-0C1D2E3F4A5B@solarned.example>"),
        ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
    ], multi("alternative", "Apple-Mail=_1B7F0C9A-5E3D-4A21-8C6B-2F9D0E1A3B4C",
             [text(plain, cte="quoted-printable"), text(htm, "html")]))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {
               1: C(po, 1, q=1008, sched=[(360, "2026-12-04"), (360, "2026-12-11"), (288, kw(2026, 51))], d=kw(2026, 51)),
               2: C(po, 2, d="2026-12-11"),
               3: C(po, 3, d="2026-12-04")})],
           "notes": "Modules rounded to 28 pallets x 36 = 1 008 in three drops (360 on 4 Dec, 360 on 11 Dec, 288 in week 51 = Fri 2026-12-18). "
                    "Inverters with the second drop (11 Dec), rails with the first (4 Dec). Prices unchanged."}
    return [po], raw, exp


# ===========================================================================
# 017
# ===========================================================================

@case("glulam-will-revert-de-at", "needs_review/de-AT",
      "Human reply that promises a binding date by Wednesday and floats 'KW 50 realistisch' and 'KVH lagernd' without committing to anything.")
def c017():
    sup = SUP("HOLZMURTAL", "Holzindustrie Murtal GmbH", "verkauf@holz-murtal.example", "de-AT")
    buy = BUY("Stefan Huber", "stefan.huber@birchgate-baustoffe.example")
    po = PO("BG-AT-26-0318", sup, buy, "EUR", "2026-11-12", [
        ("BSH-GL24-120240", "Brettschichtholz GL24h 120x240 mm, 12 m, Fichte", 18, "EA", "412.00", "2026-12-11"),
        ("KVH-C24-60120", "Konstruktionsvollholz C24 60x120 mm, 13 m", 40, "EA", "61.80", "2026-12-11"),
    ])
    t = when(2026, 11, 13, 11, 37, 50, 1)
    is_wd("2026-11-18", "Wednesday")
    cols = ("Pos.", "Artikel", "Bezeichnung", "Menge", "ME", "Preis EUR", "Liefertermin")
    req = ("Sehr geehrte Damen und Herren,\n\nbitte um Bestätigung unserer Bestellung BG-AT-26-0318:\n\n"
           + po_table(po, "de", cols) + "\n\nLieferung frei Baustelle Graz-Puntigam.\n\nMfG\nStefan Huber\nEinkauf, Birchgate Baustoffe GmbH\n")
    body = """Sehr geehrter Herr Huber,

danke für Ihre Bestellung BG-AT-26-0318 – ich vertrete Herrn Lechner während seines Urlaubs.

Die BSH-Träger GL24h 120x240 in 12 m Länge müssen im Werk Judenburg erst eingeplant werden. Ich kläre das gerade mit der Produktion und melde mich spätestens Mittwoch, 18.11., mit einem verbindlichen Liefertermin für beide Positionen.
Erfahrungsgemäß wäre KW 50 realistisch, das kann ich Ihnen aber erst nach Rückmeldung des Werks bestätigen. Das KVH ist derzeit lagernd.

Mit freundlichen Grüßen
Theresa Pichler
Verkaufsinnendienst
Holzindustrie Murtal GmbH · Murtalstraße 5 · 8750 Judenburg
T +43 3572 8810 22
"""
    attr = "Am 12.11.2026 um 14:58 schrieb Stefan Huber:"
    plain = body + "\n" + attr + "\n" + quote(req) + "\n"
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("Theresa Pichler", "t.pichler@holz-murtal.example")),
        ("To", addr("Stefan Huber", buy["email"])),
        ("Subject", "Re: Bestellung BG-AT-26-0318"),
        ("Message-ID", "<5c0e9d7a-2b41-4f86-9a3e-7d1c8b6f4e20@holz-murtal.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "de-AT"),
    ], text(plain, "plain", "utf-8", "8bit", params="; format=flowed"))
    exp = {"kind": "needs_review",
           "notes": "Will revert by Wednesday 18.11 with a binding date; 'KW 50 realistisch' is explicitly unconfirmed and "
                    "'KVH lagernd' (in stock) is not a commitment of quantity or date."}
    return [po], raw, exp


# ===========================================================================
# 018
# ===========================================================================

@case("wc-pans-colleague-correction-pt", "confirmation/pt-PT",
      "A second person at the supplier tells us to ignore her colleague's mail quoted below (05/12) - the right date is 15/12 - and splits the basins into a 2027 remainder.")
def c018():
    sup = SUP("CERAMLIS", "Cerâmica do Lis, S.A.", "encomendas@ceramicadolis.example", "pt-PT")
    buy = BUY("Oliver Grant", "oliver.grant@aquaform-bathrooms.example")
    po = PO("AQF-5520", sup, buy, "EUR", "2026-11-04", [
        ("AQ-WC-RIMLESS", "Wall-hung WC pan rimless, white, 52 cm", 120, "EA", "68.00", "2026-12-10"),
        ("AQ-BAS-600", "Basin 600 mm, 1 tap hole, white", 90, "EA", "41.50", "2026-12-10"),
        ("AQ-SEAT-SC", "Soft-close seat, duroplast, quick release", 120, "EA", "19.00", "2026-12-10"),
    ])
    t = when(2026, 11, 10, 16, 42, 31, 0)
    req = request_text(po, "Dear Cerâmica do Lis team,", "Oliver Grant\nPurchasing, Aquaform Bathrooms Ltd")
    first = """Caro Oliver,

Confirmamos a encomenda AQF-5520 na íntegra, entrega a 05/12.

Cumprimentos,
Ana Ribeiro
Dep. Comercial
"""
    body = """Caro Oliver,

Por favor ignore o email da minha colega Ana abaixo – houve um erro na consulta ao planeamento.

A data correta de entrega é 15/12/2026 para as sanitas e para os assentos.
Os lavatórios 600 mm: conseguimos apenas 60 unidades a 15/12; as restantes 30 seguem a 08/01/2027 (paragem do forno no Natal).

As quantidades restantes e os preços mantêm-se conforme a sua encomenda.
Pedimos desculpa pelo lapso.

Com os melhores cumprimentos,

Rui Costa
Diretor Comercial
Cerâmica do Lis, S.A. | Zona Industrial da Cova das Faias, 2415-017 Leiria
Tel. +351 244 819 300
"""
    q1 = [("De:", "Ana Ribeiro <ana.ribeiro@ceramicadolis.example>"),
          ("Enviada:", "terça-feira, 10 de novembro de 2026 11:02"),
          ("Para:", "Oliver Grant <oliver.grant@aquaform-bathrooms.example>"),
          ("Cc:", "Rui Costa <rui.costa@ceramicadolis.example>"),
          ("Assunto:", "RE: Purchase order AQF-5520")]
    q0 = [("From:", "Oliver Grant <oliver.grant@aquaform-bathrooms.example>"),
          ("Sent:", "04 November 2026 15:20"),
          ("To:", "encomendas@ceramicadolis.example"),
          ("Subject:", "Purchase order AQF-5520")]
    quoted_plain = first + "\n" + ol_hdr_text(q0) + "\n\n" + req
    quoted_html = mso(first) + '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">' \
        + ol_hdr_html(q0) + "</p></div>\n" + mso(req)
    raw = message([
        ("From", addr("Rui Costa", "rui.costa@ceramicadolis.example")),
        ("To", addr("Oliver Grant", buy["email"])),
        ("CC", addr("Ana Ribeiro", "ana.ribeiro@ceramicadolis.example")),
        ("Subject", "RE: Purchase order AQF-5520"),
        ("Date", rfcdate(t)),
        ("Message-ID", "<DB9PR02MB7291B44C0E1F4A8D9C6B3E2A1F0D7C5B@DB9PR02MB7291.eurprd02.prod.outlook.example>"),
        ("In-Reply-To", "<DB9PR02MB72917A0F3C2E4D1B8A9E6C5D4B3A2F1E@DB9PR02MB7291.eurprd02.prod.outlook.example>"),
        ("References", refs(po["request_message_id"], "<DB9PR02MB72917A0F3C2E4D1B8A9E6C5D4B3A2F1E@DB9PR02MB7291.eurprd02.prod.outlook.example>")),
        ("Content-Language", "pt-PT"),
    ], outlook_alt(body, q1, quoted_plain, "_000_DB9PR02MB7291B44C0E1F4A8D9C6B3E2A1F0D7C5BDB9PR02MB7291eurp_",
                   lang="PT", quoted_html=quoted_html))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {
               1: C(po, 1, d="2026-12-15"),
               2: C(po, 2, sched=[(60, "2026-12-15"), (30, "2027-01-08")], d="2027-01-08"),
               3: C(po, 3, d="2026-12-15")})],
           "notes": "The newest statement (Rui Costa) overrides Ana's quoted 'na íntegra, entrega a 05/12': WC pans and seats 15/12/2026, "
                    "basins 60 on 15/12 + 30 on 08/01/2027. Prices and total quantities unchanged."}
    return [po], raw, exp


# ===========================================================================
# 019
# ===========================================================================

@case("valves-inline-answers-de-ch", "confirmation/de-CH",
      "Swiss Thunderbird reply typed inline under each quoted PO line; every quoted line still shows our own 'Wunschtermin', and DN50/PN40/1.4408/GG-25 are look-alike numbers.")
def c019():
    sup = SUP("ARMRHEINTAL", "Armaturen Rheintal AG", "verkauf@armaturen-rheintal.example", "de-CH")
    buy = BUY("Lena Vogt", "lena.vogt@castor-prozesstechnik.example")
    po = PO("CPT-4501-226", sup, buy, "EUR", "2026-11-06", [
        ("KH-DN50-PN40", "Kugelhahn DN50 PN40, 1.4408, Flansch", 10, "EA", "286.00", "2026-12-04"),
        ("RV-DN25-PN16", "Rückschlagventil DN25 PN16, GG-25", 24, "EA", "58.40", "2026-12-04"),
        ("DI-DN50-PN40", "Flachdichtung DN50 PN40, Graphit 2 mm", 40, "EA", "3.90", "2026-12-04"),
    ])
    t = when(2026, 11, 11, 10, 15, 3, 1)
    is_wd("2026-12-11", "Friday")
    body = """Grüezi Frau Vogt

Besten Dank für die Bestellung, meine Antworten direkt im Text.

Am 06.11.2026 um 11:30 schrieb Lena Vogt:
> Sehr geehrte Damen und Herren,
>
> bitte bestätigen Sie unsere Bestellung CPT-4501-226 positionsweise:
>
> Pos. 1  KH-DN50-PN40  Kugelhahn DN50 PN40, 1.4408, Flansch
>         10 Stk à EUR 286,00   Wunschtermin 04.12.2026

OK, 10 Stk à 286,00 - Liefertermin 11.12.2026 (Gehäuse kommen erst in KW 49 aus der Giesserei)

> Pos. 2  RV-DN25-PN16  Rückschlagventil DN25 PN16, GG-25
>         24 Stk à EUR 58,40    Wunschtermin 04.12.2026

Menge und Termin ok, Preis neu EUR 61,20/Stk (Materialteuerungszuschlag seit 01.10.2026)

> Pos. 3  DI-DN50-PN40  Flachdichtung DN50 PN40, Graphit 2 mm
>         40 Stk à EUR 3,90     Wunschtermin 04.12.2026

VPE 50 Stk - wir liefern 50 Stk, Preis und Termin ok

> Lieferadresse: Castor Prozesstechnik GmbH, Wareneingang Tor 2,
> Gewerbestrasse 12, 79576 Weil am Rhein
>
> Freundliche Grüsse
> Lena Vogt
> Einkauf

Freundliche Grüsse

Beat Zünd
Verkaufsinnendienst
Armaturen Rheintal AG, Bahnhofstrasse 40, 9443 Widnau
Tel. +41 71 727 18 40
"""
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("Beat Zünd", "b.zuend@armaturen-rheintal.example", "iso-8859-1", "Q")),
        ("To", addr("Lena Vogt", buy["email"])),
        ("Subject", "Re: Bestellung CPT-4501-226"),
        ("Message-ID", "<b7e2c1d0-4f3a-49e8-8c6d-1a2b3c4d5e6f@armaturen-rheintal.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2"),
        ("Content-Language", "de-CH"),
    ], text(body, "plain", "iso-8859-1", "quoted-printable", params="; format=flowed"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: C(po, 1, d="2026-12-11"),
                                       2: C(po, 2, p="61.20"),
                                       3: C(po, 3, q=50)})],
           "notes": "Inline answers: pos 1 date 11.12.2026 (KW 49 is a casting date); pos 2 new price 61.20 (01.10.2026 is the surcharge start); "
                    "pos 3 rounded to the 50-piece pack. The quoted 'Wunschtermin 04.12.2026' lines are our request."}
    return [po], raw, exp


# ===========================================================================
# 020
# ===========================================================================

@case("ticket-system-autoack", "auto_reply/en-GB",
      "Help-desk auto-acknowledgment that creates a ticket number, promises a reply in 2 working days and quotes our PO (with its dates) below the 'reply above this line' marker.")
def c020():
    sup = SUP("MIDSWITCH", "Midland Switchgear Supplies Ltd", "orders@midland-switchgear.example", "en-GB")
    buy = BUY("Amir Shah", "amir.shah@voltaris.example")
    po = PO("VLT-UK-20771", sup, buy, "GBP", "2026-11-12", [
        ("MSS-RCBO-B32", "RCBO 1P+N B32 30mA type A, 6kA", 48, "EA", "21.40", "2026-11-30"),
        ("MSS-CU-18W", "Consumer unit 18-way, dual RCD, metal", 6, "EA", "118.00", "2026-11-30"),
    ])
    t = when(2026, 11, 12, 14, 6, 51, 0)
    req = request_text(po, "Hello,", "Amir Shah\nBuyer, Voltaris Installations UK")
    body = f"""##- Please type your reply above this line -##

Your request (#48213) has been received and is being reviewed by our Order Processing team.

Thank you for contacting Midland Switchgear Supplies. This is an automated response - please do not reply to this email unless you wish to add information to your request.

Our team aims to respond within 2 working days. Orders received before 12:00 are normally processed the same day.

Ticket created: 12/11/2026 14:06
Status: Open
Priority: Normal

To add a comment, reply to this email.

----------------------------------------------

Amir Shah, 12 Nov 2026, 14:06 GMT

{req}
--------------------------------
This email is a service from Midland Switchgear Supplies Helpdesk.
[QZ8R1V-7M4K2]
"""
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("Midland Switchgear Supplies", "support@midland-switchgear.example")),
        ("Reply-To", addr("Midland Switchgear Supplies", "support+id48213@midland-switchgear.example")),
        ("To", addr("Amir Shah", buy["email"])),
        ("Subject", "[Midland Switchgear] Re: Purchase order VLT-UK-20771 [Ticket #48213]"),
        ("Message-ID", "<QZ8R1V7M4K2_6734a91b2c3d4_18a2f_sprut@helpdesk.midland-switchgear.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Precedence", "bulk"),
        ("X-Helpdesk-Ticket", "48213"),
    ], text(body, "plain", "utf-8", "quoted-printable"))
    exp = {"kind": "auto_reply",
           "notes": "Ticket-system acknowledgment (#48213): receipt only, response promised within 2 working days; "
                    "the quoted PO table below the marker is ours."}
    return [po], raw, exp


# ===========================================================================
# 021
# ===========================================================================

@case("sports-erp-pdf-positions-da", "confirmation/da-DK",
      "Automatic ERP mail with a Danish PDF order confirmation: positions 10/20/30, supplier item numbers beside ours, decimal commas, an order date, a price-validity date and totals.")
def c021():
    sup = SUP("NORDISKSPORT", "Nordisk Sport A/S", "ordre@nordisksport.example", "da-DK")
    buy = BUY("Chloe Adams", "chloe.adams@summit-sports.example")
    po = PO("SSR-PO-88210", sup, buy, "EUR", "2026-11-05", [
        ("SSR-FB5-MATCH", "Football size 5, match, FIFA Quality", 300, "EA", "12.40", "2026-12-04"),
        ("SSR-GOAL-3X2", "Futsal goal 3x2 m, foldable, pair", 4, "PR", "415.00", "2026-12-04"),
        ("SSR-CONE-50", "Marker cones, set of 50", 60, "SET", "7.90", "2026-12-04"),
    ])
    t = when(2026, 11, 9, 14, 21, 7, 1)
    assert 300 * Decimal("12.40") + 4 * Decimal("415.00") + 60 * Decimal("8.20") == Decimal("5872.00")
    items = [
        (50, 800, 16, "Nordisk Sport A/S", True),
        (50, 784, 9, "Industrivej 18  -  7100 Vejle  -  Danmark  -  CVR 31 28 44 10"),
        (50, 740, 15, "ORDREBEKRÆFTELSE", True),
        (50, 716, 10, "Ordrenr.: 71055"),
        (50, 702, 10, "Ordredato: 09.11.2026"),
        (50, 688, 10, "Jeres ordre: SSR-PO-88210 af 05.11.2026"),
        (50, 674, 10, "Kundenr.: 30418"),
        (320, 716, 10, "Summit Sports Retail Ltd"),
        (320, 702, 10, "Att.: Chloe Adams"),
        (320, 688, 10, "Unit 12, Trafford Park Road"),
        (320, 674, 10, "Manchester M17 1HG, United Kingdom"),
        (50, 650, 9, "Leveringsbetingelse: DAP Manchester (Incoterms 2020)     Betalingsbetingelse: Netto 30 dage     Valuta: EUR"),
    ]
    rows = [("Pos", "Varenr.", "Jeres varenr.", "Beskrivelse", "Antal", "Enh.", "Pris", "Beløb", "Lev.dato"),
            ("10", "NS-FB5-M", "SSR-FB5-MATCH", "Fodbold str. 5, match", "300", "stk", "12,40", "3.720,00", "04.12.2026"),
            ("20", "NS-GF-32", "SSR-GOAL-3X2", "Futsalmål 3x2 m, sammenklappelig", "4", "par", "415,00", "1.660,00", "10.12.2026"),
            ("30", "NS-KG-50", "SSR-CONE-50", "Markeringskegler, sæt à 50", "60", "sæt", "8,20", "492,00", "04.12.2026")]
    tab, y = pdf_rows(rows, [50, 75, 130, 200, 345, 375, 400, 440, 495], 620, size=8, step=16, bold_first=True)
    items += tab
    items += [(345, y - 8, 9, "Ordretotal ekskl. moms:", True), (470, y - 8, 9, "5.872,00 EUR", True),
              (50, y - 40, 8, "Pos. 20: Leveringsdato ændret - mål leveres fra fabrik i uge 50."),
              (50, y - 52, 8, "Pos. 30: Ny pris iht. prisliste 2026-2, gældende fra 01.11.2026."),
              (50, y - 64, 8, "Priserne er gældende til 31.12.2026. Der tages forbehold for trykfejl."),
              (50, 60, 7, "Nordisk Sport A/S  -  Tlf. +45 75 82 14 00  -  ordre@nordisksport.example  -  Danske Bank 3201 0012 448 190"),
              (500, 60, 7, "Side 1 af 1")]
    pdf = make_pdf([items], title="Ordrebekræftelse 71055", producer="Navision ReportServer 14.0", compress=True,
                   created="D:20261109142100+01'00'")
    body = """Kære kunde

Vedhæftet finder du ordrebekræftelse 71055 vedrørende jeres indkøbsordre SSR-PO-88210.
Kontroller venligst bekræftelsen og kontakt os inden 2 hverdage, hvis der er afvigelser.

Denne e-mail er sendt automatisk fra vores ordresystem og kan ikke besvares.
Spørgsmål: salg@nordisksport.example / +45 75 82 14 00

Med venlig hilsen
Nordisk Sport A/S
"""
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("Nordisk Sport A/S", "ordre@nordisksport.example")),
        ("To", buy["email"]),
        ("Subject", ew("Ordrebekræftelse 71055 - Jeres ordre SSR-PO-88210", "iso-8859-1", "Q")),
        ("Message-ID", "<NAV.71055.20261109142107@erp.nordisksport.example>"),
        ("X-Mailer", "Microsoft Dynamics NAV SMTP"),
    ], multi("mixed", "----=_NAV_71055_8F2A", [
        text(body, "plain", "iso-8859-1", "quoted-printable"),
        attach(pdf, "application/pdf", "Ordrebekræftelse_71055.pdf")]))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: A(po, 1), 2: C(po, 2, d="2026-12-10"), 3: C(po, 3, p="8.20")})],
           "notes": "ERP PDF: pos 10 = line 1 as ordered; pos 20 = line 2 delivery 10.12.2026; pos 30 = line 3 new price 8,20. "
                    "Ordredato 09.11, PO date 05.11, price validity 31.12.2026, 'uge 50' remark and totals are not line dates/prices."}
    return [po], raw, exp


# ===========================================================================
# 022
# ===========================================================================

@case("boots-size-run-br", "confirmation/pt-BR",
      "Brazilian reply confirms a size run where sizes (39-44) sit next to pair counts, cuts one size, drops a discontinued last, and gives a ship date plus a port ETA equal to our need date.")
def c022():
    sup = SUP("SERRAGAUCHA", "Calçados Serra Gaúcha Ltda.", "pedidos@serragaucha.example", "pt-BR")
    buy = BUY("Amelia Hughes", "amelia.hughes@strideandco.example")
    sizes = [(39, 24), (40, 36), (41, 48), (42, 48), (43, 36), (44, 24)]
    po = PO("STR-2026-0455", sup, buy, "USD", "2026-11-03", [
        (f"BT-CHEL-BRN-{s}", f"Chelsea boot, brown leather, size {s} EU", q, "PR", "38.50", "2027-01-22") for s, q in sizes])
    t = when(2026, 11, 11, 10, 44, 16, -3)
    req = request_text(po, "Hi Fernanda,", "Amelia Hughes\nBuying Team, Stride & Co",
                       intro="Please find attached our order STR-2026-0455 for the Chelsea boot in brown, CFR Felixstowe.\n"
                             "Please confirm the size run, price and shipping dates.")
    body = """Olá Amelia, tudo bem?

Segue a confirmação do pedido STR-2026-0455 (Chelsea boot couro marrom):

Grade confirmada
39 - 24 pares
40 - 36 pares
41 - 48 pares
42 - 48 pares
43 - 30 pares (só temos couro cortado para 30, não conseguimos completar os 36)
44 - infelizmente a forma 44 foi descontinuada pelo fornecedor de formas e não vamos conseguir produzir essa numeração

Preço mantido: US$ 38,50 o par, CFR Felixstowe.
Embarque previsto: 18/12/2026 (navio Atlântico Sul, porto de Rio Grande)
Chegada estimada em Felixstowe: 22/01/2027

Qualquer dúvida estou à disposição.

Abraço,
Fernanda Lopes
Exportação | Calçados Serra Gaúcha Ltda.
Rua Bento Gonçalves, 2210 - Novo Hamburgo/RS - CEP 93510-000
+55 51 3594 1180
"""
    attr = "Em ter., 3 de nov. de 2026 às 13:05, Amelia Hughes <amelia.hughes@strideandco.example> escreveu:"
    plain = body + "\n" + attr + "\n\n" + quote(req) + "\n"
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("Fernanda Lopes", "fernanda.lopes@serragaucha.example")),
        ("To", addr("Amelia Hughes", buy["email"])),
        ("Subject", "Re: Order STR-2026-0455 - Chelsea boot brown"),
        ("Message-ID", "<CAPz7vR1kT9mW3qL8nX2cB5yH0sJ4fD6gA1eK7uO3iN9pQ2wZtE@mail.gmail.com>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
    ], multi("alternative", "000000000000f2a61805f2e1b7c3",
             [text(plain), text(gmail_html(brs(body), attr, brs(req)), "html")]))
    labels = {i: A(po, i) for i in (1, 2, 3, 4)}
    labels[5] = C(po, 5, q=30)
    labels[6] = REJ
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, labels)],
           "notes": "Sizes 39-42 as ordered; size 43 cut to 30 pairs; size 44 rejected (last discontinued). Delivery (ETA Felixstowe 22/01/2027) "
                    "wins over the 18/12/2026 sailing and equals the requested date. Sizes 39-44 next to pair counts are the trap."}
    return [po], raw, exp


# ===========================================================================
# 023
# ===========================================================================

@case("croscarmellose-conditional-moq-fr-be", "needs_review/fr-BE",
      "Belgian French reply accepts only on condition that we raise a line to the 500 kg minimum and asks for our agreement; a likely week is mentioned but nothing is confirmed.")
def c023():
    sup = SUP("EXCIPIA", "Excipia Benelux SA", "commandes@excipia.example", "fr-BE")
    buy = BUY("Jonas Hartmann", "jonas.hartmann@corvina-pharma.example")
    po = PO("PO-26-0902", sup, buy, "EUR", "2026-11-09", [
        ("EXC-0611", "Croscarmellose sodium Ph.Eur./NF", 300, "KG", "14.60", "2026-12-15"),
        ("EXC-0702", "Povidone K30 Ph.Eur.", 150, "KG", "11.20", "2026-12-15"),
    ])
    t = when(2026, 11, 12, 9, 3, 38, 1)
    req = request_text(po, "Dear Excipia team,", "Jonas Hartmann\nEinkauf Rohstoffe, Corvina Pharma GmbH", style="de",
                       intro="please find attached our purchase order PO-26-0902.\nKindly confirm quantities, prices and delivery dates.")
    body = """Bonjour Monsieur Hartmann,

Merci pour votre commande PO-26-0902.

Pour la croscarmellose sodique, notre quantité minimale de production est de 500 kg (un lot complet). Nous pouvons accepter votre commande à condition que la quantité soit portée à 500 kg, au même prix de 14,60 €/kg. La povidone K30 est disponible en stock.

Pouvez-vous nous confirmer votre accord sur les 500 kg ? Dès réception, nous vous enverrons notre confirmation de commande avec les dates de livraison (en principe semaine 51, sous réserve de la libération du lot par notre QA).

Bien à vous,

Nathalie Dubois
Customer Service Pharma
Excipia Benelux SA - Rue de l'Industrie 27, 1400 Nivelles
Tél. +32 67 88 41 20
"""
    qp = [("De :", "Hartmann, Jonas <jonas.hartmann@corvina-pharma.example>"),
          ("Envoyé :", "lundi 9 novembre 2026 16:47"),
          ("À :", "Commandes Excipia <commandes@excipia.example>"),
          ("Objet :", "Purchase order PO-26-0902")]
    raw = message([
        ("From", addr("Dubois Nathalie", "n.dubois@excipia.example")),
        ("To", addr("Hartmann, Jonas", buy["email"])),
        ("Subject", "RE: Purchase order PO-26-0902"),
        ("Date", rfcdate(t)),
        ("Message-ID", "<AM0PR09MB4178E6D2C1B0A9F8E7D6C5B4A3F2E1D0@AM0PR09MB4178.eurprd09.prod.outlook.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("Content-Language", "fr-BE"),
    ], outlook_alt(body, qp, req, "_000_AM0PR09MB4178E6D2C1B0A9F8E7D6C5B4A3F2E1D0AM0PR09MB4178eurp_", lang="FR-BE"))
    exp = {"kind": "needs_review",
           "notes": "Conditional acceptance: the order is accepted only if we raise line 1 to 500 kg, and the supplier asks for our agreement "
                    "before sending dates; 'semaine 51' is 'en principe' and subject to QA release."}
    return [po], raw, exp


# ===========================================================================
# 024
# ===========================================================================

@case("rail-clips-price-per-100-cz", "confirmation/cs-CZ",
      "Czech windows-1250 reply quotes prices per 100 pcs (one equal to the PO, one higher), writes dates as '11. 12. 2026' and gives one line as '51. týden'; Skl 14, 49E1/60E1 and M22x150 are look-alikes.")
def c024():
    sup = SUP("ZSPPREROV", "ŽSP Přerov s.r.o.", "objednavky@zsp-prerov.example", "cs-CZ")
    buy = BUY("Gareth Lloyd", "gareth.lloyd@railcore-maintenance.example")
    po = PO("RCM-PO-7120", sup, buy, "EUR", "2026-11-04", [
        ("RC-SKL14", "Tension clamp Skl 14, for rail 49E1/60E1", 4000, "EA", "1.18", "2026-12-11"),
        ("RC-PAD-S49", "Rail pad 6 mm, EVA, for 49E1", 4000, "EA", "0.62", "2026-12-11"),
        ("RC-BOLT-M22", "Hook bolt M22x150 with nut, grade 5.6", 1500, "EA", "1.95", "2026-12-11"),
    ])
    t = when(2026, 11, 9, 13, 17, 25, 1)
    assert kw(2026, 51) == "2026-12-18"
    req = request_text(po, "Dear ŽSP team,", "Gareth Lloyd\nSenior Buyer, Railcore Maintenance Ltd")
    body = """Dobrý den, pane Lloyde,

děkujeme za objednávku RCM-PO-7120, kterou tímto potvrzujeme:

1. Svěrka Skl 14 pro kolejnice 49E1/60E1 - 4 000 ks, cena 118,00 EUR/100 ks, dodání do 11. 12. 2026
2. Podložka pod patu kolejnice 6 mm, EVA - 4 000 ks, nová cena 64,50 EUR/100 ks (zdražení granulátu od 1. 11.), dodání do 11. 12. 2026
3. Šroub svěrkový M22x150 s maticí, pevnost 5.6 - 1 500 ks, 1,95 EUR/ks, dodání v 51. týdnu

Dodací podmínky: FCA Přerov, splatnost 45 dní od data vystavení faktury.

S pozdravem

Ing. Petra Dvořáková
obchodní oddělení
ŽSP Přerov s.r.o., Tovární 1214/7, 750 02 Přerov
tel.: +420 581 226 310
"""
    qp = [("Od:", "Gareth Lloyd <gareth.lloyd@railcore-maintenance.example>"),
          ("Odesláno:", "středa 4. listopadu 2026 10:26"),
          ("Komu:", "objednavky@zsp-prerov.example"),
          ("Předmět:", "Purchase order RCM-PO-7120")]
    raw = message([
        ("From", addr("Petra Dvořáková", "dvorakova@zsp-prerov.example", "iso-8859-2", "Q")),
        ("To", addr("Gareth Lloyd", buy["email"])),
        ("Subject", "RE: Purchase order RCM-PO-7120"),
        ("Date", rfcdate(t)),
        ("Message-ID", "<002b01dd5827$9a4c1e60$cee45b20$@zsp-prerov.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "cs"),
    ], outlook_alt(body, qp, req, "----=_NextPart_000_002C_01DD582F.FC0E2B60", cs="windows-1250", lang="CS"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: A(po, 1), 2: C(po, 2, p=per("64.50", 100)), 3: C(po, 3, d=kw(2026, 51))})],
           "notes": "118,00 EUR/100 ks = 1.18 (as ordered); 64,50 EUR/100 ks = 0.645 (changed); '51. týden' = Fri 2026-12-18. "
                    "'1. 11.' is the surcharge start, '45 dní' payment terms."}
    return [po], raw, exp


# ===========================================================================
# 025
# ===========================================================================

@case("two-pos-one-mail-us", "confirmation/en-US",
      "One US reply answers two open POs but skips one line; the quoted chaser has our UK-format dates while the supplier writes m/d with no year ('1/8' = 8 January); '1 3/8\"' and '3/8 BSP' look like dates.")
def c025():
    sup = SUP("PRAIRIEAG", "Prairie Ag Parts Inc.", "orders@prairieagparts.example", "en-US")
    buy = BUY("Megan Price", "megan.price@fenland-agri.example")
    po1 = PO("4500031188", sup, buy, "USD", "2026-10-28", [
        ("FAP-PTO-4-1010", "PTO shaft cat. 4, 1 3/8\" 6-spline, 1010 mm", 10, "EA", "212.00", "2026-12-10"),
        ("FAP-HH-2SN-1500", "Hydraulic hose 1/2\" 2SN, 3/8 BSP female both ends, 1500 mm", 40, "EA", "18.75", "2026-12-10"),
        ("FAP-TLP-C2-25", "Top link pin cat. 2, 25 mm, with linch pin", 30, "EA", "6.40", "2026-12-10"),
    ])
    po2 = PO("4500031240", sup, buy, "USD", "2026-11-04", [
        ("FAP-KN-BH", "Baler knotter bill hook", 25, "EA", "34.90", "2026-12-17"),
        ("FAP-KN-TD", "Twine disc, knotter", 25, "EA", "22.60", "2026-12-17"),
        ("FAP-PU-TS2", "Pickup tooth spring, double", 200, "EA", "3.15", "2026-12-17"),
    ])
    t = when(2026, 11, 13, 15, 8, 19, -6)
    assert next_on_or_after(maildate(t), 1, 8) == "2027-01-08"
    assert next_on_or_after(maildate(t), 12, 10) == "2026-12-10"
    chaser = """Hi Brad,

Could you please confirm our two open orders?

PO 4500031188 (sent 28/10/2026): 10 x PTO shaft cat. 4 1 3/8" 6-spline, 40 x hydraulic hose 1/2" 2SN 3/8 BSP, 30 x top link pin cat. 2 - need by 10/12/2026
PO 4500031240 (sent 04/11/2026): 25 bill hooks, 25 twine discs, 200 pickup tooth springs - need by 17/12/2026

Thanks,
Megan

Megan Price
Purchasing | Fenland Agri Parts Ltd
"""
    body = """Megan,

Sorry for the delay, confirming both:

4500031188 - PTO shafts (10) @ $212.00 and the 1/2" 2SN hose assemblies w/ 3/8 BSP ends (40) @ $18.75. Delivery 12/10 as requested, they'll go out with the weekly consolidation to Felixstowe.

4500031240 - bill hooks and twine discs, 25 each, on track for 12/17. Pickup tooth springs: we have 150 on hand for 12/17, the other 50 come in from our supplier after New Year and will deliver 1/8.

Let me know if you need anything else.

Brad Kowalski
Export Sales | Prairie Ag Parts Inc.
1900 N. Broadway, Salina, KS 67401
785-555-0139
"""
    qp = [("From:", "Megan Price <megan.price@fenland-agri.example>"),
          ("Date:", "Thursday, November 12, 2026 at 4:51 AM"),
          ("To:", "Brad Kowalski <brad@prairieagparts.example>"),
          ("Subject:", "Open orders 4500031188 / 4500031240")]
    raw = message([
        ("From", addr("Brad Kowalski", "brad@prairieagparts.example")),
        ("To", addr("Megan Price", buy["email"])),
        ("Subject", "RE: Open orders 4500031188 / 4500031240"),
        ("Date", rfcdate(t)),
        ("Message-ID", "<CH3PR18MB5762D7E1F0A24B3C8D9E6F5A4B3C2D1E@CH3PR18MB5762.namprd18.prod.outlook.example>"),
        ("In-Reply-To", "<LO4P265MB6611A0B1C2D3E4F5A6B7C8D9E0F1A2B3@LO4P265MB6611.GBRP265.PROD.OUTLOOK.example>"),
        ("References", refs(po1["request_message_id"], po2["request_message_id"],
                            "<LO4P265MB6611A0B1C2D3E4F5A6B7C8D9E0F1A2B3@LO4P265MB6611.GBRP265.PROD.OUTLOOK.example>")),
        ("X-Mailer", "Microsoft Outlook for Mac 16.90"),
    ], outlook_alt(body, qp, chaser, "B_3856172499_1420873611", lang="EN-US"))
    exp = {"kind": "confirmation",
           "confirmations": [
               CONF(po1, {1: A(po1, 1), 2: A(po1, 2), 3: UNC}),
               CONF(po2, {1: A(po2, 1), 2: A(po2, 2),
                          3: C(po2, 3, sched=[(150, "2026-12-17"), (50, "2027-01-08")], d="2027-01-08")})],
           "notes": "Both POs answered: 4500031188 shafts and hoses as requested (12/10), the top link pins are not mentioned -> unconfirmed; 4500031240 lines 1-2 on 12/17, springs 150 on 12/17 + 50 on '1/8' "
                    "(US month/day, no year -> 2027-01-08). Our quoted chaser writes dates day-first."}
    return [po1, po2], raw, exp


# ===========================================================================
# 026
# ===========================================================================

@case("three-open-two-answered-de", "confirmation/de-DE",
      "German reply answers two of three open POs (one with 'KW 49', one with a per-100 m cable price and a copper-index date) and defers the third.")
def c026():
    sup = SUP("SALIPPE", "Schaltanlagen Lippe GmbH", "vertrieb@sa-lippe.example", "de-DE")
    buy = BUY("Jan Becker", "jan.becker@voltaris.example")
    po1 = PO("4711-0231", sup, buy, "EUR", "2026-11-02", [
        ("NH1-250-GG", "NH-Sicherungseinsatz NH1 gG 250A", 60, "EA", "6.40", "2026-12-02"),
        ("NH00-63-GG", "NH-Sicherungseinsatz NH00 gG 63A", 120, "EA", "3.10", "2026-12-02"),
    ])
    po2 = PO("4711-0245", sup, buy, "EUR", "2026-11-05", [
        ("NYM-J-5X2.5", "Mantelleitung NYM-J 5x2,5 mm², Ring 100 m", 2000, "M", "1.38", "2026-12-02"),
        ("NYM-J-3X1.5", "Mantelleitung NYM-J 3x1,5 mm², Ring 100 m", 3000, "M", "0.62", "2026-12-02"),
    ])
    po3 = PO("4711-0252", sup, buy, "EUR", "2026-11-09", [
        ("VT-ZS-1100", "Zählerschrank 1100x800, 3 Zählerplätze, komplett bestückt", 2, "EA", "1480.00", "2026-12-16"),
    ])
    t = when(2026, 11, 16, 11, 22, 45, 1)
    assert kw(2026, 49) == "2026-12-04"
    body = """Guten Tag Herr Becker,

vielen Dank für Ihre Bestellungen. Hiermit bestätigen wir:

Bestellung 4711-0231 (NH-Sicherungen)
  Pos. 1  NH1 gG 250A     60 St.    6,40 €/St.
  Pos. 2  NH00 gG 63A    120 St.    3,10 €/St.
  Liefertermin für beide Positionen: KW 49

Bestellung 4711-0245 (Mantelleitungen)
  Pos. 1  NYM-J 5x2,5 mm²   2.000 m (20 Ringe à 100 m)   138,00 €/100 m   Liefertermin 02.12.2026
  Pos. 2  NYM-J 3x1,5 mm²   3.000 m (30 Ringe à 100 m)    65,90 €/100 m   Liefertermin 02.12.2026
  Hinweis: Aufgrund der gestiegenen Kupfernotierung (DEL-Notiz 1.012,45 €/100 kg vom 13.11.2026) mussten wir den Preis für Pos. 2 anpassen.

Zur Bestellung 4711-0252 (Zählerschränke) melden wir uns separat, da unsere Konstruktion die Ausführung noch prüft.

Mit freundlichen Grüßen

Kerstin Brandt
Vertriebsinnendienst
Schaltanlagen Lippe GmbH | Am Bahndamm 9 | 32657 Lemgo
Tel. +49 5261 94 77-30 | vertrieb@sa-lippe.example
Sitz Lemgo, AG Lemgo HRB 4411, Geschäftsführer: Uwe Kettler
"""
    quoted = """Sehr geehrte Frau Brandt,

wir warten noch auf Ihre Auftragsbestätigungen zu unseren Bestellungen 4711-0231, 4711-0245 und 4711-0252.
Bitte senden Sie uns diese bis Ende der Woche.

Mit freundlichen Grüßen
Jan Becker
Einkauf | Voltaris Installations GmbH
"""
    qp = [("Von:", "Becker, Jan <jan.becker@voltaris.example>"),
          ("Gesendet:", "Freitag, 13. November 2026 08:10"),
          ("An:", "Brandt, Kerstin <k.brandt@sa-lippe.example>"),
          ("Betreff:", "Offene Auftragsbestätigungen 4711-0231 / -0245 / -0252")]
    raw = message([
        ("From", addr("Brandt, Kerstin", "k.brandt@sa-lippe.example")),
        ("To", addr("Becker, Jan", buy["email"])),
        ("Subject", ew("AW: Offene Auftragsbestätigungen 4711-0231 / -0245 / -0252", "iso-8859-1", "Q")),
        ("Date", rfcdate(t)),
        ("Message-ID", "<BE1P281MB2044F1E2D3C4B5A69788A9B0C1D2E3F4@BE1P281MB2044.DEUP281.PROD.OUTLOOK.example>"),
        ("In-Reply-To", "<FR3P281MB1532C0D1E2F3A4B5C6D7E8F9A0B1C2D3@FR3P281MB1532.DEUP281.PROD.OUTLOOK.example>"),
        ("References", refs(po1["request_message_id"], po2["request_message_id"], po3["request_message_id"],
                            "<FR3P281MB1532C0D1E2F3A4B5C6D7E8F9A0B1C2D3@FR3P281MB1532.DEUP281.PROD.OUTLOOK.example>")),
        ("Content-Language", "de-DE"),
    ], outlook_alt(body, qp, quoted, "_000_BE1P281MB2044F1E2D3C4B5A69788A9B0C1D2E3F4BE1P281MB2044DEUP_", lang="DE"))
    exp = {"kind": "confirmation",
           "confirmations": [
               CONF(po1, {1: C(po1, 1, d=kw(2026, 49)), 2: C(po1, 2, d=kw(2026, 49))}),
               CONF(po2, {1: A(po2, 1), 2: C(po2, 2, p=per("65.90", 100))})],
           "notes": "4711-0231: KW 49 -> Fri 2026-12-04 for both lines. 4711-0245: 138,00 EUR/100 m = 1.38 (as ordered), 65,90 EUR/100 m = 0.659. "
                    "4711-0252 is only mentioned ('melden uns separat') and is left out. DEL-Notiz price and date are distractors."}
    return [po1, po2, po3], raw, exp


# ===========================================================================
# 027
# ===========================================================================

@case("exchange-ndr-recipient-not-found", "bounce/en-GB",
      "Exchange Online NDR ('Undeliverable:') with HTML explanation, delivery-status part and the original PO mail attached.")
def c027():
    sup = SUP("PENNINEOFF", "Pennine Office Furniture Ltd", "sales@pennine-officefurniture.example", "en-GB")
    buy = BUY("Priya Nair", "priya.nair@oakline-interiors.example")
    po = PO("OAK-24130", sup, buy, "GBP", "2026-11-16", [
        ("PN-LOCK-4D", "Steel filing cabinet 4-drawer, grey", 12, "EA", "165.00", "2026-12-04"),
        ("PN-LOCKER-6", "Locker 6-door, 1800 mm, grey/blue", 8, "EA", "212.00", "2026-12-04"),
    ])
    t0 = when(2026, 11, 16, 11, 40, 2, 0)
    t = when(2026, 11, 16, 11, 40, 6, 0)
    req = request_text(po, "Hello Pennine team,", "Priya Nair\nProcurement Manager\nOakline Interiors")
    orig = message([
        ("From", addr("Priya Nair", buy["email"])),
        ("To", addr("Pennine Sales", sup["email"])),
        ("Subject", "Purchase order OAK-24130"),
        ("Date", rfcdate(t0)),
        ("Message-ID", po["request_message_id"]),
        ("Content-Language", "en-GB"),
    ], text(req, "plain", "us-ascii", "7bit"))
    gen = "LO2P265MB5087.GBRP265.PROD.OUTLOOK.example"
    plain = f"""Your message to {sup['email']} couldn't be delivered.

sales wasn't found at pennine-officefurniture.example.

priya.nair        Office 365        sales
Action Required                     Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Send the message again following these steps: In Outlook, open this non-delivery report (NDR) and choose Send Again from the Report ribbon.
- Contact the recipient by some other means (by phone, for example) to confirm you're using the right address.

Was this helpful? Send feedback to Microsoft.
______________________________________________________________

Diagnostic information for administrators:

Generating server: {gen}

{sup['email']}
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {sup['email']} not found by SMTP address lookup'

Original message headers:

From: Priya Nair <{buy['email']}>
To: Pennine Sales <{sup['email']}>
Subject: Purchase order OAK-24130
Date: {rfcdate(t0)}
Message-ID: {po['request_message_id']}
"""
    htm = simple_html(f"""<div style="font-family:'Segoe UI',Arial;font-size:16px;color:#000">
<p>Your message to <a href="mailto:{sup['email']}">{sup['email']}</a> couldn't be delivered.</p>
<p style="font-size:24px;color:#C00000"><b>sales</b> wasn't found at <b>pennine-officefurniture.example</b>.</p>
<table style="width:100%"><tr><td>priya.nair</td><td>Office 365</td><td style="color:#C00000">sales</td></tr>
<tr><td style="color:#C00000">Action Required</td><td></td><td>Recipient</td></tr></table>
<p><b>Unknown To address</b></p>
<h3>How to Fix It</h3>
<p>The address may be misspelled or may not exist. Try one or more of the following:</p>
<ul><li>Send the message again following these steps: In Outlook, open this non-delivery report (NDR) and choose <b>Send Again</b> from the Report ribbon.</li>
<li>Contact the recipient by some other means (by phone, for example) to confirm you're using the right address.</li></ul>
<hr>
<p style="font-size:12px"><b>Diagnostic information for administrators:</b><br>Generating server: {gen}<br><br>{sup['email']}<br>
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {sup['email']} not found by SMTP address lookup'</p>
</div>""")
    dsn = delivery_status(
        [("Reporting-MTA", f"dns;{gen}"), ("Received-From-MTA", f"dns;{gen}"), ("Arrival-Date", rfcdate(t0))],
        [("Final-Recipient", f"rfc822;{sup['email']}"), ("Action", "failed"), ("Status", "5.1.10"),
         ("Diagnostic-Code", f"smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {sup['email']} not found by SMTP address lookup")])
    raw = message([
        ("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@oakline-interiors.example>"),
        ("To", addr("Priya Nair", buy["email"])),
        ("Date", rfcdate(t)),
        ("Content-Language", "en-GB"),
        ("Message-ID", "<4d1a0b3e-77c2-4f9e-b1a6-0c9e2d8f5a31@LO2P265MB5087.GBRP265.PROD.OUTLOOK.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("Subject", "Undeliverable: Purchase order OAK-24130"),
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
    ], multi("report", "d3b2a7c0-5e41-4b7a-9f0c-6a8e1d2c3b4f", [
        multi("alternative", "0f9e8d7c-6b5a-4c3d-2e1f-0a9b8c7d6e5f", [
            text(plain, "plain", "us-ascii", "quoted-printable"), text(htm, "html", "utf-8", "quoted-printable")]),
        dsn, rfc822(orig)], params=" report-type=delivery-status;"))
    exp = {"kind": "bounce",
           "notes": "Exchange NDR 5.1.10 RecipientNotFound for our PO mail; threaded on our request Message-ID but not a supplier answer."}
    return [po], raw, exp


# ===========================================================================
# 028
# ===========================================================================

@case("forwarded-planning-chain-nl-be", "confirmation/nl-BE",
      "Sales rep forwards an internal chain: an older planner mail confirms both lines for 9/12, the newest corrects the shower trays to 16/12; an old quotation number and prices appear in between.")
def c028():
    sup = SUP("KERAMVL", "Keramiek Vlaanderen NV", "verkoop@keramiekvlaanderen.example", "nl-BE")
    buy = BUY("Oliver Grant", "oliver.grant@aquaform-bathrooms.example")
    po = PO("AQF-5547", sup, buy, "EUR", "2026-11-06", [
        ("AQ-ST-900", "Shower tray 900x900 ceramic, white, low profile", 40, "EA", "88.00", "2026-12-09"),
        ("AQ-WC-CC-H", "Close-coupled WC, horizontal outlet, white", 60, "EA", "74.00", "2026-12-09"),
    ])
    t = when(2026, 11, 12, 15, 10, 27, 1)
    req = request_text(po, "Dear Keramiek Vlaanderen team,", "Oliver Grant\nPurchasing, Aquaform Bathrooms Ltd",
                       intro="Please confirm our order AQF-5547 (attached) - quantities, prices and delivery dates.\nPrices as per your quotation 2026-0931.")
    body = """Hallo Oliver,

Hieronder het antwoord van onze planning op je bestelling AQF-5547.
Let op: de eerste mail van Els is niet meer geldig, de laatste mail van planning is de juiste.

Groeten,
Pieter Claes
Account manager UK & IE
Keramiek Vlaanderen NV | Kortrijksesteenweg 112, 8530 Harelbeke
T +32 56 71 44 90
"""
    m2 = """Pieter,

Correctie: de douchebakken 900x900 kunnen pas op 16/12 geleverd worden, oven 2 staat volgende week in onderhoud.
De wc's blijven op 9/12.

Mvg
Koen - productieplanning
"""
    m1 = """Hoi,

Aquaform (Oliver Grant) bestelt 40 douchebakken 900x900 en 60 duoblokken, gevraagd voor 9/12.
Voor mij is dat ok: beide posities op 9/12, prijzen zoals offerte 2026-0931 (88,00 en 74,00).

Els
"""
    h2 = [("Van:", "Planning Keramiek Vlaanderen <planning@keramiekvlaanderen.example>"),
          ("Verzonden:", "donderdag 12 november 2026 14:02"),
          ("Aan:", "Pieter Claes <pieter.claes@keramiekvlaanderen.example>"),
          ("CC:", "Els Peeters <els.peeters@keramiekvlaanderen.example>"),
          ("Onderwerp:", "RE: AQF-5547 Aquaform")]
    h1 = [("Van:", "Els Peeters <els.peeters@keramiekvlaanderen.example>"),
          ("Verzonden:", "dinsdag 10 november 2026 09:31"),
          ("Aan:", "Planning Keramiek Vlaanderen <planning@keramiekvlaanderen.example>; Pieter Claes <pieter.claes@keramiekvlaanderen.example>"),
          ("Onderwerp:", "AQF-5547 Aquaform")]
    h0 = [("Van:", "Oliver Grant <oliver.grant@aquaform-bathrooms.example>"),
          ("Verzonden:", "vrijdag 6 november 2026 16:44"),
          ("Aan:", "Verkoop <verkoop@keramiekvlaanderen.example>"),
          ("Onderwerp:", "Purchase order AQF-5547")]
    sep = "________________________________"

    def blk(h, b):
        return ol_hdr_text(h) + "\n\n" + b

    plain = body + "\n" + sep + "\n" + blk(h2, m2) + "\n" + sep + "\n" + blk(h1, m1) + "\n" + sep + "\n" + blk(h0, req)

    def blkh(h, b):
        return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
                + ol_hdr_html(h) + '</p></div>\n<p class="MsoNormal">&nbsp;</p>\n' + mso(b))

    htm = outlook_html(mso(body), ol_hdr_html(h2), mso(m2) + "\n" + blkh(h1, m1) + "\n" + blkh(h0, req), lang="NL-BE")
    raw = message([
        ("From", addr("Pieter Claes", "pieter.claes@keramiekvlaanderen.example")),
        ("To", addr("Oliver Grant", buy["email"])),
        ("Subject", "FW: AQF-5547 Aquaform"),
        ("Date", rfcdate(t)),
        ("Message-ID", "<AM9PR05MB8840C1D2E3F4A5B6C7D8E9F0A1B2C3D4@AM9PR05MB8840.eurprd05.prod.outlook.example>"),
        ("References", refs(po["request_message_id"],
                            "<AM9PR05MB88403F2E1D0C9B8A7F6E5D4C3B2A1F0E@AM9PR05MB8840.eurprd05.prod.outlook.example>")),
        ("Content-Language", "nl-BE"),
    ], multi("alternative", "_000_AM9PR05MB8840C1D2E3F4A5B6C7D8E9F0A1B2C3D4AM9PR05MB8840eurp_",
             [text(plain), text(htm, "html")]))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: C(po, 1, d="2026-12-16"), 2: A(po, 2)})],
           "notes": "Forwarded internal chain; the newest planning mail (12 Nov 14:02) overrides Els' 'beide posities op 9/12': "
                    "shower trays 16/12 -> 2026-12-16, WCs stay 9/12 (= requested). Prices from quotation 2026-0931 equal the PO."}
    return [po], raw, exp


# ===========================================================================
# 029
# ===========================================================================

@case("wrong-thread-answers-other-po-gb", "confirmation/en-GB",
      "Reply sits in the thread (and subject) of one PO and quotes it, but the text answers the other open PO and says the quoted one is still with engineering.")
def c029():
    sup = SUP("NORTHGATE", "Northgate Rail Components Ltd", "orders@northgaterail.example", "en-GB")
    buy = BUY("Gareth Lloyd", "gareth.lloyd@railcore-maintenance.example")
    poA = PO("RCM-PO-7133", sup, buy, "GBP", "2026-11-05", [
        ("NRC-BB-LL-K", "Composite brake block, LL type, K insert", 400, "EA", "21.50", "2026-12-14"),
        ("NRC-BB-KEY", "Brake block key, spring steel", 400, "EA", "1.10", "2026-12-14"),
    ])
    poB = PO("RCM-PO-7151", sup, buy, "GBP", "2026-11-10", [
        ("NRC-SC-UIC520", "Screw coupling assembly to UIC 520, 85 t", 6, "EA", "1480.00", "2027-01-20"),
    ])
    t = when(2026, 11, 13, 10, 51, 9, 0)
    is_wd("2026-12-14", "Monday")
    reqB = request_text(poB, "Hi Northgate team,", "Gareth Lloyd\nSenior Buyer, Railcore Maintenance Ltd",
                        intro="Please find attached PO RCM-PO-7151 for six screw couplings (drawing RCM-D-4471 rev 2).\nPlease confirm price and delivery.")
    body = """Gareth,

Sorry, replying on the wrong thread - this one is for your brake block order 7133:
all 400 LL blocks and the 400 keys confirmed at PO prices, delivery Monday 14/12 to Crewe.

The couplings (7151) are still with our engineering team checking drawing rev 2, I'll come back to you on those separately.

Regards
Sophie Hargreaves
Customer Services
Northgate Rail Components Ltd
Unit 3, Etruria Works, Stoke-on-Trent ST4 7NH | 01782 555 214
"""
    qp = [("From:", "Gareth Lloyd <gareth.lloyd@railcore-maintenance.example>"),
          ("Sent:", "10 November 2026 09:14"),
          ("To:", "Orders <orders@northgaterail.example>"),
          ("Subject:", "PO RCM-PO-7151 - screw couplings")]
    raw = message([
        ("From", addr("Sophie Hargreaves", "sophie.hargreaves@northgaterail.example")),
        ("To", addr("Gareth Lloyd", buy["email"])),
        ("Subject", "RE: PO RCM-PO-7151 - screw couplings"),
        ("Date", rfcdate(t)),
        ("Message-ID", "<CWLP265MB4102A9B8C7D6E5F4A3B2C1D0E9F8A7B6@CWLP265MB4102.GBRP265.PROD.OUTLOOK.example>"),
        ("In-Reply-To", poB["request_message_id"]),
        ("References", poB["request_message_id"]),
        ("Content-Language", "en-GB"),
    ], outlook_alt(body, qp, reqB, "_000_CWLP265MB4102A9B8C7D6E5F4A3B2C1D0E9F8A7B6CWLP265MB4102GBRP_"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(poA, {1: A(poA, 1), 2: A(poA, 2)})],
           "notes": "Threaded on RCM-PO-7151 but the body answers RCM-PO-7133 (both lines as ordered, Monday 14/12 = requested). "
                    "7151 is only mentioned as pending and is left out; its quoted need-by 20/01/2027 is ours."}
    return [poA, poB], raw, exp


# ===========================================================================
# 030
# ===========================================================================

@case("meeting-tables-xlsx-hu", "confirmation/hu-HU",
      "Hungarian mail with an XLSX acknowledgment: positions 10/20/30, dates stored as Excel serial numbers, a cancelled row with quantity 0, and order/ack dates in the header block.")
def c030():
    sup = SUP("ZALAIBUTOR", "Zalai Irodabútor Kft.", "rendeles@zalaibutor.example", "hu-HU")
    buy = BUY("Priya Nair", "priya.nair@oakline-interiors.example")
    po = PO("OAK-24139", sup, buy, "EUR", "2026-11-06", [
        ("MT-2412-WAL", "Meeting table 2400x1200, walnut veneer", 6, "EA", "640.00", "2026-12-18"),
        ("CC-STK-GRY", "Conference chair, stackable, grey fabric", 48, "EA", "78.00", "2026-12-18"),
        ("CT-UD-1200", "Cable tray under-desk, 1200 mm", 30, "EA", "24.50", "2026-12-18"),
    ])
    t = when(2026, 11, 16, 8, 35, 12, 1)
    rows = [
        ["Rendelés-visszaigazolás / Order confirmation"],
        ["Visszaigazolás száma:", "VI-2026-01874"],
        ["Vevő:", "Oakline Interiors Ltd"],
        ["Vevői rendelésszám:", "OAK-24139"],
        ["Rendelés dátuma:", dt.date(2026, 11, 6)],
        ["Visszaigazolás kelte:", dt.date(2026, 11, 16)],
        ["Paritás:", "DAP London"],
        ["Fizetési feltétel:", "átutalás 30 nap"],
        [],
        ["Tétel", "Vevői cikkszám", "Saját cikkszám", "Megnevezés", "Mennyiség", "ME", "Egységár (EUR)", "Érték (EUR)",
         "Szállítási dátum", "Megjegyzés"],
        [10, "MT-2412-WAL", "ZIB-TT2412-DI", "Tárgyalóasztal 2400x1200, dió furnér", 6, "db", Decimal("640.00"),
         Decimal("3840.00"), dt.date(2026, 12, 18), ""],
        [20, "CC-STK-GRY", "ZIB-KSZ-04-SZ", "Konferenciaszék, rakásolható, szürke szövet", 48, "db", Decimal("78.00"),
         Decimal("3744.00"), dt.date(2027, 1, 8), "a szövet később érkezik"],
        [30, "CT-UD-1200", "ZIB-KT-1200", "Kábeltálca asztal alá, 1200 mm", 0, "db", Decimal("24.50"), Decimal("0.00"),
         "", "törölve - gyártásból kivezetve"],
        [],
        ["", "", "", "", "", "", "Összesen:", Decimal("7584.00")],
    ]
    xlsx = make_xlsx(rows, sheet="Visszaigazolás", stamp=(2026, 11, 16, 8, 30, 0))
    body = """Tisztelt Nair Asszony!

Mellékelten küldjük az OAK-24139 számú megrendelésük visszaigazolását Excel formátumban.
Kérjük, a 20-as és 30-as tétel változását szíveskedjenek figyelembe venni.

Üdvözlettel:

Kovács Eszter
értékesítési asszisztens
Zalai Irodabútor Kft.
8900 Zalaegerszeg, Ipari park 7.
Tel.: +36 92 510 430
"""
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("Kovács Eszter", "kovacs.eszter@zalaibutor.example", "iso-8859-2", "Q")),
        ("To", addr("Priya Nair", buy["email"])),
        ("Subject", ew("Visszaigazolás - OAK-24139 megrendelés", "iso-8859-2", "Q")),
        ("Message-ID", "<e41f0a7c-2d9b-4c3e-8f1a-6b5c4d3e2f10@zalaibutor.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "hu"),
    ], multi("mixed", "------------8kQ2m4Zp7R0vXyT1bN3cW5dH", [
        text(body, "plain", "iso-8859-2", "quoted-printable"),
        attach(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Visszaigazolas_OAK-24139.xlsx")],
        preamble="This is a multi-part message in MIME format."))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: A(po, 1), 2: C(po, 2, d="2027-01-08"), 3: REJ})],
           "notes": "XLSX rows 10/20/30 carry our item codes; dates are Excel serials (46374 = 2026-12-18, 46395 = 2027-01-08). "
                    "Row 30 has quantity 0 and 'törölve - gyártásból kivezetve' (cancelled, discontinued) -> rejected."}
    return [po], raw, exp


# ===========================================================================
# 031
# ===========================================================================

@case("invoice-for-other-order-sk", "unrelated/sk-SK",
      "Slovak invoice mail with a PDF for an earlier order (KMF-30877) from a supplier who also has an open PO; due date, delivery-note date and quantities look like an answer.")
def c031():
    sup = SUP("ADZILINA", "AutoDiely Žilina s.r.o.", "predaj@autodiely-zilina.example", "sk-SK")
    buy = BUY("Liam Foster", "liam.foster@kerbside-motor.example")
    po = PO("KMF-31002", sup, buy, "EUR", "2026-11-09", [
        ("KMF-CRB-0471", "Clutch release bearing, Skoda/VW 1.6 TDI", 50, "EA", "14.60", "2026-12-04"),
        ("KMF-FLY-0183", "Dual-mass flywheel, VW 2.0 TDI", 10, "EA", "212.00", "2026-12-04"),
    ])
    t = when(2026, 11, 12, 13, 2, 40, 1)
    items = [
        (50, 800, 14, "AutoDiely Zilina s.r.o.", True),
        (50, 786, 8, "Priemyselna 12, 010 01 Zilina, Slovensko  -  ICO 36 412 805  -  IC DPH SK2022170911"),
        (50, 750, 14, "FAKTURA - DANOVY DOKLAD c. 2026110482", True),
        (50, 724, 9, "Datum vystavenia: 12.11.2026"),
        (50, 712, 9, "Datum dodania (DUZP): 10.11.2026"),
        (50, 700, 9, "Datum splatnosti: 12.12.2026"),
        (50, 688, 9, "Objednavka odberatela: KMF-30877"),
        (50, 676, 9, "Dodaci list: 26-DL-04417"),
        (320, 724, 9, "Odberatel:"),
        (320, 712, 9, "Kerbside Motor Factors Ltd"),
        (320, 700, 9, "Unit 7, Hollins Brook Way"),
        (320, 688, 9, "Bury BL9 8RR, United Kingdom"),
        (320, 676, 9, "VAT GB 284 4410 92"),
    ]
    rows = [("c.", "Kod", "Nazov", "Mnozstvo", "MJ", "Cena/MJ", "Spolu EUR"),
            ("1", "ADZ-TL-OCT3-P", "Tlmic perovania predny, Octavia III", "40", "ks", "31,20", "1 248,00"),
            ("2", "ADZ-TL-OCT3-Z", "Tlmic perovania zadny, Octavia III", "40", "ks", "27,60", "1 104,00"),
            ("3", "ADZ-PR-SET", "Prachovka + doraz, sada", "40", "sad", "6,10", "244,00")]
    tab, y = pdf_rows(rows, [50, 70, 150, 330, 380, 410, 470], 640, size=8, step=14, bold_first=True)
    items += tab
    items += [(330, y - 10, 9, "Zaklad dane (0 %, dodanie do ineho clenskeho statu):"),
              (330, y - 24, 10, "Celkom k uhrade: 2 596,00 EUR", True),
              (50, y - 60, 8, "Oslobodene od dane podla par. 43 zakona o DPH. Prenesenie danovej povinnosti."),
              (50, y - 72, 8, "IBAN: SK31 1100 0000 0026 2210 4412   SWIFT: TATRSKBX   VS: 2026110482")]
    pdf = make_pdf([items], title="Faktura 2026110482", producer="Pohoda PDF Export", created="D:20261112130000+01'00'")
    assert 40 * Decimal("31.20") + 40 * Decimal("27.60") + 40 * Decimal("6.10") == Decimal("2596.00")
    body = """Dobrý deň,

v prílohe Vám zasielame faktúru č. 2026110482 k Vašej objednávke KMF-30877 (dodací list 26-DL-04417 zo dňa 10.11.2026).
Splatnosť faktúry je 12.12.2026.

Prosíme o úhradu na účet uvedený na faktúre.

S pozdravom

Zuzana Hrušková
fakturácia
AutoDiely Žilina s.r.o.
tel.: +421 41 562 77 10
"""
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("AutoDiely Žilina - fakturácia", "fakturacia@autodiely-zilina.example", "utf-8", "B")),
        ("To", addr("Liam Foster", buy["email"])),
        ("Subject", ew("Faktúra 2026110482 - objednávka KMF-30877", "iso-8859-2", "Q")),
        ("Message-ID", "<000e01dd5a98$77c2a1e0$6747e5a0$@autodiely-zilina.example>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "sk"),
    ], multi("mixed", "----=_NextPart_000_000F_01DD5AA0.D9870DE0", [
        text(body, "plain", "windows-1250", "quoted-printable"),
        attach(pdf, "application/pdf", "Faktura_2026110482.pdf")], preamble="This is a multipart message in MIME format."))
    exp = {"kind": "unrelated",
           "notes": "Invoice for order KMF-30877 (already delivered 10.11.2026), not the open PO KMF-31002; due date 12.12.2026 "
                    "and the invoiced quantities/prices are not a confirmation."}
    return [po], raw, exp


# ===========================================================================
# 032
# ===========================================================================

@case("panels-csv-ack-sv", "confirmation/sv-SE",
      "Swedish mail with a semicolon CSV acknowledgment (decimal commas, our and their article numbers); OSB rounded to full packs, plywood moved a week, timber priced lower per m3.")
def c032():
    sup = SUP("NORRSKIVOR", "Norrlands Skivor AB", "order@norrlandsskivor.example", "sv-SE")
    buy = BUY("Tom Fletcher", "tom.fletcher@birchgate-bm.example")
    po = PO("BBM-11872", sup, buy, "EUR", "2026-11-05", [
        ("BIR-OSB18", "OSB/3 18 mm 2440x1220, T&G", 420, "SHT", "14.90", "2026-12-07"),
        ("BIR-PLY12", "Spruce plywood 12 mm 2440x1220, C+/C", 300, "SHT", "17.40", "2026-12-07"),
        ("BIR-C24-4595", "C24 planed timber 45x95 mm, 4.8 m", 12, "M3", "420.00", "2026-12-07"),
    ])
    t = when(2026, 11, 10, 15, 46, 3, 1)
    csv = """Orderbekräftelse;558213
Ert ordernr;BBM-11872
Orderdatum;2026-11-05
Leveransvillkor;DAP Hull
Betalningsvillkor;30 dagar netto

Rad;Ert art.nr;Vårt art.nr;Benämning;Antal;Enhet;À-pris EUR;Belopp EUR;Leveransdatum
1;BIR-OSB18;NS-OSB3-18TG;OSB/3 18mm 2440x1220 NF;450;st;14,90;6705,00;2026-12-07
2;BIR-PLY12;NS-GRP-12CC;Granplywood 12mm 2440x1220 C+/C;300;st;17,40;5220,00;2026-12-14
3;BIR-C24-4595;NS-C24-45095-48;C24 hyvlat 45x95 4,8m;12;m3;405,00;4860,00;2026-12-07
"""
    assert 450 * Decimal("14.90") == Decimal("6705.00") and 12 * Decimal("405") == Decimal("4860")
    body = """Hej Tom,

Bifogar orderbekräftelse 558213 på er order BBM-11872 (CSV från vårt affärssystem).
OSB-skivorna levereras endast i hela paket om 50 skivor, därför 450 st. Plywooden kommer från Kalix-lagret och är hos er en vecka senare.
C24-virket har fått lägre pris sedan vi fick ny råvaruprislista.

Vänliga hälsningar
Erik Lindgren
Innesäljare
Norrlands Skivor AB | Hamngatan 4, 891 33 Örnsköldsvik
Tel. +46 660 29 41 15
"""
    attr = "Den 2026-11-05 kl. 14:08, skrev Tom Fletcher:"
    req = request_text(po, "Hello Erik,", "Tom Fletcher\nTimber & Panels Buyer, Birchgate Builders Merchants")
    plain = body + "\n" + attr + "\n" + quote(req) + "\n"
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("Erik Lindgren", "erik.lindgren@norrlandsskivor.example")),
        ("To", addr("Tom Fletcher", buy["email"])),
        ("Subject", ew("Re: Order BBM-11872 - orderbekräftelse 558213", "iso-8859-1", "Q")),
        ("Message-ID", "<7a3c2e1f-90b8-4d6a-b5c4-3e2f1a0d9c8b@norrlandsskivor.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "sv-SE"),
    ], multi("mixed", "------------2xW8qP3mT6vR1nK9cZ4bY0hL", [
        text(plain, "plain", "utf-8", "8bit", params="; format=flowed"),
        attach(csv.encode("windows-1252"), 'text/csv; charset="windows-1252"', "OB_558213.csv")],
        preamble="This is a multi-part message in MIME format."))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: C(po, 1, q=450), 2: C(po, 2, d="2026-12-14"), 3: C(po, 3, p="405.00")})],
           "notes": "CSV rows map by 'Ert art.nr': OSB 450 sheets (full packs of 50), plywood 2026-12-14, C24 405,00 EUR/m3. "
                    "Orderdatum 2026-11-05, 30 dagar, sizes 2440x1220/45x95 are distractors."}
    return [po], raw, exp


# ===========================================================================
# 033
# ===========================================================================

@case("iphone-one-liner-au", "confirmation/en-AU",
      "One-line 'Confirmed all as per PO, 21/12 to site' from an iPhone above the quoted PO; jaw plate grade Mn18Cr2 and 1.8x6.1 m mesh look numeric.")
def c033():
    sup = SUP("SXMINING", "Southern Cross Mining Supplies Pty Ltd", "orders@southerncrossmining.example", "en-AU")
    buy = BUY("Jack Morrison", "jack.morrison@ridgeback-quarry.example")
    po = PO("RQ-45-2310", sup, buy, "USD", "2026-11-09", [
        ("SX-JP-FX-Mn18", "Crusher jaw plate, fixed, Mn18Cr2", 2, "EA", "3890.00", "2026-12-21"),
        ("SX-SM-25-1861", "Screen mesh 25 mm aperture, 1.8x6.1 m, 8 mm wire", 4, "EA", "612.00", "2026-12-21"),
    ])
    t = when(2026, 11, 10, 7, 12, 44, 8)
    req = request_text(po, "Hi Bruce,", "Jack Morrison\nMaintenance Planner, Ridgeback Quarrying")
    plain = ("Confirmed all as per PO, 21/12 to site.\n\nCheers\nBruce\n\nSent from my iPhone\n\n"
             "> On 9 Nov 2026, at 4:05\u202fpm, Jack Morrison <jack.morrison@ridgeback-quarry.example> wrote:\n>\n" + quote(req) + "\n")
    raw = message([
        ("From", addr("Bruce Taylor", "bruce@southerncrossmining.example")),
        ("Date", rfcdate(t)),
        ("Subject", "Re: PO RQ-45-2310 jaw plates + screen mesh"),
        ("Message-Id", "<3F8A1C2D-7E4B-4A9C-B0D1-E2F3A4B5C6D7@southerncrossmining.example>"),
        ("References", po["request_message_id"]),
        ("In-Reply-To", po["request_message_id"]),
        ("To", addr("Jack Morrison", buy["email"])),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ], text(plain, "plain", "utf-8", "quoted-printable"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: A(po, 1), 2: A(po, 2)})],
           "notes": "Short mobile confirmation; 21/12 (no year) = requested 2026-12-21, everything as ordered."}
    return [po], raw, exp


# ===========================================================================
# 034
# ===========================================================================

@case("ooo-bilingual-fr-nl", "auto_reply/fr-BE",
      "Bilingual French/Dutch out-of-office from a Belgian supplier, with absence dates and a colleague's address.")
def c034():
    sup = SUP("EMBMEUSE", "Emballages Meuse SA", "ventes@emballages-meuse.example", "fr-BE")
    buy = BUY("Tom Whitaker", "tom.whitaker@brightpack.example")
    po = PO("BP-PO-118907", sup, buy, "EUR", "2026-11-16", [
        ("FLM-SHR-PE50", "Shrink film PE 50 µm, 500 mm, centre-folded", 2400, "KG", "2.35", "2026-12-18"),
    ])
    t = when(2026, 11, 16, 10, 5, 33, 1)
    body = """Bonjour,

Je suis absente du lundi 16 au vendredi 27 novembre inclus. Votre message ne sera pas transféré.
Pour toute question concernant vos commandes, veuillez contacter notre service clientèle : service.clients@emballages-meuse.example ou +32 81 73 20 10.

---

Goedendag,

Ik ben afwezig van maandag 16 tot en met vrijdag 27 november. Uw bericht wordt niet doorgestuurd.
Voor vragen over uw bestellingen kunt u contact opnemen met onze klantendienst: service.clients@emballages-meuse.example of +32 81 73 20 10.

Cordialement / Met vriendelijke groeten,
Chantal Dumont
Emballages Meuse SA
"""
    raw = message([
        ("From", addr("Chantal Dumont", "c.dumont@emballages-meuse.example")),
        ("To", addr("Tom Whitaker", buy["email"])),
        ("Subject", ew("Réponse automatique : Purchase order BP-PO-118907", "iso-8859-1", "Q")),
        ("Date", rfcdate(t)),
        ("Message-ID", "<b0a9c8d7e6f54321a0b9c8d7e6f5a4b3@AM6PR01MB5590.eurprd01.prod.outlook.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("Auto-Submitted", "auto-generated"),
        ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
        ("Content-Language", "fr-BE"),
    ], multi("alternative", "_000_b0a9c8d7e6f54321a0b9c8d7e6f5a4b3AM6PR01MB5590eurp_", [
        text(body, "plain", "iso-8859-1", "quoted-printable"),
        text(simple_html(brs(body), "iso-8859-1"), "html", "iso-8859-1", "quoted-printable")]))
    exp = {"kind": "auto_reply",
           "notes": "Out-of-office in French and Dutch (absent 16-27 November); nothing about the order."}
    return [po], raw, exp


# ===========================================================================
# 035
# ===========================================================================

@case("clutch-kits-percent-increase-tr", "confirmation/tr-TR",
      "Turkish windows-1254 reply applies a '%4' increase (Turkish percent-first notation) to every line and gives two delivery dates; 1.6 TDCi / 1.5 dCi / 2.0 TDI and '60 gün' are traps.")
def c035():
    sup = SUP("ANADOLUOTO", "Anadolu Oto Yedek Parça A.Ş.", "siparis@anadoluoto.example", "tr-TR")
    buy = BUY("Liam Foster", "liam.foster@kerbside-motor.example")
    po = PO("KMF-30995", sup, buy, "EUR", "2026-11-05", [
        ("KMF-CK-FOC16", "Clutch kit 3-pc, Ford Focus 1.6 TDCi", 40, "SET", "86.00", "2026-12-04"),
        ("KMF-WP-REN15", "Water pump with gasket, Renault 1.5 dCi", 60, "EA", "24.50", "2026-12-04"),
        ("KMF-TB-VW20", "Timing belt kit, VW 2.0 TDI", 30, "SET", "48.00", "2026-12-04"),
    ])
    t = when(2026, 11, 11, 9, 31, 18, 3)
    body = """Sayın Liam Foster,

KMF-30995 numaralı siparişiniz için teşekkür ederiz. Siparişinizi aşağıdaki şekilde teyit ederiz:

- Debriyaj seti 3 parça, Ford Focus 1.6 TDCi: 40 set
- Devirdaim pompası, contalı, Renault 1.5 dCi: 60 adet
- Triger seti, VW 2.0 TDI: 30 set

Hammadde (alüminyum ve çelik) maliyetlerindeki artış nedeniyle 1 Kasım 2026 itibarıyla tüm ürünlerimizde %4 fiyat artışı uygulanmaktadır; siparişiniz yeni fiyatlarla faturalandırılacaktır.

Teslim tarihleri: debriyaj setleri ve devirdaim pompaları 11.12.2026, triger setleri 18.12.2026.
Teslim şekli: CPT Felixstowe. Ödeme: 60 gün vadeli.

Saygılarımızla,

Mehmet Yılmaz
İhracat Satış Sorumlusu
Anadolu Oto Yedek Parça A.Ş.
Nilüfer OSB, 16140 Nilüfer/Bursa
Tel: +90 224 411 38 60
"""
    req = request_text(po, "Dear Anadolu team,", "Liam Foster\nPurchasing, Kerbside Motor Factors Ltd")
    qp = [("Kimden:", "Liam Foster <liam.foster@kerbside-motor.example>"),
          ("Gönderildi:", "5 Kasım 2026 Perşembe 14:02"),
          ("Kime:", "siparis@anadoluoto.example"),
          ("Konu:", "Purchase order KMF-30995")]
    raw = message([
        ("From", addr("Mehmet Yılmaz", "mehmet.yilmaz@anadoluoto.example", "windows-1254", "Q")),
        ("To", addr("Liam Foster", buy["email"])),
        ("Subject", "YNT: Purchase order KMF-30995"),
        ("Date", rfcdate(t)),
        ("Message-ID", "<VI1PR04MB6928A1B2C3D4E5F6A7B8C9D0E1F2A3B4@VI1PR04MB6928.eurprd04.prod.outlook.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("Content-Language", "tr-TR"),
    ], outlook_alt(body, qp, req, "_000_VI1PR04MB6928A1B2C3D4E5F6A7B8C9D0E1F2A3B4VI1PR04MB6928eurp_",
                   cs="windows-1254", lang="TR"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: C(po, 1, p=pct("86.00", "4"), d="2026-12-11"),
                                       2: C(po, 2, p=pct("24.50", "4"), d="2026-12-11"),
                                       3: C(po, 3, p=pct("48.00", "4"), d="2026-12-18")})],
           "notes": "'%4 fiyat artışı' = +4% on the PO prices: 89.44, 25.48, 49.92. Dates 11.12.2026 (lines 1-2) and 18.12.2026 (line 3). "
                    "'1 Kasım 2026' is the price-change date, '60 gün' payment terms."}
    return [po], raw, exp


# ===========================================================================
# 036
# ===========================================================================

@case("furniture-fittings-per-100-at", "confirmation/de-AT",
      "Austrian reply prices two lines per 100 pieces (one equal to the PO, one not), mentions a 1000-piece pack that fits, and a 'Jänner' company holiday.")
def c036():
    sup = SUP("STEINERBESCH", "Beschläge Steiner GmbH", "verkauf@steiner-beschlaege.example", "de-AT")
    buy = BUY("Markus Pichler", "markus.pichler@oakline-interiors.example")
    po = PO("OAK-24144", sup, buy, "EUR", "2026-11-09", [
        ("FG-GLIDE-25F", "Furniture glide Ø 25 mm, felt, screw-in", 2000, "EA", "0.145", "2026-12-09"),
        ("FG-CAM-15Z", "Cam lock fitting 15 mm, zinc die-cast", 5000, "EA", "0.082", "2026-12-09"),
        ("FG-RUN-450SC", "Drawer runner 450 mm, full extension, soft close", 200, "PR", "7.80", "2026-12-09"),
    ])
    t = when(2026, 11, 12, 13, 40, 58, 1)
    is_wd("2026-12-09", "Wednesday")
    cols = ("Pos", "Artikel", "Bezeichnung", "Menge", "ME", "Preis EUR", "Termin")
    req = ("Guten Tag,\n\nanbei unsere Bestellung OAK-24144 für das Werk Wiener Neustadt. Bitte um Auftragsbestätigung.\n\n"
           + po_table(po, "de", cols) + "\n\nDanke und schöne Grüße\nMarkus Pichler\nEinkauf Produktion, Oakline Interiors\n")
    body = """Sehr geehrter Herr Pichler,

vielen Dank für Ihre Bestellung OAK-24144, die wir gerne bestätigen:

Pos. 1  Möbelgleiter Ø 25 mm, Filz, mit Schraube     2.000 Stk.   € 14,90 / 100 Stk.
Pos. 2  Exzenterverbinder 15 mm, Zinkdruckguss        5.000 Stk.   € 8,20 / 100 Stk. (VE 1.000 Stk.)
Pos. 3  Vollauszug 450 mm, Softclose                    200 Paar   € 7,80 / Paar

Liefertermin für alle Positionen: Mittwoch, 9. Dezember, frei Haus Wiener Neustadt.

Bitte beachten Sie unseren Betriebsurlaub von 24. Dezember bis einschließlich 6. Jänner.

Mit freundlichen Grüßen

Claudia Wimmer
Verkaufsinnendienst
Beschläge Steiner GmbH | Salzburger Straße 61 | 4600 Wels
T +43 7242 470 18-12
FN 118274 m, Landesgericht Wels
"""
    qp = [("Von:", "Pichler Markus <markus.pichler@oakline-interiors.example>"),
          ("Gesendet:", "Montag, 9. November 2026 10:47"),
          ("An:", "Verkauf Steiner <verkauf@steiner-beschlaege.example>"),
          ("Betreff:", "Bestellung OAK-24144")]
    raw = message([
        ("From", addr("Wimmer Claudia", "c.wimmer@steiner-beschlaege.example")),
        ("To", addr("Pichler Markus", buy["email"])),
        ("Subject", ew("AW: Bestellung OAK-24144 – Auftragsbestätigung", "utf-8", "Q")),
        ("Date", rfcdate(t)),
        ("Message-ID", "<VI1PR07MB5321E1F2A3B4C5D6E7F8A9B0C1D2E3F4@VI1PR07MB5321.eurprd07.prod.outlook.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("Content-Language", "de-AT"),
    ], outlook_alt(body, qp, req, "_000_VI1PR07MB5321E1F2A3B4C5D6E7F8A9B0C1D2E3F4VI1PR07MB5321eurp_", lang="DE-AT"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: C(po, 1, p=per("14.90", 100)), 2: A(po, 2), 3: A(po, 3)})],
           "notes": "€ 14,90 / 100 Stk. = 0.149 (PO 0.145) -> changed price; € 8,20 / 100 Stk. = 0.082 and 5.000 Stk. fits the 1.000 pack -> accepted; "
                    "runners as ordered. 'Mittwoch, 9. Dezember' = requested 2026-12-09. Holiday 24.12.-6. Jänner is a distractor."}
    return [po], raw, exp


# ===========================================================================
# 037
# ===========================================================================

@case("plough-bolts-moq-ro", "confirmation/ro-RO",
      "Romanian (ISO-8859-16) reply raises one line to the minimum order quantity, moves another by a week and mentions a heat-treatment week; M12x45, 12.9 and 16\" look numeric.")
def c037():
    sup = SUP("AGROBANAT", "Agroparts Banat S.R.L.", "comenzi@agroparts-banat.example", "ro-RO")
    buy = BUY("Megan Price", "megan.price@fenland-agri.example")
    po = PO("4500031255", sup, buy, "EUR", "2026-11-06", [
        ("FAP-PS-16B", "Plough share 16\", bolt-on, boron steel", 80, "EA", "17.30", "2026-12-11"),
        ("FAP-DH-510N", "Disc harrow blade 510 mm, notched", 60, "EA", "26.80", "2026-12-11"),
        ("FAP-PB-M1245", "Plough bolt M12x45 12.9, countersunk, with nut", 300, "EA", "0.38", "2026-12-11"),
    ])
    t = when(2026, 11, 10, 12, 25, 36, 2)
    body = """Bună ziua, doamna Price,

Vă mulțumim pentru comanda 4500031255, pe care o confirmăm după cum urmează:

1. Brăzdar plug 16" cu șuruburi, oțel cu bor - 80 buc. x 17,30 EUR - livrare 11.12.2026
2. Disc grapă 510 mm crestat - 60 buc. x 26,80 EUR - livrare 18.12.2026 (discurile intră la tratament termic în săptămâna 50)
3. Șurub plug M12x45 cap înecat, clasa 12.9 - cantitatea minimă de comandă este de 500 buc.; vă livrăm 500 buc. la 0,38 EUR/buc., livrare 11.12.2026

Condiții de livrare: FCA Timișoara. Plata: 30 de zile de la data facturii.

Cu stimă,
Andrei Popescu
Departament Vânzări Export
Agroparts Banat S.R.L.
Calea Aradului 120, 300645 Timișoara
Tel. +40 256 494 210
"""
    req = request_text(po, "Dear Agroparts team,", "Megan Price\nPurchasing | Fenland Agri Parts Ltd")
    attr = "On 06.11.2026 15:32, Megan Price wrote:"
    plain = body + "\n" + attr + "\n" + quote(req) + "\n"
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("Andrei Popescu", "andrei.popescu@agroparts-banat.example")),
        ("To", addr("Megan Price", buy["email"])),
        ("Subject", "Re: Purchase order 4500031255"),
        ("Message-ID", "<2f8d6b1e-4c3a-4e7f-9a0b-5d6c7e8f9a01@agroparts-banat.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "ro"),
    ], text(plain, "plain", "iso-8859-16", "quoted-printable", params="; format=flowed"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: A(po, 1), 2: C(po, 2, d="2026-12-18"), 3: C(po, 3, q=500)})],
           "notes": "Line 1 as ordered; line 2 delivery 18.12.2026 ('săptămâna 50' is heat treatment); line 3 raised to the 500-piece MOQ at the same price."}
    return [po], raw, exp


# ===========================================================================
# 038
# ===========================================================================

@case("contactors-contradictory-sl", "needs_review/sl-SI",
      "Slovenian reply 'confirms' delivery on 4. 12. but then says the contactors have an 8-week lead time from confirmation - the two statements cannot both hold.")
def c038():
    sup = SUP("ELSTIKALA", "Elektro Stikala d.o.o.", "prodaja@elektrostikala.example", "sl-SI")
    buy = BUY("Jan Becker", "jan.becker@voltaris.example")
    po = PO("VLT-2026-0611", sup, buy, "EUR", "2026-11-10", [
        ("CT-3P-40A-230", "Contactor 3P 40A, coil 230 V AC", 30, "EA", "38.20", "2026-12-04"),
        ("MPCB-10-16", "Motor protection circuit breaker 10-16 A", 30, "EA", "44.90", "2026-12-04"),
    ])
    t = when(2026, 11, 12, 8, 19, 4, 1)
    body = """Pozdravljeni,

hvala za naročilo VLT-2026-0611. Naročilo potrjujemo, dobava 4. 12. 2026.

- Kontaktor 3P 40A, tuljava 230 V AC: 30 kosov po 38,20 EUR
- Motorsko zaščitno stikalo 10-16 A: 30 kosov po 44,90 EUR

Opozarjamo, da je dobavni rok za kontaktorje 40A pri proizvajalcu trenutno 8 tednov od potrditve naročila.

Lep pozdrav,

Matej Kovač
Prodaja
Elektro Stikala d.o.o., Tržaška cesta 85, 1000 Ljubljana
T: +386 1 256 40 71
"""
    req = request_text(po, "Dear Elektro Stikala team,", "Jan Becker\nEinkauf | Voltaris Installations GmbH", style="de",
                       intro="please find attached our purchase order VLT-2026-0611.\nPlease confirm quantities, prices and delivery date.")
    attr = "On Tue, 10 Nov 2026 at 16:20, Jan Becker <jan.becker@voltaris.example> wrote:"
    plain = body + "\n" + attr + "\n" + quote(req) + "\n"
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("Matej Kovač", "matej.kovac@elektrostikala.example", "utf-8", "B")),
        ("To", addr("Jan Becker", buy["email"])),
        ("Subject", ew("Re: Naročilo VLT-2026-0611", "iso-8859-2", "Q")),
        ("Message-ID", "<CAH3kR9vT1mP8wL2qX7cZ4bN6yJ0sF5dG9aE3uK1iO7nB2hQ4tW@mail.gmail.com>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
    ], multi("alternative", "00000000000093d4b705f2e8a1c6",
             [text(plain, "plain", "utf-8", "base64"), text(gmail_html(brs(body), attr, brs(req)), "html", "utf-8", "base64")]))
    exp = {"kind": "needs_review",
           "notes": "Contradictory: 'dobava 4. 12. 2026' for the order vs 8 weeks lead time from confirmation for the contactors "
                    "(~7 January). A buyer cannot tell which date is committed for line 1; needs a human."}
    return [po], raw, exp


# ===========================================================================
# 039
# ===========================================================================

@case("gate-valves-tomorrow-monday-us", "confirmation/en-US",
      "Mobile reply with only relative dates ('go out tomorrow and deliver Monday') to be measured from the Date header; class 150, 4\" and 150# are traps.")
def c039():
    sup = SUP("LONESTARVF", "Lone Star Valve & Fitting", "orders@lonestarvalve.example", "en-US")
    buy = BUY("Ryan Doyle", "ryan.doyle@castor-process.example")
    po = PO("CPE-7720", sup, buy, "USD", "2026-11-16", [
        ("V-GT-4-150-WCB", "Gate valve 4\" class 150 RF, WCB body, trim 8", 6, "EA", "745.00", "2026-11-30"),
        ("G-SW-4-150-316", "Spiral wound gasket 4\" 150#, 316/graphite", 24, "EA", "9.40", "2026-11-30"),
    ])
    t = when(2026, 11, 19, 16, 2, 51, -6)
    is_wd(maildate(t), "Thursday")
    monday = is_wd("2026-11-23", "Monday")
    req = request_text(po, "Hi Carlos,", "Ryan Doyle\nProcurement | Castor Process Engineering", style="us")
    body = "Ryan, we have the 4\" gates on the shelf, they'll go out tomorrow and deliver Monday. Gaskets ship with them. Pricing per PO.\n\nThx\nCarlos\n"
    attr = "On Mon, Nov 16, 2026, 9:12 AM Ryan Doyle <ryan.doyle@castor-process.example> wrote:"
    plain = body + "\n" + attr + "\n\n" + quote(req) + "\n"
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("Carlos Mendoza", "carlos@lonestarvalve.example")),
        ("To", addr("Ryan Doyle", buy["email"])),
        ("Subject", "Re: PO CPE-7720 gate valves"),
        ("Message-ID", "<CAK9mW2tR5vQ1pL8xN3cB7yH4sJ0fD6gA2eK9uO1iZ5nT3wQ7hE@mail.gmail.com>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
    ], multi("alternative", "000000000000b5e2c905f2f0d4a7",
             [text(plain, cte="7bit"), text(gmail_html(brs(body), attr, brs(req)), "html")]))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: C(po, 1, d=monday), 2: C(po, 2, d=monday)})],
           "notes": "Mail sent Thursday 19 Nov 2026: ships tomorrow (Fri 20th), delivers Monday = 2026-11-23 (delivery wins). "
                    "Gaskets ship with the valves. Need-by 11/30 is ours."}
    return [po], raw, exp


# ===========================================================================
# 040
# ===========================================================================

@case("dosing-pumps-weeks-from-today-nb", "confirmation/nb-NO",
      "Norwegian reply states 'tre ukers leveringstid fra i dag' and 'sendes i morgen ... hos dere på fredag' - both must be computed from the Date header; 0-50 l/t and 1/2\" are traps.")
def c040():
    sup = SUP("VESTLANDPUMP", "Vestland Pumper AS", "ordre@vestlandpumper.example", "nb-NO")
    buy = BUY("Sarah Lindqvist", "sarah.lindqvist@clearwell-utilities.example")
    po = PO("CW-PO-20433", sup, buy, "EUR", "2026-11-09", [
        ("WT-DP-50-PVDF", "Dosing pump 0-50 l/h, PVDF head, 230 V", 4, "EA", "1260.00", "2026-12-11"),
        ("WT-IV-05-PVDF", "Injection valve 1/2\" PVDF, spring-loaded", 8, "EA", "64.00", "2026-12-11"),
    ])
    t = when(2026, 11, 17, 9, 12, 30, 1)
    is_wd(maildate(t), "Tuesday")
    d1 = plus_days(maildate(t), 21)
    is_wd(d1, "Tuesday")
    d2 = is_wd("2026-11-20", "Friday")
    body = """Hei Sarah,

Takk for bestillingen CW-PO-20433.

Doseringspumpene (4 stk., PVDF-hode, 0-50 l/t) har for tiden tre ukers leveringstid fra i dag, levert hos dere. Pris som i bestillingen.
Injeksjonsventilene 1/2" (8 stk.) har vi på lager - de sendes i morgen og er hos dere på fredag.

Med vennlig hilsen
Ingrid Haugland
Kundeservice
Vestland Pumper AS, Sandviksveien 40, 5035 Bergen
Tlf. +47 55 31 72 40
"""
    req = request_text(po, "Dear Vestland Pumper team,", "Sarah Lindqvist\nChemicals & Dosing Procurement, Clearwell Utilities")
    qp = [("Fra:", "Sarah Lindqvist <sarah.lindqvist@clearwell-utilities.example>"),
          ("Sendt:", "mandag 9. november 2026 11:20"),
          ("Til:", "ordre@vestlandpumper.example"),
          ("Emne:", "Purchase order CW-PO-20433")]
    raw = message([
        ("From", addr("Ingrid Haugland", "ingrid.haugland@vestlandpumper.example")),
        ("To", addr("Sarah Lindqvist", buy["email"])),
        ("Subject", "SV: Purchase order CW-PO-20433"),
        ("Date", rfcdate(t)),
        ("Message-ID", "<GV1P189MB2411C2D3E4F5A6B7C8D9E0F1A2B3C4D5@GV1P189MB2411.EURP189.PROD.OUTLOOK.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("Content-Language", "nb-NO"),
    ], outlook_alt(body, qp, req, "_000_GV1P189MB2411C2D3E4F5A6B7C8D9E0F1A2B3C4D5GV1P189MB2411EURP_",
                   cs="iso-8859-1", lang="NB"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: C(po, 1, d=d1), 2: C(po, 2, d=d2)})],
           "notes": "Mail of Tue 17 Nov: pumps delivered three weeks from today = Tue 2026-12-08; valves ship tomorrow, at our site "
                    "Friday = 2026-11-20. Prices as ordered."}
    return [po], raw, exp


# ===========================================================================
# 041
# ===========================================================================

@case("mower-parts-kw-with-day-de", "confirmation/de-DE",
      "German reply uses 'Dienstag KW 50' (a named day) for two lines and plain 'KW 49' for another (which equals the need date), and leaves one line open; 80x50x4 and SPB 2360 are look-alikes.")
def c041():
    sup = SUP("LTEEMS", "Landtechnik Ersatzteile Emsland GmbH", "innendienst@lte-emsland.example", "de-DE")
    buy = BUY("Jens Krüger", "jens.krueger@agrarhandel-boerde.example")
    po = PO("AB-2026-1187", sup, buy, "EUR", "2026-11-10", [
        ("MK-80504-Z", "Mähmesserklinge 80x50x4, gezahnt", 500, "EA", "0.94", "2026-12-04"),
        ("KR-SPB-2360", "Keilriemen SPB 2360 Lw", 20, "EA", "14.20", "2026-12-04"),
        ("KZ-10-L", "Kreiselzinken 10 mm, links", 150, "EA", "7.35", "2026-12-04"),
        ("GWS-1200", "Gelenkwellenschutz 1200 mm", 10, "EA", "39.00", "2026-12-04"),
    ])
    t = when(2026, 11, 12, 16, 48, 21, 1)
    tue50 = kw(2026, 50, 2)
    assert tue50 == "2026-12-08"
    assert kw(2026, 49) == "2026-12-04"
    body = """Hallo Herr Krüger,

zu Ihrer Bestellung AB-2026-1187:

Pos. 1 Mähmesserklingen 80x50x4 und Pos. 2 Keilriemen SPB 2360: Lieferung Dienstag KW 50, Preise wie bestellt.
Pos. 3 Kreiselzinken 10 mm links: derzeit nicht lieferbar, der Hersteller nennt "Ende Januar" - einen verbindlichen Termin reichen wir nach, sobald wir die AB vom Werk haben.
Pos. 4 Gelenkwellenschutz 1200 mm: KW 49.

Gruß aus Meppen
Heiko Terhorst
Innendienst Landtechnik Ersatzteile Emsland GmbH
Tel. 05931 40 88-17
"""
    cols = ("Pos", "Art.-Nr.", "Bezeichnung", "Menge", "ME", "Preis", "Termin")
    orig = ("Hallo zusammen,\n\nbitte bestätigen Sie unsere Bestellung AB-2026-1187:\n\n" + po_table(po, "de", cols)
            + "\n\nDanke und Gruß\nJens Krüger\nAgrarhandel Börde GmbH, Einkauf\n")
    plain = (body + "\n-----Ursprüngliche Nachricht-----\nVon: Jens Krüger <jens.krueger@agrarhandel-boerde.example>\n"
             "Gesendet: Dienstag, 10. November 2026 09:05\nAn: innendienst@lte-emsland.example\n"
             "Betreff: Bestellung AB-2026-1187\n\n" + orig)
    raw = message([
        ("From", addr("Heiko Terhorst", "h.terhorst@lte-emsland.example")),
        ("To", addr("Jens Krüger", buy["email"], "iso-8859-1", "Q")),
        ("Subject", "AW: Bestellung AB-2026-1187"),
        ("Date", rfcdate(t)),
        ("Message-ID", "<000601dd5b12$4f8e2a30$eeaa7e90$@lte-emsland.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "de"),
    ], text(plain, "plain", "iso-8859-1", "quoted-printable"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: C(po, 1, d=tue50), 2: C(po, 2, d=tue50), 3: UNC, 4: A(po, 4)})],
           "notes": "'Dienstag KW 50' = 2026-12-08 for lines 1-2; line 3 not deliverable, binding date to follow -> unconfirmed; "
                    "line 4 'KW 49' = Friday 2026-12-04 = requested -> accepted."}
    return [po], raw, exp


# ===========================================================================
# 042
# ===========================================================================

@case("conveyor-belt-week-53-fi", "confirmation/fi-FI",
      "Finnish reply puts the belt in 'viikolla 53 keskiviikkona' (ISO week 53 of 2026 exists) and the rollers in week 51, which equals the need date; EP630/4 and 8+4 mm are traps.")
def c042():
    sup = SUP("KAIVOSTARV", "Suomen Kaivostarvike Oy", "myynti@kaivostarvike.example", "fi-FI")
    buy = BUY("Jack Morrison", "jack.morrison@ridgeback-quarry.example")
    po = PO("RQ-45-2318", sup, buy, "EUR", "2026-11-10", [
        ("CV-EP630-1200", "Conveyor belt EP630/4, 1200 mm, covers 8+4 mm", 150, "M", "118.00", "2026-12-18"),
        ("CV-IR-133-465", "Conveyor idler roller 133x465 mm, 6305 bearings", 40, "EA", "42.50", "2026-12-18"),
    ])
    t = when(2026, 11, 11, 10, 33, 47, 2)
    w53 = kw(2026, 53, 3)
    assert w53 == "2026-12-30"
    assert kw(2026, 51) == "2026-12-18"
    body = """Hei Jack,

kiitos tilauksesta RQ-45-2318. Vahvistamme sen seuraavasti:

1. Kuljetinhihna EP630/4, leveys 1200 mm, pintakumit 8+4 mm: 150 m à 118,00 €/m.
   Hihna vulkanoidaan tehtaalla joulun jälkeen, toimitus viikolla 53 keskiviikkona.
2. Kantorulla 133x465 mm (laakerit 6305): 40 kpl à 42,50 €/kpl, toimitus viikolla 51.

Toimitusehto DAP Kemi, maksuehto 30 pv netto.

Ystävällisin terveisin
Mikko Heikkinen
Myynti
Suomen Kaivostarvike Oy
Teollisuustie 14, 94600 Kemi
puh. +358 16 452 1180
"""
    req = request_text(po, "Hello Mikko,", "Jack Morrison\nMaintenance Planner, Ridgeback Quarrying (Kemi site)")
    qp = [("Lähettäjä:", "Jack Morrison <jack.morrison@ridgeback-quarry.example>"),
          ("Lähetetty:", "tiistai 10. marraskuuta 2026 13.15"),
          ("Vastaanottaja:", "myynti@kaivostarvike.example"),
          ("Aihe:", "PO RQ-45-2318 conveyor belt + idlers")]
    raw = message([
        ("From", addr("Mikko Heikkinen", "mikko.heikkinen@kaivostarvike.example")),
        ("To", addr("Jack Morrison", buy["email"])),
        ("Subject", "VS: PO RQ-45-2318 conveyor belt + idlers"),
        ("Date", rfcdate(t)),
        ("Message-ID", "<HE1P190MB0412A3B4C5D6E7F8A9B0C1D2E3F4A5B6@HE1P190MB0412.EURP190.PROD.OUTLOOK.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("Content-Language", "fi-FI"),
    ], outlook_alt(body, qp, req, "_000_HE1P190MB0412A3B4C5D6E7F8A9B0C1D2E3F4A5B6HE1P190MB0412EURP_",
                   cs="iso-8859-15", lang="FI"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: C(po, 1, d=w53), 2: A(po, 2)})],
           "notes": "2026 has an ISO week 53: 'viikolla 53 keskiviikkona' = Wed 2026-12-30. Rollers 'viikolla 51' = Fri 2026-12-18 = requested."}
    return [po], raw, exp


# ===========================================================================
# 043
# ===========================================================================

@case("mailbox-full-bounce-de", "bounce/de-DE",
      "German hoster's DSN: recipient mailbox over quota (5.2.2), German explanation text and only the returned headers of our PO mail.")
def c043():
    sup = SUP("PUMPENWESER", "Pumpen Weser GmbH", "einkauf@pumpen-weser.example", "de-DE")
    buy = BUY("Lena Vogt", "lena.vogt@castor-prozesstechnik.example")
    po = PO("CPT-4501-241", sup, buy, "EUR", "2026-11-18", [
        ("PW-KP-32-160", "Kreiselpumpe 32-160, 2,2 kW, GG/1.4301", 2, "EA", "1180.00", "2026-12-16"),
        ("PW-GLRD-28", "Gleitringdichtung 28 mm, SiC/SiC/FKM", 6, "EA", "94.00", "2026-12-16"),
    ])
    t0 = when(2026, 11, 18, 9, 14, 2, 1)
    t = when(2026, 11, 18, 9, 14, 9, 1)
    human = f"""Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.

Die Zustellung an folgende Empfänger ist fehlgeschlagen:

    {sup['email']}

Grund: Das Postfach des Empfängers ist voll (Speicherplatz überschritten).
Der Empfänger muss zunächst Nachrichten löschen, bevor er neue E-Mails empfangen kann.
Bitte versuchen Sie es später erneut oder kontaktieren Sie den Empfänger auf anderem Weg.

Ursprüngliche Fehlermeldung des Servers mx00.pumpen-weser.example:
552 5.2.2 <{sup['email']}>: Mailbox full / quota exceeded

--
This is an automatically generated Delivery Status Notification.
Delivery to the following recipient failed permanently: {sup['email']} (mailbox full)
"""
    dsn = delivery_status(
        [("Reporting-MTA", "dns; mout.mailhost-de.example"), ("Arrival-Date", rfcdate(t0))],
        [("Final-Recipient", f"rfc822; {sup['email']}"), ("Action", "failed"), ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx00.pumpen-weser.example"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{sup['email']}>: Mailbox full / quota exceeded"),
         ("Last-Attempt-Date", rfcdate(t))])
    hdrs = (f"Return-Path: <{buy['email']}>\nDate: {rfcdate(t0)}\nFrom: Lena Vogt <{buy['email']}>\n"
            f"To: {sup['email']}\nSubject: Bestellung CPT-4501-241\nMessage-ID: {po['request_message_id']}\n"
            "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"----=_Part_88213_1102\"\n")
    raw = message([
        ("Date", rfcdate(t)),
        ("From", "Mail Delivery System <MAILER-DAEMON@mout.mailhost-de.example>"),
        ("To", buy["email"]),
        ("Subject", ew("Unzustellbar: Bestellung CPT-4501-241", "utf-8", "Q")),
        ("Message-ID", "<dsn.1MxU7r-1w2Lk03fKb-00zGq9@mout.mailhost-de.example>"),
        ("Auto-Submitted", "auto-replied"),
    ], multi("report", "1MxU7r-1w2Lk03fKb-00zGq9.dsn", [
        text(human, "plain", "utf-8", "quoted-printable"), dsn,
        b"Content-Type: text/rfc822-headers; charset=\"us-ascii\"\nContent-Transfer-Encoding: 7bit\n\n" + hdrs.encode("ascii")],
        params=" report-type=delivery-status;"))
    exp = {"kind": "bounce",
           "notes": "Quota-full DSN (5.2.2) for our PO mail to the supplier; no supplier statement at all."}
    return [po], raw, exp


# ===========================================================================
# 044
# ===========================================================================

@case("docks-split-shift-jis", "confirmation/ja-JP",
      "Japanese Shift_JIS reply (ISO-2022-JP headers) splits the laptops 15 + 10 over two dates without year, confirms the rest; a quotation validity date sits below.")
def c044():
    sup = SUP("HOKUSHIN", "Hokushin Techno Trading Co., Ltd.", "eigyo@hokushin-techno.example", "ja-JP")
    buy = BUY("Kenji Sato", "kenji.sato@tallyfield.example")
    po = PO("TF-PO-66158", sup, buy, "USD", "2026-11-09", [
        ("DK-TB4-180", "Thunderbolt 4 dock, 180W", 25, "EA", "238.00", "2026-12-04"),
        ("LT-13-I5", "Laptop 13\" i5, 16GB/512GB", 25, "EA", "968.00", "2026-12-04"),
        ("AD-C-HDMI-4K", "USB-C to HDMI adapter 4K60", 50, "EA", "18.50", "2026-12-04"),
    ])
    t = when(2026, 11, 10, 11, 8, 3, 9)
    body = """佐藤様

いつも大変お世話になっております。
北辰テクノ商事の山本でございます。

ご注文書 TF-PO-66158 につきまして、下記のとおりお請けいたします。

1. Thunderboltドック TB4 180W　25台　単価 238.00 USD　納期 12月4日
2. ノートPC 13インチ（i5/16GB/512GB）　25台　単価 968.00 USD
　 メーカー割当の関係で、15台を12月4日、残り10台を12月18日に分納させていただきます。
3. USB-C→HDMI変換アダプタ 4K60　50個　単価 18.50 USD　納期 12月4日

なお、御見積書 No. Q-2610-118（有効期限 2026年11月30日）の条件に基づいております。

何卒よろしくお願い申し上げます。

――――――――――――――――
株式会社北辰テクノ商事
営業二部　山本 健太
〒105-0013 東京都港区浜松町2-4-1
TEL 03-5401-7720
――――――――――――――――
"""
    req = ("北辰テクノ商事 ご担当者様\n\nいつもお世話になっております。\n注文書 TF-PO-66158 を送付いたします。"
           "数量・単価・納期をご確認の上、ご回答をお願いいたします。\n\n" + po_table(po, "iso") +
           "\n\nタリーフィールドITサービス株式会社 購買部\n佐藤 健二\n")
    plain = (body + "\n-----Original Message-----\n差出人: 佐藤 健二 <kenji.sato@tallyfield.example>\n"
             "送信日時: 2026年11月9日 17:42\n宛先: eigyo@hokushin-techno.example\n件名: 注文書 TF-PO-66158\n\n" + req)
    raw = message([
        ("From", addr("山本 健太", "k.yamamoto@hokushin-techno.example", "iso-2022-jp", "B")),
        ("To", addr("佐藤 健二", buy["email"], "iso-2022-jp", "B")),
        ("Subject", ew("RE: 注文書 TF-PO-66158 お請けのご連絡", "iso-2022-jp", "B")),
        ("Date", rfcdate(t)),
        ("Message-ID", "<000401dd5b2e$1c9a7f20$55cf7d60$@hokushin-techno.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "ja"),
    ], text(plain, "plain", "shift_jis", "base64"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: A(po, 1),
                                       2: C(po, 2, sched=[(15, "2026-12-04"), (10, "2026-12-18")], d="2026-12-18"),
                                       3: A(po, 3)})],
           "notes": "12月4日 (no year) = requested 2026-12-04 for lines 1 and 3; laptops 15 on 12月4日 + 10 on 12月18日. "
                    "Quotation validity 2026年11月30日 and the Outlook 送信日時 are distractors."}
    return [po], raw, exp


# ===========================================================================
# 045
# ===========================================================================

@case("wire-erp-pdf-per-m-ft-us", "confirmation/en-US",
      "No-reply ERP mail with a compressed PDF acknowledgment: line numbers 10-40, wire priced in $/M (per 1000 ft) against a per-foot PO, ship dates only in m/d/yy.")
def c045():
    sup = SUP("GULFCOASTEL", "Gulf Coast Electrical Supply", "orders@gulfcoastelectric.example", "en-US")
    buy = BUY("Carla Jensen", "carla.jensen@voltaris-usa.example")
    po = PO("VLT-US-1044", sup, buy, "USD", "2026-11-10", [
        ("W-THHN12-BK", "THHN/THWN-2 12 AWG Cu, black, 2500 ft reel", 10000, "FT", "0.198", "2026-11-24"),
        ("W-THHN10-GN", "THHN/THWN-2 10 AWG Cu, green, 2500 ft reel", 5000, "FT", "0.305", "2026-11-24"),
        ("PNL-225-42", "Panelboard 225A MLO, 42-circuit, 3Ph 4W 208Y/120V", 3, "EA", "1240.00", "2026-12-04"),
        ("BRK-20-1P", "Circuit breaker 20A 1P plug-on, 10kAIC", 120, "EA", "9.85", "2026-11-24"),
    ])
    t = when(2026, 11, 11, 6, 2, 17, -6)
    items = [
        (40, 800, 15, "GULF COAST ELECTRICAL SUPPLY", True),
        (40, 786, 8, "4410 Airline Dr, Houston, TX 77022  |  (713) 555-0190  |  orders@gulfcoastelectric.example"),
        (360, 800, 13, "SALES ORDER ACKNOWLEDGMENT", True),
        (360, 782, 9, "Order No: 0081234"),
        (360, 770, 9, "Order Date: 11/11/26"),
        (360, 758, 9, "Cust PO: VLT-US-1044  dated 11/10/26"),
        (360, 746, 9, "Terms: Net 30   FOB: Origin, Prepay & Add"),
        (40, 758, 9, "Bill To: Voltaris Installations USA Inc."),
        (40, 746, 9, "Ship To: Jobsite - 2200 Westheimer Rd, Houston TX 77098"),
        (40, 734, 9, "Attn: Carla Jensen"),
    ]
    rows = [("Ln", "Our Item / Your Item", "Description", "Qty", "UM", "Price", "Per", "Ext", "Ship"),
            ("10", "GCE-12THHN-BK-2500 / W-THHN12-BK", "12 AWG THHN BLK 2500' RL", "10,000", "FT", "198.00", "M", "1,980.00", "11/24/26"),
            ("20", "GCE-10THHN-GN-2500 / W-THHN10-GN", "10 AWG THHN GRN 2500' RL", "5,000", "FT", "319.00", "M", "1,595.00", "11/24/26"),
            ("30", "GCE-PNL225MLO42 / PNL-225-42", "PNLBD 225A MLO 42CKT 3PH4W", "3", "EA", "1,240.00", "EA", "3,720.00", "12/18/26"),
            ("40", "GCE-BR120 / BRK-20-1P", "BKR 20A 1P PLUG-ON 10K", "120", "EA", "9.85", "EA", "1,182.00", "11/24/26")]
    tab, y = pdf_rows(rows, [40, 58, 205, 345, 385, 408, 450, 472, 525], 700, size=7, step=15, bold_first=True)
    items += tab
    items += [(408, y - 10, 9, "Order Total:  $8,477.00", True),
              (40, y - 40, 7, "Prices per M = per 1,000 feet. Quote Q-55310 valid thru 12/31/26."),
              (40, y - 50, 7, "Ship dates are estimated dates of shipment from our Houston DC. Please review and advise of any discrepancies within 48 hours."),
              (40, 40, 6, "Page 1 of 1   Printed 11/11/26 06:02")]
    assert 10 * Decimal("198") + 5 * Decimal("319") + 3 * Decimal("1240") + 120 * Decimal("9.85") == Decimal("8477.00")
    pdf = make_pdf([items], title="SO Acknowledgment 0081234", producer="Epicor Prophet 21 Report Engine",
                   compress=True, tj=True, created="D:20261111060217-06'00'")
    body = """This is an automated message from Gulf Coast Electrical Supply.

Attached is Sales Order Acknowledgment 0081234 for your PO VLT-US-1044.
Please review the attached acknowledgment and notify your inside sales representative of any discrepancies.

Inside Sales: Derrick Hollis, (713) 555-0194, dhollis@gulfcoastelectric.example

*** Please do not reply to this email. This mailbox is not monitored. ***
"""
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("Gulf Coast Electrical Supply", "noreply@gulfcoastelectric.example")),
        ("To", buy["email"]),
        ("Subject", "Sales Order Acknowledgment 0081234 - Your PO VLT-US-1044"),
        ("Message-ID", "<P21.SOA.0081234.20261111060217@erp.gulfcoastelectric.example>"),
        ("Auto-Submitted", "auto-generated"),
    ], multi("mixed", "=_P21_SOA_0081234", [
        text(body, "plain", "us-ascii", "7bit"),
        attach(pdf, "application/pdf", "SOA_0081234.pdf")]))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: A(po, 1), 2: C(po, 2, p=per("319.00", 1000)),
                                       3: C(po, 3, d="2026-12-18"), 4: A(po, 4)})],
           "notes": "Automatic ERP acknowledgment is a confirmation. $198.00/M = 0.198/ft (as ordered), $319.00/M = 0.319/ft (changed). "
                    "Only ship dates are given: 11/24/26 (= requested) and 12/18/26 for the panelboards. Quote validity 12/31/26 is a distractor."}
    return [po], raw, exp


# ===========================================================================
# 046
# ===========================================================================

@case("ukuleles-big5-fob-tw", "confirmation/zh-TW",
      "Traditional-Chinese Big5 reply with one FOB ship date for the two ukulele lines, a price increase on one, a quotation validity date, and silence on the third line.")
def c046():
    sup = SUP("TCMUSIC", "Taichung Musical Instruments Co., Ltd.", "sales@tc-music.example", "zh-TW")
    buy = BUY("Erin Walsh", "erin.walsh@bellmont-music.example")
    po = PO("BMS-10890", sup, buy, "USD", "2026-11-06", [
        ("UKE-CON-MAH", "Concert ukulele, mahogany, with gig bag", 120, "EA", "42.00", "2027-01-15"),
        ("UKE-SOP-SPR", "Soprano ukulele, laminated spruce top", 200, "EA", "27.50", "2027-01-15"),
        ("UKE-TUN-CLIP", "Clip-on chromatic tuner, ukulele/guitar", 300, "EA", "3.20", "2027-01-15"),
    ])
    t = when(2026, 11, 12, 15, 27, 40, 8)
    body = """Erin 您好：

感謝您的訂單 BMS-10890，確認內容如下：

1. 桃花心木 Concert 烏克麗麗（附琴袋）120 支，單價 USD 42.00
2. 雲杉合板 Soprano 烏克麗麗 200 支，因雲杉面板漲價，單價調整為 USD 28.60

出貨日期：2026/12/28（FOB 台中港），兩項同一批出貨。
報價有效期限至 2026/12/31，付款條件：T/T 出貨前付清。

如有任何問題，歡迎隨時與我聯繫。

順頌商祺
林雅婷 Tina Lin
台中樂器股份有限公司 業務部
TEL: +886-4-2358-1170
"""
    req = request_text(po, "Hi Tina,", "Erin Walsh\nBuyer, Bellmont Music Stores", style="us",
                       intro="Please find attached PO BMS-10890 (FOB Taichung).\nPlease confirm quantities, prices and ship date.")
    plain = body + "\n\nErin Walsh <erin.walsh@bellmont-music.example> 於 2026年11月6日 週五 上午1:15 寫道：\n" + quote(req) + "\n"
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("林雅婷 Tina Lin", "tina.lin@tc-music.example", "big5")),
        ("To", addr("Erin Walsh", buy["email"])),
        ("Subject", ew("Re: PO BMS-10890 訂單確認", "big5")),
        ("Message-ID", "<CAGx4nT8rW2kQ7vM1pL9cB3yH6sJ5fD0gA8eK2uO4iZ7nT1wQ3h@mail.gmail.com>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
    ], multi("alternative", "000000000000c81f2a05f2f7e9b2",
             [text(plain, "plain", "big5", "base64"),
              text(gmail_html(brs(body), "Erin Walsh <erin.walsh@bellmont-music.example> 於 2026年11月6日 週五 上午1:15 寫道：",
                              brs(req)), "html", "big5", "base64")]))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: C(po, 1, d="2026-12-28"), 2: C(po, 2, p="28.60", d="2026-12-28"), 3: UNC})],
           "notes": "FOB ship date 2026/12/28 is the only date (no delivery date) -> both ukulele lines; soprano price USD 28.60. "
                    "The clip-on tuners (line 3) are not mentioned at all -> unconfirmed ('兩項' = the two items). "
                    "Quote validity 2026/12/31 is a distractor."}
    return [po], raw, exp


# ===========================================================================
# 047
# ===========================================================================

@case("running-shoes-two-drops-vi", "confirmation/vi-VN",
      "Vietnamese reply confirms men's sizes in full but splits two women's sizes 200 + 40 into a second drop; sizes 37-43 sit next to pair counts and decimal commas.")
def c047():
    sup = SUP("GIAYBD", "Binh Duong Footwear Co., Ltd", "sales@giaybinhduong.example", "vi-VN")
    buy = BUY("Amelia Hughes", "amelia.hughes@strideandco.example")
    po = PO("STR-2026-0470", sup, buy, "USD", "2026-11-09", [
        ("RN-PACER-M-41", "Running shoe 'Pacer' men, size 41", 300, "PR", "19.80", "2027-01-29"),
        ("RN-PACER-M-42", "Running shoe 'Pacer' men, size 42", 300, "PR", "19.80", "2027-01-29"),
        ("RN-PACER-M-43", "Running shoe 'Pacer' men, size 43", 240, "PR", "19.80", "2027-01-29"),
        ("RN-PACER-W-37", "Running shoe 'Pacer' women, size 37", 240, "PR", "19.80", "2027-01-29"),
        ("RN-PACER-W-38", "Running shoe 'Pacer' women, size 38", 240, "PR", "19.80", "2027-01-29"),
    ])
    t = when(2026, 11, 13, 16, 5, 22, 7)
    body = """Chào chị Amelia,

Công ty em xin xác nhận đơn hàng STR-2026-0470 (giày chạy bộ "Pacer") như sau:

- Giày nam size 41, 42, 43: đủ số lượng theo đơn (300 / 300 / 240 đôi), giá 19,80 USD/đôi.
- Giày nữ size 37 và 38: do nhà cung cấp đế giao thiếu, đợt này bên em chỉ giao được 200 đôi mỗi size; 40 đôi còn lại của mỗi size sẽ giao đợt 2 vào ngày 19/02/2027.

Ngày giao hàng đợt 1 (tới kho Felixstowe): 29/01/2027.
Giá giữ nguyên như đơn hàng.

Trân trọng,
Nguyễn Thị Thu Hà
Phòng Kinh doanh Xuất khẩu
Công ty TNHH Giày Bình Dương
KCN VSIP 1, Thuận An, Bình Dương
ĐT: +84 274 376 5120
"""
    req = request_text(po, "Dear Ha,", "Amelia Hughes\nBuying Team, Stride & Co")
    attr = "Vào Th 2, 9 thg 11, 2026 vào lúc 17:30 Amelia Hughes <amelia.hughes@strideandco.example> đã viết:"
    plain = body + "\n" + attr + "\n\n" + quote(req) + "\n"
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("Nguyễn Thị Thu Hà", "thuha.nguyen@giaybinhduong.example")),
        ("To", addr("Amelia Hughes", buy["email"])),
        ("Subject", ew("Re: PO STR-2026-0470 - xác nhận đơn hàng", "utf-8", "B")),
        ("Message-ID", "<CAN1pQ7wT4mR9vK2xL8cB5yH3sJ0fD6gA1eK7uO9iZ3nT5wQ1hR@mail.gmail.com>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
    ], multi("alternative", "000000000000e4d9b305f2fae1c8",
             [text(plain, "plain", "utf-8", "base64"), text(gmail_html(brs(body), attr, brs(req)), "html", "utf-8", "base64")]))
    sched = [(200, "2027-01-29"), (40, "2027-02-19")]
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: A(po, 1), 2: A(po, 2), 3: A(po, 3),
                                       4: C(po, 4, sched=sched, d="2027-02-19"),
                                       5: C(po, 5, sched=sched, d="2027-02-19")})],
           "notes": "Men's sizes as ordered on 29/01/2027 (= requested); women's 37 and 38 each 200 on 29/01/2027 + 40 on 19/02/2027."}
    return [po], raw, exp


# ===========================================================================
# 048
# ===========================================================================

@case("basins-buddhist-year-th", "confirmation/th-TH",
      "Thai TIS-620 reply writes the delivery date in the Buddhist calendar ('15 ม.ค. 2570' = 15 Jan 2027) and raises one price; 600x400 and 500 มม. are sizes.")
def c048():
    sup = SUP("SIAMSANI", "Siam Sanitary Ware Supply Co., Ltd.", "sales@siamsanitary.example", "th-TH")
    buy = BUY("Oliver Grant", "oliver.grant@aquaform-bathrooms.example")
    po = PO("AQF-5561", sup, buy, "USD", "2026-11-10", [
        ("AQ-CB-500R", "Countertop basin 500 mm round, white", 150, "EA", "29.00", "2027-01-20"),
        ("AQ-CB-6040", "Countertop basin 600x400 mm rectangular, white", 100, "EA", "34.50", "2027-01-20"),
    ])
    t = when(2026, 11, 16, 14, 12, 9, 7)
    assert 2570 - 543 == 2027
    body = """เรียน คุณโอลิเวอร์

บริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ AQF-5561 ดังนี้

1. อ่างล้างหน้าวางบนเคาน์เตอร์ ทรงกลม 500 มม. สีขาว จำนวน 150 ใบ ราคา 29.00 USD ต่อใบ
2. อ่างล้างหน้าวางบนเคาน์เตอร์ ทรงสี่เหลี่ยม 600x400 มม. สีขาว จำนวน 100 ใบ ราคาใหม่ 36.00 USD ต่อใบ (ปรับตามต้นทุนดินและน้ำเคลือบ)

กำหนดส่งสินค้าถึงคลังสินค้าของท่าน: 15 ม.ค. 2570 ทั้งสองรายการ

ขอแสดงความนับถือ
สมชาย ศรีสุข
ฝ่ายขายต่างประเทศ
บริษัท สยามแซนิทารีแวร์ ซัพพลาย จำกัด
โทร +66 2 326 1180
"""
    req = request_text(po, "Dear Somchai,", "Oliver Grant\nPurchasing, Aquaform Bathrooms Ltd")
    plain = body + "\n\n----- Original Message -----\nFrom: Oliver Grant <oliver.grant@aquaform-bathrooms.example>\n" \
        "Sent: 10 November 2026 16:02\nSubject: Purchase order AQF-5561\n\n" + req
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("สมชาย ศรีสุข", "somchai@siamsanitary.example", "tis-620", "B")),
        ("To", addr("Oliver Grant", buy["email"])),
        ("Subject", ew("RE: Purchase order AQF-5561 ยืนยันคำสั่งซื้อ", "tis-620", "B")),
        ("Message-ID", "<20261116141209.5E2A1C@mail.siamsanitary.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("X-Mailer", "Roundcube Webmail/1.6.9"),
    ], text(plain, "plain", "tis-620", "quoted-printable"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: C(po, 1, d="2027-01-15"), 2: C(po, 2, p="36.00", d="2027-01-15")})],
           "notes": "Buddhist-era year: 15 ม.ค. 2570 = 2027-01-15 (delivery to our warehouse) for both lines; line 2 new price 36.00."}
    return [po], raw, exp


# ===========================================================================
# 049
# ===========================================================================

@case("price-list-2027-lt", "unrelated/lt-LT",
      "Lithuanian price-list announcement with an XLSX attachment: validity dates, a percentage increase and an order cut-off date, from a supplier with an open PO.")
def c049():
    sup = SUP("BALTBALDAI", "UAB Baltijos Baldai", "pardavimai@baltijosbaldai.example", "lt-LT")
    buy = BUY("Priya Nair", "priya.nair@oakline-interiors.example")
    po = PO("OAK-24163", sup, buy, "EUR", "2026-11-12", [
        ("BB-BKC-0880", "Bookcase 5-shelf, 800x1800, oak veneer", 20, "EA", "148.00", "2026-12-18"),
        ("BB-CAB-LOW", "Low cabinet 2-door, 800x740, oak veneer", 16, "EA", "121.00", "2026-12-18"),
    ])
    t = when(2026, 11, 18, 9, 0, 12, 2)
    rows = [["UAB Baltijos Baldai - Kainoraštis / Price list 2027"],
            ["Galioja nuo:", dt.date(2027, 1, 1)],
            ["Valiuta:", "EUR, be PVM"],
            [],
            ["Kodas", "Pavadinimas", "Kaina 2026", "Kaina 2027", "Pokytis %"],
            ["BB-BKC-0880", "Knygų lentyna 5 lent., 800x1800, ąžuolo lukštas", Decimal("148.00"), Decimal("153.20"), Decimal("3.5")],
            ["BB-CAB-LOW", "Žema spintelė 2 dur., 800x740, ąžuolo lukštas", Decimal("121.00"), Decimal("125.20"), Decimal("3.5")],
            ["BB-DSK-1400", "Rašomasis stalas 1400x700", Decimal("212.00"), Decimal("219.40"), Decimal("3.5")],
            ["BB-WRD-1000", "Drabužių spinta 1000x2100", Decimal("268.00"), Decimal("277.40"), Decimal("3.5")]]
    xlsx = make_xlsx(rows, sheet="Kainos 2027", stamp=(2026, 11, 17, 15, 45, 0))
    body = """Laba diena,

siunčiame UAB Baltijos Baldai 2027 m. kainoraštį, kuris galioja nuo 2027-01-01.
Dėl išaugusių ąžuolo žaliavos ir energijos kainų kainos didėja vidutiniškai 3,5 %.

Užsakymai, gauti iki 2026-12-15, bus vykdomi pagal dabartines kainas.
Kalėdinių švenčių laikotarpiu (2026-12-24 - 2027-01-03) gamykla nedirbs.

Pagarbiai
Rūta Jankauskienė
Pardavimų vadovė
UAB Baltijos Baldai, Pramonės g. 16, LT-78137 Šiauliai
Tel. +370 41 52 33 80
"""
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("Rūta Jankauskienė", "ruta.jankauskiene@baltijosbaldai.example", "iso-8859-13", "Q")),
        ("To", addr("Priya Nair", buy["email"])),
        ("Subject", ew("Kainoraštis 2027 / Price list 2027", "iso-8859-13", "Q")),
        ("Message-ID", "<9c1e2f3a-4b5d-4e6f-8a7b-0c1d2e3f4a5b@baltijosbaldai.example>"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "lt"),
    ], multi("mixed", "------------Lt7mQ2pX9vR4nK1cZ8bY3hW6", [
        text(body, "plain", "iso-8859-13", "quoted-printable"),
        attach(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Kainorastis_2027.xlsx")],
        preamble="This is a multi-part message in MIME format."))
    exp = {"kind": "unrelated",
           "notes": "General price-list announcement (valid from 2027-01-01, +3.5 %); not an answer to PO OAK-24163 even though "
                    "its items appear in the list."}
    return [po], raw, exp


# ===========================================================================
# 050
# ===========================================================================

@case("plywood-etd-eta-id", "confirmation/id-ID",
      "Indonesian reply with Indonesian number format (1.800 lembar, USD 21,40), a container-fill quantity change, ETD Surabaya and ETA Tilbury (delivery wins); 2440x1220 and 40' HC are traps.")
def c050():
    sup = SUP("KAYULAPIS", "PT Kayu Lapis Nusantara", "sales@kayulapis-nusantara.example", "id-ID")
    buy = BUY("Tom Fletcher", "tom.fletcher@birchgate-bm.example")
    po = PO("BBM-11890", sup, buy, "USD", "2026-11-06", [
        ("BIR-MER18", "Meranti plywood 18 mm 2440x1220 BB/CC, WBP", 1800, "SHT", "21.40", "2027-01-29"),
        ("BIR-MER09", "Meranti plywood 9 mm 2440x1220 BB/CC, WBP", 1200, "SHT", "12.10", "2027-01-29"),
    ])
    t = when(2026, 11, 18, 10, 40, 55, 7)
    body = """Kepada Yth. Bapak Tom Fletcher,

Terima kasih atas PO BBM-11890. Dengan ini kami konfirmasi sebagai berikut:

1. Plywood meranti 18 mm 2440x1220 BB/CC WBP: 1.800 lembar, USD 21,40/lembar
2. Plywood meranti 9 mm 2440x1220 BB/CC WBP: untuk mengisi penuh kontainer 40' HC, jumlah kami sesuaikan menjadi 1.260 lembar, harga tetap USD 12,10/lembar

Pengiriman (ETD Surabaya): 8 Januari 2027
Perkiraan tiba (ETA) Tilbury: 12 Februari 2027
Syarat penyerahan: CFR Tilbury. Sertifikat SVLK dan fumigasi dikirim bersama dokumen B/L.

Hormat kami,

Dewi Lestari
Marketing Ekspor
PT Kayu Lapis Nusantara
Jl. Rungkut Industri III No. 27, Surabaya 60293
Telp. +62 31 843 5520
"""
    req = request_text(po, "Dear Ibu Dewi,", "Tom Fletcher\nTimber & Panels Buyer, Birchgate Builders Merchants",
                       intro="Please find attached PO BBM-11890, CFR Tilbury.\nPlease confirm quantities, prices, ETD and ETA.")
    qp = [("From:", "Tom Fletcher <tom.fletcher@birchgate-bm.example>"),
          ("Sent:", "Friday, November 6, 2026 4:18 PM"),
          ("To:", "sales@kayulapis-nusantara.example"),
          ("Subject:", "PO BBM-11890 meranti plywood")]
    raw = message([
        ("From", addr("Dewi Lestari", "dewi.lestari@kayulapis-nusantara.example")),
        ("To", addr("Tom Fletcher", buy["email"])),
        ("Subject", "RE: PO BBM-11890 meranti plywood"),
        ("Date", rfcdate(t)),
        ("Message-ID", "<SG2PR03MB6711B1C2D3E4F5A6B7C8D9E0F1A2B3C4@SG2PR03MB6711.apcprd03.prod.outlook.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("Content-Language", "id-ID"),
    ], outlook_alt(body, qp, req, "_000_SG2PR03MB6711B1C2D3E4F5A6B7C8D9E0F1A2B3C4SG2PR03MB6711apcp_", lang="IN"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: C(po, 1, d="2027-02-12"), 2: C(po, 2, q=1260, d="2027-02-12")})],
           "notes": "Delivery (ETA Tilbury 12 Februari 2027, CFR) wins over ETD 8 Januari 2027. Line 2 raised to 1.260 sheets to fill the container; "
                    "prices unchanged (Indonesian decimal comma)."}
    return [po], raw, exp


# ===========================================================================
# 051
# ===========================================================================

@case("water-chemicals-arabic-rtl", "confirmation/ar-AE",
      "Arabic right-to-left reply (windows-1256 text + HTML) with ship date from Jebel Ali and a later arrival at our warehouse, one price increase, and a CoA validity date.")
def c051():
    sup = SUP("GULFWATERCHEM", "Gulf Water Chemicals LLC", "sales@gulfwaterchem.example", "ar-AE")
    buy = BUY("Sarah Lindqvist", "sarah.lindqvist@clearwell-utilities.example")
    po = PO("CW-PO-20441", sup, buy, "USD", "2026-11-09", [
        ("WT-CAHYP-70", "Calcium hypochlorite 70% granules, 45 kg drum", 9000, "KG", "2.15", "2026-12-20"),
        ("WT-ASC-RO", "Antiscalant for RO membranes, phosphonate-based, 25 kg can", 1000, "KG", "3.40", "2026-12-20"),
    ])
    t = when(2026, 11, 16, 10, 22, 5, 4)
    assert 200 * 45 == 9000 and 40 * 25 == 1000
    body = """السيدة سارة المحترمة،

تحية طيبة وبعد،

نشكركم على طلب الشراء رقم CW-PO-20441، ونؤكد لكم ما يلي:

1- هيبوكلوريت الكالسيوم 70% حبيبات: 9,000 كجم (200 برميل × 45 كجم) بسعر 2.15 دولار أمريكي للكيلوجرام.
2- مانع الترسب لأنظمة التناضح العكسي: 1,000 كجم (40 عبوة × 25 كجم) بسعر 3.55 دولار أمريكي للكيلوجرام، وذلك بسبب ارتفاع أسعار المواد الخام.

موعد الشحن من ميناء جبل علي: 6 ديسمبر 2026
موعد الوصول المتوقع إلى مستودعكم: 20 ديسمبر 2026

شروط الدفع: 30 يوماً من تاريخ بوليصة الشحن.
شهادة التحليل صالحة حتى 30/06/2027.

مع خالص التحيات،
أحمد الحمادي
مدير المبيعات
شركة الخليج لكيماويات المياه ذ.م.م
المنطقة الحرة بجبل علي، دبي، الإمارات العربية المتحدة
هاتف: +971 4 881 2290
"""
    req = request_text(po, "Dear Mr. Al Hammadi,", "Sarah Lindqvist\nChemicals Procurement, Clearwell Utilities")
    qp = [("From:", "Sarah Lindqvist <sarah.lindqvist@clearwell-utilities.example>"),
          ("Sent:", "Monday, November 9, 2026 1:40 PM"),
          ("To:", "sales@gulfwaterchem.example"),
          ("Subject:", "Purchase order CW-PO-20441")]
    plain = body + "\n" + ol_hdr_text(qp) + "\n\n" + req
    htm = f"""<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head>
<body dir="rtl" style="font-family:Tahoma,Arial;font-size:11pt">
<div dir="rtl">{brs(body)}</div>
<hr>
<div dir="ltr" style="text-align:left">{ol_hdr_html(qp)}<br><br>{brs(req)}</div>
</body></html>
"""
    raw = message([
        ("From", addr("أحمد الحمادي", "ahmed.alhammadi@gulfwaterchem.example", "windows-1256", "B")),
        ("To", addr("Sarah Lindqvist", buy["email"])),
        ("Subject", ew("RE: Purchase order CW-PO-20441 - تأكيد الطلب", "windows-1256", "B")),
        ("Date", rfcdate(t)),
        ("Message-ID", "<DB8P195MB0611C3D4E5F6A7B8C9D0E1F2A3B4C5D6@DB8P195MB0611.EURP195.PROD.OUTLOOK.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("Content-Language", "ar-AE"),
    ], multi("alternative", "_000_DB8P195MB0611C3D4E5F6A7B8C9D0E1F2A3B4C5D6DB8P195MB0611EURP_", [
        text(plain, "plain", "windows-1256", "quoted-printable"), text(htm, "html", "windows-1256", "quoted-printable")]))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: A(po, 1), 2: C(po, 2, p="3.55")})],
           "notes": "Arrival at our warehouse 20 December 2026 (delivery wins over the 6 December sailing) = requested. "
                    "Line 1 as ordered (9,000 kg = 200 x 45 kg); line 2 new price 3.55. CoA validity 30/06/2027 and 30 days terms are distractors."}
    return [po], raw, exp


# ===========================================================================
# 052
# ===========================================================================

@case("borehole-pumps-greek", "confirmation/el-GR",
      "Greek ISO-8859-7 reply confirms two lines as ordered and declines a discontinued level sensor; 7,5 kW, 3x400V, 0-10 m and 4-20 mA look numeric; a quotation validity date follows.")
def c052():
    sup = SUP("AEGEANPUMPS", "Aegean Pumps S.A.", "sales@aegeanpumps.example", "el-GR")
    buy = BUY("Ryan Doyle", "ryan.doyle@castor-process.example")
    po = PO("CPE-7731", sup, buy, "EUR", "2026-11-10", [
        ("P-SUB-75-4", "Submersible borehole pump 4\", 7.5 kW, 3x400V", 3, "EA", "1720.00", "2026-12-16"),
        ("P-CP-SS-75", "Control panel with soft starter, 7.5 kW", 3, "EA", "640.00", "2026-12-16"),
        ("S-LVL-010", "Level sensor 0-10 m, 4-20 mA, 30 m cable", 3, "EA", "210.00", "2026-12-16"),
    ])
    t = when(2026, 11, 12, 12, 44, 18, 2)
    body = """Αγαπητέ κύριε Doyle,

Σας ευχαριστούμε για την παραγγελία σας CPE-7731, την οποία επιβεβαιώνουμε ως εξής:

1. Υποβρύχια αντλία γεώτρησης 4", 7,5 kW, 3x400V - 3 τεμ., 1.720,00 €/τεμ., παράδοση 16/12/2026
2. Πίνακας ελέγχου με ομαλό εκκινητή 7,5 kW - 3 τεμ., 640,00 €/τεμ., παράδοση 16/12/2026
3. Αισθητήριο στάθμης 0-10 m, 4-20 mA - το μοντέλο έχει καταργηθεί από τον κατασκευαστή και δυστυχώς δεν μπορούμε να το προμηθεύσουμε.

Η προσφορά μας 2026/418 ισχύει έως 31/12/2026.

Με εκτίμηση,
Γιώργος Παπαδόπουλος
Τμήμα Πωλήσεων
Αντλίες Αιγαίου Α.Ε.
Λεωφ. Αθηνών 212, 12461 Χαϊδάρι
Τηλ. +30 210 532 1180
"""
    req = request_text(po, "Dear Aegean Pumps team,", "Ryan Doyle\nProcurement | Castor Process Engineering")
    attr = "Στις 10/11/2026 3:55 μ.μ., ο/η Ryan Doyle έγραψε:"
    plain = body + "\n" + attr + "\n" + quote(req) + "\n"
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("Γιώργος Παπαδόπουλος", "g.papadopoulos@aegeanpumps.example", "iso-8859-7", "B")),
        ("To", addr("Ryan Doyle", buy["email"])),
        ("Subject", ew("Re: Παραγγελία CPE-7731", "iso-8859-7", "B")),
        ("Message-ID", "<4e7d2a1c-9b8f-4c3e-a6d5-1f2e3a4b5c6d@aegeanpumps.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "el"),
    ], text(plain, "plain", "iso-8859-7", "quoted-printable", params="; format=flowed"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: A(po, 1), 2: A(po, 2), 3: REJ})],
           "notes": "Lines 1-2 as ordered (16/12/2026 = requested, 1.720,00 = 1720.00); line 3 discontinued -> rejected. "
                    "Quotation 2026/418 valid until 31/12/2026 is not a delivery date."}
    return [po], raw, exp


# ===========================================================================
# 053
# ===========================================================================

@case("sofas-week-51-bulgarian", "confirmation/bg-BG",
      "Bulgarian reply confirms two lines on a dated delivery and moves the sofas to '51-ва седмица' with a new fabric price; 1800 and 60 cm are sizes.")
def c053():
    sup = SUP("MEBELIPD", "Mebeli Plovdiv OOD", "prodazhbi@mebeli-plovdiv.example", "bg-BG")
    buy = BUY("Priya Nair", "priya.nair@oakline-interiors.example")
    po = PO("OAK-24152", sup, buy, "EUR", "2026-11-09", [
        ("RC-DESK-1800", "Reception desk module 1800, white gloss", 4, "EA", "820.00", "2026-12-11"),
        ("SF-3S-SLATE", "Lounge sofa 3-seat, fabric 'Slate'", 6, "EA", "540.00", "2026-12-11"),
        ("CT-60-OAK", "Coffee table dia. 60 cm, oak", 6, "EA", "95.00", "2026-12-11"),
    ])
    t = when(2026, 11, 13, 11, 2, 50, 2)
    assert kw(2026, 51) == "2026-12-18"
    body = """Здравейте, г-жо Наир,

Благодарим Ви за поръчка OAK-24152. Потвърждаваме я както следва:

поз. 1 – Рецепция, модул 1800, бял гланц – 4 бр. по 820,00 EUR, доставка 11.12.2026 г.
поз. 2 – Диван тройка, дамаска „Slate“ – 6 бр.; поради нова партида дамаска цената е 565,00 EUR/бр.; доставка през 51-ва седмица
поз. 3 – Холна масичка, диаметър 60 см, дъб – 6 бр. по 95,00 EUR, доставка 11.12.2026 г.

Условия на доставка: DAP Лондон. Плащане: 50% авансово, 50% преди експедиция.

С уважение,
Десислава Петрова
Търговски отдел
Мебели Пловдив ООД
бул. „Кукленско шосе“ 17, 4004 Пловдив
тел.: +359 32 640 118
"""
    req = request_text(po, "Dear Desislava,", "Priya Nair\nProcurement Manager\nOakline Interiors")
    qp = [("From:", "Priya Nair <priya.nair@oakline-interiors.example>"),
          ("Sent:", "Monday, November 9, 2026 3:12 PM"),
          ("To:", "prodazhbi@mebeli-plovdiv.example"),
          ("Subject:", "PO OAK-24152 reception furniture")]
    raw = message([
        ("From", addr("Десислава Петрова", "d.petrova@mebeli-plovdiv.example", "windows-1251", "B")),
        ("To", addr("Priya Nair", buy["email"])),
        ("Subject", "RE: PO OAK-24152 reception furniture"),
        ("Date", rfcdate(t)),
        ("Message-ID", "<000c01dd5b7a$2e9f4c10$8bddc430$@mebeli-plovdiv.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "bg"),
    ], outlook_alt(body, qp, req, "----=_NextPart_000_000D_01DD5B82.905FB010", cs="windows-1251", lang="BG"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: A(po, 1), 2: C(po, 2, p="565.00", d=kw(2026, 51)), 3: A(po, 3)})],
           "notes": "Lines 1 and 3 on 11.12.2026 (= requested). Sofas: 565,00 EUR and '51-ва седмица' = Fri 2026-12-18. Payment split 50/50 is a distractor."}
    return [po], raw, exp


# ===========================================================================
# 054
# ===========================================================================

@case("combine-parts-ukrainian-koi8", "confirmation/uk-UA",
      "Ukrainian KOI8-U mail from The Bat! gives a dispatch date and a later 'орієнтовна доставка' (delivery wins) and declines a discontinued auger; 1,2x0,9 m and 250 мм are sizes.")
def c054():
    sup = SUP("AGRODETAL", "TOV Agrodetal Poltava", "zbut@agrodetal-poltava.example", "uk-UA")
    buy = BUY("Megan Price", "megan.price@fenland-agri.example")
    po = PO("4500031262", sup, buy, "EUR", "2026-11-09", [
        ("FAP-CS-1209", "Combine sieve, adjustable, 1.2x0.9 m", 6, "EA", "310.00", "2026-12-18"),
        ("FAP-RB-SET", "Rasp bar set, threshing drum", 4, "SET", "265.00", "2026-12-18"),
        ("FAP-AUG-250", "Auger flighting 250 mm, 3 m", 10, "EA", "88.00", "2026-12-18"),
    ])
    t = when(2026, 11, 17, 12, 30, 41, 2)
    body = """Доброго дня, пані Меган!

Дякуємо за замовлення N 4500031262. Підтверджуємо:

1. Решето очисне регульоване 1,2x0,9 м - 6 шт., 310,00 EUR/шт.
2. Комплект бичів молотильного барабана - 4 компл., 265,00 EUR/компл.
3. Шнек 250 мм, 3 м - на жаль, виробництво цієї позиції припинено, постачання неможливе.

Відвантаження позицій 1 і 2 зі складу в Полтаві - 4 грудня 2026 р., орієнтовна доставка до Вісбека - 11 грудня 2026 р.

З повагою,
Олена Бондаренко
Відділ зовнішньоекономічної діяльності
ТОВ "Агродеталь Полтава"
тел. +380 532 61 44 90
"""
    req = request_text(po, "Dear Olena,", "Megan Price\nPurchasing | Fenland Agri Parts Ltd")
    plain = body + "\n\n-- \nЗ повагою,\n Олена Бондаренко\n\n=== Original message ===\nFrom: Megan Price <megan.price@fenland-agri.example>\n" \
        "Date: 09.11.2026 14:21\nSubject: Purchase order 4500031262\n\n" + quote(req, "> ") + "\n"
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("Олена Бондаренко", "o.bondarenko@agrodetal-poltava.example", "koi8-u", "B")),
        ("Reply-To", addr("Олена Бондаренко", "o.bondarenko@agrodetal-poltava.example", "koi8-u", "B")),
        ("To", addr("Megan Price", buy["email"])),
        ("Subject", ew("Re: Purchase order 4500031262 - підтвердження", "koi8-u", "B")),
        ("Message-ID", "<1478925361.20261117123041@agrodetal-poltava.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("X-Mailer", "The Bat! (v10.4.5) Professional"),
    ], text(plain, "plain", "koi8-u", "8bit"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: C(po, 1, d="2026-12-11"), 2: C(po, 2, d="2026-12-11"), 3: REJ})],
           "notes": "Dispatch 4 грудня, delivery ('орієнтовна доставка') 11 грудня 2026 -> 2026-12-11 for lines 1-2; line 3 discontinued -> rejected."}
    return [po], raw, exp


# ===========================================================================
# 055
# ===========================================================================

@case("tiles-html-table-split-hr", "confirmation/hr-HR",
      "Croatian Outlook reply with an HTML table: one line as ordered, one split over 2026/2027, one 'potvrdit ćemo idući tjedan'; tile sizes 60x60 and 30x60 look like quantities.")
def c055():
    sup = SUP("KERZAGORJE", "Keramika Zagorje d.o.o.", "prodaja@keramika-zagorje.example", "hr-HR")
    buy = BUY("Oliver Grant", "oliver.grant@aquaform-bathrooms.example")
    po = PO("AQF-5570", sup, buy, "EUR", "2026-11-06", [
        ("AQ-FT-6060-GR", "Floor tile 60x60 porcelain, grey matt, R10", 1200, "M2", "14.80", "2026-12-14"),
        ("AQ-WT-3060-WH", "Wall tile 30x60, white gloss", 800, "M2", "11.20", "2026-12-14"),
        ("AQ-TRIM-AL10", "Tile trim aluminium 10 mm, 2.5 m", 300, "EA", "3.40", "2026-12-14"),
    ])
    t = when(2026, 11, 11, 14, 6, 29, 1)
    is_wd("2026-12-14", "Monday")
    rows = [("Stavka", "Opis", "Količina", "Cijena", "Isporuka"),
            ("1", "Podne pločice 60x60, siva mat, R10", "1.200 m²", "14,80 €/m²", "14.12.2026."),
            ("2", "Zidne pločice 30x60, bijela sjaj", "500 m² + 300 m²", "11,20 €/m²", "500 m² 14.12.2026.; 300 m² 11.1.2027."),
            ("3", "Alu profil 10 mm, 2,5 m", "300 kom", "3,40 €/kom", "potvrdit ćemo idući tjedan")]
    td = 'style="border:solid windowtext 1.0pt;padding:2pt 5pt"'
    table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n'
             + "\n".join("<tr>" + "".join(f'<td {td}><p class="MsoNormal">{"<b>" if i == 0 else ""}{esc(c)}{"</b>" if i == 0 else ""}</p></td>' for c in r) + "</tr>"
                         for i, r in enumerate(rows)) + "\n</table>")
    intro = "Poštovani gospodine Grant,\n\nzahvaljujemo na narudžbi AQF-5570. U nastavku je naša potvrda:\n"
    outro = """
Zidne pločice 30x60 iz nove serije proizvodnje stižu tek nakon blagdanske stanke (tvornica ne radi od 23.12. do 6.1.).
Za aluminijske profile čekamo potvrdu dobavljača.

Srdačan pozdrav,
Ivana Horvat
Prodaja / Export
Keramika Zagorje d.o.o. | Zagrebačka 44, 49000 Krapina
Tel. +385 49 371 220
"""
    plain_table = "\n".join(" | ".join(r) for r in rows)
    body_plain = intro + "\n" + plain_table + "\n" + outro
    req = request_text(po, "Dear Keramika Zagorje team,", "Oliver Grant\nPurchasing, Aquaform Bathrooms Ltd")
    qp = [("From:", "Oliver Grant <oliver.grant@aquaform-bathrooms.example>"),
          ("Sent:", "Friday, November 6, 2026 11:25 AM"),
          ("To:", "prodaja@keramika-zagorje.example"),
          ("Subject:", "Purchase order AQF-5570")]
    raw = message([
        ("From", addr("Ivana Horvat", "ivana.horvat@keramika-zagorje.example")),
        ("To", addr("Oliver Grant", buy["email"])),
        ("Subject", "RE: Purchase order AQF-5570"),
        ("Date", rfcdate(t)),
        ("Message-ID", "<VE1PR03MB5902D4E5F6A7B8C9D0E1F2A3B4C5D6E7@VE1PR03MB5902.eurprd03.prod.outlook.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("Content-Language", "hr-HR"),
    ], outlook_alt(body_plain, qp, req, "_000_VE1PR03MB5902D4E5F6A7B8C9D0E1F2A3B4C5D6E7VE1PR03MB5902eurp_",
                   cs="utf-8", lang="HR", body_html=mso(intro) + "\n" + table + "\n" + mso(outro)))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: A(po, 1),
                                       2: C(po, 2, sched=[(500, "2026-12-14"), (300, "2027-01-11")], d="2027-01-11"),
                                       3: UNC})],
           "notes": "Table: floor tiles as ordered 14.12.2026; wall tiles 500 m² on 14.12.2026 + 300 m² on 11.1.2027; trims 'potvrdit ćemo idući tjedan' -> unconfirmed. "
                    "Factory holiday 23.12.-6.1. is a distractor."}
    return [po], raw, exp


# ===========================================================================
# 056
# ===========================================================================

@case("ooo-annual-leave-zh", "auto_reply/zh-CN",
      "Chinese/English out-of-office (GB2312) with leave dates and a colleague's phone number.")
def c056():
    sup = SUP("SUNBRIGHT", "Hangzhou Sunbright Power Co., Ltd.", "sales@sunbright-power.example", "zh-CN")
    buy = BUY("Josh Hartley", "josh.hartley@sunvale-energy.example")
    po = PO("SV-PO-3420", sup, buy, "USD", "2026-11-13", [
        ("INV-5K-1P", "String inverter 5 kW single-phase, 2 MPPT", 60, "EA", "412.00", "2027-01-22"),
        ("INV-WIFI", "WiFi monitoring dongle", 60, "EA", "14.00", "2027-01-22"),
    ])
    t = when(2026, 11, 16, 8, 1, 7, 8)
    body = """您好！

我于2026年11月16日至11月27日休年假，期间邮件回复可能延迟。
紧急事宜请联系我的同事王磊（wanglei@sunbright-power.example，电话 +86 571 8765 2210）。
谢谢！

Hello,

I am on annual leave from 16 to 27 November 2026 with limited access to email.
For urgent matters please contact my colleague Wang Lei (wanglei@sunbright-power.example, +86 571 8765 2210).

Thank you!
赵晓燕 Cindy Zhao
"""
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("赵晓燕 Cindy Zhao", "cindy.zhao@sunbright-power.example", "gb2312")),
        ("To", addr("Josh Hartley", buy["email"])),
        ("Subject", ew("自动回复: PO SV-PO-3420", "gb2312")),
        ("Message-ID", "<autoreply.6F3A2B1C.20261116080107@sunbright-power.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("Auto-Submitted", "auto-replied"),
        ("X-Mailer", "Coremail Webmail Server"),
    ], text(body, "plain", "gb2312", "base64"))
    exp = {"kind": "auto_reply",
           "notes": "Out-of-office 16-27 November 2026 in Chinese and English; no content about the order."}
    return [po], raw, exp


# ===========================================================================
# 057
# ===========================================================================

@case("shock-absorbers-erp-pdf-sk", "confirmation/sk-SK",
      "Automatically generated Slovak mail ('Toto je automaticky generovaná správa') with a PDF order confirmation that gives only dispatch dates and refuses one line that is sold only in a set.")
def c057():
    sup = SUP("TLMICEMARTIN", "Tlmiče Martin a.s.", "objednavky@tlmice-martin.example", "sk-SK")
    buy = BUY("Liam Foster", "liam.foster@kerbside-motor.example")
    po = PO("KMF-31010", sup, buy, "EUR", "2026-11-10", [
        ("KMF-SA-OCT3-F", "Shock absorber front, gas, Skoda Octavia III", 60, "EA", "31.20", "2026-12-07"),
        ("KMF-SA-OCT3-R", "Shock absorber rear, gas, Skoda Octavia III", 60, "EA", "27.60", "2026-12-07"),
        ("KMF-TM-OCT3-F", "Top mount kit front, Octavia III", 60, "SET", "12.90", "2026-12-07"),
    ])
    t = when(2026, 11, 16, 7, 45, 12, 1)
    items = [
        (50, 800, 15, "TLMICE MARTIN a.s.", True),
        (50, 786, 8, "Priemyselna 2, 036 01 Martin  |  ICO 31 562 418  |  objednavky@tlmice-martin.example"),
        (50, 748, 14, "POTVRDENIE OBJEDNAVKY c. PO-26-3318", True),
        (50, 724, 9, "Vasa objednavka: KMF-31010 zo dna 10.11.2026"),
        (50, 712, 9, "Datum potvrdenia: 16.11.2026"),
        (50, 700, 9, "Dodacia podmienka: FCA Martin     Platobna podmienka: 30 dni"),
        (330, 724, 9, "Odberatel: Kerbside Motor Factors Ltd"),
        (330, 712, 9, "Bury BL9 8RR, United Kingdom"),
    ]
    rows = [("Poz.", "Nase c.", "Vase c.", "Nazov", "Mnozstvo", "Cena/ks", "Expedicia"),
            ("1", "TM-OCT3-P", "KMF-SA-OCT3-F", "Tlmic predny plynovy, Octavia III", "60 ks", "31,20", "03.12.2026"),
            ("2", "TM-OCT3-Z", "KMF-SA-OCT3-R", "Tlmic zadny plynovy, Octavia III", "60 ks", "27,60", "03.12.2026"),
            ("3", "-", "KMF-TM-OCT3-F", "Ulozenie tlmica horne, sada", "0", "-", "nedodavame samostatne")]
    tab, y = pdf_rows(rows, [50, 78, 140, 215, 375, 425, 475], 670, size=8, step=15, bold_first=True)
    items += tab
    items += [(50, y - 20, 8, "Poz. 3: horne ulozenie dodavame iba v sade s tlmicom (TM-OCT3-P-KIT), samostatne ho nedodavame."),
              (50, y - 32, 8, "Uvedene terminy su terminy expedicie zo skladu Martin."),
              (50, 50, 7, "Vygenerovane systemom Helios Green  |  Strana 1/1")]
    pdf = make_pdf([items], title="Potvrdenie objednavky PO-26-3318", producer="Helios Green", compress=False,
                   created="D:20261116074500+01'00'")
    body = """Dobrý deň,

v prílohe Vám zasielame potvrdenie Vašej objednávky KMF-31010 (naše číslo PO-26-3318).

Toto je automaticky generovaná správa, prosíme neodpovedajte na ňu. V prípade otázok kontaktujte obchodné oddelenie: obchod@tlmice-martin.example, tel. +421 43 400 2210.

S pozdravom
Tlmiče Martin a.s.
"""
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("Tlmiče Martin - objednávky", "noreply@tlmice-martin.example", "utf-8", "B")),
        ("To", buy["email"]),
        ("Subject", ew("Potvrdenie objednávky PO-26-3318 / Vaša objednávka KMF-31010", "windows-1250", "Q")),
        ("Message-ID", "<helios.PO-26-3318.1763275512@tlmice-martin.example>"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Mailer", "Helios Green Mailer"),
    ], multi("mixed", "HLS_PO2603318_b1a2", [
        text(body, "plain", "windows-1250", "quoted-printable"),
        attach(pdf, "application/pdf", "PO-26-3318.pdf")]))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: C(po, 1, d="2026-12-03"), 2: C(po, 2, d="2026-12-03"), 3: REJ})],
           "notes": "Auto-generated but it commits: only dispatch dates (expedícia 03.12.2026) are given, so they are the dates for lines 1-2; "
                    "line 3 not supplied separately (only in a kit) -> rejected."}
    return [po], raw, exp


# ===========================================================================
# 058
# ===========================================================================

@case("sawn-timber-latvian-partial", "confirmation/lv-LV",
      "Latvian (ISO-8859-13) reply: one line in '51. nedēļā' (= need date), the other only partly available with the rest 'apstiprināsim vēlāk'; 47x150 and 38x89 mm are sizes, m³ quantities.")
def c058():
    sup = SUP("KURZKOKS", "SIA Kurzemes Kokzagetava", "pardosana@kurzemes-koks.example", "lv-LV")
    buy = BUY("Tom Fletcher", "tom.fletcher@birchgate-bm.example")
    po = PO("BBM-11901", sup, buy, "EUR", "2026-11-11", [
        ("BIR-C24-47150", "C24 sawn timber 47x150 mm, KD, 4.8 m", 24, "M3", "265.00", "2026-12-18"),
        ("BIR-C16-3889", "C16 sawn timber 38x89 mm, KD, 3.6 m", 16, "M3", "238.00", "2026-12-18"),
    ])
    t = when(2026, 11, 12, 15, 20, 3, 2)
    assert kw(2026, 51) == "2026-12-18"
    body = """Labdien, Tom!

Apstiprinām pasūtījumu BBM-11901:

1. C24 zāģmateriāli 47x150 mm, KD, 4,8 m - 24 m³, 265,00 EUR/m³, piegāde 51. nedēļā.
2. C16 zāģmateriāli 38x89 mm, 3,6 m - šobrīd pieejami tikai 8 m³, tos piegādāsim kopā ar 1. pozīciju 51. nedēļā (cena 238,00 EUR/m³).
   Atlikušos 8 m³ varēsim piedāvāt pēc Jaunā gada, termiņu apstiprināsim vēlāk.

Ar cieņu
Jānis Ozols
Pārdošanas vadītājs
SIA Kurzemes Kokzāģētava
Rūpniecības iela 9, Kuldīga, LV-3301
Tālr. +371 633 22 418
"""
    req = request_text(po, "Dear Jānis,", "Tom Fletcher\nTimber & Panels Buyer, Birchgate Builders Merchants")
    attr = "2026-11-11 10:47, Tom Fletcher rakstīja:"
    plain = body + "\n" + attr + "\n" + quote(req) + "\n"
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("Jānis Ozols", "janis.ozols@kurzemes-koks.example", "iso-8859-13", "Q")),
        ("To", addr("Tom Fletcher", buy["email"])),
        ("Subject", ew("Re: Pasūtījums BBM-11901", "iso-8859-13", "Q")),
        ("Message-ID", "<3a9c7e5f-1b2d-4e6a-8c0f-2d4b6a8c0e1f@kurzemes-koks.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "lv"),
    ], text(plain, "plain", "iso-8859-13", "quoted-printable", params="; format=flowed"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: A(po, 1), 2: C(po, 2, q=8)})],
           "notes": "Line 1 as ordered, '51. nedēļā' = Fri 2026-12-18 = requested. Line 2: only 8 m³ committed for week 51; "
                    "the other 8 m³ will be confirmed later, so the confirmed quantity is 8."}
    return [po], raw, exp


# ===========================================================================
# 059
# ===========================================================================

@case("birch-plywood-estonian", "confirmation/et-EE",
      "Estonian reply gives a warehouse dispatch date and a later delivery date equal to the need date, and a new-price-list price valid 'alates 01.01.2027' for one line; 2500x1250 and B/BB are traps.")
def c059():
    sup = SUP("SAAREVINEER", "Saare Vineer OU", "myyk@saarevineer.example", "et-EE")
    buy = BUY("Priya Nair", "priya.nair@oakline-interiors.example")
    po = PO("OAK-24160", sup, buy, "EUR", "2026-11-11", [
        ("PLY-BIR18-BBB", "Birch plywood 18 mm 2500x1250, B/BB", 240, "SHT", "46.50", "2027-01-08"),
        ("PLY-BIR12-BBCP", "Birch plywood 12 mm 2500x1250, BB/CP", 180, "SHT", "33.20", "2027-01-08"),
    ])
    t = when(2026, 11, 13, 9, 26, 44, 2)
    body = """Tere, Priya!

Kinnitame tellimuse OAK-24160:

1. Kasevineer 18 mm 2500x1250 B/BB - 240 lehte, 46,50 €/leht
2. Kasevineer 12 mm 2500x1250 BB/CP - 180 lehte (4 pakki à 45 lehte), hind 35,10 €/leht vastavalt uuele hinnakirjale, mis kehtib alates 01.01.2027

Kaup väljastatakse meie laost 04.01.2027, tarne Teie lattu 08.01.2027.
Maksetingimus 30 päeva.

Lugupidamisega
Kadri Tamm
Müügijuht
Saare Vineer OÜ
Tööstuse 12, 93815 Kuressaare
Tel +372 452 1180
"""
    req = request_text(po, "Hello Kadri,", "Priya Nair\nProcurement Manager\nOakline Interiors")
    qp = [("From:", "Priya Nair <priya.nair@oakline-interiors.example>"),
          ("Sent:", "Wednesday, November 11, 2026 2:30 PM"),
          ("To:", "myyk@saarevineer.example"),
          ("Subject:", "PO OAK-24160 birch plywood")]
    raw = message([
        ("From", addr("Kadri Tamm", "kadri.tamm@saarevineer.example")),
        ("To", addr("Priya Nair", buy["email"])),
        ("Subject", "RE: PO OAK-24160 birch plywood"),
        ("Date", rfcdate(t)),
        ("Message-ID", "<HE1PR0902MB1733E5F6A7B8C9D0E1F2A3B4C5D6E7F8@HE1PR0902MB1733.eurprd09.prod.outlook.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("Content-Language", "et-EE"),
    ], outlook_alt(body, qp, req, "_000_HE1PR0902MB1733E5F6A7B8C9D0E1F2A3B4C5D6E7F8HE1PR0902MB1733eurp_",
                   cs="iso-8859-15", lang="ET"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: A(po, 1), 2: C(po, 2, p="35.10")})],
           "notes": "Delivery 08.01.2027 (wins over dispatch 04.01.2027) = requested. Line 2 at 35,10 €/leht under the 2027 price list; "
                    "180 sheets = 4 packs of 45, quantity unchanged."}
    return [po], raw, exp


# ===========================================================================
# 060
# ===========================================================================

@case("digital-piano-colour-question-ko", "needs_review/ko-KR",
      "Korean (EUC-KR) reply asks which colour we want before confirming, while mentioning that black could ship on 12월 10일 - information, not a commitment.")
def c060():
    sup = SUP("HANBIT", "Hanbit Instruments Co., Ltd.", "sales@hanbit-music.example", "ko-KR")
    buy = BUY("Erin Walsh", "erin.walsh@bellmont-music.example")
    po = PO("BMS-10902", sup, buy, "USD", "2026-11-09", [
        ("DP-88-HA", "Digital piano 88-key, weighted hammer action", 10, "EA", "520.00", "2026-12-15"),
        ("DP-BENCH-ADJ", "Piano bench, height adjustable", 10, "EA", "48.00", "2026-12-15"),
    ])
    t = when(2026, 11, 10, 16, 40, 22, 9)
    body = """Erin 님 안녕하세요,

한빛악기 해외영업팀 김민준입니다. 주문서 BMS-10902 잘 받았습니다.

디지털 피아노의 색상(블랙/화이트/로즈우드)이 주문서에 명시되어 있지 않습니다.
원하시는 색상을 알려주시면 확인 후 정확한 납기를 회신드리겠습니다.
참고로 현재 블랙은 12월 10일 출하 가능하며, 화이트는 재고가 부족하여 1월 중순 이후 가능합니다.
벤치는 모든 색상 재고 있습니다.

감사합니다.
김민준 드림

(주)한빛악기 해외영업팀
Tel. +82 31 8041 2290
"""
    req = request_text(po, "Dear Hanbit team,", "Erin Walsh\nBuyer, Bellmont Music Stores", style="us")
    plain = body + "\n\n-----Original Message-----\nFrom: \"Erin Walsh\"<erin.walsh@bellmont-music.example>\n" \
        "To: <sales@hanbit-music.example>;\nSent: 2026-11-09 (월) 23:05:41 (GMT+09:00)\nSubject: PO BMS-10902\n\n" + req
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("김민준", "minjun.kim@hanbit-music.example", "euc-kr", "B")),
        ("To", addr("Erin Walsh", buy["email"])),
        ("Subject", ew("RE: PO BMS-10902 색상 확인 요청", "euc-kr", "B")),
        ("Message-ID", "<20261110164022.7a1b2c3d@hanbit-music.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("X-Mailer", "Daou Office Mail"),
    ], text(plain, "plain", "euc-kr", "base64"))
    exp = {"kind": "needs_review",
           "notes": "The supplier asks which colour to supply and will give the exact lead time afterwards; the black/white availability "
                    "dates are information, not a confirmation."}
    return [po], raw, exp


# ===========================================================================
# 061
# ===========================================================================

@case("seals-packet-of-50-in", "confirmation/en-IN",
      "Indian-English reply prices O-rings per packet of 50 nos, gives day-first dates and a machining lead time next to an explicit date; 35mm, 52x3 and 200/186 mm are sizes.")
def c061():
    sup = SUP("DECCANPUMPS", "Deccan Pumps & Spares Pvt. Ltd.", "sales@deccanpumps.example", "en-IN")
    buy = BUY("Ryan Doyle", "ryan.doyle@castor-process.example")
    po = PO("CPE-7738", sup, buy, "USD", "2026-11-11", [
        ("S-MS-35-SIC", "Mechanical seal 35 mm, SiC/SiC/EPDM", 40, "EA", "38.00", "2026-12-15"),
        ("S-OR-52X3-FKM", "O-ring 52x3 mm, FKM (Viton)", 500, "EA", "0.28", "2026-12-15"),
        ("P-IMP-200-186", "Impeller bronze, 200 mm trimmed to 186 mm", 6, "EA", "265.00", "2026-12-15"),
    ])
    t = when(2026, 11, 12, 17, 48, 30, 5, 30)
    body = """Dear Sir,

Greetings from Deccan Pumps & Spares!

With reference to your PO No. CPE-7738 dated 11.11.2026, we are pleased to confirm the same as below:

1) Mech. seal 35mm SiC/SiC/EPDM - 40 nos @ USD 38.00 each - delivery 15.12.2026
2) O-ring 52x3 Viton - supplied in packets of 50 nos @ USD 15.00 per packet, i.e. 10 packets for 500 nos - delivery 15.12.2026
3) Impeller bronze 200 mm trimmed to 186 mm - machining lead time approx. 6 weeks, delivery by 28.12.2026

Kindly note freight charges extra at actuals. Payment 100% against proforma invoice.

Thanking you and assuring you of our best services at all times.

Warm regards,
R. Venkatesh
Manager - Exports
Deccan Pumps & Spares Pvt. Ltd.
Plot No. 47, MIDC Bhosari, Pune - 411026, Maharashtra, India
Mob: +91 98220 41173
"""
    req = request_text(po, "Dear Deccan Pumps team,", "Ryan Doyle\nProcurement | Castor Process Engineering")
    qp = [("From:", "Ryan Doyle <ryan.doyle@castor-process.example>"),
          ("Sent:", "Wednesday, November 11, 2026 8:02 PM"),
          ("To:", "sales@deccanpumps.example"),
          ("Subject:", "PO CPE-7738 seals / O-rings / impellers")]
    raw = message([
        ("From", addr("R. Venkatesh", "venkatesh@deccanpumps.example")),
        ("To", addr("Ryan Doyle", buy["email"])),
        ("CC", "sales@deccanpumps.example"),
        ("Subject", "RE: PO CPE-7738 seals / O-rings / impellers - Order Acceptance"),
        ("Date", rfcdate(t)),
        ("Message-ID", "<PN3PR01MB7720F6A7B8C9D0E1F2A3B4C5D6E7F8A9@PN3PR01MB7720.INDPRD01.PROD.OUTLOOK.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("Content-Language", "en-IN"),
    ], outlook_alt(body, qp, req, "_000_PN3PR01MB7720F6A7B8C9D0E1F2A3B4C5D6E7F8A9PN3PR01MB7720INDP_", lang="EN-IN"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: A(po, 1), 2: C(po, 2, p=per("15.00", 50)), 3: C(po, 3, d="2026-12-28")})],
           "notes": "O-rings USD 15.00 per packet of 50 = 0.30/EA (PO 0.28), 500 nos = 10 packets; impeller delivery by 28.12.2026 "
                    "(the explicit date, not '6 weeks'); seals as ordered."}
    return [po], raw, exp


# ===========================================================================
# 062
# ===========================================================================

@case("balls-price-approval-mx", "needs_review/es-MX",
      "Mexican-Spanish reply proposes new prices and asks us to authorise them before the order is released; the ship estimate is '2 a 3 semanas' after approval.")
def c062():
    sup = SUP("DEPBAJIO", "Deportes Bajío S.A. de C.V.", "ventas@deportesbajio.example", "es-MX")
    buy = BUY("Chloe Adams", "chloe.adams@summit-sports.example")
    po = PO("SSR-PO-88231", sup, buy, "USD", "2026-11-13", [
        ("SSR-BB7-COMP", "Basketball size 7, composite leather", 200, "EA", "11.80", "2026-12-18"),
        ("SSR-VB-IND", "Volleyball indoor, 18-panel", 150, "EA", "9.40", "2026-12-18"),
    ])
    t = when(2026, 11, 18, 12, 14, 5, -6)
    body = """Hola Chloe, ¿cómo estás?

Te comento que por el alza en la materia prima (hule y poliuretano) los precios de tu orden SSR-PO-88231 quedarían así:

- Balón de básquetbol #7 compuesto: USD 12.60 por pieza
- Balón de voleibol de sala: USD 9.90 por pieza

¿Nos autorizas los nuevos precios para liberar el pedido a producción? En cuanto nos confirmes te paso la fecha de embarque; estimamos de 2 a 3 semanas a partir de tu autorización.

Quedo atenta, saludos.

Mariana Robles
Ventas Exportación
Deportes Bajío S.A. de C.V.
Blvd. Adolfo López Mateos 3120, León, Gto., C.P. 37270
Tel. +52 477 712 4480
"""
    req = request_text(po, "Hola Mariana,", "Chloe Adams\nBuyer, Summit Sports Retail Ltd")
    attr = "El vie, 13 nov 2026 a las 9:02, Chloe Adams (<chloe.adams@summit-sports.example>) escribió:"
    plain = body + "\n" + attr + "\n\n" + quote(req) + "\n"
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("Mariana Robles", "mariana.robles@deportesbajio.example")),
        ("To", addr("Chloe Adams", buy["email"])),
        ("Subject", "Re: Orden SSR-PO-88231"),
        ("Message-ID", "<CAE8vR2nT5kW1qM7pL3cB9yH0sJ4fD6gA8eK1uO5iZ2nT7wQ9hX@mail.gmail.com>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
    ], multi("alternative", "0000000000004a7c3d05f3012b9e",
             [text(plain), text(gmail_html(brs(body), attr, brs(req)), "html")]))
    exp = {"kind": "needs_review",
           "notes": "Price increase proposed and our authorisation requested before the order is released; no date committed."}
    return [po], raw, exp


# ===========================================================================
# 063
# ===========================================================================

@case("rail-anchors-per-hundred-fr-ca", "confirmation/fr-CA",
      "Québec-French reply with ISO dates, space thousands ('2 000'), fractional-inch sizes (7 3/4 x 14 po) and one price 'le cent' (per hundred).")
def c063():
    sup = SUP("CFLRAIL", "Composantes Ferroviaires Laurentides inc.", "commandes@cfl-rail.example", "fr-CA")
    buy = BUY("Gareth Lloyd", "gareth.lloyd@railcore-maintenance.example")
    po = PO("RCM-PO-7166", sup, buy, "USD", "2026-11-11", [
        ("RC-ANC-115RE", "Rail anchor for 115RE rail", 2000, "EA", "2.85", "2026-12-21"),
        ("RC-TP-7314", "Tie plate 7 3/4 x 14\", double shoulder", 500, "EA", "16.40", "2026-12-21"),
        ("RC-SS-1516", "Screw spike 15/16\" x 6 1/2\"", 1000, "EA", "3.10", "2026-12-21"),
    ])
    t = when(2026, 11, 12, 14, 37, 2, -5)
    body = """Bonjour M. Lloyd,

Suite à votre bon de commande RCM-PO-7166, voici notre confirmation :

- Anticheminants pour rail 115RE : 2 000 unités à 2,85 $ US, livraison le 2026-12-18
- Selles de rail 7 3/4 x 14 po, double épaulement : 500 unités à 16,40 $ US, livraison le 2026-12-18
- Tire-fonds 15/16 po x 6 1/2 po : 1 000 unités; en raison de la hausse de l'acier, le prix est maintenant de 325,00 $ US le cent. Livraison le 2027-01-08.

Conditions : FCA Saint-Jérôme, net 30 jours.

Merci de votre confiance,

Geneviève Tremblay
Service à la clientèle
Composantes Ferroviaires Laurentides inc.
1250, boul. Industriel, Saint-Jérôme (Québec) J7Y 4B5
Tél. : 450 555-0183
"""
    req = request_text(po, "Bonjour,", "Gareth Lloyd\nSenior Buyer, Railcore Maintenance Ltd")
    qp = [("De :", "Gareth Lloyd <gareth.lloyd@railcore-maintenance.example>"),
          ("Envoyé :", "11 novembre 2026 09:40"),
          ("À :", "commandes@cfl-rail.example"),
          ("Objet :", "Purchase order RCM-PO-7166")]
    raw = message([
        ("From", addr("Geneviève Tremblay", "g.tremblay@cfl-rail.example", "iso-8859-1", "Q")),
        ("To", addr("Gareth Lloyd", buy["email"])),
        ("Subject", "RE: Purchase order RCM-PO-7166"),
        ("Date", rfcdate(t)),
        ("Message-ID", "<YT3PR01MB8841A7B8C9D0E1F2A3B4C5D6E7F8A9B0@YT3PR01MB8841.CANPRD01.PROD.OUTLOOK.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("Content-Language", "fr-CA"),
    ], outlook_alt(body, qp, req, "_000_YT3PR01MB8841A7B8C9D0E1F2A3B4C5D6E7F8A9B0YT3PR01MB8841CANP_",
                   cs="windows-1252", lang="FR-CA"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: C(po, 1, d="2026-12-18"), 2: C(po, 2, d="2026-12-18"),
                                       3: C(po, 3, p=per("325.00", 100), d="2027-01-08")})],
           "notes": "Anchors and tie plates on 2026-12-18; spikes 325,00 $ US 'le cent' = 3.25 each (PO 3.10), delivery 2027-01-08. "
                    "'7 3/4 x 14 po' and '15/16 po' are sizes, not dates."}
    return [po], raw, exp


# ===========================================================================
# 064
# ===========================================================================

@case("shipping-notice-other-order-da", "unrelated/da-DK",
      "Danish dispatch advice (forsendelsesadvis) with shipping and expected delivery dates, parcels and quantities - for an older order, not the open PO.")
def c064():
    sup = SUP("NORDISKSPORT", "Nordisk Sport A/S", "ordre@nordisksport.example", "da-DK")
    buy = BUY("Chloe Adams", "chloe.adams@summit-sports.example")
    po = PO("SSR-PO-88240", sup, buy, "EUR", "2026-11-16", [
        ("SSR-HB3", "Handball size 3, training", 100, "EA", "9.20", "2026-12-11"),
        ("SSR-BIB-10", "Training bibs, set of 10, yellow", 40, "SET", "14.50", "2026-12-11"),
    ])
    t = when(2026, 11, 17, 15, 30, 4, 1)
    body = """Kære kunde

Jeres varer er nu afsendt.

Følgeseddel:        55821
Jeres ordre:        SSR-PO-88107
Vores ordre:        70988
Afsendt:            17.11.2026
Fragtfører:         DSV Road
Forventet levering: 19.11.2026 - 20.11.2026
Kolli:              3 kolli / 2 paller, 412 kg
Track & trace:      https://track.dsv.example/?ref=70988-55821

Indhold:
  NS-FB4-T   Fodbold str. 4, træning        200 stk
  NS-HB2-T   Håndbold str. 2                 80 stk
  NS-PMP-01  Boldpumpe med nål               40 stk

Restordre: ingen

Denne e-mail er sendt automatisk. Spørgsmål: salg@nordisksport.example

Med venlig hilsen
Nordisk Sport A/S - Lager Vejle
"""
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("Nordisk Sport A/S", "lager@nordisksport.example")),
        ("To", buy["email"]),
        ("Subject", ew("Forsendelsesadvis 55821 - Jeres ordre SSR-PO-88107", "iso-8859-1", "Q")),
        ("Message-ID", "<NAV.WHS.55821.20261117153004@erp.nordisksport.example>"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Mailer", "Microsoft Dynamics NAV SMTP"),
    ], text(body, "plain", "iso-8859-1", "quoted-printable"))
    exp = {"kind": "unrelated",
           "notes": "Dispatch advice for order SSR-PO-88107, which is not among the open POs (SSR-PO-88240); its dates and quantities "
                    "must not be attached to the open PO."}
    return [po], raw, exp


# ===========================================================================
# 065
# ===========================================================================

@case("statement-of-account-sg", "unrelated/en-SG",
      "Monthly statement of account in an HTML table listing invoices, PO references, due dates and an overdue balance, from a supplier with an open PO.")
def c065():
    sup = SUP("STRAITSDIG", "Straits Digital Distribution Pte Ltd", "orders@straitsdigital.example", "en-SG")
    buy = BUY("Wei Ling Tan", "weiling.tan@tallyfield.example")
    po = PO("TF-PO-66190", sup, buy, "USD", "2026-11-02", [
        ("LT-14-G7", "Laptop 14\" i7, 32GB/1TB, 2025-rev chassis", 20, "EA", "1185.00", "2026-12-14"),
        ("BAG-14-SLV", "Laptop sleeve 14\", grey", 20, "EA", "19.00", "2026-12-14"),
    ])
    t = when(2026, 11, 3, 9, 15, 0, 8)
    rows = [("Date", "Invoice No.", "Your PO", "Due Date", "Amount (USD)", "Balance (USD)"),
            ("08/09/2026", "INV-2609-01184", "TF-PO-65811", "08/10/2026", "14,220.00", "0.00"),
            ("22/09/2026", "INV-2609-01352", "TF-PO-65902", "22/10/2026", "9,840.00", "9,840.00"),
            ("06/10/2026", "INV-2610-00217", "TF-PO-65977", "05/11/2026", "23,700.00", "23,700.00"),
            ("20/10/2026", "CN-2610-00031", "TF-PO-65902", "-", "-1,640.00", "-1,640.00")]
    td = 'style="border:1px solid #999;padding:3px 8px"'
    table = ('<table style="border-collapse:collapse;font-family:Arial;font-size:10pt">'
             + "".join("<tr>" + "".join(f"<td {td}>{'<b>' if i == 0 else ''}{esc(c)}{'</b>' if i == 0 else ''}</td>" for c in r) + "</tr>"
                       for i, r in enumerate(rows)) + "</table>")
    htm = simple_html(f"""<p>Dear Valued Customer,</p>
<p>Please find below your <b>Statement of Account as at 31 October 2026</b> (account no. C-10442, Tallyfield IT Services Pte Ltd).</p>
{table}
<p><b>Total outstanding: USD 31,900.00</b><br>Overdue (&gt;30 days): USD 9,840.00</p>
<p>Kindly arrange payment of the overdue amount at your earliest convenience. Please disregard this reminder if payment has already been made.</p>
<p>Bank: DBS Bank Ltd, A/C 072-901844-1, SWIFT DBSSSGSG</p>
<p>Regards,<br>Accounts Receivable<br>Straits Digital Distribution Pte Ltd<br>10 Ubi Crescent #05-21 Ubi Techpark S(408564)</p>""")
    plain = ("Dear Valued Customer,\n\nPlease find below your Statement of Account as at 31 October 2026 (account no. C-10442).\n\n"
             + "\n".join(" | ".join(r) for r in rows)
             + "\n\nTotal outstanding: USD 31,900.00\nOverdue (>30 days): USD 9,840.00\n\n"
               "Kindly arrange payment of the overdue amount at your earliest convenience.\n\n"
               "Regards,\nAccounts Receivable\nStraits Digital Distribution Pte Ltd\n")
    assert Decimal("9840") + Decimal("23700") - Decimal("1640") == Decimal("31900")
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("Straits Digital - Accounts Receivable", "ar@straitsdigital.example")),
        ("To", buy["email"]),
        ("Subject", "Statement of Account - October 2026 - Tallyfield IT Services Pte Ltd"),
        ("Message-ID", "<SOA-C10442-202610@ar.straitsdigital.example>"),
    ], multi("alternative", "=_SOA_C10442_202610", [text(plain), text(htm, "html")]))
    exp = {"kind": "unrelated",
           "notes": "Statement of account listing invoices for older POs (65811, 65902, 65977), due dates and balances; "
                    "nothing about open PO TF-PO-66190."}
    return [po], raw, exp


# ===========================================================================
# 066
# ===========================================================================

@case("gmail-address-not-found", "bounce/it-IT",
      "Google 'Address not found' DSN for our PO to a mistyped supplier address, with the original message (and its requested dates) attached.")
def c066():
    sup = SUP("SPORTITALIA", "Sportitalia Forniture S.r.l.", "ordini@sportitalia-forniture.example", "it-IT")
    buy = BUY("Chloe Adams", "chloe.adams@summit-sports.example")
    po = PO("SSR-PO-88236", sup, buy, "EUR", "2026-11-17", [
        ("SSR-TT-NET", "Table tennis net set, clip-on", 80, "EA", "7.60", "2026-12-11"),
        ("SSR-TT-BAT-3", "Table tennis bat, 3-star", 150, "EA", "11.20", "2026-12-11"),
    ])
    t0 = when(2026, 11, 17, 10, 31, 48, 0)
    t = when(2026, 11, 17, 10, 31, 52, 0)
    bad = "ordini@sportitalia-forniture.example"
    req = request_text(po, "Buongiorno,", "Chloe Adams\nBuyer, Summit Sports Retail Ltd")
    orig = message([
        ("Date", rfcdate(t0)),
        ("From", addr("Chloe Adams", buy["email"])),
        ("To", bad),
        ("Subject", "Purchase order SSR-PO-88236"),
        ("Message-ID", po["request_message_id"]),
    ], multi("alternative", "000000000000a9d81205f30278c1",
             [text(req), text(simple_html(brs(req)), "html")]))
    plain = f"""
** Address not found **

Your message wasn't delivered to {bad} because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.example/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.1 <{bad}>: Recipient address rejected: User unknown in relay recipient table
"""
    htm = simple_html(f"""<table cellpadding="0" cellspacing="0" style="padding-top:32px;background-color:#ffffff"><tr><td>
<h1 style="font-size:24px;color:#d93025">Address not found</h1>
<p style="font-size:16px">Your message wasn't delivered to <a style="color:#212121;text-decoration:none"><b>{bad}</b></a> because the address couldn't be found, or is unable to receive mail.</p>
<p><a href="https://support.google.example/mail/?p=NoSuchUser">LEARN MORE</a></p>
<p style="font-size:12px;color:#757575">The response was:</p>
<p style="font-size:12px;color:#212121">550 5.1.1 &lt;{bad}&gt;: Recipient address rejected: User unknown in relay recipient table</p>
</td></tr></table>""")
    dsn = delivery_status(
        [("Reporting-MTA", "dns; googlemail.com"), ("Received-From-MTA", "dns; chloe.adams@summit-sports.example"),
         ("Arrival-Date", rfcdate(t0)), ("X-Original-Message-ID", po["request_message_id"])],
        [("Final-Recipient", f"rfc822; {bad}"), ("Action", "failed"), ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.sportitalia-forniture.example. (192.0.2.118, the server for the domain sportitalia-forniture.example.)"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{bad}>: Recipient address rejected: User unknown in relay recipient table"),
         ("Last-Attempt-Date", "Tue, 17 Nov 2026 02:31:52 -0800 (PST)")])
    raw = message([
        ("Return-Path", "<>"),
        ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
        ("To", buy["email"]),
        ("Auto-Submitted", "auto-replied"),
        ("Subject", "Delivery Status Notification (Failure)"),
        ("References", po["request_message_id"]),
        ("In-Reply-To", po["request_message_id"]),
        ("X-Failed-Recipients", bad),
        ("Message-ID", "<6734a3f0.170a0220.3c41b2.9d27.GMR@mx.google.example>"),
        ("Date", rfcdate(t)),
    ], multi("report", "00000000000061b4e805f3027901", [
        multi("related", "00000000000061c07105f3027902", [
            multi("alternative", "00000000000061c07605f3027903",
                  [text(plain, "plain", "utf-8", "7bit"), text(htm, "html", "utf-8", "quoted-printable")])]),
        dsn, rfc822(orig)], params=" report-type=delivery-status;"))
    exp = {"kind": "bounce",
           "notes": "Gmail DSN (550 5.1.1 user unknown) for our PO; the attached original with need-by dates is ours."}
    return [po], raw, exp


# ===========================================================================
# 067
# ===========================================================================

@case("dsn-delayed-warning", "bounce/ms-MY",
      "Postfix 'Delayed Mail (still being retried)' warning: Action delayed, status 4.4.1, a retry-until date - a DSN that is not even final.")
def c067():
    sup = SUP("PENANGRUBBER", "Penang Rubber Sports Sdn Bhd", "sales@penangrubbersports.example", "ms-MY")
    buy = BUY("Chloe Adams", "chloe.adams@summit-sports.example")
    po = PO("SSR-PO-88244", sup, buy, "USD", "2026-11-17", [
        ("SSR-YOGA-6", "Yoga mat 6 mm, TPE, 183x61 cm", 300, "EA", "6.90", "2027-01-15"),
        ("SSR-RB-SET5", "Resistance band set of 5, latex", 200, "SET", "4.40", "2027-01-15"),
    ])
    t0 = when(2026, 11, 17, 14, 5, 10, 0)
    t = when(2026, 11, 17, 18, 9, 33, 0)
    human = f"""This is the mail system at host mx1.summit-sports.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{sup['email']}>: connect to mail.penangrubbersports.example[203.0.113.45]:25:
    Connection timed out
"""
    dsn = delivery_status(
        [("Reporting-MTA", "dns; mx1.summit-sports.example"), ("X-Postfix-Queue-ID", "4QCz8L1r2Vz7kGp"),
         ("X-Postfix-Sender", f"rfc822; {buy['email']}"), ("Arrival-Date", rfcdate(t0))],
        [("Final-Recipient", f"rfc822; {sup['email']}"), ("Original-Recipient", f"rfc822;{sup['email']}"),
         ("Action", "delayed"), ("Status", "4.4.1"),
         ("Diagnostic-Code", "X-Postfix; connect to mail.penangrubbersports.example[203.0.113.45]:25: Connection timed out"),
         ("Will-Retry-Until", "Sun, 22 Nov 2026 14:05:10 +0000 (UTC)")])
    hdrs = (f"Received: by mx1.summit-sports.example (Postfix, from userid 1001)\n\tid 4QCz8L1r2Vz7kGp; {rfcdate(t0)}\n"
            f"Date: {rfcdate(t0)}\nFrom: Chloe Adams <{buy['email']}>\nTo: {sup['email']}\n"
            f"Subject: Purchase order SSR-PO-88244\nMessage-ID: {po['request_message_id']}\nMIME-Version: 1.0\n"
            "Content-Type: multipart/mixed; boundary=\"b1_88244\"\n")
    raw = message([
        ("Return-Path", "<>"),
        ("Date", rfcdate(t)),
        ("From", "MAILER-DAEMON@mx1.summit-sports.example (Mail Delivery System)"),
        ("Subject", "Delayed Mail (still being retried)"),
        ("To", buy["email"]),
        ("Auto-Submitted", "auto-replied"),
        ("Message-ID", "<20261117180933.4QD5Tx0kFhz7kGq@mx1.summit-sports.example>"),
    ], multi("report", "4QD5Tx0kFhz7kGq.1794938973/mx1.summit-sports.example", [
        text(human, "plain", "us-ascii", "7bit", extra="Content-Description: Notification\n"), dsn,
        b"Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\nContent-Transfer-Encoding: 7bit\n\n" + hdrs.encode()],
        params=" report-type=delivery-status;", preamble="This is a MIME-encapsulated message."))
    exp = {"kind": "bounce",
           "notes": "Delivery-delay DSN (Action: delayed, 4.4.1) for our PO; no supplier content, retry date is not a delivery date."}
    return [po], raw, exp


# ===========================================================================
# 068
# ===========================================================================

@case("shared-inbox-received-nl", "auto_reply/nl-NL",
      "Dutch shared-inbox acknowledgment ('in goede orde ontvangen') with a reference number, a 2-working-day promise and a 14:00 cut-off.")
def c068():
    sup = SUP("VANLEEUWENPA", "Van Leeuwen Pompen & Afsluiters B.V.", "orders@vanleeuwen-pa.example", "nl-NL")
    buy = BUY("Ryan Doyle", "ryan.doyle@castor-process.example")
    po = PO("CPE-7744", sup, buy, "EUR", "2026-11-18", [
        ("V-BFV-DN150", "Butterfly valve DN150 PN16, wafer, EPDM liner", 12, "EA", "186.00", "2026-12-18"),
        ("V-ACT-PN-150", "Pneumatic actuator double-acting for DN150", 12, "EA", "244.00", "2026-12-18"),
    ])
    t = when(2026, 11, 18, 16, 22, 40, 1)
    body = """Geachte relatie,

Bedankt voor uw e-mail. Wij hebben uw bericht in goede orde ontvangen.
Uw referentienummer is ORD-2026-118842.

Onze afdeling orderverwerking neemt uiterlijk binnen 2 werkdagen contact met u op.
Bestellingen die vóór 14:00 uur worden ontvangen, worden dezelfde werkdag in behandeling genomen.

Dit is een automatisch gegenereerd bericht; u hoeft hier niet op te reageren.

Met vriendelijke groet,
Team Orderverwerking
Van Leeuwen Pompen & Afsluiters B.V.
"""
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("Van Leeuwen Orderverwerking", "orders@vanleeuwen-pa.example")),
        ("To", addr("Ryan Doyle", buy["email"])),
        ("Subject", "Ontvangstbevestiging: Purchase order CPE-7744 [ORD-2026-118842]"),
        ("Message-ID", "<ack.ORD-2026-118842@orders.vanleeuwen-pa.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Precedence", "auto_reply"),
    ], multi("alternative", "=_ack_ORD2026118842", [
        text(body, "plain", "utf-8", "quoted-printable"),
        text(simple_html(brs(body)), "html", "utf-8", "quoted-printable")]))
    exp = {"kind": "auto_reply",
           "notes": "Shared-inbox receipt acknowledgment with ticket-like reference; it promises contact within 2 working days "
                    "and commits to nothing."}
    return [po], raw, exp


# ===========================================================================
# 069
# ===========================================================================

@case("auto-resposta-horario-br", "auto_reply/pt-BR",
      "Brazilian automatic reply stating office hours and a 15h cut-off for processing orders; times and 'próximo dia útil' but no commitment.")
def c069():
    sup = SUP("FRANCASOLADOS", "Couros & Solados Franca Ltda.", "vendas@francasolados.example", "pt-BR")
    buy = BUY("Amelia Hughes", "amelia.hughes@strideandco.example")
    po = PO("STR-2026-0488", sup, buy, "USD", "2026-11-19", [
        ("SOLE-RUB-40", "Rubber outsole, commando, size 40", 400, "PR", "3.10", "2027-01-08"),
        ("SOLE-RUB-42", "Rubber outsole, commando, size 42", 400, "PR", "3.10", "2027-01-08"),
    ])
    t = when(2026, 11, 19, 19, 44, 2, -3)
    body = """Olá!

Recebemos sua mensagem e agradecemos o contato.

Nosso horário de atendimento é de segunda a sexta-feira, das 8h às 17h30.
Pedidos recebidos após as 15h serão processados no próximo dia útil.

Em breve um de nossos consultores responderá.

Esta é uma mensagem automática, por favor não responda.

Couros & Solados Franca Ltda.
Av. Dr. Ismael Alonso y Alonso, 2400 - Franca/SP
"""
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("Couros & Solados Franca", "vendas@francasolados.example")),
        ("To", buy["email"]),
        ("Subject", ew("Resposta automática: Order STR-2026-0488", "iso-8859-1", "Q")),
        ("Message-ID", "<auto.20261119194402.4471@francasolados.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("Auto-Submitted", "auto-replied"),
    ], text(body, "plain", "iso-8859-1", "quoted-printable"))
    exp = {"kind": "auto_reply",
           "notes": "Automatic reply with office hours and processing cut-off; nothing about the order."}
    return [po], raw, exp


# ===========================================================================
# 070
# ===========================================================================

@case("colleague-retracts-confirmation-za", "needs_review/en-ZA",
      "A manager tells us to disregard her colleague's full confirmation quoted below (with dates and prices) because the stock count was wrong, and promises to revert tomorrow.")
def c070():
    sup = SUP("KAROOMINING", "Karoo Mining Consumables (Pty) Ltd", "sales@karoomining.example", "en-ZA")
    buy = BUY("Thandi Mokoena", "thandi.mokoena@ridgeback-quarry.example")
    po = PO("RQ-45-2330", sup, buy, "USD", "2026-11-12", [
        ("KMC-GB-80", "Forged grinding media 80 mm, HRC 60-64", 20000, "KG", "1.12", "2026-11-27"),
        ("KMC-LB-M36", "Mill liner bolt M36 x 280 with nut and washer", 200, "EA", "18.40", "2026-11-27"),
    ])
    t = when(2026, 11, 16, 16, 55, 3, 2)
    first = """Hi Thandi

All confirmed - 20 t grinding balls and the 200 liner bolts at PO prices, delivery 27/11 to Rustenburg.

Regards
Pieter Botha
"""
    body = """Hi Thandi

Please disregard Pieter's confirmation below - the stock figure he used was wrong. We're busy with a recount at the Germiston warehouse and I'll revert tomorrow with what we can actually supply and when.

Apologies for the confusion.

Kind regards
Naledi Dlamini
Operations Manager | Karoo Mining Consumables (Pty) Ltd
Tel +27 11 873 5520
"""
    q1 = [("From:", "Pieter Botha <pieter@karoomining.example>"),
          ("Sent:", "Monday, 16 November 2026 10:12"),
          ("To:", "Thandi Mokoena <thandi.mokoena@ridgeback-quarry.example>"),
          ("Cc:", "Naledi Dlamini <naledi@karoomining.example>"),
          ("Subject:", "RE: PO RQ-45-2330 grinding media")]
    raw = message([
        ("From", addr("Naledi Dlamini", "naledi@karoomining.example")),
        ("To", addr("Thandi Mokoena", buy["email"])),
        ("CC", addr("Pieter Botha", "pieter@karoomining.example")),
        ("Subject", "RE: PO RQ-45-2330 grinding media"),
        ("Date", rfcdate(t)),
        ("Message-ID", "<AS4P195MB1466D5E6F7A8B9C0D1E2F3A4B5C6D7E8@AS4P195MB1466.EURP195.PROD.OUTLOOK.example>"),
        ("In-Reply-To", "<AS4P195MB14660A1B2C3D4E5F6A7B8C9D0E1F2A3B@AS4P195MB1466.EURP195.PROD.OUTLOOK.example>"),
        ("References", refs(po["request_message_id"], "<AS4P195MB14660A1B2C3D4E5F6A7B8C9D0E1F2A3B@AS4P195MB1466.EURP195.PROD.OUTLOOK.example>")),
        ("Content-Language", "en-ZA"),
    ], outlook_alt(body, q1, first, "_000_AS4P195MB1466D5E6F7A8B9C0D1E2F3A4B5C6D7E8AS4P195MB1466EURP_", lang="EN-ZA"))
    exp = {"kind": "needs_review",
           "notes": "The newest statement withdraws the quoted confirmation ('disregard Pieter's confirmation') and promises an answer "
                    "tomorrow; nothing is currently committed."}
    return [po], raw, exp


# ===========================================================================
# 071
# ===========================================================================

@case("end-user-declaration-he", "needs_review/he-IL",
      "Hebrew (windows-1255) reply: the order cannot be confirmed before we return a signed end-user declaration; a typical 'three weeks' lead time is mentioned.")
def c071():
    sup = SUP("MAYIMTEHORIM", "Mayim Tehorim Chemicals Ltd", "export@mayim-tehorim.example", "he-IL")
    buy = BUY("Sarah Lindqvist", "sarah.lindqvist@clearwell-utilities.example")
    po = PO("CW-PO-20452", sup, buy, "USD", "2026-11-16", [
        ("WT-NACLO2-25", "Sodium chlorite solution 25%, IBC", 4000, "KG", "1.95", "2026-12-21"),
        ("WT-HCL-09", "Hydrochloric acid 9%, for ClO2 generation, IBC", 4000, "KG", "0.42", "2026-12-21"),
    ])
    t = when(2026, 11, 17, 11, 48, 20, 2)
    body = """שלום שרה,

תודה על הזמנת הרכש CW-PO-20452.

לפני שנוכל לאשר את ההזמנה, אנו זקוקים להצהרת משתמש קצה (End-User Declaration) חתומה עבור הנתרן כלוריט, בהתאם לתקנות הפיקוח על יצוא כימיקלים.
מצורף טופס לחתימה. לאחר קבלת הטופס החתום נאשר כמויות, מחירים ומועדי אספקה.

לידיעתך, זמן האספקה הרגיל הוא כשלושה שבועות מקבלת המסמכים.

בברכה,
יעל כהן
מחלקת מכירות יצוא
מים טהורים כימיקלים בע"מ
אזור התעשייה הצפוני, אשדוד
טל. +972-8-852-1190
"""
    items = [(60, 790, 14, "END-USER DECLARATION", True),
             (60, 770, 9, "Mayim Tehorim Chemicals Ltd - Export Control Form EUD-03 (rev. 2024)"),
             (60, 740, 10, "Customer order no.: ______________________"),
             (60, 722, 10, "Product: Sodium chlorite solution 25%   CAS 7758-19-2"),
             (60, 704, 10, "Quantity: ______________ kg"),
             (60, 686, 10, "End user (company, address): ______________________________________"),
             (60, 668, 10, "Intended use: ______________________________________________"),
             (60, 640, 9, "We certify that the product will not be re-exported and will be used only for the purpose stated above."),
             (60, 600, 10, "Name / Title: ____________________   Date: ____________   Signature / Stamp: ____________")]
    pdf = make_pdf([items], title="End-User Declaration EUD-03", producer="Microsoft Word 2019",
                   created="D:20240311101500+02'00'")
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("יעל כהן", "yael.cohen@mayim-tehorim.example", "windows-1255", "B")),
        ("To", addr("Sarah Lindqvist", buy["email"])),
        ("Subject", ew("RE: Purchase order CW-PO-20452 - נדרשת הצהרת משתמש קצה", "windows-1255", "B")),
        ("Message-ID", "<VI1P195MB0701E6F7A8B9C0D1E2F3A4B5C6D7E8F9@VI1P195MB0701.EURP195.PROD.OUTLOOK.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("Content-Language", "he-IL"),
    ], multi("mixed", "_004_VI1P195MB0701E6F7A8B9C0D1E2F3A4B5C6D7E8F9VI1P195MB0701EURP_", [
        multi("alternative", "_000_VI1P195MB0701E6F7A8B9C0D1E2F3A4B5C6D7E8F9VI1P195MB0701EURP_", [
            text(body, "plain", "windows-1255", "quoted-printable"),
            text(simple_html(f'<div dir="rtl">{brs(body)}</div>', "windows-1255", lang="he", dir_="rtl"),
                 "html", "windows-1255", "quoted-printable")]),
        attach(pdf, "application/pdf", "End-User-Declaration_EUD-03.pdf")]))
    exp = {"kind": "needs_review",
           "notes": "Confirmation withheld until a signed end-user declaration is received; 'about three weeks from receipt of documents' "
                    "is not a committed date."}
    return [po], raw, exp


# ===========================================================================
# 072
# ===========================================================================

@case("confirmation-to-follow-it", "needs_review/it-IT",
      "Italian human reply: order received, confirmation with dates promised by Friday; one line 'dovrebbe essere compatibile' with our date, the other may need a week more.")
def c072():
    sup = SUP("CERCIVITA", "Ceramica Civita S.p.A.", "export@ceramicacivita.example", "it-IT")
    buy = BUY("Oliver Grant", "oliver.grant@aquaform-bathrooms.example")
    po = PO("AQF-5583", sup, buy, "EUR", "2026-11-16", [
        ("AQ-BID-L50", "Bidet floor-standing 'Linea 50', white", 40, "EA", "72.00", "2026-12-16"),
        ("AQ-WC-BTW-L50", "WC pan back-to-wall 'Linea 50', rimless, white", 40, "EA", "96.00", "2026-12-16"),
    ])
    t = when(2026, 11, 18, 10, 3, 12, 1)
    is_wd("2026-11-20", "Friday")
    body = """Buongiorno Oliver,

abbiamo ricevuto il vostro ordine AQF-5583, grazie.

Il nostro ufficio programmazione sta verificando la disponibilità dello smalto bianco lucido per la serie Linea 50, che in questo periodo è molto richiesta. Vi invieremo la conferma d'ordine con le date di consegna entro venerdì 20/11.

Indicativamente i bidet dovrebbero essere compatibili con la vostra data richiesta del 16/12; per i vasi invece potremmo avere bisogno di una settimana in più.

Cordiali saluti,

Federica Conti
Customer Service Export
Ceramica Civita S.p.A. - Via Flaminia km 54, 01033 Civita Castellana (VT)
Tel. +39 0761 598 210
"""
    req = request_text(po, "Dear Ceramica Civita team,", "Oliver Grant\nPurchasing, Aquaform Bathrooms Ltd")
    qp = [("Da:", "Oliver Grant <oliver.grant@aquaform-bathrooms.example>"),
          ("Inviato:", "lunedì 16 novembre 2026 17:05"),
          ("A:", "export@ceramicacivita.example"),
          ("Oggetto:", "Purchase order AQF-5583")]
    raw = message([
        ("From", addr("Federica Conti", "f.conti@ceramicacivita.example")),
        ("To", addr("Oliver Grant", buy["email"])),
        ("Subject", "R: Purchase order AQF-5583"),
        ("Date", rfcdate(t)),
        ("Message-ID", "<AM8PR08MB5620F7A8B9C0D1E2F3A4B5C6D7E8F9A0@AM8PR08MB5620.eurprd08.prod.outlook.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("Content-Language", "it-IT"),
    ], outlook_alt(body, qp, req, "_000_AM8PR08MB5620F7A8B9C0D1E2F3A4B5C6D7E8F9A0AM8PR08MB5620eurp_", lang="IT"))
    exp = {"kind": "needs_review",
           "notes": "Order received, formal confirmation with dates promised by Friday 20/11; 'dovrebbe essere compatibile' and "
                    "'potremmo avere bisogno di una settimana in più' are not commitments."}
    return [po], raw, exp


# ===========================================================================
# 073
# ===========================================================================

@case("pdf-unreadable-resend-lt", "needs_review/lt-LT",
      "Lithuanian reply says our PO attachment will not open, asks us to resend it and to clarify the delivery address; promises an answer within two working days.")
def c073():
    sup = SUP("GELDETALES", "UAB Gelezinkelio Detales", "pardavimai@gel-detales.example", "lt-LT")
    buy = BUY("Gareth Lloyd", "gareth.lloyd@railcore-maintenance.example")
    po = PO("RCM-PO-7180", sup, buy, "EUR", "2026-11-17", [
        ("RC-FP-60E1-4", "Rail fishplate 60E1, 4-hole", 200, "EA", "38.00", "2027-01-15"),
        ("RC-FB-M24150", "Fishplate bolt M24x150 with nut, 8.8", 800, "EA", "2.40", "2027-01-15"),
    ])
    t = when(2026, 11, 18, 9, 47, 30, 2)
    body = """Laba diena,

gavome Jūsų užsakymą RCM-PO-7180, tačiau prisegto PDF failo nepavyksta atidaryti (rodo, kad failas pažeistas). Gal galėtumėte atsiųsti jį dar kartą?

Taip pat prašome patikslinti pristatymo adresą - Crewe ar Derby sandėlis?

Gavę užsakymą, atsakysime per dvi darbo dienas.

Pagarbiai
Tomas Kazlauskas
Pardavimų vadybininkas
UAB Geležinkelio Detalės
Pramonės pr. 8, LT-51329 Kaunas
Tel. +370 37 45 22 10
"""
    req = ("Dear Sir or Madam,\n\nPlease find attached our purchase order RCM-PO-7180 (PDF).\n"
           "Kindly confirm quantities, prices and delivery dates by return.\n\nThank you and best regards,\n"
           "Gareth Lloyd\nSenior Buyer, Railcore Maintenance Ltd\n")
    attr = "2026-11-17, an, 16:20 Gareth Lloyd <gareth.lloyd@railcore-maintenance.example> rašė:"
    plain = body + "\n" + attr + "\n\n" + quote(req) + "\n"
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("Tomas Kazlauskas", "tomas.kazlauskas@gel-detales.example")),
        ("To", addr("Gareth Lloyd", buy["email"])),
        ("Subject", "Re: Purchase order RCM-PO-7180"),
        ("Message-ID", "<CAB5nW8rT2kQ9vM4pL1cX7yH3sJ6fD0gA5eK8uO2iZ9nT4wQ6hY@mail.gmail.com>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
    ], multi("alternative", "000000000000d2e7f405f30a4c18",
             [text(plain, "plain", "utf-8", "quoted-printable"),
              text(gmail_html(brs(body), attr, brs(req)), "html", "utf-8", "quoted-printable")]))
    exp = {"kind": "needs_review",
           "notes": "The supplier could not open the PO and asks us to resend it and to clarify the delivery address; nothing is confirmed."}
    return [po], raw, exp


# ===========================================================================
# 074
# ===========================================================================

@case("container-customs-maybe-sv", "needs_review/sv-SE",
      "Swedish reply agrees the prices but gives only 'runt vecka 3' depending on customs release of a container, and promises to come back next week.")
def c074():
    sup = SUP("NORDICSOLAR", "Nordic Solar Trading AB", "order@nordicsolar.example", "sv-SE")
    buy = BUY("Josh Hartley", "josh.hartley@sunvale-energy.example")
    po = PO("SV-PO-3451", sup, buy, "EUR", "2026-11-16", [
        ("BAT-10K-LFP", "Battery storage module 10 kWh, LFP", 20, "EA", "2890.00", "2027-01-15"),
        ("INV-8K-3P", "Hybrid inverter 8 kW 3-phase", 20, "EA", "1160.00", "2027-01-15"),
    ])
    t = when(2026, 11, 19, 13, 28, 51, 1)
    body = """Hej Josh,

Tack för ordern SV-PO-3451. Priserna i ordern stämmer.

Leveranstiden är tyvärr osäker just nu: vi räknar med att kunna leverera runt vecka 3, men det hänger på när containern från Ningbo släpps i tullen i Göteborg. Batterierna är klassade som farligt gods (UN3480) och tullen har skärpt kontrollerna.

Jag återkommer så fort jag vet mer, senast i början av nästa vecka.

Med vänliga hälsningar
Johan Ek
Nordic Solar Trading AB
Importgatan 22, 422 46 Hisings Backa
Tel. +46 31 742 18 90
"""
    req = request_text(po, "Hi Johan,", "Josh Hartley\nSupply Chain, Sunvale Energy Ltd")
    qp = [("Från:", "Josh Hartley <josh.hartley@sunvale-energy.example>"),
          ("Skickat:", "den 16 november 2026 15:40"),
          ("Till:", "order@nordicsolar.example"),
          ("Ämne:", "PO SV-PO-3451 batteries + inverters")]
    raw = message([
        ("From", addr("Johan Ek", "johan.ek@nordicsolar.example")),
        ("To", addr("Josh Hartley", buy["email"])),
        ("Subject", "SV: PO SV-PO-3451 batteries + inverters"),
        ("Date", rfcdate(t)),
        ("Message-ID", "<GVXP190MB1989A8B9C0D1E2F3A4B5C6D7E8F9A0B1@GVXP190MB1989.EURP190.PROD.OUTLOOK.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("Content-Language", "sv-SE"),
    ], outlook_alt(body, qp, req, "_000_GVXP190MB1989A8B9C0D1E2F3A4B5C6D7E8F9A0B1GVXP190MB1989EURP_",
                   cs="iso-8859-1", lang="SV"))
    exp = {"kind": "needs_review",
           "notes": "Prices agreed but the delivery is only 'runt vecka 3' and depends on customs; the supplier will come back next week. "
                    "No committed date, so a human must follow up."}
    return [po], raw, exp


# ===========================================================================
# 075
# ===========================================================================

@case("holiday-closure-notice-ro", "unrelated/ro-RO",
      "Romanian circular about the Christmas closure with a last-dispatch date and a date from which late orders will ship - general, not about our PO.")
def c075():
    sup = SUP("AGROBANAT", "Agroparts Banat S.R.L.", "comenzi@agroparts-banat.example", "ro-RO")
    buy = BUY("Megan Price", "megan.price@fenland-agri.example")
    po = PO("4500031290", sup, buy, "EUR", "2026-11-16", [
        ("FAP-RP-50B", "Reversible point 50 mm, boron steel", 400, "EA", "2.05", "2026-12-18"),
        ("FAP-PS-16B", "Plough share 16\", bolt-on, boron steel", 40, "EA", "17.30", "2026-12-18"),
    ])
    t = when(2026, 11, 20, 8, 30, 0, 2)
    body = """Stimați clienți și parteneri,

Vă informăm că în perioada 23.12.2026 - 06.01.2027 societatea noastră va fi închisă pentru sărbătorile de iarnă.

Ultima zi de expediere în acest an: 22.12.2026.
Comenzile primite după data de 16.12.2026 vor fi livrate începând cu 11.01.2027.

Vă mulțumim pentru colaborare și vă dorim Sărbători Fericite și un An Nou plin de realizări!

Echipa Agroparts Banat
Calea Aradului 120, 300645 Timișoara
"""
    htm = simple_html("""<div style="font-family:Georgia,serif;font-size:12pt;color:#1b3a1b">
<p>Stimați clienți și parteneri,</p>
<p>Vă informăm că în perioada <b>23.12.2026 - 06.01.2027</b> societatea noastră va fi închisă pentru sărbătorile de iarnă.</p>
<p>Ultima zi de expediere în acest an: <b>22.12.2026</b>.<br>Comenzile primite după data de 16.12.2026 vor fi livrate începând cu 11.01.2027.</p>
<p>Vă mulțumim pentru colaborare și vă dorim <i>Sărbători Fericite și un An Nou plin de realizări!</i></p>
<p>Echipa Agroparts Banat<br>Calea Aradului 120, 300645 Timișoara</p></div>""")
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("Agroparts Banat", "office@agroparts-banat.example")),
        ("To", addr("Clienți Agroparts Banat", "clienti@agroparts-banat.example", "utf-8", "Q")),
        ("Subject", ew("Program de sărbători 2026/2027", "utf-8", "Q")),
        ("Message-ID", "<c3d2e1f0-a9b8-4c7d-96e5-f4a3b2c1d0e9@agroparts-banat.example>"),
        ("Precedence", "bulk"),
    ], multi("alternative", "b2_7f1e0d9c8b7a6f5e4d3c2b1a0f9e8d7c", [
        text(body, "plain", "utf-8", "quoted-printable"), text(htm, "html", "utf-8", "quoted-printable")]))
    exp = {"kind": "unrelated",
           "notes": "Holiday-closure circular sent to all customers (Bcc); its dates are general, not an answer to PO 4500031290."}
    return [po], raw, exp


# ===========================================================================
# 076
# ===========================================================================

@case("nutcrackers-bottom-posted-de", "confirmation/de-DE",
      "German Thunderbird reply written below the quoted English request (bottom-posting): one line cut to the remaining stock, all delivered on a date without year; EN71-3 and a 2025 test-report date are traps.")
def c076():
    sup = SUP("SPIELERZ", "Spielwaren Erzgebirge GmbH", "bestellung@spielwaren-erzgebirge.example", "de-DE")
    buy = BUY("Hannah Cole", "hannah.cole@puzzlewood-toys.example")
    po = PO("PWT-2026-318", sup, buy, "EUR", "2026-11-09", [
        ("PW-NUT-KING-38", "Nutcracker 'King' 38 cm, hand-painted", 48, "EA", "34.00", "2026-11-27"),
        ("PW-PYR-3T", "Christmas pyramid 3-tier, natural wood", 24, "EA", "56.00", "2026-11-27"),
        ("PW-TRAIN-WD", "Wooden toy train, CE / EN71-3", 60, "EA", "18.50", "2026-11-27"),
    ])
    t = when(2026, 11, 19, 14, 51, 6, 1)
    d = next_on_or_after(maildate(t), 11, 25)
    assert d == "2026-11-25"
    req = request_text(po, "Dear Erzgebirge team,", "Hannah Cole\nSourcing Manager, Puzzlewood Toys Retail Ltd",
                       intro="Please find our order PWT-2026-318 for the Christmas shop below.\n"
                             "Could you please confirm quantities, prices and delivery? The goods must be in store by 27/11.")
    plain = ("Am 09.11.26 um 15:40 schrieb Hannah Cole:\n" + quote(req) + "\n\n"
             """Hallo Frau Cole,

alles klar bis auf die Pyramiden: davon haben wir nur noch 16 Stück, die 3-stöckige wird dieses Jahr nicht mehr nachproduziert.
Die 16 kommen zusammen mit den Nussknackern und den Eisenbahnen am 25.11. bei Ihnen an (Spedition, Avis folgt).
Der EN71-3-Prüfbericht für die Eisenbahn vom 14.03.2025 liegt der Lieferung bei.

Viele Grüße aus Seiffen
Uwe Lorenz

--
Spielwaren Erzgebirge GmbH
Hauptstraße 88, 09548 Kurort Seiffen
Tel. 037362 7 19 40
""")
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("Uwe Lorenz", "u.lorenz@spielwaren-erzgebirge.example")),
        ("To", addr("Hannah Cole", buy["email"])),
        ("Subject", "Re: Order PWT-2026-318"),
        ("Message-ID", "<8d1f3b5a-7c9e-4a2b-b4d6-e8f0a1c3e5b7@spielwaren-erzgebirge.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "de-DE"),
    ], text(plain, "plain", "utf-8", "quoted-printable", params="; format=flowed"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: C(po, 1, d=d), 2: C(po, 2, q=16, d=d), 3: C(po, 3, d=d)})],
           "notes": "Answer is below the quote. All lines arrive 25.11. (no year -> 2026-11-25); pyramids only the remaining 16 "
                    "(no re-production). Test report 14.03.2025 and our 27/11 in the quote are distractors."}
    return [po], raw, exp


# ===========================================================================
# 077
# ===========================================================================

@case("ibuprofen-lot-retest-it", "confirmation/it-IT",
      "Italian API confirmation lists lot, production and re-test dates and a CEP number that looks like a date; one line repriced and moved a week.")
def c077():
    sup = SUP("FARMALOMB", "Farmachimica Lombarda S.p.A.", "ordini@farmachimica-lombarda.example", "it-IT")
    buy = BUY("Jonas Hartmann", "jonas.hartmann@corvina-pharma.example")
    po = PO("PO-26-0915", sup, buy, "EUR", "2026-11-12", [
        ("API-0207", "Ibuprofen Ph.Eur., grade 50", 500, "KG", "21.40", "2027-01-11"),
        ("API-0311", "Paracetamol dense powder Ph.Eur. (DC grade)", 1000, "KG", "5.85", "2027-01-11"),
    ])
    t = when(2026, 11, 16, 15, 12, 33, 1)
    body = """Gentile Dott. Hartmann,

con la presente confermiamo il Vostro ordine PO-26-0915:

- Ibuprofene Ph.Eur. grado 50: 500 kg a 21,40 €/kg, consegna 11/01/2027.
  Lotto IB-2611-07, data di produzione 11/2026, data di ri-analisi 11/2029.
- Paracetamolo DC (polvere densa) Ph.Eur.: 1.000 kg in 40 fusti da 25 kg.
  A causa dell'aumento del costo del p-aminofenolo il prezzo è di 6,10 €/kg; consegna 18/01/2027.

Resa: DAP Mannheim. Pagamento: 60 gg data fattura.
Il CEP n. R1-CEP 2014-172-Rev 03 e la dichiarazione TSE/BSE sono disponibili su richiesta.

Distinti saluti

Chiara Galli
Ufficio Vendite Pharma
Farmachimica Lombarda S.p.A. - Via per Cesano 14, 20811 Cesano Maderno (MB)
Tel. +39 0362 541 780
"""
    req = request_text(po, "Dear Farmachimica team,", "Jonas Hartmann\nEinkauf Rohstoffe, Corvina Pharma GmbH", style="de",
                       intro="please find attached our purchase order PO-26-0915 (DAP Mannheim).\nKindly confirm quantities, prices and delivery dates.")
    qp = [("Da:", "Hartmann, Jonas <jonas.hartmann@corvina-pharma.example>"),
          ("Inviato:", "giovedì 12 novembre 2026 09:58"),
          ("A:", "ordini@farmachimica-lombarda.example"),
          ("Oggetto:", "Purchase order PO-26-0915")]
    raw = message([
        ("From", addr("Galli Chiara", "c.galli@farmachimica-lombarda.example")),
        ("To", addr("Hartmann, Jonas", buy["email"])),
        ("Subject", "R: Purchase order PO-26-0915 - conferma d'ordine"),
        ("Date", rfcdate(t)),
        ("Message-ID", "<DU2PR07MB8112B9C0D1E2F3A4B5C6D7E8F9A0B1C2@DU2PR07MB8112.eurprd07.prod.outlook.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("Content-Language", "it-IT"),
    ], outlook_alt(body, qp, req, "_000_DU2PR07MB8112B9C0D1E2F3A4B5C6D7E8F9A0B1C2DU2PR07MB8112eurp_",
                   cs="windows-1252", lang="IT"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: A(po, 1), 2: C(po, 2, p="6.10", d="2027-01-18")})],
           "notes": "Ibuprofen as ordered (11/01/2027 = requested); paracetamol 6,10 EUR/kg and 18/01/2027. Lot IB-2611-07, 11/2026, "
                    "re-test 11/2029, 'CEP 2014-172-Rev 03' and 60 gg are distractors."}
    return [po], raw, exp


# ===========================================================================
# 078
# ===========================================================================

@case("laptops-by-description-us", "confirmation/en-US",
      "US reply names lines only loosely by description ('the 15.6\" laptops', 'keyboard/mouse combos'), moves them to one later arrival date and declines end-of-life backpacks.")
def c078():
    sup = SUP("CASCADETECH", "Cascade Tech Supply LLC", "orders@cascadetechsupply.example", "en-US")
    buy = BUY("Dana Ruiz", "dana.ruiz@tallyfield.example")
    po = PO("TF-PO-66171", sup, buy, "USD", "2026-11-13", [
        ("LT-156-I7", "Laptop 15.6\" i7 32GB/1TB (model LX-1560)", 30, "EA", "1240.00", "2026-12-09"),
        ("DK-USBC-90", "Dock USB-C 90W (model DK-90)", 30, "EA", "142.00", "2026-12-09"),
        ("BP-156", "Backpack 15.6\" (model BP-15)", 30, "EA", "29.00", "2026-12-09"),
        ("KBM-US-WL", "Wireless keyboard/mouse set, US layout", 30, "SET", "38.00", "2026-12-09"),
    ])
    t = when(2026, 11, 17, 11, 26, 9, -8)
    body = """Hi Dana -

Quick update on your order for the Seattle office.

The 15.6" laptops: all 30 confirmed, but with the current allocation they'll land 12/16, not 12/9.
Docks and the keyboard/mouse combos will ship with them so everything arrives together.
The backpacks went end-of-life last month and we can't supply them anymore - I'd suggest the BP-16 as a replacement if you want to add it on a new PO.

Pricing unchanged.

Jordan Pike
Account Executive | Cascade Tech Supply LLC
1201 3rd Ave, Suite 1400, Seattle, WA 98101
(206) 555-0166
"""
    req = request_text(po, "Hi Jordan,", "Dana Ruiz\nIT Procurement, Tallyfield IT Services", style="us")
    qp = [("From:", "Dana Ruiz <dana.ruiz@tallyfield.example>"),
          ("Sent:", "Friday, November 13, 2026 2:07 PM"),
          ("To:", "Jordan Pike <jordan.pike@cascadetechsupply.example>"),
          ("Subject:", "PO TF-PO-66171 - Seattle office refresh")]
    raw = message([
        ("From", addr("Jordan Pike", "jordan.pike@cascadetechsupply.example")),
        ("To", addr("Dana Ruiz", buy["email"])),
        ("Subject", "RE: PO TF-PO-66171 - Seattle office refresh"),
        ("Date", rfcdate(t)),
        ("Message-ID", "<MW4PR14MB6127C0D1E2F3A4B5C6D7E8F9A0B1C2D3@MW4PR14MB6127.namprd14.prod.outlook.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("Content-Language", "en-US"),
    ], outlook_alt(body, qp, req, "_000_MW4PR14MB6127C0D1E2F3A4B5C6D7E8F9A0B1C2D3MW4PR14MB6127namp_", lang="EN-US",
                   sep="________________________________"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(po, {1: C(po, 1, d="2026-12-16"), 2: C(po, 2, d="2026-12-16"), 3: REJ,
                                       4: C(po, 4, d="2026-12-16")})],
           "notes": "Lines matched by description: laptops land 12/16 (no year -> 2026-12-16); docks and keyboard/mouse sets ship with them "
                    "so they arrive together on 12/16; backpacks end-of-life -> rejected (BP-16 only suggested for a new PO)."}
    return [po], raw, exp


# ===========================================================================
# 079
# ===========================================================================

@case("solar-mounts-answers-other-po-pl", "confirmation/pl-PL",
      "Polish reply in the thread of one PO (subject and quote are SV-PO-3415) that silently answers the other open PO SV-PO-3401, with a per-pack clamp price and a week-50 extrusion remark.")
def c079():
    sup = SUP("MONTSOLAR", "Montaż Solar Sp. z o.o.", "zamowienia@montazsolar.example", "pl-PL")
    buy = BUY("Josh Hartley", "josh.hartley@sunvale-energy.example")
    poA = PO("SV-PO-3401", sup, buy, "EUR", "2026-11-06", [
        ("MNT-RH-SS", "Roof hook stainless, adjustable, for roof tiles", 800, "EA", "3.85", "2026-12-10"),
        ("MNT-RAIL-4044", "Mounting rail 40x40 aluminium, 4.4 m", 300, "EA", "12.60", "2026-12-10"),
        ("MNT-MC-3035", "Mid clamp 30-35 mm, black anodised", 1600, "EA", "0.54", "2026-12-10"),
    ])
    poB = PO("SV-PO-3415", sup, buy, "EUR", "2026-11-11", [
        ("MNT-BT-10", "Ballast tray for flat roof, 10° east-west", 400, "EA", "21.80", "2027-01-15"),
        ("MNT-BT-CLIP", "Ballast tray connector clip", 800, "EA", "0.95", "2027-01-15"),
    ])
    t = when(2026, 11, 16, 12, 7, 45, 1)
    is_wd("2026-12-15", "Tuesday")
    reqB = request_text(poB, "Dear Montaż Solar team,", "Josh Hartley\nSupply Chain, Sunvale Energy Ltd",
                        intro="Please find attached PO SV-PO-3415 for the flat-roof project in Leeds.\nKindly confirm quantities, prices and delivery dates.")
    body = """Dzień dobry,

potwierdzamy zamówienie SV-PO-3401:

- haki dachowe nierdzewne, regulowane: 800 szt. x 3,85 EUR - dostawa 10.12.2026
- szyny montażowe 40x40, 4,4 m: 300 szt. x 12,60 EUR - dostawa 15.12.2026 (profil z wytłaczarni dopiero w 50. tygodniu)
- klemy środkowe 30-35 mm, czarne: pakowane po 100 szt., cena 56,00 EUR za opakowanie; 1600 szt. = 16 opakowań - dostawa 10.12.2026

Warunki dostawy: DAP Leeds, płatność 30 dni.

Pozdrawiam
Katarzyna Nowak
Dział Sprzedaży
Montaż Solar Sp. z o.o., ul. Fabryczna 19, 41-200 Sosnowiec
tel. +48 32 266 18 40
"""
    qp = [("Od:", "Josh Hartley <josh.hartley@sunvale-energy.example>"),
          ("Wysłano:", "środa, 11 listopada 2026 16:22"),
          ("Do:", "zamowienia@montazsolar.example"),
          ("Temat:", "PO SV-PO-3415 ballast trays")]
    raw = message([
        ("From", addr("Katarzyna Nowak", "k.nowak@montazsolar.example")),
        ("To", addr("Josh Hartley", buy["email"])),
        ("Subject", "RE: PO SV-PO-3415 ballast trays"),
        ("Date", rfcdate(t)),
        ("Message-ID", "<000b01dd5c01$7d3e9a20$77bbce60$@montazsolar.example>"),
        ("In-Reply-To", poB["request_message_id"]),
        ("References", poB["request_message_id"]),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "pl"),
    ], outlook_alt(body, qp, reqB, "----=_NextPart_000_000C_01DD5C09.DF03FE20", cs="utf-8", lang="PL"))
    exp = {"kind": "confirmation",
           "confirmations": [CONF(poA, {1: A(poA, 1), 2: C(poA, 2, d="2026-12-15"), 3: C(poA, 3, p=per("56.00", 100))})],
           "notes": "Body answers SV-PO-3401 although subject, thread and quote are SV-PO-3415 (not mentioned -> left out). "
                    "Rails 15.12.2026; clamps 56,00 EUR per 100 = 0.56 (PO 0.54); hooks as ordered. '50. tydzień' is extrusion, not delivery."}
    return [poA, poB], raw, exp


# ===========================================================================
# 080
# ===========================================================================

@case("quarry-wear-parts-two-pos-fr", "confirmation/fr-FR",
      "French reply answers two POs in monospace text tables with 'Rep' positions, a foundry delay into 2027, a per-sachet-of-500 price and French number formats (4 650,00; 2 000).")
def c080():
    sup = SUP("USUREBROYAGE", "Usure & Broyage SAS", "adv@usure-broyage.example", "fr-FR")
    buy = BUY("Jack Morrison", "jack.morrison@ridgeback-quarry.example")
    po1 = PO("RQ-45-2322", sup, buy, "EUR", "2026-11-10", [
        ("CR-HP300-MNT", "Cone crusher mantle Mn18, for HP300", 2, "EA", "4650.00", "2026-12-11"),
        ("CR-HP300-BWL-M", "Cone crusher bowl liner (concave), medium, for HP300", 2, "EA", "5120.00", "2026-12-11"),
    ])
    po2 = PO("RQ-45-2327", sup, buy, "EUR", "2026-11-12", [
        ("SC-PU-305-16", "Polyurethane screen panel 305x305, 16 mm aperture", 120, "EA", "38.00", "2026-12-11"),
        ("SC-RB-305610-30", "Rubber screen panel 305x610, 30 mm aperture", 60, "EA", "64.00", "2026-12-11"),
        ("SC-PIN-FIX", "Fixing pin for modular screen panels", 2000, "EA", "0.21", "2026-12-11"),
    ])
    t = when(2026, 11, 17, 17, 2, 28, 1)
    is_wd("2026-12-11", "Friday")
    body = """Bonjour Monsieur Morrison,

Voici nos confirmations pour vos deux commandes :

Commande RQ-45-2322 - pièces d'usure concasseur
Rep | Désignation                        | Qté | P.U. €    | Livraison
1   | Manteau HP300 Mn18                 | 2   | 4 650,00  | 11/12/2026
2   | Bol (concave) HP300, profil moyen  | 2   | 5 120,00  | 08/01/2027 (retard fonderie)

Commande RQ-45-2327 - médias de criblage
Rep | Désignation                          | Qté                     | P.U. €                | Livraison
1   | Panneau PU 305x305 maille 16         | 120                     | 38,00                 | 11/12/2026
2   | Panneau caoutchouc 305x610 maille 30 | 60                      | 66,50                 | 18/12/2026
3   | Goupilles de fixation                | 2 000 (4 sachets de 500)| 95,00 le sachet       | 11/12/2026

Livraison DAP carrière de Saint-Nabord. Paiement à 45 jours fin de mois.
Notre offre n° DV-26-1187 du 02/11/2026 reste la référence pour les conditions.

Cordialement,

Julien Marchand
Administration des ventes
Usure & Broyage SAS - 12 rue des Forges, 88200 Remiremont
Tél. 03 29 62 41 10
"""
    chaser = """Hello Julien,

Could you please send your acknowledgments for our orders RQ-45-2322 (HP300 mantle + bowl liner) and RQ-45-2327 (screen panels + pins)?
Both are needed on site by 11/12/2026.

Thanks,
Jack Morrison
Maintenance Planner, Ridgeback Quarrying (Saint-Nabord site)
"""
    attr = "Le 16/11/2026 à 09:14, Jack Morrison a écrit :"
    plain = body + "\n" + attr + "\n" + quote(chaser) + "\n"
    raw = message([
        ("Date", rfcdate(t)),
        ("From", addr("Julien Marchand", "j.marchand@usure-broyage.example")),
        ("To", addr("Jack Morrison", buy["email"])),
        ("Subject", "Re: Acknowledgments RQ-45-2322 / RQ-45-2327"),
        ("Message-ID", "<6b2d4f8a-0c1e-4b3d-a5f7-9e8d7c6b5a40@usure-broyage.example>"),
        ("In-Reply-To", "<LO0P265MB2290E1F2A3B4C5D6E7F8A9B0C1D2E3F4@LO0P265MB2290.GBRP265.PROD.OUTLOOK.example>"),
        ("References", refs(po1["request_message_id"], po2["request_message_id"],
                            "<LO0P265MB2290E1F2A3B4C5D6E7F8A9B0C1D2E3F4@LO0P265MB2290.GBRP265.PROD.OUTLOOK.example>")),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "fr"),
    ], text(plain, "plain", "iso-8859-15", "quoted-printable"))
    exp = {"kind": "confirmation",
           "confirmations": [
               CONF(po1, {1: A(po1, 1), 2: C(po1, 2, d="2027-01-08")}),
               CONF(po2, {1: A(po2, 1), 2: C(po2, 2, p="66.50", d="2026-12-18"), 3: C(po2, 3, p=per("95.00", 500))})],
           "notes": "Both POs answered. RQ-45-2322: mantle as ordered, bowl liner 08/01/2027. RQ-45-2327: PU panels as ordered, rubber panels "
                    "66,50 and 18/12/2026, pins 95,00 per sachet of 500 = 0.19 each (PO 0.21), 2 000 pcs. Offer date 02/11/2026 and '45 jours fin de mois' are distractors."}
    return [po1, po2], raw, exp


# ===========================================================================
# build
# ===========================================================================

def _walk(part):
    yield part
    if part.get_content_type() == "message/delivery-status":
        return
    if part.is_multipart():
        for sub in part.get_payload():
            yield from _walk(sub)


def self_check(name, pos, raw, exp):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    texts = []
    for part in _walk(msg):
        assert not part.defects, (name, part.get_content_type(), part.defects)
        if part.get_content_maintype() in ("multipart", "message"):
            continue
        content = part.get_content()
        if part.get_content_maintype() == "text":
            texts.append(content)
    for h in ("From", "Subject", "Date", "Message-ID"):
        assert msg[h] is not None, (name, h)
    when_ = email.utils.parsedate_to_datetime(str(msg["Date"]))
    assert when_.tzinfo is not None and when_.year == 2026 and when_.month == 11, (name, msg["Date"])
    nums = [p["po_number"] for p in pos]
    assert len(set(nums)) == len(nums)
    for p in pos:
        assert p["issued"] <= when_.date().isoformat(), (name, p["po_number"], "issued after the mail")
    if exp["kind"] == "confirmation":
        for c in exp["confirmations"]:
            assert c["po_number"] in nums
    else:
        assert "confirmations" not in exp
    assert exp.get("notes")


def weekday_facts():
    """Every weekday name written next to a date in the mails (bodies and quoted headers)."""
    facts = {
        "2026-11-02": "Monday",     # 001 'Mon, 2 Nov', 007 'Monday, 2 November', 015 星期一
        "2026-11-03": "Tuesday",    # 002 'Dienstag, 3. November', 011, 022 'ter.'
        "2026-11-04": "Wednesday",  # 009 'miércoles', 013, 024 'středa'
        "2026-11-05": "Thursday",   # 004 'giovedì', 008 'Thu', 035 'Perşembe'
        "2026-11-06": "Friday",     # 006 'piątek', 012 'vendredi', 028 'vrijdag', 046 週五, 050, 055
        "2026-11-09": "Monday",     # 023 'lundi', 036 'Montag', 040 'mandag', 047 'Th 2', 051, 053, 060 월
        "2026-11-10": "Tuesday",    # 018 'terça-feira', 028 'dinsdag', 038, 041 'Dienstag', 042 'tiistai'
        "2026-11-11": "Wednesday",  # 059, 061, 079 'środa'
        "2026-11-12": "Thursday",   # 025, 028 'donderdag', 077 'giovedì'
        "2026-11-13": "Friday",     # 026 'Freitag', 062 'vie', 078
        "2026-11-16": "Monday",     # 039 'Mon', 070, 072 'lunedì'
        "2026-11-17": "Tuesday",    # 073 'an' (antradienis)
        "2026-11-18": "Wednesday",  # 011 'next Wednesday (18th)', 017 'Mittwoch, 18.11.'
        "2026-11-20": "Friday",     # 003 'Freitag, 20. November', 040 'fredag', 072 'venerdì 20/11'
        "2026-11-23": "Monday",     # 039 'deliver Monday'
        "2026-11-27": "Friday",     # 005 'Fri 27/11'
        "2026-12-04": "Friday",     # 001 'Friday 4th December', 016 'vrijdag 4 december'
        "2026-12-08": "Tuesday",    # 012 'mardi 8 décembre', 041 'Dienstag KW 50', 040
        "2026-12-09": "Wednesday",  # 006 'środa', 036 'Mittwoch, 9. Dezember'
        "2026-12-11": "Friday",     # 005 'Friday 11/12', 016 'vrijdag 11 december'
        "2026-12-14": "Monday",     # 029 'Monday 14/12'
        "2026-12-30": "Wednesday",  # 042 'viikolla 53 keskiviikkona'
        "2027-01-04": "Monday",     # 014 'Monday 4 January 2027'
    }
    for d, name in facts.items():
        is_wd(d, name)
    assert kw(2026, 49) == "2026-12-04" and kw(2026, 50) == "2026-12-11" and kw(2026, 51) == "2026-12-18"
    assert kw(2026, 53) == "2027-01-01" and kw(2026, 50, 2) == "2026-12-08" and kw(2026, 53, 3) == "2026-12-30"


def build():
    weekday_facts()
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    lines = ["# Batch V - held-out supplier replies", "",
             "Generated by `make_batch.py` (standard library only, deterministic). One line per case:",
             "`NNN-slug` | kind/locale | what makes it hard.", ""]
    seen = set()
    for i, (slug, kind_locale, hard, fn) in enumerate(CASES, 1):
        name = f"{i:03d}-{slug}"
        assert slug not in seen, slug
        seen.add(slug)
        pos, raw, exp = fn()
        raw = crlf(raw)
        assert kind_locale.split("/")[0] == exp["kind"], (name, kind_locale, exp["kind"])
        assert kind_locale.split("/")[1] == pos[0]["supplier"]["locale"], (name, kind_locale)
        self_check(name, pos, raw, exp)
        folder = OUT / name
        folder.mkdir()
        (folder / "pos.json").write_text(json.dumps(pos, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (folder / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (folder / "message.eml").write_bytes(raw)
        lines.append(f"`{name}` | {kind_locale} | {hard}")
    (ROOT / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    build()
