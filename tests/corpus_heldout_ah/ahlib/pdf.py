"""Minimal hand-made PDF writer: text only, Helvetica, with a correct xref table."""
from __future__ import annotations

import zlib


def _esc(s: str) -> str:
    b = s.encode("cp1252")
    out = []
    for ch in b:
        c = chr(ch)
        if c in "\\()":
            out.append("\\" + c)
        elif ch < 32 or ch > 126:
            out.append("\\%03o" % ch)
        else:
            out.append(c)
    return "".join(out)


def _line_ops(item):
    """item: (x, y, size, text, bold) where text is a str (Tj) or a list (TJ array of str/int)."""
    x, y, size, text, bold = (list(item) + [False])[:5]
    font = "/F2" if bold else "/F1"
    if isinstance(text, list):
        arr = " ".join(f"({_esc(t)})" if isinstance(t, str) else str(t) for t in text)
        show = f"[{arr}] TJ"
    else:
        show = f"({_esc(text)}) Tj"
    return f"BT {font} {size} Tf 1 0 0 1 {x} {y} Tm {show} ET"


def build_pdf(pages, title="Document", producer="PDF writer", creation="D:20261112091500+01'00'",
              compress=False, rules=None):
    """pages: list of pages; each page a list of (x, y, size, text[, bold]).

    rules: optional list per page of (x1, y1, x2, y2) lines to stroke (table rules).
    """
    objs = []  # index i -> object number i+1

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    font1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    font2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    pages_num_placeholder = add(b"")  # filled later
    page_nums = []
    for pi, page in enumerate(pages):
        ops = [_line_ops(it) for it in page]
        if rules and pi < len(rules):
            for (x1, y1, x2, y2) in rules[pi]:
                ops.append(f"0.5 w {x1} {y1} m {x2} {y2} l S")
        stream = ("\n".join(ops) + "\n").encode("latin-1")
        if compress:
            data = zlib.compress(stream, 6)
            content = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        else:
            content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
        pg = add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                  % (pages_num_placeholder, font1, font2, content)).encode())
        page_nums.append(pg)
    kids = " ".join(f"{n} 0 R" for n in page_nums)
    objs[pages_num_placeholder - 1] = f"<< /Type /Pages /Kids [{kids}] /Count {len(page_nums)} >>".encode()
    catalog = add(f"<< /Type /Catalog /Pages {pages_num_placeholder} 0 R >>".encode())
    info = add(f"<< /Title ({_esc(title)}) /Producer ({_esc(producer)}) /CreationDate ({creation}) >>".encode())

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n".encode()
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root {catalog} 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def simple_doc(lines, x=50, top=790, step=14, size=10, **kw):
    """Lay out a list of text lines (str, or (text, bold), or ("TJ", [..])) top-down, paging as needed."""
    pages, cur, y = [], [], top
    for ln in lines:
        bold = False
        if isinstance(ln, tuple):
            if ln[0] == "TJ":
                txt = ln[1]
            else:
                txt, bold = ln
        else:
            txt = ln
        if y < 50:
            pages.append(cur)
            cur, y = [], top
        if txt != "":
            cur.append((x, y, size, txt, bold))
        y -= step
    pages.append(cur)
    return build_pdf(pages, **kw)
