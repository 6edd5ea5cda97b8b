"""A tiny PNG writer (for inline signature logos)."""
import struct
import zlib


def _chunk(kind, data):
    c = struct.pack(">I", len(data)) + kind + data
    return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png(width, height, pixel):
    """pixel(x, y) -> (r, g, b)."""
    rows = []
    for y in range(height):
        row = bytearray(b"\x00")
        for x in range(width):
            row.extend(pixel(x, y))
        rows.append(bytes(row))
    raw = b"".join(rows)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b""))


def logo(width, height, fg, bg, stripe=None):
    def px(x, y):
        if stripe and y >= height - 4:
            return stripe
        # a simple emblem: a filled circle on the left, bars on the right
        cx, cy, r = height // 2, height // 2, height // 2 - 3
        if (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
            return fg
        if x > height + 4 and (y // 5) % 2 == 0 and y < height - 6 and x < width - 6:
            return fg
        return bg
    return png(width, height, px)
