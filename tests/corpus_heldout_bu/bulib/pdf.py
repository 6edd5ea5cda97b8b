"""Minimal valid single-page PDF writer (Helvetica/Courier, WinAnsi), optional Flate."""
import hashlib
import unicodedata
import zlib


def _latin(s):
    try:
        s.encode("cp1252")
        return s
    except UnicodeEncodeError:
        out = []
        for ch in s:
            try:
                ch.encode("cp1252")
                out.append(ch)
            except UnicodeEncodeError:
                d = unicodedata.normalize("NFKD", ch)
                d = "".join(c for c in d if not unicodedata.combining(c))
                out.append(d if d.encode("cp1252", "ignore") == d.encode("cp1252", "replace") else "?")
        return "".join(out)


def _esc(s):
    b = _latin(s).encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf(lines, created="20261112093000+01'00'", producer="PDF Writer", title="Document", flate=False):
    """lines: str (Helvetica 10) or (font, size, text); font F1 Helvetica, F2 Helvetica-Bold, F3 Courier."""
    y = 800
    parts = [b"BT"]
    for item in lines:
        if isinstance(item, str):
            font, size, txt = "F1", 10, item
        else:
            font, size, txt = item
        if txt:
            parts.append(("/%s %d Tf 1 0 0 1 48 %d Tm (" % (font, size, y)).encode() + _esc(txt) + b") Tj")
        y -= size + 4
    parts.append(b"ET")
    stream = b"\n".join(parts) + b"\n"
    if flate:
        data = zlib.compress(stream, 9)
        sdict = b"<< /Length %d /Filter /FlateDecode >>" % len(data)
    else:
        data = stream
        sdict = b"<< /Length %d >>" % len(data)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R /F3 6 0 R >> >> /Contents 7 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>",
        sdict + b"\nstream\n" + data + b"\nendstream",
        b"<< /Title (" + _esc(title) + b") /Producer (" + _esc(producer) + b") /CreationDate (D:" + created.encode() + b") /ModDate (D:" + created.encode() + b") >>",
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
    fid = hashlib.md5(out).hexdigest().upper().encode()
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 8 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, fid, fid, xref)
    return out
