"""Hand-built PDF 1.4 with Helvetica text (WinAnsi), optional Flate content streams."""
import hashlib
import zlib


def _esc(s):
    out = []
    for b in s.encode("cp1252", errors="replace"):
        c = chr(b)
        if c in "()\\":
            out.append("\\" + c)
        elif b < 32 or b > 126:
            out.append("\\%03o" % b)
        else:
            out.append(c)
    return "".join(out)


def pdf(lines, title="Document", flate=False, date="D:20261110091500+01'00'", producer="PDF writer"):
    """lines: list of str; a line starting with '#' is printed bold and larger."""
    pages, cur = [], []
    for ln in lines:
        cur.append(ln)
        if len(cur) >= 52:
            pages.append(cur)
            cur = []
    if cur or not pages:
        pages.append(cur)
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = ("<< /Title (%s) /Producer (%s) /CreationDate (%s) /ModDate (%s) >>"
               % (_esc(title), _esc(producer), date, date)).encode("latin-1")
    kids = []
    n = 6
    for pg in pages:
        y = 800
        ops = []
        for ln in pg:
            if ln.startswith("#"):
                ops.append("BT /F2 13 Tf 1 0 0 1 50 %d Tm (%s) Tj ET" % (y, _esc(ln[1:].strip())))
                y -= 20
            else:
                ops.append("BT /F1 9.5 Tf 1 0 0 1 50 %d Tm (%s) Tj ET" % (y, _esc(ln)))
                y -= 14
        content = ("\n".join(ops) + "\n").encode("latin-1")
        if flate:
            data = zlib.compress(content, 9)
            cobj = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        else:
            cobj = b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream"
        objs[n] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                   "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % (n + 1)).encode()
        objs[n + 1] = cobj
        kids.append(n)
        n += 2
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))).encode()
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = {}
    for i in sorted(objs):
        offs[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for i in range(1, size):
        out += b"%010d 00000 n \n" % offs[i]
    fid = hashlib.md5(out).hexdigest().upper().encode()
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (size, fid, fid, xref))
    return out
