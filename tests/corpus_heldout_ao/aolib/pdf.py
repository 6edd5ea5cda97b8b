"""Minimal hand-built PDF 1.4 writer: Helvetica text with Tj / TJ, rules, correct xref."""


def _lit(s):
    b = s.encode("cp1252")
    out = ""
    for c in b:
        ch = chr(c)
        if ch in "\\()":
            out += "\\" + ch
        elif c < 32 or c > 126:
            out += "\\%03o" % c
        else:
            out += ch
    return "(" + out + ")"


def _content(ops):
    out = []
    for op in ops:
        kind = op[0]
        if kind == "T":          # ('T', x, y, size, text[, bold])
            _, x, y, size, txt, *rest = op
            font = "F2" if rest and rest[0] else "F1"
            out.append(f"BT /{font} {size} Tf {x} {y} Td {_lit(txt)} Tj ET")
        elif kind == "TJ":       # ('TJ', x, y, size, [str, kern, str, ...][, bold])
            _, x, y, size, arr, *rest = op
            font = "F2" if rest and rest[0] else "F1"
            items = " ".join(_lit(a) if isinstance(a, str) else str(a) for a in arr)
            out.append(f"BT /{font} {size} Tf {x} {y} Td [{items}] TJ ET")
        elif kind == "L":        # ('L', x1, y1, x2, y2)
            _, x1, y1, x2, y2 = op
            out.append(f"0.5 w {x1} {y1} m {x2} {y2} l S")
        elif kind == "R":        # ('R', x, y, w, h, gray) filled box
            _, x, y, w, h, g = op
            out.append(f"{g} g {x} {y} {w} {h} re f 0 g")
    return ("\n".join(out) + "\n").encode("latin-1")


def build(pages, title="Document", producer="PDF Writer", created="D:20261110090000+01'00'"):
    objs = {}
    n_fixed = 5
    kids = []
    nxt = n_fixed + 1
    for ops in pages:
        page_id, cont_id = nxt, nxt + 1
        nxt += 2
        kids.append(page_id)
        stream = _content(ops)
        objs[cont_id] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream"
        objs[page_id] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                         f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {cont_id} 0 R >>").encode()
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [" + " ".join(f"{k} 0 R" for k in kids) + f"] /Count {len(kids)} >>").encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = (f"<< /Title {_lit(title)} /Producer {_lit(producer)} /CreationDate ({created}) >>").encode("latin-1")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = {}
    for i in range(1, nxt):
        offsets[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % nxt
    out += b"0000000000 65535 f \n"
    for i in range(1, nxt):
        out += b"%010d 00000 n \n" % offsets[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (nxt, xref)
    return out


def table_page(header_lines, columns, rows, footer_lines, top=800, left=40, size=9):
    """Convenience: a one-page document. header/footer lines are (text, size, bold).
    columns: list of (title, x); rows: list of lists of str."""
    ops = []
    y = top
    for txt, sz, bold in header_lines:
        ops.append(("T", left, y, sz, txt, bold))
        y -= sz + 5
    y -= 6
    ops.append(("L", left, y + 12, 555, y + 12))
    for title, x in columns:
        ops.append(("T", x, y, size, title, True))
    y -= 4
    ops.append(("L", left, y, 555, y))
    y -= size + 5
    for row in rows:
        for (title, x), cell in zip(columns, row):
            if cell:
                ops.append(("T", x, y, size, cell))
        y -= size + 5
    ops.append(("L", left, y + 6, 555, y + 6))
    y -= 10
    for txt, sz, bold in footer_lines:
        ops.append(("T", left, y, sz, txt, bold))
        y -= sz + 5
    return ops
