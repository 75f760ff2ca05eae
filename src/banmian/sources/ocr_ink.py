"""The ink of a page image and of a line's crop, as the OCR mark searches
read it: which pixels are ink, runs of inked rows and columns, a line's
glyph band, the usual row height, a full stop's ring, a gutter's paper.
Shapes, not words; shared by the modules that look for marks the
recogniser misses (ocr_quotes, ocr_marks, ocr_dashes, ocr_dots, ...).
"""

from __future__ import annotations

from typing import Any


def ink_mask(crop: Any) -> Any:
    """The crop's ink: pixels darker than its paper (the median) by a margin yellowed paper does not reach."""
    import numpy as np

    gray = crop.mean(axis=2) if crop.ndim == 3 else crop.astype(np.float32)
    return gray < (float(np.median(gray)) - 40)


def true_runs(flags: Any) -> list[list[int]]:
    """[start, end) of each run of true values."""
    out: list[list[int]] = []
    start = None
    for i, on in enumerate(flags):
        if on and start is None:
            start = i
        elif not on and start is not None:
            out.append([start, i])
            start = None
    if start is not None:
        out.append([start, len(flags)])
    return out


def glyph_band(crop: Any) -> tuple[Any, int, int, list[list[int]]] | None:
    """A line crop's ink, the top and height of its glyphs' band, and its
    columns of ink left to right; None for a crop with no ink."""
    ink = ink_mask(crop)
    band = true_runs(ink.sum(axis=1) > 0)
    if not band:
        return None
    top = band[0][0]
    return ink, top, band[-1][1] - top, true_runs(ink.sum(axis=0) > 0)


def row_height(boxes: list[tuple[float, float, float, float]]) -> float:
    """The usual height of a horizontal line's box on the page (0 when there is none)."""
    import numpy as np

    heights = [b[3] - b[1] for b in boxes if b[2] - b[0] > 2 * (b[3] - b[1])]
    return float(np.median(heights)) if heights else 0.0


def is_ring(patch: Any, size: float) -> bool:
    """Whether a speck of ink is a full stop (。): a small ring, about as
    wide as tall, open in the middle (a comma or a dot is solid)."""
    h, w = patch.shape[:2]
    if not (0.12 * size <= max(w, h) <= 0.4 * size and 0.7 <= w / max(1, h) <= 1.4 and min(w, h) >= 5):
        return False
    return not patch[h // 2, w // 2] and float(patch.mean()) <= 0.75


def column_gutter(image: Any, left: Any, right: Any) -> bool:
    """Whether the paper between two pieces of a row runs on as a gutter
    through the rows above or below: a strip a quarter of the line's height
    wide, in the middle of the gap, blank through four rows with text on both
    sides of it (or only a column rule), in rows no taller than a line (the
    band over a column's first line may be a heading, the space between its
    phrases over the column). A column's own lines are set on one grid, so some row always
    inks that strip; a quote or comma on each side of a narrow gutter
    (，“普天同映) makes the gap look no wider than a line cut after its 。."""
    end = left.ink[1] if left.ink else left.box[2]
    start = right.ink[0] if right.ink else right.box[0]
    h = right.box[3] - right.box[1]
    half, side = max(1, int(0.125 * h)), int(2 * h)
    mid = int((end + start) / 2)
    if start - end < 2 * half or mid - half - side < 0 or mid + half + side > image.shape[1]:
        return False
    y0, y1 = int(min(left.box[1], right.box[1])), int(max(left.box[3], right.box[3]))
    for top, bottom in ((y0 - 4 * h, y0), (y1, y1 + 4 * h)):
        top, bottom = max(0, int(top)), min(image.shape[0], int(bottom))
        if bottom - top < 2 * h:
            continue
        ink = ink_mask(image[top:bottom, mid - half - side:mid + half + side])
        strip, beside = ink[:, side:side + 2 * half], (ink[:, :side], ink[:, side + 2 * half:])
        if any(b - a > 1.5 * h for part in beside for a, b in true_runs(part.any(axis=1))):
            continue  # a heading's tall glyphs (its phrases' space over the column) or a photo: no rows of text
        if _blank_or_rule(strip) and all(part.mean() >= 0.04 for part in beside):
            return True
    return False


def _blank_or_rule(strip: Any) -> bool:
    """A strip of a band of rows with no ink, or only a rule drawn down it
    (a column rule between two articles inks a pixel column or two in every row)."""
    filled = strip.mean(axis=0)
    rule = filled >= 0.95
    return bool(((filled <= 0.01) | rule).all() and rule.sum() <= strip.shape[1] // 2)
