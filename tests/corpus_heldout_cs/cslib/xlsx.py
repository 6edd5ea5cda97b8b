"""Minimal XLSX writer with zipfile: shared strings, numbers, real Excel date
serials (numFmt 14), bold headers and a yellow fill, fixed timestamps."""
import datetime as dt
import io
import zipfile
from decimal import Decimal
from xml.sax.saxutils import escape

# style index: (numFmtId, fontId, fillId)
_XF = [
    (0, 0, 0),    # 0 general
    (14, 0, 0),   # 1 date
    (4, 0, 0),    # 2 #,##0.00
    (0, 1, 0),    # 3 bold
    (0, 0, 2),    # 4 yellow text
    (14, 0, 2),   # 5 yellow date
    (4, 0, 2),    # 6 yellow number
    (3, 0, 0),    # 7 #,##0
    (3, 0, 2),    # 8 yellow #,##0
]
STYLE = {"": 0, "date": 1, "num": 2, "bold": 3, "y": 4, "ydate": 5, "ynum": 6, "int": 7, "yint": 8}

EPOCH = dt.date(1899, 12, 30)


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _styles():
    xfs = "".join('<xf numFmtId="%d" fontId="%d" fillId="%d" borderId="0" xfId="0"%s%s%s/>'
                  % (n, f, fi, ' applyNumberFormat="1"' if n else "", ' applyFont="1"' if f else "",
                     ' applyFill="1"' if fi else "") for n, f, fi in _XF)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
            '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
            '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
            '<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/></patternFill></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="%d">%s</cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            '</styleSheet>' % (len(_XF), xfs))


def make_xlsx(sheets, creator="", when=(2026, 11, 26, 10, 0, 0)):
    """sheets: list of (name, rows, widths); a cell is a value or (value, style)."""
    strings, index = [], {}

    def sidx(s):
        if s not in index:
            index[s] = len(strings)
            strings.append(s)
        return index[s]

    sheet_xml = []
    for name, rows, widths in sheets:
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">']
        ncols = max((len(r) for r in rows), default=1)
        out.append('<dimension ref="A1:%s%d"/>' % (col(ncols - 1), max(len(rows), 1)))
        if widths:
            out.append("<cols>" + "".join('<col min="%d" max="%d" width="%g" customWidth="1"/>' % (i + 1, i + 1, w)
                                          for i, w in enumerate(widths)) + "</cols>")
        out.append("<sheetData>")
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, cell in enumerate(row):
                style = ""
                if isinstance(cell, tuple):
                    cell, style = cell
                if cell is None or cell == "":
                    if style:
                        cells.append('<c r="%s%d" s="%d"/>' % (col(ci), ri, STYLE[style]))
                    continue
                ref = "%s%d" % (col(ci), ri)
                if isinstance(cell, dt.date):
                    st = STYLE[style or "date"]
                    cells.append('<c r="%s" s="%d"><v>%d</v></c>' % (ref, st, (cell - EPOCH).days))
                elif isinstance(cell, (int, float, Decimal)) and not isinstance(cell, bool):
                    st = STYLE[style] if style else 0
                    cells.append('<c r="%s"%s><v>%s</v></c>' % (ref, ' s="%d"' % st if st else "", cell))
                else:
                    st = STYLE[style] if style else 0
                    cells.append('<c r="%s"%s t="s"><v>%d</v></c>' % (ref, ' s="%d"' % st if st else "", sidx(str(cell))))
            out.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
        out.append("</sheetData></worksheet>")
        sheet_xml.append("".join(out))

    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
           % (len(strings), len(strings), "".join('<si><t xml:space="preserve">%s</t></si>' % escape(s) for s in strings)))
    n = len(sheets)
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              + "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1) for i in range(n))
              + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
              '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
              '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(s[0], {'"': "&quot;"}), i + 1, i + 1) for i, s in enumerate(sheets))
          + "</sheets></workbook>")
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + "".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1) for i in range(n))
              + '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (n + 1)
              + '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' % (n + 2)
              + "</Relationships>")
    stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % when
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (escape(creator), escape(creator), stamp, stamp))
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Excel</Application></Properties>')

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        def put(name, data):
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
        put("[Content_Types].xml", ctypes)
        put("_rels/.rels", rels)
        put("docProps/core.xml", core)
        put("docProps/app.xml", app)
        put("xl/workbook.xml", wb)
        put("xl/_rels/workbook.xml.rels", wbrels)
        put("xl/styles.xml", _styles())
        put("xl/sharedStrings.xml", sst)
        for i, x in enumerate(sheet_xml):
            put("xl/worksheets/sheet%d.xml" % (i + 1), x)
    return buf.getvalue()
