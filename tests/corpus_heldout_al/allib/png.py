"""Tiny real PNG images (used for image signatures / logos)."""
import struct
import zlib


def _chunk(tag: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def make_png(width: int = 120, height: int = 30, rgb=(20, 60, 120), stripe=(230, 230, 230)) -> bytes:
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            c = rgb if (x // 6 + y // 6) % 3 else stripe
            row += bytes(c)
        rows.append(bytes(row))
    raw = b"".join(rows)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b"")
