"""Hand-built single-page PDF with extractable Helvetica text."""
import hashlib
import zlib


def _esc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(lines, *, compress=False, title="Order acknowledgement", author="ERP",
             creation="D:20261116091400+01'00'", size=9.5):
    cs = [b"BT", b"/F1 %s Tf" % str(size).encode(), b"40 800 Td", b"%s TL" % str(round(size * 1.35, 2)).encode()]
    for ln in lines:
        cs.append(b"(" + _esc(ln) + b") Tj T*")
    cs.append(b"ET")
    stream = b"\n".join(cs) + b"\n"
    if compress:
        data = zlib.compress(stream, 9)
        sdict = b"<< /Length %d /Filter /FlateDecode >>" % len(data)
    else:
        data = stream
        sdict = b"<< /Length %d >>" % len(data)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        sdict + b"\nstream\n" + data + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + _esc(title) + b") /Author (" + _esc(author) + b") /Producer (" + _esc(author) +
        b") /CreationDate (" + creation.encode() + b") /ModDate (" + creation.encode() + b") >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    fid = hashlib.md5(bytes(out)).hexdigest().encode()
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, fid, fid, xref)
    return bytes(out)
