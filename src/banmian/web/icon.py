"""The reader's icon: a red square with the white columns of a page, drawn here.

Browsers ask for ``/favicon.ico`` whatever a page links to; it used to be a
404 in every log. Drawn in code (a PNG inside an ICO container) so that no
binary file needs reviewing; ``static/favicon.svg`` is the same picture for
browsers that take SVG icons.
"""

from __future__ import annotations

import struct
import zlib
from functools import lru_cache

SIZE = 32
RED = (179, 38, 30, 255)
WHITE = (251, 248, 241, 255)
CLEAR = (0, 0, 0, 0)


def _pixel(x: int, y: int) -> tuple[int, int, int, int]:
    corner = 5
    dx, dy = max(corner - x, x - (SIZE - 1 - corner), 0), max(corner - y, y - (SIZE - 1 - corner), 0)
    if dx * dx + dy * dy > corner * corner:
        return CLEAR  # rounded corners
    if 5 <= y <= 9 and 5 <= x <= 26:
        return WHITE  # the masthead
    in_column = any(start <= x <= start + 5 for start in (5, 13, 21))
    if 13 <= y <= 26 and in_column and y % 3 != 0:
        return WHITE  # three columns of lines
    return RED


def _png() -> bytes:
    rows = b"".join(b"\x00" + b"".join(bytes(_pixel(x, y)) for x in range(SIZE)) for y in range(SIZE))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


@lru_cache(maxsize=1)
def favicon_ico() -> bytes:
    """An ICO file holding one 32x32 PNG image (ICO has held PNG images since Windows Vista)."""
    png = _png()
    directory = struct.pack("<HHH", 0, 1, 1)  # reserved, type 1 = icon, one image
    entry = struct.pack("<BBBBHHII", SIZE, SIZE, 0, 0, 1, 32, len(png), 6 + 16)
    return directory + entry + png
