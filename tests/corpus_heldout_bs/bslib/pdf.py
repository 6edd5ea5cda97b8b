"""Hand-built, valid PDF 1.4 files with extractable text (Helvetica, WinAnsi)."""
import unicodedata
import zlib

_MAP = {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ő": "o", "ű": "u", "Ő": "O", "Ű": "U",
        "ş": "s", "Ş": "S", "ğ": "g", "Ğ": "G", "ț": "t", "ș": "s", "Ț": "T", "Ș": "S", "–": "-"}


def winansi(s):
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        if ch in _MAP:
            out.append(_MAP[ch])
            continue
        d = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        try:
            d.encode("cp1252")
            out.append(d)
        except UnicodeEncodeError:
            out.append("?")
    return "".join(out).encode("cp1252")


def _esc(b):
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def build(pages, compress=False, title="Order confirmation", author="", producer="",
          creation="D:20261112093000+01'00'", fontsize=9.5):
    """pages: list of pages; each page a list of text lines (str). Lines starting
    with '#' are set bold (the '#' is dropped)."""
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    kids = []
    n = 5
    for lines in pages:
        page_id, cont_id = n, n + 1
        n += 2
        kids.append(page_id)
        ops = [b"BT", b"/F1 %s Tf" % str(fontsize).encode(), b"%.1f TL" % (fontsize * 1.45), b"40 800 Td"]
        cur_bold = False
        for ln in lines:
            bold = ln.startswith("#")
            if bold:
                ln = ln[1:]
            if bold != cur_bold:
                ops.append(b"/F2 %s Tf" % str(fontsize).encode() if bold else b"/F1 %s Tf" % str(fontsize).encode())
                cur_bold = bold
            ops.append(b"(" + _esc(winansi(ln)) + b") Tj T*")
        ops.append(b"ET")
        data = b"\n".join(ops) + b"\n"
        if compress:
            z = zlib.compress(data, 9)
            objs[cont_id] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(z) + z + b"\nendstream"
        else:
            objs[cont_id] = b"<< /Length %d >>\nstream\n" % len(data) + data + b"endstream"
        objs[page_id] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                         b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % cont_id)
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    info_id = n
    objs[info_id] = (b"<< /Title (" + _esc(winansi(title)) + b") /Author (" + _esc(winansi(author)) +
                     b") /Producer (" + _esc(winansi(producer)) + b") /CreationDate (" + creation.encode() +
                     b") /ModDate (" + creation.encode() + b") >>")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = {}
    for i in sorted(objs):
        offs[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for i in range(1, size):
        out += b"%010d 00000 n \n" % offs[i]
    import hashlib
    fid = hashlib.md5(out).hexdigest().encode()
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (size, info_id, fid, fid, xref))
    return out
