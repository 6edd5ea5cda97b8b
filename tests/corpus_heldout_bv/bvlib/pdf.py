"""Hand-built PDFs (Helvetica, WinAnsiEncoding) whose text is extractable."""
import hashlib
import zlib


def _esc(s):
    b = s.encode("cp1252")
    out = bytearray()
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([c])
        elif c < 32 or c > 126:
            out += b"\\%03o" % c
        else:
            out.append(c)
    return bytes(out)


def page_stream(items):
    """items: (x, y, size, text, bold) tuples or ('line', x1, y1, x2, y2)."""
    ops = []
    for it in items:
        if it[0] == "line":
            _, x1, y1, x2, y2 = it
            ops.append(b"0.5 w %d %d m %d %d l S" % (x1, y1, x2, y2))
            continue
        x, y, size, txt, bold = it
        ops.append(b"BT /%s %d Tf %d %d Td (%s) Tj ET" % (b"F2" if bold else b"F1", size, x, y, _esc(txt)))
    return b"\n".join(ops) + b"\n"


def build(pages, title="Order confirmation", author="ERP", producer="PDFlib+PDI 9.3", date="D:20261117094200+01'00'",
          compress=True):
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)
    catalog = add(None)
    pages_id = add(None)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for items in pages:
        raw = page_stream(items)
        if compress:
            data = zlib.compress(raw, 9)
            c = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        else:
            c = add(b"<< /Length %d >>\nstream\n" % len(raw) + raw + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                        % (pages_id, f1, f2, c)))
    objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = add(b"<< /Title (%s) /Author (%s) /Producer (%s) /CreationDate (%s) /ModDate (%s) >>"
               % (_esc(title), _esc(author), _esc(producer), date.encode(), date.encode()))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    fid = hashlib.md5(bytes(out)).hexdigest().upper().encode()
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, catalog, info, fid, fid, xref)
    return bytes(out)


def simple_doc(header_lines, table_head, rows, footer_lines, col_x, **kw):
    """One-page document: header block, a table, footer lines."""
    items = []
    y = 800
    for i, t in enumerate(header_lines):
        items.append((50, y, 14 if i == 0 else 10, t, i == 0))
        y -= 20 if i == 0 else 14
    y -= 10
    for x, t in zip(col_x, table_head):
        items.append((x, y, 9, t, True))
    items.append(("line", 50, y - 4, 545, y - 4))
    y -= 18
    for r in rows:
        for x, t in zip(col_x, r):
            items.append((x, y, 9, str(t), False))
        y -= 14
    items.append(("line", 50, y + 6, 545, y + 6))
    y -= 14
    for t in footer_lines:
        items.append((50, y, 9, t, False))
        y -= 13
    return build([items], **kw)
