"""Minimal hand-built PDF 1.4 writer: Helvetica text, WinAnsi, optional Flate."""
import zlib


def _esc(s):
    b = s.encode("cp1252")
    out = ""
    for byte in b:
        c = chr(byte)
        if c in "()\\":
            out += "\\" + c
        elif 32 <= byte < 127:
            out += c
        else:
            out += "\\%03o" % byte
    return out


def make_pdf(pages, *, title="Document", producer="PDF Writer", creator="ERP",
             date="D:20261116091200+01'00'", compress=False):
    """pages: list of lists of (x, y, size, text, bold) tuples (bold optional)."""
    objs = []  # index -> bytes (object bodies), 1-based numbering

    def add(body):
        objs.append(body)
        return len(objs)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    fontb = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    pages_id = len(objs) + 1
    objs.append(None)  # placeholder for Pages
    page_ids = []
    for items in pages:
        ops = ["BT"]
        for it in items:
            x, y, size, text = it[:4]
            bold = len(it) > 4 and it[4]
            ops.append(f"/{'F2' if bold else 'F1'} {size} Tf 1 0 0 1 {x} {y} Tm ({_esc(text)}) Tj")
        ops.append("ET")
        content = ("\n".join(ops) + "\n").encode("latin-1")
        if compress:
            data = zlib.compress(content, 9)
            cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        else:
            cid = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        pid = add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                   "/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>" % (pages_id, cid, font, fontb)).encode())
        page_ids.append(pid)
    objs[pages_id - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (
        " ".join(f"{p} 0 R" for p in page_ids), len(page_ids))).encode()
    info = add(f"<< /Title ({_esc(title)}) /Producer ({_esc(producer)}) /Creator ({_esc(creator)}) "
               f"/CreationDate ({date}) /ModDate ({date}) >>".encode("latin-1"))
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, catalog, info, xref)
    return out


def text_pdf(lines, *, size=10, top=800, left=50, leading=14, **kw):
    """Simple layout: list of strings (prefix '**' = bold), auto page break."""
    pages, cur, y = [], [], top
    for ln in lines:
        bold = ln.startswith("**")
        t = ln[2:] if bold else ln
        if y < 50:
            pages.append(cur)
            cur, y = [], top
        if t:
            cur.append((left, y, size + (2 if bold else 0), t, bold))
        y -= leading
    pages.append(cur)
    return make_pdf(pages, **kw)
