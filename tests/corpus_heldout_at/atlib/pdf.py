"""Hand-built PDF 1.4 files with extractable text (Helvetica, WinAnsiEncoding).

A page is a list of drawing operations:
    ("t", x, y, size, text)        regular text
    ("b", x, y, size, text)        bold text
    ("l", x1, y1, x2, y2)          a line
    ("r", x, y, w, h)              a rectangle outline
    ("f", x, y, w, h, grey)        a filled rectangle (grey 0..1)
Each text op becomes one BT ... Tj ... ET, so a row read left to right stays
together in the content stream.
"""
from __future__ import annotations

import hashlib
import zlib


def _pdf_str(s: str) -> bytes:
    raw = s.encode("cp1252")
    out = bytearray(b"(")
    for c in raw:
        if c in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([c])
        elif c < 0x20 or c > 0x7E:
            out += b"\\%03o" % c
        else:
            out.append(c)
    out += b")"
    return bytes(out)


def _info_str(s: str) -> bytes:
    return _pdf_str(s)


def _content(ops) -> bytes:
    out = []
    for op in ops:
        k = op[0]
        if k in ("t", "b"):
            _, x, y, size, txt = op
            font = "/F2" if k == "b" else "/F1"
            out.append(b"BT %s %g Tf %g %g Td %s Tj ET" % (font.encode(), size, x, y, _pdf_str(txt)))
        elif k == "l":
            _, x1, y1, x2, y2 = op
            out.append(b"0.5 w %g %g m %g %g l S" % (x1, y1, x2, y2))
        elif k == "r":
            _, x, y, w, h = op
            out.append(b"0.5 w %g %g %g %g re S" % (x, y, w, h))
        elif k == "f":
            _, x, y, w, h, g = op
            out.append(b"q %g g %g %g %g %g re f Q" % (g, x, y, w, h))
        else:
            raise ValueError(k)
    return b"\n".join(out) + b"\n"


def make_pdf(pages, *, title: str, author: str, creator: str, producer: str,
             created: str, compress: bool = False, size=(595, 842)) -> bytes:
    """``created`` like "20261117091500+01'00'"."""
    objs = []  # (num, bytes)
    n_pages = len(pages)
    # object numbers: 1 catalog, 2 pages, 3 F1, 4 F2, 5 info, then page/content pairs
    page_nums = [6 + 2 * i for i in range(n_pages)]
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(b"<< /Type /Pages /Kids [%s] /Count %d >>"
                % (b" ".join(b"%d 0 R" % n for n in page_nums), n_pages))
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Title %s /Author %s /Creator %s /Producer %s /CreationDate (D:%s) /ModDate (D:%s) >>"
                % (_info_str(title), _info_str(author), _info_str(creator), _info_str(producer),
                   created.encode(), created.encode()))
    for i, ops in enumerate(pages):
        content = _content(ops)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
                    b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>"
                    % (size[0], size[1], page_nums[i] + 1))
        if compress:
            data = zlib.compress(content, 6)
            objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        else:
            objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream")
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
    fid = hashlib.md5(bytes(out)).hexdigest().upper().encode()
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, fid, fid, xref)
    return bytes(out)


class Layout:
    """Convenience: write rows of text top-down on A4 pages."""

    def __init__(self, size=(595, 842), top=800, left=50, bottom=60):
        self.size = size
        self.pages = [[]]
        self.y = top
        self.top = top
        self.left = left
        self.bottom = bottom

    def _room(self, h):
        if self.y - h < self.bottom:
            self.pages.append([])
            self.y = self.top

    def text(self, s, size=10, bold=False, x=None, gap=None):
        self._room(size + 4)
        self.pages[-1].append(("b" if bold else "t", self.left if x is None else x, self.y, size, s))
        self.y -= gap if gap is not None else size + 4

    def row(self, cells, xs, size=9, bold=False, gap=None):
        """cells placed at the x positions ``xs``; one Tj per cell, left to right."""
        self._room(size + 4)
        for c, x in zip(cells, xs):
            if c != "":
                self.pages[-1].append(("b" if bold else "t", x, self.y, size, str(c)))
        self.y -= gap if gap is not None else size + 5

    def rule(self, x1=None, x2=None):
        x1 = self.left if x1 is None else x1
        x2 = self.size[0] - self.left if x2 is None else x2
        self.pages[-1].append(("l", x1, self.y + 8, x2, self.y + 8))
        self.y -= 4

    def space(self, h=8):
        self.y -= h

    def shade(self, h=14, grey=0.9):
        self.pages[-1].append(("f", self.left - 2, self.y - 3, self.size[0] - 2 * self.left + 4, h, grey))
