"""A tiny hand-written PDF writer (Type1 base fonts, WinAnsiEncoding).

Text is drawn with plain ``Tj`` operators in a (optionally Flate-compressed)
content stream, so a reader that inflates the stream finds the literal text.
Only characters of windows-1252 can be used.
"""
import zlib

FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Courier", "F4": "Courier-Bold"}


def _lit(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def pdf(lines, title="", author="", producer="", created="D:20261123090000+01'00'", compress=True,
        top=800, left=50, leading=None, page_h=842, page_w=595):
    """lines: list of str or tuples (text, font, size[, x]).

    A plain str is drawn in Helvetica 9 pt; ("", ...) just advances.
    Returns the PDF file as bytes.
    """
    pages, cur, y = [], [], top
    for item in lines:
        if isinstance(item, str):
            item = (item, "F1", 9)
        txt, font, size = item[0], item[1], item[2]
        x = item[3] if len(item) > 3 else left
        step = leading or (size + 3)
        if y - step < 40:
            pages.append(cur)
            cur, y = [], top
        if txt:
            cur.append(b"BT /%s %d Tf 1 0 0 1 %d %d Tm %s Tj ET" % (font.encode(), size, x, y, _lit(txt)))
        y -= step
    pages.append(cur)

    objs = []  # list of bytes, object i+1

    def add(b):
        objs.append(b)
        return len(objs)

    catalog = add(b"")  # placeholder 1
    pages_obj = add(b"")  # placeholder 2
    font_ids = {}
    for key, base in FONTS.items():
        font_ids[key] = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % base.encode())
    res = b"<< /Font << " + b" ".join(b"/%s %d 0 R" % (k.encode(), v) for k, v in font_ids.items()) + b" >> >>"
    kids = []
    for content in pages:
        data = b"\n".join(content) + b"\n"
        if compress:
            z = zlib.compress(data, 9)
            cs = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(z) + z + b"\nendstream")
        else:
            cs = add(b"<< /Length %d >>\nstream\n" % len(data) + data + b"endstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources %s /Contents %d 0 R >>"
                        % (pages_obj, page_w, page_h, res, cs)))
    objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    objs[pages_obj - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = add(b"<< /Title %s /Author %s /Producer %s /CreationDate (%s) >>" % (
        _lit(title), _lit(author), _lit(producer), created.encode()))

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, catalog, info, xref)
    return bytes(out)


def table(rows, widths, font="F3", size=8):
    """Format rows as fixed-width Courier lines (str cells, right-align if cell starts with '>')."""
    out = []
    for r in rows:
        cells = []
        for c, w in zip(r, widths):
            c = str(c)
            if c.startswith(">"):
                cells.append(c[1:].rjust(w))
            else:
                cells.append(c.ljust(w))
        out.append(("".join(cells).rstrip(), font, size))
    return out
