"""A tiny hand-written PDF writer: Helvetica text and lines in (Flate) content streams.

Text is encoded in a single-byte code page; WinAnsi (cp1252) natively, Central European
(cp1250) through a /Differences array with standard glyph names, so extractors map it back.
"""
import zlib

GLYPHS = {
    "Š": "Scaron", "Ś": "Sacute", "Ť": "Tcaron", "Ž": "Zcaron", "Ź": "Zacute",
    "š": "scaron", "ś": "sacute", "ť": "tcaron", "ž": "zcaron", "ź": "zacute",
    "Ł": "Lslash", "Ą": "Aogonek", "Ş": "Scedilla", "Ż": "Zdotaccent", "ł": "lslash",
    "ą": "aogonek", "ş": "scedilla", "Ľ": "Lcaron", "ľ": "lcaron", "ż": "zdotaccent",
    "Ŕ": "Racute", "Ă": "Abreve", "Ĺ": "Lacute", "Ć": "Cacute", "Č": "Ccaron",
    "Ę": "Eogonek", "Ě": "Ecaron", "Ď": "Dcaron", "Đ": "Dcroat", "Ń": "Nacute",
    "Ň": "Ncaron", "Ő": "Ohungarumlaut", "Ř": "Rcaron", "Ů": "Uring", "Ű": "Uhungarumlaut",
    "Ţ": "Tcommaaccent", "ŕ": "racute", "ă": "abreve", "ĺ": "lacute", "ć": "cacute",
    "č": "ccaron", "ę": "eogonek", "ě": "ecaron", "ď": "dcaron", "đ": "dcroat",
    "ń": "nacute", "ň": "ncaron", "ő": "ohungarumlaut", "ř": "rcaron", "ů": "uring",
    "ű": "uhungarumlaut", "ţ": "tcommaaccent", "ˇ": "caron", "˘": "breve", "˛": "ogonek",
    "˙": "dotaccent", "˝": "hungarumlaut", "Á": "Aacute", "á": "aacute", "É": "Eacute",
    "é": "eacute", "Í": "Iacute", "í": "iacute", "Ó": "Oacute", "ó": "oacute", "Ú": "Uacute",
    "ú": "uacute", "Ý": "Yacute", "ý": "yacute", "Ä": "Adieresis", "ä": "adieresis",
    "Ö": "Odieresis", "ö": "odieresis", "Ü": "Udieresis", "ü": "udieresis", "ß": "germandbls",
    "Ô": "Ocircumflex", "ô": "ocircumflex", "Â": "Acircumflex", "â": "acircumflex",
    "Î": "Icircumflex", "î": "icircumflex", "Ç": "Ccedilla", "ç": "ccedilla",
    "Ë": "Edieresis", "ë": "edieresis", "§": "section", "°": "degree", "×": "multiply",
    "÷": "divide", "„": "quotedblbase", "“": "quotedblleft", "”": "quotedblright",
    "–": "endash", "—": "emdash", "€": "Euro", "‚": "quotesinglbase", "‘": "quoteleft",
    "’": "quoteright", "•": "bullet", "…": "ellipsis", "‰": "perthousand", "¤": "currency",
    "¦": "brokenbar", "¨": "dieresis", "©": "copyright", "«": "guillemotleft",
    "»": "guillemotright", "¬": "logicalnot", "\u00ad": "hyphen", "®": "registered",
    "±": "plusminus", "´": "acute", "µ": "mu", "¶": "paragraph", "·": "periodcentered",
    "¸": "cedilla", "\u00a0": "space", "†": "dagger", "‡": "daggerdbl", "‹": "guilsinglleft",
    "›": "guilsinglright", "™": "trademark",
}


def _differences(codepage):
    diffs = []
    for b in range(0x80, 0x100):
        try:
            u = bytes([b]).decode(codepage)
        except UnicodeDecodeError:
            continue
        try:
            w = bytes([b]).decode("cp1252")
        except UnicodeDecodeError:
            w = None
        if u != w and u in GLYPHS:
            diffs.append("%d /%s" % (b, GLYPHS[u]))
    return "[ " + " ".join(diffs) + " ]"


def _pdfstr(s, codepage):
    b = s.encode(codepage)
    out = []
    for byte in b:
        c = chr(byte)
        if c in "()\\":
            out.append("\\" + c)
        elif 32 <= byte < 127:
            out.append(c)
        else:
            out.append("\\%03o" % byte)
    return "(" + "".join(out) + ")"


