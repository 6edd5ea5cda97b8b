"""Minimal, real PDF writer: Helvetica text with Tj / TJ, optional Flate streams."""
from __future__ import annotations

import zlib


def _pdfstr(s: str) -> str:
    out = []
    for b in s.encode("cp1252"):
        c = chr(b)
        if c in "()\\":
            out.append("\\" + c)
        elif b < 32 or b > 126:
            out.append("\\%03o" % b)
        else:
            out.append(c)
    return "(" + "".join(out) + ")"


def _kern_split(s: str, every: int = 5) -> str:
    """Write a string as a TJ array split into fragments with small kerning values,
    the way DTP and ERP print drivers do."""
    parts = []
    i = 0
    k = 0
    while i < len(s):
        frag = s[i:i + every]
        parts.append(_pdfstr(frag))
        i += every
        if i < len(s):
            parts.append(str([-12, 8, -5, 15][k % 4]))
            k += 1
    return "[" + " ".join(parts) + "] TJ"


class Page:
    def __init__(self, width=595, height=842):
        self.w, self.h = width, height
        self.ops: list[str] = []

    def text(self, x, y, s, size=9, bold=False, tj=False):
        font = "F2" if bold else "F1"
        show = _kern_split(s) if tj else _pdfstr(s) + " Tj"
        self.ops.append(f"BT /{font} {size} Tf {x} {y} Td {show} ET")

    def row(self, y, cols: list[tuple[float, str]], size=8, bold=False, tj=False):
        for x, s in cols:
            if s != "":
                self.text(x, y, s, size, bold, tj)

    def rule(self, x1, y1, x2, y2, width=0.5):
        self.ops.append(f"{width} w {x1} {y1} m {x2} {y2} l S")

    def stream(self) -> bytes:
        return ("\n".join(self.ops) + "\n").encode("latin-1")


def make_pdf(pages: list[Page], title: str = "", producer: str = "", creation: str = "",
             compress: bool = False) -> bytes:
    objs: list[bytes] = []

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    catalog = add(b"")  # placeholder 1
    pages_id = add(b"")  # placeholder 2
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for pg in pages:
        data = pg.stream()
        if compress:
            data = zlib.compress(data, 9)
            cobj = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        else:
            cobj = add(b"<< /Length %d >>\nstream\n" % len(data) + data + b"endstream")
        pid = add((f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {pg.w} {pg.h}] "
                   f"/Resources << /Font << /F1 {f1} 0 R /F2 {f2} 0 R >> >> /Contents {cobj} 0 R >>").encode())
        kids.append(pid)
    objs[catalog - 1] = f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode()
    objs[pages_id - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                          f"/Count {len(kids)} >>").encode()
    info_parts = []
    if title:
        info_parts.append(f"/Title {_pdfstr(title)}")
    if producer:
        info_parts.append(f"/Producer {_pdfstr(producer)}")
    if creation:
        info_parts.append(f"/CreationDate ({creation})")
    info = add(("<< " + " ".join(info_parts) + " >>").encode("latin-1"))

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n".encode()
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root {catalog} 0 R /Info {info} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def table_pdf(header_lines: list[tuple[str, bool]], columns: list[tuple[float, str]],
              rows: list[list[str]], footer_lines: list[str], title: str = "", producer: str = "",
              creation: str = "", compress: bool = False, tj: bool = False, size: int = 8) -> bytes:
    """One-page document: header text lines, a table, footer text lines."""
    pg = Page()
    y = 800
    for s, bold in header_lines:
        if s:
            pg.text(40, y, s, 11 if bold else 9, bold, tj)
        y -= 14
    y -= 6
    pg.row(y, [(x, h) for x, h in columns], size, True, tj)
    y -= 4
    pg.rule(40, y, 555, y)
    y -= 12
    for r in rows:
        pg.row(y, [(columns[i][0], c) for i, c in enumerate(r)], size, False, tj)
        y -= 12
    pg.rule(40, y + 6, 555, y + 6)
    y -= 10
    for s in footer_lines:
        if s:
            pg.text(40, y, s, 8, False, tj)
        y -= 11
    return make_pdf([pg], title, producer, creation, compress)
