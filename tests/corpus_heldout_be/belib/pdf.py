"""Hand-built one-page PDFs with extractable text (Helvetica/Courier, WinAnsi)."""
import hashlib
import zlib


def _pdfstr(s):
    raw = s.encode("cp1252")
    out = []
    for b in raw:
        c = chr(b)
        if c in "()\\":
            out.append("\\" + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append("\\%03o" % b)
    return "(" + "".join(out) + ")"


def make_pdf(lines, compress=False, date="20261112093000+01'00'", title="Order confirmation",
             producer="PDF writer", creator="ERP"):
    """lines: list of str or (font, size, text); font in F1 (Helvetica), F2 (Helvetica-Bold), F3 (Courier)."""
    ops = ["BT", "/F1 10 Tf", "50 800 Td"]
    cur = ("F1", 10)
    for item in lines:
        if isinstance(item, str):
            font, size, txt = "F1", 10, item
        else:
            font, size, txt = item
        if (font, size) != cur:
            ops.append("/%s %d Tf" % (font, size))
            cur = (font, size)
        lead = size + 3
        ops.append("0 -%d Td" % lead)
        if txt:
            ops.append(_pdfstr(txt) + " Tj")
    ops.append("ET")
    content = ("\n".join(ops) + "\n").encode("latin-1")
    if compress:
        stream = zlib.compress(content, 9)
        sdict = "<< /Length %d /Filter /FlateDecode >>" % len(stream)
    else:
        stream = content
        sdict = "<< /Length %d >>" % len(stream)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R /F3 6 0 R >> >> /Contents 7 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>",
        sdict.encode("ascii") + b"\nstream\n" + stream + b"\nendstream",
        ("<< /Title %s /Producer %s /Creator %s /CreationDate (D:%s) /ModDate (D:%s) >>" % (
            _pdfstr(title), _pdfstr(producer), _pdfstr(creator), date, date)).encode("latin-1"),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1)
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    fid = hashlib.md5(content + title.encode("utf-8")).hexdigest().upper()
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 8 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, fid.encode(), fid.encode(), xref))
    return out
