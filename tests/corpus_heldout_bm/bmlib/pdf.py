"""Minimal valid PDF writer: one or more A4 pages of Helvetica text, optional Flate."""
import zlib
import hashlib

TRANS = str.maketrans({"č": "c", "ć": "c", "đ": "d", "Č": "C", "Ć": "C", "Đ": "D", "ő": "o", "ű": "u",
                       "ł": "l", "Ł": "L", "ą": "a", "ę": "e", "ś": "s", "ń": "n", "ż": "z", "ź": "z",
                       "ă": "a", "ș": "s", "ț": "t", "î": "i", "ř": "r", "ě": "e", "ů": "u"})


def _esc(s):
    s = s.translate(TRANS)
    b = s.encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(lines, title="Order acknowledgment", author="ERP", compress=True,
             date="D:20261116093000+01'00'", size=9):
    """lines: list of str, or (str, fontsize, bold) tuples. Returns bytes."""
    pages, cur, y = [], [], 800
    for ln in lines:
        if isinstance(ln, str):
            ln = (ln, size, False)
        if y < 50:
            pages.append(cur)
            cur, y = [], 800
        cur.append((ln, y))
        y -= ln[1] + 5
    pages.append(cur)
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    info = 5
    objs[info] = (b"<< /Title (" + _esc(title) + b") /Author (" + _esc(author) + b") /Producer (" +
                  _esc(author) + b") /CreationDate (" + date.encode() + b") /ModDate (" + date.encode() + b") >>")
    kids = []
    n = 6
    for pg in pages:
        content = b""
        for (txt, sz, bold), yy in pg:
            content += b"BT /%s %d Tf 50 %d Td (" % (b"F2" if bold else b"F1", sz, yy) + _esc(txt) + b") Tj ET\n"
        if compress:
            data = zlib.compress(content, 9)
            stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        else:
            stream = b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream"
        objs[n] = stream
        objs[n + 1] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R"
                       b" /F2 4 0 R >> >> /Contents %d 0 R >>" % n)
        kids.append(n + 1)
        n += 2
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = {}
    for i in sorted(objs):
        offs[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    size_ = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size_
    for i in range(1, size_):
        out += b"%010d 00000 n \n" % offs[i]
    fid = hashlib.md5(out).hexdigest().encode()
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R /ID [<" % (size_, info) + fid + b"> <" + fid +
            b">] >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return out
