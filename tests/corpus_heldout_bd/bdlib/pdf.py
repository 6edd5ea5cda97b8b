"""Hand-built, valid single/multi-page PDFs with extractable text."""
import zlib


def _esc(s):
    b = s.encode("cp1252")
    out = ""
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out += "\\" + chr(c)
        elif 32 <= c < 127:
            out += chr(c)
        else:
            out += "\\%03o" % c
    return out


def make_pdf(pages, title="Document", author="", producer="", created="D:20261116093000+01'00'",
             compress=False, font="Helvetica", size=10):
    """pages: list of lists of text lines (cp1252-encodable)."""
    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 info, then per page: page obj, content obj
    kids = []
    nxt = 5
    page_objs = []
    for lines in pages:
        kids.append(nxt)
        page_objs.append((nxt, nxt + 1, lines))
        nxt += 2
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), n_pages)).encode()
    objs[3] = ("<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % font).encode()
    info = "<< /Title (%s) /Author (%s) /Producer (%s) /Creator (%s) /CreationDate (%s) /ModDate (%s) >>" % (
        _esc(title), _esc(author), _esc(producer), _esc(producer), created, created)
    objs[4] = info.encode("latin-1")
    for pobj, cobj, lines in page_objs:
        objs[pobj] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % cobj).encode()
        st = "BT\n/F1 %d Tf\n%d TL\n40 800 Td\n" % (size, size + 3)
        for ln in lines:
            st += "(%s) Tj T*\n" % _esc(ln)
        st += "ET\n"
        data = st.encode("latin-1")
        if compress:
            z = zlib.compress(data, 9)
            objs[cobj] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(z) + z + b"\nendstream"
        else:
            objs[cobj] = b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = {}
    for i in sorted(objs):
        offsets[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    size_ = max(objs) + 1
    out += b"xref\n0 %d\n" % size_
    out += b"0000000000 65535 f \n"
    for i in range(1, size_):
        out += b"%010d 00000 n \n" % offsets[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size_, xref)
    return out
