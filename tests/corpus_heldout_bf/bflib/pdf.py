"""Minimal hand-built PDFs (Helvetica, WinAnsi) with extractable text."""
import zlib


def _esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(pages, *, title="Order acknowledgement", producer="BF-ERP PDF writer 2.1",
        date="D:20261110093000+01'00'", flate=False, size=9, lead=12):
    """pages: list of pages, each a list of text lines (latin-1)."""
    objs = {}
    n_pages = len(pages)
    page_ids = [4 + 2 * i for i in range(n_pages)]
    info_id = 4 + 2 * n_pages
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [" + " ".join(f"{p} 0 R" for p in page_ids) +
               f"] /Count {n_pages} >>").encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    for i, lines in enumerate(pages):
        pid, cid = page_ids[i], page_ids[i] + 1
        objs[pid] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     f"/Resources << /Font << /F1 3 0 R >> >> /Contents {cid} 0 R >>").encode()
        ops = [f"BT /F1 {size} Tf {lead} TL 50 790 Td"]
        for ln in lines:
            ops.append(f"({_esc(ln)}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("cp1252")
        if flate:
            data = zlib.compress(stream, 9)
            objs[cid] = f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode() + data + b"\nendstream"
        else:
            objs[cid] = f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream"
    objs[info_id] = (f"<< /Title ({_esc(title)}) /Producer ({_esc(producer)}) "
                     f"/CreationDate ({date}) /ModDate ({date}) >>").encode("cp1252")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += f"{k} 0 obj\n".encode() + objs[k] + b"\nendobj\n"
    xref = len(out)
    total = max(objs) + 1
    out += f"xref\n0 {total}\n0000000000 65535 f \n".encode()
    for k in range(1, total):
        out += f"{offs[k]:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {total} /Root 1 0 R /Info {info_id} 0 R >>\nstartxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)
