"""Minimal hand-written PDF 1.4 files with real text objects.

A page is a list of drawing operations:
    ("t", x, y, size, text)              -> BT /F1 size Tf x y Td (text) Tj ET
    ("b", x, y, size, text)              -> same with the bold font /F2
    ("tj", x, y, size, [str|int, ...])   -> TJ array (ints are kerning, in 1/1000 em)
    ("line", x1, y1, x2, y2)             -> a stroked rule
Text is encoded in WinAnsi (cp1252); anything outside it is an error, as it
would be for a real generator using the standard 14 fonts.
"""
from __future__ import annotations

import zlib

__all__ = ["make_pdf"]


def _esc(s: str) -> bytes:
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _content(ops) -> bytes:
    out = []
    for op in ops:
        kind = op[0]
        if kind in ("t", "b"):
            _, x, y, size, s = op
            font = "F2" if kind == "b" else "F1"
            out.append(b"BT /%s %g Tf %g %g Td (%s) Tj ET" % (font.encode(), size, x, y, _esc(s)))
        elif kind == "tj":
            _, x, y, size, arr = op
            items = []
            for a in arr:
                if isinstance(a, str):
                    items.append(b"(" + _esc(a) + b")")
                else:
                    items.append(str(a).encode())
            out.append(b"BT /F1 %g Tf %g %g Td [%s] TJ ET" % (size, x, y, b" ".join(items)))
        elif kind == "line":
            _, x1, y1, x2, y2 = op
            out.append(b"0.5 w %g %g m %g %g l S" % (x1, y1, x2, y2))
        else:
            raise ValueError(kind)
    return b"\n".join(out) + b"\n"


def make_pdf(pages, title: str = "", producer: str = "", creation: str = "D:20261110090000+01'00'",
             compress: bool = True, file_id: str = "00112233445566778899aabbccddeeff") -> bytes:
    objs: list[bytes] = []  # object bodies, 1-based numbering

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    catalog = add(b"")  # placeholder 1
    pages_obj = add(b"")  # placeholder 2
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for ops in pages:
        data = _content(ops)
        if compress:
            z = zlib.compress(data, 9)
            cobj = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(z) + z + b"\nendstream")
        else:
            cobj = add(b"<< /Length %d >>\nstream\n" % len(data) + data + b"endstream")
        page = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                   % (pages_obj, f1, f2, cobj))
        kids.append(page)
    objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    objs[pages_obj - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = add(b"<< /Title (%s) /Producer (%s) /CreationDate (%s) >>" % (_esc(title), _esc(producer), creation.encode()))

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1)
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, catalog, info, file_id.encode(), file_id.encode(), xref)
    return bytes(out)


def table_page(header_lines, columns, rows, footer_lines, x0=50, top=790, size=9, line_h=13,
               kern_words=False):
    """Lay out a simple document: header text, a column table, footer text.

    columns: list of (title, x); rows: list of lists of strings.
    header_lines/footer_lines: list of (text, size, bold).
    Returns the ops list for one page.
    """
    ops = []
    y = top
    for txt, sz, bold in header_lines:
        if txt:
            ops.append(("b" if bold else "t", x0, y, sz, txt))
        y -= sz + 5
    y -= 6
    for title, x in columns:
        ops.append(("b", x, y, size, title))
    y -= 4
    ops.append(("line", x0, y, 545, y))
    y -= line_h
    for row in rows:
        for (title, x), cell in zip(columns, row):
            if cell == "":
                continue
            if kern_words and " " in cell and sum(ch.isalpha() for ch in cell) > 3:
                parts = cell.split(" ")
                arr = []
                for i, p in enumerate(parts):
                    arr.append(p + (" " if i < len(parts) - 1 else ""))
                    if i < len(parts) - 1:
                        arr.append(-12)
                ops.append(("tj", x, y, size, arr))
            else:
                ops.append(("t", x, y, size, cell))
        y -= line_h
    ops.append(("line", x0, y + line_h - 4, 545, y + line_h - 4))
    y -= 8
    for txt, sz, bold in footer_lines:
        if txt:
            ops.append(("b" if bold else "t", x0, y, sz, txt))
        y -= sz + 5
    return ops
