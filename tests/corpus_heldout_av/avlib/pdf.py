"""Hand-built, valid single/multi-page PDFs with extractable text (Helvetica, WinAnsi)."""
from __future__ import annotations

import hashlib
import zlib


def _pdfstr(s: str) -> bytes:
    b = s.encode("cp1252", errors="replace")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def page_stream(items) -> bytes:
    """items: (x, y, text, size, bold) tuples or ('line', x1, y1, x2, y2)."""
    out = []
    for it in items:
        if it[0] == "line":
            _, x1, y1, x2, y2 = it
            out.append(f"0.5 w {x1} {y1} m {x2} {y2} l S".encode())
            continue
        x, y, t, size, bold = (list(it) + [10, False])[:5] if len(it) < 5 else it
        font = b"/F2" if bold else b"/F1"
        out.append(b"BT " + font + f" {size} Tf {x} {y} Td ".encode() + _pdfstr(t) + b" Tj ET")
    return b"\n".join(out) + b"\n"


def make_pdf(pages, *, title="", author="", producer="", creator="", date="D:20261112091500+01'00'",
             compress=False) -> bytes:
    objs = []   # index i -> object number i+1

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    cat = add(b"")  # placeholder 1
    pages_id = add(b"")  # 2
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for items in pages:
        data = page_stream(items)
        if compress:
            z = zlib.compress(data, 9)
            cs = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(z) + z + b"\nendstream")
        else:
            cs = add(b"<< /Length %d >>\nstream\n" % len(data) + data + b"endstream")
        pg = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R "
                 b"/F2 %d 0 R >> >> /Contents %d 0 R >>" % (pages_id, f1, f2, cs))
        kids.append(pg)
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) +
                          b"] /Count %d >>" % len(kids))
    info = add(b"<< /Title " + _pdfstr(title) + b" /Author " + _pdfstr(author) + b" /Creator " + _pdfstr(creator) +
               b" /Producer " + _pdfstr(producer) + b" /CreationDate " + _pdfstr(date) + b" /ModDate " +
               _pdfstr(date) + b" >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1)
    out += b"0000000000 65535 f \n"
    for o in offs:
        out += b"%010d 00000 n \n" % o
    fid = hashlib.md5(bytes(out)).hexdigest().upper()
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, cat, info, fid.encode(), fid.encode(), xref))
    return bytes(out)


def simple_doc(lines, *, top=800, left=50, leading=14, **kw):
    """lines: list of str or (str, size, bold) or ('gap', n). Wraps onto new pages."""
    pages, cur, y = [], [], top
    for l in lines:
        if isinstance(l, tuple) and l[0] == "gap":
            y -= l[1]
            continue
        if isinstance(l, tuple) and l[0] == "rule":
            cur.append(("line", left, y + 10, 545, y + 10))
            continue
        t, size, bold = (l, 9, False) if isinstance(l, str) else (list(l) + [9, False])[:3]
        if y < 60:
            pages.append(cur)
            cur, y = [], top
        cur.append((left, y, t, size, bold))
        y -= leading if size <= 10 else size + 6
    pages.append(cur)
    return make_pdf(pages, **kw)
