"""Minimal but valid OOXML spreadsheet writer (shared strings, numbers, dates).

Deterministic: every zip member gets the fixed 1980-01-01 timestamp Excel uses.
"""
from __future__ import annotations

import datetime as dt
import io
import zipfile
from decimal import Decimal
from xml.sax.saxutils import escape

EPOCH = dt.date(1899, 12, 30)


def col_letter(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _xml(s: str) -> str:
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' + s


def build(sheets, *, creator="Microsoft Office User", created="2026-11-23T12:48:10Z",
          date_format="dd.mm.yyyy", app="Microsoft Excel", col_widths=None) -> bytes:
    """sheets: list of (name, rows). Cell values: str, int, float, Decimal, dt.date, None.
    A cell may also be ("b", value) for a bold header style."""
    strings: list[str] = []
    sidx: dict[str, int] = {}

    def si(s):
        if s not in sidx:
            sidx[s] = len(strings)
            strings.append(s)
        return sidx[s]

    sheet_xml = []
    n_refs = 0
    for name, rows in sheets:
        rows_xml = []
        maxc = 0
        for r, row in enumerate(rows, start=1):
            cells = []
            for c, v in enumerate(row):
                style = 0
                if isinstance(v, tuple) and v[0] == "b":
                    style, v = 3, v[1]
                if v is None or v == "":
                    continue
                ref = f"{col_letter(c)}{r}"
                maxc = max(maxc, c + 1)
                if isinstance(v, str):
                    n_refs += 1
                    st = f' s="{style}"' if style else ""
                    cells.append(f'<c r="{ref}" t="s"{st}><v>{si(v)}</v></c>')
                elif isinstance(v, dt.date):
                    serial = (v - EPOCH).days
                    cells.append(f'<c r="{ref}" s="1"><v>{serial}</v></c>')
                elif isinstance(v, Decimal):
                    cells.append(f'<c r="{ref}" s="2"><v>{v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            rows_xml.append(f'<row r="{r}" spans="1:{max(1, len(row))}">' + "".join(cells) + "</row>")
        dim = f"A1:{col_letter(max(maxc, 1) - 1)}{max(len(rows), 1)}"
        cols = ""
        if col_widths:
            cols = "<cols>" + "".join(
                f'<col min="{i + 1}" max="{i + 1}" width="{w}" customWidth="1"/>' for i, w in enumerate(col_widths)) + "</cols>"
        sheet_xml.append(_xml(
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<dimension ref="{dim}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>'
            '<sheetFormatPr defaultRowHeight="15"/>' + cols +
            "<sheetData>" + "".join(rows_xml) + "</sheetData>"
            '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'))

    sst = _xml(
        f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{n_refs}" uniqueCount="{len(strings)}">'
        + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings) + "</sst>")
    styles = _xml(
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<numFmts count="1"><numFmt numFmtId="164" formatCode="{escape(date_format)}"/></numFmts>'
        '<fonts count="2"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
        '<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        '</styleSheet>')
    wb = _xml(
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets>'
        + "".join(f'<sheet name="{escape(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (n, _) in enumerate(sheets))
        + "</sheets></workbook>")
    n = len(sheets)
    wb_rels = _xml(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(n))
        + f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        + f'<Relationship Id="rId{n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        + "</Relationships>")
    rels = _xml(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>")
    ctypes = _xml(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(n))
        + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        "</Types>")
    core = _xml(
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:creator>{escape(creator)}</dc:creator><cp:lastModifiedBy>{escape(creator)}</cp:lastModifiedBy>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified></cp:coreProperties>')
    appx = _xml(
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<Application>{escape(app)}</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
        "<AppVersion>16.0300</AppVersion></Properties>")
    members = [("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("docProps/app.xml", appx),
               ("docProps/core.xml", core), ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wb_rels)]
    members += [(f"xl/worksheets/sheet{i + 1}.xml", x) for i, x in enumerate(sheet_xml)]
    members += [("xl/styles.xml", styles), ("xl/sharedStrings.xml", sst)]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()
