"""Minimal hand-written PDF: Helvetica/Courier text, optional TJ arrays."""


def _esc(s):
    b = s.encode("cp1252")
    out = ""
    for ch in b:
        c = chr(ch)
        if c in "()\\":
            out += "\\" + c
        elif ch < 32 or ch > 126:
            out += "\\%03o" % ch
        else:
            out += c
    return out


def pdf(pages, title="Document", producer="Report Engine 7.2"):
    """pages: list of pages; page = list of rows.
    row = (x, y, size, font, text) with font in F1 (Helvetica), F2 (Helvetica-Bold), F3 (Courier);
    text may be a str (Tj) or a list of str/number items (TJ array)."""
    objs = []
    objs.append("<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(None)  # pages placeholder
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>")
    kids = []
    for rows in pages:
        stream = "BT\n"
        for x, y, size, font, t in rows:
            stream += f"/{font} {size} Tf\n1 0 0 1 {x} {y} Tm\n"
            if isinstance(t, list):
                items = " ".join(f"({_esc(i)})" if isinstance(i, str) else str(i) for i in t)
                stream += f"[{items}] TJ\n"
            else:
                stream += f"({_esc(t)}) Tj\n"
        stream += "ET\n"
        data = stream.encode("latin-1")
        objs.append(f"<< /Length {len(data)} >>\nstream\n{stream}endstream")
        cidx = len(objs)
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                    f"/Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> >> /Contents {cidx} 0 R >>")
        kids.append(len(objs))
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    objs.append(f"<< /Title ({_esc(title)}) /Producer ({_esc(producer)}) /CreationDate (D:20261101000000Z) >>")
    info = len(objs)
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def simple_pdf(lines, title="Document", size=9, font="F3", top=800, step=12, producer="Report Engine 7.2"):
    """lines: list of str (or (font, str) / list-for-TJ); laid out top-down, new page when full."""
    pages, cur, y = [], [], top
    for ln in lines:
        f, s = font, ln
        if isinstance(ln, tuple):
            f, s = ln
        if s != "":
            cur.append((40, y, size, f, s))
        y -= step
        if y < 50:
            pages.append(cur)
            cur, y = [], top
    if cur or not pages:
        pages.append(cur)
    return pdf(pages, title, producer)
