"""A tiny hand-written PDF 1.4 writer: standard Type1 fonts (WinAnsiEncoding),
text placed in content streams (Flate-compressed by default), thin rules.
Deterministic output (fixed dates and /ID)."""

import hashlib
import zlib

FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Courier", "F4": "Helvetica-Oblique"}


def _pdfstr(s):
    b = s.encode("cp1252")
    out = bytearray(b"(")
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([c])
        elif c < 32 or c > 126:
            out += ("\\%03o" % c).encode("ascii")
        else:
            out.append(c)
    out += b")"
    return bytes(out)


class Page:
    def __init__(self, width=595, height=842):
        self.w, self.h = width, height
        self.ops = []

    def text(self, x, y, s, size=10, font="F1"):
        self.ops.append(b"BT /%s %g Tf %g %g Td %s Tj ET" % (font.encode(), size, x, y, _pdfstr(s)))

    def rtext(self, x, y, s, size=10, font="F1"):
        """Right-aligned text (approximate width, good enough for tables)."""
        w = _width(s, size, font)
        self.text(x - w, y, s, size, font)

    def line(self, x1, y1, x2, y2, width=0.5):
        self.ops.append(b"%g w %g %g m %g %g l S" % (width, x1, y1, x2, y2))

    def rect(self, x, y, w, h, gray=0.9):
        self.ops.append(b"q %g g %g %g %g %g re f Q" % (gray, x, y, w, h))

    def content(self):
        return b"\n".join(self.ops) + b"\n"


_HELV = {c: 556 for c in "0123456789"}
_HELV.update({" ": 278, ",": 278, ".": 278, "-": 333, "/": 278, "'": 191, ":": 278})


def _width(s, size, font):
    if font == "F3":
        return 0.6 * size * len(s)
    tot = 0
    for c in s:
        if c in _HELV:
            tot += _HELV[c]
        elif c.isupper():
            tot += 667
        else:
            tot += 530
    if font == "F2":
        tot *= 1.06
    return tot * size / 1000.0


class PDF:
    def __init__(self, title="", author="", producer="", creator="", created="20261201090000+01'00'",
                 compress=True):
        self.pages = []
        self.title, self.author, self.producer, self.creator = title, author, producer, creator
        self.created = created
        self.compress = compress

    def page(self):
        p = Page()
        self.pages.append(p)
        return p

    def build(self):
        objs = []  # index = obj number - 1

        def add(b):
            objs.append(b)
            return len(objs)

        cat = add(None)
        pages = add(None)
        font_ids = {}
        for k, v in FONTS.items():
            font_ids[k] = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>"
                              % v.encode())
        fonts = b" ".join(b"/%s %d 0 R" % (k.encode(), i) for k, i in font_ids.items())
        kids = []
        for p in self.pages:
            data = p.content()
            if self.compress:
                z = zlib.compress(data, 9)
                cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(z) + z + b"\nendstream")
            else:
                cid = add(b"<< /Length %d >>\nstream\n" % len(data) + data + b"endstream")
            pid = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /Font << %s >> "
                      b"/ProcSet [/PDF /Text] >> /Contents %d 0 R >>" % (pages, p.w, p.h, fonts, cid))
            kids.append(pid)
        objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages
        objs[pages - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
            b" ".join(b"%d 0 R" % k for k in kids), len(kids))
        info = add(b"<< /Title %s /Author %s /Creator %s /Producer %s /CreationDate (D:%s) /ModDate (D:%s) >>" % (
            _pdfstr(self.title), _pdfstr(self.author), _pdfstr(self.creator), _pdfstr(self.producer),
            self.created.encode(), self.created.encode()))
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, b in enumerate(objs, 1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % i + b + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
        for o in offsets:
            out += b"%010d 00000 n \n" % o
        fid = hashlib.md5(bytes(out)).hexdigest().upper().encode()
        out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
                % (len(objs) + 1, cat, info, fid, fid, xref))
        return bytes(out)


def document(title, header_lines, table_head, table_rows, col_x, footer_lines=(), align=None,
             producer="", author="", created="20261201090000+01'00'", head_font_size=16,
             intro_lines=(), compress=True, creator=""):
    """A business document: title, address block, a table, a footer.
    col_x: x position per column; align: 'l'/'r' per column."""
    pdf = PDF(title=title, author=author, producer=producer, creator=creator, created=created,
              compress=compress)
    align = align or ["l"] * len(col_x)
    p = pdf.page()
    y = 790
    p.text(50, y, title, head_font_size, "F2")
    y -= 28
    for s in header_lines:
        p.text(50, y, s, 9.5)
        y -= 13
    y -= 8
    for s in intro_lines:
        p.text(50, y, s, 10)
        y -= 14
    y -= 6
    p.rect(45, y - 4, 505, 16, 0.88)
    for x, a, s in zip(col_x, align, table_head):
        (p.rtext if a == "r" else p.text)(x, y, s, 9, "F2")
    y -= 18
    for row in table_rows:
        if isinstance(row, str):
            p.text(col_x[1] if len(col_x) > 1 else 50, y, row, 8.5, "F4")
            y -= 12
            continue
        for x, a, s in zip(col_x, align, row):
            (p.rtext if a == "r" else p.text)(x, y, s, 9)
        y -= 14
        if y < 90:
            p = pdf.page()
            y = 790
    p.line(45, y + 4, 550, y + 4)
    y -= 16
    for s in footer_lines:
        p.text(50, y, s, 9)
        y -= 13
        if y < 40:
            p = pdf.page()
            y = 790
    return pdf.build()
