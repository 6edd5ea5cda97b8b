#!/usr/bin/env python3
"""Batch R of held-out supplier replies (theme: food, chemicals, textiles, medical,
IT, construction, HVAC, marine, aerospace, labels, packaging, bicycles, lab, wine,
pet food, cleaning, PPE, electronics, catalogue printing).

Standard library only and deterministic: running it twice gives identical bytes.
Writes cases/NNN-slug/{message.eml,pos.json,expected.json} next to this file and
checks every expected.json against the rules of FORMAT.md.
"""
import base64
import datetime as dt
import hashlib
import html as htmlmod
import io
import json
import os
import quopri
import shutil
import zipfile
from decimal import Decimal
from email import policy
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases")
CASES = []

# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def D(s, wd=None):
    """ISO date string; optional weekday check ('Fri') so the texts stay true."""
    d = dt.date.fromisoformat(s)
    if wd is not None:
        assert WD[d.weekday()] == wd, (s, wd, WD[d.weekday()])
    return s


def kw(year, week, day=5):
    """Date of ISO week `week`; Friday unless a day (1=Mon..7=Sun) is named."""
    return dt.date.fromisocalendar(year, week, day).isoformat()


def plus_days(s, n):
    return (dt.date.fromisoformat(s) + dt.timedelta(days=n)).isoformat()


def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


def when(s, hh, mm, zone, ss=0):
    """Aware datetime; s is 'YYYY-MM-DD', zone an offset in hours (float ok)."""
    d = dt.date.fromisoformat(s)
    hours = int(zone)
    mins = int(round((zone - hours) * 60))
    return dt.datetime(d.year, d.month, d.day, hh, mm, ss, tzinfo=tz(hours, mins))


# ---------------------------------------------------------------------------
# purchase orders
# ---------------------------------------------------------------------------
BUYERS = {
    # food & beverage / pet food / wine
    "food": ("Brightwater Foods GmbH", "brightwater-foods.example"),
    # hospitals
    "hosp": ("St. Elian Kliniken Verbund", "st-elian-kliniken.example"),
    # construction
    "bau": ("Korvan Bau AG", "korvan-bau.example"),
    # IT
    "it": ("Meridia Services B.V.", "meridia-services.example"),
    # fashion / textile / PPE
    "tex": ("Nordsaum Textil GmbH", "nordsaum.example"),
    # aerospace
    "aero": ("Aeroliant Structures SAS", "aeroliant.example"),
    # general industry (chemicals, HVAC, marine, labels, packaging, bikes, lab,
    # electronics, printing, cleaning)
    "ind": ("Halvorsen Industrial Group", "halvorsen-group.example"),
}


def PO(number, sup, buyer, currency, issued, lines, req=True, req_time=(9, 12),
       req_zone=1, buyer_org="ind"):
    """lines: (item, description, qty, uom, unit_price, requested_date)."""
    bname, bmail = buyer
    po = {
        "po_number": number,
        "supplier": dict(sup),
        "buyer": {"name": bname, "email": bmail},
        "currency": currency,
        "issued": issued,
    }
    if req:
        po["request_message_id"] = "<po-%s.%s@%s>" % (
            number.replace("/", "-").replace(" ", ""), issued.replace("-", ""),
            bmail.split("@")[1])
    po["lines"] = []
    for i, (item, desc, qty, uom, price, date) in enumerate(lines, 1):
        po["lines"].append({
            "line": i, "item": item, "description": desc, "quantity": qty,
            "uom": uom, "unit_price": price, "requested_date": D(date)})
    # not written to pos.json: the time our request went out (for quote headers)
    po["_req_dt"] = when(issued, req_time[0], req_time[1], req_zone)
    return po


def SUP(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def BUY(name, org):
    """org: a key of BUYERS or a bare domain."""
    dom = BUYERS[org][1] if org in BUYERS else org
    import unicodedata
    local = name.lower().replace(" ", ".")
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ø", "o"), ("ß", "ss"),
                 ("ł", "l"), ("đ", "d")):
        local = local.replace(a, b)
    local = unicodedata.normalize("NFKD", local).encode("ascii", "ignore").decode()
    return (name, "%s@%s" % (local, dom))


def line(po, n):
    return po["lines"][n - 1]


# ---------------------------------------------------------------------------
# expected answers
# ---------------------------------------------------------------------------
def dec(s):
    return Decimal(str(s))


def price_str(x):
    """Decimal -> plain string, at least two decimals, no exponent."""
    x = dec(x)
    if x == x.to_integral_value():
        return "%s.00" % x.to_integral_value()
    s = format(x.normalize(), "f")
    if len(s.split(".")[1]) < 2:
        s += "0"
    return s


def ACC():
    return ("acc",)


def REJ():
    return {"status": "rejected"}


def UNC():
    return {"status": "unconfirmed"}


def CHG(quantity=None, unit_price=None, date=None, schedule=None):
    return ("chg", quantity, unit_price, date, schedule)


def conf(po, answers):
    """answers: {line_no: ACC()/CHG(...)/REJ()/UNC()}; every PO line must appear."""
    out = {}
    nums = [l["line"] for l in po["lines"]]
    assert sorted(answers) == nums, (po["po_number"], sorted(answers), nums)
    for n in nums:
        a = answers[n]
        l = line(po, n)
        if a == ("acc",):
            out[str(n)] = {"status": "accepted", "quantity": l["quantity"],
                           "unit_price": l["unit_price"], "date": l["requested_date"]}
        elif isinstance(a, tuple) and a[0] == "chg":
            _, q, p, d, sch = a
            q = l["quantity"] if q is None else q
            p = l["unit_price"] if p is None else price_str(p)
            d = l["requested_date"] if d is None else D(d)
            entry = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
            if sch:
                entry["schedule"] = [{"quantity": sq, "date": D(sd)} for sq, sd in sch]
            out[str(n)] = entry
        else:
            out[str(n)] = dict(a)
    return {"po_number": po["po_number"], "lines": out}


def EXP(kind, notes, confirmations=None):
    e = {"kind": kind}
    if kind == "confirmation":
        e["confirmations"] = confirmations
    e["notes"] = notes
    return e


# ---------------------------------------------------------------------------
# attachments
# ---------------------------------------------------------------------------
def _pdf_str(s):
    b = s.encode("cp1252")
    out = bytearray()
    for ch in b:
        c = bytes([ch])
        if c in (b"(", b")", b"\\"):
            out += b"\\" + c
        elif ch < 32 or ch > 126:
            out += b"\\%03o" % ch
        else:
            out += c
    return bytes(out)


def make_pdf(items, title="Document", author="", creator="", producer="",
             created=None, page=(595, 842)):
    """Minimal valid PDF 1.4, one page per list in `items` (or one list).

    items: list of (x, y, size, text, bold) tuples, coordinates in points from
    the lower-left corner. Fonts: Helvetica / Helvetica-Bold, WinAnsiEncoding,
    content streams uncompressed, xref offsets computed exactly.
    """
    pages = items if items and isinstance(items[0], list) else [items]
    objs = []  # bytes of objects 1..n

    def add(b):
        objs.append(b)
        return len(objs)

    cat = add(None)
    pages_obj = add(None)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
             b"/Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
             b"/Encoding /WinAnsiEncoding >>")
    kids = []
    for its in pages:
        ops = []
        for it in its:
            x, y, size, text = it[:4]
            bold = len(it) > 4 and it[4]
            if text == "__LINE__":
                ops.append(b"0.5 w %d %d m %d %d l S" % (x, y, size, y))
                continue
            ops.append(b"BT /%s %s Tf %s %s Td (%s) Tj ET" % (
                b"F2" if bold else b"F1", str(size).encode(), str(x).encode(),
                str(y).encode(), _pdf_str(text)))
        stream = b"\n".join(ops) + b"\n"
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
        pg = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] "
                 b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> "
                 b"/Contents %d 0 R >>" % (pages_obj, page[0], page[1], f1, f2, content))
        kids.append(pg)
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    objs[pages_obj - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = b"<< /Title (%s) /Author (%s) /Creator (%s) /Producer (%s)" % (
        _pdf_str(title), _pdf_str(author), _pdf_str(creator), _pdf_str(producer))
    if created:
        info += b" /CreationDate (D:%s)" % created.encode()
    info += b" >>"
    info_obj = add(info)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, b in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + b + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1)
    out += b"0000000000 65535 f \n"
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    fid = hashlib.md5(bytes(out)).hexdigest().upper().encode()
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\n"
            b"startxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, info_obj, fid, fid, xref))
    return bytes(out)


def pdf_table(rows, x0=50, y0=780, lh=14, size=9):
    """Helper: rows of [(x, text[, bold])...] or None for a blank row -> items."""
    items = []
    y = y0
    for r in rows:
        if r is None:
            y -= lh // 2
            continue
        if r == "LINE":
            items.append((x0, y + 4, 545, "__LINE__"))
            y -= lh // 2
            continue
        sz = size
        for cell in r:
            if cell[0] == "size":
                sz = cell[1]
        for cell in r:
            if cell[0] == "size":
                continue
            items.append((cell[0], y, sz, cell[1], len(cell) > 2 and cell[2]))
        y -= lh if sz <= size else lh + (sz - size)
    return items


def _col(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def _xml(s):
    return htmlmod.escape(str(s), quote=True)


def excel_serial(iso):
    return (dt.date.fromisoformat(iso) - dt.date(1899, 12, 30)).days


def make_xlsx(rows, sheet="Sheet1", shared=True, creator="", modified=None,
              widths=None):
    """Minimal valid XLSX (Office Open XML) with zipfile.

    rows: list of lists; cell values: str, int, float/Decimal ('n'),
    ('date', 'YYYY-MM-DD') stored as serial with a date style, ('money', x)
    with #,##0.00, None for empty. shared=True uses sharedStrings.xml,
    otherwise inline strings.
    """
    sst = []
    sst_idx = {}
    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if v is None or v == "":
                continue
            if isinstance(v, tuple) and v[0] == "date":
                cells.append('<c r="%s" s="1"><v>%d</v></c>' % (ref, excel_serial(v[1])))
            elif isinstance(v, tuple) and v[0] == "money":
                cells.append('<c r="%s" s="2"><v>%s</v></c>' % (ref, v[1]))
            elif isinstance(v, tuple) and v[0] == "bold":
                txt = v[1]
                if shared:
                    if txt not in sst_idx:
                        sst_idx[txt] = len(sst)
                        sst.append(txt)
                    cells.append('<c r="%s" s="3" t="s"><v>%d</v></c>' % (ref, sst_idx[txt]))
                else:
                    cells.append('<c r="%s" s="3" t="inlineStr"><is><t>%s</t></is></c>'
                                 % (ref, _xml(txt)))
            elif isinstance(v, (int, float, Decimal)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                txt = str(v)
                if shared:
                    if txt not in sst_idx:
                        sst_idx[txt] = len(sst)
                        sst.append(txt)
                    cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, sst_idx[txt]))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s'
                                 '</t></is></c>' % (ref, _xml(txt)))
        xml_rows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    ncols = max(len(r) for r in rows)
    dim = "A1:%s%d" % (_col(ncols - 1), len(rows))
    cols = ""
    if widths:
        cols = "<cols>%s</cols>" % "".join(
            '<col min="%d" max="%d" width="%s" customWidth="1"/>' % (i + 1, i + 1, w)
            for i, w in enumerate(widths))
    sheet_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<dimension ref="%s"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>'
        '<sheetFormatPr defaultRowHeight="15"/>%s<sheetData>%s</sheetData>'
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" '
        'footer="0.3"/></worksheet>' % (dim, cols, "".join(xml_rows)))
    styles = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
        '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        '</styleSheet>')
    sst_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'count="%d" uniqueCount="%d">%s</sst>' % (
            len(sst), len(sst), "".join('<si><t xml:space="preserve">%s</t></si>' % _xml(s)
                                        for s in sst)))
    workbook = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<bookViews><workbookView/></bookViews><sheets><sheet name="%s" sheetId="1" '
        'r:id="rId1"/></sheets></workbook>' % _xml(sheet))
    wb_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/styles" Target="styles.xml"/>'
        + ('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/'
           '2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' if shared else "")
        + '</Relationships>')
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="xl/workbook.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
        'relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    mod = modified or "2027-01-01T00:00:00Z"
    core = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:creator>%s</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">%s'
        '</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
        '</cp:coreProperties>' % (_xml(creator), mod, mod))
    ctypes = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.styles+xml"/>'
        + ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
           'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' if shared else "")
        + '<Override PartName="/docProps/core.xml" ContentType="application/'
          'vnd.openxmlformats-package.core-properties+xml"/></Types>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        def w(name, data):
            zi = zipfile.ZipInfo(name, date_time=(2027, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
        w("[Content_Types].xml", ctypes)
        w("_rels/.rels", rels)
        w("docProps/core.xml", core)
        w("xl/workbook.xml", workbook)
        w("xl/_rels/workbook.xml.rels", wb_rels)
        w("xl/styles.xml", styles)
        if shared:
            w("xl/sharedStrings.xml", sst_xml)
        w("xl/worksheets/sheet1.xml", sheet_xml)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# mail building (email package, compat32 MIME classes for full control over
# charsets and transfer encodings, as real clients differ there)
# ---------------------------------------------------------------------------
def _boundary(seed, n):
    h = hashlib.sha1(("%s/%d" % (seed, n)).encode()).hexdigest()
    return h


def H(s, charset="utf-8", enc="B"):
    """Encode a header value the way a client would (RFC 2047 when needed)."""
    if all(ord(c) < 128 for c in s):
        return s
    try:
        s.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"  # clients fall back to UTF-8 for characters the charset lacks
    cs = Charset(charset)
    cs.header_encoding = BASE64 if enc == "B" else QP
    return Header(s, cs, maxlinelen=76).encode(linesep="\r\n")


def A(name, addr, charset="utf-8", enc="B"):
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        return formataddr((name, addr))
    return "%s <%s>" % (H(name, charset, enc), addr)


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable",
              flowed=False, delsp=False):
    if flowed:
        text = "\n".join(l if l == "-- " else l.rstrip() for l in text.split("\n"))
    params = {"charset": charset}
    if flowed:
        params["format"] = "flowed"
        if delsp:
            params["delsp"] = "yes"
    p = MIMENonMultipart("text", subtype)
    del p["Content-Type"]
    ct = 'text/%s; charset="%s"' % (subtype, charset) if subtype == "html" else \
        "text/%s; charset=%s" % (subtype, charset)
    if flowed:
        ct += "; format=flowed" + ("; delsp=yes" if delsp else "")
    p["Content-Type"] = ct
    del p["MIME-Version"]
    if subtype == "html":
        text = text.replace('charset=utf-8">', 'charset=%s">' % charset)
    raw = text.encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(text.replace("\n", "\r\n").encode(charset)).decode("ascii")
    elif cte == "7bit":
        payload = raw.decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    return p


def attachment(data, filename, mimetype, inline=False, fn_charset="utf-8", cid=None):
    maintype, subtype = mimetype.split("/")
    p = MIMEBase(maintype, subtype)
    del p["MIME-Version"]
    del p["Content-Type"]
    if all(ord(c) < 128 for c in filename):
        p["Content-Type"] = '%s; name="%s"' % (mimetype, filename)
        p["Content-Disposition"] = '%s; filename="%s"' % (
            "inline" if inline else "attachment", filename)
    else:
        enc = H(filename, fn_charset)
        p["Content-Type"] = '%s; name="%s"' % (mimetype, enc)
        from urllib.parse import quote
        p["Content-Disposition"] = "%s;\n filename*=%s''%s" % (
            "inline" if inline else "attachment", fn_charset, quote(filename.encode(fn_charset)))
    if cid:
        p["Content-ID"] = "<%s>" % cid
    p["Content-Transfer-Encoding"] = "base64"
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    return p


def multipart(subtype, parts, seed, n, **params):
    m = MIMEMultipart(subtype, boundary=None, **params)
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    m.set_boundary(_boundary(seed, n))
    return m


def html_wrap(body_html, lang="en", outlook=False):
    if outlook:
        return (
            '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:'
            'office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8">\n<meta name="Generator" content="Microsoft Word'
            ' 15 (filtered medium)">\n<style><!--\n/* Font Definitions */\n@font-face\n'
            '\t{font-family:Calibri;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n'
            '\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % (lang.upper(), body_html))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body>%s</body></html>\n' % body_html)


def text_to_html(text, outlook=False):
    """Plain text to simple HTML the way clients render it ('>' quotes as blockquote)."""
    out = []
    quote_depth = 0
    for raw in text.split("\n"):
        depth = 0
        l = raw
        while l.startswith(">"):
            depth += 1
            l = l[1:]
            if l.startswith(" "):
                l = l[1:]
        while quote_depth < depth:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                       'padding-left:1ex">')
            quote_depth += 1
        while quote_depth > depth:
            out.append("</blockquote>")
            quote_depth -= 1
        esc = htmlmod.escape(l).replace("  ", "&nbsp; ")
        if outlook:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc or "&nbsp;"))
        else:
            out.append("<div>%s</div>" % (esc or "<br>"))
    while quote_depth:
        out.append("</blockquote>")
        quote_depth -= 1
    return "\n".join(out)


MAILERS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "outlook_web": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    "thunderbird": [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) "
                                   "Gecko/20100101 Thunderbird/115.6.1")],
    "apple": [("X-Mailer", "Apple Mail (2.3774.300.61.1.2)")],
    "iphone": [("X-Mailer", "iPhone Mail (21D61)")],
    "gmail": [],
    "lotus": [("X-Mailer", "Lotus Notes Release 9.0.1FP10 SHF68 March 02, 2018"),
              ("X-MIMETrack", "Serialize by Router on NOTES01/HQ(Release 9.0.1FP10|"
                              "August 18, 2018) at 12.03.2027 10:41:13")],
    "android": [("User-Agent", "K-9 Mail for Android")],
    "sap": [("X-Mailer", "SAP NetWeaver 7.50")],
    "roundcube": [("User-Agent", "Roundcube Webmail/1.6.5")],
    "foxmail": [("X-Mailer", "Foxmail 7.2.25.228[cn]")],
    "none": [],
}


def mail(case, *, frm, to, date, subject, mid, irt=None, refs=None, cc=None,
         text=None, html=None, charset="utf-8", cte="quoted-printable",
         html_cte=None, hcs="utf-8", henc="B", atts=(), client="outlook", flowed=False,
         delsp=False, extra=(), lang=None, thread_topic=True, received=True,
         body=None, html_outlook=None, related=()):
    """Assemble an RFC 5322 message; returns bytes with CRLF line ends.

    frm/to/cc: (name, address) tuples (to/cc may be lists). text and/or html
    give the body; `body` (a prepared MIME part) overrides both.
    """
    seed = case
    n = [0]

    def nb():
        n[0] += 1
        return n[0]

    if body is None:
        parts = []
        if text is not None:
            parts.append(text_part(text, "plain", charset, cte, flowed, delsp))
        if html is not None:
            hp = text_part(html, "html", charset, html_cte or cte)
            if related:
                hp = multipart("related", [hp] + list(related), seed, nb(),
                               type="text/html")
            parts.append(hp)
        if len(parts) == 2:
            body = multipart("alternative", parts, seed, nb())
        else:
            body = parts[0]
        if atts:
            body = multipart("mixed", [body] + list(atts), seed, nb())
    root_headers = [(k, v) for k, v in body.items()]
    for k in list(body.keys()):
        del body[k]

    def addrs(x):
        if isinstance(x, tuple):
            x = [x]
        return ", ".join(A(nm, ad, hcs, henc) for nm, ad in x)

    hdrs = []
    if received:
        sdom = frm[1].split("@")[1]
        rdom = (to[0] if isinstance(to, list) else to)[1].split("@")[1]
        hdrs.append(("Return-Path", "<%s>" % frm[1]))
        t1 = date + dt.timedelta(seconds=4)
        t0 = date + dt.timedelta(seconds=1)
        hdrs.append(("Received", "from mail.%s (mail.%s [192.0.2.%d])\r\n\tby mx1.%s "
                     "(Postfix) with ESMTPS id 4Q%s\r\n\tfor <%s>; %s" % (
                         sdom, sdom, 10 + len(sdom) % 200, rdom,
                         hashlib.md5(mid.encode()).hexdigest()[:10].upper(),
                         (to[0] if isinstance(to, list) else to)[1],
                         format_datetime(t1))))
        hdrs.append(("Received", "from localhost (localhost [127.0.0.1])\r\n\tby "
                     "mail.%s with ESMTP; %s" % (sdom, format_datetime(t0))))
    hdrs.append(("From", addrs(frm)))
    hdrs.append(("To", addrs(to)))
    if cc:
        hdrs.append(("CC" if client.startswith("outlook") else "Cc", addrs(cc)))
    hdrs.append(("Subject", H(subject, hcs, henc)))
    if client.startswith("outlook") and thread_topic:
        topic = subject
        for pre in ("RE: ", "AW: ", "Re: ", "R: ", "SV: ", "VS: ", "Odp: ", "RE:", "Fw: ",
                    "TR: ", "WG: ", "Antw: ", "ODP: ", "Vá: ", "YNT: "):
            if topic.startswith(pre):
                topic = topic[len(pre):]
        hdrs.append(("Thread-Topic", H(topic, hcs, henc)))
        hdrs.append(("Thread-Index", base64.b64encode(
            hashlib.sha1(subject.encode()).digest()[:22]).decode()))
    hdrs.append(("Date", format_datetime(date)))
    hdrs.append(("Message-ID", mid))
    if irt:
        hdrs.append(("In-Reply-To", irt))
    if refs:
        hdrs.append(("References", " ".join(refs) if len(" ".join(refs)) < 70
                     else "\r\n ".join(refs)))
    if lang:
        hdrs.append(("Content-Language", lang))
    hdrs.extend(MAILERS.get(client, []))
    if client == "outlook" and atts:
        hdrs.append(("X-MS-Has-Attach", "yes"))
    hdrs.extend(extra)
    hdrs.append(("MIME-Version", "1.0"))
    for k, v in hdrs:
        body[k] = v
    for k, v in root_headers:
        if k.lower() == "mime-version":
            continue
        body[k] = v
    return body.as_bytes(policy=policy.compat32.clone(linesep="\r\n", max_line_length=0))


# ---------------------------------------------------------------------------
# our own request text (what suppliers quote back)
# ---------------------------------------------------------------------------
def fmt_num(x, locale="en"):
    s = "{:,}".format(x) if isinstance(x, int) else "{:,}".format(x)
    if locale == "de":
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return s


def req_text(po, lang="en", table=True, short=False):
    b = po["buyer"]["name"]
    issued = dt.date.fromisoformat(po["issued"])
    rows = []
    for l in po["lines"]:
        if lang == "de":
            rd = dt.date.fromisoformat(l["requested_date"]).strftime("%d.%m.%Y")
            pr = l["unit_price"].replace(".", ",")
            q = fmt_num(l["quantity"], "de")
        else:
            rd = l["requested_date"]
            pr = l["unit_price"]
            q = fmt_num(l["quantity"])
        rows.append("%-4s %-16s %-46s %9s %-4s %10s %s  %s" % (
            l["line"], l["item"], l["description"][:46], q, l["uom"], pr, po["currency"], rd))
    if lang == "de":
        head = ("Guten Tag,\n\nbitte bestätigen Sie unsere Bestellung %s vom %s mit Menge, "
                "Preis und Liefertermin je Position bis spätestens in 3 Arbeitstagen.\n\n"
                % (po["po_number"], issued.strftime("%d.%m.%Y")))
        th = "Pos  Artikel          Bezeichnung                                        Menge ME        Preis     Wunschtermin"
        foot = "\nMit freundlichen Grüßen\n%s\nEinkauf\n" % b
    else:
        head = ("Hello,\n\nplease confirm our purchase order %s dated %s: quantity, unit price "
                "and delivery date for each line.\n\n" % (po["po_number"], issued.isoformat()))
        th = "Line Item             Description                                          Qty UoM       Price     Need-by"
        foot = "\nThank you and best regards,\n%s\nProcurement\n" % b
    if short:
        return head + foot
    return head + th + "\n" + "\n".join(rows) + "\n" + foot


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


def add_case(slug, category, locale, tests, pos, eml, expected):
    CASES.append((slug, category, locale, tests, pos, eml, expected))


# ---------------------------------------------------------------------------
# message ids, quote headers in the writer's language
# ---------------------------------------------------------------------------
def MID(style, seed, domain="example"):
    h = hashlib.sha256(seed.encode()).hexdigest().upper()
    if style == "outlook":
        return "<%sMB%s%s@%sMB%s.eurprd0%s.prod.outlook.com>" % (
            "AM9PR0" + h[0], h[1:5], h[5:27], "AM9PR0" + h[0], h[1:5], int(h[27], 16) % 9 + 1)
    if style == "exchange":
        return "<%s@%s>" % (h[:32].lower(), "EXCH01." + domain.upper())
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(h[:48])).decode().replace("/", "_")
        return "<CA%s@mail.gmail.com>" % b
    if style == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], domain)
    if style == "thunderbird":
        l = h.lower()
        return "<%s-%s-%s-%s-%s@%s>" % (l[:8], l[8:12], l[12:16], l[16:20], l[20:32], domain)
    if style == "lotus":
        return "<OF%s.%s-ON%s.%s@%s>" % (h[:8], h[8:16], h[16:24], h[24:32], domain)
    if style == "sap":
        return "<%s.%s@%s>" % (h[:24], "sapmail", domain)
    l = h.lower()
    return "<%s.%s@%s>" % (l[:16], l[16:24], domain)


DAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle",
    "sk": "pondelok utorok streda štvrtok piatok sobota nedeľa",
    "hu": "hétfő kedd szerda csütörtök péntek szombat vasárnap",
    "ro": "luni marți miercuri joi vineri sâmbătă duminică",
    "hr": "ponedjeljak utorak srijeda četvrtak petak subota nedjelja",
    "sr": "ponedeljak utorak sreda četvrtak petak subota nedelja",
    "sl": "ponedeljek torek sreda četrtek petek sobota nedelja",
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "nb": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai",
    "et": "esmaspäev teisipäev kolmapäev neljapäev reede laupäev pühapäev",
    "lv": "pirmdiena otrdiena trešdiena ceturtdiena piektdiena sestdiena svētdiena",
    "lt": "pirmadienis antradienis trečiadienis ketvirtadienis penktadienis šeštadienis sekmadienis",
    "bg": "понеделник вторник сряда четвъртък петък събота неделя",
    "el": "Δευτέρα Τρίτη Τετάρτη Πέμπτη Παρασκευή Σάββατο Κυριακή",
    "uk": "понеділок вівторок середа четвер пʼятниця субота неділя",
}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca",
    "sr": "januar februar mart april maj jun jul avgust septembar oktobar novembar decembar",
    "sl": "januar februar marec april maj junij julij avgust september oktober november december",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "nb": "januar februar mars april mai juni juli august september oktober november desember",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta "
          "syyskuuta lokakuuta marraskuuta joulukuuta",
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember",
    "lv": "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου "
          "Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
}


def _dm(lang, d):
    return DAYS[lang].split()[d.weekday()], MONTHS[lang].split()[d.month - 1]


OUTLOOK_LABELS = {
    # lang: (from, sent, to, cc, subject, sep)
    "en": ("From", "Sent", "To", "Cc", "Subject", ": "),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff", ": "),
    "fr": ("De", "Envoyé", "À", "Cc", "Objet", " : "),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto", ": "),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto", ": "),
    "pt": ("De", "Enviada em", "Para", "Cc", "Assunto", ": "),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp", ": "),
    "pl": ("Od", "Wysłano", "Do", "DW", "Temat", ": "),
    "cs": ("Od", "Odesláno", "Komu", "Kopie", "Předmět", ": "),
    "sk": ("Od", "Odoslané", "Komu", "Kópia", "Predmet", ": "),
    "hu": ("Feladó", "Elküldve", "Címzett", "Másolatot kap", "Tárgy", ": "),
    "ro": ("De la", "Trimis", "Către", "Cc", "Subiect", ": "),
    "hr": ("Šalje", "Poslano", "Prima", "Kopija", "Predmet", ": "),
    "sr": ("Od", "Poslato", "Za", "Cc", "Tema", ": "),
    "sl": ("Od", "Poslano", "Za", "Kp", "Zadeva", ": "),
    "tr": ("Kimden", "Gönderildi", "Kime", "Bilgi", "Konu", ": "),
    "sv": ("Från", "Skickat", "Till", "Kopia", "Ämne", ": "),
    "da": ("Fra", "Sendt", "Til", "Cc", "Emne", ": "),
    "nb": ("Fra", "Sendt", "Til", "Kopi", "Emne", ": "),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Kopio", "Aihe", ": "),
    "et": ("Saatja", "Saatmisaeg", "Adressaat", "Koopia", "Teema", ": "),
    "lv": ("No", "Nosūtīts", "Kam", "Kopija", "Tēma", ": "),
    "lt": ("Nuo", "Išsiųsta", "Kam", "Kopija", "Tema", ": "),
    "bg": ("От", "Изпратено", "До", "Копие", "Относно", ": "),
    "el": ("Από", "Στάλθηκε", "Προς", "Κοιν.", "Θέμα", ": "),
    "uk": ("Від", "Надіслано", "Кому", "Копія", "Тема", ": "),
}


def outlook_sent(lang, t, us=False):
    d = t.date()
    hm = "%d:%02d" % (t.hour, t.minute)
    hm0 = "%02d:%02d" % (t.hour, t.minute)
    if lang == "en":
        if us:
            h12 = t.hour % 12 or 12
            return "%s, %s %d, %d %d:%02d %s" % (
                DAYS["en"].split()[d.weekday()], MONTHS["en"].split()[d.month - 1], d.day,
                d.year, h12, t.minute, "AM" if t.hour < 12 else "PM")
        return "%02d %s %d %s" % (d.day, MONTHS["en"].split()[d.month - 1], d.year, hm0)
    wd, mo = _dm(lang, d)
    f = {
        "de": "%(wd)s, %(d)d. %(mo)s %(y)d %(hm0)s",
        "fr": "%(wd)s %(d)d %(mo)s %(y)d %(hm0)s",
        "es": "%(wd)s, %(d)d de %(mo)s de %(y)d %(hm)s",
        "it": "%(wd)s %(d)d %(mo)s %(y)d %(hm0)s",
        "pt": "%(wd)s, %(d)d de %(mo)s de %(y)d %(hm0)s",
        "nl": "%(wd)s %(d)d %(mo)s %(y)d %(hm0)s",
        "pl": "%(wd)s, %(d)d %(mo)s %(y)d %(hm0)s",
        "cs": "%(wd)s %(d)d. %(mo)s %(y)d %(hm)s",
        "sk": "%(wd)s %(d)d. %(mo)s %(y)d %(hm)s",
        "hu": "%(y)d. %(mo)s %(d)d., %(wd)s %(hm)s",
        "ro": "%(wd)s, %(d)d %(mo)s %(y)d %(hm0)s",
        "hr": "%(wd)s, %(d)d. %(mo)s %(y)d. %(hm)s",
        "sr": "%(wd)s, %(d)d. %(mo)s %(y)d. %(hm)s",
        "sl": "%(wd)s, %(d)d. %(mo)s %(y)d %(hm0)s",
        "tr": "%(d)d %(mo)s %(y)d %(wd)s %(hm0)s",
        "sv": "den %(d)d %(mo)s %(y)d %(hm0)s",
        "da": "%(d)d. %(mo)s %(y)d %(hm0)s",
        "nb": "%(wd)s %(d)d. %(mo)s %(y)d %(hm0)s",
        "fi": "%(wd)s %(d)d. %(mo)s %(y)d %(hdot)s",
        "et": "%(wd)s, %(d)d. %(mo)s %(y)d %(hm)s",
        "lv": "%(wd)s, %(y)d. gada %(d)d. %(mo)s %(hm)s",
        "lt": "%(y)d m. %(mo)s %(d)d d. %(hm0)s",
        "bg": "%(wd)s, %(d)d %(mo)s %(y)d г. %(hm)s",
        "el": "%(wd)s, %(d)d %(mo)s %(y)d %(hm)s %(ampm)s",
        "uk": "%(wd)s, %(d)d %(mo)s %(y)d р. %(hm)s",
    }[lang]
    return f % {"wd": wd, "mo": mo, "d": d.day, "y": d.year, "hm": hm, "hm0": hm0,
                "hdot": "%d.%02d" % (t.hour, t.minute),
                "ampm": "πμ" if t.hour < 12 else "μμ"}


def our_subject(po, lang="en"):
    if lang == "de":
        return "Bestellung %s - bitte um Auftragsbestätigung" % po["po_number"]
    return "Purchase order %s - please confirm" % po["po_number"]


def outlook_block(po, lang, subject=None, to=None, us=False, sent=None, cc=None,
                  angle=True):
    """The header block Outlook puts above the original it replies to."""
    lab = OUTLOOK_LABELS[lang]
    sep = lab[5]
    b = po["buyer"]
    fr = "%s <%s>" % (b["name"], b["email"]) if angle else b["name"]
    if to is None:
        to = po["supplier"]["email"]
    lines = ["%s%s%s" % (lab[0], sep, fr),
             "%s%s%s" % (lab[1], sep, outlook_sent(lang, sent or po["_req_dt"], us)),
             "%s%s%s" % (lab[2], sep, to)]
    if cc:
        lines.append("%s%s%s" % (lab[3], sep, cc))
    lines.append("%s%s%s" % (lab[4], sep, subject or our_subject(po)))
    return "\n".join(lines)


