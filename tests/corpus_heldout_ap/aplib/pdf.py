"""Hand-built minimal PDF files (text objects with Tj / TJ, table rules).

A page is a list of drawing operations:
  ("t",  x, y, size, bold, "text")           -> BT /F1 size Tf x y Td (text) Tj ET
  ("tj", x, y, size, bold, ["te", -250, "xt"]) -> TJ array with kerning numbers
  ("line", x1, y1, x2, y2)                   -> a stroked rule
  ("rect", x, y, w, h)                       -> a stroked box
Text is encoded in WinAnsi (cp1252); characters outside it become "?",
the way many ERP print drivers degrade them.
"""
from __future__ import annotations

import zlib


def _esc(s: str) -> bytes:
    raw = s.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _content(ops) -> bytes:
    out = []
    for op in ops:
        kind = op[0]
        if kind == "t":
            _, x, y, size, bold, txt = op
            f = "F2" if bold else "F1"
            out.append(b"BT /%s %s Tf %s %s Td (" % (f.encode(), _num(size), _num(x), _num(y))
                       + _esc(txt) + b") Tj ET")
        elif kind == "tj":
            _, x, y, size, bold, arr = op
            f = "F2" if bold else "F1"
            items = []
            for a in arr:
                if isinstance(a, str):
                    items.append(b"(" + _esc(a) + b")")
                else:
                    items.append(_num(a))
            out.append(b"BT /%s %s Tf %s %s Td [" % (f.encode(), _num(size), _num(x), _num(y))
                       + b" ".join(items) + b"] TJ ET")
        elif kind == "line":
            _, x1, y1, x2, y2 = op
            out.append(b"%s %s m %s %s l S" % (_num(x1), _num(y1), _num(x2), _num(y2)))
        elif kind == "rect":
            _, x, y, w, h = op
            out.append(b"%s %s %s %s re S" % (_num(x), _num(y), _num(w), _num(h)))
        else:
            raise ValueError(kind)
    return b"0.5 w\n" + b"\n".join(out) + b"\n"


def _num(v) -> bytes:
    if isinstance(v, float):
        s = ("%.2f" % v).rstrip("0").rstrip(".")
    else:
        s = str(v)
    return s.encode("ascii")


def build_pdf(pages, title="", author="", producer="", creator="", compress=False,
              created="20261110120000+01'00'") -> bytes:
    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 F1, 4 F2, then page/content pairs, then info
    page_ids = [5 + 2 * i for i in range(n_pages)]
    info_id = 5 + 2 * n_pages
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    kids = b" ".join(b"%d 0 R" % p for p in page_ids)
    objs[2] = b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n_pages
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    for i, ops in enumerate(pages):
        pid = page_ids[i]
        cid = pid + 1
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % cid)
        stream = _content(ops)
        if compress:
            data = zlib.compress(stream, 9)
            objs[cid] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        else:
            objs[cid] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream"
    info = b"<< "
    for k, v in (("Title", title), ("Author", author), ("Producer", producer), ("Creator", creator)):
        if v:
            info += b"/" + k.encode() + b" (" + _esc(v) + b") "
    info += b"/CreationDate (D:" + created.encode() + b") >>"
    objs[info_id] = info
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in range(1, info_id + 1):
        offsets[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (info_id + 1)
    out += b"0000000000 65535 f \n"
    for i in range(1, info_id + 1):
        out += b"%010d 00000 n \n" % offsets[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        info_id + 1, info_id, xref)
    return bytes(out)


class Page:
    """Convenience: write lines top-down."""

    def __init__(self, top=800, left=50):
        self.ops = []
        self.y = top
        self.left = left

    def text(self, txt, x=None, size=9, bold=False, y=None):
        self.ops.append(("t", self.left if x is None else x, self.y if y is None else y, size, bold, txt))

    def row(self, cells, size=8.5, bold=False, step=13):
        """cells: list of (x, text)"""
        for x, txt in cells:
            if txt != "":
                self.ops.append(("t", x, self.y, size, bold, txt))
        self.y -= step

    def kern(self, arr, x=None, size=9, bold=False):
        self.ops.append(("tj", self.left if x is None else x, self.y, size, bold, arr))

    def line(self, x1=50, x2=545, dy=4):
        self.ops.append(("line", x1, self.y + dy, x2, self.y + dy))

    def nl(self, step=12):
        self.y -= step

    def para(self, lines, size=9, step=12, bold=False, x=None):
        for ln in lines:
            if ln:
                self.text(ln, x=x, size=size, bold=bold)
            self.y -= step


def table_doc(title, company_lines, meta, cols, rows, notes=(), footer=(), compress=False,
              title_size=14, row_step=13, info=None, subrows=None):
    """One-page business document: letterhead, title, meta block, table, notes, footer.

    cols: list of (x, header); rows: list of cell lists; subrows: optional dict row_index -> list of
    extra text lines printed under that row (indented at the second column).
    """
    p = Page()
    for i, ln in enumerate(company_lines):
        p.text(ln, size=11 if i == 0 else 8, bold=(i == 0))
        p.nl(14 if i == 0 else 10)
    p.nl(10)
    p.text(title, size=title_size, bold=True)
    p.nl(22)
    for label, value in meta:
        p.text(label, size=9, bold=True)
        p.text(value, x=200, size=9)
        p.nl(12)
    p.nl(8)
    p.line(dy=10)
    p.row([(x, h) for x, h in cols], bold=True, step=6)
    p.line(dy=0)
    p.nl(10)
    for i, r in enumerate(rows):
        p.row(list(zip([x for x, _ in cols], r)), step=row_step)
        if subrows and i in subrows:
            for extra in subrows[i]:
                p.text(extra, x=cols[1][0], size=7.5)
                p.nl(11)
    p.line(dy=8)
    p.nl(8)
    for ln in notes:
        if ln:
            p.text(ln, size=8.5)
        p.nl(11)
    if footer:
        y = 60
        for ln in footer:
            p.ops.append(("t", 50, y, 7, False, ln))
            y -= 9
    kw = info or {}
    return build_pdf([p.ops], compress=compress, **kw)
