"""Hand-written minimal PDFs: Helvetica text with Tj / TJ, a real xref table."""
from __future__ import annotations

import zlib


def _esc(s: str) -> bytes:
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


class Page:
    def __init__(self, width=595, height=842):
        self.w, self.h = width, height
        self.ops: list[bytes] = []

    def text(self, x, y, s, size=9, bold=False):
        f = b"/F2" if bold else b"/F1"
        self.ops.append(b"BT " + f + b" %d Tf %.1f %.1f Td (" % (size, x, y) + _esc(s) + b") Tj ET")

    def tj(self, x, y, pieces, size=9, bold=False):
        """pieces: list of str and ints (kerning in 1/1000 em, as a real generator writes)."""
        f = b"/F2" if bold else b"/F1"
        arr = []
        for p in pieces:
            if isinstance(p, str):
                arr.append(b"(" + _esc(p) + b")")
            else:
                arr.append(b"%d" % p)
        self.ops.append(b"BT " + f + b" %d Tf %.1f %.1f Td [" % (size, x, y) + b" ".join(arr) + b"] TJ ET")

    def row(self, y, cols, size=9, bold=False):
        for x, s in cols:
            if s != "":
                self.text(x, y, s, size, bold)

    def hline(self, y, x0=40, x1=555):
        self.ops.append(b"0.5 w %.1f %.1f m %.1f %.1f l S" % (x0, y, x1, y))

    def lines(self, x, y, rows, size=9, leading=12):
        for r in rows:
            self.text(x, y, r, size)
            y -= leading
        return y


def build(pages: list[Page], title: str = "", producer: str = "", compress: bool = True,
          creation: str = "D:20261110090000+01'00'") -> bytes:
    objs: list[bytes] = []

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    cat = add(b"")  # placeholder 1
    pages_id = add(b"")  # placeholder 2
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for p in pages:
        content = b"\n".join(p.ops) + b"\n"
        if compress:
            data = zlib.compress(content, 6)
            cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        else:
            cid = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream")
        pid = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                  % (pages_id, p.w, p.h, f1, f2, cid))
        kids.append(pid)
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    info = add(b"<< /Title (" + _esc(title) + b") /Producer (" + _esc(producer) + b") /CreationDate (" + creation.encode() + b") >>")
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
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, info, xref)
    return bytes(out)
