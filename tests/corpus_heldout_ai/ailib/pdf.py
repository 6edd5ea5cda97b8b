"""Minimal hand-written PDF 1.4 files with real text objects (Tj / TJ).

A page is a list of drawing ops:
    ("t",  x, y, size, text)            Helvetica text via Tj
    ("b",  x, y, size, text)            Helvetica-Bold text via Tj
    ("tj", x, y, size, [str|num, ...])  text via TJ with kerning adjustments
    ("row", y, size, [(x, text), ...])  several Tj on one baseline
    ("line", x1, y1, x2, y2)            a ruler line
Text is encoded as WinAnsi (cp1252).
"""
from __future__ import annotations

import zlib


def _lit(s: str) -> str:
    b = s.encode("cp1252")
    out = []
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(c))
        elif 32 <= c < 127:
            out.append(chr(c))
        else:
            out.append("\\%03o" % c)
    return "(" + "".join(out) + ")"


def _content(ops) -> bytes:
    out = []
    for op in ops:
        kind = op[0]
        if kind in ("t", "b"):
            _, x, y, size, s = op
            font = "F2" if kind == "b" else "F1"
            out.append(f"BT /{font} {size} Tf {x} {y} Td {_lit(s)} Tj ET")
        elif kind == "tj":
            _, x, y, size, pieces = op
            arr = " ".join(_lit(p) if isinstance(p, str) else str(p) for p in pieces)
            out.append(f"BT /F1 {size} Tf {x} {y} Td [{arr}] TJ ET")
        elif kind == "row":
            _, y, size, cells = op
            parts = [f"BT /F1 {size} Tf"]
            lastx = 0
            first = True
            for x, s in cells:
                if first:
                    parts.append(f"{x} {y} Td {_lit(s)} Tj")
                    first = False
                else:
                    parts.append(f"{x - lastx} 0 Td {_lit(s)} Tj")
                lastx = x
            parts.append("ET")
            out.append(" ".join(parts))
        elif kind == "line":
            _, x1, y1, x2, y2 = op
            out.append(f"0.5 w {x1} {y1} m {x2} {y2} l S")
        else:
            raise ValueError(kind)
    return ("\n".join(out) + "\n").encode("latin-1")


def make_pdf(pages, title="", producer="", compress=False, creation="D:20261110090000+01'00'") -> bytes:
    objs: list[bytes] = []

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    cat = add(b"")          # 1 placeholder
    pages_id = add(b"")     # 2 placeholder
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for ops in pages:
        data = _content(ops)
        if compress:
            data = zlib.compress(data, 9)
            cobj = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        else:
            cobj = add(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
        pg = add((f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 595 842] "
                  f"/Resources << /Font << /F1 {f1} 0 R /F2 {f2} 0 R >> >> /Contents {cobj} 0 R >>").encode())
        kids.append(pg)
    objs[cat - 1] = f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode()
    objs[pages_id - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                          f"/Count {len(kids)} >>").encode()
    info = add((f"<< /Title {_lit(title)} /Producer {_lit(producer)} /CreationDate ({creation}) >>").encode("latin-1"))

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, b in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + b + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n".encode()
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root {cat} 0 R /Info {info} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def simple_doc(lines, size=10, top=800, lead=14, left=50, **kw) -> bytes:
    """Convenience: list of strings (or op tuples) laid out top-down on one or more pages."""
    pages, ops, y = [], [], top
    for ln in lines:
        if y < 60:
            pages.append(ops)
            ops, y = [], top
        if isinstance(ln, tuple):
            kind = ln[0]
            if kind == "row":
                ops.append(("row", y, size, ln[1]))
            elif kind == "b":
                ops.append(("b", left, y, ln[2] if len(ln) > 2 else size + 2, ln[1]))
            elif kind == "tj":
                ops.append(("tj", left, y, size, ln[1]))
            elif kind == "rule":
                ops.append(("line", left, y + 4, 545, y + 4))
            elif kind == "gap":
                y -= lead * (ln[1] if len(ln) > 1 else 1)
                continue
        else:
            if ln:
                ops.append(("t", left, y, size, ln))
        y -= lead
    pages.append(ops)
    return make_pdf(pages, **kw)
