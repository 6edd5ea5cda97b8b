"""A tiny hand-written PDF writer (Helvetica, WinAnsi text in content streams).

    doc = PDF(title="Order acknowledgement")
    pg = doc.page()
    pg.text(50, 800, "Hello", size=14, bold=True)
    pg.hline(50, 545, 790)
    data = doc.build(compress=True)

Text must be encodable in cp1252.  Streams are Flate-compressed when
`compress` is true; the xref table carries real byte offsets.
"""
import zlib


def _esc(s):
    b = s.encode("cp1252")
    out = bytearray()
    for c in b:
        if c in (0x28, 0x29, 0x5C):      # ( ) \
            out += b"\\" + bytes([c])
        elif c < 0x20 or c > 0x7E:
            out += b"\\%03o" % c
        else:
            out.append(c)
    return bytes(out)


class Page:
    def __init__(self, width=595, height=842):
        self.w, self.h = width, height
        self.ops = []

    def text(self, x, y, s, size=9, bold=False):
        font = b"/F2" if bold else b"/F1"
        self.ops.append(b"BT %s %d Tf %d %d Td (%s) Tj ET" % (font, size, x, y, _esc(s)))

    def rows(self, x, y, lines, size=9, leading=12, bold=False):
        """Several lines of text, top-down; returns the next free y."""
        for ln in lines:
            self.text(x, y, ln, size, bold)
            y -= leading
        return y

    def table(self, y, cols, rows, size=8.5, leading=13, header_bold=True):
        """`cols` = x positions; rows = list of tuples (first row = header)."""
        for i, row in enumerate(rows):
            for x, cell in zip(cols, row):
                if cell is None:
                    continue
                self.text(x, y, str(cell), int(size), bold=(header_bold and i == 0))
            if i == 0:
                self.hline(cols[0], self.w - 45, y - 4)
            y -= leading
        return y

    def hline(self, x1, x2, y, width=0.5):
        self.ops.append(b"%.1f w %d %d m %d %d l S" % (width, x1, y, x2, y))

    def rect(self, x, y, w, h, gray=0.92):
        self.ops.append(b"q %.2f g %d %d %d %d re f Q" % (gray, x, y, w, h))

    def content(self):
        return b"\n".join(self.ops) + b"\n"


class PDF:
    def __init__(self, title="", author="", producer="", creator="",
                 created="D:20261201090000+01'00'"):
        self.pages = []
        self.info = dict(Title=title, Author=author, Producer=producer,
                         Creator=creator, CreationDate=created)

    def page(self):
        p = Page()
        self.pages.append(p)
        return p

    def build(self, compress=True, version="1.4"):
        objs = []            # list of bytes bodies; object n = index+1

        def add(body):
            objs.append(body)
            return len(objs)

        catalog = add(None)
        pages = add(None)
        f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
        kids = []
        for p in self.pages:
            data = p.content()
            if compress:
                z = zlib.compress(data, 9)
                stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(z) + z + b"\nendstream"
            else:
                stream = b"<< /Length %d >>\nstream\n" % len(data) + data + b"endstream"
            c = add(stream)
            pg = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] "
                     b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                     % (pages, p.w, p.h, f1, f2, c))
            kids.append(pg)
        objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages
        objs[pages - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
            b" ".join(b"%d 0 R" % k for k in kids), len(kids))
        info_items = b" ".join(b"/%s (%s)" % (k.encode(), _esc(v))
                               for k, v in self.info.items() if v)
        info = add(b"<< " + info_items + b" >>")

        out = bytearray(b"%PDF-" + version.encode() + b"\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(objs, 1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
        for o in offsets:
            out += b"%010d 00000 n \n" % o
        out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
                % (len(objs) + 1, catalog, info, xref))
        return bytes(out)


def extract_text(data):
    """Very small text extractor used by the self-check (Tj strings only)."""
    import re
    chunks = []
    for m in re.finditer(rb"stream\n(.*?)\n?endstream", data, re.S):
        s = m.group(1)
        try:
            s = zlib.decompress(s)
        except zlib.error:
            pass
        for t in re.finditer(rb"\((.*?)(?<!\\)\) Tj", s):
            raw = t.group(1)
            raw = re.sub(rb"\\([()\\])", rb"\1", raw)
            raw = re.sub(rb"\\([0-7]{3})", lambda x: bytes([int(x.group(1), 8)]), raw)
            chunks.append(raw.decode("cp1252"))
    return "\n".join(chunks)
