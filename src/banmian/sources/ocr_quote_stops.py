"""A full stop pushed onto the next row together with a closing quote the
detector boxed alone (”。 under a paragraph's last line): the quote is read,
the ring after it is left unboxed (issue 12, exact article bodies)."""

from __future__ import annotations

from typing import Any

from .ocr_ink import ink_mask, true_runs, is_ring, row_height

Box = tuple[float, float, float, float]


def stops_after_lone_quotes(image: Any, boxes: list[Box]) -> list[tuple[Box, tuple[float, float]]]:
    """Rings (:func:`is_ring`) no box covers, in the next square after a box
    of one mark (no wider than a row is high) that stands at the left edge of
    a column, one row under a line of it. Returns each one's cell (a row's
    height, the mark at its lower left) and its ink's x-range; found apart
    from the recogniser's batch, like :func:`column_top_stops`. Only the
    square after each such box is looked at (a page's whole ink costs a
    tenth of a second or more)."""
    import cv2
    import numpy as np

    rows = [b for b in boxes if b[2] - b[0] > 2 * (b[3] - b[1])]
    if not rows:
        return []
    height = row_height(rows)
    lone = [b for b in boxes if b[2] - b[0] <= 0.8 * height and b[3] - b[1] <= 1.4 * height
            and any(abs(b[0] - r[0]) <= 0.5 * height and 0 <= b[1] - r[3] <= 1.2 * height for r in rows)]
    out: list[tuple[Box, tuple[float, float]]] = []
    for b in lone:
        wx0, wy0 = int(b[2]), max(0, int(b[1] - 0.2 * height))
        wx1, wy1 = min(image.shape[1], int(b[2] + 1.4 * height)), min(image.shape[0], int(b[1] + 1.6 * height))
        ink = ink_mask(image[wy0:wy1, wx0:wx1]).astype(np.uint8)
        for x0, y0, x1, y1 in boxes:
            if x0 < wx1 and x1 > wx0 and y0 < wy1 and y1 > wy0:
                top, left = max(0, int(y0) - 1 - wy0), max(0, int(x0) - 1 - wx0)
                ink[top:max(0, int(y1) + 2 - wy0), left:max(0, int(x1) + 2 - wx0)] = 0
        count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
        for k in range(1, count):
            x, y, w, h, _ = (int(v) for v in stats[k])
            if x + wx0 - b[2] > 0.9 * height or y + wy0 > b[1] + height or not is_ring(ink[y:y + h, x:x + w], height):
                continue
            x, y = x + wx0, y + wy0
            top = max(0.0, y + h - 0.8 * height)
            out.append(((max(0.0, x - 0.15 * height), top, min(float(image.shape[1]), x + 0.9 * height), top + height),
                        (float(x), float(x + w))))
    return out


def quotes_after_short_lines(image: Any, lines: list[Any]) -> list[tuple[Box, tuple[float, float]]]:
    """Closing quotes after the full stop ending a short line (实。” a
    paragraph's last line of a character or two, or a column's first): the
    detector leaves the quote unboxed, and :func:`stray_marks` looks beside
    rows only (boxes over twice as wide as high). A quote's ink, one or two
    strokes 0.2-0.45 of the row wide in its top half, nothing under them,
    within a square after the line's ink, with no other box on the row up to
    a square and a half on. Returns each one's cell and its ink's x-range,
    found apart from the recogniser's batch (its answers stay cached)."""
    rows = [ln.box for ln in lines if not ln.vertical and ln.box[2] - ln.box[0] > 2 * (ln.box[3] - ln.box[1])]
    if not rows:
        return []
    height = row_height(rows)
    out: list[tuple[Box, tuple[float, float]]] = []
    for ln in lines:
        b = ln.box
        tall = b[3] - b[1]
        if (ln.vertical or ln.ink is None or ln.text[-1:] not in "。！？" or not 0.7 * height <= tall <= 1.4 * height
                or b[2] - b[0] > 2 * tall):
            continue
        x0, x1 = int(ln.ink[1]) + 1, min(image.shape[1], int(ln.ink[1] + 0.9 * tall))
        if x1 - x0 < 0.5 * tall or any(o is not ln and o.box[0] < ln.ink[1] + 1.5 * tall and o.box[2] > x0
                                       and min(o.box[3], b[3]) - max(o.box[1], b[1]) > 0.3 * tall for o in lines):
            continue
        ink = ink_mask(image[int(b[1]):int(b[3]), x0:x1])
        runs = true_runs(ink[: int(0.55 * tall)].sum(axis=0) > 0)
        if not 1 <= len(runs) <= 2 or runs[0][0] > 0.6 * tall:
            continue
        lo, hi = runs[0][0], runs[-1][1]
        marks = true_runs(ink[:, lo:hi].sum(axis=1) > 0)
        if (ink[:, hi:].any() or len(marks) != 1 or not 0.2 * tall <= hi - lo <= 0.45 * tall
                or marks[0][1] > 0.55 * tall or marks[0][1] - marks[0][0] < 0.12 * tall):
            continue
        out.append(((max(0.0, x0 + lo - 0.15 * tall), b[1], min(float(image.shape[1]), x0 + hi + 0.3 * tall), b[3]),
                    (float(x0 + lo), float(x0 + hi))))
    return out
