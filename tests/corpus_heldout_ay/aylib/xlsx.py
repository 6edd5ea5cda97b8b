"""Minimal but genuine OOXML spreadsheets (shared strings, styles, optional
logo picture), zipped with fixed timestamps so the bytes are reproducible."""
from __future__ import annotations

import datetime as dt
import struct
import zipfile
import zlib
from decimal import Decimal
from io import BytesIO
from xml.sax.saxutils import escape

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def col_letter(c: int) -> str:
    s = ""
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def png_block(w=120, h=36, rgb=(0x1F, 0x4E, 0x79)) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


class Sheet:
    """cells: {(row, col): value}; value str | int | Decimal | date; styles: {(row, col): style_id}

    style ids: 0 normal, 1 bold, 2 date, 3 0.00, 4 title (bold 14pt), 5 bold+fill header, 6 0.0000
    """

    def __init__(self, name="Sheet1"):
        self.name = name
        self.cells = {}
        self.styles = {}
        self.merges = []
        self.widths = {}
        self.logo = False
        self.date_fmt = "dd.mm.yyyy"

    def set(self, r, c, v, style=None):
        self.cells[(r, c)] = v
        if style is not None:
            self.styles[(r, c)] = style

    def row(self, r, values, style=None, start=1):
        for i, v in enumerate(values):
            if v is None or v == "":
                continue
            st = style
            if st is None and isinstance(v, dt.date):
                st = 2
            self.set(r, start + i, v, st)


def build(sheets: list[Sheet], created="2026-11-12T08:30:00Z", creator="", app="Microsoft Excel",
          stamp=(2026, 11, 12, 9, 30, 0)) -> bytes:
    strings: list[str] = []
    sidx: dict[str, int] = {}

    def si(s):
        if s not in sidx:
            sidx[s] = len(strings)
            strings.append(s)
        return sidx[s]

    files: dict[str, str | bytes] = {}
    sheet_xml = []
    any_logo = False
    for n, sh in enumerate(sheets, 1):
        rows: dict[int, list] = {}
        for (r, c) in sorted(sh.cells):
            rows.setdefault(r, []).append(c)
        x = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{NS}" xmlns:r="{RNS}">']
        maxr = max(rows) if rows else 1
        maxc = max(c for (_, c) in sh.cells) if sh.cells else 1
        x.append(f'<dimension ref="A1:{col_letter(maxc)}{maxr}"/>')
        x.append('<sheetViews><sheetView workbookViewId="0"' + (' tabSelected="1"' if n == 1 else "") +
                 "/></sheetViews>")
        x.append('<sheetFormatPr defaultRowHeight="15"/>')
        if sh.widths:
            x.append("<cols>" + "".join(f'<col min="{c}" max="{c}" width="{w}" customWidth="1"/>'
                                        for c, w in sorted(sh.widths.items())) + "</cols>")
        x.append("<sheetData>")
        for r in sorted(rows):
            cs = []
            for c in rows[r]:
                v = sh.cells[(r, c)]
                ref = f"{col_letter(c)}{r}"
                st = sh.styles.get((r, c), 0)
                sa = f' s="{st}"' if st else ""
                if isinstance(v, str):
                    cs.append(f'<c r="{ref}"{sa} t="s"><v>{si(v)}</v></c>')
                elif isinstance(v, dt.date):
                    serial = (v - dt.date(1899, 12, 30)).days
                    cs.append(f'<c r="{ref}" s="{st or 2}"><v>{serial}</v></c>')
                elif isinstance(v, (int, Decimal)):
                    cs.append(f'<c r="{ref}"{sa}><v>{v}</v></c>')
                else:
                    raise TypeError(v)
            x.append(f'<row r="{r}">' + "".join(cs) + "</row>")
        x.append("</sheetData>")
        if sh.merges:
            x.append(f'<mergeCells count="{len(sh.merges)}">' +
                     "".join(f'<mergeCell ref="{m}"/>' for m in sh.merges) + "</mergeCells>")
        x.append('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>')
        if sh.logo:
            any_logo = True
            x.append('<drawing r:id="rId1"/>')
            files[f"xl/worksheets/_rels/sheet{n}.xml.rels"] = (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                f'<Relationship Id="rId1" Type="{RNS}/drawing" Target="../drawings/drawing{n}.xml"/></Relationships>')
            files[f"xl/drawings/drawing{n}.xml"] = (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
                'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
                '<xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row>'
                '<xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="1143000" cy="342900"/>'
                '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Logo"/><xdr:cNvPicPr/></xdr:nvPicPr>'
                f'<xdr:blipFill><a:blip xmlns:r="{RNS}" r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch>'
                '</xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>'
                '<xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>')
            files[f"xl/drawings/_rels/drawing{n}.xml.rels"] = (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                f'<Relationship Id="rId1" Type="{RNS}/image" Target="../media/image1.png"/></Relationships>')
        x.append("</worksheet>")
        sheet_xml.append("".join(x))

    date_fmt = escape(sheets[0].date_fmt)
    styles = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{NS}">'
        f'<numFmts count="2"><numFmt numFmtId="164" formatCode="{date_fmt}"/>'
        '<numFmt numFmtId="165" formatCode="0.0000"/></numFmts>'
        '<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
        '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
        '<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font></fonts>'
        '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
        '<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
        '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>'
        '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    sst = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{NS}" count="{len(strings)}" '
           f'uniqueCount="{len(strings)}">' +
           "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings) + "</sst>")
    wb = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{NS}" xmlns:r="{RNS}">'
          '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>'
          "<sheets>" + "".join(f'<sheet name="{escape(s.name)}" sheetId="{i}" r:id="rId{i}"/>'
                               for i, s in enumerate(sheets, 1)) + "</sheets></workbook>")
    n = len(sheets)
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
              "".join(f'<Relationship Id="rId{i}" Type="{RNS}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                      for i in range(1, n + 1)) +
              f'<Relationship Id="rId{n + 1}" Type="{RNS}/styles" Target="styles.xml"/>'
              f'<Relationship Id="rId{n + 2}" Type="{RNS}/sharedStrings" Target="sharedStrings.xml"/>'
              "</Relationships>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>' +
          ('<Default Extension="png" ContentType="image/png"/>' if any_logo else "") +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                  for i in range(1, n + 1)) +
          "".join(f'<Override PartName="/xl/drawings/drawing{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>'
                  for i, s in enumerate(sheets, 1) if s.logo) +
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId3" Type="{RNS}/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            f'<Relationship Id="rId1" Type="{RNS}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:creator>{escape(creator)}</dc:creator><cp:lastModifiedBy>{escape(creator)}</cp:lastModifiedBy>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified></cp:coreProperties>')
    appx = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f"<Application>{escape(app)}</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
            "<AppVersion>16.0300</AppVersion></Properties>")

    ordered = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/app.xml", appx),
               ("docProps/core.xml", core), ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels)]
    for i, sx in enumerate(sheet_xml, 1):
        ordered.append((f"xl/worksheets/sheet{i}.xml", sx))
    ordered += sorted(files.items())
    if any_logo:
        ordered.append(("xl/media/image1.png", png_block()))
    ordered += [("xl/styles.xml", styles), ("xl/sharedStrings.xml", sst)]

    buf = BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in ordered:
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()
