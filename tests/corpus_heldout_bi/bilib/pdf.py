"""Minimal hand-built PDF writer: Helvetica text, optional Flate content streams."""
from __future__ import annotations

import zlib


def _esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(pages, title="Order acknowledgment", date="20261110090000+01'00'", compress=False,
             producer="SAP NetWeaver 7.50 PDF", font_size=9):
    """pages: list of list-of-lines (str, cp1252-encodable). Lines starting with '#' are bold."""
    objs = []  # bytes of each object body, index 0 -> obj 1

    def add(b):
        objs.append(b)
        return len(objs)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    fontb = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    pages_id = len(objs) + 1 + 2 * len(pages) + 1  # placeholder computed below
    page_ids = []
    content_ids = []
    for lines in pages:
        ops = ["BT", f"/F1 {font_size} Tf", f"{font_size + 3} TL", "40 800 Td"]
        for ln in lines:
            if ln.startswith("#"):
                ops.append(f"/F2 {font_size + 2} Tf ({_esc(ln[1:])}) Tj T* /F1 {font_size} Tf")
            else:
                ops.append(f"({_esc(ln)}) Tj T*")
        ops.append("ET")
        data = ("\n".join(ops) + "\n").encode("cp1252")
        if compress:
            z = zlib.compress(data, 9)
            cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(z) + z + b"\nendstream")
        else:
            cid = add(b"<< /Length %d >>\nstream\n" % len(data) + data + b"endstream")
        content_ids.append(cid)
    pages_id = len(objs) + len(pages) + 1
    for cid in content_ids:
        pid = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                  % (pages_id, font, fontb, cid))
        page_ids.append(pid)
    kids = " ".join(f"{p} 0 R" for p in page_ids).encode()
    assert add(b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(page_ids)) == pages_id
    cat = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    info = add(("<< /Title (%s) /Producer (%s) /CreationDate (D:%s) /ModDate (D:%s) >>"
                % (_esc(title), _esc(producer), date, date)).encode("cp1252"))
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, b in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + b + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, info, xref)
    return out
