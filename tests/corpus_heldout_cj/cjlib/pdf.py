"""Hand-built single-page PDFs with extractable Helvetica text."""
import zlib


def _esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines, title="Order acknowledgment", author="ERP", compress=False,
             date="D:20261112093000+01'00'", size=9):
    ops = ["BT", "/F1 %d Tf" % size, "%d TL" % (size + 4), "40 800 Td"]
    first = True
    for ln in lines:
        bold = ln.startswith("**")
        t = ln[2:] if bold else ln
        if not first:
            ops.append("T*")
        first = False
        if bold:
            ops.append("/F2 %d Tf" % (size + 2))
        ops.append("(%s) Tj" % _esc(t))
        if bold:
            ops.append("/F1 %d Tf" % size)
    ops.append("ET")
    content = ("\n".join(ops) + "\n").encode("cp1252")
    if compress:
        stream = zlib.compress(content, 9)
        sdict = "<< /Length %d /Filter /FlateDecode >>" % len(stream)
    else:
        stream = content
        sdict = "<< /Length %d >>" % len(stream)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        sdict.encode("ascii") + b"\nstream\n" + stream + b"\nendstream",
        ("<< /Title (%s) /Author (%s) /Producer (%s) /CreationDate (%s) /ModDate (%s) >>"
         % (_esc(title), _esc(author), _esc(author), date, date)).encode("cp1252"),
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
