"""Hand-built, valid single-page PDFs with extractable Helvetica text."""
import hashlib
import zlib


def _esc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(lines, title="Order acknowledgement", producer="cdlib PDF writer",
             created="D:20261117091200+01'00'", flate=False, author=""):
    """lines: list of str or ('b', str) for bold; one page, A4."""
    cs = b"BT\n/F1 9 Tf\n11 TL\n50 800 Td\n"
    cur = "F1"
    for ln in lines:
        bold = isinstance(ln, tuple)
        txt = ln[1] if bold else ln
        want = "F2" if bold else "F1"
        if want != cur:
            cs += f"/{want} 9 Tf\n".encode()
            cur = want
        cs += b"(" + _esc(txt) + b") Tj T*\n"
    cs += b"ET\n"
    if flate:
        data = zlib.compress(cs, 9)
        stream_dict = f"<< /Length {len(data)} /Filter /FlateDecode >>".encode()
    else:
        data = cs
        stream_dict = f"<< /Length {len(data)} >>".encode()
    info = (b"<< /Title (" + _esc(title) + b") /Producer (" + _esc(producer) + b") /Author (" + _esc(author)
            + b") /CreationDate (" + created.encode() + b") /ModDate (" + created.encode() + b") >>")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        stream_dict + b"\nstream\n" + data + b"\nendstream",
        info,
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n".encode() + b"0000000000 65535 f \n"
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    fid = hashlib.md5(cs).hexdigest().upper()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 7 0 R /ID [<{fid}> <{fid}>] >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return out
