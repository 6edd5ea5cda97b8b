"""Minimal hand-written PDFs: text pages (Tj / TJ, optional Flate) and an image-only page."""
import zlib


def _esc(s):
    b = s.encode("cp1252")
    out = []
    for c in b:
        ch = chr(c)
        if ch in "()\\":
            out.append("\\" + ch)
        elif c < 32 or c > 126:
            out.append("\\%03o" % c)
        else:
            out.append(ch)
    return "".join(out)


def _assemble(objects, info, root=1):
    """objects: list of bytes (object bodies), numbered from 1."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    info_no = None
    if info:
        offsets.append(len(out))
        info_no = len(objects) + 1
        fields = "".join(f"/{k} ({_esc(v)})" for k, v in info.items())
        out += f"{info_no} 0 obj\n<<{fields}>>\nendobj\n".encode()
    xref = len(out)
    n = len(offsets) + 1
    out += f"xref\n0 {n}\n0000000000 65535 f \n".encode()
    for o in offsets:
        out += f"{o:010d} 00000 n \n".encode()
    trailer = f"trailer\n<< /Size {n} /Root {root} 0 R"
    if info_no:
        trailer += f" /Info {info_no} 0 R"
    trailer += f" >>\nstartxref\n{xref}\n%%EOF\n"
    out += trailer.encode()
    return bytes(out)


def _stream(content, compress):
    if compress:
        data = zlib.compress(content, 6)
        return f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode() + data + b"\nendstream"
    return f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream"


def text_pdf(pages, compress=False, info=None, split=None):
    """pages: list of pages; a page is a list of (x, y, size, text, bold) tuples.
    split: optional function(text) -> list of (chunk, kern) used to emit TJ arrays
    (kerning values small enough that no space is implied)."""
    fonts_obj = [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
                 b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"]
    objects = [None, None] + fonts_obj  # 1 catalog, 2 pages, 3 F1, 4 F2
    kids = []
    for page in pages:
        ops = []
        for (x, y, size, s, bold) in page:
            f = "F2" if bold else "F1"
            if split and not bold and len(s) > 6:
                parts = split(s)
                arr = " ".join(f"({_esc(c)})" + (f" {k}" if k else "") for c, k in parts)
                ops.append(f"BT /{f} {size} Tf 1 0 0 1 {x} {y} Tm [{arr}] TJ ET")
            else:
                ops.append(f"BT /{f} {size} Tf {x} {y} Td ({_esc(s)}) Tj ET")
        content = ("\n".join(ops) + "\n").encode("latin-1")
        page_no = len(objects) + 1
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {page_no + 1} 0 R >>".encode())
        objects.append(_stream(content, compress))
        kids.append(page_no)
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    return _assemble(objects, info)


def kern_split(s):
    """Split a string into chunks with small kerning adjustments, as typesetting tools do."""
    out = []
    i = 0
    step = [5, 3, 7, 4, 6]
    j = 0
    while i < len(s):
        n = step[j % len(step)]
        chunk = s[i:i + n]
        i += n
        out.append((chunk, (-15 if j % 2 else 12) if i < len(s) else 0))
        j += 1
    return out


# ---------------------------------------------------------------- image-only PDF

FONT5x7 = {
    "A": ["01110", "10001", "10001", "11111", "10001", "10001", "10001"],
    "B": ["11110", "10001", "10001", "11110", "10001", "10001", "11110"],
    "C": ["01110", "10001", "10000", "10000", "10000", "10001", "01110"],
    "D": ["11110", "10001", "10001", "10001", "10001", "10001", "11110"],
    "E": ["11111", "10000", "10000", "11110", "10000", "10000", "11111"],
    "F": ["11111", "10000", "10000", "11110", "10000", "10000", "10000"],
    "G": ["01110", "10001", "10000", "10111", "10001", "10001", "01111"],
    "H": ["10001", "10001", "10001", "11111", "10001", "10001", "10001"],
    "I": ["01110", "00100", "00100", "00100", "00100", "00100", "01110"],
    "J": ["00111", "00010", "00010", "00010", "00010", "10010", "01100"],
    "K": ["10001", "10010", "10100", "11000", "10100", "10010", "10001"],
    "L": ["10000", "10000", "10000", "10000", "10000", "10000", "11111"],
    "M": ["10001", "11011", "10101", "10101", "10001", "10001", "10001"],
    "N": ["10001", "10001", "11001", "10101", "10011", "10001", "10001"],
    "O": ["01110", "10001", "10001", "10001", "10001", "10001", "01110"],
    "P": ["11110", "10001", "10001", "11110", "10000", "10000", "10000"],
    "Q": ["01110", "10001", "10001", "10001", "10101", "10010", "01101"],
    "R": ["11110", "10001", "10001", "11110", "10100", "10010", "10001"],
    "S": ["01111", "10000", "10000", "01110", "00001", "00001", "11110"],
    "T": ["11111", "00100", "00100", "00100", "00100", "00100", "00100"],
    "U": ["10001", "10001", "10001", "10001", "10001", "10001", "01110"],
    "V": ["10001", "10001", "10001", "10001", "10001", "01010", "00100"],
    "W": ["10001", "10001", "10001", "10101", "10101", "10101", "01010"],
    "X": ["10001", "10001", "01010", "00100", "01010", "10001", "10001"],
    "Y": ["10001", "10001", "01010", "00100", "00100", "00100", "00100"],
    "Z": ["11111", "00001", "00010", "00100", "01000", "10000", "11111"],
    "0": ["01110", "10001", "10011", "10101", "11001", "10001", "01110"],
    "1": ["00100", "01100", "00100", "00100", "00100", "00100", "01110"],
    "2": ["01110", "10001", "00001", "00010", "00100", "01000", "11111"],
    "3": ["11111", "00010", "00100", "00010", "00001", "10001", "01110"],
    "4": ["00010", "00110", "01010", "10010", "11111", "00010", "00010"],
    "5": ["11111", "10000", "11110", "00001", "00001", "10001", "01110"],
    "6": ["00110", "01000", "10000", "11110", "10001", "10001", "01110"],
    "7": ["11111", "00001", "00010", "00100", "01000", "01000", "01000"],
    "8": ["01110", "10001", "10001", "01110", "10001", "10001", "01110"],
    "9": ["01110", "10001", "10001", "01111", "00001", "00010", "01100"],
    " ": ["00000"] * 7,
    ".": ["00000", "00000", "00000", "00000", "00000", "01100", "01100"],
    ",": ["00000", "00000", "00000", "00000", "01100", "00100", "01000"],
    ":": ["00000", "01100", "01100", "00000", "01100", "01100", "00000"],
    "-": ["00000", "00000", "00000", "11111", "00000", "00000", "00000"],
    "/": ["00000", "00001", "00010", "00100", "01000", "10000", "00000"],
    "#": ["01010", "01010", "11111", "01010", "11111", "01010", "01010"],
    "(": ["00010", "00100", "01000", "01000", "01000", "00100", "00010"],
    ")": ["01000", "00100", "00010", "00010", "00010", "00100", "01000"],
    "&": ["01100", "10010", "10100", "01000", "10101", "10010", "01101"],
    "%": ["11000", "11001", "00010", "00100", "01000", "10011", "00011"],
    "$": ["00100", "01111", "10100", "01110", "00101", "11110", "00100"],
}


def render_bitmap(lines, scale=2, margin=24, line_gap=6):
    """Render text lines with the 5x7 font. Returns (width, height, rows of 0/1 where 1 = black)."""
    lines = [ln.upper() for ln in lines]
    cw = 6 * scale
    ch = 7 * scale
    width = margin * 2 + max(len(ln) for ln in lines) * cw
    width = (width + 7) // 8 * 8
    height = margin * 2 + len(lines) * (ch + line_gap * scale // 2)
    rows = [[0] * width for _ in range(height)]
    y = margin
    for ln in lines:
        x = margin
        for c in ln:
            g = FONT5x7.get(c, FONT5x7[" "])
            for gy, row in enumerate(g):
                for gx, bit in enumerate(row):
                    if bit == "1":
                        for dy in range(scale):
                            for dx in range(scale):
                                rows[y + gy * scale + dy][x + gx * scale + dx] = 1
            x += cw
        y += ch + line_gap * scale // 2
    return width, height, rows


def image_pdf(lines, info=None, scale=2):
    w, h, rows = render_bitmap(lines, scale=scale)
    # 1 bit per pixel, DeviceGray: 0 = black, so invert
    data = bytearray()
    for r in rows:
        for i in range(0, w, 8):
            byte = 0
            for b in range(8):
                bit = 0 if r[i + b] else 1
                byte = (byte << 1) | bit
            data.append(byte)
    img = zlib.compress(bytes(data), 9)
    # place image scaled to page width 595 - 2*36
    disp_w = 523
    disp_h = round(h * disp_w / w, 2)
    y0 = round(842 - 36 - disp_h, 2)
    content = f"q\n{disp_w} 0 0 {disp_h} 36 {y0} cm\n/Im1 Do\nQ\n".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
        _stream(content, False),
        f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode /Length {len(img)} >>\nstream\n".encode() + img + b"\nendstream",
    ]
    return _assemble(objects, info)


def bitmap_png(lines, scale=2):
    """Same bitmap as a PNG (for inline signature images etc.)."""
    import struct
    w, h, rows = render_bitmap(lines, scale=scale)
    raw = bytearray()
    for r in rows:
        raw.append(0)
        raw += bytes(0 if v else 255 for v in r)
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))
