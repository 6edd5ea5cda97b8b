"""Hand-written minimal PDF files (PDF 1.4, standard 14 fonts, WinAnsiEncoding).

A page is a list of drawing operations:
  ("t", x, y, size, text)                 text in F1 (Helvetica)
  ("tb", x, y, size, text)                bold (F2)
  ("ti", x, y, size, text)                oblique (F3, Helvetica-Oblique) - typed notes
  ("tc", x, y, size, text)                Courier (F4)
  ("tj", x, y, size, [str|num, ...])      one TJ array with kerning numbers (F1)
  ("rot", x, y, size, angle_deg, text, (r, g, b), font)   rotated coloured text (stamps)
  ("line", x1, y1, x2, y2)
  ("rect", x, y, w, h)
Text is encoded cp1252; parentheses and backslashes are escaped.
"""
from __future__ import annotations

import math
import zlib

FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique", "F4": "Courier",
         "F5": "Courier-Oblique"}


def esc(s: str) -> str:
    b = s.encode("cp1252")
    out = []
    for c in b:
        ch = chr(c)
        if ch in "()\\":
            out.append("\\" + ch)
        elif c < 32 or c > 126:
            out.append("\\%03o" % c)
        else:
            out.append(ch)
    return "".join(out)


def _ops(page) -> bytes:
    out = []
    for op in page:
        kind = op[0]
        if kind in ("t", "tb", "ti", "tc", "tci"):
            _, x, y, size, s = op
            f = {"t": "F1", "tb": "F2", "ti": "F3", "tc": "F4", "tci": "F5"}[kind]
            out.append(f"BT /{f} {size} Tf {x} {y} Td ({esc(s)}) Tj ET")
        elif kind == "tj":
            _, x, y, size, items = op
            arr = "".join(f"({esc(i)})" if isinstance(i, str) else f" {i} " for i in items)
            out.append(f"BT /F1 {size} Tf {x} {y} Td [{arr}] TJ ET")
        elif kind == "rot":
            _, x, y, size, ang, s, rgb, font = op
            a = math.radians(ang)
            c, sn = round(math.cos(a), 4), round(math.sin(a), 4)
            out.append(f"q {rgb[0]} {rgb[1]} {rgb[2]} rg BT /{font} {size} Tf {c} {sn} {-sn} {c} {x} {y} Tm "
                       f"({esc(s)}) Tj ET Q")
        elif kind == "line":
            _, x1, y1, x2, y2 = op
            out.append(f"{x1} {y1} m {x2} {y2} l S")
        elif kind == "rect":
            _, x, y, w, h = op
            out.append(f"{x} {y} {w} {h} re S")
        elif kind == "crect":
            _, x, y, w, h, rgb = op
            out.append(f"q {rgb[0]} {rgb[1]} {rgb[2]} RG 2 w {x} {y} {w} {h} re S Q")
        else:
            raise ValueError(kind)
    return ("\n".join(out) + "\n").encode("ascii")


def build(pages: list[list[tuple]], compress: bool = False, title: str = "", producer: str = "",
          creation: str = "D:20261103090000+01'00'") -> bytes:
    objs: list[bytes] = []  # index i -> object number i+1

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    font_ids = {}
    for k, name in FONTS.items():
        font_ids[k] = add(f"<< /Type /Font /Subtype /Type1 /BaseFont /{name} /Encoding /WinAnsiEncoding >>".encode())
    pages_id = add(b"")  # placeholder
    page_ids = []
    res = "<< /Font << " + " ".join(f"/{k} {v} 0 R" for k, v in font_ids.items()) + " >> >>"
    for p in pages:
        content = _ops(p)
        if compress:
            data = zlib.compress(content, 9)
            cid = add(f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode() + data + b"\nendstream")
        else:
            cid = add(f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"endstream")
        page_ids.append(add(f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 595 842] "
                            f"/Resources {res} /Contents {cid} 0 R >>".encode()))
    objs[pages_id - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{i} 0 R' for i in page_ids)}] "
                          f"/Count {len(page_ids)} >>").encode()
    cat = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode())
    info = add(f"<< /Title ({esc(title)}) /Producer ({esc(producer)}) /CreationDate ({creation}) >>".encode())
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, b in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + b + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offsets:
        out += f"{o:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root {cat} 0 R /Info {info} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def table(x0: float, y0: float, cols: list[float], rows: list[list[str]], size: float = 9,
          lead: float = 14, bold_first: bool = True) -> list[tuple]:
    """Each cell its own text object, column x offsets in cols (ERP style)."""
    ops = []
    y = y0
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell == "":
                continue
            kind = "tb" if (bold_first and r == 0) else "t"
            ops.append((kind, x0 + cols[c], y, size, cell))
        y -= lead
    return ops
