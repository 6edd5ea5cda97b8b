"""Minimal hand-built PDF 1.4 writer (Helvetica, WinAnsiEncoding).

Text is written with Tj in reading order so that it can be extracted from the
content stream (raw or after zlib decompression).  Deterministic: fixed dates
and a document ID derived from the content.
"""
from __future__ import annotations

import hashlib
import zlib


def _pdfstr(s: str) -> bytes:
    raw = s.encode("cp1252")
    raw = raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + raw + b")"


class Page:
    def __init__(self, width=595, height=842):
        self.w, self.h = width, height
        self.ops: list[bytes] = []

    def text(self, x, y, s, size=9, bold=False):
        font = b"/F2" if bold else b"/F1"
        self.ops.append(b"BT " + font + b" %g Tf %g %g Td " % (size, x, y) + _pdfstr(s) + b" Tj ET")

    def text_kerned(self, x, y, pieces, size=9, bold=False):
        """pieces: list of str or int (kerning) -> TJ array."""
        font = b"/F2" if bold else b"/F1"
        arr = b"".join(_pdfstr(p) if isinstance(p, str) else (b" %d " % p) for p in pieces)
        self.ops.append(b"BT " + font + b" %g Tf %g %g Td [" % (size, x, y) + arr + b"] TJ ET")

    def line(self, x1, y1, x2, y2, w=0.5):
        self.ops.append(b"%g w %g %g m %g %g l S" % (w, x1, y1, x2, y2))

    def rect(self, x, y, w, h, gray=0.9):
        self.ops.append(b"q %g g %g %g %g %g re f Q" % (gray, x, y, w, h))

    def row(self, y, cols, cells, size=8.5, bold=False):
        for x, c in zip(cols, cells):
            if c is None or c == "":
                continue
            if isinstance(x, tuple):  # right aligned: (right_edge,)
                width = _width(c, size, bold)
                self.text(x[0] - width, y, c, size, bold)
            else:
                self.text(x, y, c, size, bold)

    def content(self) -> bytes:
        return b"\n".join(self.ops) + b"\n"


# Helvetica widths (per 1000 em) for right alignment of numbers / ASCII
_HW = {c: 556 for c in "0123456789"}
_HW.update({" ": 278, ".": 278, ",": 278, "-": 333, "/": 278, ":": 278, "'": 191, "%": 889,
            "(": 333, ")": 333, "$": 556, "+": 584})


def _width(s, size, bold=False):
    total = 0
    for ch in s:
        total += _HW.get(ch, 611 if ch.isupper() else 556)
    return total * size / 1000.0


def build(pages: list[Page], *, title: str, author: str, producer: str, creator: str,
          created: str, compress: bool = True) -> bytes:
    """created: PDF date string like "D:20261119101500+01'00'"."""
    objs: list[bytes] = []
    # 1 catalog, 2 pages, 3 F1, 4 F2, 5 info, then per page: page, content
    n_pages = len(pages)
    kids = []
    page_objs = []
    next_id = 6
    for pg in pages:
        page_id, cont_id = next_id, next_id + 1
        next_id += 2
        kids.append(page_id)
        data = pg.content()
        if compress:
            z = zlib.compress(data, 9)
            stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(z) + z + b"\nendstream"
        else:
            stream = b"<< /Length %d >>\nstream\n" % len(data) + data + b"endstream"
        page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> "
                b"/ProcSet [/PDF /Text] >> /Contents %d 0 R >>" % (pg.w, pg.h, cont_id))
        page_objs.append((page_id, page))
        page_objs.append((cont_id, stream))
    objs_map = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % n_pages,
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        5: b"<< /Title " + _pdfstr(title) + b" /Author " + _pdfstr(author) + b" /Producer " + _pdfstr(producer)
           + b" /Creator " + _pdfstr(creator) + b" /CreationDate " + _pdfstr(created)
           + b" /ModDate " + _pdfstr(created) + b" >>",
    }
    for oid, body in page_objs:
        objs_map[oid] = body
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for oid in range(1, next_id):
        offsets[oid] = len(out)
        out += b"%d 0 obj\n" % oid + objs_map[oid] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % next_id
    out += b"0000000000 65535 f \n"
    for oid in range(1, next_id):
        out += b"%010d 00000 n \n" % offsets[oid]
    docid = hashlib.md5(bytes(out)).hexdigest().upper().encode("ascii")
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R /ID [<" % next_id + docid + b"> <" + docid
            + b">] >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return bytes(out)
