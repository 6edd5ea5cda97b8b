"""Minimal valid PDF 1.4 writer: Courier text lines, optional Flate content stream."""
import zlib


def _esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines, title="Order acknowledgement", producer="SAP NetWeaver 7.50",
             date="D:20261112093000+01'00'", compress=False, size=9):
    ops = ["BT", f"/F1 {size} Tf", f"{size + 3} TL", "40 800 Td"]
    for ln in lines:
        ops.append(f"({_esc(ln)}) Tj T*")
    ops.append("ET")
    content = ("\n".join(ops) + "\n").encode("cp1252")
    if compress:
        stream = zlib.compress(content, 9)
        sdict = f"<< /Length {len(stream)} /Filter /FlateDecode >>"
    else:
        stream = content
        sdict = f"<< /Length {len(stream)} >>"
    info = f"<< /Title ({_esc(title)}) /Producer ({_esc(producer)}) /CreationDate ({date}) /ModDate ({date}) >>"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>",
        sdict.encode("ascii") + b"\nstream\n" + stream + b"\nendstream",
        info.encode("cp1252"),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out
