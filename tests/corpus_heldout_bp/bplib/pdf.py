"""Hand-made PDFs with extractable text (Helvetica, WinAnsi)."""
import zlib


def _esc(s):
    b = s.encode("cp1252", errors="replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(lines, compress=False, title="Order acknowledgement", producer="ERP Report Writer 7.2",
             date="20261118101500+01'00'"):
    """lines: list of str, or (size, str) tuples; one A4 page per 60 lines."""
    items = [(10, l) if isinstance(l, str) else l for l in lines]
    pages = [items[i:i + 60] for i in range(0, len(items), 60)] or [[]]
    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 font bold, 5 info, then page/content pairs
    kids = []
    nxt = 6
    page_objs = []
    for p in pages:
        kids.append(nxt)
        page_objs.append((nxt, nxt + 1, p))
        nxt += 2
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [" + " ".join(f"{k} 0 R" for k in kids) + f"] /Count {n_pages} >>").encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = b"<< /Title (" + _esc(title) + b") /Producer (" + _esc(producer) + b") /CreationDate (D:" + date.encode() + b") >>"
    for po, co, p in page_objs:
        y = 800
        ops = []
        for size, s in p:
            font = "/F2" if size > 10 else "/F1"
            ops.append(b"BT " + font.encode() + f" {size} Tf 50 {y} Td (".encode() + _esc(s) + b") Tj ET")
            y -= size + 3
        stream = b"\n".join(ops) + b"\n"
        if compress:
            data = zlib.compress(stream, 9)
            objs[co] = f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode() + data + b"\nendstream"
        else:
            objs[co] = f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"endstream"
        objs[po] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                    f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {co} 0 R >>").encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for i in sorted(objs):
        offs[i] = len(out)
        out += f"{i} 0 obj\n".encode() + objs[i] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
    for i in range(1, size):
        out += f"{offs[i]:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {size} /Root 1 0 R /Info 5 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
