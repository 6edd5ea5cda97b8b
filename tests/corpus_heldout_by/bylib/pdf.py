"""Hand-built single/multi-page PDF with extractable text (Helvetica/Courier, WinAnsi)."""
import zlib


def _esc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _content(lines):
    """lines: list of str or (font, size, str); font 'H' (Helvetica), 'HB' (bold), 'C' (Courier)."""
    out = [b"BT", b"50 800 Td"]
    cur = None
    for ln in lines:
        if isinstance(ln, str):
            ln = ("C", 9, ln)
        font, size, s = ln
        fid = {"H": "F1", "HB": "F3", "C": "F2"}[font]
        if cur != (fid, size):
            out.append(f"/{fid} {size} Tf {size + 3} TL".encode())
            cur = (fid, size)
        out.append(b"T* (" + _esc(s) + b") Tj")
    out.append(b"ET")
    return b"\n".join(out) + b"\n"


def make_pdf(pages, compress=True, title="", author="", created="D:20261112093000+01'00'", producer="PDFlib"):
    if pages and not isinstance(pages[0], list):
        pages = [pages]
    objs = {}
    n_pages = len(pages)
    first_page = 7
    kids = []
    for i, lines in enumerate(pages):
        pid = first_page + 2 * i
        cid = pid + 1
        kids.append(pid)
        data = _content(lines)
        if compress:
            data = zlib.compress(data, 9)
            objs[cid] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        else:
            objs[cid] = b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     b"/Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> >> /Contents %d 0 R >>" % cid)
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % n_pages
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
    objs[5] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[6] = (b"<< /Title (" + _esc(title) + b") /Author (" + _esc(author) + b") /Producer (" + _esc(producer)
               + b") /CreationDate (" + created.encode() + b") /ModDate (" + created.encode() + b") >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    maxid = max(objs)
    for i in range(1, maxid + 1):
        offsets[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (maxid + 1)
    for i in range(1, maxid + 1):
        out += b"%010d 00000 n \n" % offsets[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (maxid + 1, xref)
    return bytes(out)
