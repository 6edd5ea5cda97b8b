"""A tiny hand-written PDF writer: Helvetica text (WinAnsiEncoding) and rules,
content streams Flate-compressed.  Enough for order acknowledgments, invoices
and price notices."""

import hashlib
import zlib


def _esc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


class PdfDoc:
    W, H = 595, 842  # A4 portrait, points

    def __init__(self, title="", author="", creator="", producer="", created="20261125101500+01'00'",
                 compress=True):
        self.pages = [[]]
        self.info = {"Title": title, "Author": author, "Creator": creator, "Producer": producer,
                     "CreationDate": "D:" + created}
        self.compress = compress

    def new_page(self):
        self.pages.append([])

    def text(self, x, y, s, size=9, bold=False):
        font = b"/F2" if bold else b"/F1"
        self.pages[-1].append(b"BT %s %d Tf 1 0 0 1 %.2f %.2f Tm (%s) Tj ET" % (
            font, size, x, y, _esc(s)))

    def rtext(self, x, y, s, size=9, bold=False):
        """right-aligned at x (approximate Helvetica width 0.5em per char, digits 0.556)."""
        w = 0.0
        for ch in s:
            w += 0.556 if ch.isdigit() else (0.278 if ch in ".,:;'| " else 0.55)
        self.text(x - w * size, y, s, size, bold)

    def line(self, x1, y1, x2, y2, width=0.5):
        self.pages[-1].append(b"%.2f w %.2f %.2f m %.2f %.2f l S" % (width, x1, y1, x2, y2))

    def rect(self, x, y, w, h, gray=0.9):
        self.pages[-1].append(b"q %.2f g %.2f %.2f %.2f %.2f re f Q" % (gray, x, y, w, h))

    def lines(self, x, y, texts, size=9, leading=None, bold=False):
        leading = leading or size + 3
        for t in texts:
            self.text(x, y, t, size, bold)
            y -= leading
        return y

    def build(self):
        objs = []  # list of bytes bodies, index = obj number - 1

        def add(body):
            objs.append(body)
            return len(objs)

        catalog = add(None)
        pages = add(None)
        f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
        kids = []
        for ops in self.pages:
            stream = b"\n".join(ops) + b"\n"
            if self.compress:
                data = zlib.compress(stream, 9)
                cobj = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
            else:
                cobj = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
            pobj = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> /ProcSet [/PDF /Text] >> >>" % (
                           pages, self.W, self.H, cobj, f1, f2))
            kids.append(pobj)
        objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages
        objs[pages - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
            b" ".join(b"%d 0 R" % k for k in kids), len(kids))
        info_items = b"".join(b"/%s (%s) " % (k.encode(), _esc(v)) for k, v in self.info.items() if v)
        info = add(b"<< " + info_items + b">>")

        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(objs, 1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
        for off in offsets:
            out += b"%010d 00000 n \n" % off
        fid = hashlib.md5(bytes(out)).hexdigest().upper().encode()
        out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
            len(objs) + 1, catalog, info, fid, fid, xref))
        return bytes(out)


def table(doc, x_cols, y, header, rows, size=8.5, leading=13, right_cols=(), head_bold=True):
    """Draws a simple ruled table; x_cols are left x of each column (right edge for right_cols)."""
    x0, x1 = x_cols[0] - 4, 560
    doc.rect(x0, y - 4, x1 - x0, leading, 0.88)
    for i, h in enumerate(header):
        if i in right_cols:
            doc.rtext(x_cols[i + 1] - 6 if i + 1 < len(x_cols) else x1 - 4, y, h, size, head_bold)
        else:
            doc.text(x_cols[i], y, h, size, head_bold)
    y -= leading
    doc.line(x0, y + leading - 4, x1, y + leading - 4)
    for r in rows:
        for i, c in enumerate(r):
            if c is None or c == "":
                continue
            if i in right_cols:
                doc.rtext(x_cols[i + 1] - 6 if i + 1 < len(x_cols) else x1 - 4, y, c, size)
            else:
                doc.text(x_cols[i], y, c, size)
        y -= leading
    doc.line(x0, y + leading - 4, x1, y + leading - 4)
    return y
