"""Tiny hand-built PDF writer: one or more pages of Helvetica text, optional Flate."""
import hashlib
import zlib


def _esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines, title="Order acknowledgment", author="", created="D:20261112093000+01'00'",
             producer="PDFlib+PDI 9.2.0 (Win32)", compress=False):
    """lines: list of str, or (str, 'B') for bold, or (str, 'B', size). '' = blank line.
    Text must be cp1252-encodable (WinAnsiEncoding)."""
    per_page = 52
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font regular, 4 font bold, 5 info, then page/content pairs
    kids = []
    for i, pg in enumerate(pages):
        pobj, cobj = 6 + 2 * i, 7 + 2 * i
        kids.append(f"{pobj} 0 R")
        ops = ["BT", "14 TL", "50 790 Td"]
        cur = None
        for ln in pg:
            if isinstance(ln, tuple):
                text, style = ln[0], ln[1]
                size = ln[2] if len(ln) > 2 else 10
            else:
                text, style, size = ln, "", 10
            font = ("/F2" if style == "B" else "/F1", size)
            if font != cur:
                ops.append(f"{font[0]} {font[1]} Tf")
                cur = font
            ops.append(f"({_esc(text)}) Tj T*")
        ops.append("ET")
        stream = ("\n".join(ops) + "\n").encode("cp1252")
        if compress:
            data = zlib.compress(stream, 9)
            objs[cobj] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        else:
            objs[cobj] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream"
        objs[pobj] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                      f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {cobj} 0 R >>").encode()
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {n_pages} >>".encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = (f"<< /Title ({_esc(title)}) /Author ({_esc(author)}) /Producer ({_esc(producer)}) "
               f"/CreationDate ({created}) /ModDate ({created}) >>").encode("cp1252")
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
    fid = hashlib.md5(bytes(out)).hexdigest()
    out += (f"trailer\n<< /Size {size} /Root 1 0 R /Info 5 0 R /ID [<{fid}> <{fid}>] >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)
