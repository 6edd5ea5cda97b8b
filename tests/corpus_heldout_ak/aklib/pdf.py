"""Hand-written minimal PDF (PDF 1.4, Helvetica, WinAnsiEncoding).

A page is a list of operations:
  ("t", x, y, size, text)            text in Helvetica
  ("b", x, y, size, text)            text in Helvetica-Bold
  ("line", x1, y1, x2, y2)           a rule
Text is written either as one string with Tj, or (kern=True) as a TJ array that
splits words into chunks with small kerning numbers, as many report writers do.
"""
from __future__ import annotations

import zlib


def _pdfstr(s: str) -> str:
    raw = s.encode("cp1252")
    out = []
    for b in raw:
        c = chr(b)
        if c in "\\()":
            out.append("\\" + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append("\\%03o" % b)
    return "(" + "".join(out) + ")"


def _tj(s: str, kern: bool) -> str:
    if not kern or len(s) < 6:
        return _pdfstr(s) + " Tj"
    # deterministic chunking: split every 4 characters inside words, keep spaces literal
    chunks, cur = [], ""
    for i, ch in enumerate(s):
        cur += ch
        if len(cur) >= 4 and ch != " " and i + 1 < len(s) and s[i + 1] != " ":
            chunks.append(cur)
            cur = ""
    if cur:
        chunks.append(cur)
    parts = []
    for i, c in enumerate(chunks):
        parts.append(_pdfstr(c))
        if i + 1 < len(chunks):
            parts.append(str([12, -8, 15, 6, -11][i % 5]))
    return "[" + " ".join(parts) + "] TJ"


def content_stream(ops, kern=False) -> bytes:
    lines = []
    for op in ops:
        if op[0] in ("t", "b"):
            _, x, y, size, txt = op
            font = "F2" if op[0] == "b" else "F1"
            lines.append(f"BT /{font} {size} Tf 1 0 0 1 {x} {y} Tm {_tj(txt, kern)} ET")
        elif op[0] == "line":
            _, x1, y1, x2, y2 = op
            lines.append(f"0.5 w {x1} {y1} m {x2} {y2} l S")
        else:
            raise ValueError(op[0])
    return ("\n".join(lines) + "\n").encode("latin-1")


def make_pdf(pages, kern=False, compress=False, title="Document", producer="PDF writer",
             created="D:20261112091500+01'00'") -> bytes:
    objs = []  # list of bytes, object number = index + 1

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    catalog = add(b"")  # placeholder 1
    pages_obj = add(b"")  # placeholder 2
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for ops in pages:
        data = content_stream(ops, kern)
        if compress:
            data = zlib.compress(data, 9)
            cobj = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        else:
            cobj = add(b"<< /Length %d >>\nstream\n" % len(data) + data + b"endstream")
        pobj = add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                    "/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                    % (pages_obj, f1, f2, cobj)).encode())
        kids.append(pobj)
    objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    objs[pages_obj - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>"
                           % (" ".join(f"{k} 0 R" for k in kids), len(kids))).encode()
    info = add(("<< /Title %s /Producer %s /CreationDate (%s) >>"
                % (_pdfstr(title), _pdfstr(producer), created)).encode("latin-1"))
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
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, catalog, info, xref))
    return bytes(out)


class Sheet:
    """Convenience: lay out a document top-down in points."""

    def __init__(self, top=800, left=50):
        self.ops = []
        self.y = top
        self.left = left

    def text(self, s, x=None, size=9, bold=False, dy=None):
        self.ops.append(("b" if bold else "t", self.left if x is None else x, self.y, size, s))
        if dy is not None:
            self.y -= dy
        return self

    def row(self, cells, size=8, bold=False, dy=12):
        """cells: list of (x, text)."""
        for x, s in cells:
            if s != "":
                self.ops.append(("b" if bold else "t", x, self.y, size, s))
        self.y -= dy
        return self

    def gap(self, dy):
        self.y -= dy
        return self

    def rule(self, x1=50, x2=545):
        self.ops.append(("line", x1, self.y + 8, x2, self.y + 8))
        return self
