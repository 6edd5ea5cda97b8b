"""Tiny hand-written PDF writer: Type1 base fonts (WinAnsi), text and simple
vector graphics in (optionally Flate-compressed) content streams."""
import zlib

FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique",
         "F4": "Courier", "F5": "Times-Italic"}


def _s(text):
    b = text.encode("cp1252")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


class Page:
    def __init__(self, width=595, height=842):
        self.w, self.h = width, height
        self.ops = []

    def text(self, x, y, s, size=10, font="F1", color=(0, 0, 0), angle=None):
        r, g, b = color
        if angle:
            import math
            c, sn = math.cos(math.radians(angle)), math.sin(math.radians(angle))
            tm = f"{c:.4f} {sn:.4f} {-sn:.4f} {c:.4f} {x} {y} Tm"
        else:
            tm = f"1 0 0 1 {x} {y} Tm"
        self.ops.append(f"BT {r} {g} {b} rg /{font} {size} Tf {tm} ".encode("ascii") + _s(s) + b" Tj ET")
        return self

    def lines(self, x, y, rows, size=9, font="F1", leading=None, color=(0, 0, 0)):
        leading = leading or size * 1.35
        for i, row in enumerate(rows):
            self.text(x, y - i * leading, row, size, font, color)
        return y - len(rows) * leading

    def line(self, x1, y1, x2, y2, width=0.5, color=(0, 0, 0)):
        r, g, b = color
        self.ops.append(f"q {r} {g} {b} RG {width} w {x1} {y1} m {x2} {y2} l S Q".encode("ascii"))
        return self

    def rect(self, x, y, w, h, width=0.5, color=(0, 0, 0), fill=None):
        r, g, b = color
        if fill:
            fr, fg, fb = fill
            self.ops.append(f"q {fr} {fg} {fb} rg {x} {y} {w} {h} re f Q".encode("ascii"))
        self.ops.append(f"q {r} {g} {b} RG {width} w {x} {y} {w} {h} re S Q".encode("ascii"))
        return self

    def content(self):
        return b"\n".join(self.ops) + b"\n"


def make_pdf(pages, title="", author="", producer="cmlib pdf 1.0", compress=True,
             created="20261126101500+01'00'"):
    objs = []  # list of bytes, object number = index+1

    def add(b):
        objs.append(b)
        return len(objs)

    cat = add(None)
    pages_id = add(None)
    info = add(b"<< /Title " + _s(title) + b" /Author " + _s(author) + b" /Producer " + _s(producer)
               + b" /CreationDate " + _s("D:" + created) + b" >>")
    font_ids = {}
    for k, base in FONTS.items():
        font_ids[k] = add(f"<< /Type /Font /Subtype /Type1 /BaseFont /{base} /Encoding /WinAnsiEncoding >>".encode())
    fontdict = " ".join(f"/{k} {v} 0 R" for k, v in font_ids.items())
    kids = []
    for p in pages:
        data = p.content()
        if compress:
            z = zlib.compress(data, 9)
            cid = add(f"<< /Length {len(z)} /Filter /FlateDecode >>\nstream\n".encode() + z + b"\nendstream")
        else:
            cid = add(f"<< /Length {len(data)} >>\nstream\n".encode() + data + b"endstream")
        pid = add(f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {p.w} {p.h}] "
                  f"/Resources << /Font << {fontdict} >> >> /Contents {cid} 0 R >>".encode())
        kids.append(pid)
    objs[cat - 1] = f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode()
    objs[pages_id - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                          f"/Count {len(kids)} >>").encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, b in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + b + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offsets:
        out += f"{o:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root {cat} 0 R /Info {info} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def table(page, x, y, cols, rows, size=8.5, font="F1", head_font="F2", leading=13, grid=True):
    """cols: list of (title, width, align). rows: list of lists of str. Returns y below the table."""
    total = sum(w for _, w, _ in cols)

    def put(cy, cells, f):
        cx = x
        for (title, w, al), cell in zip(cols, cells):
            tx = cx + 3
            if al == "r":
                tx = cx + w - 3 - len(cell) * size * 0.5
            page.text(round(tx, 1), cy, cell, size, f)
            cx += w

    if grid:
        page.rect(x, y - 4, total, leading, 0.4, fill=(0.9, 0.9, 0.9))
    put(y, [c[0] for c in cols], head_font)
    cy = y - leading
    for r in rows:
        put(cy, r, font)
        if grid:
            page.line(x, cy - 4, x + total, cy - 4, 0.3, (0.6, 0.6, 0.6))
        cy -= leading
    return cy
