"""Minimal hand-built PDF 1.4 writer (Helvetica, WinAnsi), optional Flate content streams."""
from __future__ import annotations

import hashlib
import unicodedata
import zlib

TRANSLIT = {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ő": "o", "Ő": "O", "ű": "u", "Ű": "U", "ș": "s", "Ș": "S",
            "ț": "t", "Ț": "T", "ş": "s", "Ş": "S", "ţ": "t", "ı": "i", "İ": "I", "ğ": "g", "Ğ": "G", "ě": "e",
            "č": "c", "Č": "C", "ř": "r", "Ř": "R", "ů": "u", "ď": "d", "ť": "t", "ň": "n", "ľ": "l", "ĺ": "l",
            "ă": "a", "Ă": "A", "â": "â", "î": "î", "–": "–", "\u202f": " ", "\u00a0": " "}


def to_winansi(s: str) -> bytes:
    out = bytearray()
    for ch in s:
        ch = TRANSLIT.get(ch, ch)
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            base = unicodedata.normalize("NFKD", ch)
            base = "".join(c for c in base if not unicodedata.combining(c))
            out += base.encode("cp1252", "replace")
    return bytes(out)


def pdf_str(s: str) -> str:
    out = []
    for b in to_winansi(s):
        c = chr(b)
        if c in "()\\":
            out.append("\\" + c)
        elif 32 <= b <= 126:
            out.append(c)
        else:
            out.append("\\%03o" % b)
    return "(" + "".join(out) + ")"


def content_stream(ops) -> bytes:
    out = []
    for op in ops:
        k = op[0]
        if k == "T":
            _, x, y, size, text, *rest = op
            bold = rest[0] if rest else False
            out.append(f"BT /{'F2' if bold else 'F1'} {size} Tf 1 0 0 1 {x} {y} Tm {pdf_str(text)} Tj ET")
        elif k == "L":
            _, x1, y1, x2, y2, w = op
            out.append(f"{w} w {x1} {y1} m {x2} {y2} l S")
        elif k == "R":
            _, x, y, w, h, g = op
            out.append(f"q {g} g {x} {y} {w} {h} re f Q")
    return ("\n".join(out) + "\n").encode("latin-1")


def make_pdf(pages, *, title="", author="", producer="", creator="", created="D:20261118093012+01'00'",
             compress=True) -> bytes:
    objs = []  # list of bytes, object i+1

    def add(b):
        objs.append(b)
        return len(objs)

    cat = add(b"")          # placeholder 1
    pages_id = add(b"")     # placeholder 2
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for ops in pages:
        data = content_stream(ops)
        if compress:
            z = zlib.compress(data, 9)
            cid = add(f"<< /Length {len(z)} /Filter /FlateDecode >>\nstream\n".encode() + z + b"\nendstream")
        else:
            cid = add(f"<< /Length {len(data)} >>\nstream\n".encode() + data + b"endstream")
        pid = add(f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 595 842] /Contents {cid} 0 R "
                  f"/Resources << /Font << /F1 {f1} 0 R /F2 {f2} 0 R >> /ProcSet [/PDF /Text] >> >>".encode())
        kids.append(pid)
    objs[cat - 1] = f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode()
    objs[pages_id - 1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    info = add(("<< /Title " + pdf_str(title) + " /Author " + pdf_str(author) + " /Creator " + pdf_str(creator)
                + " /Producer " + pdf_str(producer) + f" /CreationDate ({created}) /ModDate ({created}) >>").encode("latin-1"))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, b in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + b + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offsets:
        out += f"{o:010d} 00000 n \n".encode()
    fid = hashlib.md5(bytes(out)).hexdigest()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root {cat} 0 R /Info {info} 0 R /ID [<{fid}> <{fid}>] >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


class Sheet:
    """Tiny layout helper: writes lines top-down on A4 pages."""

    def __init__(self, top=800, left=50, bottom=60):
        self.pages = [[]]
        self.y = top
        self.top, self.left, self.bottom = top, left, bottom

    def text(self, s, size=9, bold=False, x=None, dy=None):
        if self.y < self.bottom:
            self.pages.append([])
            self.y = self.top
        self.pages[-1].append(("T", x if x is not None else self.left, self.y, size, s, bold))
        self.y -= dy if dy is not None else size + 4

    def row(self, cells, xs, size=8.5, bold=False):
        if self.y < self.bottom:
            self.pages.append([])
            self.y = self.top
        for c, x in zip(cells, xs):
            if c != "":
                self.pages[-1].append(("T", x, self.y, size, str(c), bold))
        self.y -= size + 5

    def rule(self, x1=50, x2=545, w=0.5):
        self.pages[-1].append(("L", x1, self.y + 6, x2, self.y + 6, w))
        self.y -= 6

    def gap(self, h=8):
        self.y -= h
