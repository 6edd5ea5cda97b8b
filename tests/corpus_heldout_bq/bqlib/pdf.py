"""Hand-built single/multi-page PDFs with extractable Helvetica text (WinAnsi)."""
import zlib


def _esc(s):
    b = s.encode("cp1252")
    out = bytearray()
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([c])
        elif c < 32 or c > 126:
            out += b"\\%03o" % c
        else:
            out.append(c)
    return bytes(out)


def make_pdf(lines, title="Order acknowledgement", author="ERP", date="D:20261116090000+01'00'",
             flate=True, producer="PDFlib+PDI 9.3.1 (Win64)", per_page=58):
    """lines: list of str, or (size, str) for bigger headings; one text line each."""
    pages = []
    cur = []
    for ln in lines:
        cur.append(ln)
        if len(cur) >= per_page:
            pages.append(cur)
            cur = []
    if cur or not pages:
        pages.append(cur)
    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font regular, 4 font bold, 5 info, then (page, content) pairs
    kids = []
    nxt = 6
    for pg in pages:
        page_id, cont_id = nxt, nxt + 1
        nxt += 2
        kids.append(page_id)
        y = 800
        ops = [b"BT"]
        for ln in pg:
            size, font = 9, b"/F1"
            if isinstance(ln, tuple):
                size, ln = ln
                font = b"/F2"
            ops.append(b"%s %d Tf 1 0 0 1 50 %d Tm (%s) Tj" % (font, size, y, _esc(ln)))
            y -= size + 4
        ops.append(b"ET")
        stream = b"\n".join(ops) + b"\n"
        if flate:
            data = zlib.compress(stream, 9)
            objs[cont_id] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        else:
            objs[cont_id] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream"
        objs[page_id] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                         b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % cont_id)
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), n_pages)
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = (b"<< /Title (%s) /Author (%s) /Producer (%s) /CreationDate (%s) /ModDate (%s) >>"
               % (_esc(title), _esc(author), _esc(producer), date.encode(), date.encode()))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in range(1, nxt):
        offsets[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % nxt
    for i in range(1, nxt):
        out += b"%010d 00000 n \n" % offsets[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (nxt, xref)
    return bytes(out)
