"""Minimal hand-written PDF writer: Helvetica (WinAnsi) text and lines in
Flate-compressed content streams, one xref table.  Enough for supplier
acknowledgments, invoices and forms."""
import zlib


def _esc(s):
    out = []
    for c in s.encode("cp1252"):
        if c in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(c))
        elif 32 <= c < 127:
            out.append(chr(c))
        else:
            out.append("\\%03o" % c)
    return "".join(out)


def text_width(s, size):
    w = 0.0
    for ch in s:
        if ch in "il.,:;'|!":
            w += 0.25
        elif ch in " ()/-":
            w += 0.32
        elif ch.isupper() or ch in "mw":
            w += 0.68
        else:
            w += 0.55
    return w * size


class Page:
    def __init__(self, width=595.28, height=841.89):
        self.width = width
        self.height = height
        self.ops = []

    def text(self, x, y, s, size=9, bold=False, align="left"):
        if align == "right":
            x = x - text_width(s, size)
        elif align == "center":
            x = x - text_width(s, size) / 2
        self.ops.append("BT /%s %g Tf %.2f %.2f Td (%s) Tj ET" % ("F2" if bold else "F1", size, x, y, _esc(s)))

    def line(self, x1, y1, x2, y2, w=0.5):
        self.ops.append("%g w %.2f %.2f m %.2f %.2f l S" % (w, x1, y1, x2, y2))

    def rect(self, x, y, w, h, gray=None, stroke=True):
        if gray is not None:
            self.ops.append("%g g %.2f %.2f %.2f %.2f re f 0 g" % (gray, x, y, w, h))
        if stroke:
            self.ops.append("0.5 w %.2f %.2f %.2f %.2f re S" % (x, y, w, h))

    def table(self, x, y, cols, rows, size=8, row_h=13, header_bold=True):
        """cols: list of (width, align); rows: list of lists of str. Returns y after."""
        for ri, row in enumerate(rows):
            cx = x
            for (w, al), val in zip(cols, row):
                if val is None:
                    val = ""
                if al == "right":
                    self.text(cx + w - 3, y, str(val), size, bold=(ri == 0 and header_bold), align="right")
                else:
                    self.text(cx + 2, y, str(val), size, bold=(ri == 0 and header_bold))
                cx += w
            if ri == 0:
                self.line(x, y - 4, x + sum(c[0] for c in cols), y - 4, 0.7)
            y -= row_h
        return y


class Document:
    def __init__(self, title="", author="", producer="", creator="", created="D:20261126120000+01'00'"):
        self.pages = []
        self.info = {"Title": title, "Author": author, "Producer": producer, "Creator": creator,
                     "CreationDate": created, "ModDate": created}

    def page(self, **kw):
        p = Page(**kw)
        self.pages.append(p)
        return p

    def tobytes(self, compress=True):
        objs = []  # index 0 -> object 1

        def add(body):
            objs.append(body)
            return len(objs)

        cat = add(None)
        pages = add(None)
        f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
        info_items = " ".join("/%s (%s)" % (k, _esc(v)) for k, v in self.info.items() if v)
        info = add(("<< %s >>" % info_items).encode("latin-1"))
        kids = []
        for p in self.pages:
            content = ("\n".join(p.ops) + "\n").encode("latin-1")
            if compress:
                data = zlib.compress(content, 9)
                cobj = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
            else:
                cobj = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
            pobj = add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                        % (pages, p.width, p.height, f1, f2, cobj)).encode("ascii"))
            kids.append(pobj)
        objs[cat - 1] = ("<< /Type /Catalog /Pages %d 0 R >>" % pages).encode("ascii")
        objs[pages - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))).encode("ascii")

        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(objs, 1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n" % (len(objs) + 1)
        out += b"0000000000 65535 f \n"
        for off in offsets:
            out += b"%010d 00000 n \n" % off
        out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, info, xref)
        return bytes(out)
