"""Minimal but valid PDF writer (Helvetica, WinAnsiEncoding, Tj/TJ text, xref table)."""
from __future__ import annotations

import zlib


def _pdf_str(s: str) -> str:
    b = s.encode("cp1252")
    out = []
    for ch in b:
        c = chr(ch)
        if c in "()\\":
            out.append("\\" + c)
        elif ch < 32 or ch > 126:
            out.append("\\%03o" % ch)
        else:
            out.append(c)
    return "(" + "".join(out) + ")"


class Page:
    def __init__(self, width=595, height=842):
        self.w, self.h = width, height
        self.ops: list[str] = []

    def text(self, x, y, s, size=9, bold=False):
        f = "F2" if bold else "F1"
        self.ops.append(f"BT /{f} {size} Tf {x} {y} Td {_pdf_str(s)} Tj ET")
        return self

    def tj(self, x, y, pieces, size=9, bold=False):
        """pieces: list of str and kerning numbers, written as one TJ array."""
        f = "F2" if bold else "F1"
        arr = " ".join(_pdf_str(p) if isinstance(p, str) else str(p) for p in pieces)
        self.ops.append(f"BT /{f} {size} Tf {x} {y} Td [{arr}] TJ ET")
        return self

    def row(self, y, cols, size=8, bold=False):
        """cols: list of (x, text)."""
        for x, s in cols:
            if s != "":
                self.text(x, y, s, size=size, bold=bold)
        return self

    def line(self, x1, y1, x2, y2, width=0.5):
        self.ops.append(f"{width} w {x1} {y1} m {x2} {y2} l S")
        return self

    def rect(self, x, y, w, h, gray=0.9):
        self.ops.append(f"{gray} g {x} {y} {w} {h} re f 0 g")
        return self

    def content(self) -> bytes:
        return ("\n".join(self.ops) + "\n").encode("latin-1")


def build(pages, title="Order confirmation", producer="PDF Writer", creation="D:20261112090000+01'00'",
          compress=True) -> bytes:
    objs: list[bytes] = []  # object bodies, index+1 = object number
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(b"")  # pages placeholder
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for pg in pages:
        data = pg.content()
        if compress:
            data = zlib.compress(data, 6)
            stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        else:
            stream = b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"
        objs.append(stream)
        content_no = len(objs)
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>"
                     % (pg.w, pg.h, content_no)).encode("ascii"))
        kids.append(len(objs))
    objs[1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(f"{k} 0 R" for k in kids), len(kids))).encode("ascii")
    info = "<< /Title %s /Producer %s /CreationDate (%s) >>" % (_pdf_str(title), _pdf_str(producer), creation)
    objs.append(info.encode("latin-1"))
    info_no = len(objs)

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1)
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, info_no, xref)
    return bytes(out)
