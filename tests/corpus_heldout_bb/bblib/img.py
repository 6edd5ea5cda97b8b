"""A deterministic greyscale 'scanned page' PNG without any machine-readable text."""
from __future__ import annotations

import struct
import zlib


def _chunk(tag, data):
    c = struct.pack(">I", len(data)) + tag + data
    return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def scan_png(seed=12345, w=620, h=877):
    x = seed & 0xFFFFFFFF

    def rnd():
        nonlocal x
        x = (1103515245 * x + 12345) & 0x7FFFFFFF
        return x

    # "text" blocks: rows of dark dashes of random length, like a blurred printed letter
    blocks = []
    y = 70
    while y < h - 90:
        if rnd() % 9 == 0:
            y += 22
            continue
        xx = 60 + (rnd() % 30 if rnd() % 5 == 0 else 0)
        while xx < w - 70:
            ln = 8 + rnd() % 46
            blocks.append((y, xx, min(xx + ln, w - 60)))
            xx += ln + 6 + rnd() % 8
        y += 15 + rnd() % 4
    rows_dark = {}
    for (yy, a, b) in blocks:
        for dy in range(7):
            rows_dark.setdefault(yy + dy, []).append((a, b))
    raw = bytearray()
    for r in range(h):
        raw.append(0)
        line = bytearray([243 + ((rnd() >> 7) % 4) if (c & 3) == 0 else 246 for c in range(w)])
        for a, b in rows_dark.get(r, []):
            for c in range(a, b):
                line[c] = 70 + rnd() % 60
        # a skew shadow at the left border, like a copier scan
        for c in range(0, 12):
            line[c] = 120 + c * 9
        raw += line
    png = b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
    png += _chunk(b"pHYs", struct.pack(">IIB", 5906, 5906, 1))
    png += _chunk(b"IDAT", zlib.compress(bytes(raw), 9))
    png += _chunk(b"IEND", b"")
    return png
