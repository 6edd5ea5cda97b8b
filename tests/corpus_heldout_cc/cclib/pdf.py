"""Minimal valid single/multi page PDF with extractable Helvetica text."""
import zlib


def _esc(s):
    b = s.encode("cp1252")
    out = bytearray()
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([c])
        else:
            out.append(c)
    return bytes(out)


def make_pdf(lines, title="Order acknowledgment", compress=False,
             date="D:20261112093000+01'00'", producer="ERP PDF writer 4.2",
             font_size=9.5):
    per_page = 64
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objs = []  # list of bytes (object bodies), index = obj number - 1
    # 1 catalog, 2 pages, 3 font, 4 font bold, 5 info, then page/content pairs
    n_pages = len(pages)
    kids = " ".join("%d 0 R" % (6 + 2 * i) for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n_pages)).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Title (" + _esc(title) + b") /Producer (" + _esc(producer) +
                b") /CreationDate (" + date.encode() + b") /ModDate (" + date.encode() + b") >>")
    for i, pl in enumerate(pages):
        cs = bytearray()
        cs += b"BT\n/F1 %s Tf\n" % str(font_size).encode()
        cs += b"1 0 0 1 42 800 Tm\n12.5 TL\n"
        for ln in pl:
            if ln.startswith("**"):
                cs += b"/F2 %s Tf\n(" % str(font_size + 1.5).encode() + _esc(ln[2:]) + b") Tj T*\n/F1 %s Tf\n" % str(font_size).encode()
            else:
                cs += b"(" + _esc(ln) + b") Tj T*\n"
        cs += b"ET\n"
        stream = bytes(cs)
        if compress:
            data = zlib.compress(stream, 9)
            cobj = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        else:
            cobj = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream"
        pobj = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % (7 + 2 * i)).encode()
        objs.append(pobj)
        objs.append(cobj)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1)
    out += b"0000000000 65535 f \n"
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)
