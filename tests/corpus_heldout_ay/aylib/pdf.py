"""A tiny, deterministic PDF writer (standard Type1 fonts, WinAnsiEncoding).

Text is written with Tj operators so it stays extractable; content streams
can be Flate-compressed.  Dates and the file ID are passed in / derived from
the content, so identical input gives identical bytes.
"""
from __future__ import annotations

import hashlib
import zlib


def _pdf_str(s: str) -> bytes:
    b = s.encode("cp1252")
    out = bytearray(b"(")
    for x in b:
        if x in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([x])
        elif x < 32:
            out += b"\\%03o" % x
        else:
            out.append(x)
    out += b")"
    return bytes(out)


class PdfDoc:
    W, H = 595, 842  # A4 portrait in points

    def __init__(self, title="", author="", producer="", creator="", created="D:20261110093000+01'00'",
                 compress=False):
        self.title, self.author, self.producer, self.creator = title, author, producer, creator
        self.created = created
        self.compress = compress
        self.pages: list[list[bytes]] = []
        self.new_page()

    def new_page(self):
        self.pages.append([])

    @property
    def ops(self):
        return self.pages[-1]

    def text(self, x, y, s, size=10, bold=False, font=None):
        f = font or ("F2" if bold else "F1")
        self.ops.append(b"BT /%s %d Tf %.2f %.2f Td " % (f.encode(), size, x, y) + _pdf_str(s) + b" Tj ET")

    def line(self, x1, y1, x2, y2, width=0.5):
        self.ops.append(b"%.2f w %.2f %.2f m %.2f %.2f l S" % (width, x1, y1, x2, y2))

    def rect(self, x, y, w, h, gray=0.9):
        self.ops.append(b"q %.2f g %.2f %.2f %.2f %.2f re f Q" % (gray, x, y, w, h))

    def table(self, x, y, widths, rows, size=9, row_h=14, header=True, right=()):
        """Draw rows; returns the y below the table."""
        total = sum(widths)
        for k, r in enumerate(rows):
            if k == 0 and header:
                self.rect(x, y - 4, total, row_h, 0.88)
            cx = x
            for i, c in enumerate(r):
                c = str(c)
                if i in right and not (k == 0 and header):
                    est = len(c) * size * 0.5
                    self.text(cx + widths[i] - 4 - est, y, c, size, bold=(k == 0 and header))
                else:
                    self.text(cx + 2, y, c, size, bold=(k == 0 and header))
                cx += widths[i]
            y -= row_h
        self.line(x, y + row_h - 4, x + total, y + row_h - 4)
        return y

    def to_bytes(self) -> bytes:
        objs: list[bytes] = []

        def add(b: bytes) -> int:
            objs.append(b)
            return len(objs)

        catalog = add(b"")  # placeholder 1
        pages_id = add(b"")  # placeholder 2
        f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
        f3 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>")
        kids = []
        for ops in self.pages:
            stream = b"\n".join(ops) + b"\n"
            if self.compress:
                data = zlib.compress(stream, 9)
                cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
            else:
                cid = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
            pid = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 %d 0 R "
                      b"/F2 %d 0 R /F3 %d 0 R >> >> /Contents %d 0 R >>" % (pages_id, self.W, self.H, f1, f2, f3, cid))
            kids.append(pid)
        objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
        objs[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
            b" ".join(b"%d 0 R" % k for k in kids), len(kids))
        info = add(b"<< /Title " + _pdf_str(self.title) + b" /Author " + _pdf_str(self.author) +
                   b" /Creator " + _pdf_str(self.creator) + b" /Producer " + _pdf_str(self.producer) +
                   b" /CreationDate " + _pdf_str(self.created) + b" /ModDate " + _pdf_str(self.created) + b" >>")
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, o in enumerate(objs, 1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
        for off in offsets:
            out += b"%010d 00000 n \n" % off
        fid = hashlib.md5(bytes(out)).hexdigest().upper().encode()
        out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
                % (len(objs) + 1, catalog, info, fid, fid, xref))
        return bytes(out)
