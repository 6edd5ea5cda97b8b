"""Minimal but valid PDF writer: Helvetica text, WinAnsi, optional Flate streams."""
import zlib


def _esc(s):
    b = s.encode("cp1252")
    out = b""
    for ch in b:
        c = bytes([ch])
        if c in (b"(", b")", b"\\"):
            out += b"\\" + c
        elif ch < 32 or ch > 126:
            out += b"\\%03o" % ch
        else:
            out += c
    return out


def make_pdf(lines, title="Document", author="ERP", compress=False,
             date="D:20261116093000+01'00'", producer="PDF Library 4.2", font_size=9.5):
    """lines: list of str, or (str, 'B') for bold, or ('', None) for blank. 60 lines per page."""
    pages, cur = [], []
    for ln in lines:
        cur.append(ln)
        if len(cur) >= 60:
            pages.append(cur)
            cur = []
    if cur or not pages:
        pages.append(cur)

    objs = {}
    # 1 catalog, 2 pages, 3 font regular, 4 font bold, 5 info, then per page: page obj, content obj
    n_pages = len(pages)
    kids = []
    next_id = 6
    page_objs = []
    for pg in pages:
        pid, cid = next_id, next_id + 1
        next_id += 2
        kids.append(pid)
        stream = b"BT\n/F1 %s Tf\n%.1f TL\n50 800 Td\n" % (str(font_size).encode(), font_size * 1.35)
        curfont = "F1"
        for ln in pg:
            if isinstance(ln, tuple):
                text, style = ln
            else:
                text, style = ln, None
            want = "F2" if style == "B" else "F1"
            if want != curfont:
                stream += b"/%s %s Tf\n" % (want.encode(), str(font_size).encode())
                curfont = want
            stream += b"(" + _esc(text) + b") Tj T*\n"
        stream += b"ET\n"
        page_objs.append((pid, cid, stream))

    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % n_pages
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = (b"<< /Title (" + _esc(title) + b") /Author (" + _esc(author) + b") /Producer (" + _esc(producer)
               + b") /CreationDate (" + date.encode() + b") /ModDate (" + date.encode() + b") >>")
    for pid, cid, stream in page_objs:
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R "
                     b"/F2 4 0 R >> >> /Contents %d 0 R >>" % cid)
        if compress:
            data = zlib.compress(stream, 9)
            objs[cid] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        else:
            objs[cid] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream"

    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = {}
    for i in range(1, next_id):
        offsets[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % next_id
    out += b"0000000000 65535 f \n"
    for i in range(1, next_id):
        out += b"%010d 00000 n \n" % offsets[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (next_id, xref)
    return out
