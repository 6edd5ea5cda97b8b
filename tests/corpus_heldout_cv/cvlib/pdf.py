"""A tiny hand-written PDF writer: Type1 base fonts, WinAnsi text in content
streams (Flate-compressed by default), lines and rectangles. Enough for the
order acknowledgments, invoices and statements suppliers attach."""
import zlib
import unicodedata

FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Courier", "F4": "Helvetica-Oblique",
         "F5": "Times-Roman", "F6": "Times-Bold"}

_W = {c: 556 for c in "0123456789"}
_W.update({".": 278, ",": 278, " ": 278, "'": 191, "-": 333, "/": 278, ":": 278, "%": 889,
           "(": 333, ")": 333, "E": 667, "U": 722, "R": 722, "C": 722, "H": 722, "F": 611})


_TRANS = {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss"}


def _winansi(s):
    out = []
    for ch in s:
        if ch in _TRANS and ch != "ß":
            ch = _TRANS[ch]
        try:
            out.append(ch.encode("cp1252"))
        except UnicodeEncodeError:
            base = unicodedata.normalize("NFKD", ch)
            base = "".join(c for c in base if not unicodedata.combining(c))
            out.append(base.encode("cp1252", "replace"))
    return b"".join(out)


def _esc(b):
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def text_width(s, size, font="F1"):
    if font == "F3":
        return 0.6 * size * len(s)
    return sum(_W.get(c, 520) for c in s) * size / 1000.0


class PDF:
    def __init__(self, width=595.28, height=841.89):
        self.w, self.h = width, height
        self.pages = []
        self.new_page()

    def new_page(self):
        self.ops = []
        self.pages.append(self.ops)
        self.y = self.h - 56

    def text(self, x, y, s, size=10, font="F1", align="left"):
        if align == "right":
            x = x - text_width(s, size, font)
        elif align == "center":
            x = x - text_width(s, size, font) / 2
        self.ops.append(b"BT /" + font.encode() + b" %g Tf %.2f %.2f Td (" % (size, x, y)
                        + _esc(_winansi(s)) + b") Tj ET")

    def line(self, x1, y1, x2, y2, width=0.5):
        self.ops.append(b"%.2f w %.2f %.2f m %.2f %.2f l S" % (width, x1, y1, x2, y2))

    def rect(self, x, y, w, h, gray=None, stroke=True):
        if gray is not None:
            self.ops.append(b"q %.2f g %.2f %.2f %.2f %.2f re f Q" % (gray, x, y, w, h))
        if stroke:
            self.ops.append(b"0.5 w %.2f %.2f %.2f %.2f re S" % (x, y, w, h))

    # flowing helpers --------------------------------------------------------
    def put(self, s, size=10, font="F1", x=56, gap=None):
        self.text(x, self.y, s, size, font)
        self.y -= gap if gap is not None else size * 1.4

    def skip(self, dy=8):
        self.y -= dy

    def rule(self, x1=56, x2=None, width=0.5):
        self.line(x1, self.y + 4, x2 or self.w - 56, self.y + 4, width)
        self.y -= 6

    def row(self, cols, size=9, font="F1", gap=None):
        """cols: list of (x, text, align)"""
        for c in cols:
            x, s = c[0], c[1]
            al = c[2] if len(c) > 2 else "left"
            self.text(x, self.y, s, size, font, al)
        self.y -= gap if gap is not None else size * 1.5

    # output ---------------------------------------------------------------
    def save(self, title="", author="", creator="", producer="", created="D:20261201090000+01'00'",
             compress=True):
        objs = []

        def add(b):
            objs.append(b)
            return len(objs)
        font_ids = {}
        cat = add(None)
        pages = add(None)
        for k, v in FONTS.items():
            font_ids[k] = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /" + v.encode()
                              + b" /Encoding /WinAnsiEncoding >>")
        fontdict = b"<< " + b" ".join(b"/%s %d 0 R" % (k.encode(), i) for k, i in font_ids.items()) + b" >>"
        kids = []
        for ops in self.pages:
            content = b"\n".join(ops) + b"\n"
            if compress:
                data = zlib.compress(content, 9)
                cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data
                          + b"\nendstream")
            else:
                cid = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream")
            pid = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /Font %s >> "
                      b"/Contents %d 0 R >>" % (pages, self.w, self.h, fontdict, cid))
            kids.append(pid)
        objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages
        objs[pages - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                           + b"] /Count %d >>" % len(kids))

        def pstr(s):
            return b"(" + _esc(_winansi(s)) + b")"
        info = add(b"<< /Title " + pstr(title) + b" /Author " + pstr(author) + b" /Creator " + pstr(creator)
                   + b" /Producer " + pstr(producer) + b" /CreationDate (" + created.encode() + b") >>")
        out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
        offs = []
        for i, o in enumerate(objs, 1):
            offs.append(len(out))
            out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n" % (len(objs) + 1)
        out += b"0000000000 65535 f \n"
        for o in offs:
            out += b"%010d 00000 n \n" % o
        out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
                % (len(objs) + 1, cat, info, xref))
        return out
