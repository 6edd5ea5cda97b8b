"""Minimal but valid PDF writer: Helvetica text, WinAnsi, optional Flate content stream."""
import zlib


def _esc(s):
    raw = s.encode("cp1252")
    out = ""
    for b in raw:
        c = chr(b)
        if c in "()\\":
            out += "\\" + c
        elif b < 32 or b > 126:
            out += "\\%03o" % b
        else:
            out += c
    return out


def make_pdf(lines, title="Order acknowledgement", author="ERP", date="D:20261112101500+01'00'",
             compress=False, producer="PDFlib 9.2.0 (Win64)"):
    """lines: list of str or (size, bold, str). Laid out top-down on an A4 page."""
    ops = ["BT"]
    y = 800
    for ln in lines:
        if isinstance(ln, str):
            size, bold, txt = 10, False, ln
        else:
            size, bold, txt = ln
        font = "/F2" if bold else "/F1"
        ops.append(f"{font} {size} Tf")
        ops.append(f"1 0 0 1 50 {y} Tm")
        ops.append(f"({_esc(txt)}) Tj")
        y -= size + 5
        if y < 40:
            break
    ops.append("ET")
    content = ("\n".join(ops) + "\n").encode("latin-1")
    if compress:
        stream = zlib.compress(content, 9)
        sdict = f"<< /Length {len(stream)} /Filter /FlateDecode >>"
    else:
        stream = content
        sdict = f"<< /Length {len(stream)} >>"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        sdict.encode() + b"\nstream\n" + stream + b"\nendstream",
        f"<< /Title ({_esc(title)}) /Author ({_esc(author)}) /Producer ({_esc(producer)}) /CreationDate ({date}) /ModDate ({date}) >>".encode("latin-1"),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n".encode()
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out
