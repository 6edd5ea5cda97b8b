"""A tiny hand-written PDF writer: standard Type 1 fonts, WinAnsi text in
content streams (Flate-compressed), correct xref table.  Enough for the
order acknowledgments and invoices suppliers attach to their mails."""
import zlib

FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Courier", "F4": "Courier-Bold"}


def _esc(text):
    raw = text.encode("cp1252")
    out = bytearray()
    for b in raw:
        if b in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([b])
        elif b < 32 or b > 126:
            out += b"\\%03o" % b
        else:
            out.append(b)
    return bytes(out)


class Page:
    def __init__(self, width=595, height=842):
        self.width, self.height = width, height
        self.ops = []

    def text(self, x, y, s, font="F1", size=9):
        """y counted from the top of the page, as people think of forms."""
        self.ops.append(b"BT /%s %d Tf %d %d Td (%s) Tj ET" % (
            font.encode(), size, x, self.height - y, _esc(s)))

    def line(self, x1, y1, x2, y2, w=0.5):
        self.ops.append(b"%.1f w %d %d m %d %d l S" % (
            w, x1, self.height - y1, x2, self.height - y2))

    def rect(self, x, y, w, h, gray=0.9):
        self.ops.append(b"%.2f g %d %d %d %d re f 0 g" % (gray, x, self.height - y - h, w, h))

    def lines(self, x, y, rows, font="F3", size=9, leading=12):
        for i, r in enumerate(rows):
            if r:
                self.text(x, y + i * leading, r, font, size)
        return y + len(rows) * leading


def build(pages, title="", author="", producer="", compress=True, created="20261201090000+01'00'"):
    objs = []  # list of bytes, object number = index + 1

    def add(b):
        objs.append(b)
        return len(objs)

    catalog = add(b"")  # placeholder
    pages_no = add(b"")
    font_nos = {}
    for key, base in FONTS.items():
        font_nos[key] = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % base.encode())
    fontdict = b" ".join(b"/%s %d 0 R" % (k.encode(), n) for k, n in font_nos.items())
    kids = []
    for pg in pages:
        data = b"\n".join(pg.ops) + b"\n"
        if compress:
            comp = zlib.compress(data, 9)
            cno = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) + comp + b"\nendstream")
        else:
            cno = add(b"<< /Length %d >>\nstream\n" % len(data) + data + b"endstream")
        pno = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /Font << %s >> >> /Contents %d 0 R >>"
                  % (pages_no, pg.width, pg.height, fontdict, cno))
        kids.append(pno)
    objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_no
    objs[pages_no - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = add(b"<< /Title (%s) /Author (%s) /Producer (%s) /CreationDate (D:%s) >>" % (
        _esc(title), _esc(author), _esc(producer), created.encode()))

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, b in enumerate(objs):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + b + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, catalog, info, xref)
    return bytes(out)


def text_pdf(rows, title="", author="", producer="", font="F3", size=9, header=None):
    """Convenience: a one- or two-page document of monospaced rows.
    `header` rows are printed in bold Helvetica above."""
    pages = []
    per_page = 60
    chunks = [rows[i:i + per_page] for i in range(0, len(rows), per_page)] or [[]]
    for n, chunk in enumerate(chunks):
        pg = Page()
        y = 50
        if header and n == 0:
            for i, h in enumerate(header):
                pg.text(50, y, h, "F2", 14 if i == 0 else 10)
                y += 18 if i == 0 else 13
            y += 8
            pg.line(50, y - 6, 545, y - 6)
        pg.lines(50, y, chunk, font, size)
        pg.text(480, 815, "Page %d / %d" % (n + 1, len(chunks)), "F1", 7)
        pages.append(pg)
    return build(pages, title=title, author=author, producer=producer)