class Page:
    def __init__(self, width=595, height=842):
        self.width = width
        self.height = height
        self.ops = []

    def text(self, x, y, s, size=9, bold=False, right=False, width=None):
        font = "F2" if bold else "F1"
        if right:
            # approximate right alignment with Helvetica average width
            w = _approx_width(s, size, bold)
            x = x - w
        self.ops.append(("t", x, y, s, size, font))

    def line(self, x1, y1, x2, y2, w=0.5):
        self.ops.append(("l", x1, y1, x2, y2, w))

    def rect(self, x, y, wd, ht, gray=0.9):
        self.ops.append(("r", x, y, wd, ht, gray))


def _approx_width(s, size, bold):
    narrow = "il.,:;'|!1()[]fjtrI "
    wide = "mwMW@%"
    w = 0.0
    for c in s:
        if c in narrow:
            w += 0.28
        elif c in wide:
            w += 0.85
        elif c.isupper() or c.isdigit():
            w += 0.62 if c.isupper() else 0.556
        else:
            w += 0.52
    return w * size * (1.05 if bold else 1.0)


def build_pdf(pages, codepage="cp1252", title="", author="", producer="", creator="",
              compress=True, creation="D:20261201091500+01'00'"):
    objs = []  # list of bytes bodies; object n = index+1

    def add(body):
        objs.append(body)
        return len(objs)

    if codepage == "cp1252":
        enc = "/WinAnsiEncoding"
    else:
        enc = "<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences %s >>" % _differences(codepage)
    f1 = add(("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding %s >>" % enc).encode())
    f2 = add(("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding %s >>" % enc).encode())
    pages_id_placeholder = len(objs) + 1
    objs.append(None)  # Pages
    page_ids = []
    for pg in pages:
        ops = []
        for op in pg.ops:
            if op[0] == "t":
                _, x, y, s, size, font = op
                ops.append("BT /%s %g Tf %.2f %.2f Td %s Tj ET" % (font, size, x, y, _pdfstr(s, codepage)))
            elif op[0] == "l":
                _, x1, y1, x2, y2, w = op
                ops.append("%g w %.2f %.2f m %.2f %.2f l S" % (w, x1, y1, x2, y2))
            elif op[0] == "r":
                _, x, y, wd, ht, gray = op
                ops.append("q %g g %.2f %.2f %.2f %.2f re f Q" % (gray, x, y, wd, ht))
        content = ("\n".join(ops) + "\n").encode("latin-1")
        if compress:
            data = zlib.compress(content, 9)
            cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        else:
            cid = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream")
        pid = add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                   % (pages_id_placeholder, pg.width, pg.height, f1, f2, cid)).encode())
        page_ids.append(pid)
    objs[pages_id_placeholder - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (
        " ".join("%d 0 R" % p for p in page_ids), len(page_ids))).encode()
    cat = add(("<< /Type /Catalog /Pages %d 0 R >>" % pages_id_placeholder).encode())

    def lit(s):
        return _pdfstr(s, "cp1252") if all(ord(c) < 256 or c in GLYPHS for c in s) else "()"
    info = add(("<< /Title %s /Author %s /Producer %s /Creator %s /CreationDate (%s) >>" % (
        lit(title), lit(author), lit(producer), lit(creator), creation)).encode("latin-1"))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, cat, info, xref))
    return bytes(out)


def table_doc(header_lines, columns, rows, footer_lines, codepage="cp1252", title="",
              producer="", creator="", author="", col_align=None, right_block=None,
              creation="D:20261201091500+01'00'", logo=None):
    """Simple one-page business document: header text, a ruled table, footer text.

    header_lines: list of (text, size, bold). columns: list of (title, x). rows: list of tuples.
    right_block: list of (label, value) printed at the top right.
    """
    pg = Page()
    y = 800
    if logo:
        pg.text(40, y, logo, 16, True)
        y -= 24
    for t, size, bold in header_lines:
        pg.text(40, y, t, size, bold)
        y -= size + 5
    if right_block:
        ry = 800
        for lab, val in right_block:
            pg.text(340, ry, lab, 8, True)
            pg.text(445, ry, val, 8)
            ry -= 12
        y = min(y, ry - 8)
    y -= 10
    pg.rect(36, y - 4, 523, 14, 0.88)
    aligns = col_align or ["l"] * len(columns)
    for (title_, x), al in zip(columns, aligns):
        pg.text(x, y, title_, 8, True, right=(al == "r"))
    y -= 6
    pg.line(36, y, 559, y)
    y -= 12
    for r in rows:
        if isinstance(r, str):
            pg.text(columns[1][1], y, r, 7.5)
            y -= 11
            continue
        for (title_, x), val, al in zip(columns, r, aligns):
            pg.text(x, y, val, 8, right=(al == "r"))
        y -= 13
    pg.line(36, y + 6, 559, y + 6)
    y -= 10
    for t, size, bold in footer_lines:
        pg.text(40, y, t, size, bold)
        y -= size + 4
    return build_pdf([pg], codepage, title=title, producer=producer, creator=creator,
                     author=author, creation=creation)
