"""Minimal but valid PDF 1.4 writer (Helvetica, WinAnsi), optional Flate streams."""
import zlib


def _esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, compress=False, title="Order acknowledgement", author="ERP", date="20261112090000+01'00'",
        per_page=56):
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    n_pages = len(pages)
    # object numbers: 1 catalog, 2 pages, 3 font F1, 4 font F2, 5 info, then page/content pairs
    objs = {}
    kids = []
    for i, pg in enumerate(pages):
        pno, cno = 6 + 2 * i, 7 + 2 * i
        kids.append(pno)
        cs = "BT\n/F1 10 Tf\n13 TL\n50 800 Td\n"
        for j, ln in enumerate(pg):
            if ln.startswith("**"):
                cs += "/F2 11 Tf\n(%s) Tj T*\n/F1 10 Tf\n" % _esc(ln[2:])
            else:
                cs += "(%s) Tj T*\n" % _esc(ln)
        cs += "ET\n"
        data = cs.encode("cp1252")
        if compress:
            stream = zlib.compress(data, 9)
            objs[cno] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"
        else:
            objs[cno] = b"<< /Length %d >>\nstream\n" % len(data) + data + b"endstream"
        objs[pno] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % cno)
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids).encode(), n_pages)
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = ("<< /Title (%s) /Author (%s) /Producer (%s) /CreationDate (D:%s) /ModDate (D:%s) >>" % (
        _esc(title), _esc(author), _esc(author), date, date)).encode("cp1252")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    n = max(objs)
    offsets = {}
    for k in range(1, n + 1):
        offsets[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (n + 1)
    for k in range(1, n + 1):
        out += b"%010d 00000 n \n" % offsets[k]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n + 1, xref)
    return out