def outlook_reply(top, po, lang, req_lang="en", subject=None, to=None, us=False, sig="",
                  rule="_" * 32, original=None, cc=None):
    """Top-posted Outlook reply: text, signature, rule, header block, unindented original."""
    orig = original if original is not None else req_text(po, req_lang)
    parts = [top.rstrip("\n")]
    if sig:
        parts.append("")
        parts.append(sig.rstrip("\n"))
    parts.append("")
    if rule:
        parts.append(rule)
    parts.append(outlook_block(po, lang, subject, to, us, cc=cc))
    parts.append("")
    parts.append(orig)
    return "\n".join(parts)


def gmail_hdr(po, lang, t=None):
    t = t or po["_req_dt"]
    d = t.date()
    b = po["buyer"]
    hm0 = "%02d:%02d" % (t.hour, t.minute)
    en_wd = DAYS["en"].split()[d.weekday()][:3]
    en_mo = MONTHS["en"].split()[d.month - 1][:3]
    if lang == "en":
        return "On %s, %d %s %d at %s, %s <%s> wrote:" % (en_wd, d.day, en_mo, d.year, hm0,
                                                          b["name"], b["email"])
    if lang == "en-US":
        h12 = t.hour % 12 or 12
        return "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (
            en_wd, en_mo, d.day, d.year, h12, t.minute, "AM" if t.hour < 12 else "PM",
            b["name"], b["email"])
    wd, mo = _dm(lang, d)
    if lang == "de":
        return "Am %s., %d. %s %d um %s Uhr schrieb %s <%s>:" % (
            wd[:2], d.day, mo, d.year, hm0, b["name"], b["email"])
    if lang == "fr":
        return "Le %s. %d %s %d à %s, %s <%s> a écrit :" % (
            wd[:3], d.day, mo if len(mo) <= 4 else mo[:4] + ".", d.year, hm0, b["name"],
            b["email"])
    if lang == "es":
        return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (
            wd[:3].replace("mié", "mié"), d.day, mo[:3], d.year, t.hour, t.minute,
            b["name"], b["email"])
    if lang == "pt":
        return "Em %s., %d de %s. de %d às %s, %s <%s> escreveu:" % (
            wd[:3], d.day, mo[:3], d.year, hm0, b["name"], b["email"])
    if lang == "it":
        return "Il giorno %s %d %s %d alle ore %s %s <%s> ha scritto:" % (
            wd[:3], d.day, mo[:3], d.year, hm0, b["name"], b["email"])
    if lang == "nl":
        return "Op %s %d %s %d om %s schreef %s <%s>:" % (
            wd[:2], d.day, mo[:3], d.year, hm0, b["name"], b["email"])
    raise ValueError(lang)


def B(po):
    return (po["buyer"]["name"], po["buyer"]["email"])


def outlook_html(text, lang="en"):
    return html_wrap(text_to_html(text, outlook=True), lang, outlook=True)


def inline(text, answers, prefix="> "):
    """Quote `text` and put answers under the quoted lines containing a key."""
    out = []
    for l in text.split("\n"):
        out.append((prefix + l).rstrip())
        for k, v in answers.items():
            if k in l:
                out.append("")
                out.append(v)
                out.append("")
    return "\n".join(out)


# ===========================================================================
# the cases (numbered in the order they are registered)
# ===========================================================================
def case_cocoa_full_de_at():
    slug = "cocoa-full-accept-de-at"
    sup = SUP("KWH", "Kakaowerk Hollabrunn GmbH", "verkauf@kakaowerk-hollabrunn.example", "de-AT")
    po = PO("4500081223", sup, BUY("Katrin Vogel", "food"), "EUR", "2027-03-02", [
        ("KK-1012", "Kakaopulver 10/12 % alkalisiert, 25-kg-Sack", 2000, "KG", "3.85", "2027-03-29"),
        ("KB-0300", "Kakaobutter desodoriert, 25-kg-Karton", 750, "KG", "8.40", "2027-03-29"),
    ])
    D("2027-03-29", "Mon")
    assert kw(2027, 13, 1) == "2027-03-29"
    top = """Sehr geehrte Frau Vogel,

vielen Dank für Ihre Bestellung. Wir bestätigen beide Positionen zu den angeführten Preisen, Anlieferung wie gewünscht am Montag, 29. März (KW 13).

Kakaopulver 10/12: Charge 27-0412, MHD 02/2029
Kakaobutter: Charge KB-27-118, MHD 08/2028

Bitte beachten Sie schon jetzt unseren Betriebsurlaub vom 24.12.2027 bis 06.01.2028.
"""
    sig = """Mit freundlichen Grüßen

Verena Pichler
Verkaufsinnendienst

Kakaowerk Hollabrunn GmbH
Wiener Straße 112, 2020 Hollabrunn, Österreich
T +43 2952 4410-23 | M +43 664 381 22 07
www.kakaowerk-hollabrunn.example
FN 284471 k, Landesgericht Korneuburg | UID ATU63124578

Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte den Absender und löschen Sie diese E-Mail."""
    text = outlook_reply(top, po, "de", "de", sig=sig)
    eml = mail(slug, frm=("Verena Pichler", "v.pichler@kakaowerk-hollabrunn.example"), to=B(po),
               date=when("2027-03-03", 10, 41, 1), subject="AW: " + our_subject(po, "de"),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "de"),
               lang="de-AT", client="outlook")
    exp = EXP("confirmation", "Both lines confirmed as ordered; batch numbers, best-before "
              "months (MHD) and a holiday closure in the signature area are not delivery dates.",
              [conf(po, {1: ACC(), 2: ACC()})])
    add_case(slug, "confirmation", "de-AT", "full acceptance, Outlook top-post, MHD/Charge and "
             "holiday dates as distractors", [po], eml, exp)


def case_sugar_bag_rounding_de_de():
    slug = "sugar-bag-rounding-de-de"
    sup = SUP("RTZ", "Rheintal Zucker GmbH & Co. KG", "auftrag@rheintal-zucker.example", "de-DE")
    po = PO("4500081247", sup, BUY("Katrin Vogel", "food"), "EUR", "2027-03-24", [
        ("ZK-EG2", "Kristallzucker EG2, 25-kg-Papiersack", 960, "KG", "0.92", "2027-04-09"),
        ("DX-MONO", "Dextrose Monohydrat, 25-kg-Sack", 500, "KG", "1.38", "2027-04-09"),
    ])
    assert kw(2027, 14) == "2027-04-09"
    t = po["_req_dt"]
    body = """Hallo Frau Vogel,

danke für die Bestellung 4500081247.

Den Zucker EG2 liefern wir nur in ganzen Säcken à 25 kg, wir haben daher auf
39 Sack = 975 kg aufgerundet (Preis unverändert 0,92 €/kg).
Dextrose: 20 Sack = 500 kg, passt so.

Liefertermin für beide Positionen: KW 14, frei Haus Lager Neuss.

Gruß
Thomas Brandl

--
Rheintal Zucker GmbH & Co. KG · Auftragsabwicklung
Hafenstraße 8 · 67059 Ludwigshafen
Tel. 0621 59 08 41-0 · Fax -99
Amtsgericht Ludwigshafen HRA 61234

Am %s um %02d:%02d schrieb Katrin Vogel:
%s
""" % (t.strftime("%d.%m.%Y"), t.hour, t.minute, quote(req_text(po, "de")))
    eml = mail(slug, frm=("Thomas Brandl", "t.brandl@rheintal-zucker.example"), to=B(po),
               date=when("2027-03-25", 8, 57, 1), subject="Re: " + our_subject(po, "de"),
               mid=MID("thunderbird", slug, "rheintal-zucker.example"),
               irt=po["request_message_id"], refs=[po["request_message_id"]], text=body,
               cte="8bit", flowed=True, client="thunderbird", lang="de-DE")
    exp = EXP("confirmation", "Pack-size rounding: 960 kg becomes 39 bags = 975 kg at the same "
              "price per kg, so line 1 changes in quantity only. 'KW 14' without a day = Friday "
              "2027-04-09, which is the requested date.",
              [conf(po, {1: CHG(quantity=975), 2: ACC()})])
    add_case(slug, "confirmation", "de-DE", "quantity rounded up to full 25 kg bags, KW without "
             "day, Thunderbird flowed 8bit", [po], eml, exp)


