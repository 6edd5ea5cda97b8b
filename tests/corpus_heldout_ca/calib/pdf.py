"""Hand-built, valid single/multi-page PDFs with extractable text (Helvetica, WinAnsi)."""
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


def _content(lines):
    """lines: list of str; a line starting with '#B ' is bold, '#H ' is a 14pt heading, '' is a gap."""
    ops = [b"BT", b"/F1 9 Tf", b"11 TL", b"50 790 Td"]
    cur = "F1"
    for ln in lines:
        font, size, txt = "F1", 9, ln
        if ln.startswith("#B "):
            font, txt = "F2", ln[3:]
        elif ln.startswith("#H "):
            font, size, txt = "F2", 14, ln[3:]
        ops.append(b"/%s %d Tf" % (font.encode(), size))
        ops.append(b"(" + _esc(txt) + b") Tj T*")
        if size > 9:
            ops.append(b"T*")
    ops.append(b"ET")
    return b"\n".join(ops) + b"\n"


def build(pages, title="Order confirmation", author="ERP", creation="D:20261112093000+01'00'",
          compress=False, producer="PDFlib+PDI 9.3.1 (Win64)"):
    """pages: list of list-of-lines. Returns PDF bytes with a correct xref table."""
    if pages and isinstance(pages[0], str):
        pages = [pages]
    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font F1, 4 font F2, 5 info, then per page: page obj, content obj
    kids = []
    for i, lines in enumerate(pages):
        pobj, cobj = 6 + 2 * i, 7 + 2 * i
        kids.append(pobj)
        data = _content(lines)
        if compress:
            data = zlib.compress(data, 9)
            objs[cobj] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        else:
            objs[cobj] = b"<< /Length %d >>\nstream\n" % len(data) + data + b"endstream"
        objs[pobj] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % cobj)
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), n_pages)
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = (b"<< /Title (" + _esc(title) + b") /Author (" + _esc(author) + b") /Producer (" + _esc(producer)
               + b") /CreationDate (" + creation.encode() + b") /ModDate (" + creation.encode() + b") >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    nmax = max(objs)
    for n in range(1, nmax + 1):
        offsets[n] = len(out)
        out += b"%d 0 obj\n" % n + objs[n] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (nmax + 1)
    out += b"0000000000 65535 f \n"
    for n in range(1, nmax + 1):
        out += b"%010d 00000 n \n" % offsets[n]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (nmax + 1, xref)
    return bytes(out)
