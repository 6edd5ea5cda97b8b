"""Minimal hand-built PDF writer: Helvetica/Courier text, optional Flate streams."""
from __future__ import annotations

import hashlib
import zlib


def _esc(s: str) -> bytes:
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(pages, title: str, date: str = "20261110093000+01'00'", compress: bool = False,
             producer: str = "PDFlib+PDI 9.3.1 (Win32)", author: str = "") -> bytes:
    """pages: list of pages; a page is a list of lines; a line is a str (Courier 9)
    or a tuple (font, size, text) with font in H, HB, C."""
    fonts = {"H": "Helvetica", "HB": "Helvetica-Bold", "C": "Courier"}
    objs: list[bytes] = []

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    cat = add(b"")
    pages_id = add(b"")
    font_ids = {k: add(f"<< /Type /Font /Subtype /Type1 /BaseFont /{v} /Encoding /WinAnsiEncoding >>".encode())
                for k, v in fonts.items()}
    kids = []
    for lines in pages:
        ops = [b"BT"]
        y = 800
        ops.append(b"1 0 0 1 42 800 Tm")
        cur = None
        for ln in lines:
            if isinstance(ln, str):
                f, size, t = "C", 9, ln
            else:
                f, size, t = ln
            if (f, size) != cur:
                ops.append(f"/F{f} {size} Tf".encode())
                cur = (f, size)
            ops.append(b"(" + _esc(t) + b") Tj")
            step = size + 4
            y -= step
            ops.append(f"0 -{step} Td".encode())
        ops.append(b"ET")
        stream = b"\n".join(ops) + b"\n"
        if compress:
            data = zlib.compress(stream, 9)
            cont = add(f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode() + data + b"\nendstream")
        else:
            cont = add(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"endstream")
        fres = " ".join(f"/F{k} {v} 0 R" for k, v in font_ids.items())
        pg = add(f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 595 842] "
                 f"/Resources << /Font << {fres} >> /ProcSet [/PDF /Text] >> /Contents {cont} 0 R >>".encode())
        kids.append(pg)
    objs[cat - 1] = f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode()
    objs[pages_id - 1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    info = add(b"<< /Title (" + _esc(title) + b") /Author (" + _esc(author) + b") /Producer (" + _esc(producer)
               + f") /CreationDate (D:{date}) /ModDate (D:{date}) >>".encode())
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n".encode() + b"0000000000 65535 f \n"
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    fid = hashlib.md5(title.encode("utf-8") + date.encode()).hexdigest().upper()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root {cat} 0 R /Info {info} 0 R /ID [<{fid}> <{fid}>] >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return out
