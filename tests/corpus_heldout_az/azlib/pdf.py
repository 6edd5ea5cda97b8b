"""Hand-built PDF 1.4 files (Helvetica, WinAnsiEncoding) whose text is extractable.

A page is described by a list of drawing commands; text is written with Tj so
that it can be read from the (optionally Flate-compressed) content stream.
"""
from __future__ import annotations

import unicodedata
import zlib


def pdf_str(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\()":
            out.append("\\" + ch)
        elif 32 <= ord(ch) < 127:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
            except UnicodeEncodeError:  # base-14 fonts only know WinAnsi: drop the accent
                b = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore") or b"?"
            out.extend("\\%03o" % x if x > 126 else chr(x) for x in b)
    return "(" + "".join(out) + ")"


class Page:
    def __init__(self, width=595, height=842):
        self.w, self.h = width, height
        self.ops: list[str] = []

    def text(self, x, y, s, size=10, bold=False):
        font = "F2" if bold else "F1"
        self.ops.append(f"BT /{font} {size} Tf {x} {y} Td {pdf_str(s)} Tj ET")

    def line(self, x1, y1, x2, y2, width=0.5):
        self.ops.append(f"{width} w {x1} {y1} m {x2} {y2} l S")

    def rect(self, x, y, w, h, gray=0.9):
        self.ops.append(f"q {gray} g {x} {y} {w} {h} re f Q")

    def table(self, x0, y, cols, rows, size=8.5, row_h=14, header_bold=True):
        """cols: list of (x_offset, align, width); rows: list of lists of str. Returns y after table."""
        for r, row in enumerate(rows):
            if r == 0 and header_bold:
                self.rect(x0 - 2, y - 4, cols[-1][0] + cols[-1][2] + 4, row_h, 0.88)
            for (dx, align, wd), cell in zip(cols, row):
                cx = x0 + dx
                if align == "r":
                    cx = x0 + dx + wd - approx_width(cell, size)
                self.text(round(cx, 1), y, cell, size, bold=(r == 0 and header_bold))
            y -= row_h
        self.line(x0 - 2, y + row_h - 4, x0 + cols[-1][0] + cols[-1][2] + 2, y + row_h - 4)
        return y

    def content(self) -> bytes:
        return ("\n".join(self.ops) + "\n").encode("latin-1")


def approx_width(s: str, size: float) -> float:
    # rough Helvetica average widths, good enough for right alignment
    w = 0.0
    for ch in s:
        if ch in "il.,:;|!'":
            w += 0.28
        elif ch in "0123456789":
            w += 0.556
        elif ch.isupper() or ch in "mwMW":
            w += 0.68
        else:
            w += 0.52
    return w * size


def make_pdf(pages: list[Page], *, title: str, producer: str, creator: str,
             date: str, compress: bool = True, author: str | None = None) -> bytes:
    """date like "D:20261112093000+01'00'"."""
    objs: list[bytes] = []

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    catalog = add(b"")  # placeholder, 1
    pages_id = add(b"")  # 2
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    info_items = [f"/Title {pdf_str(title)}", f"/Producer {pdf_str(producer)}",
                  f"/Creator {pdf_str(creator)}", f"/CreationDate {pdf_str(date)}",
                  f"/ModDate {pdf_str(date)}"]
    if author:
        info_items.append(f"/Author {pdf_str(author)}")
    info = add(("<< " + " ".join(info_items) + " >>").encode("latin-1"))
    kids = []
    for pg in pages:
        data = pg.content()
        if compress:
            data = zlib.compress(data, 9)
            stream = f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode() + data + b"\nendstream"
        else:
            stream = f"<< /Length {len(data)} >>\nstream\n".encode() + data + b"endstream"
        cid = add(stream)
        pid = add((f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {pg.w} {pg.h}] "
                   f"/Resources << /Font << /F1 {f1} 0 R /F2 {f2} 0 R >> >> /Contents {cid} 0 R >>").encode())
        kids.append(pid)
    objs[catalog - 1] = f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode()
    objs[pages_id - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                          f"/Count {len(kids)} >>").encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n".encode()
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    import hashlib
    fid = hashlib.md5(title.encode("utf-8") + date.encode()).hexdigest().upper()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root {catalog} 0 R /Info {info} 0 R "
            f"/ID [<{fid}> <{fid}>] >>\nstartxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


class Writer:
    """Top-down text layout helper producing a list of pages."""

    def __init__(self, left=50, top=790, bottom=60):
        self.left, self.top, self.bottom = left, top, bottom
        self.pages = [Page()]
        self.y = top

    @property
    def page(self):
        return self.pages[-1]

    def need(self, h):
        if self.y - h < self.bottom:
            self.pages.append(Page())
            self.y = self.top

    def text(self, s, size=10, bold=False, x=None, gap=None):
        self.need(size + 4)
        self.page.text(self.left if x is None else x, self.y, s, size, bold)
        self.y -= gap if gap is not None else size + 4

    def texts(self, items, size=10):
        """items: list of (x, str, bold) on one baseline."""
        self.need(size + 4)
        for x, s, b in items:
            self.page.text(x, self.y, s, size, b)
        self.y -= size + 4

    def skip(self, h=8):
        self.y -= h

    def rule(self):
        self.page.line(self.left, self.y + 6, 545, self.y + 6)
        self.y -= 6

    def table(self, cols, rows, size=8.5, row_h=14):
        self.need(row_h * len(rows) + 10)
        self.y = self.page.table(self.left, self.y, cols, rows, size, row_h) - 6


def document(blocks, *, title, producer, creator, date, compress=True, author=None) -> bytes:
    """blocks: ("h", text) heading, ("t", text[, size[, bold]]) line, ("skip", pts), ("rule",),
    ("table", cols, rows[, size]) where cols = [(x_offset, 'l'|'r', width), ...]."""
    w = Writer()
    for b in blocks:
        k = b[0]
        if k == "h":
            w.text(b[1], size=14, bold=True, gap=20)
        elif k == "t":
            size = b[2] if len(b) > 2 else 9.5
            bold = b[3] if len(b) > 3 else False
            w.text(b[1], size=size, bold=bold)
        elif k == "skip":
            w.skip(b[1])
        elif k == "rule":
            w.rule()
        elif k == "table":
            w.table(b[1], b[2], size=b[3] if len(b) > 3 else 8.5)
        else:
            raise ValueError(k)
    return make_pdf(w.pages, title=title, producer=producer, creator=creator, date=date,
                    compress=compress, author=author)
