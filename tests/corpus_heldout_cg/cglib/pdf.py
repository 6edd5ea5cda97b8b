"""Hand-built single-page PDFs with extractable Helvetica text."""
import zlib


def _esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, compress=False, title="Order acknowledgment", date="20261117090000+01'00'"):
    """lines: list of str or (str, size, bold). Text is Latin-1 (WinAnsi)."""
    ops = ["BT"]
    y = 800
    for ln in lines:
        if isinstance(ln, str):
            ln = (ln, 10, False)
        s, size, bold = ln
        font = "/F2" if bold else "/F1"
        ops.append("%s %d Tf 1 0 0 1 50 %d Tm (%s) Tj" % (font, size, y, _esc(s)))
        y -= size + 5
    ops.append("ET")
    content = "\n".join(ops).encode("latin-1")
    if compress:
        stream = zlib.compress(content, 9)
        sdict = b"<< /Length %d /Filter /FlateDecode >>" % len(stream)
    else:
        stream = content
        sdict = b"<< /Length %d >>" % len(stream)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        sdict + b"\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        ("<< /Title (%s) /Producer (DocGen 4.2) /CreationDate (D:%s) >>" % (_esc(title), date)).encode("latin-1"),
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