def case_spices_ship_and_delivery_fr_ca():
    slug = "spices-ship-and-delivery-fr-ca"
    sup = SUP("EPL", "Épices Laurentides inc.", "commandes@epices-laurentides.example", "fr-CA")
    po = PO("4500081262", sup, BUY("Julien Morel", "food"), "CAD", "2027-03-02", [
        ("SP-PAPF", "Paprika fumé moulu, sac 25 kg", 200, "KG", "11.40", "2027-03-15"),
        ("SP-CUMM", "Cumin moulu, sac 25 kg", 150, "KG", "9.85", "2027-03-15"),
    ], req_time=(9, 5), req_zone=1)
    top = """Bonjour Julien,

Merci pour la commande. Tout est confirmé aux prix indiqués.

Date d'expédition : 2027-03-12
Date de livraison prévue : 2027-03-16 (Purolator Freight, 2 palettes)

Lots : paprika L2703-118 (meilleur avant 2028-09-30), cumin L2702-077 (meilleur avant 2028-06-30).
Les certificats d'analyse suivront avec la marchandise.

Bonne journée,

Geneviève Lapointe
Service à la clientèle
Épices Laurentides inc.
1450, boul. Industriel, Saint-Jérôme (Québec) J7Y 4B2
450 555-0182, poste 214
"""
    body = top + "\n" + gmail_hdr(po, "fr") + "\n" + quote(req_text(po)) + "\n"
    html = html_wrap('<div dir="ltr">' + text_to_html(top) + '</div><br><div class="gmail_quote">'
                     '<div dir="ltr" class="gmail_attr">' + htmlmod.escape(gmail_hdr(po, "fr"))
                     + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
                     '0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                     + text_to_html(req_text(po)) + '</blockquote></div>')
    eml = mail(slug, frm=("Geneviève Lapointe", "commandes@epices-laurentides.example"),
               to=B(po), date=when("2027-03-03", 15, 22, -5), subject="Re: " + our_subject(po),
               mid=MID("gmail", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=body, html=html, client="gmail",
               received=True)
    exp = EXP("confirmation", "Ship date 2027-03-12 and delivery date 2027-03-16 both labelled; "
              "the delivery date wins. Best-before dates and lot codes are distractors.",
              [conf(po, {1: CHG(date="2027-03-16"), 2: CHG(date="2027-03-16")})])
    add_case(slug, "confirmation", "fr-CA", "labelled ship date and delivery date (delivery "
             "wins), ISO dates, best-before dates, Gmail", [po], eml, exp)


def case_flavours_leadtime_fr_ch():
    slug = "flavours-leadtime-weeks-fr-ch"
    sup = SUP("ADL", "Arômes du Léman SA", "ventes@aromes-leman.example", "fr-CH")
    po = PO("4500081270", sup, BUY("Sophie Keller", "food"), "CHF", "2027-02-15", [
        ("AR-FR-220", "Arôme fraise naturel, fût 25 kg", 100, "KG", "48.50", "2027-03-05"),
        ("AR-VA-118", "Arôme vanille type Bourbon, fût 25 kg", 50, "KG", "62.00", "2027-03-05"),
    ])
    D("2027-02-15", "Mon")
    top = """Bonjour Madame Keller,

Nous accusons bonne réception de votre commande n° 4500081270 de ce jour et vous en remercions.

Prix confirmés :
- arôme fraise naturel : CHF 48.50/kg, soit CHF 4'850.00
- arôme vanille type Bourbon : CHF 62.00/kg, soit CHF 3'100.00

Délai de livraison : 4 semaines après réception de commande pour les deux articles. Une livraison début mars n'est malheureusement pas possible, notre atelier de compoundage est complet jusqu'à fin février.
"""
    sig = """Meilleures salutations

Nicolas Favre
Service commercial
Arômes du Léman SA
Route de Genève 48 | CH-1110 Morges
Tél. +41 21 804 55 10
CHE-109.342.771 TVA"""
    text = outlook_reply(top, po, "fr", sig=sig)
    eml = mail(slug, frm=("Favre Nicolas", "n.favre@aromes-leman.example"), to=B(po),
               date=when("2027-02-15", 16, 40, 1), subject="RE: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "fr"),
               lang="fr-CH", charset="windows-1252", hcs="windows-1252", henc="Q")
    exp = EXP("confirmation", "Lead time '4 semaines après réception de commande'; the order "
              "was received the same day (15.02.2027, 'de ce jour'), so the date is 2027-03-15. "
              "Swiss apostrophe thousands separator in totals; prices unchanged.",
              [conf(po, {1: CHG(date="2027-03-15"), 2: CHG(date="2027-03-15")})])
    add_case(slug, "confirmation", "fr-CH", "lead time '4 semaines après réception de commande' "
             "instead of a date, CHF 4'850.00 totals, windows-1252 QP", [po], eml, exp)


def case_chemicals_sds_reach_it_ch():
    slug = "chemicals-sds-reach-it-ch"
    sup = SUP("CTI", "Chimica Ticino SA", "ordini@chimica-ticino.example", "it-CH")
    po = PO("4700022410", sup, BUY("Marco Bellini", "ind"), "CHF", "2027-03-05", [
        ("CH-IPA999", "Isopropanolo 99,9 %, IBC 1000 L", 4000, "L", "1.62", "2027-03-18"),
        ("CH-CIT-M", "Acido citrico monoidrato, sacco 25 kg", 1000, "KG", "2.15", "2027-03-18"),
        ("CH-NAOH50", "Sodio idrossido soluzione 50 %, fusto 250 kg", 750, "KG", "0.88",
         "2027-03-18"),
    ])
    top = """Buongiorno signor Bellini,

confermiamo il Vs. ordine 4700022410 come segue:

- pos. 1 isopropanolo 99,9 %: 4 IBC, consegna 18.03.
- pos. 2 acido citrico monoidrato: 40 sacchi, consegna 18.03.
- pos. 3 soda caustica 50 %: 3 fusti, consegna il 25.03. (trasporto ADR separato: il nostro vettore non carica la classe 8 insieme ai liquidi infiammabili)

Prezzi come da ordine.

In allegato le schede di dati di sicurezza aggiornate (SDS rev. 7.0 del 12.01.2027). Numero di registrazione REACH dell'isopropanolo: 01-2119457558-25-0012.
"""
    sig = """Cordiali saluti

Luca Bernasconi
Servizio clienti
Chimica Ticino SA | Via Cantonale 24 | 6805 Mezzovico
Tel. +41 91 935 12 40 | IDI CHE-105.882.317 IVA"""
    text = outlook_reply(top, po, "it", sig=sig)
    sds = make_pdf(pdf_table([
        [(50, "SCHEDA DI DATI DI SICUREZZA", True), ("size", 13)],
        [(50, "conforme al Regolamento (CE) n. 1907/2006 (REACH), allegato II")],
        [(50, "Data di revisione: 12.01.2027   Versione: 7.0   Sostituisce: 6.2 del 03.05.2024")],
        [(50, "Data di stampa: 08.03.2027")],
        None,
        [(50, "SEZIONE 1: Identificazione della sostanza e della società", True)],
        [(60, "1.1 Nome commerciale: Isopropanolo 99,9 % (2-propanolo)")],
        [(60, "N. CAS: 67-63-0   N. CE: 200-661-7")],
        [(60, "N. di registrazione REACH: 01-2119457558-25-0012")],
        [(60, "1.3 Fornitore: Chimica Ticino SA, Via Cantonale 24, 6805 Mezzovico")],
        [(60, "1.4 Numero telefonico di emergenza: Tox Info Suisse 145 (24 h)")],
        None,
        [(50, "SEZIONE 2: Identificazione dei pericoli", True)],
        [(60, "Flam. Liq. 2, H225 - Eye Irrit. 2, H319 - STOT SE 3, H336")],
        [(60, "Avvertenza: Pericolo")],
        None,
        [(50, "SEZIONE 14: Informazioni sul trasporto", True)],
        [(60, "ADR/RID: UN 1219, ISOPROPANOLO, 3, II (D/E)")],
    ]), title="SDS Isopropanolo rev 7.0", author="Chimica Ticino SA",
        producer="SDS-Manager 4.2", created="20270112090000+01'00'")
    eml = mail(slug, frm=("Luca Bernasconi", "l.bernasconi@chimica-ticino.example"), to=B(po),
               date=when("2027-03-08", 11, 5, 1), subject="R: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "it"),
               atts=[attachment(sds, "SDS_Isopropanolo_rev7_IT.pdf", "application/pdf")],
               lang="it-CH")
    exp = EXP("confirmation", "Lines 1-2 confirmed for 18.03 (no year -> 2027-03-18), line 3 moved "
              "to 2027-03-25 for ADR reasons. SDS revision/print dates and the REACH registration "
              "number (digits and dashes) are not delivery data; the SDS PDF is not an order "
              "confirmation.",
              [conf(po, {1: ACC(), 2: ACC(), 3: CHG(date="2027-03-25")})])
    add_case(slug, "confirmation", "it-CH", "SDS PDF attached with revision dates, REACH number, "
             "one line later for ADR transport", [po], eml, exp)


def case_yarn_colour_lots_es_ar():
    slug = "yarn-colour-lots-price-es-ar"
    sup = SUP("HDO", "Hilandería del Oeste S.A.", "ventas@hilanderiaoeste.example", "es-AR")
    po = PO("NS270318", sup, BUY("Jana Petersen", "tex"), "USD", "2027-03-18", [
        ("HIL-CP301", "Hilado algodón peinado 30/1, conos 1,89 kg", 1200, "KG", "4.10", "2027-04-12"),
        ("HIL-PES150", "Hilado poliéster texturizado 150D/48F", 800, "KG", "2.35", "2027-04-12"),
    ], req_time=(14, 30))
    top = """Hola Jana, ¿cómo estás?

Te confirmamos la orden NS270318. Por el aumento del algodón el peinado 30/1 queda en US$ 4,35 el kilo (no podemos sostener los 4,10 de la cotización de enero, disculpá).

Entregas:
- Algodón 30/1, lote de color crudo: 700 kg el 12/4
- Algodón 30/1, lote de color negro: 500 kg el 26/4 (la tintorería viene con demora)
- Poliéster 150D: los 800 kg salen juntos con la primera entrega del 12/4, precio sin cambio.

Cualquier cosa me avisás.
Saludos,

Martín Giménez
Hilandería del Oeste S.A.
Ruta 7 km 652, Villa Mercedes, San Luis
Tel. +54 9 2657 55-1234
"""
    body = top + "\n" + gmail_hdr(po, "es") + "\n\n" + quote(req_text(po)) + "\n"
    html = html_wrap('<div dir="ltr">' + text_to_html(top) + '</div><br><div class="gmail_quote">'
                     + htmlmod.escape(gmail_hdr(po, "es")) + '<blockquote class="gmail_quote">'
                     + text_to_html(req_text(po)) + '</blockquote></div>')
    eml = mail(slug, frm=("Martín Giménez", "mgimenez@hilanderiaoeste.example"), to=B(po),
               date=when("2027-03-22", 17, 48, -3), subject="Re: " + our_subject(po),
               mid=MID("gmail", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=body, html=html, client="gmail")
    exp = EXP("confirmation", "Line 1: new price 4.35 USD/kg and split by colour lot: 700 kg on "
              "12/4 and 500 kg on 26/4 (day-first, es-AR). Line 2 ships with the first delivery "
              "on the requested date at the PO price.",
              [conf(po, {1: CHG(unit_price="4.35", date="2027-04-26",
                                schedule=[(700, "2027-04-12"), (500, "2027-04-26")]),
                         2: ACC()})])
    add_case(slug, "confirmation", "es-AR", "price increase with decimal comma, one line split "
             "by colour lot with dates per lot, voseo", [po], eml, exp)


def case_gloves_lot_expiry_es_co():
    slug = "gloves-lot-expiry-open-line-es-co"
    sup = SUP("IMV", "Insumos Médicos del Valle S.A.S.", "pedidos@insumosvalle.example", "es-CO")
    po = PO("OC-2027-04518", sup, BUY("Laura Gómez", "clinicasanelian.example"), "COP",
            "2027-04-12", [
                ("GN-M-100", "Guante de nitrilo sin polvo talla M, caja x100", 400, "CJ",
                 "38500.00", "2027-04-20"),
                ("GN-L-100", "Guante de nitrilo sin polvo talla L, caja x100", 300, "CJ",
                 "38500.00", "2027-04-20"),
                ("TB-QX50", "Tapabocas quirúrgico 3 capas, caja x50", 200, "CJ", "21900.00",
                 "2027-04-20"),
            ], req_time=(8, 45), req_zone=-5)
    D("2027-04-22", "Thu")
    top = """Buenos días Laura,

Confirmamos la orden de compra OC-2027-04518 así:

Guante nitrilo talla M - 400 cajas - $38.500 c/u - Lote 2409-15, vence 09/2029
Guante nitrilo talla L - 300 cajas - $38.500 c/u - Lote 2410-02, vence 10/2029
Entrega de los guantes: jueves 22 de abril en su bodega de la Cra. 50 # 12-80.

Los tapabocas quedan pendientes, el fabricante todavía no nos confirma el despacho. Apenas tenga fecha le aviso.
"""
    sig = """Cordialmente,

Andrés Felipe Ríos
Asesor Comercial - Línea Hospitalaria
Insumos Médicos del Valle S.A.S. | NIT 900.412.387-5
Cel. 315 442 1870 | PBX (602) 485 2200 ext. 118
Cali, Valle del Cauca"""
    text = outlook_reply(top, po, "es", sig=sig)
    eml = mail(slug, frm=("Andres Felipe Rios", "afrios@insumosvalle.example"), to=B(po),
               date=when("2027-04-13", 9, 30, -5), subject="RE: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "es"),
               lang="es-CO")
    exp = EXP("confirmation", "Gloves confirmed for Thursday 22 April (2 days later than "
              "requested); the masks line is explicitly left pending -> unconfirmed. Lot numbers "
              "and expiry months (09/2029) are not dates to record. Price $38.500 = 38500.00 COP.",
              [conf(po, {1: CHG(date="2027-04-22"), 2: CHG(date="2027-04-22"), 3: UNC()})])
    add_case(slug, "confirmation", "es-CO", "medical gloves with lot/expiry, one line left "
             "pending, COP thousands dot", [po], eml, exp)


def case_cement_readymix_es_es():
    slug = "cement-bags-readymix-slot-es-es"
    sup = SUP("CHJ", "Cementos y Hormigones del Jarama S.L.", "pedidos@hormigonesjarama.example",
              "es-ES")
    po = PO("B27-00418", sup, BUY("Pablo Serrano", "korvan-iberica.example"), "EUR",
            "2027-04-01", [
                ("CEM-IIAL425", "Cemento CEM II/A-L 42,5 R, saco 25 kg", 30, "T", "118.00",
                 "2027-04-09"),
                ("HA25-B20", "Hormigón HA-25/B/20/IIa, suministro con bomba", 18, "M3", "72.50",
                 "2027-04-13"),
            ], req_zone=2)
    D("2027-04-09", "Fri"); D("2027-04-13", "Tue")
    top = """Buenos días Pablo:

Te confirmo el pedido B27-00418 para la obra de Rivas:

- Cemento CEM II/A-L 42,5 R: 1.200 sacos (30 t) en 20 palés de 60 sacos. Entrega el viernes 9 a primera hora. Precio 118,00 €/t.
- Hormigón HA-25/B/20/IIa: 18 m³, hueco reservado el martes 13 a las 7:30 con bomba de 36 m. Precio 72,50 €/m³.

Condiciones según nuestra oferta n.º 27-0318 del 15/03/2027, válida hasta el 30/04/2027.

Un saludo,

Raquel Martín
Dpto. Comercial
Cementos y Hormigones del Jarama S.L.
Ctra. M-506 km 12,3 - 28320 Pinto (Madrid)
Tel. 916 91 24 80 - CIF B-84127736
"""
    text = outlook_reply(top, po, "es", sig="")
    eml = mail(slug, frm=("Raquel Martín", "rmartin@hormigonesjarama.example"), to=B(po),
               date=when("2027-04-05", 12, 14, 2), subject="RE: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "es"),
               lang="es-ES", charset="windows-1252", hcs="windows-1252", henc="Q")
    exp = EXP("confirmation", "Cement given as 1.200 bags = 30 t (PO unit T), concrete as a "
              "pump slot 'martes 13 a las 7:30'. Days without month resolve to April 2027 "
              "(Fri 9, Tue 13). Offer number and its validity date are distractors. All as ordered.",
              [conf(po, {1: ACC(), 2: ACC()})])
    add_case(slug, "confirmation", "es-ES", "cement in bags vs tonnes, ready-mix delivery slot, "
             "weekday+day without month, offer validity date", [po], eml, exp)


def case_petfood_30dias_pt_br():
    slug = "petfood-30-dias-price-pt-br"
    sup = SUP("NPA", "Nutripet Alimentos Ltda.", "vendas@nutripet.example", "pt-BR")
    po = PO("PC-27-1184", sup, BUY("Fernanda Lima", "mercadopatas.example"), "BRL", "2027-03-10", [
        ("NP-AD15", "Ração seca cães adultos 15 kg", 120, "SC", "189.90", "2027-04-05"),
        ("NP-BIF500", "Petisco bifinho carne 500 g", 300, "UN", "13.80", "2027-04-05"),
    ], req_time=(10, 2), req_zone=-3)
    top = """Boa tarde Fernanda, tudo bem?

Recebemos o pedido PC-27-1184 hoje e ele já está liberado no sistema.

Ração adulto 15 kg: 120 sacos a R$ 189,90 - ok.
Bifinho 500 g: a tabela nova entrou em vigor em 01/03, o valor unitário passa para R$ 14,20.

Prazo de entrega: 30 dias corridos a partir da data do pedido (10/03), para o pedido todo.

Qualquer dúvida estou à disposição.

Att.,
Rodrigo Alves
Comercial | Nutripet Alimentos Ltda.
(19) 3521-4470 | WhatsApp (19) 99812-3307
CNPJ 12.345.678/0001-90
"""
    body = top + "\n" + gmail_hdr(po, "pt") + "\n\n" + quote(req_text(po)) + "\n"
    eml = mail(slug, frm=("Rodrigo Alves", "rodrigo.alves@nutripet.example"), to=B(po),
               date=when("2027-03-10", 15, 2, -3), subject="Re: " + our_subject(po),
               mid=MID("gmail", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=body,
               html=html_wrap(text_to_html(body)), client="gmail")
    exp = EXP("confirmation", "'30 dias corridos a partir da data do pedido (10/03)' -> "
              "2027-04-09 for both lines; line 2 price raised to 14.20 BRL. 01/03 is the date of "
              "the new price list, not a delivery date.",
              [conf(po, {1: CHG(date="2027-04-09"),
                         2: CHG(unit_price="14.20", date="2027-04-09")})])
    add_case(slug, "confirmation", "pt-BR", "lead time '30 dias corridos' from order date, new "
             "price list for one line", [po], eml, exp)


def case_corks_split_week_pt_pt():
    slug = "corks-split-week-pt-pt"
    sup = SUP("CDV", "Corticeira do Vouga, Lda.", "encomendas@corticeiravouga.example", "pt-PT")
    po = PO("BB-27-0412", sup, BUY("Nils Andersen", "brightwater-bev.example"), "EUR",
            "2027-04-01", [
                ("RN-4524", "Rolha natural 45x24 mm, classe 1", 60000, "PCS", "0.18", "2027-04-16"),
                ("CAP-TR-BRD", "Cápsula termorretrátil bordeaux 30x60 mm", 60000, "PCS", "0.021",
                 "2027-04-16"),
            ], req_zone=2)
    assert kw(2027, 18) == "2027-05-07"
    top = """Bom dia Sr. Andersen,

Agradecemos a encomenda BB-27-0412.

Das rolhas naturais 45x24 temos 40.000 unidades em stock, que seguem no dia 15 com entrega no dia seguinte. As restantes 20.000 seguem na semana 18 (aguardamos a lavagem do lote).
As cápsulas seguem completas (60.000 un.) no mesmo camião do dia 15.
Preços conforme a encomenda.
"""
    sig = """Com os melhores cumprimentos,

Inês Pereira
Dep. Comercial
Corticeira do Vouga, Lda.
Zona Industrial de Albergaria, Lote 21, 3850-184 Albergaria-a-Velha
Tel. +351 234 520 140 | NIF 503 418 226"""
    text = outlook_reply(top, po, "pt", sig=sig)
    eml = mail(slug, frm=("Inês Pereira", "ines.pereira@corticeiravouga.example"), to=B(po),
               date=when("2027-04-06", 10, 20, 1), subject="RE: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "pt"),
               lang="pt-PT")
    exp = EXP("confirmation", "Corks split: 40,000 ship on the 15th with delivery the next day "
              "(2027-04-16, delivery wins), 20,000 ship in week 18 (no day -> Friday 2027-05-07). "
              "Capsules travel complete on the same truck, delivered 2027-04-16 as requested.",
              [conf(po, {1: CHG(date="2027-05-07",
                                schedule=[(40000, "2027-04-16"), (20000, "2027-05-07")]),
                         2: ACC()})])
    add_case(slug, "confirmation", "pt-PT", "stock part + rest in a week number, 'entrega no "
             "dia seguinte' relative to ship day", [po], eml, exp)


def case_cleaning_energy_surcharge_pl():
    slug = "cleaning-energy-surcharge-pl"
    sup = SUP("CZX", "Czystex Sp. z o.o.", "zamowienia@czystex.example", "pl-PL")
    po = PO("4700022455", sup, BUY("Agnieszka Wróbel", "ind"), "PLN", "2027-05-05", [
        ("CZ-PDL5", "Płyn do mycia podłóg, kanister 5 L", 200, "SZT", "42.80", "2027-05-14"),
        ("CZ-MYD5", "Mydło w płynie antybakteryjne, kanister 5 L", 150, "SZT", "31.50",
         "2027-05-14"),
    ], req_zone=2)
    D("2027-05-14", "Fri")
    top = """Dzień dobry Pani Agnieszko,

potwierdzamy zamówienie nr 4700022455. Dostawa zgodnie z zamówieniem, 14.05 (piątek), transportem własnym.

Uprzejmie informujemy, że od 1 maja do wszystkich zamówień doliczana jest dopłata energetyczna w wysokości 4% wartości netto - dotyczy to również tego zamówienia (poz. 1 i 2).
"""
    sig = """Pozdrawiam serdecznie
Katarzyna Zielińska
Dział Obsługi Klienta
Czystex Sp. z o.o. | ul. Przemysłowa 14, 62-080 Tarnowo Podgórne
tel. +48 61 814 22 30 | NIP 777-312-45-67 | KRS 0000412233"""
    text = outlook_reply(top, po, "pl", sig=sig)
    eml = mail(slug, frm=("Katarzyna Zielińska", "k.zielinska@czystex.example"), to=B(po),
               date=when("2027-05-06", 13, 37, 2), subject="Odp: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "pl"),
               lang="pl-PL", charset="windows-1250", hcs="iso-8859-2", henc="Q")
    exp = EXP("confirmation", "Date as ordered, but a 4% energy surcharge applies to both lines: "
              "42.80 -> 44.512 and 31.50 -> 32.76 PLN.",
              [conf(po, {1: CHG(unit_price=dec("42.80") * dec("1.04")),
                         2: CHG(unit_price=dec("31.50") * dec("1.04"))})])
    add_case(slug, "confirmation", "pl-PL", "percentage surcharge on the whole order, windows-1250",
             [po], eml, exp)


def case_labglass_inline_cs():
    slug = "labglass-inline-answers-cs"
    sup = SUP("LSP", "Laborsklo Praha s.r.o.", "obchod@laborsklo.example", "cs-CZ")
    po = PO("4700022460", sup, BUY("Petra Nováková", "ind"), "CZK", "2027-04-01", [
        ("LS-KAD250", "Kadinka nizka 250 ml, Simax", 120, "PCS", "48.60", "2027-04-14"),
        ("LS-VAL100", "Odmerny valec 100 ml, tr. A", 60, "PCS", "189.00", "2027-04-14"),
        ("LS-ERL500", "Erlenmeyerova banka 500 ml, uzke hrdlo", 80, "PCS", "74.20", "2027-04-14"),
    ], req_zone=2)
    t = po["_req_dt"]
    body = """Dobrý den paní Nováková,

odpovědi píšu přímo do Vaší zprávy.

S pozdravem
Jitka Horáková

Dne %s v %d:%02d Petra Nováková napsal(a):
%s
-- 
Jitka Horáková | obchodní oddělení
Laborsklo Praha s.r.o., Průmyslová 1472/11, 102 00 Praha 10
tel.: +420 272 701 455 | IČ: 27418233, DIČ: CZ27418233
Zapsáno u Městského soudu v Praze, oddíl C, vložka 112233
""" % (t.strftime("%d.%m.%Y"), t.hour, t.minute, inline(req_text(po), {
        "LS-KAD250": "OK, 14.4.",
        "LS-VAL100": "OK, ale až 21.4. (čekáme na kalibrační certifikáty)",
        "LS-ERL500": "Výroba ukončena, nedodáme. Náhrada: LS-ERL500N (širší hrdlo) za 78,90 Kč/ks -\n"
                     "pokud souhlasíte, pošlete prosím novou objednávku.",
    }))
    eml = mail(slug, frm=("Jitka Horáková", "horakova@laborsklo.example"), to=B(po),
               date=when("2027-04-01", 16, 5, 2), subject="Re: " + our_subject(po),
               mid=MID("thunderbird", slug, "laborsklo.example"), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=body, client="thunderbird", cte="8bit",
               flowed=True, lang="cs")
    exp = EXP("confirmation", "Answers typed below each quoted PO line: line 1 OK on 14.4 "
              "(= requested), line 2 OK but 21.4, line 3 discontinued; the successor needs a new "
              "order, so the line is rejected.",
              [conf(po, {1: ACC(), 2: CHG(date="2027-04-21"), 3: REJ()})])
    add_case(slug, "confirmation", "cs-CZ", "inline answers under quoted PO lines, discontinued "
             "line with successor offer", [po], eml, exp)


def our_request_eml(po, case, to_addr=None, lang="en", body=None):
    """Our own acknowledgment request as sent (for bounces, MDNs, forwards)."""
    b = B(po)
    return mail(case + "-req", frm=b, to=(po["supplier"]["name"], to_addr or po["supplier"]["email"]),
                date=po["_req_dt"], subject=our_subject(po, lang),
                mid=po.get("request_message_id", MID("x", case, "x")), text=body or req_text(po, lang),
                cte="quoted-printable", client="outlook", received=False, lang="en-GB")


def report(case, kind, parts_text, status_blocks, original, headers_only=False,
           text_charset="us-ascii", text_cte="7bit", html=None, n=90):
    """multipart/report (delivery-status or disposition-notification)."""
    import email as _e
    from email.mime.message import MIMEMessage
    rep = MIMEMultipart("report", report_type=kind)
    del rep["MIME-Version"]
    tp = text_part(parts_text, "plain", text_charset, text_cte)
    tp["Content-Description"] = "Notification"
    if html:
        tp = multipart("alternative", [tp, text_part(html, "html", "utf-8", "quoted-printable")],
                       case, n + 1)
    rep.attach(tp)
    st = MIMEBase("message", kind)
    del st["MIME-Version"]
    del st["Content-Type"]
    st["Content-Type"] = "message/%s" % kind
    if kind == "delivery-status":
        st["Content-Description"] = "Delivery report"
        blocks = []
        for blk in status_blocks:
            m = Message()
            for k, v in blk:
                m[k] = v
            blocks.append(m)
        st.set_payload(blocks)
    else:
        st.set_payload("".join("%s: %s\r\n" % (k, v) for k, v in status_blocks[0]))
    rep.attach(st)
    orig = _e.message_from_bytes(original, policy=policy.compat32)
    if headers_only:
        hp = MIMENonMultipart("text", "rfc822-headers")
        del hp["MIME-Version"]
        hp["Content-Description"] = "Undelivered Message Headers"
        hp.set_payload("".join("%s: %s\n" % (k, v) for k, v in orig.items()))
        rep.attach(hp)
    elif original is not None:
        mp = MIMEMessage(orig)
        del mp["MIME-Version"]
        mp["Content-Description"] = "Undelivered Message"
        rep.attach(mp)
    rep.set_boundary(_boundary(case, n))
    return rep


def case_ooo_de_de():
    slug = "ooo-deputy-return-date-de-de"
    sup = SUP("TCH", "TechnoChem Hahn GmbH", "vertrieb@technochem-hahn.example", "de-DE")
    po = PO("4700022470", sup, BUY("Marco Bellini", "ind"), "EUR", "2027-04-06", [
        ("TC-PU-2K", "PU-Beschichtung 2K, Gebinde 20 kg", 240, "KG", "14.80", "2027-04-23"),
        ("TC-HRD-5", "Härter zu PU-Beschichtung, Gebinde 5 kg", 60, "KG", "22.40", "2027-04-23"),
    ], req_zone=2)
    text = """Vielen Dank für Ihre Nachricht.

Ich bin vom 06.04.2027 bis einschließlich 16.04.2027 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Sabine Roth, Tel. +49 6151 3902-17, s.roth@technochem-hahn.example, oder an vertrieb@technochem-hahn.example.

Mit freundlichen Grüßen
Jürgen Hahn
"""
    eml = mail(slug, frm=("Hahn, Jürgen", "j.hahn@technochem-hahn.example"), to=B(po),
               date=when("2027-04-06", 9, 12, 2, 31), subject="Automatische Antwort: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "de"),
               lang="de-DE", extra=[("Auto-Submitted", "auto-replied"),
                                    ("X-Auto-Response-Suppress", "All"),
                                    ("X-MS-Exchange-Inbox-Rules-Loop", "j.hahn@technochem-hahn.example")])
    exp = EXP("auto_reply", "Out-of-office with an absence period and a deputy; 16.04.2027 is a "
              "return date, not a delivery date.")
    add_case(slug, "auto_reply", "de-DE", "Outlook out-of-office with return date, deputy and "
             "phone numbers", [po], eml, exp)


def case_bounce_user_unknown():
    slug = "bounce-user-unknown-postfix-en"
    sup = SUP("HMS", "Humber Marine Supplies Ltd", "orders@humbermarine.example", "en-GB")
    po = PO("4700022475", sup, BUY("Oliver Grant", "ind"), "GBP", "2027-04-07", [
        ("HMS-MOOR-28", "Mooring line polyester 28 mm, 220 m coil", 2, "COIL", "842.00", "2027-04-21"),
        ("HMS-FEND-F5", "Fender F5 inflatable, blue", 12, "EA", "96.50", "2027-04-21"),
    ], req_zone=2)
    wrong = "oders@humbermarine.example"
    orig = our_request_eml(po, slug, to_addr=wrong)
    t = when("2027-04-07", 9, 12, 2, 9)
    text = """This is the mail system at host mx1.halvorsen-group.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: host mail.humbermarine.example[198.51.100.24] said: 550
    5.1.1 <%s>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""" % (wrong, wrong)
    status = [
        [("Reporting-MTA", "dns; mx1.halvorsen-group.example"),
         ("X-Postfix-Queue-ID", "4QbX1T2ZkRz9sWq"),
         ("X-Postfix-Sender", "rfc822; oliver.grant@halvorsen-group.example"),
         ("Arrival-Date", format_datetime(po["_req_dt"]))],
        [("Final-Recipient", "rfc822; " + wrong),
         ("Original-Recipient", "rfc822;" + wrong),
         ("Action", "failed"), ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mail.humbermarine.example"),
         ("Diagnostic-Code", "smtp; 550 5.1.1 <%s>: Recipient address rejected: User "
                             "unknown in virtual mailbox table" % wrong)],
    ]
    rep = report(slug, "delivery-status", text, status, orig)
    eml = mail(slug, frm=("Mail Delivery System", "MAILER-DAEMON@mx1.halvorsen-group.example"),
               to=B(po), date=t, subject="Undelivered Mail Returned to Sender",
               mid="<20270407071209.4QbX1T2ZkRz9sWq@mx1.halvorsen-group.example>", body=rep,
               client="none", received=False, extra=[("Auto-Submitted", "auto-replied")])
    exp = EXP("bounce", "Postfix DSN 5.1.1 for a mistyped supplier address; the returned "
              "message is our own PO request.")
    add_case(slug, "bounce", "en", "Postfix DSN user unknown with the original request "
             "attached as message/rfc822", [po], eml, exp)


def case_invoice_earlier_order_it():
    slug = "invoice-earlier-order-it-it"
    sup = SUP("CPV", "Capsule e Packaging Veneto S.r.l.", "commerciale@cpveneto.example", "it-IT")
    po = PO("4700022480", sup, BUY("Marco Bellini", "ind"), "EUR", "2027-04-02", [
        ("CPV-FLIP-24", "Tappo flip-top 24/410 bianco", 20000, "PCS", "0.046", "2027-04-30"),
    ], req_zone=2)
    inv = make_pdf(pdf_table([
        [(50, "Capsule e Packaging Veneto S.r.l.", True), ("size", 12)],
        [(50, "Via dell'Artigianato 18 - 35010 Vigonza (PD) - P.IVA IT04123450287")],
        None,
        [(50, "FATTURA N. 2027/0412", True), (350, "Data: 31/03/2027")],
        [(50, "Cliente: Halvorsen Industrial Group"), (350, "Cod. cliente: C00871")],
        [(50, "Vs. ordine n. 4700021987 del 12/02/2027 - DDT n. 1187 del 29/03/2027")],
        None,
        [(50, "Codice", True), (140, "Descrizione", True), (360, "Q.ta", True),
         (420, "Prezzo", True), (490, "Importo", True)],
        "LINE",
        [(50, "CPV-SPR-28"), (140, "Trigger spray 28/410 nero"), (360, "15.000"),
         (420, "0,1120"), (490, "1.680,00")],
        [(50, "CPV-FLIP-24"), (140, "Tappo flip-top 24/410 bianco"), (360, "10.000"),
         (420, "0,0460"), (490, "460,00")],
        "LINE",
        [(360, "Imponibile"), (490, "2.140,00")],
        [(360, "IVA non imp. art. 41"), (490, "0,00")],
        [(360, "Totale fattura", True), (490, "2.140,00 EUR", True)],
        None,
        [(50, "Pagamento: bonifico bancario 60 gg d.f.f.m. - scadenza 31/05/2027")],
        [(50, "IBAN IT60 X054 2811 1010 0000 0123 456")],
    ]), title="Fattura 2027/0412", author="CPV", producer="TeamSystem")
    text = """Buongiorno,

in allegato la fattura n. 2027/0412 del 31/03/2027 relativa al Vs. ordine 4700021987 (DDT 1187 del 29/03/2027).

Scadenza pagamento: 31/05/2027.

Cordiali saluti
Amministrazione
Capsule e Packaging Veneto S.r.l.
Tel. +39 049 892 41 10
"""
    eml = mail(slug, frm=("Amministrazione CPV", "amministrazione@cpveneto.example"),
               to=("Contabilità fornitori", "ap@halvorsen-group.example"),
               cc=B(po), date=when("2027-04-02", 17, 3, 2), subject="Fattura n. 2027/0412 del 31/03/2027",
               mid=MID("exchange", slug, "cpveneto.example"), text=text,
               atts=[attachment(inv, "Fattura_2027_0412.pdf", "application/pdf")],
               lang="it-IT", client="outlook", thread_topic=False)
    exp = EXP("unrelated", "Invoice for an earlier PO (4700021987, already delivered) from the same "
              "supplier; it does not answer the open PO 4700022480 even though one invoiced item "
              "matches it.")
    add_case(slug, "unrelated", "it-IT", "invoice PDF for an earlier order of the same supplier, "
             "same item code as the open PO", [po], eml, exp)


def case_rebar_end_next_week_sk():
    slug = "rebar-end-of-next-week-sk"
    sup = SUP("ZPV", "Železiarstvo Považie s.r.o.", "predaj@zelpovazie.example", "sk-SK")
    po = PO("B27-00452", sup, BUY("Martin Kováč", "bau"), "EUR", "2027-03-16", [
        ("BST-B500B-12", "Betonárska oceľ B500B Ø12 mm, tyče 12 m", 8.5, "T", "720.00", "2027-03-24"),
        ("BST-B500B-16", "Betonárska oceľ B500B Ø16 mm, tyče 12 m", 6.2, "T", "705.00", "2027-03-24"),
        ("KARI-150-6", "Zváraná sieť KARI 150x150x6 mm, 2x3 m", 120, "KS", "18.90", "2027-03-24"),
    ])
    D("2027-03-17", "Wed"); D("2027-03-26", "Fri")
    top = """Dobrý deň pán Kováč,

objednávku B27-00452 potvrdzujeme. Ø12 a siete KARI máme na sklade, Ø16 (6,2 t) príde z valcovne, preto dodáme celú objednávku naraz do konca budúceho týždňa.
Ceny podľa objednávky (720,00 / 705,00 €/t, siete 18,90 €/ks). Platnosť cenníka do 31.3.2027.
"""
    sig = """S pozdravom

Ing. Peter Hudec
obchodné oddelenie
Železiarstvo Považie s.r.o., Priemyselná 7, 017 01 Považská Bystrica
tel.: +421 42 432 18 50, mobil: 0905 312 447
IČO: 36 312 447, zapísaná v OR OS Trenčín, oddiel Sro, vložka č. 12345/R"""
    text = outlook_reply(top, po, "sk", sig=sig)
    eml = mail(slug, frm=("Hudec Peter", "hudec@zelpovazie.example"), to=B(po),
               date=when("2027-03-17", 7, 52, 1), subject="RE: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "sk"),
               lang="sk-SK")
    exp = EXP("confirmation", "'do konca budúceho týždňa' written on Wednesday 2027-03-17 = by "
              "Friday 2027-03-26 (end of the working week), for the whole order delivered at once. "
              "Prices unchanged; 'Platnosť cenníka do 31.3.2027' is a price-list validity.",
              [conf(po, {1: CHG(date="2027-03-26"), 2: CHG(date="2027-03-26"),
                         3: CHG(date="2027-03-26")})])
    add_case(slug, "confirmation", "sk-SK", "relative date 'end of next week', decimal-comma "
             "tonnes, price-list validity date", [po], eml, exp)


def case_hvac_parts_hu():
    slug = "hvac-parts-one-line-later-hu"
    sup = SUP("KAK", "Klímaszerviz Alkatrész Kft.", "rendeles@klimaalkatresz.example", "hu-HU")
    po = PO("4700022488", sup, BUY("Gábor Nagy", "ind"), "EUR", "2027-04-07", [
        ("EBM-R3G250", "EC radiális ventilátor R3G250-RV31-01", 6, "DB", "1250.00", "2027-04-21"),
        ("DAN-ETS50", "Danfoss ETS 50 elektronikus expanziós szelep", 10, "DB", "318.00", "2027-04-21"),
        ("FLT-G4-592", "Zsákos szűrő G4 592x592x600", 40, "DB", "14.60", "2027-04-21"),
    ], req_zone=2)
    top = """Tisztelt Nagy Úr!

Köszönjük megrendelését (4700022488).

A ventilátorokat és a zsákos szűrőket 2027. április 21-én szállítjuk.
Az ETS 50 szelepek gyári szállítása késik, ezeket május 5-én tudjuk leszállítani.
Az árak változatlanok: 1 250,00 EUR/db, 318,00 EUR/db, illetve 14,60 EUR/db.
"""
    sig = """Üdvözlettel:

Szabó Eszter
értékesítési asszisztens
Klímaszerviz Alkatrész Kft.
1108 Budapest, Gyömrői út 140.
Tel.: +36 1 260 4417 | Mobil: +36 30 912 4410
Cégjegyzékszám: 01-09-912345 | Adószám: 23456789-2-42"""
    text = outlook_reply(top, po, "hu", sig=sig)
    eml = mail(slug, frm=("Szabó Eszter", "szabo.eszter@klimaalkatresz.example"), to=B(po),
               date=when("2027-04-08", 14, 20, 2), subject="VS: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "hu"),
               lang="hu-HU", charset="windows-1250", hcs="windows-1250", henc="B")
    exp = EXP("confirmation", "Hungarian year-first date for lines 1 and 3 (as requested); the "
              "valves move to május 5 -> 2027-05-05. Space thousands separator in '1 250,00'. "
              "Company register number 01-09-912345 looks like a date but is not.",
              [conf(po, {1: ACC(), 2: CHG(date="2027-05-05"), 3: ACC()})])
    add_case(slug, "confirmation", "hu-HU", "year-first Hungarian dates, one line later, register "
             "number that looks like a date", [po], eml, exp)


def case_bike_phone_no_diacritics_ro():
    slug = "bike-parts-phone-no-diacritics-ro"
    sup = SUP("VCO", "Velo Componente SRL", "comenzi@velocomponente.example", "ro-RO")
    po = PO("4700022495", sup, BUY("Andrei Popescu", "ind"), "RON", "2027-03-23", [
        ("SHM-CN-HG601", "Lant Shimano HG601 11v, 116 zale", 80, "BUC", "109.00", "2027-04-02"),
        ("SHM-BP-J05A", "Placute frana Shimano J05A rasina", 150, "PER", "42.50", "2027-04-02"),
        ("SCH-MAR-29", "Anvelopa Schwalbe Marathon 29x2.0", 40, "BUC", "189.00", "2027-04-02"),
    ], req_zone=2)
    D("2027-04-05", "Mon")
    t = po["_req_dt"]
    body = """Buna seara, confirmam comanda 4700022495 integral, livrare pe 5 aprilie (luni), preturle raman cele din comanda. Multumim!
Cristi

Trimis de pe iPhone-ul meu

> În 23 mar. 2027, la %02d:%02d, Andrei Popescu <%s> a scris:
>
%s
""" % (t.hour, t.minute, po["buyer"]["email"], quote(req_text(po)))
    eml = mail(slug, frm=("Cristian Dumitru", "cristi@velocomponente.example"), to=B(po),
               date=when("2027-03-24", 19, 12, 2), subject="Re: " + our_subject(po),
               mid=MID("apple", slug, "velocomponente.example"), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=body, client="iphone", cte="quoted-printable")
    exp = EXP("confirmation", "Phone reply without diacritics: whole order confirmed at PO prices "
              "for Monday 5 April -> 2027-04-05 (3 days later than requested).",
              [conf(po, {1: CHG(date="2027-04-05"), 2: CHG(date="2027-04-05"),
                         3: CHG(date="2027-04-05")})])
    add_case(slug, "confirmation", "ro-RO", "iPhone one-liner without diacritics, month name "
             "date, all lines later", [po], eml, exp)


def case_marine_rope_split_hr():
    slug = "marine-rope-split-hr"
    sup = SUP("BOJ", "Brodoopskrba Jadran d.o.o.", "narudzbe@brodoopskrba.example", "hr-HR")
    po = PO("4700022501", sup, BUY("Ivan Horvat", "ind"), "EUR", "2027-04-01", [
        ("UZ-PA24", "Uže poliamid trostruko 24 mm", 440, "M", "6.90", "2027-04-09"),
        ("SKP-34G", "Škopac 3/4\" pocinčani, WLL 4,75 t", 60, "KOM", "11.20", "2027-04-09"),
    ], req_zone=2)
    top = """Poštovani gospodine Horvat,

potvrđujemo narudžbu 4700022501.

Uže 24 mm: 220 m šaljemo odmah, isporuka kod vas 9.4.; preostalih 220 m isporučujemo 23.4. (čekamo novi kolut od proizvođača).
Škopci: svih 60 kom isporuka 9.4.
Cijene prema narudžbi.
"""
    sig = """Lijep pozdrav,

Marko Babić
Prodaja
Brodoopskrba Jadran d.o.o. | Obala kneza Branimira 12, 23000 Zadar
T: +385 23 250 417 | M: +385 98 412 7733 | OIB: 48213657790"""
    text = outlook_reply(top, po, "hr", sig=sig)
    eml = mail(slug, frm=("Marko Babić", "marko.babic@brodoopskrba.example"), to=B(po),
               date=when("2027-04-02", 11, 40, 2), subject="RE: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "hr"),
               lang="hr-HR")
    exp = EXP("confirmation", "Rope split 220 m on 9.4 and 220 m on 23.4 (full quantity, last "
              "date later than requested); shackles complete on 9.4 as requested.",
              [conf(po, {1: CHG(date="2027-04-23",
                                schedule=[(220, "2027-04-09"), (220, "2027-04-23")]),
                         2: ACC()})])
    add_case(slug, "confirmation", "hr-HR", "marine rope in metres split in two deliveries, "
             "day.month. dates", [po], eml, exp)


def case_workwear_sizes_sr():
    slug = "workwear-dates-per-size-sr-latn"
    sup = SUP("ROM", "Radna Odeća Morava d.o.o.", "prodaja@odecamorava.example", "sr-Latn-RS")
    po = PO("NS270402", sup, BUY("Jelena Stojanović", "tex"), "EUR", "2027-04-19", [
        ("RJ-ZIM-01", "Radna jakna zimska, vel. S/M/L/XL = 40/70/60/30", 200, "KOM", "38.50",
         "2027-05-12"),
        ("RP-LET-02", "Radne pantalone, vel. S/M/L/XL = 40/70/60/30", 200, "KOM", "21.90",
         "2027-05-12"),
    ], req_zone=2)
    top = """Poštovana gospođo Stojanović,

potvrđujemo porudžbinu NS270402.

Jakne: veličine S i M (ukupno 110 kom) isporučujemo 12.05., a veličine L i XL (90 kom) 26.05. jer čekamo postavu od dobavljača.
Pantalone: sve veličine 12.05.

Cene ostaju kao u porudžbini.
"""
    sig = """S poštovanjem,

Dragan Ilić
komercijalista
Radna Odeća Morava d.o.o., Kneza Miloša 44, 37000 Kruševac
tel. +381 37 441 220 | PIB 101234567 | MB 07654321"""
    text = outlook_reply(top, po, "sr", sig=sig)
    eml = mail(slug, frm=("Dragan Ilić", "dragan.ilic@odecamorava.example"), to=B(po),
               date=when("2027-04-20", 10, 5, 2), subject="RE: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "sr"),
               lang="sr-Latn-RS")
    exp = EXP("confirmation", "Dates per size of one line: jackets S+M (110) on 12.05, L+XL (90) on "
              "26.05 -> schedule; trousers complete on 12.05 as requested.",
              [conf(po, {1: CHG(date="2027-05-26",
                                schedule=[(110, "2027-05-12"), (90, "2027-05-26")]),
                         2: ACC()})])
    add_case(slug, "confirmation", "sr-Latn-RS", "workwear with dates per size group inside one "
             "PO line", [po], eml, exp)


def case_pumps_moq_sl():
    slug = "cosmetic-pumps-moq-sl"
    sup = SUP("EMS", "Embalaža Savinja d.o.o.", "prodaja@embalaza-savinja.example", "sl-SI")
    po = PO("LC-27-0088", sup, BUY("Tina Kranjc", "lumea-cosmetics.example"), "EUR", "2027-04-30", [
        ("PET-200-CLR", "Steklenička PET 200 ml, prozorna, 24/410", 8000, "KOS", "0.142", "2027-05-24"),
        ("PMP-24410-W", "Pumpica 24/410, bela, 2 cc", 8000, "KOS", "0.198", "2027-05-24"),
    ], req_zone=2)
    top = """Pozdravljeni ga. Kranjc,

hvala za naročilo LC-27-0088.

Stekleničke PET 200 ml potrjujemo v količini 8.000 kos, dobava 24. 5. 2027.
Pri pumpicah 24/410 je minimalna količina naročila 10.000 kos (4 škatle po 2.500 kos), zato smo v potrditvi upoštevali 10.000 kos po enaki ceni 0,198 EUR/kos. Dobava prav tako 24. 5. 2027.
"""
    sig = """Lep pozdrav,

Maja Potočnik
Prodaja
Embalaža Savinja d.o.o. | Cesta v Laško 7 | 3000 Celje
T: +386 3 428 51 20 | ID za DDV: SI41234567"""
    text = outlook_reply(top, po, "sl", sig=sig)
    eml = mail(slug, frm=("Maja Potočnik", "maja.potocnik@embalaza-savinja.example"), to=B(po),
               date=when("2027-05-03", 9, 18, 2), subject="RE: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "sl"),
               lang="sl-SI")
    exp = EXP("confirmation", "Bottles as ordered; pumps raised from 8,000 to the MOQ of 10,000 pcs "
              "at the same unit price, same date. Slovenian date '24. 5. 2027' with spaces.",
              [conf(po, {1: ACC(), 2: CHG(quantity=10000)})])
    add_case(slug, "confirmation", "sl-SI", "minimum order quantity raises one line, dates with "
             "spaces '24. 5. 2027'", [po], eml, exp)


def case_labels_per_thousand_bg():
    slug = "labels-price-per-thousand-bg"
    sup = SUP("ETP", "Етикет Принт ООД", "poruchki@etiketprint.example", "bg-BG")
    po = PO("4700022512", sup, BUY("Dimitar Georgiev", "ind"), "EUR", "2027-05-10", [
        ("ET-100150-TT", "Label 100x150 mm thermal transfer, roll 1000", 120, "TH", "9.80", "2027-05-19"),
        ("ET-5030-PP", "Label 50x30 mm PP white, roll 2000", 300, "TH", "4.20", "2027-05-19"),
    ], req_zone=2)
    top = """Здравейте г-н Георгиев,

потвърждаваме поръчка № 4700022512:

1. Етикети 100x150 мм: 120 хил. бр. (120 ролки) по 9,80 евро/1000 бр., доставка 19.05.2027 г.
2. Етикети 50x30 мм PP: 300 хил. бр. (150 ролки), цената е 4,45 евро за 1000 бр. поради поскъпване на PP фолиото; доставка също 19.05.2027 г.
"""
    sig = """Поздрави,
Мария Иванова
Отдел „Продажби“
Етикет Принт ООД, ул. „Индустриална“ 9, 4003 Пловдив
тел. +359 32 640 118 | ЕИК 204123456"""
    text = outlook_reply(top, po, "bg", sig=sig)
    eml = mail(slug, frm=("Мария Иванова", "m.ivanova@etiketprint.example"), to=B(po),
               date=when("2027-05-11", 12, 30, 3), subject="RE: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "bg"),
               lang="bg-BG", charset="windows-1251", hcs="windows-1251", henc="B")
    exp = EXP("confirmation", "PO unit TH = 1000 labels. Line 1 as ordered; line 2 new price 4.45 "
              "EUR per 1000 (film price increase), same date. '120 хил. бр.' = 120 thousand.",
              [conf(po, {1: ACC(), 2: CHG(unit_price="4.45")})])
    add_case(slug, "confirmation", "bg-BG", "labels priced per 1000, Cyrillic windows-1251, price "
             "change on one line", [po], eml, exp)


def case_lab_reagents_el():
    slug = "lab-reagents-full-el"
    sup = SUP("XEA", "Χημικά Εργαστηρίου Αττικής Α.Ε.", "orders@labchem-attica.example", "el-GR")
    po = PO("4700022520", sup, BUY("Eleni Papadopoulou", "ind"), "EUR", "2027-04-05", [
        ("ETH-ABS-25", "Ethanol absolute 99.8%, 2.5 L glass", 24, "BTL", "38.40", "2027-04-15"),
        ("ACE-HPLC-25", "Acetone HPLC grade, 2.5 L glass", 12, "BTL", "44.90", "2027-04-15"),
    ], req_zone=3)
    top = """Καλησπέρα σας κα Παπαδοπούλου,

επιβεβαιώνουμε την παραγγελία σας 4700022520 στις τιμές της παραγγελίας.
Παράδοση: 15/04.

Παρτίδες: αιθανόλη 2703114, ακετόνη 2702561 (λήξη 02/2030).
"""
    sig = """Με εκτίμηση,
Γιώργος Κωνσταντίνου
Τμήμα Πωλήσεων
Χημικά Εργαστηρίου Αττικής Α.Ε., Λεωφ. Κηφισού 112, 12241 Αιγάλεω
Τηλ. 210 5310 448 | ΑΦΜ 094512378 | ΓΕΜΗ 123456701000"""
    text = outlook_reply(top, po, "el", sig=sig)
    eml = mail(slug, frm=("Γιώργος Κωνσταντίνου", "g.konstantinou@labchem-attica.example"),
               to=B(po), date=when("2027-04-06", 13, 10, 3), subject="RE: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "el"),
               lang="el-GR", charset="windows-1253", hcs="iso-8859-7", henc="B")
    exp = EXP("confirmation", "Both lines at PO prices for 15/04 (no year -> 2027-04-15 = "
              "requested). Batch numbers and expiry 02/2030 are distractors.",
              [conf(po, {1: ACC(), 2: ACC()})])
    add_case(slug, "confirmation", "el-GR", "Greek windows-1253 full acceptance with batch and "
             "expiry", [po], eml, exp)


def case_ooo_fr_fr():
    slug = "ooo-absente-deputy-fr-fr"
    sup = SUP("FAA", "Fixations Aéro Atlantique SAS", "adv@fixaero.example", "fr-FR")
    po = PO("AP-700418", sup, BUY("Thomas Girard", "aero"), "EUR", "2027-04-12", [
        ("NAS1097AD4-4", "Rivet NAS1097AD4-4, aluminium 2117-T4", 10000, "EA", "0.042", "2027-05-14"),
        ("HL19PB8-6", "Hi-Lok HL19PB8-6 titane", 1500, "EA", "3.85", "2027-05-14"),
    ], req_zone=2)
    text = """Bonjour,

Je suis absente du 12 au 23 avril 2027 inclus, sans accès à ma messagerie.

Pour toute demande urgente concernant vos commandes et accusés de réception, merci de contacter Mme Claire Dubois (claire.dubois@fixaero.example - 02 40 12 34 56).

Cordialement,
Nathalie Leroy
Administration des ventes
"""
    eml = mail(slug, frm=("LEROY Nathalie", "n.leroy@fixaero.example"), to=B(po),
               date=when("2027-04-12", 9, 12, 2, 44), subject="Réponse automatique : " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "fr"),
               lang="fr-FR", extra=[("Auto-Submitted", "auto-replied"),
                                    ("X-Auto-Response-Suppress", "All")])
    exp = EXP("auto_reply", "French out-of-office; 23 avril 2027 is the end of the absence, "
              "not a delivery date.")
    add_case(slug, "auto_reply", "fr-FR", "Outlook out-of-office in French with absence range "
             "and deputy", [po], eml, exp)


def case_denim_ship_date_only_tr():
    slug = "denim-ship-date-only-proforma-tr"
    sup = SUP("EDT", "Ege Dokuma Tekstil A.Ş.", "siparis@egedokuma.example", "tr-TR")
    po = PO("NS270329", sup, BUY("Jana Petersen", "tex"), "USD", "2027-03-26", [
        ("DNM-12OZ-IND", "Denim kumas 12 oz indigo, en 150 cm", 3000, "M", "4.85", "2027-04-16"),
        ("AST-PES-110", "Astar kumasi polyester 110 g/m2, siyah", 1500, "M", "1.10", "2027-04-16"),
    ])
    top = """Sayın Petersen Hanım,

NS270329 numaralı siparişiniz için teşekkür ederiz.

Siparişinizin tamamı 12.04.2027 tarihinde fabrikamızdan sevk edilecektir.
Fiyatlar siparişteki gibidir (4,85 USD/m ve 1,10 USD/m). Proforma faturamız ektedir.
"""
    sig = """Saygılarımızla,

Emre Yıldız
İhracat Departmanı
Ege Dokuma Tekstil A.Ş. | Atatürk OSB 10003 Sk. No:14, Çiğli / İzmir
Tel: +90 232 376 41 00 | Mersis No: 0325012345600015"""
    text = outlook_reply(top, po, "tr", sig=sig)
    pf = make_pdf(pdf_table([
        [(50, "EGE DOKUMA TEKSTIL A.S.", True), ("size", 13)],
        [(50, "PROFORMA INVOICE / PROFORMA FATURA", True)],
        None,
        [(50, "Proforma No: PF-2027-0331"), (330, "Date / Tarih: 29.03.2027")],
        [(50, "Your order / Siparisiniz: NS270329"), (330, "Valid until / Gecerlilik: 28.04.2027")],
        [(50, "Buyer: Nordsaum Textil GmbH"), (330, "Incoterms: FCA Izmir")],
        None,
        [(50, "No", True), (80, "Article", True), (290, "Qty", True), (360, "Unit price", True),
         (450, "Amount", True)],
        "LINE",
        [(50, "1"), (80, "Denim 12 oz indigo 150 cm"), (290, "3.000 m"), (360, "4,85 USD"),
         (450, "14.550,00 USD")],
        [(50, "2"), (80, "Lining PES 110 g/m2 black"), (290, "1.500 m"), (360, "1,10 USD"),
         (450, "1.650,00 USD")],
        "LINE",
        [(360, "Total", True), (450, "16.200,00 USD", True)],
        None,
        [(50, "Shipment date / Sevk tarihi: 12.04.2027")],
        [(50, "Payment: 30% advance, balance against copy of documents")],
    ]), title="Proforma PF-2027-0331", author="Ege Dokuma", producer="Logo Tiger 3")
    eml = mail(slug, frm=("Emre Yıldız", "emre.yildiz@egedokuma.example"), to=B(po),
               date=when("2027-03-29", 10, 45, 3), subject="YNT: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "tr"),
               atts=[attachment(pf, "Proforma_PF-2027-0331.pdf", "application/pdf")],
               lang="tr-TR", charset="windows-1254", hcs="windows-1254", henc="B")
    exp = EXP("confirmation", "Only a ship date (sevk tarihi 12.04.2027) is given, so it is the "
              "date for both lines; prices unchanged. Proforma date 29.03.2027 and validity "
              "28.04.2027 are document dates.",
              [conf(po, {1: CHG(date="2027-04-12"), 2: CHG(date="2027-04-12")})])
    add_case(slug, "confirmation", "tr-TR", "ship date only, proforma PDF with document and "
             "validity dates, windows-1254", [po], eml, exp)


def case_mcu_allocation_backorder_nl():
    slug = "mcu-allocation-backorder-no-date-nl"
    sup = SUP("CMP", "Compona Elektronica B.V.", "verkoop@compona.example", "nl-NL")
    po = PO("4700022530", sup, BUY("Sanne de Vries", "ind"), "EUR", "2027-04-06", [
        ("STM32G071RBT6", "MCU STM32G071RBT6, LQFP64, tape & reel", 6000, "PCS", "1.92", "2027-04-23"),
        ("AP2112K-3.3TRG1", "LDO AP2112K-3.3, SOT-23-5, reel 3000", 9000, "PCS", "0.118", "2027-04-23"),
        ("SMBJ24A-13-F", "TVS diode SMBJ24A, SMB, reel 3000", 3000, "PCS", "0.064", "2027-04-23"),
    ], req_zone=2)
    assert kw(2027, 16) == "2027-04-23"
    top = """Beste Sanne,

Bedankt voor je order 4700022530.

Helaas staat de STM32G071RBT6 bij ST op allocatie. We kunnen 3.000 st. (1 reel) leveren in wk 16; voor de overige 3.000 st. hebben we nog geen datum van de fabriek. Die staan in backorder, ik laat het je weten zodra ik een bevestiging heb.

De AP2112K (3 reels) en de SMBJ24A (1 reel) zijn op voorraad en gaan mee in week 16.
Prijzen conform order.
"""
    sig = """Met vriendelijke groet,

Joost Bakker
Inside Sales
Compona Elektronica B.V. | Edisonstraat 21 | 5621 HA Eindhoven
T +31 40 261 88 40 | KvK 17098765 | BTW NL812345678B01"""
    text = outlook_reply(top, po, "nl", sig=sig)
    eml = mail(slug, frm=("Joost Bakker", "j.bakker@compona.example"), to=B(po),
               date=when("2027-04-07", 15, 20, 2), subject="RE: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "nl"),
               lang="nl-NL")
    exp = EXP("confirmation", "MCU on allocation: only 3,000 of 6,000 confirmed for week 16 "
              "(Friday 2027-04-23); the rest is back-ordered without a date, so the confirmed "
              "quantity is 3,000. The other two lines ship in week 16 as ordered.",
              [conf(po, {1: CHG(quantity=3000), 2: ACC(), 3: ACC()})])
    add_case(slug, "confirmation", "nl-NL", "allocation: half a line confirmed, rest back-ordered "
             "without date; reels; week numbers", [po], eml, exp)


def case_petfood_uge_da():
    slug = "petfood-uge-stock-date-da"
    sup = SUP("NDF", "Nordisk Dyrefoder A/S", "ordre@nordiskdyrefoder.example", "da-DK")
    po = PO("DK-27-0391", sup, BUY("Mette Larsen", "dyrekaeden.example"), "DKK", "2027-04-06", [
        ("NDF-HV12", "Hundefoder voksen kylling & ris, 12 kg sæk", 80, "SK", "289.00", "2027-04-20"),
        ("NDF-KV7", "Kattefoder voksen laks, 7 kg sæk", 60, "SK", "214.50", "2027-04-20"),
    ], req_zone=2)
    D("2027-04-19", "Mon")
    top = """Hej Mette

Tak for ordren.

Vi kan levere begge varer i uge 16 - hundefoderet har vi desværre først på lager igen mandag den 19. april, så vi sender det hele samlet.
Priserne er som på ordren.
"""
    sig = """Bedste hilsner

Rasmus Kjær
Kundeservice
Nordisk Dyrefoder A/S · Industrivej 18 · 8700 Horsens
Tlf. 75 62 14 00 · CVR-nr. 31 24 56 78"""
    text = outlook_reply(top, po, "da", sig=sig)
    eml = mail(slug, frm=("Rasmus Kjær", "rk@nordiskdyrefoder.example"), to=B(po),
               date=when("2027-04-07", 8, 30, 2), subject="SV: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "da"),
               lang="da-DK", charset="iso-8859-1", hcs="iso-8859-1", henc="Q")
    exp = EXP("confirmation", "'uge 16' without a day -> Friday 2027-04-23 for both lines. "
              "'mandag den 19. april' is when stock arrives at the supplier, not the delivery.",
              [conf(po, {1: CHG(date="2027-04-23"), 2: CHG(date="2027-04-23")})])
    add_case(slug, "confirmation", "da-DK", "week number delivery plus a stock-arrival date that "
             "is not the delivery date, ISO-8859-1", [po], eml, exp)


def case_catalogue_paper_surcharge_sv():
    slug = "catalogue-paper-surcharge-weekday-week-sv"
    sup = SUP("TGA", "Tryckeri Göta AB", "order@tryckerigota.example", "sv-SE")
    po = PO("4700022544", sup, BUY("Elin Berg", "ind"), "SEK", "2027-04-16", [
        ("KAT-2027-A4", "Produktkatalog 2027, A4, 96 sidor, 4+4", 5000, "EX", "18.40", "2027-05-05"),
        ("PRL-2027-INS", "Prislista 2027, insticksblad A4, 8 sidor", 5000, "EX", "2.15", "2027-05-05"),
    ], req_zone=2)
    assert kw(2027, 18, 3) == "2027-05-05"
    D("2027-04-23", "Fri")
    top = """Hej Elin!

Tack för beställningen.

Vi bekräftar båda artiklarna med leverans onsdag v. 18 till ert lager i Jönköping.
På grund av höjda papperspriser tillkommer ett papperstillägg på 0,35 kr/ex på katalogen (gäller inte insticksbladet).

Tryckfärdiga PDF:er behöver vi senast fredag 23/4.
"""
    sig = """Vänliga hälsningar
Anders Lund
Projektledare
Tryckeri Göta AB | Importgatan 12 | 422 46 Hisings Backa
Tel 031-58 24 10 | Org.nr 556123-4567"""
    text = outlook_reply(top, po, "sv", sig=sig)
    eml = mail(slug, frm=("Anders Lund", "anders.lund@tryckerigota.example"), to=B(po),
               date=when("2027-04-19", 11, 2, 2), subject="SV: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "sv"),
               lang="sv-SE")
    exp = EXP("confirmation", "'onsdag v. 18' = Wednesday of ISO week 18 = 2027-05-05 (as "
              "requested). Paper surcharge 0.35 SEK per copy on the catalogue only: 18.40 -> "
              "18.75. 'fredag 23/4' is the artwork deadline, not a delivery date.",
              [conf(po, {1: CHG(unit_price="18.75"), 2: ACC()})])
    add_case(slug, "confirmation", "sv-SE", "weekday + week number, per-copy surcharge on one "
             "line, artwork deadline as distractor", [po], eml, exp)


def case_lifejackets_ship_eta_nb():
    slug = "lifejackets-ship-and-arrival-nb"
    sup = SUP("VKS", "Vestkyst Sikkerhet AS", "ordre@vestkystsikkerhet.example", "nb-NO")
    po = PO("4700022551", sup, BUY("Kari Nilsen", "ind"), "NOK", "2027-04-27", [
        ("RV-275N-ADLT", "Redningsvest 275N, automatisk, voksen", 40, "STK", "1490.00", "2027-05-10"),
        ("HRU-H20", "Hydrostatisk utløser Hammar H20", 20, "STK", "465.00", "2027-05-10"),
    ], req_zone=2)
    D("2027-05-07", "Fri"); D("2027-05-11", "Tue")
    top = """Hei Kari,

takk for bestillingen. Alt er bekreftet til ordrepris.

Varene sendes fra lageret vårt i Bergen fredag 7. mai og er fremme hos dere tirsdag 11. mai.
"""
    sig = """Mvh
Øyvind Hansen
Vestkyst Sikkerhet AS
Sandviksboder 3, 5035 Bergen
Tlf. +47 55 31 40 20 | Org.nr. 912 345 678 MVA"""
    text = outlook_reply(top, po, "nb", sig=sig)
    eml = mail(slug, frm=("Øyvind Hansen", "oyvind@vestkystsikkerhet.example"), to=B(po),
               date=when("2027-04-28", 13, 15, 2), subject="SV: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "nb"),
               lang="nb-NO")
    exp = EXP("confirmation", "Dispatch Friday 7 May and arrival ('fremme hos dere') Tuesday "
              "11 May: the arrival is the delivery date, one day after the requested date.",
              [conf(po, {1: CHG(date="2027-05-11"), 2: CHG(date="2027-05-11")})])
    add_case(slug, "confirmation", "nb-NO", "ship date and arrival date in words (arrival wins), "
             "marine safety gear", [po], eml, exp)


def case_laptops_licences_fi():
    slug = "laptops-week-licences-today-fi"
    sup = SUP("TTO", "Tietotalo Oy", "tilaukset@tietotalo.example", "fi-FI")
    po = PO("IT-PO-27118", sup, BUY("Aino Virtanen", "it"), "EUR", "2027-04-30", [
        ("LAT5550-I5", "Dell Latitude 5550, i5-1345U/16GB/512GB", 25, "PCS", "1089.00", "2027-05-14"),
        ("WD19S-180W", "Dell telakka WD19S 180W", 25, "PCS", "189.00", "2027-05-14"),
        ("OFF-LTSC-2024", "Microsoft Office LTSC Standard 2024, lisenssi", 25, "LIC", "412.00",
         "2027-05-14"),
    ], req_zone=3)
    assert kw(2027, 19) == "2027-05-14"
    top = """Hei Aino,

kiitos tilauksesta. Vahvistamme tilauksen IT-PO-27118 seuraavasti:

- kannettavat (210-BNNJ / N009L5550EMEA_VP) ja telakat toimitetaan viikolla 19
- lisenssit toimitetaan sähköisesti jo tänään, lisenssiavaimet tulevat erillisellä viestillä

Hinnat tilauksen mukaiset, tarjous 2027/0412 voimassa 31.5.2027 asti.
Sarjanumerot lähetämme toimituksen yhteydessä.
"""
    sig = """Ystävällisin terveisin
Mikko Laine
Myyntipalvelu
Tietotalo Oy | Hatanpään valtatie 30, 33100 Tampere
puh. 010 422 8800 | Y-tunnus 2345678-9"""
    text = outlook_reply(top, po, "fi", sig=sig)
    eml = mail(slug, frm=("Mikko Laine", "mikko.laine@tietotalo.example"), to=B(po),
               date=when("2027-05-03", 10, 10, 3), subject="VS: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "fi"),
               lang="fi-FI")
    exp = EXP("confirmation", "Hardware 'viikolla 19' -> Friday 2027-05-14 (as requested); "
              "licences delivered electronically 'today' = mail date 2027-05-03. Part numbers with "
              "slashes, offer number 2027/0412 and its validity are distractors.",
              [conf(po, {1: ACC(), 2: ACC(), 3: CHG(date="2027-05-03")})])
    add_case(slug, "confirmation", "fi-FI", "week number for hardware, 'today' for licences, "
             "offer number that looks like a date", [po], eml, exp)


def case_mdn_read_receipt_de():
    slug = "mdn-read-receipt-de"
    sup = SUP("EPK", "Etiketten Pfalz KG", "auftrag@etiketten-pfalz.example", "de-DE")
    po = PO("4500081301", sup, BUY("Katrin Vogel", "food"), "EUR", "2027-03-22", [
        ("ETK-70x50-PP", "Haftetikett 70x50 mm PP weiß, Rolle 2.000 St.", 150, "TH", "6.80", "2027-04-06"),
    ])
    orig = our_request_eml(po, slug, lang="de", body=req_text(po, "de"))
    read_at = when("2027-03-23", 10, 14, 1, 22)
    text = """Ihre Nachricht

  An: Etiketten Pfalz KG
  Betreff: %s
  Gesendet: Montag, 22. März 2027 09:12:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

wurde am Dienstag, 23. März 2027 10:14:22 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.
""" % our_subject(po, "de")
    status = [[("Reporting-UA", "PC-VERTRIEB04; Microsoft Outlook 16.0"),
               ("Final-Recipient", "rfc822;auftrag@etiketten-pfalz.example"),
               ("Original-Message-ID", po["request_message_id"]),
               ("Disposition", "manual-action/MDN-sent-manually; displayed")]]
    rep = report(slug, "disposition-notification", text, status, orig, headers_only=True,
                 text_charset="utf-8", text_cte="quoted-printable")
    eml = mail(slug, frm=("Etiketten Pfalz KG", "auftrag@etiketten-pfalz.example"), to=B(po),
               date=read_at, subject="Gelesen: " + our_subject(po, "de"),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], body=rep, client="outlook", lang="de-DE")
    exp = EXP("auto_reply", "Read receipt (MDN, disposition-notification): the order was "
              "displayed, nothing is confirmed.")
    add_case(slug, "auto_reply", "de-DE", "Outlook read receipt (multipart/report "
             "disposition-notification)", [po], eml, exp)


def case_cleaning_full_et():
    slug = "cleaning-weekday-date-et"
    sup = SUP("PVR", "Puhasvara OÜ", "tellimused@puhasvara.example", "et-EE")
    po = PO("4700022560", sup, BUY("Liis Kask", "ind"), "EUR", "2027-05-03", [
        ("PV-UNIV-5", "Universaalne puhastusvahend 5 L", 120, "TK", "11.90", "2027-05-12"),
        ("PV-DESI-1", "Käte desinfitseerimisvahend 1 L, pumbaga", 200, "TK", "6.40", "2027-05-12"),
    ], req_zone=3)
    D("2027-05-12", "Wed")
    top = """Tere,

kinnitame tellimuse 4700022560. Tarne kolmapäeval, 12.05.
Hinnad vastavalt tellimusele (hinnad ilma KM-ta).
"""
    sig = """Lugupidamisega
Kadri Tamm
Puhasvara OÜ | Peterburi tee 47, 11415 Tallinn
tel +372 640 1122 | reg.kood 12345678"""
    text = outlook_reply(top, po, "et", sig=sig)
    eml = mail(slug, frm=("Kadri Tamm", "kadri@puhasvara.example"), to=B(po),
               date=when("2027-05-04", 9, 40, 3), subject="RE: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "et"),
               lang="et-EE")
    exp = EXP("confirmation", "Short Estonian confirmation: delivery Wednesday 12.05 = requested "
              "date, prices as ordered (net of VAT).", [conf(po, {1: ACC(), 2: ACC()})])
    add_case(slug, "confirmation", "et-EE", "short full acceptance with weekday and day.month",
             [po], eml, exp)


def case_lab_consumables_discontinued_lv():
    slug = "lab-consumables-discontinued-line-lv"
    sup = SUP("LPS", "Laboratorijas Piegādes SIA", "pasutijumi@labpiegades.example", "lv-LV")
    po = PO("4700022566", sup, BUY("Ilze Ozola", "ind"), "EUR", "2027-05-05", [
        ("LP-PIP-1000", "Pipešu uzgaļi 100-1000 µl, 10x96", 40, "BOX", "24.50", "2027-05-20"),
        ("LP-PETRI-90", "Petri trauciņi 90 mm, sterili, 500 gab.", 10, "BOX", "58.00", "2027-05-20"),
        ("LP-CRYO-2", "Krioflakoni 2 ml, 500 gab.", 6, "BOX", "71.00", "2027-05-20"),
    ], req_zone=3)
    top = """Labdien!

Apstiprinām pasūtījumu 4700022566:
- pipešu uzgaļi un Petri trauciņi - piegāde 2027. gada 20. maijā, cenas kā pasūtījumā;
- krioflakonus 2 ml ražotājs vairs neražo, tāpēc šo pozīciju nevaram piegādāt. Alternatīvu piedāvājumu nosūtīsim atsevišķi.
"""
    sig = """Ar cieņu
Ilze Bērziņa
Laboratorijas Piegādes SIA
Rīga, Krasta iela 52, LV-1003 | tālr. +371 67 120 440 | Reģ. Nr. 40103123456"""
    text = outlook_reply(top, po, "lv", sig=sig)
    eml = mail(slug, frm=("Ilze Bērziņa", "ilze.berzina@labpiegades.example"), to=B(po),
               date=when("2027-05-06", 14, 5, 3), subject="RE: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "lv"),
               lang="lv-LV", charset="iso-8859-13", hcs="utf-8")
    exp = EXP("confirmation", "Lines 1-2 confirmed for '2027. gada 20. maijā' (= requested); line 3 "
              "discontinued and cannot be supplied -> rejected (an alternative is only announced).",
              [conf(po, {1: ACC(), 2: ACC(), 3: REJ()})])
    add_case(slug, "confirmation", "lv-LV", "Latvian long date form, discontinued line rejected, "
             "ISO-8859-13", [po], eml, exp)


def case_bike_frames_short_lt():
    slug = "bike-frames-short-quantity-lt"
    sup = SUP("DRU", "UAB Dviračių rėmai", "uzsakymai@dviraciuremai.example", "lt-LT")
    po = PO("4700022572", sup, BUY("Andrei Popescu", "ind"), "EUR", "2027-05-07", [
        ("DR-AL-29-L", "Dviračio rėmas aliumininis 29\", L dydis", 50, "VNT", "148.00", "2027-05-28"),
        ("DR-FRK-29", "Standi šakė 29\", aliumininė", 50, "VNT", "39.00", "2027-05-28"),
    ], req_zone=3)
    top = """Laba diena,

patvirtiname užsakymą 4700022572.
L dydžio rėmų turime tik 48 vnt., likusių 2 vnt. pagaminti nebegalėsime (baigėsi vamzdžių partija).
Šakės - visi 50 vnt.
Pristatymas gegužės 28 d. Kainos pagal užsakymą.
"""
    sig = """Pagarbiai
Tomas Kazlauskas
UAB Dviračių rėmai | Pramonės pr. 16, LT-51329 Kaunas
Tel. +370 37 452 118 | Įmonės kodas 301234567"""
    text = outlook_reply(top, po, "lt", sig=sig)
    eml = mail(slug, frm=("Tomas Kazlauskas", "tomas@dviraciuremai.example"), to=B(po),
               date=when("2027-05-10", 11, 20, 3), subject="RE: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "lt"),
               lang="lt-LT")
    exp = EXP("confirmation", "Frames: only 48 of 50 can be supplied and the missing 2 will never "
              "come -> changed, quantity 48. Forks complete. Date 'gegužės 28 d.' = requested.",
              [conf(po, {1: CHG(quantity=48), 2: ACC()})])
    add_case(slug, "confirmation", "lt-LT", "short quantity without back-order, Lithuanian "
             "month-name date", [po], eml, exp)


def case_syringes_ship_and_delivery_uk():
    slug = "syringes-ship-and-delivery-uk"
    sup = SUP("MDP", "ТОВ «МедПостач»", "zamovlennya@medpostach.example", "uk-UA")
    po = PO("PO-2027-0311", sup, BUY("Olena Shevchenko", "klinika-elian.example"), "UAH",
            "2027-05-10", [
                ("SHP-5ML-100", "Шприц 5 мл одноразовий, уп. 100 шт.", 200, "UP", "245.00", "2027-05-20"),
                ("SYS-INF-25", "Система для інфузій, уп. 25 шт.", 150, "UP", "312.00", "2027-05-20"),
            ], req_zone=3)
    top = """Добрий день, пані Олено!

Підтверджуємо замовлення PO-2027-0311 у повному обсязі за цінами замовлення.

Шприци: серія 270315, термін придатності 03.2032.
Системи для інфузій: серія 270402, термін придатності 04.2030.

Відвантаження 18.05.2027, доставка «Новою поштою» до 21.05.2027.
"""
    sig = """З повагою,
Ірина Коваленко
менеджер з продажу
ТОВ «МедПостач», м. Київ, вул. Електриків, 29
тел. +380 44 390 12 45 | код ЄДРПОУ 41234567"""
    text = outlook_reply(top, po, "uk", sig=sig)
    eml = mail(slug, frm=("Ірина Коваленко", "i.kovalenko@medpostach.example"), to=B(po),
               date=when("2027-05-11", 10, 30, 3), subject="RE: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "uk"),
               lang="uk-UA", charset="utf-8", cte="base64")
    exp = EXP("confirmation", "Dispatch 18.05.2027 and delivery by 21.05.2027: the delivery date "
              "wins (one day after the requested date). Batch numbers and expiry months are "
              "distractors.",
              [conf(po, {1: CHG(date="2027-05-21"), 2: CHG(date="2027-05-21")})])
    add_case(slug, "confirmation", "uk-UA", "Ukrainian, dispatch + delivery date, series and "
             "expiry, UTF-8 base64", [po], eml, exp)


def case_ndr_mailbox_full_de():
    slug = "bounce-mailbox-full-exchange-de"
    sup = SUP("BSM", "Baustoffe Schwaben GmbH", "info@baustoffe-schwaben.example", "de-DE")
    po = PO("B27-00466", sup, BUY("Stefan Maier", "bau"), "EUR", "2027-03-30", [
        ("XPS-100-SF", "XPS-Dämmplatte 100 mm, Stufenfalz", 420, "M2", "16.80", "2027-04-14"),
        ("KLB-PU-750", "PU-Klebeschaum 750 ml", 48, "ST", "9.40", "2027-04-14"),
    ], req_zone=2)
    rcpt = "k.mueller@baustoffe-schwaben.example"
    orig = our_request_eml(po, slug, to_addr=rcpt, lang="de", body=req_text(po, "de"))
    text = """Die Nachricht konnte nicht zugestellt werden.

Ihre Nachricht an %s konnte nicht zugestellt werden, weil das Postfach des Empfängers voll ist.

Was ist zu tun?
Versuchen Sie, die Nachricht später erneut zu senden, oder wenden Sie sich auf anderem Weg an den Empfänger.

Diagnoseinformationen für Administratoren:

Generierender Server: EXCH02.korvan-bau.example

%s
Remoteserver hat '552 5.2.2 Mailbox full - quota exceeded' zurückgegeben.

Ursprüngliche Nachrichtenkopfzeilen:

Message-ID: %s
Subject: %s
""" % (rcpt, rcpt, po["request_message_id"], our_subject(po, "de"))
    status = [
        [("Reporting-MTA", "dns;EXCH02.korvan-bau.example"),
         ("Received-From-MTA", "dns;EXCH01.korvan-bau.example"),
         ("Arrival-Date", format_datetime(po["_req_dt"]))],
        [("Original-Recipient", "rfc822;" + rcpt), ("Final-Recipient", "rfc822;" + rcpt),
         ("Action", "failed"), ("Status", "5.2.2"),
         ("Remote-MTA", "dns;mx.baustoffe-schwaben.example"),
         ("Diagnostic-Code", "smtp;552 5.2.2 Mailbox full - quota exceeded")],
    ]
    rep = report(slug, "delivery-status", text, status, orig, text_charset="utf-8",
                 text_cte="quoted-printable")
    eml = mail(slug, frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@korvan-bau.example"),
               to=B(po), date=when("2027-03-30", 9, 14, 2, 7),
               subject="Unzustellbar: " + our_subject(po, "de"), mid=MID("exchange", slug, "korvan-bau.example"),
               irt=po["request_message_id"], refs=[po["request_message_id"]], body=rep,
               client="none", received=False, lang="de-DE",
               extra=[("Auto-Submitted", "auto-replied"),
                      ("X-MS-Exchange-Message-Is-Ndr", "")])
    exp = EXP("bounce", "Exchange NDR in German, 5.2.2 mailbox full; the request never reached "
              "the supplier.")
    add_case(slug, "bounce", "de-DE", "Exchange non-delivery report (mailbox full) with "
             "original attached", [po], eml, exp)


def case_passives_roc_dates_zh_tw():
    slug = "passives-roc-dates-split-zh-tw"
    sup = SUP("TPE", "台灣精密電子股份有限公司", "sales@twprecision.example", "zh-TW")
    po = PO("4700022580", sup, BUY("Sanne de Vries", "ind"), "USD", "2027-04-23", [
        ("RC0402FR-0710KL", "Chip resistor 0402 10K 1%, reel 10k", 50000, "PCS", "0.0012", "2027-05-12"),
        ("CL10B104KB8NNNC", "MLCC 0603 100nF 50V X7R, reel 4k", 48000, "PCS", "0.0031", "2027-05-12"),
    ], req_zone=2)
    t = po["_req_dt"]
    body = """Sanne 您好，

感謝您的訂單 4700022580，回覆如下：

1. RC0402FR-0710KL 50K pcs：交期 116/05/12，單價 USD 0.0012 不變。
2. CL10B104KB8NNNC 48K pcs：分批交貨，116/05/12 先交 24K，餘 24K 交期 116/05/26。單價不變。

如有任何問題請隨時與我聯繫。

Best regards,
陳怡君 Vivian Chen
業務部
台灣精密電子股份有限公司
TEL: +886-2-2698-1234 ext. 305
FAX: +886-2-2698-1299

寄件者: Sanne de Vries <%s>
寄件日期: 2027年4月23日 下午 %d:%02d
收件者: sales@twprecision.example
主旨: %s

%s
""" % (po["buyer"]["email"], t.hour + 6 - 12, t.minute, our_subject(po), req_text(po))
    eml = mail(slug, frm=("陳怡君 Vivian Chen", "vivian.chen@twprecision.example"), to=B(po),
               date=when("2027-04-26", 16, 40, 8), subject="RE: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=body, charset="big5", cte="base64",
               hcs="big5", html=None, lang="zh-TW")
    exp = EXP("confirmation", "Dates in ROC (Minguo) calendar: 116/05/12 = 2027-05-12, 116/05/26 "
              "= 2027-05-26. Line 1 as ordered; line 2 split 24K + 24K with the second part two "
              "weeks later.",
              [conf(po, {1: ACC(), 2: CHG(date="2027-05-26",
                                          schedule=[(24000, "2027-05-12"), (24000, "2027-05-26")])})])
    add_case(slug, "confirmation", "zh-TW", "ROC calendar dates (116/05/12), split delivery, "
             "K quantities, Big5 base64", [po], eml, exp)


def case_fibre_price_mixed_zh_cn():
    slug = "fibre-price-ship-arrival-mixed-zh-cn"
    sup = SUP("HFF", "浙江华纺化纤有限公司", "sales@huafang-fiber.example", "zh-CN")
    po = PO("NS270506", sup, BUY("Zhang Min", "tex"), "USD", "2027-05-05", [
        ("PES-150D48F", "Polyester DTY 150D/48F, raw white", 2000, "KG", "1.62", "2027-05-28"),
        ("PA6-70D24F", "Nylon 6 FDY 70D/24F, semi-dull", 1000, "KG", "3.40", "2027-05-28"),
    ], req_zone=8)
    D("2027-05-05", "Wed")
    t = po["_req_dt"]
    body = """Dear Zhang Min,

您好！订单 NS270506 已收到，确认如下：

1. 涤纶 DTY 150D/48F 2,000 kg，单价 USD 1.62/kg，不变。
2. 锦纶6 FDY 70D/24F 1,000 kg，因原料己内酰胺涨价，单价调整为 USD 3.65/kg。

发货日期：5月26日（杭州仓库，汽运）
预计到货日期：5月28日

Please note the new price for item 2. Thanks!

Best regards
王丽 Lily Wang
外贸部 | 浙江华纺化纤有限公司
Tel: +86-571-8765-4321  WeChat: lilywang_hf

------------------ 原始邮件 ------------------
发件人: "Zhang Min"<%s>;
发送时间: 2027年5月5日(星期三) 上午%d:%02d
收件人: "sales"<sales@huafang-fiber.example>;
主题: %s

%s
""" % (po["buyer"]["email"], t.hour, t.minute, our_subject(po), req_text(po))
    html = html_wrap("<div>" + text_to_html(body) + "</div>")
    eml = mail(slug, frm=("王丽", "sales@huafang-fiber.example"), to=B(po),
               date=when("2027-05-06", 9, 25, 8), subject="回复：" + our_subject(po),
               mid="<tencent_%s@qq.com>" % hashlib.md5(slug.encode()).hexdigest().upper()[:24],
               irt=po["request_message_id"], refs=[po["request_message_id"]], text=body,
               html=html, charset="gb18030", cte="base64", hcs="gb18030", client="foxmail")
    exp = EXP("confirmation", "Chinese/English mix. Ship 5月26日, estimated arrival 5月28日 "
              "(labelled arrival = delivery, equals the requested date). Line 2 price raised to "
              "3.65 USD/kg.",
              [conf(po, {1: ACC(), 2: CHG(unit_price="3.65")})])
    add_case(slug, "confirmation", "zh-CN", "Chinese+English, ship and arrival dates, raw-"
             "material price increase, Foxmail GB18030", [po], eml, exp)


def case_reagents_iso2022jp_ja():
    slug = "reagents-one-line-later-ja"
    sup = SUP("THK", "東邦化学薬品株式会社", "order@toho-chem.example", "ja-JP")
    po = PO("4700022590", sup, BUY("Yuki Tanaka", "ind"), "JPY", "2027-04-16", [
        ("ACN-HPLC-3L", "アセトニトリル HPLC用 3L", 20, "BTL", "9800", "2027-04-28"),
        ("MEOH-LCMS-3L", "メタノール LC/MS用 3L", 12, "BTL", "12400", "2027-04-28"),
    ], req_zone=9)
    D("2027-04-28", "Wed"); D("2027-05-14", "Fri")
    t = po["_req_dt"]
    body = """ハルバーセン・インダストリアル株式会社
購買部 田中様

いつもお世話になっております。
東邦化学薬品の佐藤でございます。

ご注文（注文番号 4700022590）を承りました。下記の通りご回答申し上げます。

１．アセトニトリル HPLC用 3L × 20本：納期 4月28日（水）
２．メタノール LC/MS用 3L × 12本：メーカー欠品のため、5月14日（金）の納品となります。

単価はご注文書の通りです。
ご迷惑をおかけいたしますが、何卒よろしくお願い申し上げます。

――――――――――――――――
東邦化学薬品株式会社　営業部
佐藤　健一
〒103-0023 東京都中央区日本橋本町2-4-1
TEL 03-3241-5678 / FAX 03-3241-5679
――――――――――――――――

差出人: Yuki Tanaka <%s>
送信日時: 2027年4月16日 %d:%02d
宛先: order@toho-chem.example
件名: %s

%s
""" % (po["buyer"]["email"], t.hour, t.minute, our_subject(po), req_text(po))
    eml = mail(slug, frm=("佐藤 健一", "k.sato@toho-chem.example"), to=B(po),
               date=when("2027-04-19", 11, 30, 9), subject="RE: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=body, charset="iso-2022-jp", cte="7bit",
               hcs="iso-2022-jp", lang="ja-JP")
    exp = EXP("confirmation", "Japanese month/day dates with weekday: line 1 on 4月28日（水） "
              "as requested, line 2 delayed to 5月14日（金） -> 2027-05-14. ISO-2022-JP body.",
              [conf(po, {1: ACC(), 2: CHG(date="2027-05-14")})])
    add_case(slug, "confirmation", "ja-JP", "Japanese business reply in ISO-2022-JP, 月日（曜） "
             "dates, one line later", [po], eml, exp)


def case_airless_ship_only_ko():
    slug = "airless-pumps-ship-date-ko"
    sup = SUP("HBP", "한빛패키징(주)", "sales@hanbitpack.example", "ko-KR")
    po = PO("LC-27-0102", sup, BUY("Kim Jiwoo", "lumea-cosmetics.example"), "USD", "2027-04-21", [
        ("AL-PMP-30", "에어리스 펌프 용기 30ml, 화이트", 20000, "EA", "0.48", "2027-05-10"),
        ("CAP-AL-30", "오버캡 30ml, 투명", 20000, "EA", "0.06", "2027-05-10"),
    ], req_zone=9)
    D("2027-04-21", "Wed")
    t = po["_req_dt"]
    body = """김지우 대리님 안녕하세요,
한빛패키징 박서준입니다.

발주서 LC-27-0102 확인하였습니다.
에어리스 펌프 용기 30ml 20,000개, 오버캡 20,000개 모두 2027년 5월 7일 출고 예정입니다.
단가는 발주서와 동일합니다.

감사합니다.
박서준 드림

한빛패키징(주) 영업팀 | 경기도 화성시 향남읍 제약공단2길 18
T. 031-355-1234 | M. 010-4567-8910

-----Original Message-----
From: "Kim Jiwoo"<%s>
To: <sales@hanbitpack.example>;
Sent: 2027-04-21 (수) %02d:%02d:00 (GMT+09:00)
Subject: %s

%s
""" % (po["buyer"]["email"], t.hour, t.minute, our_subject(po), req_text(po))
    eml = mail(slug, frm=("박서준", "sjpark@hanbitpack.example"), to=B(po),
               date=when("2027-04-23", 14, 0, 9), subject="RE: " + our_subject(po),
               mid="<%s@hanbitpack.example>" % hashlib.md5(slug.encode()).hexdigest(),
               irt=po["request_message_id"], refs=[po["request_message_id"]], text=body,
               html=html_wrap(text_to_html(body)), charset="euc-kr", cte="base64",
               hcs="euc-kr", client="none",
               extra=[("X-Mailer", "WORKS Mail")])
    exp = EXP("confirmation", "Only a ship-out date ('출고 예정' 2027년 5월 7일) for both lines, "
              "so the date is 2027-05-07 (earlier than requested); prices unchanged.",
              [conf(po, {1: CHG(date="2027-05-07"), 2: CHG(date="2027-05-07")})])
    add_case(slug, "confirmation", "ko-KR", "Korean reply in EUC-KR, ship-out date only, "
             "yyyy년 m월 d일", [po], eml, exp)


def case_safety_shoes_sizes_vi():
    slug = "safety-shoes-dates-per-size-vi"
    sup = SUP("BHS", "Công ty TNHH Bảo Hộ Lao Động Sài Gòn", "kinhdoanh@baoholaodongsg.example", "vi-VN")
    po = PO("4700022601", sup, BUY("Nguyen Thi Lan", "ind"), "VND", "2027-05-21", [
        ("GBH-S3-3944", "Giày bảo hộ S3 mũi thép, size 39-44 (39:40/40:50/41:60/42:70/43:50/44:30)",
         300, "DOI", "485000.00", "2027-06-10"),
        ("GTL-NIT-9", "Găng tay chống cắt cấp 5, size 9", 1000, "DOI", "42000.00", "2027-06-10"),
    ], req_zone=7)
    D("2027-05-21", "Fri")
    t = po["_req_dt"]
    top = """Kính gửi chị Lan,

Công ty chúng tôi xác nhận đơn hàng 4700022601 như sau:

- Giày bảo hộ S3: size 39-41 (150 đôi) giao ngày 10/6; size 42-44 (150 đôi) giao ngày 17/6 do thiếu hàng size lớn.
- Găng tay chống cắt cấp 5: 1.000 đôi giao ngày 10/6.

Đơn giá giữ nguyên theo đơn hàng.

Trân trọng,
Trần Văn Minh
Phòng Kinh doanh
Công ty TNHH Bảo Hộ Lao Động Sài Gòn
Hotline: 0909 123 456 | MST: 0312345678
"""
    hdr = "Vào Th 6, 21 thg 5, 2027 vào lúc %02d:%02d Nguyen Thi Lan <%s> đã viết:" % (
        t.hour, t.minute, po["buyer"]["email"])
    body = top + "\n" + hdr + "\n\n" + quote(req_text(po)) + "\n"
    eml = mail(slug, frm=("Trần Văn Minh", "minh.tran@baoholaodongsg.example"), to=B(po),
               date=when("2027-05-24", 10, 15, 7), subject="Re: " + our_subject(po),
               mid=MID("gmail", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=body, html=html_wrap(text_to_html(body)),
               client="gmail", cte="base64")
    exp = EXP("confirmation", "Shoes split by size group: sizes 39-41 (150 pairs) on 10/6 and "
              "42-44 (150 pairs) on 17/6 -> schedule; gloves complete on 10/6 as requested. "
              "Vietnamese day/month.",
              [conf(po, {1: CHG(date="2027-06-17",
                                schedule=[(150, "2027-06-10"), (150, "2027-06-17")]),
                         2: ACC()})])
    add_case(slug, "confirmation", "vi-VN", "PPE shoes with dates per size group, Gmail "
             "Vietnamese quote header", [po], eml, exp)


def case_tapioca_buddhist_year_th():
    slug = "tapioca-buddhist-year-price-th"
    sup = SUP("SSC", "บริษัท สยามแป้งมัน จำกัด", "export@siamstarch.example", "th-TH")
    po = PO("4500081340", sup, BUY("Somchai Prasert", "food"), "USD", "2027-04-26", [
        ("TS-NAT-25", "Tapioca starch native, 25 kg bag", 10000, "KG", "0.58", "2027-05-14"),
        ("CMP-60", "Coconut milk powder 60% fat, 20 kg carton", 2000, "KG", "3.05", "2027-05-14"),
    ], req_zone=7)
    D("2027-04-26", "Mon")
    t = po["_req_dt"]
    top = """เรียน คุณสมชาย

ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500081340 บริษัทฯ ขอยืนยันรายการดังนี้

1. แป้งมันสำปะหลัง 10,000 กก. (400 ถุง) ราคา 0.58 USD/กก. ส่งมอบวันที่ 14 พ.ค. 2570
2. กะทิผง 2,000 กก. ราคาปรับเป็น 3.20 USD/กก. เนื่องจากราคามะพร้าวสูงขึ้น ส่งมอบวันที่ 14 พ.ค. 2570

ขอแสดงความนับถือ
วิภาวรรณ ศรีสุข
ฝ่ายขายต่างประเทศ
บริษัท สยามแป้งมัน จำกัด
โทร. 02-123-4567
"""
    hdr = """จาก: Somchai Prasert <%s>
ส่ง: วันจันทร์ที่ 26 เมษายน 2570 %d:%02d
ถึง: export@siamstarch.example
เรื่อง: %s""" % (po["buyer"]["email"], t.hour, t.minute, our_subject(po))
    body = top + "\n" + hdr + "\n\n" + req_text(po)
    eml = mail(slug, frm=("วิภาวรรณ ศรีสุข", "wipawan@siamstarch.example"), to=B(po),
               date=when("2027-04-27", 15, 30, 7), subject="RE: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=body, charset="tis-620",
               hcs="tis-620", lang="th-TH")
    exp = EXP("confirmation", "Thai Buddhist-era year: 14 พ.ค. 2570 = 2027-05-14 (requested). "
              "Line 2 price raised to 3.20 USD/kg. The quote header also shows a Buddhist year.",
              [conf(po, {1: ACC(), 2: CHG(unit_price="3.20")})])
    add_case(slug, "confirmation", "th-TH", "Buddhist-era year 2570, abbreviated Thai month, "
             "price change, TIS-620", [po], eml, exp)


def case_spices_short_id():
    slug = "spices-short-quantity-id"
    sup = SUP("PRN", "PT Rempah Nusantara", "sales@rempahnusantara.example", "id-ID")
    po = PO("4500081352", sup, BUY("Dewi Lestari", "food"), "USD", "2027-04-29", [
        ("RP-LADA-HTM", "Lada hitam utuh (black pepper) ASTA, karung 50 kg", 5000, "KG", "6.20",
         "2027-05-20"),
        ("RP-PALA-ABCD", "Pala utuh (nutmeg) ABCD, karung 50 kg", 1000, "KG", "9.80", "2027-05-20"),
    ], req_zone=7)
    D("2027-04-29", "Thu")
    t = po["_req_dt"]
    top = """Selamat siang Bu Dewi,

Terima kasih atas PO 4500081352.

Lada hitam 5.000 kg kami konfirmasi, pengiriman tgl 20 Mei 2027.
Untuk pala, stok kami hanya 800 kg, jadi kami hanya bisa kirim 800 kg bersama lada tgl 20 Mei. Sisanya tidak bisa kami penuhi sampai panen berikutnya.
Harga sesuai PO.

Salam,
Budi Santoso
PT Rempah Nusantara
Jl. Raya Bitung Km 5, Manado
HP/WA 0812-4433-2211
"""
    hdr = "Pada tanggal Kam, 29 Apr 2027 pukul %02d.%02d Dewi Lestari <%s> menulis:" % (
        t.hour, t.minute, po["buyer"]["email"])
    body = top + "\n" + hdr + "\n\n" + quote(req_text(po)) + "\n"
    eml = mail(slug, frm=("Budi Santoso", "budi@rempahnusantara.example"), to=B(po),
               date=when("2027-04-30", 13, 20, 7), subject="Re: " + our_subject(po),
               mid=MID("gmail", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=body, html=html_wrap(text_to_html(body)),
               client="gmail")
    exp = EXP("confirmation", "Pepper as ordered; nutmeg only 800 of 1,000 kg and the rest is not "
              "supplied -> quantity 800, same date and price.",
              [conf(po, {1: ACC(), 2: CHG(quantity=800)})])
    add_case(slug, "confirmation", "id-ID", "Indonesian, short quantity on one line, 5.000 with "
             "dot thousands", [po], eml, exp)


def case_chemicals_malay_english_ms():
    slug = "cleaning-chem-malay-english-ms"
    sup = SUP("KBS", "Kimia Bersih Sdn. Bhd.", "sales@kimiabersih.example", "ms-MY")
    po = PO("4700022612", sup, BUY("Nurul Aina", "ind"), "MYR", "2027-05-07", [
        ("KB-NAOCL-25", "Sodium hypochlorite 10%, 25 L jerrycan", 80, "CAN", "38.50", "2027-05-18"),
        ("KB-DGR-20", "Degreaser heavy duty, 20 L", 40, "CAN", "96.00", "2027-05-18"),
    ], req_zone=8)
    D("2027-05-18", "Tue")
    top = """Hi Cik Nurul,

Terima kasih for the PO 4700022612. Kami sahkan semua item as per PO:
- Sodium hypochlorite 10%, 25 L tong x 80 - RM 38.50/tong
- Degreaser heavy duty, 20 L x 40 - RM 96.00

Penghantaran on 18/5 (Selasa) ke warehouse Shah Alam. Lorry will reach before 12pm.

Any issue just WhatsApp me ya.
"""
    sig = """Thanks & regards,
Mohd Hafiz bin Rahman
Sales Executive
Kimia Bersih Sdn. Bhd. (201901012345 (1234567-X))
Lot 12, Jalan Perusahaan 3, 40300 Shah Alam, Selangor
Tel: 03-5191 2233 | H/P: 012-334 5566"""
    text = outlook_reply(top, po, "en", sig=sig, us=True)
    eml = mail(slug, frm=("Mohd Hafiz", "hafiz@kimiabersih.example"), to=B(po),
               date=when("2027-05-10", 16, 45, 8), subject="RE: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "en"),
               lang="en-MY")
    exp = EXP("confirmation", "Malay/English mix, all items as per PO, delivery 18/5 (Tuesday) = "
              "requested. Company registration number 201901012345 starts like a date but is not.",
              [conf(po, {1: ACC(), 2: ACC()})])
    add_case(slug, "confirmation", "ms-MY", "Malay-English mix, day/month with weekday, "
             "registration number that looks like a date", [po], eml, exp)


def case_labels_taglish_split_tl():
    slug = "labels-taglish-split-tl"
    sup = SUP("MLP", "Manila Label Printing Corp.", "sales@manilalabel.example", "tl-PH")
    po = PO("4700022620", sup, BUY("Maria Santos", "ind"), "PHP", "2027-05-14", [
        ("MLP-4X6-DT", "Direct thermal label 4x6 in, 500/roll", 120, "ROLL", "385.00", "2027-05-25"),
        ("MLP-2X1-TT", "Thermal transfer label 2x1 in, 2000/roll", 60, "ROLL", "520.00", "2027-05-25"),
    ], req_zone=8)
    D("2027-05-25", "Tue")
    top = """Hi Ms. Maria,

Good morning po! Confirmed na po namin yung PO 4700022620.

Yung 2x1 labels (60 rolls) ide-deliver namin sa May 25 (Tuesday) as requested.
Pero yung 4x6 labels, 80 rolls lang po ang available ngayon, yung natitirang 40 rolls ay sa June 8 na po namin maide-deliver kasi hinihintay pa namin yung thermal paper. Yung 80 rolls kasama na sa May 25.

Same price po as per PO.

Salamat po!
Jerome dela Cruz
Sales Coordinator | Manila Label Printing Corp.
0917 555 0143
"""
    body = top + "\n" + gmail_hdr(po, "en-US") + "\n\n" + quote(req_text(po)) + "\n"
    eml = mail(slug, frm=("Jerome dela Cruz", "jerome@manilalabel.example"), to=B(po),
               date=when("2027-05-17", 11, 5, 8), subject="Re: " + our_subject(po),
               mid=MID("gmail", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=body, html=html_wrap(text_to_html(body)),
               client="gmail")
    exp = EXP("confirmation", "Taglish. 2x1 labels on May 25 as requested; 4x6 labels split 80 "
              "rolls on May 25 and 40 rolls on June 8.",
              [conf(po, {1: CHG(date="2027-06-08", schedule=[(80, "2027-05-25"), (40, "2027-06-08")]),
                         2: ACC()})])
    add_case(slug, "confirmation", "tl-PH", "Taglish with 'po', split delivery, English month "
             "names", [po], eml, exp)


def case_ooo_golden_week_ja():
    slug = "ooo-golden-week-closure-ja"
    sup = SUP("NKS", "日本計装部品株式会社", "eigyo@nikkeiso-buhin.example", "ja-JP")
    po = PO("4700022595", sup, BUY("Yuki Tanaka", "ind"), "JPY", "2027-04-30", [
        ("NK-PT100-A", "測温抵抗体 Pt100 クラスA, L=150", 30, "PCS", "6800", "2027-05-21"),
    ], req_zone=9)
    D("2027-04-29", "Thu"); D("2027-05-05", "Wed"); D("2027-05-06", "Thu")
    body = """※本メールは自動返信です。

平素より格別のお引き立てを賜り、厚く御礼申し上げます。

誠に勝手ながら、弊社では下記の期間をゴールデンウィーク休業とさせていただきます。

　休業期間：2027年4月29日（木）〜5月5日（水）
　営業開始：2027年5月6日（木）

休業期間中にいただいたお問い合わせ・ご注文につきましては、営業開始日以降、順次対応させていただきます。

日本計装部品株式会社　営業部
"""
    eml = mail(slug, frm=("日本計装部品 営業部", "eigyo@nikkeiso-buhin.example"), to=B(po),
               date=when("2027-04-30", 9, 12, 9, 20), subject="【自動返信】ゴールデンウィーク休業のお知らせ",
               mid="<%s.autoreply@nikkeiso-buhin.example>" % hashlib.md5(slug.encode()).hexdigest()[:20],
               irt=po["request_message_id"], refs=[po["request_message_id"]], text=body,
               charset="iso-2022-jp", cte="7bit", hcs="iso-2022-jp", client="none",
               extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")])
    exp = EXP("auto_reply", "Company holiday auto-reply (Golden Week) with closure and reopening "
              "dates; nothing about the order.")
    add_case(slug, "auto_reply", "ja-JP", "Japanese holiday-closure auto-reply with date range, "
             "ISO-2022-JP", [po], eml, exp)


def case_ooo_spring_festival_zh_cn():
    slug = "ooo-spring-festival-zh-cn"
    sup = SUP("NBH", "宁波恒达五金制品有限公司", "sales@hengda-hardware.example", "zh-CN")
    po = PO("4700022402", sup, BUY("Zhang Min", "ind"), "USD", "2027-02-03", [
        ("HD-HNG-304", "Stainless hinge AISI 304, 100x75 mm", 5000, "PCS", "0.86", "2027-03-15"),
        ("HD-LCH-90", "Cam latch 90 deg, zinc alloy", 3000, "PCS", "0.54", "2027-03-15"),
    ], req_zone=8)
    body = """您好，

我司于2027年2月4日至2月14日春节放假，2月15日（正月初十）正常上班。放假期间邮件无法及时回复，敬请谅解。
紧急事宜请联系：陈经理 手机 139 5741 2288

Dear customer,
Our office is closed for Chinese New Year from Feb 4 to Feb 14, 2027. We will reply to your email after Feb 15.

宁波恒达五金制品有限公司
"""
    eml = mail(slug, frm=("Helen Xu", "sales@hengda-hardware.example"), to=B(po),
               date=when("2027-02-04", 8, 0, 8, 11), subject="自动回复: " + our_subject(po),
               mid="<%s@hengda-hardware.example>" % hashlib.md5(slug.encode()).hexdigest()[:28],
               irt=po["request_message_id"], refs=[po["request_message_id"]], text=body,
               charset="gbk", cte="base64", hcs="gbk", client="none",
               extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    exp = EXP("auto_reply", "Bilingual Spring Festival auto-reply with closure dates; no answer "
              "about the PO.")
    add_case(slug, "auto_reply", "zh-CN", "Chinese New Year auto-reply, bilingual, GBK",
             [po], eml, exp)


def case_ticket_system_en_gb():
    slug = "ticket-system-request-received-en-gb"
    sup = SUP("BRX", "Britrix IT Distribution Ltd", "orders@britrix.example", "en-GB")
    po = PO("IT-PO-27131", sup, BUY("Aino Virtanen", "it"), "GBP", "2027-05-12", [
        ("HPE-P52562", "HPE 1.92TB SATA RI SFF SSD, P52562-B21", 8, "PCS", "412.00", "2027-05-26"),
        ("HPE-P43016", "HPE 32GB DDR4-3200 RDIMM, P43016-B21", 16, "PCS", "138.00", "2027-05-26"),
    ], req_zone=3)
    text = """##- Please type your reply above this line -##

Your request (48213) has been received and is being reviewed by our Sales Support team.

To add additional comments, reply to this email.

Request #48213: "%s"
Priority: Normal | Status: Open | Created: 12 May 2027 07:12 BST

Sales Support | Britrix IT Distribution Ltd
Unit 4, Kingsway Business Park, Rochdale OL16 4NG
This email is a service from Britrix Support.
""" % our_subject(po)
    html = html_wrap('<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>'
                     '<p>Your request (48213) has been received and is being reviewed by our Sales '
                     'Support team.</p><p>To add additional comments, reply to this email.</p>'
                     '<table><tr><td>Request</td><td>#48213</td></tr><tr><td>Subject</td><td>%s</td>'
                     '</tr><tr><td>Status</td><td>Open</td></tr><tr><td>Created</td><td>12 May 2027 '
                     '07:12 BST</td></tr></table><p style="color:#999">This email is a service from '
                     'Britrix Support.</p>' % htmlmod.escape(our_subject(po)))
    eml = mail(slug, frm=("Britrix Sales Support", "support@britrix.example"), to=B(po),
               date=when("2027-05-12", 7, 12, 1, 40),
               subject="[Britrix] Re: %s [#48213]" % our_subject(po),
               mid="<ZD48213_%s@britrix.zendesk.example>" % hashlib.md5(slug.encode()).hexdigest()[:10],
               irt=po["request_message_id"], refs=[po["request_message_id"]], text=text, html=html,
               client="none", extra=[("Auto-Submitted", "auto-generated"),
                                     ("X-Mailer", "Zendesk Mailer")])
    exp = EXP("auto_reply", "Ticket-system acknowledgement 'your request #48213 has been received'; "
              "nothing is confirmed.")
    add_case(slug, "auto_reply", "en-GB", "helpdesk ticket auto-answer with request number and "
             "creation date", [po], eml, exp)


def case_question_colour_tr():
    slug = "towels-question-colour-tr"
    sup = SUP("DNZ", "Denizli Havlu Tekstil San. Tic. Ltd. Şti.", "satis@denizlihavlu.example", "tr-TR")
    po = PO("NS270415", sup, BUY("Jana Petersen", "tex"), "EUR", "2027-04-14", [
        ("HAV-5090-NVY", "Havlu 50x90 cm, 500 g/m2, lacivert", 2400, "PCS", "3.10", "2027-05-21"),
        ("HAV-70140-NVY", "Banyo havlusu 70x140 cm, 500 g/m2, lacivert", 1200, "PCS", "6.40", "2027-05-21"),
    ], req_zone=2)
    top = """Merhaba Jana Hanım,

siparişiniz için teşekkürler. Onaylamadan önce iki konuyu netleştirmemiz gerekiyor:

1) Lacivert için hangi renk kodunu kullanalım? Pantone 19-4052 TCX mi, yoksa geçen sezonki 19-4024 TCX mi?
2) Dokuma etiketleri siz mi göndereceksiniz, yoksa biz mi temin edelim?

Cevabınıza göre üretim planına alıp termin bildireceğiz.
"""
    sig = """Saygılarımla,
Ayşe Kaya
Satış Temsilcisi
Denizli Havlu Tekstil | Tel: +90 258 269 11 22"""
    text = outlook_reply(top, po, "tr", sig=sig)
    eml = mail(slug, frm=("Ayşe Kaya", "ayse.kaya@denizlihavlu.example"), to=B(po),
               date=when("2027-04-15", 10, 5, 3), subject="YNT: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "tr"),
               lang="tr-TR")
    exp = EXP("needs_review", "Questions back to the buyer (colour code, labels) before the "
              "supplier will confirm; no quantity, price or date is committed.")
    add_case(slug, "needs_review", "tr-TR", "questions back to the buyer before confirming "
             "(Pantone numbers that look like codes)", [po], eml, exp)


def case_price_list_xlsx_fr_ch():
    slug = "price-list-2027-xlsx-fr-ch"
    sup = SUP("ADL", "Arômes du Léman SA", "ventes@aromes-leman.example", "fr-CH")
    po = PO("4500081288", sup, BUY("Sophie Keller", "food"), "CHF", "2027-05-18", [
        ("AR-CI-310", "Arôme citron naturel, bidon 10 kg", 40, "KG", "39.80", "2027-06-11"),
    ])
    xl = make_xlsx([
        [("bold", "Arômes du Léman SA - Liste de prix 2027/2028")],
        ["Valable dès le", ("date", "2027-07-01"), "jusqu'au", ("date", "2028-06-30")],
        [],
        [("bold", "Article"), ("bold", "Désignation"), ("bold", "Emballage"), ("bold", "Prix CHF/kg"),
         ("bold", "Délai (sem.)")],
        ["AR-FR-220", "Arôme fraise naturel", "fût 25 kg", ("money", "51.20"), 4],
        ["AR-VA-118", "Arôme vanille type Bourbon", "fût 25 kg", ("money", "64.90"), 4],
        ["AR-CI-310", "Arôme citron naturel", "bidon 10 kg", ("money", "41.50"), 3],
        ["AR-MN-077", "Arôme menthe poivrée", "bidon 10 kg", ("money", "58.00"), 3],
    ], sheet="Prix 2027-2028", creator="N. Favre", modified="2027-05-20T14:02:11Z",
        widths=[14, 32, 14, 14, 12])
    text = """Madame, Monsieur,

Veuillez trouver ci-joint notre nouvelle liste de prix, valable dès le 1er juillet 2027. Les commandes passées avant le 30 juin 2027 seront facturées aux prix actuels.

Nous restons volontiers à votre disposition.

Meilleures salutations

Arômes du Léman SA
Service commercial
Route de Genève 48 | CH-1110 Morges | Tél. +41 21 804 55 10
"""
    eml = mail(slug, frm=("Arômes du Léman - Service commercial", "ventes@aromes-leman.example"),
               to=B(po), date=when("2027-05-20", 16, 2, 2),
               subject="Nouvelle liste de prix 2027/2028", mid=MID("outlook", slug), text=text,
               html=outlook_html(text, "fr"),
               atts=[attachment(xl, "Liste_de_prix_2027-2028.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
               lang="fr-CH", thread_topic=False)
    exp = EXP("unrelated", "General price-list mailing (XLSX) from a supplier with an open PO; it "
              "does not answer the PO, even though the list contains the ordered item with a new "
              "price valid from July.")
    add_case(slug, "unrelated", "fr-CH", "price list XLSX circular from the same supplier, "
             "contains the ordered article", [po], eml, exp)


def case_electronics_aro_range_en_us():
    slug = "electronics-weeks-aro-ships-today-en-us"
    sup = SUP("WBC", "Westbridge Components Inc.", "orders@westbridgecomp.example", "en-US")
    po = PO("4700022390", sup, BUY("Ryan Mitchell", "ind"), "USD", "2027-02-08", [
        ("GRM188R71H104KA93D", "MLCC 0603 0.1uF 50V X7R, reel 4000", 16000, "PCS", "0.0042", "2027-03-15"),
        ("LM2596S-5.0/NOPB", "Buck regulator LM2596S-5.0, TO-263", 500, "PCS", "1.38", "2027-03-15"),
        ("1N4007-T", "Diode 1N4007, DO-41, ammo pack 5000", 5000, "PCS", "0.021", "2027-03-15"),
    ], req_time=(8, 5), req_zone=-5)
    D("2027-02-08", "Mon")
    top = """Hi Ryan,

Thanks for PO 4700022390. Status below:

Line 1  GRM188R71H104KA93D - 16,000 pcs (4 reels) - factory lead time 6-8 weeks ARO, $0.0042 confirmed
Line 2  LM2596S-5.0/NOPB - 500 pcs in stock, ships today via UPS Ground
Line 3  1N4007-T - 5,000 pcs in stock, ships today with line 2

Pricing per PO. Let me know if you want line 1 to ship partial as it comes in.
"""
    sig = """Best,
Jessica Morales
Inside Sales | Westbridge Components Inc.
1200 Commerce Pkwy, Suite 300, Carrollton, TX 75006
P: (972) 555-0147 | F: (972) 555-0148"""
    text = outlook_reply(top, po, "en", sig=sig, us=True)
    eml = mail(slug, frm=("Jessica Morales", "jmorales@westbridgecomp.example"), to=B(po),
               date=when("2027-02-08", 14, 32, -6), subject="RE: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "en"),
               lang="en-US")
    exp = EXP("confirmation", "Line 1: '6-8 weeks ARO', order received the same day (2027-02-08); "
              "a range is recorded at its latest end, 8 weeks -> 2027-04-05. Lines 2-3 'ship today' "
              "(only a ship date) -> 2027-02-08, earlier than requested.",
              [conf(po, {1: CHG(date="2027-04-05"), 2: CHG(date="2027-02-08"),
                         3: CHG(date="2027-02-08")})])
    add_case(slug, "confirmation", "en-US", "lead-time range in weeks ARO, 'ships today' for "
             "stock lines, part number with slash", [po], eml, exp)


def case_rebar_all_lines_but_en_gb():
    slug = "rebar-all-lines-but-one-later-en-gb"
    sup = SUP("PSB", "Pennine Steel & Building Supplies Ltd", "sales@penninesteel.example", "en-GB")
    po = PO("B27-00440", sup, BUY("Oliver Grant", "bau"), "GBP", "2027-03-03", [
        ("RB-B500B-12", "Rebar B500B 12 mm x 12 m", 6, "T", "695.00", "2027-03-11"),
        ("RB-B500B-16", "Rebar B500B 16 mm x 12 m", 4, "T", "680.00", "2027-03-11"),
        ("TW-16-COIL", "Tying wire 1.6 mm annealed, 20 kg coil", 20, "COIL", "28.50", "2027-03-11"),
    ], req_zone=0)
    D("2027-03-11", "Thu"); D("2027-03-16", "Tue")
    top = """Hi Oliver,

We confirm all lines as per your order for delivery Thursday 11th March to the Leeds site, 07:30-09:00 slot, crane offload.

Just to flag, the 12mm will be the following Tuesday as the mill run has slipped - the 16mm and the tying wire will still come on the 11th.
"""
    sig = """Regards

Gary Whitfield
Sales Office
Pennine Steel & Building Supplies Ltd
Unit 7, Calder Park, Wakefield WF2 7AW
T: 01924 555 210 | M: 07700 900 412
Registered in England No. 04123456 | VAT GB 812 3456 78"""
    text = outlook_reply(top, po, "en", sig=sig)
    eml = mail(slug, frm=("Gary Whitfield", "gary.whitfield@penninesteel.example"), to=B(po),
               date=when("2027-03-04", 12, 20, 0), subject="RE: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "en"),
               lang="en-GB")
    exp = EXP("confirmation", "'We confirm all lines as per your order' is overridden for the 12 mm "
              "rebar by a later sentence: 'the following Tuesday' after Thursday 11 March = "
              "2027-03-16. The other lines as ordered.",
              [conf(po, {1: CHG(date="2027-03-16"), 2: ACC(), 3: ACC()})])
    add_case(slug, "confirmation", "en-GB", "'all lines confirmed' then one line moved in a later "
             "sentence ('the following Tuesday')", [po], eml, exp)


def case_bottles_see_you_friday_en_au():
    slug = "wine-bottles-see-you-friday-en-au"
    sup = SUP("BGC", "Barossa Glass & Closures Pty Ltd", "orders@barossaglass.example", "en-AU")
    po = PO("BB-27-0388", sup, BUY("Liam O'Connor", "brightwater-bev.example"), "AUD", "2027-03-08", [
        ("BGC-BVS-750", "Wine bottle Burgundy 750 ml, antique green, BVS 30H60", 12000, "PCS", "0.62",
         "2027-03-12"),
        ("BGC-SC-30H60", "Screw cap 30H60, Saranex liner, matt black", 12000, "PCS", "0.09",
         "2027-03-12"),
    ], req_zone=11)
    D("2027-03-08", "Mon"); D("2027-03-12", "Fri")
    t = po["_req_dt"]
    body = """all good, see you friday. cheers Dave

Sent from my iPhone

> On 8 Mar 2027, at %d:%02d am, Liam O'Connor <%s> wrote:
>
%s
""" % (t.hour, t.minute, po["buyer"]["email"], quote(req_text(po)))
    eml = mail(slug, frm=("Dave Kowalski", "dave@barossaglass.example"), to=B(po),
               date=when("2027-03-08", 16, 47, 11), subject="Re: " + our_subject(po),
               mid=MID("apple", slug, "barossaglass.example"), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=body, client="iphone", cte="7bit")
    exp = EXP("confirmation", "Short phone reply to the request: 'all good' with delivery 'friday' "
              "= Friday 2027-03-12, which is the requested date; everything as ordered.",
              [conf(po, {1: ACC(), 2: ACC()})])
    add_case(slug, "confirmation", "en-AU", "one-line phone reply 'all good, see you friday'",
             [po], eml, exp)


def case_licences_lakh_en_in():
    slug = "licences-revised-price-lakh-en-in"
    sup = SUP("NXI", "Nexora Infotech Pvt. Ltd.", "sales@nexorainfotech.example", "en-IN")
    po = PO("IT-PO-27122", sup, BUY("Priya Nair", "it"), "INR", "2027-05-06", [
        ("M365-BS-1Y", "Microsoft 365 Business Standard, annual subscription", 150, "USER",
         "10380.00", "2027-05-15"),
        ("VEEAM-VDP-F", "Veeam Data Platform Foundation, 1 yr, per instance", 20, "INST",
         "42500.00", "2027-05-15"),
    ], req_zone=5.5)
    assert 150 * 10380 + 20 * 44650 == 2450000
    top = """Dear Priya Ma'am,

Greetings from Nexora!

With reference to your PO No. IT-PO-27122 dated 06/05/2027, kindly note the below:

1. Microsoft 365 Business Standard - 150 users @ Rs. 10,380/- per user - will be provisioned on your tenant by 15/05/2027.
2. Veeam Data Platform Foundation - 20 instances - as informed by OEM, price revised to Rs. 44,650/- per instance w.e.f. 01/05/2027. Licence keys shall be delivered on or before 20/05/2027.

Total order value revised to Rs. 24,50,000/- plus GST @ 18%.

Kindly acknowledge the revised price and do the needful.
"""
    sig = """Thanks & Regards,
Rahul Sharma
Key Account Manager
Nexora Infotech Pvt. Ltd.
4th Floor, Cyber Towers, HITEC City, Hyderabad - 500081
Mob: +91 98480 12345 | GSTIN: 36AABCN1234F1Z5"""
    text = outlook_reply(top, po, "en", sig=sig)
    eml = mail(slug, frm=("Rahul Sharma", "rahul.sharma@nexorainfotech.example"), to=B(po),
               date=when("2027-05-07", 12, 40, 5.5), subject="RE: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "en"),
               lang="en-IN")
    exp = EXP("confirmation", "Line 1 as ordered (by 15/05/2027, day-first). Line 2: price revised "
              "to 44,650 INR and keys 'on or before 20/05/2027'. Lakh grouping 24,50,000; "
              "'w.e.f. 01/05/2027' and the PO date are not delivery dates.",
              [conf(po, {1: ACC(), 2: CHG(unit_price="44650", date="2027-05-20")})])
    add_case(slug, "confirmation", "en-IN", "Indian English, Rs. x,xx,xxx/- lakh grouping, "
             "revised price w.e.f. date, day-first dates", [po], eml, exp)


def case_petfood_ok_emoji_en_nz():
    slug = "petfood-ok-emoji-en-nz"
    sup = SUP("KPN", "Kiwi Pet Nutrition Ltd", "orders@kiwipetnutrition.example", "en-NZ")
    po = PO("PC-27-0207", sup, BUY("Hannah Reid", "pawsandco.example"), "NZD", "2027-04-20", [
        ("KPN-LAMB-10", "Dog food lamb & rice 10 kg", 60, "BAG", "74.90", "2027-04-27"),
    ], req_time=(10, 5), req_zone=12)
    t = po["_req_dt"]
    body = """ok \U0001F44D

Sent from my iPhone

> On 20/04/2027, at %d:%02d AM, Hannah Reid <%s> wrote:
>
%s
""" % (t.hour, t.minute, po["buyer"]["email"], quote(req_text(po)))
    eml = mail(slug, frm=("Tama Ngata", "tama@kiwipetnutrition.example"), to=B(po),
               date=when("2027-04-20", 10, 31, 12), subject="Re: " + our_subject(po),
               mid=MID("apple", slug, "kiwipetnutrition.example"), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=body, client="iphone")
    exp = EXP("confirmation", "'ok 👍' in direct reply to the request to confirm quantity, price "
              "and date: accepted as ordered.", [conf(po, {1: ACC()})])
    add_case(slug, "confirmation", "en-NZ", "two-character phone reply with emoji", [po], eml, exp)


def case_erp_pdf_ab_de():
    slug = "erp-pdf-auftragsbestaetigung-de"
    sup = SUP("SCL", "Spezialchemie Lippe GmbH", "auftragsbestaetigung@spezialchemie-lippe.example",
              "de-DE")
    po = PO("4700022433", sup, BUY("Jonas Weber", "ind"), "EUR", "2027-03-11", [
        ("SCL-DISP-40", "Dispergieradditiv DA-40, Fass 200 kg", 800, "KG", "12.60", "2027-04-09"),
        ("SCL-ENT-12", "Entschäumer EF-12, Fass 200 l", 900, "L", "8.90", "2027-04-09"),
        ("SCL-VERD-7", "Verdicker PU-7, IBC 1000 kg", 2000, "KG", "6.75", "2027-04-09"),
    ])
    rows = [
        [(50, "Spezialchemie Lippe GmbH", True), ("size", 14)],
        [(50, "Industriestraße 40 · 32758 Detmold · Tel. 05231 9870-0")],
        None,
        [(50, "Halvorsen Industrial Group"), (360, "AUFTRAGSBESTÄTIGUNG", True), ("size", 12)],
        [(50, "Einkauf, Herr Jonas Weber"), (360, "Nummer: 20274711")],
        [(50, "Havnegata 12"), (360, "Belegdatum: 12.03.2027")],
        [(50, "0150 Oslo, Norwegen"), (360, "Kundennummer: 104233")],
        [(360, "Ihre Bestellung: 4700022433 vom 11.03.2027")],
        [(360, "Angebot: 20271088, gültig bis 30.06.2027")],
        None,
        [(50, "Pos.", True), (85, "Ihre Pos.", True), (140, "Material / Bezeichnung", True),
         (330, "Menge", True), (395, "Preis", True), (470, "Liefertermin", True)],
        "LINE",
        [(50, "10"), (85, "1"), (140, "DA-40 Dispergieradditiv"), (330, "800 kg"),
         (395, "12,60 EUR/kg"), (470, "09.04.2027")],
        [(50, "20"), (85, "2"), (140, "EF-12 Entschäumer"), (330, "1.000 l"),
         (395, "8,90 EUR/l"), (470, "09.04.2027")],
        [(140, "Mengenanpassung auf volle Gebinde (5 x 200 l)")],
        [(50, "30"), (85, "3"), (140, "PU-7 Verdicker"), (330, "2.000 kg"),
         (395, "6,75 EUR/kg"), (470, "16.04.2027")],
        "LINE",
        [(330, "Nettowert"), (470, "32.480,00 EUR")],
        None,
        [(50, "Lieferbedingung: CPT Oslo (Incoterms 2020) · Zahlungsbedingung: 30 Tage netto")],
        [(50, "Es gelten unsere Allgemeinen Verkaufsbedingungen, Stand 01.01.2026.")],
        [(50, "Sicherheitsdatenblätter werden mit der ersten Lieferung übermittelt.")],
        None,
        [(50, "Registergericht Lemgo HRB 4711 · USt-IdNr. DE812345678 · Geschäftsführer: Dr. A. Brinkmann"),
         ("size", 7)],
        [(50, "Druckdatum 12.03.2027 06:01 · Seite 1 von 1"), ("size", 7)],
    ]
    assert 800 * dec("12.60") + 1000 * dec("8.90") + 2000 * dec("6.75") == dec("32480.00")
    pdf = make_pdf(pdf_table(rows), title="Auftragsbestätigung 20274711", author="SAP",
                   creator="SAP NetWeaver", producer="SAP NetWeaver 7.50",
                   created="20270312060100+01'00'")
    text = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Auftragsbestätigung 20274711 zu Ihrer Bestellung 4700022433.

Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht auf diese Nachricht; Rückfragen richten Sie bitte an vertrieb@spezialchemie-lippe.example.

Spezialchemie Lippe GmbH
"""
    eml = mail(slug, frm=("Spezialchemie Lippe GmbH", "noreply@spezialchemie-lippe.example"),
               to=B(po), date=when("2027-03-12", 6, 2, 1),
               subject="Auftragsbestätigung 20274711 zu Ihrer Bestellung 4700022433",
               mid=MID("sap", slug, "spezialchemie-lippe.example"), text=text, cte="8bit",
               charset="iso-8859-1",
               atts=[attachment(pdf, "AB_20274711.pdf", "application/pdf")], client="sap",
               extra=[("Auto-Submitted", "auto-generated")])
    exp = EXP("confirmation", "Automatic ERP mail, but the attached PDF is an order confirmation: "
              "their positions 10/20/30 map to our lines 1/2/3. Line 2 rounded to full drums "
              "(1,000 l), line 3 one week later (16.04.2027). Belegdatum, offer validity and "
              "print date are document dates.",
              [conf(po, {1: ACC(), 2: CHG(quantity=1000), 3: CHG(date="2027-04-16")})])
    add_case(slug, "confirmation", "de-DE", "SAP auto-mail with order-confirmation PDF, own "
             "position numbers mapped to ours, document/validity dates", [po], eml, exp)


def case_xlsx_confirmed_columns_it():
    slug = "flavours-xlsx-confirmed-columns-it-it"
    sup = SUP("AIS", "Aromi Italiani S.p.A.", "ordini@aromitaliani.example", "it-IT")
    po = PO("4500081290", sup, BUY("Giulia Ferri", "food"), "EUR", "2027-03-12", [
        ("AI-LIM-10", "Aroma limone naturale, tanica 10 kg", 120, "KG", "24.50", "2027-04-02"),
        ("AI-ARA-10", "Aroma arancia rossa, tanica 10 kg", 80, "KG", "27.80", "2027-04-02"),
        ("AI-NOC-05", "Aroma nocciola tostata, tanica 5 kg", 45, "KG", "31.20", "2027-04-02"),
        ("AI-CAF-05", "Estratto di caffè, tanica 5 kg", 60, "KG", "44.00", "2027-04-02"),
    ])
    hdr = [("bold", h) for h in ("Pos.", "Articolo", "Descrizione", "Q.tà ordinata", "UM",
                                 "Prezzo ordine", "Data richiesta", "Q.tà confermata",
                                 "Prezzo confermato", "Data consegna confermata", "Note fornitore")]
    conf_vals = {
        1: (120, "24.50", "2027-04-02", ""),
        2: (80, "27.80", "2027-04-09", "raccolto arance in ritardo"),
        3: (40, "31.20", "2027-04-02", "disponibili solo 8 taniche, il resto non è disponibile"),
        4: (60, "45.10", "2027-04-02", "nuovo listino caffè dal 01/03/2027"),
    }
    rows = [[("bold", "Ordine 4500081290 - conferma fornitore")], [], hdr]
    for l in po["lines"]:
        q, p, d, note = conf_vals[l["line"]]
        rows.append([l["line"], l["item"], l["description"], l["quantity"], l["uom"],
                     ("money", l["unit_price"]), ("date", l["requested_date"]), q, ("money", p),
                     ("date", d), note])
    xl = make_xlsx(rows, sheet="Conferma", creator="Paolo Galli", modified="2027-03-15T10:41:00Z",
                   widths=[6, 12, 36, 12, 6, 12, 14, 14, 16, 22, 40])
    text = """Buongiorno Giulia,

in allegato la conferma d'ordine compilata (file Excel, colonne in giallo).

Saluti
Paolo

--
Paolo Galli
Ufficio Vendite - Aromi Italiani S.p.A.
Via dell'Industria 9, 20060 Pessano con Bornago (MI)
Tel. +39 02 9574 1122 - P.IVA 01234560159
"""
    eml = mail(slug, frm=("Paolo Galli", "p.galli@aromitaliani.example"), to=B(po),
               date=when("2027-03-15", 11, 48, 1), subject="R: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "it"),
               atts=[attachment(xl, "Conferma_ordine_4500081290.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
               lang="it-IT")
    exp = EXP("confirmation", "The answer is only in the XLSX: confirmed quantity/price/date columns "
              "next to our ordered values. Line 2 one week later, line 3 only 40 kg (rest not "
              "available), line 4 new price 45.10. Dates are real Excel dates.",
              [conf(po, {1: ACC(), 2: CHG(date="2027-04-09"), 3: CHG(quantity=40),
                         4: CHG(unit_price="45.10")})])
    add_case(slug, "confirmation", "it-IT", "XLSX with 'Q.tà confermata' / 'Data consegna "
             "confermata' columns, short cover mail", [po], eml, exp)


def case_csv_confirmation_nl_be():
    slug = "hvac-filters-csv-confirmation-nl-be"
    sup = SUP("VDB", "Vandenbroucke Technische Handel NV", "orders@vdb-techniek.example", "nl-BE")
    po = PO("4700022540", sup, BUY("Sanne de Vries", "ind"), "EUR", "2027-04-12", [
        ("F7-592-592-534", "Zakfilter F7 592x592x534, 8 zakken", 48, "ST", "21.40", "2027-04-23"),
        ("G4-PAN-592", "Paneelfilter G4 592x592x48", 96, "ST", "6.15", "2027-04-23"),
        ("VBELT-SPA1250", "V-snaar SPA 1250", 12, "ST", "9.80", "2027-04-23"),
    ], req_zone=2)
    csv = ("Uw ordernr;Lijn;Artikel;Omschrijving;Besteld;Bevestigd;Eenheid;Prijs EUR;Leverdatum\r\n"
           "4700022540;1;F7-592-592-534;Zakfilter F7 592x592x534;48;48;ST;21,40;23/04/2027\r\n"
           "4700022540;2;G4-PAN-592;Paneelfilter G4 592x592x48;96;96;ST;6,15;23/04/2027\r\n"
           "4700022540;3;VBELT-SPA1250;V-snaar SPA 1250;12;12;ST;10,25;30/04/2027\r\n")
    text = """Goedemorgen Sanne,

In bijlage onze orderbevestiging in CSV, zoals gevraagd.
Let op: de V-snaren komen een week later en de prijs is aangepast volgens de nieuwe prijslijst van de fabrikant.

Met vriendelijke groeten,
Pieter Claes
Vandenbroucke Technische Handel NV
Industrieweg 88, 9032 Wondelgem
Tel. +32 9 216 44 10 | BTW BE 0412.345.678
"""
    eml = mail(slug, frm=("Pieter Claes", "pieter.claes@vdb-techniek.example"), to=B(po),
               date=when("2027-04-13", 9, 10, 2), subject="RE: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "nl"),
               atts=[attachment(csv.encode("cp1252"), "orderbevestiging_4700022540.csv", "text/csv")],
               lang="nl-BE")
    exp = EXP("confirmation", "CSV (semicolon, decimal comma, dd/mm/yyyy): lines 1-2 as ordered; "
              "line 3 price 10.25 and date 30/04/2027, as the cover mail also says.",
              [conf(po, {1: ACC(), 2: ACC(), 3: CHG(unit_price="10.25", date="2027-04-30")})])
    add_case(slug, "confirmation", "nl-BE", "CSV attachment with 'Bevestigd' and 'Leverdatum' "
             "columns, decimal comma", [po], eml, exp)


def case_bottles_html_table_es_es():
    slug = "bottles-html-table-answers-es-es"
    sup = SUP("VEB", "Vidrieras del Ebro S.A.", "pedidos@vidrierasebro.example", "es-ES")
    po = PO("BB-27-0433", sup, BUY("Lucía Navarro", "brightwater-bev.example"), "EUR", "2027-05-11", [
        ("VE-BOR-75-VC", "Botella bordelesa 75 cl, verde cantina", 24000, "PCS", "0.31", "2027-05-28"),
        ("VE-BRG-75-EX", "Botella borgoñona 75 cl, extra sílex", 12000, "PCS", "0.36", "2027-05-28"),
        ("VE-CAV-75", "Botella cava 75 cl, champanera", 6000, "PCS", "0.44", "2027-05-28"),
    ], req_zone=2)
    answers = {1: "OK", 2: "OK - entrega 04/06", 3: "Sin stock - anulada"}
    rows = []
    for l in po["lines"]:
        rows.append(
            '<tr><td style="border:solid windowtext 1.0pt;padding:2pt">%d</td>'
            '<td style="border:solid windowtext 1.0pt;padding:2pt">%s</td>'
            '<td style="border:solid windowtext 1.0pt;padding:2pt">%s</td>'
            '<td style="border:solid windowtext 1.0pt;padding:2pt" align="right">%s</td>'
            '<td style="border:solid windowtext 1.0pt;padding:2pt">%s</td>'
            '<td style="border:solid windowtext 1.0pt;padding:2pt" align="right">%s</td>'
            '<td style="border:solid windowtext 1.0pt;padding:2pt">%s</td>'
            '<td style="border:solid windowtext 1.0pt;padding:2pt"><b><span style="color:red">%s'
            '</span></b></td></tr>' % (
                l["line"], l["item"], htmlmod.escape(l["description"]), "{:,}".format(l["quantity"]),
                l["uom"], l["unit_price"], l["requested_date"], answers[l["line"]]))
    t = po["_req_dt"]
    body = """<p class="MsoNormal">Hola Lucía,<o:p></o:p></p>
<p class="MsoNormal">te contesto directamente en la tabla (en rojo).<o:p></o:p></p>
<p class="MsoNormal">Un saludo,<o:p></o:p></p>
<p class="MsoNormal"><b>Jordi Puig</b><br>Atención al Cliente | Vidrieras del Ebro S.A.<br>
Polígono Industrial El Pla, parcela 14 - 50298 Pinseque (Zaragoza)<br>Tel. 976 65 12 40<o:p></o:p></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>De:</b> Lucía Navarro &lt;%s&gt;<br><b>Enviado el:</b> %s<br>
<b>Para:</b> pedidos@vidrierasebro.example<br><b>Asunto:</b> %s<o:p></o:p></p></div>
<p class="MsoNormal">Hello,<o:p></o:p></p>
<p class="MsoNormal">please confirm our purchase order BB-27-0433 dated 2027-05-11: quantity, unit price and delivery date for each line.<o:p></o:p></p>
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td><b>Line</b></td><td><b>Item</b></td><td><b>Description</b></td><td><b>Qty</b></td><td><b>UoM</b></td><td><b>Price EUR</b></td><td><b>Need-by</b></td><td><b><span style="color:red">Confirmación proveedor</span></b></td></tr>
%s
</table>
<p class="MsoNormal">Thank you and best regards,<br>Lucía Navarro<br>Procurement<o:p></o:p></p>
""" % (po["buyer"]["email"], outlook_sent("es", t), our_subject(po), "\n".join(rows))
    html = html_wrap(body, "es", outlook=True)
    eml = mail(slug, frm=("Jordi Puig", "jpuig@vidrierasebro.example"), to=B(po),
               date=when("2027-05-13", 17, 5, 2), subject="RE: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], html=html, lang="es-ES")
    exp = EXP("confirmation", "HTML-only mail; the answers are typed into an extra red column of "
              "our quoted table: line 1 OK, line 2 delivery 04/06 (day-first -> 2027-06-04), "
              "line 3 out of stock and cancelled -> rejected.",
              [conf(po, {1: ACC(), 2: CHG(date="2027-06-04"), 3: REJ()})])
    add_case(slug, "confirmation", "es-ES", "HTML-only, answers in an added column of the quoted "
             "HTML table", [po], eml, exp)


def case_one_of_three_pos_de():
    slug = "labels-one-of-three-pos-de"
    sup = SUP("EPK", "Etiketten Pfalz KG", "auftrag@etiketten-pfalz.example", "de-DE")
    buyer = BUY("Katrin Vogel", "food")
    pa = PO("4500081311", sup, buyer, "EUR", "2027-03-22", [
        ("ETK-100x50-PP", "Haftetikett 100x50 mm PP weiß", 80, "TH", "7.20", "2027-04-09"),
    ])
    pb = PO("4500081312", sup, buyer, "EUR", "2027-03-22", [
        ("ETK-MHD-3020", "MHD-Aufkleber 30x20 mm", 200, "TH", "2.10", "2027-04-09"),
        ("ETK-RS-7090", "Rückseitenetikett 70x90 mm", 60, "TH", "8.90", "2027-04-09"),
    ])
    pc = PO("4500081315", sup, buyer, "EUR", "2027-03-22", [
        ("ETK-PROMO-50", "Aktionsetikett rund 50 mm", 40, "TH", "5.60", "2027-04-16"),
    ])
    rid = "<po-batch-20270322.3@brightwater-foods.example>"
    for p in (pa, pb, pc):
        p["request_message_id"] = rid
    subj = "Bestellungen 4500081311, 4500081312, 4500081315 - bitte um Auftragsbestätigung"
    orig = ("Guten Tag,\n\nanbei drei Bestellungen, bitte jeweils mit Menge, Preis und Termin "
            "bestätigen.\n\n" + "\n".join(
                "Bestellung %s vom 22.03.2027:\n" % p["po_number"]
                + req_text(p, "de").split("\n\n", 2)[2].split("\nMit")[0] for p in (pa, pb, pc))
            + "\nMit freundlichen Grüßen\nKatrin Vogel\nEinkauf\n")
    top = """Hallo Frau Vogel,

die 4500081312 bestätigen wir komplett wie bestellt, Liefertermin 09.04.

Für die 4500081311 und die 4500081315 müssen wir noch die Druckplatten prüfen, dazu melden wir uns bis Freitag.
"""
    sig = """Viele Grüße
Sandra Hoffmann
Auftragsbearbeitung

Etiketten Pfalz KG · Am Rennweg 5 · 67433 Neustadt an der Weinstraße
Tel. 06321 48 99-12 · www.etiketten-pfalz.example
Sitz Neustadt, Amtsgericht Ludwigshafen HRA 30112"""
    text = outlook_reply(top, pa, "de", sig=sig, subject=subj, original=orig)
    eml = mail(slug, frm=("Hoffmann, Sandra", "s.hoffmann@etiketten-pfalz.example"), to=buyer,
               date=when("2027-03-23", 14, 10, 1), subject="AW: " + subj, mid=MID("outlook", slug),
               irt=rid, refs=[rid], text=text, html=outlook_html(text, "de"), lang="de-DE")
    exp = EXP("confirmation", "Three POs in the subject; only 4500081312 is confirmed (as ordered, "
              "09.04 = requested). The other two are only mentioned ('we will get back by "
              "Friday') and are left out.",
              [conf(pb, {1: ACC(), 2: ACC()})])
    add_case(slug, "confirmation", "de-DE", "three POs in the subject, one confirmed, two "
             "postponed (left out)", [pa, pb, pc], eml, exp)


def case_two_pos_us_hospital():
    slug = "hospital-two-pos-ship-deliver-en-us"
    sup = SUP("MMS", "Midland Medical Supply Co.", "orders@midlandmedsupply.example", "en-US")
    buyer = BUY("Karen Brooks", "st-elian-medical.example")
    pa = PO("PO-2027-02311", sup, buyer, "USD", "2027-03-29", [
        ("MMS-GZ-4X4", "Gauze sponge 4x4 in, 12-ply, sterile, box of 50", 200, "BX", "6.85", "2027-04-09"),
        ("MMS-TAPE-1", "Medical tape 1 in x 10 yd, box of 12", 80, "BX", "9.40", "2027-04-09"),
    ], req_zone=-5)
    pb = PO("PO-2027-02318", sup, buyer, "USD", "2027-03-29", [
        ("MMS-IVC-20G", "IV catheter 20G x 1 in, box of 50", 40, "BX", "58.00", "2027-04-09"),
    ], req_time=(9, 40), req_zone=-5)
    t = pa["_req_dt"]
    body = """Karen,

PO-2027-02311: both lines ship 4/6, deliver 4/9 - all as ordered.
PO 2027-02318: the 20G catheters are on manufacturer backorder. We will ship 4/29 for delivery 5/3.

Thanks,
Mike

Mike Dunn | Customer Service
Midland Medical Supply Co. | 2250 Industrial Dr, Des Moines, IA 50317
800-555-0199 x214

On Mon, Mar 29, 2027 at %d:%02d AM Karen Brooks <%s> wrote:
> Hi Mike,
> two POs went out this morning (PO-2027-02311 and PO-2027-02318), please confirm both.
> Karen
""" % (t.hour, t.minute, buyer[1])
    eml = mail(slug, frm=("Mike Dunn", "mdunn@midlandmedsupply.example"), to=buyer,
               date=when("2027-03-30", 11, 5, -5), subject="Re: PO-2027-02311 / PO-2027-02318",
               mid=MID("gmail", slug), irt="<followup-20270329.1@st-elian-medical.example>",
               refs=[pa["request_message_id"], "<followup-20270329.1@st-elian-medical.example>"],
               text=body, html=html_wrap(text_to_html(body)), client="gmail")
    exp = EXP("confirmation", "Two POs answered in one mail (US month-first dates). PO-2027-02311: "
              "ship 4/6, deliver 4/9 (= requested) -> accepted. PO-2027-02318 (written without "
              "'PO-' dash): delivery 5/3 -> 2027-05-03.",
              [conf(pa, {1: ACC(), 2: ACC()}), conf(pb, {1: CHG(date="2027-05-03")})])
    add_case(slug, "confirmation", "en-US", "two POs answered in one reply, month-first ship and "
             "delivery dates, PO number written differently", [pa, pb], eml, exp)


def case_reminder_one_word_pl_en():
    slug = "reminder-one-word-confirmed-pl-en"
    sup = SUP("PPF", "PetPol Foods Sp. z o.o.", "export@petpol.example", "pl-PL")
    po = PO("DK-27-0377", sup, BUY("Mette Larsen", "dyrekaeden.example"), "EUR", "2027-03-31", [
        ("PPF-DRY-CH15", "Dry dog food chicken, 15 kg", 120, "BAG", "21.30", "2027-04-16"),
        ("PPF-WET-BF400", "Wet dog food beef, 400 g can, tray of 24", 200, "TRAY", "14.60", "2027-04-16"),
    ], req_zone=2)
    rem_id = "<reminder-DK-27-0377.20270408@dyrekaeden.example>"
    t0 = po["_req_dt"]
    reminder = """Hi,

any update on this PO?

Kind regards
Mette

%s
Sent: %s
To: export@petpol.example
Subject: %s

%s""" % ("From: Mette Larsen <%s>" % po["buyer"]["email"], outlook_sent("en", t0), our_subject(po),
         req_text(po))
    body = """Confirmed.

Best regards
Marta Nowak
Export Sales
PetPol Foods Sp. z o.o. | ul. Fabryczna 3, 64-100 Leszno
tel. +48 65 529 40 11

________________________________
From: Mette Larsen <%s>
Sent: 08 April 2027 09:00
To: export@petpol.example
Subject: Reminder: %s

%s
""" % (po["buyer"]["email"], our_subject(po), reminder)
    eml = mail(slug, frm=("Marta Nowak", "m.nowak@petpol.example"), to=B(po),
               date=when("2027-04-08", 10, 22, 2), subject="RE: Reminder: " + our_subject(po),
               mid=MID("outlook", slug), irt=rem_id, refs=[po["request_message_id"], rem_id],
               text=body, html=outlook_html(body, "en"), lang="pl-PL")
    exp = EXP("confirmation", "One word 'Confirmed.' in reply to our reminder, which quotes the "
              "full request: the PO is accepted as ordered.",
              [conf(po, {1: ACC(), 2: ACC()})])
    add_case(slug, "confirmation", "pl-PL", "one-word answer to a reminder (In-Reply-To is the "
             "reminder), English by a Polish supplier", [po], eml, exp)


def case_fasteners_coc_split_en_us():
    slug = "aero-fasteners-coc-split-ship-en-us"
    sup = SUP("PAF", "Pacific Aerospace Fasteners LLC", "orders@pacaerofast.example", "en-US")
    po = PO("AP-700402", sup, BUY("Thomas Girard", "aero"), "USD", "2027-03-31", [
        ("NAS6604-12", "Bolt NAS6604-12, hex head, alloy steel, cad plated", 500, "EA", "4.85", "2027-04-20"),
        ("MS21042L4", "Nut MS21042L4, self-locking, reduced hex", 2000, "EA", "0.62", "2027-04-20"),
        ("NAS1149F0463P", "Washer NAS1149F0463P, CRES, passivated", 2000, "EA", "0.09", "2027-04-20"),
    ], req_zone=2)
    top = """Thomas,

Confirming AP-700402 per our quote Q-27-0412 (valid to 5/31/27):

- NAS6604-12: 250 ea ship 4/20, balance 250 ea ship 5/18 (mill cert pending on 2nd lot)
- MS21042L4: 2,000 ea ship 4/20
- NAS1149F0463P: 2,000 ea ship 4/20

All parts ship with C of C per AS9100 / AS9120, DFARS compliant, full lot traceability.
Pricing per PO, FOB Torrance.
"""
    sig = """Regards,
Kevin Tran
Customer Service Rep.
Pacific Aerospace Fasteners LLC
20701 Normandie Ave, Torrance, CA 90502
Ph (310) 555-0186 | CAGE 5XK21 | ITAR registered"""
    text = outlook_reply(top, po, "en", sig=sig, us=True)
    eml = mail(slug, frm=("Kevin Tran", "ktran@pacaerofast.example"), to=B(po),
               date=when("2027-04-01", 15, 10, -7), subject="RE: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "en"),
               lang="en-US")
    exp = EXP("confirmation", "Only ship dates, US month-first. Bolts split 250 on 4/20 and 250 on "
              "5/18; nuts and washers ship 4/20 (= requested). Quote validity 5/31/27 and CofC "
              "standards are distractors.",
              [conf(po, {1: CHG(date="2027-05-18", schedule=[(250, "2027-04-20"), (250, "2027-05-18")]),
                         2: ACC(), 3: ACC()})])
    add_case(slug, "confirmation", "en-US", "aerospace fasteners with C of C, split ship dates "
             "m/d, quote validity m/d/yy", [po], eml, exp)


def case_hvac_eol_successor_de_ch():
    slug = "hvac-eol-successor-de-ch"
    sup = SUP("KTE", "Klimatech Ersatzteile AG", "bestellung@klimatech-ersatzteile.example", "de-CH")
    po = PO("4700022428", sup, BUY("Reto Baumann", "ind"), "CHF", "2027-03-08", [
        ("BEL-LM24A", "Belimo Klappenantrieb LM24A, 5 Nm", 12, "STK", "118.00", "2027-03-19"),
        ("SIE-QAE2120", "Siemens Tauchfühler QAE2120.010", 20, "STK", "64.50", "2027-03-19"),
        ("HON-V5011R1000", "Honeywell Durchgangsventil V5011R1000", 4, "STK", "210.00", "2027-03-19"),
    ])
    top = """Grüezi Herr Baumann

Besten Dank für Ihre Bestellung.

Pos. 1 und 2 können wir ab Lager liefern, Liefertermin 19.03.
Pos. 3 ist vom Hersteller abgekündigt (EOL per 31.12.2026) und nicht mehr lieferbar. Als Nachfolger empfehlen wir das V5011R1042 zu CHF 238.00; bitte geben Sie uns Bescheid, ob wir dieses liefern dürfen, Sie erhalten dann eine separate Bestätigung.
"""
    sig = """Freundliche Grüsse

Daniela Meier
Innendienst
Klimatech Ersatzteile AG | Industriestrasse 21 | 8604 Volketswil
T +41 44 908 12 30 | UID CHE-112.345.678 MWST"""
    text = outlook_reply(top, po, "de", sig=sig)
    eml = mail(slug, frm=("Meier Daniela", "d.meier@klimatech-ersatzteile.example"), to=B(po),
               date=when("2027-03-09", 10, 20, 1), subject="AW: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "de"),
               lang="de-CH")
    exp = EXP("confirmation", "Lines 1-2 from stock on 19.03 (= requested). Line 3 discontinued "
              "(EOL 31.12.2026); a successor at another price is only proposed and needs our "
              "approval -> rejected.",
              [conf(po, {1: ACC(), 2: ACC(), 3: REJ()})])
    add_case(slug, "confirmation", "de-CH", "discontinued line with successor offer awaiting "
             "approval, Swiss spelling", [po], eml, exp)


def case_rivets_s15_leadtime_fr_fr():
    slug = "rivets-semaine-and-weeks-apple-fr-fr"
    sup = SUP("FAA", "Fixations Aéro Atlantique SAS", "adv@fixaero.example", "fr-FR")
    po = PO("AP-700431", sup, BUY("Thomas Girard", "aero"), "EUR", "2027-03-03", [
        ("NAS1097AD4-4", "Rivet NAS1097AD4-4, aluminium 2117-T4", 10000, "EA", "0.042", "2027-04-16"),
        ("HL19PB8-6", "Hi-Lok HL19PB8-6 titane", 1500, "EA", "3.85", "2027-04-16"),
    ], req_time=(8, 30))
    assert kw(2027, 15) == "2027-04-16"
    assert plus_days("2027-03-03", 70) == "2027-05-12"
    t = po["_req_dt"]
    body = """Bonjour Thomas,

Bien reçu votre commande AP-700431 ce matin, merci.

- Rivets NAS1097AD4-4 : 10 000 pcs, livraison S15, certificat de conformité (CoC) EN 10204 3.1 joint à la livraison.
- Hi-Lok HL19PB8-6 : délai 10 semaines, le lot matière titane n'arrivera que fin mars.

Prix conformes à la commande.

Bien cordialement,

Sébastien Morel
ADV - Fixations Aéro Atlantique
8 rue de l'Aéropostale, 44340 Bouguenais
Tél. 02 40 12 34 50

> Le 3 mars 2027 à %02d:%02d, Thomas Girard <%s> a écrit :
>
%s
""" % (t.hour, t.minute, po["buyer"]["email"], quote(req_text(po)))
    eml = mail(slug, frm=("Sébastien Morel", "s.morel@fixaero.example"), to=B(po),
               date=when("2027-03-03", 10, 12, 1), subject="Re: " + our_subject(po),
               mid=MID("apple", slug, "fixaero.example"), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=body, client="apple", flowed=True,
               cte="quoted-printable")
    exp = EXP("confirmation", "'livraison S15' = Friday of week 15 = 2027-04-16 (= requested). "
              "Hi-Lok: 'délai 10 semaines' from the mail date (order received this morning) -> "
              "2027-05-12. 'fin mars' is the supplier's material arrival, not a delivery.",
              [conf(po, {1: ACC(), 2: CHG(date="2027-05-12")})])
    add_case(slug, "confirmation", "fr-FR", "French week abbreviation S15, lead time in weeks, "
             "Apple Mail quote header", [po], eml, exp)


def case_cocoa_surcharge_line_de():
    slug = "cocoa-raw-material-surcharge-line-de"
    sup = SUP("HKH", "Hanse Kakao Handelsgesellschaft mbH", "verkauf@hansekakao.example", "de-DE")
    po = PO("4500081205", sup, BUY("Katrin Vogel", "food"), "EUR", "2027-02-16", [
        ("HK-KM-CI", "Kakaomasse Elfenbeinküste, 25-kg-Karton", 5000, "KG", "7.20", "2027-03-12"),
        ("HK-KB-NAT", "Kakaobutter natur, 25-kg-Karton", 1500, "KG", "9.10", "2027-03-12"),
    ])
    top = """Guten Tag Frau Vogel,

wir bestätigen Ihre Bestellung 4500081205 mit Liefertermin 12.03.2027 frei Haus wie folgt:

Pos. 1  Kakaomasse Elfenbeinküste   5.000 kg  à 7,20 €/kg
        Rohstoffzuschlag Kakao      5.000 kg  à 0,35 €/kg
Pos. 2  Kakaobutter natur           1.500 kg  à 9,10 €/kg

Der Rohstoffzuschlag gilt wegen der anhaltend hohen Terminmarktnotierungen (ICE London, März-Kontrakt) für alle Lieferungen bis auf Weiteres.
"""
    sig = """Mit freundlichen Grüßen

Henrik Claussen
Verkauf
Hanse Kakao Handelsgesellschaft mbH · Sandtorkai 24 · 20457 Hamburg
Tel. 040 37 08 91-40 · HRB 98765 Amtsgericht Hamburg"""
    text = outlook_reply(top, po, "de", "de", sig=sig)
    eml = mail(slug, frm=("Henrik Claussen", "h.claussen@hansekakao.example"), to=B(po),
               date=when("2027-02-17", 11, 30, 1), subject="AW: " + our_subject(po, "de"),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "de"),
               lang="de-DE")
    exp = EXP("confirmation", "A separate surcharge line of 0.35 EUR/kg is added to line 1, so the "
              "effective unit price is 7.55 EUR/kg; line 2 as ordered; date as requested.",
              [conf(po, {1: CHG(unit_price="7.55"), 2: ACC()})])
    add_case(slug, "confirmation", "de-DE", "separate per-kg raw-material surcharge line under "
             "one position", [po], eml, exp)


def case_cocoa_force_majeure_en_gb():
    slug = "cocoa-force-majeure-allocation-en-gb"
    sup = SUP("ANG", "Anglia Ingredients Ltd", "orders@angliaingredients.example", "en-GB")
    po = PO("4500081218", sup, BUY("Katrin Vogel", "food"), "EUR", "2027-02-19", [
        ("AI-COC-NIB", "Cocoa nibs, natural, 25 kg bag", 10000, "KG", "8.40", "2027-03-19"),
        ("AI-VAN-PDR", "Vanilla bean powder, 1 kg tin", 50, "KG", "310.00", "2027-03-19"),
    ])
    top = """Dear Katrin,

Further to your PO 4500081218: as per our force majeure notice of 15 January 2027, West African cocoa supply remains severely constrained.

We can allocate 60% of line 1, i.e. 6,000 kg, for delivery on 19 March as requested; the balance of 4,000 kg will follow subject to availability and we are unable to give a date at this stage.

Line 2 (vanilla bean powder, 50 kg) is confirmed in full at EUR 310.00/kg for 19 March.

We apologise for the inconvenience.
"""
    sig = """Kind regards,

Emma Hughes
Customer Account Manager
Anglia Ingredients Ltd, 3 Hadleigh Road Industrial Estate, Ipswich IP2 0HB
Tel +44 1473 555 120
Registered in England & Wales No. 07123456"""
    text = outlook_reply(top, po, "en", sig=sig)
    eml = mail(slug, frm=("Emma Hughes", "emma.hughes@angliaingredients.example"), to=B(po),
               date=when("2027-02-22", 15, 5, 0), subject="RE: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "en"),
               lang="en-GB")
    exp = EXP("confirmation", "Force majeure allocation: 6,000 of 10,000 kg confirmed for the "
              "requested date, balance without date -> quantity 6,000. The FM notice date "
              "(15 January 2027) is not a delivery date. Line 2 in full.",
              [conf(po, {1: CHG(quantity=6000), 2: ACC()})])
    add_case(slug, "confirmation", "en-GB", "force majeure, percentage allocation of one line, "
             "balance open without date", [po], eml, exp)


def case_price_increase_notice_de_at():
    slug = "disinfectants-price-notice-not-this-order-de-at"
    sup = SUP("RST", "Reinigungstechnik Steiner GmbH", "office@reinigung-steiner.example", "de-AT")
    po = PO("PO-2027-04471", sup, BUY("Maria Gruber", "hosp"), "EUR", "2027-05-17", [
        ("RS-FLAECHE-5", "Flächendesinfektion alkoholisch, 5 L", 60, "KAN", "34.90", "2027-05-26"),
        ("RS-HAENDE-1", "Händedesinfektion, 1 L Euroflasche", 240, "FL", "7.80", "2027-05-26"),
        ("RS-WISCH-200", "Desinfektionstücher Spenderbox 200 St.", 120, "BOX", "11.40", "2027-05-26"),
    ], req_zone=2)
    D("2027-05-26", "Wed")
    top = """Sehr geehrte Frau Gruber,

danke für Ihre Bestellung PO-2027-04471, die wir hiermit zu den vereinbarten Preisen bestätigen.
Liefertermin: Mittwoch, 26. Mai 2027, Anlieferung Zentrallager LKH.

Zur Information: Aufgrund gestiegener Rohstoff- und Energiekosten passen wir unsere Listenpreise ab 1. Juli 2027 um durchschnittlich 6 % an. Ihre aktuelle Bestellung ist davon selbstverständlich nicht betroffen.
"""
    sig = """Mit freundlichen Grüßen

Ing. Walter Steiner
Reinigungstechnik Steiner GmbH
Gewerbepark 3, 8401 Kalsdorf bei Graz
Tel. +43 316 29 14 70 | FN 198765 t | UID ATU54321098"""
    text = outlook_reply(top, po, "de", sig=sig)
    eml = mail(slug, frm=("Walter Steiner", "w.steiner@reinigung-steiner.example"), to=B(po),
               date=when("2027-05-18", 9, 5, 2), subject="AW: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "de"),
               lang="de-AT")
    exp = EXP("confirmation", "Full confirmation at the agreed prices for Wednesday 26 May (= "
              "requested). The +6 % from 1 July 2027 is a general announcement and explicitly does "
              "not apply to this order.",
              [conf(po, {1: ACC(), 2: ACC(), 3: ACC()})])
    add_case(slug, "confirmation", "de-AT", "price-increase announcement that does not apply to "
             "this order (percentage distractor)", [po], eml, exp)


def case_marine_po_number_spaced_en_gb():
    slug = "chandlery-po-spaced-new-thread-en-gb"
    sup = SUP("SCM", "Solent Chandlery & Marine Ltd", "sales@solentchandlery.example", "en-GB")
    po = PO("4700022399", sup, BUY("Oliver Grant", "ind"), "GBP", "2027-03-01", [
        ("SCM-ANT-5L", "Antifouling paint, hard, 5 L, navy", 24, "TIN", "118.00", "2027-03-05"),
        ("SCM-ZNC-A12", "Zinc anode, hull, 1.2 kg", 40, "EA", "21.50", "2027-03-05"),
    ], req_zone=0)
    D("2027-03-02", "Tue"); D("2027-03-04", "Thu")
    body = """Hi Oliver,

Ref your PO 4700 022 399 - all in stock, despatch tomorrow on a 48h service, so with you Thursday.
Prices as per your order.

Cheers,
Sam

Sam Fletcher
Trade Counter
Solent Chandlery & Marine Ltd | Quay Road, Lymington SO41 3AS
01590 555 377
"""
    eml = mail(slug, frm=("Sam Fletcher", "sam@solentchandlery.example"), to=B(po),
               date=when("2027-03-02", 16, 20, 0), subject="Your order 4700 022 399",
               mid=MID("outlook", slug), text=body, html=outlook_html(body, "en"), lang="en-GB",
               thread_topic=False)
    exp = EXP("confirmation", "New thread (no In-Reply-To) and the PO number written with spaces. "
              "Despatch Wednesday on a 48 h service, 'with you Thursday' = 2027-03-04, one day "
              "before the requested date.",
              [conf(po, {1: CHG(date="2027-03-04"), 2: CHG(date="2027-03-04")})])
    add_case(slug, "confirmation", "en-GB", "PO number with spaces in a new thread, relative "
             "weekday delivery ('with you Thursday')", [po], eml, exp)


def case_lotus_lines_open_de_at():
    slug = "bricks-lotus-one-line-open-de-at"
    sup = SUP("BHP", "Baustoffhandel Pongau GmbH", "verkauf@baustoffe-pongau.example", "de-AT")
    po = PO("B27-00471", sup, BUY("Stefan Maier", "bau"), "EUR", "2027-03-15", [
        ("ZGL-HLZ-25", "Hochlochziegel 25 cm, Palette 60 St.", 1800, "ST", "1.92", "2027-03-30"),
        ("MRT-M10-40", "Mauermörtel M10, Sack 40 kg", 120, "SACK", "6.40", "2027-03-30"),
        ("DMM-EPSF-12", "Fassadendämmplatte EPS-F 12 cm", 380, "M2", "9.85", "2027-03-30"),
    ])
    t = po["_req_dt"]
    body = """Sehr geehrter Herr Maier,

Pos. 1 und 2 passen so, Lieferung 30.03. per LKW mit Kran.
Pos. 3 klären wir noch mit dem Werk, bei EPS-F 12 cm gibt es derzeit Engpässe - Rückmeldung folgt bis Ende der Woche.

MfG
Johann Egger
Baustoffhandel Pongau GmbH, Bahnhofstraße 14, 5500 Bischofshofen
Tel. 06462 24 18-0



Stefan Maier <%s>
%s %02d:%02d

An
verkauf@baustoffe-pongau.example
Kopie

Thema
%s




%s
""" % (po["buyer"]["email"], t.strftime("%d.%m.%Y"), t.hour, t.minute, our_subject(po, "de"),
       req_text(po, "de"))
    eml = mail(slug, frm=("Johann Egger", "johann.egger@baustoffe-pongau.example"), to=B(po),
               date=when("2027-03-16", 10, 41, 1), subject="Antwort: " + our_subject(po, "de"),
               mid=MID("lotus", slug, "baustoffe-pongau.example"), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=body, charset="iso-8859-1", cte="quoted-printable",
               client="lotus")
    exp = EXP("confirmation", "Lotus Notes reply: lines 1-2 confirmed for 30.03 (= requested); "
              "line 3 still being clarified with the plant -> unconfirmed.",
              [conf(po, {1: ACC(), 2: ACC(), 3: UNC()})])
    add_case(slug, "confirmation", "de-AT", "Lotus Notes quote layout, one line explicitly left "
             "open", [po], eml, exp)


def case_whole_po_rejected_en_us():
    slug = "bike-parts-whole-po-declined-en-us"
    sup = SUP("SCD", "Summit Cycle Distribution Inc.", "orders@summitcycledist.example", "en-US")
    po = PO("4700022508", sup, BUY("Ryan Mitchell", "ind"), "USD", "2027-04-02", [
        ("SH-RD-R8100", "Shimano Ultegra RD-R8100 rear derailleur", 20, "EA", "112.00", "2027-04-23"),
        ("SH-CS-R8100", "Shimano Ultegra CS-R8100 cassette 11-30", 20, "EA", "96.00", "2027-04-23"),
    ], req_zone=-4)
    top = """Hi Ryan,

Unfortunately, as of April 1 we are no longer able to supply Shimano components to accounts outside our US dealer territory under our new distribution agreement, so we have to decline PO 4700022508 in full.

Sorry for the inconvenience - we'd recommend contacting Shimano Europe for an authorized distributor.
"""
    sig = """Best,
Laura Kim
Account Manager | Summit Cycle Distribution Inc.
455 Industrial Way, Boulder, CO 80301 | (303) 555-0121"""
    text = outlook_reply(top, po, "en", sig=sig, us=True)
    eml = mail(slug, frm=("Laura Kim", "lkim@summitcycledist.example"), to=B(po),
               date=when("2027-04-05", 9, 40, -6), subject="RE: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "en"),
               lang="en-US")
    exp = EXP("confirmation", "The supplier declines the whole PO: a rejection is an answer, so "
              "both lines are rejected. 'April 1' is the date of their agreement change.",
              [conf(po, {1: REJ(), 2: REJ()})])
    add_case(slug, "confirmation", "en-US", "whole PO declined (all lines rejected)", [po], eml, exp)


def case_rtu_so_ack_dates_en_us():
    slug = "rtu-sales-order-ack-dates-en-us"
    sup = SUP("ACS", "Apex Climate Systems Inc.", "orders@apexclimate.example", "en-US")
    po = PO("4700022462", sup, BUY("Ryan Mitchell", "ind"), "USD", "2027-03-17", [
        ("ACS-RTU-10T", "Rooftop unit 10 ton, gas/electric, 460V", 2, "EA", "14850.00", "2027-04-12"),
        ("ACS-CURB-10", "Roof curb for 10 ton RTU, 14 in", 2, "EA", "1240.00", "2027-04-12"),
    ], req_zone=-5)
    top = """Ryan,

Order is entered, acknowledgement below.

SALES ORDER ACKNOWLEDGEMENT
SO #: SO-270318          SO Date: 03/18/2027
Customer PO: 4700022462
Quote #: Q-27-1102       Valid Until: 04/17/2027
Terms: Net 30            Ship Via: LTL Freight, Prepay & Add

Line  Item           Qty   Unit Price    Req Ship     Promised Delivery
1     ACS-RTU-10T     2    $14,850.00    04/09/2027   04/13/2027
2     ACS-CURB-10     2     $1,240.00    04/09/2027   04/13/2027

Freight will be prepaid and added to the invoice. Lift gate not required, please have a forklift on site.
"""
    sig = """Thanks,
Brandon Lee
Order Management | Apex Climate Systems Inc.
8800 N Broadway, Oklahoma City, OK 73114 | 405-555-0163"""
    text = outlook_reply(top, po, "en", sig=sig, us=True)
    eml = mail(slug, frm=("Brandon Lee", "blee@apexclimate.example"), to=B(po),
               date=when("2027-03-18", 13, 55, -5), subject="RE: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "en"),
               lang="en-US")
    exp = EXP("confirmation", "Sales-order acknowledgement with SO date, quote validity, ship date "
              "and promised delivery: delivery 04/13/2027 wins (one day after requested). "
              "Freight 'prepay & add' is a separate charge, not a unit-price change.",
              [conf(po, {1: CHG(date="2027-04-13"), 2: CHG(date="2027-04-13")})])
    add_case(slug, "confirmation", "en-US", "SO acknowledgement table with document date, quote "
             "validity, ship and promised delivery columns", [po], eml, exp)


def case_buffers_weekday_kw_bottom_de():
    slug = "lab-solutions-weekday-kw-bottom-post-de"
    sup = SUP("LCR", "LabChem Rhein-Main GmbH", "bestellung@labchem-rheinmain.example", "de-DE")
    po = PO("4700022588", sup, BUY("Jonas Weber", "ind"), "EUR", "2027-04-23", [
        ("LCR-NAOH-1N", "Natronlauge 1 mol/l Maßlösung, 1 L", 24, "FL", "14.20", "2027-05-07"),
        ("LCR-HCL-01N", "Salzsäure 0,1 mol/l Maßlösung, 1 L", 24, "FL", "12.80", "2027-05-07"),
        ("LCR-PUF-7", "Pufferlösung pH 7,00, 500 ml", 36, "FL", "9.60", "2027-05-07"),
    ], req_zone=2)
    assert kw(2027, 19, 2) == "2027-05-11" and kw(2027, 18) == "2027-05-07"
    t = po["_req_dt"]
    body = """Am %s um %02d:%02d schrieb Jonas Weber:
%s

Hallo Herr Weber,

Pos. 1 und 2 liefern wir am Dienstag, KW 19.
Die Pufferlösung pH 7 kommt wie gewünscht in KW 18.
Preise wie bestellt.

Gruß
Nadine Krause

-- 
LabChem Rhein-Main GmbH | Kundenservice
Otto-Hahn-Straße 12 | 63303 Dreieich
Tel. 06103 58 77-0 | HRB 45678 Offenbach
""" % (t.strftime("%d.%m.%Y"), t.hour, t.minute, quote(req_text(po, "en")))
    eml = mail(slug, frm=("Nadine Krause", "krause@labchem-rheinmain.example"), to=B(po),
               date=when("2027-04-26", 15, 12, 2), subject="Re: " + our_subject(po),
               mid=MID("thunderbird", slug, "labchem-rheinmain.example"),
               irt=po["request_message_id"], refs=[po["request_message_id"]], text=body,
               client="thunderbird", flowed=True, cte="quoted-printable", lang="de-DE")
    exp = EXP("confirmation", "Bottom-posted under the quote (whose header carries our send date). "
              "'Dienstag, KW 19' = 2027-05-11 for lines 1-2; 'KW 18' without day = Friday "
              "2027-05-07 = requested for line 3.",
              [conf(po, {1: CHG(date="2027-05-11"), 2: CHG(date="2027-05-11"), 3: ACC()})])
    add_case(slug, "confirmation", "de-DE", "bottom-posting, weekday + KW vs KW alone, quote "
             "header date as distractor", [po], eml, exp)


def case_spices_new_year_rollover_cs():
    slug = "spices-year-rollover-week-cs"
    sup = SUP("KMO", "Koření Morava s.r.o.", "objednavky@korenimorava.example", "cs-CZ")
    po = PO("4500081150", sup, BUY("Petra Nováková", "food"), "CZK", "2026-12-18", [
        ("KM-PAP-SL", "Paprika sladká mletá, pytel 25 kg", 300, "KG", "142.00", "2027-01-08"),
        ("KM-KMN-CEL", "Kmín celý, pytel 25 kg", 200, "KG", "118.00", "2027-01-08"),
        ("KM-PEP-CER", "Pepř černý mletý, pytel 25 kg", 100, "KG", "265.00", "2027-01-08"),
    ])
    assert kw(2027, 2) == "2027-01-15"
    top = """Dobrý den paní Nováková,

objednávku 4500081150 potvrzujeme.
Papriku a kmín dodáme 7.1., pepř až ve 2. týdnu (čekáme na kontejner z Vietnamu).
Ceny dle objednávky.

Upozorňujeme, že od 23.12. do 3.1. máme zavřeno.

Hezké svátky!
"""
    sig = """S pozdravem
Radek Svoboda
Koření Morava s.r.o. | Hodonínská 28, 695 01 Hodonín
tel. +420 518 352 110 | IČ 26912345"""
    text = outlook_reply(top, po, "cs", sig=sig)
    eml = mail(slug, frm=("Radek Svoboda", "svoboda@korenimorava.example"), to=B(po),
               date=when("2026-12-21", 14, 30, 1), subject="RE: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "cs"),
               lang="cs-CZ", charset="iso-8859-2", hcs="iso-8859-2", henc="Q")
    exp = EXP("confirmation", "Mail of 21.12.2026: '7.1.' without year is the next 7 January -> "
              "2027-01-07; 've 2. týdnu' = week 2 of 2027, Friday 2027-01-15. Holiday closure "
              "23.12.-3.1. is a distractor.",
              [conf(po, {1: CHG(date="2027-01-07"), 2: CHG(date="2027-01-07"),
                         3: CHG(date="2027-01-15")})])
    add_case(slug, "confirmation", "cs-CZ", "December mail, dates without year roll into the next "
             "year, week 2, holiday closure", [po], eml, exp)


def case_offshore_oa_pdf_en_sg():
    slug = "offshore-oa-pdf-only-en-sg"
    sup = SUP("SOS", "Straits Offshore Supplies Pte Ltd", "sales@straitsoffshore.example", "en-SG")
    po = PO("4700022545", sup, BUY("Kari Nilsen", "ind"), "USD", "2027-04-19", [
        ("SOS-WR-26", "Steel wire rope 26 mm 6x36 IWRC, per metre", 500, "M", "18.60", "2027-05-14"),
        ("SOS-SHK-35T", "Bow shackle 35 t, G-2130", 8, "EA", "486.00", "2027-05-14"),
        ("SOS-RSL-10T", "Round sling 10 t x 6 m", 12, "EA", "142.00", "2027-05-14"),
    ], req_zone=2)
    rows = [
        [(50, "STRAITS OFFSHORE SUPPLIES PTE LTD", True), ("size", 13)],
        [(50, "18 Pioneer Sector 1, Singapore 628437  |  GST Reg No. 201012345K")],
        None,
        [(50, "ORDER ACKNOWLEDGEMENT", True), ("size", 12)],
        [(50, "OA No: OA-27-0877"), (330, "OA Date: 20-Apr-2027")],
        [(50, "Customer: Halvorsen Industrial Group"), (330, "Your PO: 4700022545")],
        [(50, "Attn: Ms Kari Nilsen"), (330, "PO Date: 19-Apr-2027")],
        [(50, "Incoterms: FCA Singapore"), (330, "Payment: 30 days from invoice")],
        None,
        [(50, "Item", True), (80, "Description", True), (300, "Qty", True), (350, "Unit USD", True),
         (420, "Delivery", True)],
        "LINE",
        [(50, "1"), (80, "Steel wire rope 26mm 6x36 IWRC"), (300, "500 m"), (350, "18.60"),
         (420, "14-May-2027")],
        [(50, "2"), (80, "Bow shackle 35t G-2130"), (300, "8 pcs"), (350, "486.00"),
         (420, "28-May-2027")],
        [(80, "3.1 cert + proof load test, +2 weeks")],
        [(50, "3"), (80, "Round sling 10t x 6m"), (300, "12 pcs"), (350, "149.00"),
         (420, "14-May-2027")],
        "LINE",
        [(50, "Certificates: EN 10204 3.1 / manufacturer test certificates supplied with goods.")],
        [(50, "This acknowledgement is valid without signature.")],
    ]
    pdf = make_pdf(pdf_table(rows), title="OA-27-0877", author="SOS", producer="Microsoft: Print To PDF")
    text = """Dear Kari,

Please find attached our Order Acknowledgement OA-27-0877 for your PO.

Thanks & regards,
Tan Wei Ling
Sales Coordinator
Straits Offshore Supplies Pte Ltd
DID +65 6861 2240 | HP +65 9123 4567
"""
    eml = mail(slug, frm=("Tan Wei Ling", "weiling@straitsoffshore.example"), to=B(po),
               date=when("2027-04-20", 17, 40, 8), subject="RE: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "en"),
               atts=[attachment(pdf, "OA-27-0877.pdf", "application/pdf")], lang="en-SG")
    exp = EXP("confirmation", "The answer is only in the OA PDF: line 1 as ordered; line 2 "
              "delivery 28-May-2027 (certs + load test); line 3 unit price 149.00 instead of "
              "142.00. OA and PO dates are document dates.",
              [conf(po, {1: ACC(), 2: CHG(date="2027-05-28"), 3: CHG(unit_price="149.00")})])
    add_case(slug, "confirmation", "en-SG", "order acknowledgement PDF with short cover, "
             "dd-Mon-yyyy dates, price change in the PDF", [po], eml, exp)


def _ooo(slug, sup, po, frm, date, subject, text, locale, tests, notes, lang="en",
         html=True, charset="utf-8", extra=None, client="outlook"):
    eml = mail(slug, frm=frm, to=B(po), date=date, subject=subject, mid=MID("outlook", slug),
               irt=po.get("request_message_id"),
               refs=[po["request_message_id"]] if po.get("request_message_id") else None,
               text=text, html=outlook_html(text, lang) if html else None, charset=charset,
               lang=locale, client=client,
               extra=extra if extra is not None else [("Auto-Submitted", "auto-replied"),
                                                      ("X-Auto-Response-Suppress", "All")])
    add_case(slug, "auto_reply", locale, tests, [po], eml, EXP("auto_reply", notes))


def case_ooo_es_es():
    slug = "ooo-fuera-oficina-es-es"
    sup = SUP("CHJ", "Cementos y Hormigones del Jarama S.L.", "pedidos@hormigonesjarama.example", "es-ES")
    po = PO("B27-00425", sup, BUY("Pablo Serrano", "korvan-iberica.example"), "EUR", "2027-04-19", [
        ("CEM-I-525", "Cemento CEM I 52,5 R, granel", 25, "T", "132.00", "2027-04-30"),
    ], req_zone=2)
    D("2027-04-26", "Mon")
    text = """Gracias por su mensaje.

Estaré fuera de la oficina hasta el lunes 26 de abril, con acceso limitado al correo.
Para cualquier tema urgente de pedidos y entregas, por favor contacte con Marta López (mlopez@hormigonesjarama.example, tel. 916 91 24 82).

Un saludo,
Raquel Martín
"""
    _ooo(slug, sup, po, ("Raquel Martín", "rmartin@hormigonesjarama.example"),
         when("2027-04-19", 9, 12, 2, 37), "Respuesta automática: " + our_subject(po), text,
         "es-ES", "Spanish out-of-office with return weekday+date and deputy",
         "Out-of-office until Monday 26 April; a return date and a deputy, no answer.", "es")


def case_ooo_ferias_pt_br():
    slug = "ooo-ferias-pt-br"
    sup = SUP("NPA", "Nutripet Alimentos Ltda.", "vendas@nutripet.example", "pt-BR")
    po = PO("PC-27-1231", sup, BUY("Fernanda Lima", "mercadopatas.example"), "BRL", "2027-04-06", [
        ("NP-FIL7", "Ração seca filhotes 7 kg", 90, "SC", "98.50", "2027-04-30"),
    ], req_time=(10, 2), req_zone=-3)
    text = """Olá!

Estou de férias de 05/04 a 19/04/2027, retornando no dia 20/04.
Durante este período, pedidos e cotações devem ser enviados para vendas@nutripet.example ou tratados com a Camila pelo (19) 3521-4471.

Obrigado,
Rodrigo Alves
"""
    eml = mail(slug, frm=("Rodrigo Alves", "rodrigo.alves@nutripet.example"), to=B(po),
               date=when("2027-04-06", 10, 2, -3, 40), subject="Resposta automática: Férias",
               mid=MID("gmail", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=html_wrap(text_to_html(text)),
               client="gmail", extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")])
    add_case(slug, "auto_reply", "pt-BR", "Gmail vacation responder in Portuguese with dd/mm "
             "absence range", [po], eml,
             EXP("auto_reply", "Vacation auto-reply (05/04-19/04/2027); no answer about the order."))


def case_ooo_bilingual_nl():
    slug = "ooo-bilingual-nl-en"
    sup = SUP("CMP", "Compona Elektronica B.V.", "verkoop@compona.example", "nl-NL")
    po = PO("4700022575", sup, BUY("Sanne de Vries", "ind"), "EUR", "2027-05-10", [
        ("TPS54331DR", "Buck converter TPS54331, SOIC-8, reel 2500", 5000, "PCS", "0.74", "2027-05-28"),
    ], req_zone=2)
    text = """Beste relatie,

Ik ben tot en met vrijdag 14 mei afwezig. Uw e-mail wordt niet doorgestuurd. Voor orders en bevestigingen kunt u terecht bij verkoop@compona.example of 040 261 88 40.

Dear business relation,

I am out of the office until Friday 14 May. Your e-mail will not be forwarded. For orders and confirmations please contact verkoop@compona.example or +31 40 261 88 40.

Met vriendelijke groet / Kind regards,
Joost Bakker
"""
    _ooo(slug, sup, po, ("Joost Bakker", "j.bakker@compona.example"),
         when("2027-05-10", 9, 12, 2, 15), "Automatisch antwoord: " + our_subject(po), text,
         "nl-NL", "bilingual Dutch/English out-of-office with a weekday return date",
         "Bilingual out-of-office; 'vrijdag 14 mei' is the end of the absence.", "nl")


def case_auto_order_received_sv():
    slug = "auto-order-received-48h-sv"
    sup = SUP("NLS", "Nordic Lab Supply AB", "order@nordiclabsupply.example", "sv-SE")
    po = PO("4700022557", sup, BUY("Elin Berg", "ind"), "SEK", "2027-05-03", [
        ("NLS-NIT-M", "Nitrilhandskar puderfria M, 100 st/ask", 200, "ASK", "39.00", "2027-05-14"),
        ("NLS-PIP-10", "Serologisk pipett 10 ml, steril, 200 st", 10, "FRP", "465.00", "2027-05-14"),
    ], req_zone=2)
    text = """Hej!

Tack för din beställning. Vi har tagit emot ditt mejl och återkommer med en orderbekräftelse inom 48 timmar (vardagar).

Detta är ett automatiskt svar - svara inte på detta meddelande.

Med vänliga hälsningar
Nordic Lab Supply AB
Kundservice: 08-555 120 00 (mån-fre 8-16)
"""
    eml = mail(slug, frm=("Nordic Lab Supply Kundservice", "no-reply@nordiclabsupply.example"),
               to=B(po), date=when("2027-05-03", 9, 12, 2, 8),
               subject="Vi har mottagit din beställning [Ärende 2027-050311]",
               mid=MID("x", slug, "nordiclabsupply.example"), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, client="none",
               extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    add_case(slug, "auto_reply", "sv-SE", "automatic 'order received, confirmation within 48 h' "
             "with a case number that looks like a date", [po], eml,
             EXP("auto_reply", "Automatic receipt: promises a confirmation later, commits to "
                 "nothing. The case number 2027-050311 is not a date."))


def case_ooo_it_it():
    slug = "ooo-fuori-ufficio-it-it"
    sup = SUP("AIS", "Aromi Italiani S.p.A.", "ordini@aromitaliani.example", "it-IT")
    po = PO("4500081329", sup, BUY("Giulia Ferri", "food"), "EUR", "2027-04-23", [
        ("AI-MEN-10", "Aroma menta piperita, tanica 10 kg", 60, "KG", "29.40", "2027-05-14"),
    ], req_zone=2)
    text = """Sono fuori ufficio fino a lunedì 3 maggio compreso, con accesso limitato alla posta elettronica.
Per ordini urgenti scrivere a ordini@aromitaliani.example oppure contattare la collega Francesca Riva (tel. +39 02 9574 1125).

I am out of the office until Monday 3rd May.

Paolo Galli
"""
    _ooo(slug, sup, po, ("Paolo Galli", "p.galli@aromitaliani.example"),
         when("2027-04-23", 9, 12, 2, 29), "Risposta automatica: " + our_subject(po), text,
         "it-IT", "Italian/English out-of-office with colleague's phone",
         "Out-of-office until 3 May; no answer.", "it")


def case_ooo_pl():
    slug = "ooo-urlop-pl"
    sup = SUP("CZX", "Czystex Sp. z o.o.", "zamowienia@czystex.example", "pl-PL")
    po = PO("4700022597", sup, BUY("Agnieszka Wróbel", "ind"), "PLN", "2027-05-24", [
        ("CZ-WC-1", "Żel do WC, butelka 1 L", 300, "SZT", "6.90", "2027-06-04"),
    ], req_zone=2)
    text = """Dzień dobry,

przebywam na urlopie do 4.06.2027 r. W sprawach pilnych proszę o kontakt z Działem Obsługi Klienta: zamowienia@czystex.example, tel. +48 61 814 22 30.

Pozdrawiam
Katarzyna Zielińska
"""
    _ooo(slug, sup, po, ("Katarzyna Zielińska", "k.zielinska@czystex.example"),
         when("2027-05-24", 9, 12, 2, 51), "Autoodpowiedź: " + our_subject(po), text,
         "pl-PL", "Polish vacation auto-reply whose return date equals the requested date",
         "Vacation auto-reply 'do 4.06.2027' - the same day as the requested date, which must "
         "not be read as a confirmation.", "pl", charset="iso-8859-2")


def case_bounce_gmail_domain():
    slug = "bounce-domain-not-found-gmail"
    sup = SUP("KPN", "Kiwi Pet Nutrition Ltd", "orders@kiwipetnutrition.example", "en-NZ")
    po = PO("PC-27-0219", sup, BUY("Hannah Reid", "pawsandco.example"), "NZD", "2027-05-03", [
        ("KPN-CHK-3", "Cat food chicken 3 kg", 80, "BAG", "28.40", "2027-05-12"),
    ], req_zone=12)
    bad = "orders@kiwipetnutriton.example"
    orig = our_request_eml(po, slug, to_addr=bad)
    text = """
** Address not found **

Your message wasn't delivered to %s because the domain kiwipetnutriton.example couldn't be found. Check for typos or unnecessary spaces and try again.

The response was:

DNS Error: DNS type 'mx' lookup of kiwipetnutriton.example responded with code NXDOMAIN
Domain name not found: kiwipetnutriton.example
""" % bad
    html = ('<html><head></head><body><table><tr><td><h1>Address not found</h1><p>Your message '
            "wasn't delivered to <b>%s</b> because the domain kiwipetnutriton.example couldn't be "
            'found. Check for typos or unnecessary spaces and try again.</p><p>The response was:'
            "</p><p>DNS Error: DNS type 'mx' lookup of kiwipetnutriton.example responded with "
            'code NXDOMAIN</p></td></tr></table></body></html>\n' % bad)
    status = [
        [("Reporting-MTA", "dns; googlemail.com"),
         ("Arrival-Date", format_datetime(po["_req_dt"]))],
        [("Final-Recipient", "rfc822; " + bad), ("Action", "failed"), ("Status", "5.1.2"),
         ("Diagnostic-Code", "smtp; DNS Error: DNS type 'mx' lookup of kiwipetnutriton.example "
                             "responded with code NXDOMAIN"),
         ("Last-Attempt-Date", format_datetime(po["_req_dt"] + dt.timedelta(seconds=3)))],
    ]
    rep = report(slug, "delivery-status", text, status, orig, text_charset="UTF-8",
                 text_cte="quoted-printable", html=html)
    eml = mail(slug, frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=B(po),
               date=po["_req_dt"] + dt.timedelta(seconds=3),
               subject="Delivery Status Notification (Failure)",
               mid="<%s.%s@mx.google.com>" % ("6637d1f2", hashlib.md5(slug.encode()).hexdigest()[:12]),
               irt=po["request_message_id"], refs=[po["request_message_id"]], body=rep,
               client="none", received=False, extra=[("Auto-Submitted", "auto-replied")])
    add_case(slug, "bounce", "en", "Gmail DSN for a misspelled domain (NXDOMAIN), HTML + text",
             [po], eml, EXP("bounce", "Delivery failure: the supplier domain was mistyped; "
                            "nothing reached the supplier."))


def case_bounce_delayed():
    slug = "bounce-delayed-still-retrying"
    sup = SUP("VCO", "Velo Componente SRL", "comenzi@velocomponente.example", "ro-RO")
    po = PO("4700022603", sup, BUY("Andrei Popescu", "ind"), "RON", "2027-05-24", [
        ("SHM-BR-MT200", "Frana hidraulica Shimano MT200, set", 30, "SET", "265.00", "2027-06-07"),
    ], req_zone=3)
    orig = our_request_eml(po, slug)
    text = """This is the mail system at host mx1.halvorsen-group.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<comenzi@velocomponente.example>: connect to
    mail.velocomponente.example[203.0.113.45]:25: Connection timed out
"""
    status = [
        [("Reporting-MTA", "dns; mx1.halvorsen-group.example"),
         ("X-Postfix-Queue-ID", "4QcR7M0Lq1z3"),
         ("X-Postfix-Sender", "rfc822; andrei.popescu@halvorsen-group.example"),
         ("Arrival-Date", format_datetime(po["_req_dt"]))],
        [("Final-Recipient", "rfc822; comenzi@velocomponente.example"),
         ("Original-Recipient", "rfc822;comenzi@velocomponente.example"),
         ("Action", "delayed"), ("Status", "4.4.1"),
         ("Diagnostic-Code", "X-Postfix; connect to mail.velocomponente.example[203.0.113.45]:25: "
                             "Connection timed out"),
         ("Will-Retry-Until", format_datetime(po["_req_dt"] + dt.timedelta(days=5)))],
    ]
    rep = report(slug, "delivery-status", text, status, orig, headers_only=True)
    eml = mail(slug, frm=("Mail Delivery System", "MAILER-DAEMON@mx1.halvorsen-group.example"),
               to=B(po), date=po["_req_dt"] + dt.timedelta(hours=4, minutes=2),
               subject="Delayed Mail (still being retried)",
               mid="<20270524101412.4QcR7M0Lq1z3@mx1.halvorsen-group.example>", body=rep,
               client="none", received=False, extra=[("Auto-Submitted", "auto-replied")])
    add_case(slug, "bounce", "en", "Postfix delay warning (Action: delayed, 4.4.1, Will-Retry-"
             "Until), headers only", [po], eml,
             EXP("bounce", "Delivery delay notification (DSN, action delayed): a delivery-status "
                 "report, not a supplier answer; 'Will-Retry-Until' is not a delivery date."))


def case_shipping_notice_earlier_de_at():
    slug = "shipping-notice-earlier-order-de-at"
    sup = SUP("KWH", "Kakaowerk Hollabrunn GmbH", "verkauf@kakaowerk-hollabrunn.example", "de-AT")
    po = PO("4500081336", sup, BUY("Katrin Vogel", "food"), "EUR", "2027-04-20", [
        ("KK-2224", "Kakaopulver 22/24 % alkalisiert, 25-kg-Sack", 1500, "KG", "4.65", "2027-05-17"),
    ], req_zone=2)
    text = """Sehr geehrte Damen und Herren,

wir informieren Sie, dass folgende Lieferung heute unser Werk verlassen hat:

Lieferschein:      80012345
Ihre Bestellung:   4500081190
Artikel:           KK-1012 Kakaopulver 10/12 %, 80 Sack à 25 kg (2.000 kg), Charge 27-0398
Spedition:         Lagermax, Sendungsnummer LMX-4471-2027-0422
Voraussichtliche Zustellung: Montag, 26.04.2027

Mit freundlichen Grüßen
Kakaowerk Hollabrunn GmbH - Versand
Diese Nachricht wurde automatisch erstellt.
"""
    eml = mail(slug, frm=("Kakaowerk Hollabrunn Versand", "versand@kakaowerk-hollabrunn.example"),
               to=B(po), date=when("2027-04-22", 13, 48, 2),
               subject="Versandavis Lieferschein 80012345 / Ihre Bestellung 4500081190",
               mid=MID("x", slug, "kakaowerk-hollabrunn.example"), text=text, cte="8bit",
               charset="iso-8859-15", client="none", extra=[("Auto-Submitted", "auto-generated")])
    add_case(slug, "unrelated", "de-AT", "dispatch advice for an earlier PO of the same supplier "
             "with expected delivery date", [po], eml,
             EXP("unrelated", "Shipping notice for an earlier order (4500081190, not open here); it "
                 "does not answer the open PO 4500081336 despite delivery dates and tracking."))


def case_newsletter_pt_pt():
    slug = "newsletter-html-only-pt-pt"
    sup = SUP("CDV", "Corticeira do Vouga, Lda.", "encomendas@corticeiravouga.example", "pt-PT")
    po = PO("BB-27-0466", sup, BUY("Nils Andersen", "brightwater-bev.example"), "EUR", "2027-05-12", [
        ("RC-TEC-4424", "Rolha técnica 1+1 44x24 mm", 80000, "PCS", "0.094", "2027-06-04"),
    ], req_zone=2)
    html = """<!DOCTYPE html><html lang="pt"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Newsletter Corticeira do Vouga - maio 2027</title></head>
<body style="margin:0;background:#f4efe6">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="20" style="background:#ffffff;font-family:Arial,sans-serif;color:#333">
<tr><td><img src="https://cdn.corticeiravouga.example/nl/2027-05/header.jpg" width="560" alt="Corticeira do Vouga"></td></tr>
<tr><td><h1 style="color:#7a4b1e">Novidades de maio</h1>
<p>Caro cliente,</p>
<p>A campanha de descortiçamento de 2027 arranca a 1 de junho. Nesta edição apresentamos a nova rolha técnica <b>Vouga Neutra</b>, com libertação de TCA abaixo de 0,5 ng/L, e o calendário das nossas visitas à ProWein e à Vinexpo.</p>
<p><b>Feiras 2027:</b> Vinexpo Paris 10-12 fevereiro 2028 &middot; ProWein Düsseldorf 14-16 março 2028</p>
<p><a href="https://www.corticeiravouga.example/vouga-neutra?utm_source=newsletter&amp;utm_medium=email">Saiba mais</a></p></td></tr>
<tr><td style="font-size:11px;color:#888">Recebeu este e-mail porque é cliente da Corticeira do Vouga, Lda. NIF 503 418 226.<br>
<a href="https://www.corticeiravouga.example/unsubscribe?u=8812">Cancelar subscrição</a></td></tr>
</table></td></tr></table></body></html>
"""
    eml = mail(slug, frm=("Corticeira do Vouga", "newsletter@corticeiravouga.example"), to=B(po),
               date=when("2027-05-18", 10, 0, 1), subject="Novidades de maio: rolha técnica Vouga Neutra",
               mid=MID("x", slug, "mailer.corticeiravouga.example"), html=html, client="none",
               extra=[("List-Unsubscribe", "<https://www.corticeiravouga.example/unsubscribe?u=8812>"),
                      ("Precedence", "bulk"), ("X-Campaign", "nl-2027-05")])
    add_case(slug, "unrelated", "pt-PT", "HTML-only marketing newsletter from a supplier with an "
             "open PO", [po], eml,
             EXP("unrelated", "Newsletter (bulk, List-Unsubscribe) from the same supplier; no answer "
                 "to the open PO."))


def case_payment_reminder_cs():
    slug = "payment-reminder-upominka-cs"
    sup = SUP("LSP", "Laborsklo Praha s.r.o.", "obchod@laborsklo.example", "cs-CZ")
    po = PO("4700022604", sup, BUY("Petra Nováková", "ind"), "CZK", "2027-05-20", [
        ("LS-PIP-25", "Pipeta dělená 25 ml, tř. AS", 40, "PCS", "96.00", "2027-06-03"),
    ], req_zone=2)
    text = """Vážený zákazníku,

dovolujeme si Vás upozornit, že k dnešnímu dni evidujeme neuhrazenou fakturu:

Faktura č. 2027001234 ze dne 15.03.2027, splatnost 14.04.2027, částka 12 448,20 Kč (Vaše obj. 4700022460)

Prosíme o úhradu do 7 dnů na účet 123456789/0800, VS 2027001234. Pokud jste již zaplatili, považujte prosím tuto upomínku za bezpředmětnou.

S pozdravem
Účtárna
Laborsklo Praha s.r.o.
"""
    eml = mail(slug, frm=("Laborsklo Praha - účtárna", "uctarna@laborsklo.example"), to=B(po),
               date=when("2027-05-21", 8, 15, 2), subject="Upomínka - faktura 2027001234 po splatnosti",
               mid=MID("thunderbird", slug, "laborsklo.example"), text=text, client="thunderbird",
               cte="8bit", charset="iso-8859-2", hcs="iso-8859-2", henc="Q")
    add_case(slug, "unrelated", "cs-CZ", "payment reminder for an old invoice referring to "
             "another PO", [po], eml,
             EXP("unrelated", "Payment reminder for an invoice on an older PO; unrelated to the "
                 "open order."))


def case_midsummer_closure_fi():
    slug = "midsummer-closure-circular-fi"
    sup = SUP("TTO", "Tietotalo Oy", "tilaukset@tietotalo.example", "fi-FI")
    po = PO("IT-PO-27140", sup, BUY("Aino Virtanen", "it"), "EUR", "2027-06-14", [
        ("USB-C-DOCK-G4", "USB-C telakka Gen 4, 100 W", 40, "PCS", "164.00", "2027-06-30"),
    ], req_zone=3)
    text = """Hyvä asiakkaamme,

Tietotalo Oy:n toimisto ja varasto ovat suljettuina juhannuksena 24.-27.6.2027. Viimeiset toimitukset ennen juhannusta lähtevät keskiviikkona 23.6. klo 12 mennessä tehdyistä tilauksista.

Palvelemme taas normaalisti maanantaina 28.6.

Hyvää juhannusta!
Tietotalo Oy - asiakaspalvelu
"""
    eml = mail(slug, frm=("Tietotalo Oy", "asiakaspalvelu@tietotalo.example"), to=B(po),
               date=when("2027-06-15", 10, 0, 3), subject="Juhannuksen aukioloajat 2027",
               mid=MID("x", slug, "tietotalo.example"), text=text, html=outlook_html(text, "fi"),
               client="none", extra=[("Precedence", "bulk")])
    D("2027-06-23", "Wed"); D("2027-06-28", "Mon")
    add_case(slug, "unrelated", "fi-FI", "holiday opening-hours circular with dates, from a "
             "supplier with an open PO", [po], eml,
             EXP("unrelated", "General midsummer closure circular, not a reply to the PO; the dates "
                 "are opening hours."))


def case_asn_earlier_po_en_us():
    slug = "asn-tracking-earlier-po-en-us"
    sup = SUP("WBC", "Westbridge Components Inc.", "orders@westbridgecomp.example", "en-US")
    po = PO("4700022592", sup, BUY("Ryan Mitchell", "ind"), "USD", "2027-04-12", [
        ("LM358DR", "Op-amp LM358, SOIC-8, reel 2500", 5000, "PCS", "0.11", "2027-05-03"),
    ], req_zone=-5)
    text = """SHIPMENT NOTIFICATION

Your order has shipped.

Customer PO:     4700022311
Sales Order:     SO-418822
Ship Date:       04/14/2027
Carrier:         UPS Ground
Tracking #:      1Z 8A7 49E 03 1234 5678
Est. Delivery:   04/19/2027

Line  Part Number           Qty Shipped
1     LM2596S-5.0/NOPB      500
2     1N4007-T              5,000

Westbridge Components Inc. | This is an automated message, please do not reply.
"""
    eml = mail(slug, frm=("Westbridge Shipping", "shipping-noreply@westbridgecomp.example"),
               to=B(po), date=when("2027-04-14", 16, 5, -5),
               subject="Shipment Notification - PO 4700022311 - SO-418822",
               mid=MID("x", slug, "westbridgecomp.example"), text=text,
               html=html_wrap("<pre>" + htmlmod.escape(text) + "</pre>"), client="none",
               extra=[("Auto-Submitted", "auto-generated")])
    add_case(slug, "unrelated", "en-US", "automated shipment notification for another PO with "
             "ship/estimated delivery dates", [po], eml,
             EXP("unrelated", "Shipment notice for a different, older PO (4700022311); no answer "
                 "to the open PO 4700022592."))


def case_statement_en_au():
    slug = "statement-of-account-en-au"
    sup = SUP("BGC", "Barossa Glass & Closures Pty Ltd", "orders@barossaglass.example", "en-AU")
    po = PO("BB-27-0455", sup, BUY("Liam O'Connor", "brightwater-bev.example"), "AUD", "2027-04-26", [
        ("BGC-BVS-750", "Wine bottle Burgundy 750 ml, antique green, BVS 30H60", 18000, "PCS", "0.62",
         "2027-05-14"),
    ], req_zone=10)
    rows = [
        [(50, "Barossa Glass & Closures Pty Ltd", True), ("size", 13)],
        [(50, "ABN 51 123 456 789 | 14 Murray St, Nuriootpa SA 5355")],
        None,
        [(50, "STATEMENT OF ACCOUNT", True), (360, "Statement date: 30/04/2027")],
        [(50, "Brightwater Beverages"), (360, "Account: BRIGHT01")],
        None,
        [(50, "Date", True), (130, "Reference", True), (270, "Your ref", True), (380, "Amount", True),
         (460, "Balance", True)],
        "LINE",
        [(50, "12/03/2027"), (130, "INV 77120"), (270, "BB-27-0388"), (380, "8,520.00"),
         (460, "8,520.00")],
        [(50, "09/04/2027"), (130, "PAYMENT"), (270, "EFT"), (380, "-8,520.00"), (460, "0.00")],
        [(50, "22/04/2027"), (130, "INV 77389"), (270, "BB-27-0401"), (380, "3,910.00"),
         (460, "3,910.00")],
        "LINE",
        [(270, "Current"), (380, "3,910.00")], [(270, "30 days"), (380, "0.00")],
        [(270, "Total due", True), (380, "3,910.00", True)],
    ]
    pdf = make_pdf(pdf_table(rows), title="Statement BRIGHT01 April 2027", producer="MYOB AccountRight")
    text = """Hi,

Please find attached your statement for April 2027.

Kind regards,
Accounts Receivable
Barossa Glass & Closures Pty Ltd
"""
    eml = mail(slug, frm=("Barossa Glass Accounts", "accounts@barossaglass.example"), to=B(po),
               date=when("2027-05-03", 8, 30, 10), subject="Statement - April 2027 - BRIGHT01",
               mid=MID("x", slug, "barossaglass.example"), text=text,
               atts=[attachment(pdf, "Statement_BRIGHT01_202704.pdf", "application/pdf")],
               client="none")
    add_case(slug, "unrelated", "en-AU", "statement of account PDF listing older POs", [po], eml,
             EXP("unrelated", "Monthly statement of account (older invoices/POs); not an answer to "
                 "the open PO."))


def case_received_will_confirm_hu():
    slug = "received-will-confirm-by-thursday-hu"
    sup = SUP("KAK", "Klímaszerviz Alkatrész Kft.", "rendeles@klimaalkatresz.example", "hu-HU")
    po = PO("4700022596", sup, BUY("Gábor Nagy", "ind"), "EUR", "2027-05-24", [
        ("DAN-AKS33", "Danfoss AKS 33 nyomástávadó", 8, "DB", "142.00", "2027-06-07"),
        ("CAR-FLT-KH", "Carrier szűrőbetét KH-20", 24, "DB", "18.50", "2027-06-07"),
    ], req_zone=2)
    top = """Tisztelt Nagy Úr!

Köszönjük, a megrendelést megkaptuk. A gyártóval még egyeztetünk a szállítási határidőről, és legkésőbb csütörtökig visszaigazoljuk.
"""
    sig = """Üdvözlettel:
Szabó Eszter
Klímaszerviz Alkatrész Kft. | Tel.: +36 1 260 4417"""
    text = outlook_reply(top, po, "hu", sig=sig)
    eml = mail(slug, frm=("Szabó Eszter", "szabo.eszter@klimaalkatresz.example"), to=B(po),
               date=when("2027-05-24", 16, 10, 2), subject="VS: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "hu"),
               lang="hu-HU")
    add_case(slug, "needs_review", "hu-HU", "human 'received, will confirm by Thursday' (date of "
             "the promised answer, not a delivery)", [po], eml,
             EXP("needs_review", "A person acknowledges receipt and promises the confirmation by "
                 "Thursday; nothing is committed yet."))


def case_body_vs_pdf_contradiction_en_us():
    slug = "labels-body-vs-pdf-contradiction-en-us"
    sup = SUP("GLL", "Great Lakes Label Co.", "orders@greatlakeslabel.example", "en-US")
    po = PO("4700022611", sup, BUY("Ryan Mitchell", "ind"), "USD", "2027-05-06", [
        ("GLL-4X6-DT", "Direct thermal label 4x6 in, 1000/roll, 3 in core", 200, "ROLL", "14.20", "2027-05-21"),
        ("GLL-RIB-110", "Wax/resin ribbon 110 mm x 450 m", 60, "ROLL", "9.85", "2027-05-21"),
    ], req_zone=-4)
    rows = [
        [(50, "GREAT LAKES LABEL CO.", True), ("size", 13)],
        [(50, "3100 Packard Rd, Ann Arbor, MI 48108 | (734) 555-0110")],
        None,
        [(50, "ORDER ACKNOWLEDGMENT", True), (360, "Ack # 61733")],
        [(50, "Bill to: Halvorsen Industrial Group"), (360, "Date: 05/07/2027")],
        [(50, "Customer PO: 4700022611"), (360, "Terms: Net 30")],
        None,
        [(50, "Ln", True), (80, "Item", True), (250, "Qty", True), (320, "Price", True),
         (400, "Ship date", True)],
        "LINE",
        [(50, "1"), (80, "GLL-4X6-DT"), (250, "150 RL"), (320, "$14.20"), (400, "05/28/2027")],
        [(50, "2"), (80, "GLL-RIB-110"), (250, "60 RL"), (320, "$9.85"), (400, "05/21/2027")],
        "LINE",
    ]
    pdf = make_pdf(pdf_table(rows), title="Ack 61733", producer="Epicor Kinetic")
    top = """Hi Ryan,

PO 4700022611 is confirmed as ordered, delivery 5/21. Acknowledgment attached.
"""
    sig = """Thanks,
Megan Fowler
Customer Service | Great Lakes Label Co."""
    text = outlook_reply(top, po, "en", sig=sig, us=True)
    eml = mail(slug, frm=("Megan Fowler", "mfowler@greatlakeslabel.example"), to=B(po),
               date=when("2027-05-07", 10, 25, -4), subject="RE: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "en"),
               atts=[attachment(pdf, "Ack_61733.pdf", "application/pdf")], lang="en-US")
    add_case(slug, "needs_review", "en-US", "body says 'as ordered, 5/21' but the attached "
             "acknowledgment shows 150 rolls shipping 5/28", [po], eml,
             EXP("needs_review", "Contradiction: the mail text confirms everything as ordered for "
                 "5/21, the attached acknowledgment gives 150 of 200 rolls shipping 05/28 for line "
                 "1. A careful buyer must ask which is right."))


def case_empty_reply_android_de():
    slug = "empty-reply-only-quote-de"
    sup = SUP("RTZ", "Rheintal Zucker GmbH & Co. KG", "auftrag@rheintal-zucker.example", "de-DE")
    po = PO("4500081351", sup, BUY("Katrin Vogel", "food"), "EUR", "2027-05-10", [
        ("ZK-PUD-25", "Puderzucker, 25-kg-Sack", 1000, "KG", "1.12", "2027-05-21"),
    ], req_zone=2)
    t = po["_req_dt"]
    body = """

Holen Sie sich Outlook für Android<https://aka.ms/AAb9ysg>
________________________________
Von: Katrin Vogel <%s>
Gesendet: %s
An: auftrag@rheintal-zucker.example <auftrag@rheintal-zucker.example>
Betreff: %s

%s
""" % (po["buyer"]["email"], outlook_sent("de", t), our_subject(po, "de"), req_text(po, "de"))
    eml = mail(slug, frm=("Thomas Brandl", "t.brandl@rheintal-zucker.example"), to=B(po),
               date=when("2027-05-11", 7, 40, 2), subject="AW: " + our_subject(po, "de"),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=body, html=outlook_html(body, "de"),
               lang="de-DE", thread_topic=True)
    add_case(slug, "needs_review", "de-DE", "reply from a phone with nothing typed, only our own "
             "quoted request", [po], eml,
             EXP("needs_review", "The reply adds no text at all (only the mobile footer and our own "
                 "request quoted); the dates and quantities in it are ours."))


def case_price_other_currency_de_ch():
    slug = "pump-price-in-chf-for-eur-po-de-ch"
    sup = SUP("PKA", "Pumpen Keller AG", "verkauf@pumpen-keller.example", "de-CH")
    po = PO("4700022435", sup, BUY("Reto Baumann", "ind"), "EUR", "2027-03-10", [
        ("GF-MAGNA3-3280F", "Umwälzpumpe Grundfos MAGNA3 32-80 F", 4, "STK", "1180.00", "2027-03-26"),
    ])
    top = """Grüezi Herr Baumann

Wir bestätigen Ihnen 4 Stk. MAGNA3 32-80 F zum Preis von CHF 1'165.00/Stk. netto, Lieferung am 26.03. an Ihr Lager Dübendorf.
"""
    sig = """Freundliche Grüsse
Marco Keller
Pumpen Keller AG | Riedstrasse 9 | 8953 Dietikon | T +41 44 740 22 10"""
    text = outlook_reply(top, po, "de", sig=sig)
    eml = mail(slug, frm=("Keller Marco", "m.keller@pumpen-keller.example"), to=B(po),
               date=when("2027-03-11", 9, 5, 1), subject="AW: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "de"),
               lang="de-CH")
    add_case(slug, "needs_review", "de-CH", "price confirmed in CHF while the PO is in EUR",
             [po], eml,
             EXP("needs_review", "Quantity and date match, but the price is stated in CHF while the "
                 "PO is in EUR: the unit price cannot be recorded in the PO currency from the text, "
                 "so a human must clarify."))


def case_mid_january_de():
    slug = "spices-mid-january-quantities-later-de"
    sup = SUP("GMF", "Gewürzmühle Franken GmbH", "vertrieb@gewuerzmuehle-franken.example", "de-DE")
    po = PO("4500081162", sup, BUY("Katrin Vogel", "food"), "EUR", "2026-12-14", [
        ("GMF-ZIMT-C", "Zimt Cassia gemahlen, 25-kg-Sack", 400, "KG", "6.90", "2027-01-11"),
        ("GMF-NELK-G", "Nelken gemahlen, 25-kg-Sack", 150, "KG", "14.30", "2027-01-11"),
    ])
    top = """Hallo Frau Vogel,

danke für die Bestellung. Die Lieferung wird voraussichtlich Mitte Januar erfolgen; die genauen Mengen können wir Ihnen erst nach unserer Inventur am 4.1. bestätigen.

Frohe Weihnachten und einen guten Rutsch!
"""
    sig = """Viele Grüße
Lisa Hofmann
Gewürzmühle Franken GmbH · Mühlweg 3 · 91154 Roth · Tel. 09171 88 41-0"""
    text = outlook_reply(top, po, "de", "de", sig=sig)
    eml = mail(slug, frm=("Lisa Hofmann", "l.hofmann@gewuerzmuehle-franken.example"), to=B(po),
               date=when("2026-12-16", 11, 20, 1), subject="AW: " + our_subject(po, "de"),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "de"),
               lang="de-DE")
    add_case(slug, "needs_review", "de-DE", "vague 'voraussichtlich Mitte Januar', quantities only "
             "after stock-taking", [po], eml,
             EXP("needs_review", "'voraussichtlich Mitte Januar' is an estimate and quantities are "
                 "explicitly not yet confirmed (after the inventory on 4.1.); nothing is committed."))


def case_working_on_it_reminder_en_us():
    slug = "reminder-working-on-it-en-us"
    sup = SUP("ACS", "Apex Climate Systems Inc.", "orders@apexclimate.example", "en-US")
    po = PO("4700022519", sup, BUY("Ryan Mitchell", "ind"), "USD", "2027-04-05", [
        ("ACS-AHU-5K", "Air handling unit 5,000 CFM, horizontal", 1, "EA", "21400.00", "2027-05-10"),
    ], req_zone=-5)
    rem_id = "<reminder-4700022519.20270412@halvorsen-group.example>"
    body = """Working on it - waiting on the factory for a ship date, will revert by Friday.

Brandon

On Mon, Apr 12, 2027 at 8:00 AM Ryan Mitchell <%s> wrote:
> Hi Brandon, any update on PO 4700022519? We still have no confirmation.
> Thanks, Ryan
""" % po["buyer"]["email"]
    eml = mail(slug, frm=("Brandon Lee", "blee@apexclimate.example"), to=B(po),
               date=when("2027-04-12", 9, 47, -5), subject="Re: Reminder: " + our_subject(po),
               mid=MID("gmail", slug), irt=rem_id, refs=[po["request_message_id"], rem_id],
               text=body, client="gmail")
    add_case(slug, "needs_review", "en-US", "answer to a reminder that promises news by Friday",
             [po], eml,
             EXP("needs_review", "Human reply to our reminder without any commitment ('will revert "
                 "by Friday'); Friday is when they will answer, not a delivery date."))


def case_brand_substitution_es_co():
    slug = "gloves-brand-substitution-approval-es-co"
    sup = SUP("IMV", "Insumos Médicos del Valle S.A.S.", "pedidos@insumosvalle.example", "es-CO")
    po = PO("OC-2027-04602", sup, BUY("Laura Gómez", "clinicasanelian.example"), "COP", "2027-05-10", [
        ("GN-S-100-NC", "Guante de nitrilo talla S, caja x100, marca NitriCare", 250, "CJ",
         "38500.00", "2027-05-18"),
    ], req_zone=-5)
    D("2027-05-18", "Tue")
    top = """Buenas tardes Laura,

La referencia NitriCare talla S está agotada hasta julio. Le podemos despachar el equivalente de la marca MedGuard (misma especificación EN 455, mismo precio $38.500 la caja) el martes 18 de mayo.

¿Nos confirma si le sirve el cambio de marca para programar el despacho?
"""
    sig = """Cordialmente,
Andrés Felipe Ríos
Insumos Médicos del Valle S.A.S. | Cel. 315 442 1870"""
    text = outlook_reply(top, po, "es", sig=sig)
    eml = mail(slug, frm=("Andres Felipe Rios", "afrios@insumosvalle.example"), to=B(po),
               date=when("2027-05-11", 15, 40, -5), subject="RE: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=text, html=outlook_html(text, "es"),
               lang="es-CO")
    add_case(slug, "needs_review", "es-CO", "substitute brand offered, supplier asks for approval "
             "before shipping", [po], eml,
             EXP("needs_review", "The ordered brand is out of stock; a substitute with the same "
                 "price/date is offered only if the buyer agrees (question back). Nothing is "
                 "committed for the ordered item."))


def case_ambiguous_which_po_en_gb():
    slug = "mesh-which-po-ambiguous-en-gb"
    sup = SUP("PSB", "Pennine Steel & Building Supplies Ltd", "sales@penninesteel.example", "en-GB")
    buyer = BUY("Oliver Grant", "bau")
    pa = PO("B27-00483", sup, buyer, "GBP", "2027-04-06", [
        ("MESH-A393", "Steel mesh A393, 4.8 x 2.4 m sheet", 40, "SHT", "61.50", "2027-04-14"),
    ], req_zone=1)
    pb = PO("B27-00488", sup, buyer, "GBP", "2027-04-07", [
        ("MESH-A252", "Steel mesh A252, 4.8 x 2.4 m sheet", 60, "SHT", "42.80", "2027-04-14"),
    ], req_zone=1)
    D("2027-04-14", "Wed")
    body = """Morning Oliver,

the mesh order is confirmed for Wednesday 14th, all as per PO.

Gary

Sent from my Samsung Galaxy
"""
    eml = mail(slug, frm=("Gary Whitfield", "gary.whitfield@penninesteel.example"), to=buyer,
               date=when("2027-04-08", 7, 55, 1), subject="Mesh", mid=MID("x", slug, "penninesteel.example"),
               text=body, client="android", cte="7bit")
    add_case(slug, "needs_review", "en-GB", "new thread without PO number while two open mesh POs "
             "exist for the same supplier", [pa, pb], eml,
             EXP("needs_review", "'the mesh order' could be either open PO (B27-00483 A393 or "
                 "B27-00488 A252); no number, no quote, no In-Reply-To. A careful buyer cannot tell "
                 "which one is confirmed."))


def case_internal_forward_de():
    slug = "internal-forward-question-to-production-de"
    sup = SUP("SCL", "Spezialchemie Lippe GmbH", "auftragsbestaetigung@spezialchemie-lippe.example",
              "de-DE")
    po = PO("4700022606", sup, BUY("Jonas Weber", "ind"), "EUR", "2027-05-03", [
        ("SCL-DISP-40", "Dispergieradditiv DA-40, Fass 200 kg", 600, "KG", "12.60", "2027-05-14"),
        ("SCL-NETZ-9", "Netzmittel NM-9, Kanister 25 kg", 250, "KG", "15.40", "2027-05-14"),
    ], req_zone=2)
    t = po["_req_dt"]
    body = """@Produktion: Pos. 1 ist am Lager. Schaffen wir Pos. 2 (NM-9, 250 kg) bis 14.05.? Bitte kurze Info an mich, dann bestätige ich dem Kunden.

Gruß
Tim

Tim Rohde
Vertrieb Innendienst
Spezialchemie Lippe GmbH · Tel. 05231 9870-44

Von: Jonas Weber <%s>
Gesendet: %s
An: vertrieb@spezialchemie-lippe.example
Betreff: %s

%s
""" % (po["buyer"]["email"], outlook_sent("de", t), our_subject(po), req_text(po))
    eml = mail(slug, frm=("Rohde, Tim", "t.rohde@spezialchemie-lippe.example"),
               to=[("Produktion Detmold", "produktion@spezialchemie-lippe.example"), B(po)],
               date=when("2027-05-03", 13, 2, 2), subject="WG: " + our_subject(po),
               mid=MID("outlook", slug), irt=po["request_message_id"],
               refs=[po["request_message_id"]], text=body, html=outlook_html(body, "de"),
               lang="de-DE")
    add_case(slug, "needs_review", "de-DE", "supplier's internal forward to production that also "
             "reached us: a question, no commitment", [po], eml,
             EXP("needs_review", "Internal forward ('@Produktion ... schaffen wir das bis 14.05.?') "
                 "that was also addressed to us: stock remark and an internal question, but no "
                 "confirmation to the buyer yet."))


# ===========================================================================
# writer and checks
# ===========================================================================
KINDS = {"confirmation", "needs_review", "auto_reply", "bounce", "unrelated"}
STATUSES = {"accepted", "changed", "rejected", "unconfirmed"}


def check(slug, pos, exp):
    assert set(exp) <= {"kind", "confirmations", "notes"}, slug
    assert exp["kind"] in KINDS, slug
    assert isinstance(exp.get("notes"), str) and exp["notes"], slug
    if exp["kind"] != "confirmation":
        assert "confirmations" not in exp, slug
        return
    assert exp["confirmations"], slug
    by_no = {p["po_number"]: p for p in pos}
    seen = set()
    for c in exp["confirmations"]:
        po = by_no[c["po_number"]]
        assert c["po_number"] not in seen, slug
        seen.add(c["po_number"])
        nums = [str(l["line"]) for l in po["lines"]]
        assert sorted(c["lines"], key=int) == nums, (slug, c["lines"].keys(), nums)
        for n, e in c["lines"].items():
            l = po["lines"][int(n) - 1]
            st = e["status"]
            assert st in STATUSES, (slug, n)
            if st in ("rejected", "unconfirmed"):
                assert set(e) == {"status"}, (slug, n)
                continue
            assert set(e) <= {"status", "quantity", "unit_price", "date", "schedule"}, (slug, n)
            dt.date.fromisoformat(e["date"])
            Decimal(e["unit_price"])
            same = (e["quantity"] == l["quantity"] and Decimal(e["unit_price"]) ==
                    Decimal(l["unit_price"]) and e["date"] == l["requested_date"])
            if st == "accepted":
                assert same and "schedule" not in e, (slug, n)
            else:
                assert not same or "schedule" in e, (slug, n, "changed but equal")
            if "schedule" in e:
                sch = e["schedule"]
                assert len(sch) >= 2, (slug, n)
                tot = sum(Decimal(str(s["quantity"])) for s in sch)
                assert tot == Decimal(str(e["quantity"])), (slug, n, tot)
                assert max(s["date"] for s in sch) == e["date"], (slug, n)
                assert [s["date"] for s in sch] == sorted(s["date"] for s in sch), (slug, n)


def parse_check(slug, eml):
    """The message must parse and its text parts decode in their charsets."""
    import email as _e
    m = _e.message_from_bytes(eml, policy=policy.default)
    for h in ("From", "To", "Date", "Message-ID", "Subject"):
        assert m[h] is not None, (slug, h)
        str(m[h])
    assert m["Date"].datetime is not None, slug
    assert b"\r\n" in eml and b"\n" not in eml.replace(b"\r\n", b""), (slug, "line ends")
    for part in m.walk():
        if part.get_content_maintype() == "text":
            part.get_content()
    return m


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for name, fn in list(globals().items()):
        if name.startswith("case_") and callable(fn):
            fn()
    slugs = set()
    readme = ["# Batch R: held-out supplier replies", "",
              "Theme: food & beverage ingredients, specialty chemicals, textiles, medical "
              "disposables, IT, construction, HVAC, marine, aerospace, labels, cosmetics "
              "packaging, bicycles, lab, wine, pet food, cleaning, PPE, electronics, printing.",
              "Generated by `make_batch.py` (standard library only, deterministic).", "",
              "Format: `` - `NNN-slug` | category/locale | what it tests ``", ""]
    counts = {}
    locales = {}
    for i, (slug, cat, loc, tests, pos, eml, exp) in enumerate(CASES, 1):
        assert slug not in slugs, slug
        slugs.add(slug)
        assert exp["kind"] == cat, slug
        check(slug, pos, exp)
        parse_check(slug, eml)
        d = os.path.join(OUT, "%03d-%s" % (i, slug))
        os.makedirs(d)
        clean = [{k: v for k, v in p.items() if not k.startswith("_")} for p in pos]
        with open(os.path.join(d, "pos.json"), "w", encoding="utf-8") as f:
            json.dump(clean, f, ensure_ascii=False, indent=2)
            f.write("\n")
        with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=2)
            f.write("\n")
        with open(os.path.join(d, "message.eml"), "wb") as f:
            f.write(eml)
        readme.append("- `%03d-%s` | %s/%s | %s" % (i, slug, cat, loc, tests))
        counts[cat] = counts.get(cat, 0) + 1
        locales[loc] = locales.get(loc, 0) + 1
    readme += ["", "Counts: " + ", ".join("%s %d" % kv for kv in sorted(counts.items()))
               + " (total %d)." % len(CASES),
               "Locales (%d): " % len(locales) + ", ".join("%s %d" % kv for kv in sorted(locales.items())) + ".", ""]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme))
    print("%d cases written to %s" % (len(CASES), OUT))
    print(counts)
    print(len(locales), "locales")


if __name__ == "__main__":
    main()
