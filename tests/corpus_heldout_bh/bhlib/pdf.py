"""Minimal valid PDF writer (Helvetica, WinAnsi text, optional Flate streams)."""
import hashlib
import zlib


def _esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines, *, compress=False, title="Order acknowledgement", author="ERP",
             date="D:20261112093000+01'00'", per_page=58):
    """lines: list of str; a line starting with '# ' is set bold and larger."""
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 F1, 4 F2, 5 info, then page/content pairs
    kids = [6 + 2 * i for i in range(n_pages)]
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [" + " ".join(f"{k} 0 R" for k in kids) + f"] /Count {n_pages} >>").encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = (f"<< /Title ({_esc(title)}) /Author ({_esc(author)}) /Producer (ReportKit 3.1) "
               f"/CreationDate ({date}) /ModDate ({date}) >>").encode("latin-1")
    for i, pg in enumerate(pages):
        y = 800
        ops = ["BT"]
        for ln in pg:
            if ln.startswith("# "):
                ops.append(f"/F2 13 Tf 1 0 0 1 50 {y} Tm ({_esc(ln[2:])}) Tj")
                y -= 20
            else:
                ops.append(f"/F1 9 Tf 1 0 0 1 50 {y} Tm ({_esc(ln)}) Tj")
                y -= 13
        ops.append("ET")
        stream = ("\n".join(ops) + "\n").encode("cp1252")
        if compress:
            data = zlib.compress(stream, 9)
            objs[kids[i] + 1] = (f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode() + data +
                                 b"\nendstream")
        else:
            objs[kids[i] + 1] = f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"endstream"
        objs[kids[i]] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                         f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {kids[i] + 1} 0 R >>").encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for n in sorted(objs):
        offsets[n] = len(out)
        out += f"{n} 0 obj\n".encode() + objs[n] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += f"xref\n0 {size}\n".encode() + b"0000000000 65535 f \n"
    for n in range(1, size):
        out += f"{offsets[n]:010d} 00000 n \n".encode()
    fid = hashlib.md5(bytes(out[:200]) + title.encode("latin-1", "replace")).hexdigest().upper()
    out += (f"trailer\n<< /Size {size} /Root 1 0 R /Info 5 0 R /ID [<{fid}> <{fid}>] >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)
