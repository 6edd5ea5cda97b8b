"""Hand-written minimal PDF 1.4 files (Helvetica, WinAnsiEncoding).

A page is a list of drawing operations:
    ("t", x, y, size, text)            regular text, one Tj
    ("b", x, y, size, text)            bold text, one Tj
    ("tj", x, y, size, [str|num,...])  one TJ array (kerning numbers between strings)
    ("l", x1, y1, x2, y2)              a thin rule
Text must be representable in cp1252.
"""
import zlib


def _pdfstr(s):
    out = []
    for b in s.encode("cp1252"):
        c = chr(b)
        if c in "()\\":
            out.append("\\" + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append("\\%03o" % b)
    return "(" + "".join(out) + ")"


def _content(ops):
    cs = []
    for op in ops:
        kind = op[0]
        if kind in ("t", "b"):
            _, x, y, size, s = op
            font = "F2" if kind == "b" else "F1"
            cs.append(f"BT /{font} {size} Tf {x} {y} Td {_pdfstr(s)} Tj ET")
        elif kind == "tj":
            _, x, y, size, arr = op
            items = " ".join(_pdfstr(a) if isinstance(a, str) else str(a) for a in arr)
            cs.append(f"BT /F1 {size} Tf {x} {y} Td [{items}] TJ ET")
        elif kind == "l":
            _, x1, y1, x2, y2 = op
            cs.append(f"0.5 w {x1} {y1} m {x2} {y2} l S")
        else:
            raise ValueError(kind)
    return ("\n".join(cs) + "\n").encode("latin-1")


def make_pdf(pages, title="", producer="", creation="D:20261116090000+01'00'", compress=False):
    objs = []  # bytes of each object body, index = obj number - 1

    def add(body):
        objs.append(body)
        return len(objs)

    catalog = add(None)
    pages_obj = add(None)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for ops in pages:
        data = _content(ops)
        if compress:
            data = zlib.compress(data, 9)
            stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        else:
            stream = b"<< /Length %d >>\nstream\n" % len(data) + data + b"endstream"
        c = add(stream)
        p = add((f"<< /Type /Page /Parent {pages_obj} 0 R /MediaBox [0 0 595 842] "
                 f"/Resources << /Font << /F1 {f1} 0 R /F2 {f2} 0 R >> >> /Contents {c} 0 R >>").encode())
        kids.append(p)
    objs[catalog - 1] = f"<< /Type /Catalog /Pages {pages_obj} 0 R >>".encode()
    objs[pages_obj - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                           f"/Count {len(kids)} >>").encode()
    info = add(("<< /Title " + _pdfstr(title) + " /Producer " + _pdfstr(producer) +
                f" /CreationDate ({creation}) >>").encode("latin-1"))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n".encode()
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root {catalog} 0 R /Info {info} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


class Sheet:
    """Convenience: write lines top-down on A4 pages."""

    def __init__(self, top=800, left=50, size=9, leading=13):
        self.pages = [[]]
        self.y = top
        self.top = top
        self.left = left
        self.size = size
        self.leading = leading

    def _room(self):
        if self.y < 60:
            self.pages.append([])
            self.y = self.top

    def line(self, s="", x=None, bold=False, size=None):
        self._room()
        if s:
            self.pages[-1].append(("b" if bold else "t", x if x is not None else self.left, self.y,
                                   size or self.size, s))
        self.y -= self.leading

    def row(self, cells, bold=False, size=None):
        """cells: list of (x, text) on one baseline."""
        self._room()
        for x, s in cells:
            if s != "":
                self.pages[-1].append(("b" if bold else "t", x, self.y, size or self.size, str(s)))
        self.y -= self.leading

    def tj(self, arr, x=None, size=None):
        self._room()
        self.pages[-1].append(("tj", x if x is not None else self.left, self.y, size or self.size, arr))
        self.y -= self.leading

    def rule(self):
        self.pages[-1].append(("l", self.left, self.y + self.leading - 4, 545, self.y + self.leading - 4))

    def gap(self, n=1):
        self.y -= self.leading * n

    def pdf(self, **kw):
        return make_pdf(self.pages, **kw)
