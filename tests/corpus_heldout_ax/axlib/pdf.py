"""Hand-built single-page PDFs with extractable Helvetica text."""
import zlib


def _esc(s):
    out = []
    for c in s.encode("cp1252"):
        if c in b"()\\":
            out.append("\\" + chr(c))
        elif 32 <= c < 127:
            out.append(chr(c))
        else:
            out.append("\\%03o" % c)
    return "".join(out)


def make_pdf(lines, flate=False, date="20261112091500+01'00'", title="Order acknowledgement",
             producer="SAP NetWeaver 7.50"):
    """lines: list of str; a line starting with '# ' is set in bold."""
    ops = ["BT", "/F1 9.5 Tf", "13 TL", "50 790 Td"]
    for ln in lines:
        if ln.startswith("# "):
            ops.append("/F2 12 Tf (%s) Tj T* /F1 9.5 Tf" % _esc(ln[2:]))
        else:
            ops.append("(%s) Tj T*" % _esc(ln))
    ops.append("ET")
    content = ("\n".join(ops) + "\n").encode("latin-1")
    if flate:
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
        sdict.encode() + b"\nstream\n" + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (%s) /CreationDate (D:%s) /ModDate (D:%s) >>"
         % (_esc(title), _esc(producer), date, date)).encode("latin-1"),
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
