"""Minimal hand-built PDF writer (Helvetica, WinAnsi), optional Flate streams."""
import hashlib
import zlib


def _pstr(s):
    out = []
    for b in s.encode("cp1252"):
        c = chr(b)
        if c in "\\()":
            out.append("\\" + c)
        elif b < 32 or b > 126:
            out.append("\\%03o" % b)
        else:
            out.append(c)
    return "(" + "".join(out) + ")"


def make_pdf(lines, *, compress=False, title="Order confirmation", author="", producer="",
             date="20261112091400+01'00'", rules=()):
    """lines: list of str (one text line each, '#' prefix = bold heading, '##' = big heading,
    a str starting with '@x,' places it at indent x) laid out top-down on A4 pages."""
    pages, cur, y = [], [], 800
    for l in lines:
        size, font, x = 9.5, "F1", 50
        if l.startswith("##"):
            size, font, l = 15, "F2", l[2:]
        elif l.startswith("#"):
            size, font, l = 10.5, "F2", l[1:]
        if l.startswith("@"):
            xs, l = l[1:].split(",", 1)
            x = int(xs)
        if y < 60:
            pages.append(cur)
            cur, y = [], 800
        if l:
            cur.append("BT /%s %.1f Tf 1 0 0 1 %d %d Tm %s Tj ET" % (font, size, x, y, _pstr(l)))
        y -= int(size * 1.45) + 1
    pages.append(cur)
    objs = {}
    n_pages = len(pages)
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    kids = " ".join("%d 0 R" % (6 + 2 * i) for i in range(n_pages))
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n_pages)).encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    info = "<< /Title %s /Author %s /Producer %s /CreationDate (D:%s) /ModDate (D:%s) >>" % (
        _pstr(title), _pstr(author), _pstr(producer), date, date)
    objs[5] = info.encode("latin-1")
    for i, pg in enumerate(pages):
        content = "\n".join(pg)
        if i == 0 and rules:
            content = "0.6 w\n" + "\n".join("%d %d m %d %d l S" % r for r in rules) + "\n" + content
        data = content.encode("latin-1")
        if compress:
            data = zlib.compress(data, 9)
            sd = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data)
        else:
            sd = b"<< /Length %d >>\nstream\n" % len(data)
        objs[7 + 2 * i] = sd + data + b"\nendstream"
        objs[6 + 2 * i] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << "
                           "/F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % (7 + 2 * i)).encode()
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for k in range(1, size):
        out += b"%010d 00000 n \n" % offs[k]
    fid = hashlib.md5(out).hexdigest().upper()
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (size, fid.encode(), fid.encode(), xref))
    return out
