"""A tiny hand-written PDF writer: standard Type1 fonts, WinAnsi text,
Flate-compressed content streams, correct xref table.  Deterministic."""
import zlib

FONTS = {"R": "Helvetica", "B": "Helvetica-Bold", "M": "Courier", "MB": "Courier-Bold"}
FONT_ORDER = ["R", "B", "M", "MB"]


def _pdf_string(s):
    data = s.encode("cp1252")  # raises for characters WinAnsi cannot show
    out = []
    for b in data:
        c = chr(b)
        if c in "\\()":
            out.append("\\" + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append("\\%03o" % b)
    return "(" + "".join(out) + ")"


def make_pdf(pages, title="", author="", producer="", creation="D:20261201090000+01'00'",
             compress=True, size=(595, 842)):
    """pages: list of lists of (x, y, font_key, font_size, text) items, or
    ('line', x1, y1, x2, y2) for rules."""
    objs = []  # index 0 -> object 1

    def add(body):
        objs.append(body)
        return len(objs)

    catalog = add(None)
    pages_obj = add(None)
    font_ids = {}
    for k in FONT_ORDER:
        font_ids[k] = add(("<< /Type /Font /Subtype /Type1 /BaseFont /%s "
                           "/Encoding /WinAnsiEncoding >>" % FONTS[k]).encode())
    page_ids = []
    for items in pages:
        ops = []
        for it in items:
            if it[0] == "line":
                _, x1, y1, x2, y2 = it
                ops.append("0.5 w %.1f %.1f m %.1f %.1f l S" % (x1, y1, x2, y2))
                continue
            x, y, fk, fs, txt = it
            ops.append("BT /F%d %g Tf %.1f %.1f Td %s Tj ET"
                       % (FONT_ORDER.index(fk) + 1, fs, x, y, _pdf_string(txt)))
        stream = ("\n".join(ops) + "\n").encode("latin-1")
        if compress:
            data = zlib.compress(stream, 9)
            cobj = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        else:
            cobj = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
        fonts = " ".join("/F%d %d 0 R" % (i + 1, font_ids[k]) for i, k in enumerate(FONT_ORDER))
        pid = add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] "
                   "/Resources << /Font << %s >> >> /Contents %d 0 R >>"
                   % (pages_obj, size[0], size[1], fonts, cobj)).encode())
        page_ids.append(pid)
    objs[catalog - 1] = ("<< /Type /Catalog /Pages %d 0 R >>" % pages_obj).encode()
    objs[pages_obj - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>"
                           % (" ".join("%d 0 R" % p for p in page_ids), len(page_ids))).encode()
    info = add(("<< /Title %s /Author %s /Producer %s /CreationDate (%s) >>"
                % (_pdf_string(title), _pdf_string(author), _pdf_string(producer), creation)).encode())

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
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, catalog, info, xref))
    return bytes(out)


def text_pages(blocks, top=800, left=50, bottom=60, leading=None):
    """blocks: list of (text, font_key, size) or plain strings (Helvetica 10)
    or ('rule',) laid out from the top; returns pages for make_pdf."""
    pages = [[]]
    y = top
    for b in blocks:
        if b == ("rule",):
            pages[-1].append(("line", left, y + 4, 545, y + 4))
            y -= 6
            continue
        if isinstance(b, str):
            b = (b, "R", 10)
        txt, fk, fs = b
        lead = leading or fs * 1.35
        if y - lead < bottom:
            pages.append([])
            y = top
        if txt:
            pages[-1].append((left, y, fk, fs, txt))
        y -= lead
    return pages


def simple_pdf(blocks, **kw):
    return make_pdf(text_pages(blocks), **kw)
