"""A tiny hand-written PDF writer: A4 pages, Helvetica / Helvetica-Bold with
WinAnsiEncoding, text in (optionally Flate-compressed) content streams."""

import zlib


def _pdf_str(s):
    b = s.encode("cp1252", "replace")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


class Page:
    def __init__(self):
        self.ops = []

    def text(self, x, y, s, size=9, bold=False):
        f = b"/F2" if bold else b"/F1"
        self.ops.append(b"BT " + f + b" %d Tf %.1f %.1f Td " % (size, x, y) + _pdf_str(s) + b" Tj ET")
        return self

    def rtext(self, x_right, y, s, size=9, bold=False):
        # rough right alignment: Helvetica average width ~0.5 em
        w = 0.52 * size * len(s)
        return self.text(x_right - w, y, s, size, bold)

    def line(self, x1, y1, x2, y2, width=0.5):
        self.ops.append(b"%.1f w %.1f %.1f m %.1f %.1f l S" % (width, x1, y1, x2, y2))
        return self

    def rect(self, x, y, w, h, gray=0.9):
        self.ops.append(b"%.2f g %.1f %.1f %.1f %.1f re f 0 g" % (gray, x, y, w, h))
        return self

    def content(self):
        return b"\n".join(self.ops) + b"\n"


def make_pdf(pages, compress=True, title="", producer="", creation="D:20261127101500+01'00'"):
    objs = []  # list of bytes, object i+1

    def add(b):
        objs.append(b)
        return len(objs)

    cat = add(b"")  # placeholder
    pages_id = add(b"")
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for pg in pages:
        data = pg.content()
        if compress:
            z = zlib.compress(data, 9)
            cs = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(z) + z + b"\nendstream")
        else:
            cs = add(b"<< /Length %d >>\nstream\n" % len(data) + data + b"endstream")
        pid = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                  b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                  % (pages_id, f1, f2, cs))
        kids.append(pid)
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                          + b"] /Count %d >>" % len(kids))
    info = add(b"<< /Title " + _pdf_str(title) + b" /Producer " + _pdf_str(producer)
               + b" /CreationDate " + _pdf_str(creation) + b" >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, cat, info, xref))
    return bytes(out)


def table_page(title_lines, header, rows, col_x, footer_lines=(), top=800, size=9, right_cols=()):
    """One page: heading lines, a table (header + rows) and footer lines."""
    pg = Page()
    y = top
    for i, (s, sz, bold) in enumerate(title_lines):
        pg.text(50, y, s, sz, bold)
        y -= sz + 6
    y -= 8
    pg.rect(45, y - 3, 505, size + 6, 0.88)
    for j, h in enumerate(header):
        if j in right_cols:
            pg.rtext(col_x[j], y, h, size, True)
        else:
            pg.text(col_x[j], y, h, size, True)
    y -= size + 8
    for r in rows:
        for j, c in enumerate(r):
            if c is None:
                continue
            if j in right_cols:
                pg.rtext(col_x[j], y, c, size)
            else:
                pg.text(col_x[j], y, c, size)
        y -= size + 5
    pg.line(45, y + 2, 550, y + 2)
    y -= 14
    for s in footer_lines:
        if isinstance(s, tuple):
            pg.text(50, y, s[0], s[1], s[2])
            y -= s[1] + 4
        else:
            pg.text(50, y, s, 8)
            y -= 12
    return pg
