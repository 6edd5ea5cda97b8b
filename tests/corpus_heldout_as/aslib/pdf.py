"""Minimal hand-built PDF 1.4 writer (Helvetica, WinAnsiEncoding).

Text is written with Tj operators so that it can be read straight from the
content stream (or after zlib-decompressing it when compress=True)."""
from __future__ import annotations

import zlib


def _esc(s: str) -> bytes:
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


class Page:
    def __init__(self):
        self.ops: list[bytes] = []

    def text(self, x, y, s, size=9, bold=False):
        font = b"/F2" if bold else b"/F1"
        self.ops.append(b"BT " + font + b" %d Tf 1 0 0 1 %.1f %.1f Tm (" % (size, x, y) + _esc(s) + b") Tj ET")

    def line(self, x1, y1, x2, y2, width=0.5):
        self.ops.append(b"%.1f w %.1f %.1f m %.1f %.1f l S" % (width, x1, y1, x2, y2))

    def rect(self, x, y, w, h, gray=0.9):
        self.ops.append(b"q %.2f g %.1f %.1f %.1f %.1f re f Q" % (gray, x, y, w, h))

    def content(self) -> bytes:
        return b"\n".join(self.ops) + b"\n"


def build(pages: list[Page], *, title: str, author: str, producer: str, creation: str,
          compress: bool = False) -> bytes:
    """creation like "D:20261120071500+01'00'"."""
    objs: list[bytes] = []
    n_pages = len(pages)
    # object numbers: 1 catalog, 2 pages, 3 F1, 4 F2, 5 info, then page/content pairs
    kids = " ".join(f"{6 + 2 * i} 0 R" for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Title (" + _esc(title) + b") /Author (" + _esc(author) + b") /Producer (" + _esc(producer)
                + b") /CreationDate (" + creation.encode() + b") /ModDate (" + creation.encode() + b") >>")
    for i, p in enumerate(pages):
        cnum = 7 + 2 * i
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R "
                    f"/F2 4 0 R >> >> /Contents {cnum} 0 R >>".encode())
        data = p.content()
        if compress:
            data = zlib.compress(data, 9)
            objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        else:
            objs.append(b"<< /Length %d >>\nstream\n" % len(data) + data + b"endstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1)
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


class Doc:
    """A simple top-to-bottom layout on A4 pages."""

    def __init__(self, left=40, top=800, bottom=60, leading=13):
        self.pages = [Page()]
        self.left, self.top, self.bottom, self.leading = left, top, bottom, leading
        self.y = top

    @property
    def page(self):
        return self.pages[-1]

    def _need(self, h):
        if self.y - h < self.bottom:
            self.pages.append(Page())
            self.y = self.top

    def text(self, s, size=9, bold=False, x=None, gap=None):
        self._need(self.leading)
        self.page.text(self.left if x is None else x, self.y, s, size=size, bold=bold)
        self.y -= gap if gap is not None else max(self.leading, size + 4)

    def lines(self, block: str, size=9, bold=False):
        for ln in block.split("\n"):
            self.text(ln, size=size, bold=bold)

    def space(self, h=8):
        self.y -= h

    def rule(self):
        self._need(6)
        self.page.line(self.left, self.y + 8, 555, self.y + 8)
        self.y -= 4

    def row(self, cols, xs, size=8, bold=False, right=()):
        """cols: cell strings; xs: x positions; indexes in right are right-aligned at xs[i] (approx.)."""
        self._need(self.leading)
        for i, (c, x) in enumerate(zip(cols, xs)):
            if i in right:
                w = len(c) * size * 0.5
                x = x - w
            self.page.text(x, self.y, c, size=size, bold=bold)
        self.y -= self.leading

    def table(self, header, rows, xs, right=(), size=8):
        self.page.rect(self.left - 2, self.y - 3, 557 - self.left, self.leading, gray=0.88)
        self.row(header, xs, size=size, bold=True, right=right)
        for r in rows:
            self.row(r, xs, size=size, right=right)
        self.rule()

    def build(self, **kw) -> bytes:
        return build(self.pages, **kw)
