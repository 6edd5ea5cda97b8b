"""Hand-built minimal PDFs: Helvetica text placed with Tj / TJ, real xref table."""
from __future__ import annotations


def _esc(s: str) -> str:
    b = s.encode("cp1252")
    out = []
    for ch in b:
        c = chr(ch)
        if c in "()\\":
            out.append("\\" + c)
        elif ch < 32 or ch > 126:
            out.append("\\%03o" % ch)
        else:
            out.append(c)
    return "".join(out)


def _tj(s: str, kern: bool) -> str:
    if not kern or len(s) < 6:
        return f"({_esc(s)}) Tj"
    # split into chunks with small kerning adjustments, as many generators do
    parts, i, chunk = [], 0, 5
    while i < len(s):
        parts.append(f"({_esc(s[i:i + chunk])})")
        i += chunk
        chunk = 7 if chunk == 5 else 5
    return "[" + " -12 ".join(parts) + "] TJ"


class Page:
    def __init__(self):
        self.ops = []

    def text(self, x, y, s, size=10, bold=False, kern=False):
        font = "/F2" if bold else "/F1"
        self.ops.append(f"BT {font} {size} Tf {x} {y} Td {_tj(s, kern)} ET")

    def line(self, x1, y1, x2, y2):
        self.ops.append(f"{x1} {y1} m {x2} {y2} l S")

    def rows(self, x_cols, y, rows, size=9, step=13, bold_first=False, kern=False):
        """Write table rows: rows is a list of lists of cell strings."""
        for ri, r in enumerate(rows):
            for x, cell in zip(x_cols, r):
                if cell:
                    self.text(x, y, cell, size, bold=(bold_first and ri == 0), kern=kern)
            y -= step
        return y


def build(pages: list[Page], title="Document", producer="PDF Writer", created="D:20261102090000+01'00'") -> bytes:
    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 F1, 4 F2, 5 info, then page/content pairs
    kids = [6 + 2 * i for i in range(n_pages)]
    objs[1] = "<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = "<< /Type /Pages /Kids [" + " ".join(f"{k} 0 R" for k in kids) + f"] /Count {n_pages} >>"
    objs[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = f"<< /Title ({_esc(title)}) /Producer ({_esc(producer)}) /CreationDate ({created}) >>"
    streams = {}
    for i, p in enumerate(pages):
        pid, cid = kids[i], kids[i] + 1
        objs[pid] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {cid} 0 R >>")
        content = "\n".join(p.ops).encode("latin-1")
        streams[cid] = content
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(list(objs) + list(streams)):
        offsets[num] = len(out)
        if num in streams:
            data = streams[num]
            out += f"{num} 0 obj\n<< /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream\nendobj\n"
        else:
            out += f"{num} 0 obj\n{objs[num]}\nendobj\n".encode("latin-1")
    total = max(offsets) + 1
    xref = len(out)
    out += f"xref\n0 {total}\n0000000000 65535 f \n".encode()
    for num in range(1, total):
        out += f"{offsets[num]:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {total} /Root 1 0 R /Info 5 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def simple(lines, title="Document", producer="PDF Writer", created="D:20261102090000+01'00'", kern=False):
    """One page per ~58 lines; each item of `lines` is a str or (str, size, bold)."""
    pages, page, y = [], Page(), 800
    for item in lines:
        if isinstance(item, tuple):
            s, size, bold = item
        else:
            s, size, bold = item, 9, False
        if y < 50:
            pages.append(page)
            page, y = Page(), 800
        if s:
            page.text(50, y, s, size, bold, kern=kern)
        y -= size + 4
    pages.append(page)
    return build(pages, title, producer, created)
