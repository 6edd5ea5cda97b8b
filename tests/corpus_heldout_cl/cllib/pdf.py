"""Hand-built single/multi-page PDFs with extractable Helvetica text."""
import zlib


def _esc(s):
    out = []
    for b in s.encode("cp1252"):
        c = chr(b)
        if c in "()\\":
            out.append("\\" + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append("\\%03o" % b)
    return "".join(out)


def build(lines, compress=False, title="Order acknowledgement", author="", producer="",
          date="D:20261110094500+01'00'"):
    """lines: list of strings; '# ' prefix = bold 13pt heading, '' = blank line."""
    pages, cur = [], []
    for ln in lines:
        cur.append(ln)
        if len(cur) >= 58:
            pages.append(cur)
            cur = []
    if cur:
        pages.append(cur)
    streams = []
    for pl in pages:
        ops = ["BT", "50 800 Td", "13 TL"]
        for ln in pl:
            if ln.startswith("# "):
                ops.append(f"/F2 13 Tf ({_esc(ln[2:])}) Tj T*")
            else:
                ops.append(f"/F1 9.5 Tf ({_esc(ln)}) Tj T*")
        ops.append("ET")
        streams.append(("\n".join(ops) + "\n").encode("latin-1"))
    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font F1, 4 font F2, 5 info, then page/content pairs
    kids = [6 + 2 * i for i in range(n_pages)]
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [" + " ".join(f"{k} 0 R" for k in kids) + f"] /Count {n_pages} >>").encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"

    def pstr(s):
        return "(" + _esc(s) + ")"
    info = f"<< /Title {pstr(title)} /Author {pstr(author)} /Producer {pstr(producer)} /CreationDate ({date}) /ModDate ({date}) >>"
    objs[5] = info.encode("latin-1")
    for i, st in enumerate(streams):
        pg, ct = kids[i], kids[i] + 1
        objs[pg] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                    f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {ct} 0 R >>").encode()
        if compress:
            data = zlib.compress(st, 9)
            objs[ct] = f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode() + data + b"\nendstream"
        else:
            objs[ct] = f"<< /Length {len(st)} >>\nstream\n".encode() + st + b"endstream"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += f"{k} 0 obj\n".encode() + objs[k] + b"\nendobj\n"
    xref = len(out)
    n = max(objs) + 1
    out += f"xref\n0 {n}\n0000000000 65535 f \n".encode()
    for k in range(1, n):
        out += f"{offs[k]:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {n} /Root 1 0 R /Info 5 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
