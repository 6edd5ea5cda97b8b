"""A tiny hand-written PDF writer: Helvetica text in (Flate-compressed) content streams."""
import zlib


def _esc(s):
    raw = s.encode("cp1252")          # WinAnsiEncoding; fail loudly on anything else
    out = []
    for b in raw:
        c = chr(b)
        if c in "\\()":
            out.append("\\" + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append("\\%03o" % b)
    return "".join(out)


class Page:
    def __init__(self, width=595, height=842):
        self.w, self.h = width, height
        self.ops = []

    def text(self, x, y, s, size=9, bold=False):
        self.ops.append("BT /%s %g Tf %g %g Td (%s) Tj ET" % ("F2" if bold else "F1", size, x, y, _esc(s)))

    def line(self, x1, y1, x2, y2, width=0.5):
        self.ops.append("%g w %g %g m %g %g l S" % (width, x1, y1, x2, y2))

    def rect(self, x, y, w, h, gray=0.9):
        self.ops.append("q %g g %g %g %g %g re f Q" % (gray, x, y, w, h))

    def content(self):
        return ("\n".join(self.ops) + "\n").encode("latin-1")


class Flow:
    """Top-down layout helper."""

    def __init__(self, margin=50):
        self.pages = [Page()]
        self.m = margin
        self.y = self.pages[0].h - margin

    @property
    def page(self):
        return self.pages[-1]

    def need(self, dy):
        if self.y - dy < self.m:
            self.pages.append(Page())
            self.y = self.page.h - self.m

    def para(self, s, size=9, bold=False, x=None, gap=None):
        for ln in s.split("\n"):
            self.need(size + 3)
            self.page.text(self.m if x is None else x, self.y, ln, size, bold)
            self.y -= size + 3
        if gap:
            self.y -= gap

    def space(self, dy=8):
        self.y -= dy

    def table(self, cols, rows, widths, size=8, header_bold=True, right=()):
        x0 = self.m
        self.need(size + 6)
        self.page.rect(x0 - 2, self.y - 3, sum(widths) + 4, size + 6)
        self._row(cols, widths, size, header_bold, right)
        self.page.line(x0 - 2, self.y + size - 1, x0 + sum(widths) + 2, self.y + size - 1)
        for r in rows:
            nlines = max(len(str(c).split("\n")) for c in r)
            self.need((size + 3) * nlines)
            self._row(r, widths, size, False, right)
        self.page.line(x0 - 2, self.y + size, x0 + sum(widths) + 2, self.y + size)
        self.y -= 4

    def _row(self, cells, widths, size, bold, right):
        x = self.m
        maxl = 1
        for i, (c, w) in enumerate(zip(cells, widths)):
            parts = str(c).split("\n")
            maxl = max(maxl, len(parts))
            for j, part in enumerate(parts):
                if i in right:
                    tx = x + w - 4 - len(part) * size * 0.5
                else:
                    tx = x
                self.page.text(tx, self.y - j * (size + 2), part, size, bold)
            x += w
        self.y -= (size + 3) * maxl + 1


def render(pages, title="", author="", creator="", producer="", created="D:20261127083012+01'00'",
           compress=True):
    objs = []

    def add(body):
        objs.append(body)
        return len(objs)

    cat = add(None)
    pages_id = add(None)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for pg in pages:
        data = pg.content()
        if compress:
            z = zlib.compress(data, 9)
            stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(z) + z + b"\nendstream"
        else:
            stream = b"<< /Length %d >>\nstream\n" % len(data) + data + b"endstream"
        cid = add(stream)
        pid = add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                   "/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>"
                   % (pages_id, pg.w, pg.h, cid, f1, f2)).encode())
        kids.append(pid)
    objs[cat - 1] = ("<< /Type /Catalog /Pages %d 0 R >>" % pages_id).encode()
    objs[pages_id - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>"
                          % (" ".join("%d 0 R" % k for k in kids), len(kids))).encode()

    def pstr(s):
        return "(" + _esc(s) + ")"
    info = add(("<< /Title %s /Author %s /Creator %s /Producer %s /CreationDate (%s) /ModDate (%s) >>"
                % (pstr(title), pstr(author), pstr(creator), pstr(producer), created, created))
               .encode("latin-1"))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, cat, info, xref))
    return bytes(out)
