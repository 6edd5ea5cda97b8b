"""Hand-built, valid single-page PDFs with extractable text (Helvetica, WinAnsi)."""
import unicodedata
import zlib


def _fold(s):
    """Characters outside WinAnsi lose their diacritics (as many small ERP PDF writers do)."""
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            out.append("".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)))
    return "".join(out)


def _esc(s):
    out = []
    for b in _fold(s).encode("cp1252"):
        c = chr(b)
        if c in "()\\":
            out.append("\\" + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append("\\%03o" % b)
    return "".join(out)


def make_pdf(lines, title="Order acknowledgement", author="ERP", created="20261112090000+01'00'",
             compress=True, font_size=9.5, producer="PDF writer 2.4"):
    """lines: list of str, or (str, 'B') for bold. Returns bytes."""
    ops = ["BT", "/F1 %.1f Tf" % font_size, "%.1f TL" % (font_size * 1.45), "50 800 Td"]
    cur = "F1"
    for ln in lines:
        txt, style = (ln if isinstance(ln, tuple) else (ln, ""))
        want = "F2" if style == "B" else "F1"
        if want != cur:
            ops.append("/%s %.1f Tf" % (want, font_size))
            cur = want
        ops.append("(%s) Tj T*" % _esc(txt))
    ops.append("ET")
    content = ("\n".join(ops) + "\n").encode("latin-1")
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
        sdict.encode() + b"\nstream\n" + stream + b"\nendstream",
        ("<< /Title (%s) /Author (%s) /Producer (%s) /CreationDate (D:%s) /ModDate (D:%s) >>"
         % (_esc(title), _esc(author), _esc(producer), created, created)).encode("latin-1"),
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
