"""Minimal but valid PDF writer (Helvetica, WinAnsi), optional Flate content stream."""
import zlib


def _esc(s):
    b = s.encode("cp1252")  # raises if the text cannot be shown with WinAnsiEncoding
    out = bytearray()
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([c])
        elif c < 32 or c > 126:
            out += b"\\%03o" % c
        else:
            out.append(c)
    return bytes(out)


def make_pdf(lines, compress=False, date="D:20261112093000+01'00'", title="Order acknowledgement",
             producer="PDF writer", author=""):
    """lines: list of str or (str, size, bold) tuples, laid out top-down on one A4 page."""
    ops = [b"BT"]
    y = 800
    for ln in lines:
        if isinstance(ln, tuple):
            s, size, bold = ln
        else:
            s, size, bold = ln, 9, False
        if s == "":
            y -= 8
            continue
        ops.append(b"/%s %d Tf" % (b"F2" if bold else b"F1", size))
        ops.append(b"1 0 0 1 50 %d Tm" % y)
        ops.append(b"(" + _esc(s) + b") Tj")
        y -= size + 5
    ops.append(b"ET")
    content = b"\n".join(ops) + b"\n"
    if compress:
        stream = zlib.compress(content, 9)
        sdict = b"<< /Length %d /Filter /FlateDecode >>" % len(stream)
    else:
        stream = content
        sdict = b"<< /Length %d >>" % len(stream)
    info = b"<< /Title (" + _esc(title) + b") /Producer (" + _esc(producer) + b") /Author (" + _esc(author) + \
        b") /CreationDate (" + date.encode() + b") /ModDate (" + date.encode() + b") >>"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> "
        b"/Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        sdict + b"\nstream\n" + stream + b"\nendstream",
        info,
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
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)
