"""Hand-built single-page PDFs with extractable text (Helvetica, WinAnsi)."""
import zlib


def _esc(s):
    b = s.encode("cp1252")
    out = b""
    for c in b:
        ch = bytes([c])
        if ch in (b"\\", b"(", b")"):
            out += b"\\" + ch
        else:
            out += ch
    return out


def make_pdf(lines, compress=False, title="Order confirmation", author="",
             date="D:20261112103000+01'00'", producer="PDFlib 9.2"):
    """lines: strings; a line starting with '# ' is printed bold 13pt, '' is a blank line."""
    cs = b"BT\n/F1 9.5 Tf\n12 TL\n48 800 Td\n"
    for ln in lines:
        if ln.startswith("# "):
            cs += b"/F2 13 Tf\n(" + _esc(ln[2:]) + b") Tj T*\n/F1 9.5 Tf\n"
        else:
            cs += b"(" + _esc(ln) + b") Tj T*\n"
    cs += b"ET\n"
    if compress:
        data = zlib.compress(cs, 9)
        sdict = b"<< /Length %d /Filter /FlateDecode >>" % len(data)
    else:
        data = cs
        sdict = b"<< /Length %d >>" % len(data)
    info = b"<< /Title (" + _esc(title) + b") /Author (" + _esc(author) + b") /Producer (" + \
        _esc(producer) + b") /CreationDate (" + date.encode() + b") /ModDate (" + date.encode() + b") >>"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        sdict + b"\nstream\n" + data + b"\nendstream",
        info,
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out
