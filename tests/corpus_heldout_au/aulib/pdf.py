"""Hand-built PDF files: text documents (WinAnsi Helvetica/Courier) and image-only scans."""
from __future__ import annotations

import hashlib
import zlib

FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Courier"}


def _esc(s: str) -> bytes:
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _pdfstr(s: str) -> bytes:
    return b"(" + _esc(s) + b")"


class Page:
    """Collects drawing operations for one A4 page (595 x 842 pt)."""

    def __init__(self):
        self.ops = []

    def text(self, x, y, s, size=9, font="F1"):
        self.ops.append(b"BT /%s %s Tf 1 0 0 1 %s %s Tm " % (font.encode(), _n(size), _n(x), _n(y))
                        + _pdfstr(s) + b" Tj ET")

    def line(self, x1, y1, x2, y2, w=0.5):
        self.ops.append(b"%s w %s %s m %s %s l S" % (_n(w), _n(x1), _n(y1), _n(x2), _n(y2)))

    def rect(self, x, y, w, h, gray=0.9):
        self.ops.append(b"q %s g %s %s %s %s re f Q" % (_n(gray), _n(x), _n(y), _n(w), _n(h)))

    def content(self) -> bytes:
        return b"\n".join(self.ops) + b"\n"


def _n(v) -> bytes:
    if isinstance(v, float):
        s = ("%.2f" % v).rstrip("0").rstrip(".")
    else:
        s = str(v)
    return s.encode()


class Writer:
    def __init__(self):
        self.objs = []  # bytes of each object body, object number = index+1

    def add(self, body: bytes) -> int:
        self.objs.append(body)
        return len(self.objs)

    def set(self, num, body):
        self.objs[num - 1] = body

    def stream(self, data: bytes, compress: bool, extra=b"") -> int:
        if compress:
            data = zlib.compress(data, 9)
            extra += b" /Filter /FlateDecode"
        return self.add(b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream")

    def build(self, root: int, info: int, seed: str) -> bytes:
        out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
        offsets = []
        for i, body in enumerate(self.objs, 1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objs) + 1)
        for off in offsets:
            out += b"%010d 00000 n \n" % off
        fid = hashlib.md5(seed.encode()).hexdigest().upper().encode()
        out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
                % (len(self.objs) + 1, root, info, fid, fid, xref))
        return out


def _info(w: Writer, title, author, creator, producer, date) -> int:
    parts = [b"/Title " + _pdfstr(title), b"/Author " + _pdfstr(author), b"/Creator " + _pdfstr(creator),
             b"/Producer " + _pdfstr(producer), b"/CreationDate (D:" + date.encode() + b")",
             b"/ModDate (D:" + date.encode() + b")"]
    return w.add(b"<< " + b" ".join(parts) + b" >>")


def text_pdf(pages: list[Page], *, compress=False, title="", author="", creator="", producer="",
             date="20261112091500+01'00'") -> bytes:
    w = Writer()
    cat = w.add(b"")
    pages_obj = w.add(b"")
    font_refs = []
    for key, base in FONTS.items():
        num = w.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % base.encode())
        font_refs.append(b"/%s %d 0 R" % (key.encode(), num))
    res = b"<< /Font << " + b" ".join(font_refs) + b" >> /ProcSet [/PDF /Text] >>"
    kids = []
    for p in pages:
        c = w.stream(p.content(), compress)
        kids.append(w.add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources %s /Contents %d 0 R >>"
                          % (pages_obj, res, c)))
    w.set(cat, b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj)
    w.set(pages_obj, b"<< /Type /Pages /Kids [%s] /Count %d >>"
          % (b" ".join(b"%d 0 R" % k for k in kids), len(kids)))
    info = _info(w, title, author, creator, producer, date)
    return w.build(cat, info, title + date)


def scan_pdf(*, seed=7, width=496, height=702, producer="", creator="", title="", date="") -> bytes:
    """One page holding only a grey-scale raster (a scanned letter): no text objects at all."""
    x = seed
    rows = []
    # pseudo letter layout: a logo block, an address block, table rows and a signature squiggle
    bars = []
    y = 40
    bars.append((40, 40, 160, 30, 60))            # logo
    for i in range(4):
        bars.append((310, 60 + i * 14, 140 - (i * 17) % 50, 7, 70))
    y = 150
    for i in range(5):
        bars.append((40, y + i * 14, 220 - (i * 29) % 90, 7, 80))
    y = 260
    for i in range(9):
        for (cx, cw) in ((40, 30), (80, 170), (265, 40), (320, 50), (385, 70)):
            bars.append((cx, y + i * 18, cw - (i * 7 + cx) % 15, 7, 75))
    for i in range(4):
        bars.append((40, 450 + i * 14, 380 - (i * 43) % 120, 7, 85))
    for i in range(12):
        bars.append((300 + i * 9, 560 + ((i * 5) % 11), 8, 3, 40))
    for yy in range(height):
        row = bytearray()
        for xx in range(width):
            x = (1103515245 * x + 12345) & 0x7FFFFFFF
            v = 242 + (x >> 16) % 12
            row.append(v)
        for (bx, by, bw, bh, g) in bars:
            if by <= yy < by + bh:
                for xx in range(bx, min(width, bx + bw)):
                    row[xx] = g + (xx * 7 + yy * 3) % 25
        rows.append(bytes(row))
    raw = b"".join(rows)
    data = zlib.compress(raw, 9)
    w = Writer()
    cat = w.add(b"")
    pages_obj = w.add(b"")
    img = w.add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (width, height, len(data))
                + data + b"\nendstream")
    content = w.stream(b"q 595 0 0 842 0 0 cm /Im0 Do Q\n", True)
    page = w.add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 %d 0 R >> "
                 b"/ProcSet [/PDF /ImageB] >> /Contents %d 0 R >>" % (pages_obj, img, content))
    w.set(cat, b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj)
    w.set(pages_obj, b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
    info = _info(w, title, "", creator, producer, date)
    return w.build(cat, info, title + date + str(seed))


# ---------------------------------------------------------------- layout helpers

def document(header_lines, title, meta_rows, table_head, table_rows, col_x, footer_lines,
             *, heading_font="F2", body_size=9, logo=None):
    """Lay out a one-page business document; returns a Page.

    header_lines: sender block lines (top left); title: big heading;
    meta_rows: (label, value) pairs printed under the title;
    table_head/table_rows: lists of cell strings; col_x: x position of each column;
    footer_lines: free text after the table.
    """
    p = Page()
    y = 800
    if logo:
        p.text(40, y, logo, 16, "F2")
        y -= 20
    for ln in header_lines:
        p.text(40, y, ln, 8)
        y -= 11
    y -= 14
    p.text(40, y, title, 14, heading_font)
    y -= 22
    for label, value in meta_rows:
        p.text(40, y, label, body_size, "F2")
        p.text(190, y, value, body_size)
        y -= 13
    y -= 10
    p.rect(36, y - 4, 523, 15)
    for x, h in zip(col_x, table_head):
        p.text(x, y, h, 8, "F2")
    y -= 17
    for row in table_rows:
        for x, cell in zip(col_x, row):
            p.text(x, y, cell, 8)
        y -= 13
    p.line(36, y + 6, 559, y + 6)
    y -= 14
    for ln in footer_lines:
        p.text(40, y, ln, body_size)
        y -= 12
    return p
