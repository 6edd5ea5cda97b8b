"""Hand-built minimal PDFs (Helvetica, WinAnsi), optionally Flate-compressed, Tj or TJ text."""
import zlib


def _esc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _tj_array(s):
    """Split words into kerned fragments the way some ERP report engines write them."""
    parts = []
    for i, word in enumerate(s.split(" ")):
        w = word + (" " if i < len(s.split(" ")) - 1 else "")
        if len(word) > 5 and not any(ch.isdigit() for ch in word):
            k = len(word) // 2
            parts.append(b"(" + _esc(w[:k]) + b") -18 (" + _esc(w[k:]) + b")")
        else:
            parts.append(b"(" + _esc(w) + b")")
    return b"[" + b" ".join(parts) + b"] TJ"


def pdf(pages, compress=False, tj=False, title=None, producer="Report Engine 7.2"):
    """pages: list of pages; a page is a list of items:
         str                      -> next line at left margin, 10 pt
         ("b", str)               -> bold line
         ("h", str)               -> 14 pt bold heading
         [(x, str), (x, str), ..] -> one table row, columns at x
         ("gap",)                 -> blank line
    """
    objs = []  # index 0 -> obj 1

    def add(b):
        objs.append(b)
        return len(objs)

    cat = add(None)
    pages_id = add(None)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for page in pages:
        y = 800
        ops = []
        for it in page:
            size, font, row = 10, b"/F1", None
            if isinstance(it, str):
                row = [(50, it)]
            elif isinstance(it, tuple) and it[0] == "gap":
                y -= 8
                continue
            elif isinstance(it, tuple) and it[0] == "b":
                font, row = b"/F2", [(50, it[1])]
            elif isinstance(it, tuple) and it[0] == "h":
                font, size, row = b"/F2", 14, [(50, it[1])]
                y -= 6
            else:
                row, size = it, 8
            cols = sorted(row)
            for (xa, ta), (xb, _) in zip(cols, cols[1:] + [(590, "")]):
                w = len(ta) * size * 0.53
                assert xa + w < xb - 2, f"PDF text overlaps next column: {ta!r} at x={xa} (next x={xb})"
            for x, text in row:
                if not text:
                    continue
                show = _tj_array(text) if tj else b"(" + _esc(text) + b") Tj"
                ops.append(b"BT " + font + b" %d Tf 1 0 0 1 %d %d Tm " % (size, x, y) + show + b" ET")
            y -= size + 4
        stream = b"\n".join(ops) + b"\n"
        if compress:
            data = zlib.compress(stream, 9)
            cont = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        else:
            cont = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
        pg = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                 b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>" % (pages_id, cont, f1, f2))
        kids.append(pg)
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                          + b"] /Count %d >>" % len(kids))
    info = b"<< /Producer (" + _esc(producer) + b")"
    if title:
        info += b" /Title (" + _esc(title) + b")"
    info += b" /CreationDate (D:20261101000000Z) >>"
    info_id = add(info)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, cat, info_id, xref)
    return bytes(out)
