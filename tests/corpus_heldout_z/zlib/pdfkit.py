"""Hand-written minimal PDF 1.4 files: Type1 base fonts, WinAnsiEncoding, text via Tj/TJ."""
import zlib  # the standard library module (this folder has no __init__.py, so it never shadows it)

FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Courier"}


def _esc(s: str) -> str:
    out = []
    for b in s.encode("cp1252"):
        c = chr(b)
        if c in "\\()":
            out.append("\\" + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append("\\%03o" % b)
    return "".join(out)


def _ops(items) -> bytes:
    """items: ('t', x, y, font, size, text) | ('tj', x, y, font, size, [text, kern, text, ...])
    | ('l', x1, y1, x2, y2) line | ('r', x, y, w, h) rectangle | ('g', gray) fill gray."""
    out = []
    for it in items:
        k = it[0]
        if k == "t":
            _, x, y, f, sz, s = it
            out.append("BT /%s %g Tf 1 0 0 1 %g %g Tm (%s) Tj ET" % (f, sz, x, y, _esc(s)))
        elif k == "tj":
            _, x, y, f, sz, arr = it
            parts = []
            for a in arr:
                parts.append("(%s)" % _esc(a) if isinstance(a, str) else "%d" % a)
            out.append("BT /%s %g Tf %g %g Td [%s] TJ ET" % (f, sz, x, y, " ".join(parts)))
        elif k == "l":
            _, x1, y1, x2, y2 = it
            out.append("0.5 w %g %g m %g %g l S" % (x1, y1, x2, y2))
        elif k == "r":
            _, x, y, w, h = it
            out.append("%g %g %g %g re f" % (x, y, w, h))
        elif k == "g":
            out.append("%g g" % it[1])
        else:
            raise ValueError(k)
    return ("\n".join(out) + "\n").encode("latin-1")


def pdf(pages, compress=False, title="", producer="", creator="", created="D:20261112093000+01'00'",
        doc_id="4f1c2a9be07d4c1f8a0e3b5d6c7e8f90") -> bytes:
    objs = {}
    n_fonts = len(FONTS)
    first_page = 3 + n_fonts
    kids = []
    num = first_page
    for items in pages:
        kids.append(num)
        num += 2
    info_num = num
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))).encode()
    font_refs = []
    for i, (tag, base) in enumerate(FONTS.items()):
        objs[3 + i] = ("<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % base).encode()
        font_refs.append("/%s %d 0 R" % (tag, 3 + i))
    for pi, items in enumerate(pages):
        pn = kids[pi]
        content = _ops(items)
        objs[pn] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << %s >> "
                    "/ProcSet [/PDF /Text] >> /Contents %d 0 R >>" % (" ".join(font_refs), pn + 1)).encode()
        if compress:
            data = zlib.compress(content, 6)
            objs[pn + 1] = ("<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data)).encode() + data + b"\nendstream"
        else:
            objs[pn + 1] = ("<< /Length %d >>\nstream\n" % len(content)).encode() + content + b"endstream"
    info = "<< /Producer (%s) /Creator (%s) /Title (%s) /CreationDate (%s) >>" % (
        _esc(producer), _esc(creator), _esc(title), created)
    objs[info_num] = info.encode("latin-1")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    size = info_num + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for k in range(1, size):
        out += b"%010d 00000 n \n" % offsets[k]
    out += ("trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (size, info_num, doc_id, doc_id, xref)).encode()
    return bytes(out)


class Sheet:
    """Tiny layout helper: write rows top-down on A4 pages."""

    def __init__(self, top=800, left=50, leading=13):
        self.pages = [[]]
        self.y = top
        self.top = top
        self.left = left
        self.leading = leading

    def _room(self):
        if self.y < 60:
            self.pages.append([])
            self.y = self.top

    def line(self, s, font="F1", size=9.5, x=None, gap=None):
        self._room()
        self.pages[-1].append(("t", self.left if x is None else x, self.y, font, size, s))
        self.y -= gap if gap is not None else self.leading

    def tj(self, arr, font="F1", size=9.5, x=None):
        self._room()
        self.pages[-1].append(("tj", self.left if x is None else x, self.y, font, size, arr))
        self.y -= self.leading

    def cols(self, cells, xs, font="F1", size=9):
        """One table row: each cell its own text object at its own x (as report writers do)."""
        self._room()
        for s, x in zip(cells, xs):
            if s != "":
                self.pages[-1].append(("t", x, self.y, font, size, s))
        self.y -= self.leading

    def rule(self, x1=50, x2=545):
        self.pages[-1].append(("l", x1, self.y + 9, x2, self.y + 9))
        self.y -= 4

    def skip(self, n=1):
        self.y -= self.leading * n
