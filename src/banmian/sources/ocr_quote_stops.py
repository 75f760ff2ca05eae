"""A full stop pushed onto the next row together with a closing quote the
detector boxed alone (”。 under a paragraph's last line): the quote is read,
the ring after it is left unboxed (issue 12, exact article bodies)."""

from __future__ import annotations

from typing import Any

from .ocr_marks import _unboxed_ink, is_ring

Box = tuple[float, float, float, float]


def stops_after_lone_quotes(image: Any, boxes: list[Box]) -> list[tuple[Box, tuple[float, float]]]:
    """Rings (:func:`is_ring`) no box covers, in the next square after a box
    of one mark (no wider than a row is high) that stands at the left edge of
    a column, one row under a line of it. Returns each one's cell (a row's
    height, the mark at its lower left) and its ink's x-range; found apart
    from the recogniser's batch, like :func:`column_top_stops`."""
    unboxed = _unboxed_ink(image, boxes)
    if unboxed is None:
        return []
    rows, height, ink, count, stats = unboxed
    lone = [b for b in boxes if b[2] - b[0] <= 0.8 * height and b[3] - b[1] <= 1.4 * height
            and any(abs(b[0] - r[0]) <= 0.5 * height and 0 <= b[1] - r[3] <= 1.2 * height for r in rows)]
    out: list[tuple[Box, tuple[float, float]]] = []
    for k in range(1, count):
        x, y, w, h, _ = (int(v) for v in stats[k])
        if not any(0 <= x - b[2] <= 0.9 * height and b[1] - 0.2 * height <= y <= b[1] + height for b in lone):
            continue
        if not is_ring(ink[y:y + h, x:x + w], height):
            continue
        top = max(0.0, y + h - 0.8 * height)
        out.append(((max(0.0, x - 0.15 * height), top, min(float(image.shape[1]), x + 0.9 * height), top + height),
                    (float(x), float(x + w))))
    return out
