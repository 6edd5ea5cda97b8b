"""Hand-written minimal PDF 1.4 files (Helvetica, WinAnsiEncoding), with a real xref table.

A page is a list of drawing operations:
  ("t",  x, y, text, font, size)            one Tj string
  ("tj", x, y, [chunk, kern, chunk, ...], font, size)   a TJ array (kerned pieces)
  ("line", x1, y1, x2, y2)
  ("rect", x, y, w, h)
font is "F1" (Helvetica) or "F2" (Helvetica-Bold) or "F3" (Courier).
"""
from __future__ import annotations

import zlib


def _lit(s: str) -> str:
    data = s.encode("cp1252")
    out = []
    for b in data:
        c = chr(b)
        if c in "\\()":
            out.append("\\" + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append("\\%03o" % b)
    return "(" + "".join(out) + ")"


def _content(ops) -> bytes:
    lines = []
    for op in ops:
        kind = op[0]
        if kind == "t":
            _, x, y, s, font, size = op
            lines.append(f"BT /{font} {size} Tf 1 0 0 1 {x} {y} Tm {_lit(s)} Tj ET")
        elif kind == "tj":
            _, x, y, arr, font, size = op
            parts = []
            for a in arr:
                parts.append(_lit(a) if isinstance(a, str) else str(a))
            lines.append(f"BT /{font} {size} Tf 1 0 0 1 {x} {y} Tm [{' '.join(parts)}] TJ ET")
        elif kind == "line":
            _, x1, y1, x2, y2 = op
            lines.append(f"0.5 w {x1} {y1} m {x2} {y2} l S")
        elif kind == "rect":
            _, x, y, w, hh = op
            lines.append(f"0.5 w {x} {y} {w} {hh} re S")
        else:
            raise ValueError(kind)
    return ("\n".join(lines) + "\n").encode("latin-1")


def make_pdf(pages, compress: bool = False, title: str = "", producer: str = "",
             creation: str = "D:20261110083000+01'00'", doc_id: str = "0") -> bytes:
    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 F1, 4 F2, 5 F3, 6 info, then page/content pairs
    page_ids = [7 + 2 * i for i in range(n_pages)]
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [" + " ".join(f"{p} 0 R" for p in page_ids)
               + f"] /Count {n_pages} >>").encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
    info = f"<< /Title {_lit(title)} /Producer {_lit(producer)} /CreationDate ({creation}) >>"
    objs[6] = info.encode("latin-1")
    for i, ops in enumerate(pages):
        pid = page_ids[i]
        cid = pid + 1
        objs[pid] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     f"/Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> >> /Contents {cid} 0 R >>").encode()
        data = _content(ops)
        if compress:
            data = zlib.compress(data, 6)
            objs[cid] = f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode() + data + b"\nendstream"
        else:
            objs[cid] = f"<< /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    maxid = max(objs)
    for i in range(1, maxid + 1):
        offsets[i] = len(out)
        out += f"{i} 0 obj\n".encode() + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {maxid + 1}\n".encode()
    out += b"0000000000 65535 f \n"
    for i in range(1, maxid + 1):
        out += f"{offsets[i]:010d} 00000 n \n".encode()
    did = (doc_id * 32)[:32]
    out += (f"trailer\n<< /Size {maxid + 1} /Root 1 0 R /Info 6 0 R /ID [<{did}> <{did}>] >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


class Sheet:
    """Convenience: write lines top-down on an A4 page."""

    def __init__(self, top: int = 800, left: int = 50):
        self.ops = []
        self.y = top
        self.left = left

    def text(self, s, size=10, font="F1", x=None, dy=None):
        self.ops.append(("t", self.left if x is None else x, self.y, s, font, size))
        self.y -= (size + 4) if dy is None else dy
        return self

    def row(self, cols, size=9, font="F1", dy=None):
        """cols: list of (x, text); all on the current baseline."""
        for x, s in cols:
            if isinstance(s, list):
                self.ops.append(("tj", x, self.y, s, font, size))
            else:
                self.ops.append(("t", x, self.y, s, font, size))
        self.y -= (size + 4) if dy is None else dy
        return self

    def rule(self, dy=6):
        self.ops.append(("line", self.left, self.y + 8, 545, self.y + 8))
        self.y -= dy
        return self

    def gap(self, dy=8):
        self.y -= dy
        return self
