"""Minimal hand-written PDF (1.4) with Helvetica text, optional Flate streams.

A page is a list of text items (x, y, text[, size[, bold[, tj]]]).  With
tj=True the text is written as a TJ array with small kerning adjustments the
way word processors do it; otherwise a plain Tj.
"""
from __future__ import annotations

import zlib


def _pdfstr(s: str) -> str:
    b = s.encode("cp1252")
    out = []
    for x in b:
        c = chr(x)
        if c in "()\\":
            out.append("\\" + c)
        elif 32 <= x < 127:
            out.append(c)
        else:
            out.append("\\%03o" % x)
    return "(" + "".join(out) + ")"


def _tj_array(s: str) -> str:
    # split into chunks of 1-5 characters with small kerning values in between
    parts, i, k = [], 0, 0
    pattern = [4, 3, 5, 2, 6, 3]
    kern = [15, -10, 20, 8, -12, 25]
    while i < len(s):
        n = pattern[k % len(pattern)]
        parts.append(_pdfstr(s[i:i + n]))
        i += n
        if i < len(s):
            parts.append(str(kern[k % len(kern)]))
        k += 1
    return "[" + " ".join(parts) + "] TJ"


def table(x_cols, y, rows, size=9, dy=13, bold_first=False, tj=False):
    """Helper: lay out rows of cells at the given x positions."""
    items = []
    for r, row in enumerate(rows):
        for x, cell in zip(x_cols, row):
            if cell == "":
                continue
            items.append((x, y - r * dy, cell, size, bold_first and r == 0, tj))
    return items


def lines(x, y, texts, size=10, dy=14, bold=False, tj=False):
    return [(x, y - i * dy, t, size, bold, tj) for i, t in enumerate(texts) if t != ""]


def build(pages, compress=False, title="", author="", producer="", creation="D:20261110090000+01'00'",
          rules=None):
    """pages: list of item lists; rules: optional list per page of (x1, y1, x2, y2) lines."""
    objs = []  # index -> bytes (object body without 'n 0 obj')

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    catalog = add(b"")  # placeholder
    pages_obj = add(b"")
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for pi, items in enumerate(pages):
        ops = []
        if rules and pi < len(rules):
            ops.append("0.5 w")
            for (x1, y1, x2, y2) in rules[pi]:
                ops.append("%g %g m %g %g l S" % (x1, y1, x2, y2))
        for it in items:
            x, y, text = it[0], it[1], it[2]
            size = it[3] if len(it) > 3 else 10
            bold = it[4] if len(it) > 4 else False
            tj = it[5] if len(it) > 5 else False
            ops.append("BT /%s %g Tf 1 0 0 1 %g %g Tm %s ET" % (
                "F2" if bold else "F1", size, x, y, _tj_array(text) if tj else _pdfstr(text) + " Tj"))
        content = ("\n".join(ops) + "\n").encode("latin-1")
        if compress:
            data = zlib.compress(content, 9)
            stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        else:
            stream = b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream"
        cobj = add(stream)
        page = add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                    % (pages_obj, f1, f2, cobj)).encode())
        kids.append(page)
    objs[catalog - 1] = ("<< /Type /Catalog /Pages %d 0 R >>" % pages_obj).encode()
    objs[pages_obj - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (
        " ".join("%d 0 R" % k for k in kids), len(kids))).encode()
    info = add(("<< /Title %s /Author %s /Producer %s /CreationDate (%s) >>" % (
        _pdfstr(title), _pdfstr(author), _pdfstr(producer), creation)).encode("latin-1"))
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
