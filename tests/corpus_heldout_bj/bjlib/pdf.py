"""Hand-built single-page PDF with extractable text (Helvetica, WinAnsiEncoding)."""
import hashlib
import zlib


def _esc(s):
    b = s.encode("cp1252", errors="replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(lines, compress=False, title="Order acknowledgement", producer="ERP report engine 7.2",
             date="D:20261116093000+01'00'"):
    """lines: list of str; a line starting with '#' is printed bold and larger."""
    cs = [b"BT", b"14 TL", b"50 790 Td"]
    for ln in lines:
        if ln.startswith("#"):
            cs.append(b"/F2 13 Tf (" + _esc(ln[1:].strip()) + b") Tj T*")
        else:
            cs.append(b"/F1 9.5 Tf (" + _esc(ln) + b") Tj T*")
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
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>",
        sdict + b"\nstream\n" + data + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + _esc(title) + b") /Producer (" + _esc(producer) + b") /CreationDate (" + date.encode() + b") /ModDate (" + date.encode() + b") >>",
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
    fid = hashlib.md5(stream).hexdigest().encode()
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R /ID [<" % (len(objs) + 1) + fid + b"> <" + fid +
            b">] >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return out
