"""Minimal single/multi-page PDF writer with extractable Helvetica text."""
import zlib


def _esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, flate=False, title="Order acknowledgment", author="ERP", date="20261110090000+01'00'",
        per_page=60):
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objs = {}
    n_pages = len(pages)
    font_id = 3
    info_id = 4
    first_page = 5
    kids = []
    for i, pl in enumerate(pages):
        pid = first_page + 2 * i
        cid = pid + 1
        kids.append(pid)
        ops = ["BT", "/F1 10 Tf", "13 TL", "50 800 Td"]
        for ln in pl:
            if ln.startswith("#"):
                ops.append("/F2 12 Tf")
                ops.append(f"({_esc(ln[1:])}) Tj T*")
                ops.append("/F1 10 Tf")
            else:
                ops.append(f"({_esc(ln)}) Tj T*")
        ops.append("ET")
        stream = ("\n".join(ops) + "\n").encode("cp1252")
        if flate:
            comp = zlib.compress(stream, 9)
            objs[cid] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) + comp + b"\nendstream"
        else:
            objs[cid] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream"
        objs[pid] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     f"/Resources << /Font << /F1 {font_id} 0 R /F2 {font_id + 100} 0 R >> >> "
                     f"/Contents {cid} 0 R >>").encode()
    # second font gets a real id after the pages
    f2 = first_page + 2 * n_pages
    for pid in kids:
        objs[pid] = objs[pid].replace(f"/F2 {font_id + 100} 0 R".encode(), f"/F2 {f2} 0 R".encode())
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [" + " ".join(f"{k} 0 R" for k in kids) + f"] /Count {n_pages} >>").encode()
    objs[font_id] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[f2] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[info_id] = (f"<< /Title ({_esc(title)}) /Author ({_esc(author)}) /Producer (awlib pdf 1.0) "
                     f"/CreationDate (D:{date}) /ModDate (D:{date}) >>").encode("cp1252")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    size = max(objs) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for k in range(1, size):
        out += b"%010d 00000 n \n" % offsets[k]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, info_id, xref)
    return out
