"""Tiny hand-built PDF writer: one or more pages of Helvetica text, optional Flate streams."""
import zlib


def _esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines, title="Order acknowledgment", author="ERP", compress=False,
             date="D:20261112094100+01'00'", font_size=9, lines_per_page=60):
    pages = [lines[i:i + lines_per_page] for i in range(0, max(len(lines), 1), lines_per_page)] or [[]]
    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font regular, 4 font bold, 5 info, then page/content pairs
    kids = []
    nxt = 6
    for pg in pages:
        page_id, cont_id = nxt, nxt + 1
        nxt += 2
        kids.append(page_id)
        ops = ["BT", f"/F1 {font_size} Tf", f"{font_size + 4} TL", "50 800 Td"]
        for ln in pg:
            bold = ln.startswith("**")
            txt = ln[2:] if bold else ln
            ops.append(f"/{'F2' if bold else 'F1'} {font_size + (3 if bold else 0)} Tf")
            ops.append(f"({_esc(txt)}) Tj T*")
        ops.append("ET")
        stream = ("\n".join(ops) + "\n").encode("cp1252")
        if compress:
            data = zlib.compress(stream, 9)
            objs[cont_id] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        else:
            objs[cont_id] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream"
        objs[page_id] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                         f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {cont_id} 0 R >>").encode()
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {n_pages} >>".encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = (f"<< /Title ({_esc(title)}) /Author ({_esc(author)}) /Producer (btlib pdf 1.0) "
               f"/CreationDate ({date}) /ModDate ({date}) >>").encode("cp1252")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in range(1, nxt):
        offsets[i] = len(out)
        out += f"{i} 0 obj\n".encode() + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {nxt}\n".encode()
    out += b"0000000000 65535 f \n"
    for i in range(1, nxt):
        out += f"{offsets[i]:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {nxt} /Root 1 0 R /Info 5 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
