"""Minimal hand-built PDF writer (Helvetica, WinAnsi text, Tj or TJ, optional Flate)."""
from __future__ import annotations

import zlib


def _esc(s: str) -> bytes:
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _tj_array(s: str) -> bytes:
    """Split a string into kerned fragments the way some PDF producers do."""
    parts = []
    words = s.split(" ")
    for i, w in enumerate(words):
        frag = w + (" " if i < len(words) - 1 else "")
        if len(w) > 5 and w.isalpha():
            cut = len(w) // 2
            parts.append(b"(" + _esc(frag[:cut]) + b")")
            parts.append(b"-12")
            parts.append(b"(" + _esc(frag[cut:]) + b")")
        else:
            parts.append(b"(" + _esc(frag) + b")")
    return b"[" + b" ".join(parts) + b"] TJ"


def make_pdf(pages: list[list], title: str = "Document", producer: str = "PDF writer",
             compress: bool = False, use_tj: bool = False, creation: str = "20261103090000+01'00'") -> bytes:
    """pages: list of pages; each page a list of items (x, y, size, text, bold)."""
    objs: list[bytes] = []

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    catalog = add(b"")  # placeholder 1
    pages_id = add(b"")  # placeholder 2
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for items in pages:
        ops = [b"BT"]
        for (x, y, size, txt, bold) in items:
            font = b"/F2" if bold else b"/F1"
            ops.append(font + b" %d Tf" % size)
            ops.append(b"1 0 0 1 %s %s Tm" % (str(x).encode(), str(y).encode()))
            if use_tj and not bold:
                ops.append(_tj_array(txt))
            else:
                ops.append(b"(" + _esc(txt) + b") Tj")
        ops.append(b"ET")
        stream = b"\n".join(ops) + b"\n"
        if compress:
            data = zlib.compress(stream, 9)
            content = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        else:
            content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
        page = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                   % (pages_id, f1, f2, content))
        kids.append(page)
    objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                          + b"] /Count %d >>" % len(kids))
    info = add(b"<< /Title (" + _esc(title) + b") /Producer (" + _esc(producer) + b") /CreationDate (D:"
               + creation.encode() + b") >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1)
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, catalog, info, xref)
    return bytes(out)


def layout(rows: list, top: int = 800, left: int = 40, step: int = 13, size: int = 9, per_page: int = 56) -> list[list]:
    """rows: each a str, ('B', str) for bold, or a list of (x, str) cells. Returns pages for make_pdf."""
    pages, cur, y = [], [], top
    for row in rows:
        if y < 50 or len(cur) > per_page * 8:
            pages.append(cur)
            cur, y = [], top
        if row == "":
            y -= step
            continue
        if isinstance(row, tuple) and row[0] == "B":
            cur.append((left, y, size + 2, row[1], True))
        elif isinstance(row, tuple) and row[0] == "H":
            cur.append((left, y, size + 5, row[1], True))
            y -= 6
        elif isinstance(row, list):
            for cell in row:
                x, t = cell[0], cell[1]
                bold = len(cell) > 2 and cell[2]
                if t:
                    cur.append((x, y, size, t, bold))
        else:
            cur.append((left, y, size, row, False))
        y -= step
    pages.append(cur)
    return pages
