"""Minimal but valid PDF writer: Helvetica text lines, optional Flate content stream."""
import zlib


def _esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines, title="Order acknowledgement", flate=False, date="20261112091500+01'00'",
             producer="ERP PDF Export 4.2", font_size=9):
    pages = [lines[i:i + 62] for i in range(0, max(len(lines), 1), 62)] or [[]]
    objs = []  # index 0 -> obj 1
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 info, then (page, content) pairs
    kids = " ".join("%d 0 R" % (5 + 2 * i) for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n_pages)).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(("<< /Title (%s) /Producer (%s) /CreationDate (D:%s) /ModDate (D:%s) >>"
                 % (_esc(title), _esc(producer), date, date)).encode("cp1252"))
    for i, pl in enumerate(pages):
        content = "BT\n/F1 %d Tf\n%d TL\n40 800 Td\n" % (font_size, font_size + 3)
        for ln in pl:
            content += "(%s) Tj T*\n" % _esc(ln)
        content += "ET\n"
        data = content.encode("cp1252")
        if flate:
            comp = zlib.compress(data, 9)
            stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) + comp + b"\nendstream"
        else:
            stream = b"<< /Length %d >>\nstream\n" % len(data) + data + b"endstream"
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (6 + 2 * i)).encode())
        objs.append(stream)
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out
