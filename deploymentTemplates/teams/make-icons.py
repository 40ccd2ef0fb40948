#!/usr/bin/env python3
"""Draws the Teams app icons with the standard library only: color.png 192x192 (programme gradient, white
skyline) and outline.png 32x32 (transparent, white skyline), as the Teams manifest requires."""
import struct
import zlib
from pathlib import Path

# The skyline: three bars rising to the middle, in a 32-unit design grid (x0, x1, top), bottom at 25.
BARS = [(6, 11, 14), (13, 18, 8), (20, 25, 13)]


def inside_skyline(u, v):
    return any(x0 <= u < x1 and top <= v < 25 for x0, x1, top in BARS) or (u - 15.5) ** 2 + (v - 27.5) ** 2 <= 1.6


def png(path, size, pixel):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(size)) for y in range(size))
    chunk = lambda kind, data: struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    Path(path).write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def color(x, y, size=192):
    u, v = x * 32 / size, y * 32 / size
    if inside_skyline(u, v):
        return (255, 255, 255, 255)
    t = (x + y) / (2 * size)  # diagonal gradient #0b4f8a -> #1f8a5b
    return (round(0x0B + (0x1F - 0x0B) * t), round(0x4F + (0x8A - 0x4F) * t), round(0x8A + (0x5B - 0x8A) * t), 255)


def outline(x, y):
    return (255, 255, 255, 255) if inside_skyline(x + 0.5, y + 0.5) else (0, 0, 0, 0)


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    png(here / "color.png", 192, color)
    png(here / "outline.png", 32, outline)
