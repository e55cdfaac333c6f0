#!/usr/bin/env python3
"""Draws the Teams app icons (no dependencies): color.png 192x192 and outline.png 32x32.

The symbol is three bars of one length stacked and aligned on a target line: leadership, marketing and
sales pulling the same way. color.png puts it in white on the accent colour with Teams' recommended padding;
outline.png is white on transparent with no padding, as the Teams manifest requires.
Run from this folder: python3 tools/make-icons.py
"""
import struct
import zlib

ACCENT = (0x4F, 0x52, 0xB2)


def png(path, width, height, pixels):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(c for px in row for c in px) for row in pixels)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(raw, 9)))
        f.write(chunk(b"IEND", b""))


def coverage(x, y, shapes, samples=4):
    """Fraction of the pixel (x, y) inside any shape, by supersampling."""
    inside = 0
    for sx in range(samples):
        for sy in range(samples):
            px = x + (sx + 0.5) / samples
            py = y + (sy + 0.5) / samples
            if any(shape(px, py) for shape in shapes):
                inside += 1
    return inside / (samples * samples)


def rounded_rect(x0, y0, x1, y1, r):
    def shape(px, py):
        if not (x0 <= px <= x1 and y0 <= py <= y1):
            return False
        cx = min(max(px, x0 + r), x1 - r)
        cy = min(max(py, y0 + r), y1 - r)
        return (px - cx) ** 2 + (py - cy) ** 2 <= r * r

    return shape


def symbol(size, left, top):
    """Three aligned bars plus a target line at their right ends, inside a size x size box."""
    bar_h = size * 0.16
    gap = size * 0.12
    bar_w = size * 0.62
    shapes = []
    for i in range(3):
        y = top + size * 0.12 + i * (bar_h + gap)
        shapes.append(rounded_rect(left + size * 0.06, y, left + size * 0.06 + bar_w, y + bar_h, bar_h / 2))
    line_x = left + size * 0.80
    shapes.append(rounded_rect(line_x, top + size * 0.04, line_x + size * 0.10, top + size * 0.96, size * 0.05))
    return shapes


def color_icon():
    size = 192
    shapes = symbol(96, 48, 48)
    rows = []
    for y in range(size):
        row = []
        for x in range(size):
            a = coverage(x, y, shapes)
            row.append(tuple(round(c * (1 - a) + 255 * a) for c in ACCENT) + (255,))
        rows.append(row)
    png("color.png", size, size, rows)


def outline_icon():
    size = 32
    shapes = symbol(32, 0, 0)
    rows = [[(255, 255, 255, round(255 * coverage(x, y, shapes, 8))) for x in range(size)] for y in range(size)]
    png("outline.png", size, size, rows)


if __name__ == "__main__":
    color_icon()
    outline_icon()
