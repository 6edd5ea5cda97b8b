"""Hand-written minimal PDF, XLSX, CSV and PNG files (deterministic)."""
from __future__ import annotations

import io
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape as xesc


# ------------------------------------------------------------------ PDF

def _pdf_str(s: str) -> bytes:
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf(pages, title="Document", producer="PDFlib", creation="D:20261110091500+01'00'",
        compress=False, tj_kern=False):
    """pages: list of pages; each page a list of (x, y, size, text[, bold]).
    Text is drawn with Helvetica (WinAnsiEncoding).  With tj_kern the strings are
    emitted as TJ arrays split into chunks with small kerning offsets, as many
    report generators do."""
    objs = []  # list of bytes, object i+1

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    fontb = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    pages_id_placeholder = len(objs) + 1
    add(b"")  # pages object, filled later
    page_ids = []
    for items in pages:
        ops = [b"BT"]
        for it in items:
            x, y, size, text = it[:4]
            bold = len(it) > 4 and it[4]
            ops.append(b"/F%d %d Tf" % (2 if bold else 1, size))
            ops.append(b"1 0 0 1 %d %d Tm" % (x, y))
            if tj_kern and len(text) > 6:
                chunks = [text[i:i + 5] for i in range(0, len(text), 5)]
                arr = b" ".join(b"(" + _pdf_str(c) + b")" + (b" -12" if i % 2 == 0 else b" 8")
                                for i, c in enumerate(chunks[:-1]))
                arr += b" (" + _pdf_str(chunks[-1]) + b")"
                ops.append(b"[" + arr + b"] TJ")
            else:
                ops.append(b"(" + _pdf_str(text) + b") Tj")
        ops.append(b"ET")
        stream = b"\n".join(ops) + b"\n"
        if compress:
            data = zlib.compress(stream, 9)
            content = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        else:
            content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
        pid = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                  % (pages_id_placeholder, font, fontb, content))
        page_ids.append(pid)
    objs[pages_id_placeholder - 1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % p for p in page_ids) + b"] /Count %d >>" % len(page_ids)
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id_placeholder)
    info = add(b"<< /Title (" + _pdf_str(title) + b") /Producer (" + _pdf_str(producer) + b") /CreationDate (" + creation.encode() + b") >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, ob in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + ob + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n" % (len(objs) + 1))
    out.write(b"0000000000 65535 f \n")
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, catalog, info, xref))
    return out.getvalue()


def pdf_lines(lines, x=50, top=790, size=10, step=14, title="Document", **kw):
    """Convenience: a list of text lines (str, or (str, bold) or (indent, str)) laid
    out top-down; long lists continue on a second page."""
    pages, cur, y = [], [], top
    for ln in lines:
        bold = False
        indent = 0
        if isinstance(ln, tuple):
            if isinstance(ln[0], int):
                indent, ln = ln
            else:
                ln, bold = ln
        if y < 60:
            pages.append(cur)
            cur, y = [], top
        if ln:
            cur.append((x + indent, y, size + (1 if bold else 0), ln, bold))
        y -= step
    pages.append(cur)
    return pdf(pages, title=title, **kw)


def pdf_table(header_lines, cols, rows, footer_lines, colx, title="Document", size=9, **kw):
    """Layout with a header block, a table with given column x positions, a footer."""
    items, y = [], 800
    for ln in header_lines:
        bold = isinstance(ln, tuple)
        t = ln[0] if bold else ln
        if t:
            items.append((50, y, 12 if bold else size, t, bold))
        y -= 15 if bold else 12
    y -= 8
    for c, x in zip(cols, colx):
        items.append((x, y, size, c, True))
    y -= 14
    for row in rows:
        for c, x in zip(row, colx):
            if c:
                items.append((x, y, size, c))
        y -= 12
    y -= 10
    for ln in footer_lines:
        if ln:
            items.append((50, y, size - 1, ln))
        y -= 11
    return pdf([items], title=title, **kw)


# ------------------------------------------------------------------ XLSX

ZDATE = (2026, 11, 10, 9, 0, 0)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def excel_serial(iso):
    import datetime as dt
    d = dt.date.fromisoformat(iso)
    return (d - dt.date(1899, 12, 30)).days


def xlsx(rows, sheet_name="Sheet1", zdate=ZDATE, date_cols=()):
    """rows: list of lists of str / int / float / ('date', 'YYYY-MM-DD').
    Strings go to sharedStrings; dates become serials with a date style."""
    strings, sidx = [], {}

    def si(s):
        if s not in sidx:
            sidx[s] = len(strings)
            strings.append(s)
        return sidx[s]

    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
            if v is None or v == "":
                continue
            if isinstance(v, tuple) and v[0] == "date":
                cells.append(f'<c r="{ref}" s="1"><v>{excel_serial(v[1])}</v></c>')
            elif isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif isinstance(v, tuple) and v[0] == "num":
                cells.append(f'<c r="{ref}" s="2"><v>{v[1]}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="s"><v>{si(str(v))}</v></c>')
        xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
             f'<sheetData>{"".join(xml_rows)}</sheetData></worksheet>')
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">'
           + "".join(f'<si><t xml:space="preserve">{xesc(s)}</t></si>' for s in strings) + '</sst>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.0000"/></numFmts>'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
              '</styleSheet>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<sheets><sheet name="{xesc(sheet_name)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
              '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
              '</Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                           ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet),
                           ("xl/sharedStrings.xml", sst), ("xl/styles.xml", styles)]:
            zi = zipfile.ZipInfo(name, date_time=zdate)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


# ------------------------------------------------------------------ PNG

def png(w=120, h=40, rgb=(20, 70, 140), accent=(230, 120, 20)):
    """A small deterministic logo-like PNG: a coloured bar with a stripe."""
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            if y > h - 8:
                c = accent
            elif (x // 6 + y // 6) % 7 == 0:
                c = (255, 255, 255)
            else:
                c = rgb
            raw.extend(c)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))
