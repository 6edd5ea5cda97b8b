"""Minimal but valid PDF writer (Helvetica, WinAnsi text, optional Flate)."""
import zlib


def _esc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf(pages, title="Order confirmation", author="ERP", flate=False,
        date="D:20261117091400+01'00'", producer="ERP print server 7.2"):
    """pages: list of pages, each a list of lines; a line starting with '**' is bold."""
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    kids = []
    n = 5
    for lines in pages:
        content = b"BT\n/F1 9 Tf\n12 TL\n40 800 Td\n"
        for ln in lines:
            if ln.startswith("**"):
                content += b"/F2 11 Tf (" + _esc(ln[2:]) + b") Tj T* /F1 9 Tf\n"
            else:
                content += b"(" + _esc(ln) + b") Tj T*\n"
        content += b"ET\n"
        if flate:
            data = zlib.compress(content, 9)
            cobj = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        else:
            cobj = b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream"
        page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % (n + 1))
        objs[n] = page
        objs[n + 1] = cobj
        kids.append(n)
        n += 2
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    info = n
    objs[info] = (b"<< /Title (" + _esc(title) + b") /Author (" + _esc(author) + b") /Producer (" + _esc(producer)
                  + b") /CreationDate (" + date.encode() + b") /ModDate (" + date.encode() + b") >>")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for k in range(1, size):
        out += b"%010d 00000 n \n" % offsets[k]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, info, xref)
    return out
