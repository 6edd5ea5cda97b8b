"""A minimal XLSX (Office Open XML spreadsheet) writer using zipfile.
Inline strings, numbers, dates as serials with a date style. Deterministic."""

import datetime as dt
import io
import zipfile
from decimal import Decimal
from xml.sax.saxutils import escape

_CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>%s<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"""

_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""

_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="%s"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"""


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _cell(ref, v, bold=False):
    if v is None or v == "":
        return ""
    if isinstance(v, dt.date):
        serial = (v - dt.date(1899, 12, 30)).days
        return '<c r="%s" s="1"><v>%d</v></c>' % (ref, serial)
    if isinstance(v, bool):
        return '<c r="%s" t="b"><v>%d</v></c>' % (ref, int(v))
    if isinstance(v, int):
        return '<c r="%s"><v>%d</v></c>' % (ref, v)
    if isinstance(v, (float, Decimal)):
        return '<c r="%s" s="2"><v>%s</v></c>' % (ref, v)
    s = ' s="3"' if bold else ""
    return '<c r="%s" t="inlineStr"%s><is><t xml:space="preserve">%s</t></is></c>' % (ref, s, escape(str(v)))


def _sheet(rows, widths, bold_rows):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">']
    if widths:
        out.append("<cols>%s</cols>" % "".join(
            '<col min="%d" max="%d" width="%g" customWidth="1"/>' % (i + 1, i + 1, w) for i, w in enumerate(widths)))
    out.append("<sheetData>")
    for r, row in enumerate(rows, 1):
        cells = "".join(_cell("%s%d" % (_col(c), r), v, r in bold_rows) for c, v in enumerate(row))
        out.append('<row r="%d">%s</row>' % (r, cells))
    out.append("</sheetData></worksheet>")
    return "".join(out)


def make_xlsx(sheets, creator="", created=dt.datetime(2026, 12, 1, 9, 0, 0), date_format="dd.mm.yyyy",
              widths=None, bold_rows=(1,), app="Microsoft Excel"):
    """sheets: list of (name, rows). rows: list of lists of cell values."""
    buf = io.BytesIO()
    zt = (created.year, created.month, created.day, created.hour, created.minute, 0)

    def w(zf, name, data):
        zi = zipfile.ZipInfo(name, date_time=zt)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        zf.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)

    with zipfile.ZipFile(buf, "w") as zf:
        over = "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/'
                       'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1)
                       for i in range(len(sheets)))
        w(zf, "[Content_Types].xml", _CT % over)
        w(zf, "_rels/.rels", _RELS)
        stamp = created.strftime("%Y-%m-%dT%H:%M:%SZ")
        w(zf, "docProps/core.xml",
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
          'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
          'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>%s</dc:creator>'
          '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created><dcterms:modified '
          'xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>' % (escape(creator), stamp, stamp))
        w(zf, "docProps/app.xml",
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties '
          'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
          '<Application>%s</Application></Properties>' % escape(app))
        w(zf, "xl/workbook.xml",
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook '
          'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>%s</sheets></workbook>'
          % "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(n), i + 1, i + 1)
                    for i, (n, _) in enumerate(sheets)))
        w(zf, "xl/_rels/workbook.xml.rels",
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
          'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s<Relationship Id="rId%d" '
          'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
          '</Relationships>' % ("".join(
              '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
              'worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1) for i in range(len(sheets))),
              len(sheets) + 1))
        w(zf, "xl/styles.xml", _STYLES % escape(date_format))
        for i, (n, rows) in enumerate(sheets):
            w(zf, "xl/worksheets/sheet%d.xml" % (i + 1), _sheet(rows, widths, set(bold_rows)))
    return buf.getvalue()


def read_cells(data):
    """Tiny reader used by the self-check: returns list of sheets -> rows of strings."""
    import re
    zf = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in sorted(x for x in zf.namelist() if x.startswith("xl/worksheets/sheet")):
        xml = zf.read(n).decode("utf-8")
        rows = []
        for r in re.findall(r"<row[^>]*>(.*?)</row>", xml):
            cells = re.findall(r"<c [^>]*>(?:<v>(.*?)</v>|<is><t[^>]*>(.*?)</t></is>)</c>", r)
            rows.append([a or b for a, b in cells])
        out.append(rows)
    return out
