"""Minimal hand-built PDF writer: Helvetica/WinAnsi text, optional Flate streams."""
import zlib


def _esc(s):
    b = s.encode("cp1252")
    out = b""
    for c in b:
        ch = bytes([c])
        if ch in (b"(", b")", b"\\"):
            out += b"\\" + ch
        elif c < 32 or c > 126:
            out += b"\\%03o" % c
        else:
            out += ch
    return out


def make_pdf(lines, title="Order acknowledgement", producer="ERP Print Service 7.4",
             date="D:20261112093000+01'00'", compress=False, size=9.5, per_page=58):
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    kids = []
    n = 5
    for pg in pages:
        content = b"BT\n/F1 %s Tf\n%s TL\n40 800 Td\n" % (str(size).encode(), str(size + 3.5).encode())
        for ln in pg:
            if ln.startswith("**"):
                content += b"/F2 %s Tf (" % str(size + 1.5).encode() + _esc(ln[2:]) + b") Tj T*\n/F1 %s Tf\n" % str(size).encode()
            else:
                content += b"(" + _esc(ln) + b") Tj T*\n"
        content += b"ET\n"
        if compress:
            data = zlib.compress(content, 9)
            stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        else:
            stream = b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream"
        page_no, cont_no = n, n + 1
        n += 2
        objs[page_no] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                         b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % cont_no)
        objs[cont_no] = stream
        kids.append(page_no)
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    info = n
    objs[info] = (b"<< /Title (" + _esc(title) + b") /Producer (" + _esc(producer) + b") /CreationDate ("
                  + date.encode() + b") /ModDate (" + date.encode() + b") >>")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    total = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % total
    for k in range(1, total):
        out += b"%010d 00000 n \n" % offsets[k]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (total, info, xref)
    return out
