"""Marks a page's ink tells that the recogniser misses: a closing quote, a
full stop or a dash pair a line break pushed to the start of the next row,
where the detector boxes nothing (:func:`stray_marks`,
:func:`column_top_stops`), and a full stop read as 0
(:func:`zeros_read_for_stops`). Shapes, not words: a quote is short
strokes at the top of the row, a full stop a ring, a dash pair a long
thin bar. Quotes inside a line: ocr_quotes; the ink itself: ocr_ink.
"""

from __future__ import annotations

import re
from typing import Any

from .ocr_ink import glyph_band, ink_mask, is_ring, row_height, true_runs


#: a cell for a mark the detector left unboxed: (cell, ink x-range, its text when its shape tells it,
#: a mark read after the recogniser's reading of the cell)
StrayMark = tuple[tuple[float, float, float, float], tuple[float, float], str | None, str]


def _unboxed_ink(image: Any, boxes: list[tuple[float, float, float, float]]) -> tuple[Any, ...] | None:
    """The page's rows (boxes at least twice as wide as high), their height, the ink
    no box covers and its connected parts (count, stats), or None with no row:
    what the stray-mark searches look through."""
    import cv2
    import numpy as np

    rows = [b for b in boxes if b[2] - b[0] > 2 * (b[3] - b[1])]
    if not rows:
        return None
    height = row_height(rows)
    ink = ink_mask(image).astype(np.uint8)
    for x0, y0, x1, y1 in boxes:
        ink[max(0, int(y0) - 1):int(y1) + 2, max(0, int(x0) - 1):int(x1) + 2] = 0
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    return rows, height, ink, count, stats


def stray_marks(image: Any, boxes: list[tuple[float, float, float, float]]) -> list[StrayMark]:
    """Cells for the marks the detector leaves unboxed: a full stop or comma
    pushed alone onto the next line (a box of one small mark scores too low),
    a closing quote after a paragraph's last full stop (its ink is a speck at
    the top of the row, past the blank half of the 。).
    A candidate is a speck of ink no box covers, smaller than half a line,
    lying at the left edge of a line's column one line below it. Returns each
    cell (a body line's height, the mark at its lower left), its ink range,
    its text when its shape tells it (a closing quote's two strokes, a dash
    pair's long thin bar pushed alone onto the next row), and a
    closing quote pushed down with the mark (。”) to put after its reading."""
    unboxed = _unboxed_ink(image, boxes)
    if unboxed is None:
        return []
    rows, height, ink, count, stats = unboxed
    out: list[StrayMark] = []
    specks: dict[tuple[float, float, float, float], list[tuple[int, int, int, int]]] = {}
    pushed: dict[tuple[float, float, float, float], list[tuple[int, int, int, int]]] = {}
    rings: set[tuple[int, int, int, int]] = set()
    # (under any line of a row's height: a paragraph's short last line, 保。, is no row, its box not twice its height)
    lines = [b for b in boxes if 0.7 * height <= b[3] - b[1] <= 1.6 * height and b[2] - b[0] >= 1.5 * height]
    dotted = _ellipses([tuple(int(v) for v in stats[k]) for k in range(1, count)], lines, height)
    for cell, span, members in dotted:
        out.append((cell, span, "……" if len(members) == 6 else "…", ""))
    in_ellipsis = {m for _, _, members in dotted for m in members}
    for k in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[k])
        if (x, y, w, h) in in_ellipsis:
            continue
        if 1.4 * height <= w <= 2.8 * height and h <= 0.2 * height and area >= 0.6 * w * h:
            # a dash pair (——) a line break pushed alone onto the next row, at the column's left edge
            # (or after a mark pushed down with it, ”——)
            under = [b for b in rows if 0 <= y - b[3] <= 1.2 * height and x < b[2]
                     and -0.5 * height <= x - column_left(b, rows, height) <= 1.2 * height]
            if under:
                middle = y + h / 2
                cell = (max(0.0, x - 0.1 * height), max(0.0, middle - 0.5 * height),
                        min(float(image.shape[1]), x + w + 0.1 * height), min(float(image.shape[0]), middle + 0.5 * height))
                out.append((cell, (float(x), float(x + w)), "——", ""))
            continue
        if 0.7 * height <= w < 1.4 * height and h <= 0.2 * height and area >= 0.6 * w * h:
            # the second half of a dash pair a line break cut (太阳”— / —), alone at the column's left edge
            # under a line whose last glyph is the first half (a paragraph's first line is indented two squares)
            above = [b for b in rows if 0 <= y - b[3] <= 1.2 * height and x < b[2]
                     and -2.6 * height <= x - b[0] <= 0.5 * height]
            if above and _ends_in_dash(image, max(above, key=lambda b: b[3])):
                middle = y + h / 2
                cell = (max(0.0, x - 0.1 * height), max(0.0, middle - 0.5 * height),
                        min(float(image.shape[1]), x + w + 0.1 * height), min(float(image.shape[0]), middle + 0.5 * height))
                out.append((cell, (float(x), float(x + w)), "—", ""))
            continue
        if not (0.12 * height <= max(w, h) <= 0.5 * height):
            continue
        above = [b for b in rows if 0 <= y - b[3] <= 1.2 * height and 0.7 * height <= b[3] - b[1] <= 1.4 * height
                 and x < b[2] and -0.5 * height <= x - column_left(b, rows, height) and x - b[0] <= 1.6 * height]
        # a closing quote after a line's full stop, in the top half of its row, just past its box
        beside = [b for b in rows if 0 <= x - b[2] <= 0.8 * height and b[1] - 0.2 * height <= y
                  and y + h <= b[1] + 0.7 * (b[3] - b[1]) and 0.7 * height <= b[3] - b[1] <= 1.4 * height]
        if beside:
            specks.setdefault(min(beside, key=lambda b: x - b[2]), []).append((x, y, w, h))
            continue
        if not above:
            continue
        line = max(above, key=lambda b: b[3])
        size = line[3] - line[1]
        pushed.setdefault(line, []).append((x, y, w, h))
        if is_ring(ink[y:y + h, x:x + w], size):
            rings.add((x, y, w, h))
    for line, marks in pushed.items():
        out.extend(_pushed_marks(line, marks, float(image.shape[1]), rings, column_left(line, rows, height)))
    for line, marks in specks.items():
        size = line[3] - line[1]
        left, right = min(m[0] for m in marks), max(m[0] + m[2] for m in marks)
        cell = (max(0.0, left - 0.15 * size), line[1], min(float(image.shape[1]), right + 0.3 * size), line[3])
        # two short strokes side by side at the top of the row: the recogniser cannot read them alone
        quote = len(marks) == 2 and all(m[3] <= 0.45 * size for m in marks) and right - left <= 0.6 * size
        cut = x_of_cut_quote(image, line, left, right) if not quote and len(marks) == 1 else None
        if cut is not None:  # the quote's first stroke is under the box's edge (the cell, read or not, stays)
            left, quote = cut, True
        out.append((cell, (float(left), float(right)), "”" if quote else None, ""))
    return out


def _ends_in_dash(image: Any, line: tuple[float, float, float, float]) -> bool:
    """Whether the last glyph of a line's ink is a dash: one level stroke,
    thin, most of a square wide, in the middle of the row."""
    x0, y0, x1, y1 = (int(v) for v in line)
    size = y1 - y0
    band = ink_mask(image[y0:y1, max(x0, x1 - 2 * size):x1])
    runs = true_runs(band.sum(axis=0) > 0)
    if not runs:
        return False
    lo, hi = runs[-1]
    rows = true_runs(band[:, lo:hi].sum(axis=1) > 0)
    return (len(rows) == 1 and hi - lo >= 0.6 * size and rows[0][1] - rows[0][0] <= 0.15 * size
            and 0.25 * size <= (rows[0][0] + rows[0][1]) / 2 <= 0.75 * size)


def x_of_cut_quote(image: Any, line: tuple[float, float, float, float], left: int, right: int) -> int | None:
    """Where a closing quote starts whose first stroke the detector's box
    took in (its box ends inside the quote after a paragraph's last 。) while
    the second stands past it, one speck: on the page's own ink (the boxes not
    blanked out), a piece of ink in the top half of the row starting under the
    box, a quote's width (two strokes, 0.2-0.45 of a row, apart or blurred
    into one) and no more. None otherwise (a character's strokes reach down
    the row; one stroke alone is narrower)."""
    size = line[3] - line[1]
    x0 = max(0, int(right - 0.6 * size))
    band = ink_mask(image[int(line[1]):int(line[3]), x0:int(right) + 1])
    runs = true_runs(band.sum(axis=0) > 0)
    if not runs or not 1 <= len(runs) <= 2 or runs[0][0] + x0 >= left - 1:
        return None
    lo, hi = runs[0][0], runs[-1][1]
    rows = true_runs(band[:, lo:hi].sum(axis=1) > 0)
    if (len(rows) != 1 or not 0.2 * size <= hi - lo <= 0.45 * size or rows[0][1] > 0.55 * size
            or rows[0][1] - rows[0][0] < 0.12 * size):
        return None
    return x0 + lo


def column_top_stops(image: Any, boxes: list[tuple[float, float, float, float]]
                     ) -> list[tuple[tuple[float, float, float, float], tuple[float, float], str]]:
    """Full stops a line break pushed past a column's last line onto the top
    of the next column (避头点: a line never opens with 。, so the mark is set
    alone on a row of its own over the column's first line), where the
    detector boxes nothing and :func:`stray_marks` finds no line above it.
    A ring (:func:`is_ring`) no box covers, alone on its row, with a body
    line's box starting under it at most a row lower, the ring at that line's
    left edge or in its paragraph indent (two squares). Returns each one's
    cell (a row's height, the mark at its lower left), its ink's x-range and
    its text: 。, or ”。 with a closing quote pushed down before it
    (:func:`_quote_before`)."""
    unboxed = _unboxed_ink(image, boxes)
    if unboxed is None:
        return []
    rows, height, ink, count, stats = unboxed
    out = []
    for k in range(1, count):
        x, y, w, h, _ = (int(v) for v in stats[k])
        if not (0.12 * height <= max(w, h) <= 0.4 * height):
            continue
        body = [b for b in rows if 0.7 * height <= b[3] - b[1] <= 1.4 * height]
        under = [b for b in body if b[0] - 2.6 * height <= x <= b[0] + 0.5 * height
                 and 0 <= b[1] - (y + h) <= 1.2 * height]
        # a line of the column right above: :func:`stray_marks` takes the mark (the same test)
        above = [b for b in body if -0.5 * height <= x - b[0] <= 1.6 * height and 0 <= y - b[3] <= 1.2 * height]
        # a line's own mark just past its box's end, or just before a piece of its row, is no pushed one
        level = [b for b in rows if b[1] - 0.2 * height <= y + h and y <= b[3] + 0.2 * height
                 and b[0] - 1.5 * height <= x <= b[2] + 0.5 * height]
        if not under or above or level or not is_ring(ink[y:y + h, x:x + w], height):
            continue
        line = min(under, key=lambda b: b[1])
        if y + h < line[1] - 0.6 * height:  # a full stop stands low in its square, on the row right over the line
            continue
        top = max(0.0, y + h - 0.8 * height)
        quote = _quote_before((x, y, w, h), [tuple(int(v) for v in stats[j][:4]) for j in range(1, count)], height)
        start = quote if quote is not None else x
        out.append(((max(0.0, start - 0.15 * height), top, min(float(image.shape[1]), x + 0.9 * height), top + height),
                    (float(start), float(x + w)), "。" if quote is None else "”。"))
    return out


def _quote_before(ring: tuple[int, int, int, int], parts: list[tuple[int, ...]], height: float) -> int | None:
    """Where a closing quote pushed down with a full stop (”。) starts: one or
    two short strokes no box covers, within a square before the ring, all
    above its top (a quote stands at the top of the row, the ring at its
    foot); None when there are none."""
    x, y, w, h = ring
    strokes = [p for p in parts if p[0] + p[2] <= x and x - p[0] <= 0.9 * height
               and y + h - height <= p[1] and p[1] + p[3] <= y + 0.2 * h
               and max(p[2], p[3]) <= 0.45 * height and p[3] >= 0.12 * height]
    return min(p[0] for p in strokes) if 1 <= len(strokes) <= 2 else None


def _ellipses(specks: list[tuple[int, ...]], rows: list[tuple[float, float, float, float]], height: float
              ) -> list[tuple[tuple[float, float, float, float], tuple[float, float], set[tuple[int, int, int, int]]]]:
    """An ellipsis (……) no box covers: a line break pushed it alone onto a
    row (a paragraph's last words, or after a pushed closing quote), where
    the detector boxes nothing. Its six dots are small solid specks, level, a
    few pixels apart, in two groups of three (or three: …), on the row under
    a line of the column (``rows``: lines of a row's height, short ones too),
    at its left edge or its paragraph indent. Returns each one's cell (a
    row's height), its ink's x-range and its specks."""
    dots = sorted((x, y, w, h) for x, y, w, h, area in specks
                  if 2 <= min(w, h) and max(w, h) <= 0.2 * height and 0.6 <= w / h <= 1.6 and area >= 0.5 * w * h)
    chains: list[list[tuple[int, int, int, int]]] = []
    for dot in dots:
        for chain in chains:
            last = chain[-1]
            if abs((dot[1] + dot[3] / 2) - (last[1] + last[3] / 2)) <= 2 and 0 < dot[0] - last[0] <= 0.5 * height:
                chain.append(dot)
                break
        else:
            chains.append([dot])
    out = []
    for chain in chains:
        if len(chain) not in (3, 6):
            continue
        x0, x1 = chain[0][0], chain[-1][0] + chain[-1][2]
        middle = sum(d[1] + d[3] / 2 for d in chain) / len(chain)
        under = [b for b in rows if b[0] - 0.5 * height <= x0 <= b[0] + 2.6 * height
                 and 0 <= middle - b[3] <= 1.6 * height]
        if not under:
            continue
        line = max(under, key=lambda b: b[3])
        top = max(line[3], middle - 0.6 * height)
        cell = (max(0.0, x0 - 0.15 * height), top, x1 + 0.15 * height, top + height)
        out.append((cell, (float(x0), float(x1)), set(chain)))
    return out


#: a 0 the recogniser read for a full stop's ring: not part of a figure (no digit, point, % or : beside it)
_LONE_ZERO = re.compile(r"(?<![0-9.%:：,，A-Za-z])[0oO](?![0-9.%:：A-Za-z])")


def zeros_read_for_stops(text: str, crop: Any, row: float = 0.0) -> str:
    """The recogniser reads a full stop now and then as 0 (情景0这位). A
    digit 0 is as tall as a figure; a full stop is a small ring low in its
    square. When a line's ink holds more such rings (:func:`is_ring`, in the
    lower half of the glyphs' band) than its text has 。, and as many lone
    0s (no figure around them) as are missing, those 0s are full stops; a
    zero standing for nothing (从0到1) has no ring under it and stays. A 0
    boxed alone is a full stop when its ink is a ring as small as one on a
    line of the page's usual ``row`` height."""
    zeros = list(_LONE_ZERO.finditer(text))
    if not zeros:
        return text
    import cv2
    import numpy as np

    glyphs = glyph_band(crop)
    if glyphs is None:
        return text
    ink, top, size, _ = glyphs
    if text.strip() in ("0", "o", "O"):  # boxed alone: a ring as small as a full stop (a figure is taller) is one
        columns = true_runs(ink.sum(axis=0) > 0)
        return "。" if row and is_ring(ink[top:top + size, columns[0][0]:columns[-1][1]], row) else text
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink.astype(np.uint8), connectivity=8)
    rings = sum(1 for x, y, w, h, _ in (tuple(int(v) for v in stats[k]) for k in range(1, count))
                if y >= top + 0.45 * size and is_ring(ink[y:y + h, x:x + w], size))
    if rings - text.count("。") != len(zeros):
        return text
    for m in reversed(zeros):
        text = text[:m.start()] + "。" + text[m.end():]
    return text


def column_left(line: tuple[float, float, float, float], rows: list[tuple[float, float, float, float]],
                height: float) -> float:
    """Where the column of ``line`` starts: the leftmost start of the rows of
    its column within three rows of it (rows starting at most two and a half
    squares before it and reaching past its start: a column's lines do; the
    column to its left ends a gutter before its first line's indent). A paragraph's
    first line is indented two squares, so its own start is not the column's:
    a mark pushed to the start of the row under it stands at the column's."""
    x0, y0, x1, _ = line
    lefts = [r[0] for r in rows if abs(r[1] - y0) <= 3.5 * height and x0 - 2.5 * height <= r[0] <= x0
             and r[2] >= x0 + 0.5 * height]
    return min(lefts, default=x0)


def _pushed_marks(line: tuple[float, float, float, float], marks: list[tuple[int, int, int, int]],
                  width: float, rings: set[tuple[int, int, int, int]], edge: float) -> list[StrayMark]:
    """Marks a line break pushed to the start of the row under ``line``: a
    full stop or comma (a speck low in the row, read by the recogniser in a
    cell of a line's height, the mark at its lower left) and a closing quote
    (two short strokes side by side at the top of the row, 难关。 / ” 回忆起,
    told by their shape: each stroke alone reads as 1 or 11). A closing quote
    stands in the left half of its square: at the column's left edge, or
    just after a mark pushed down with it (。”); an opening quote stands in
    the right half of its square, and a stroke with no partner is no quote
    (the part of a mark the detector's box did not cover).
    A full stop is told by its ring (the recogniser reads a 。 alone with
    too little confidence to trust)."""
    size = line[3] - line[1]
    # a quote's stroke: taller than wide, its middle in the upper part of the row (a full stop's lower)
    strokes = sorted(m for m in marks if m[1] + m[3] / 2 - line[3] <= 0.9 * size and m[3] <= 0.45 * size
                     and m[3] >= 1.3 * m[2])
    lows = sorted(m for m in marks if m not in strokes and m[0] - line[0] <= 0.5 * size)
    quotes: list[tuple[int, int, int, str]] = []  # (left, right, top, mark) of each quote
    k = 0
    while k < len(strokes):
        x, y = strokes[k][:2]
        if k + 1 < len(strokes):
            px, py, pw, _ = strokes[k + 1]
            if px + pw - x <= 0.6 * size and abs(py - y) <= 0.25 * size:
                quotes.append((x, px + pw, min(y, py), "”"))
                k += 2
                continue
        k += 1
    out: list[StrayMark] = []
    for x, y, w, h in lows:
        top = max(0.0, y + h - 0.8 * size)
        after = [q for q in quotes if 0 <= q[0] - (x + w) <= 0.9 * size]
        right = after[0][1] if after else x + w
        cell = (max(0.0, x - 0.15 * size), top, min(width, x + 0.9 * size), top + size)
        if any(stacked_mark(m, marks, size) == (x, y, w, h) for m in lows):
            continue  # the dot over another speck: one ； or ：, read from the lower
        stacked = ("；" if h >= 1.5 * w else "：") if stacked_mark((x, y, w, h), marks, size) else None
        known = "。" if (x, y, w, h) in rings else stacked
        out.append((cell, (float(x), float(right)), known, after[0][3] if after else ""))
        quotes = [q for q in quotes if q not in after]
    for left, right, top, mark in quotes:
        if min(left - line[0], left - edge) <= 0.3 * size:  # (``edge``: the column's, under an indented line)
            # ”。 pushed down together: a ring at the lower left of the square after the quote's
            stop = [m for m in marks if m in rings and 0 <= m[0] - right <= 0.9 * size]
            end = stop[0][0] + stop[0][2] if stop else right
            cell = (max(0.0, left - 0.15 * size), max(0.0, top - 0.1 * size), min(width, right + 0.3 * size),
                    top + 0.9 * size)
            out.append((cell, (float(left), float(end)), mark, "。" if stop else ""))
    return out


def stacked_mark(low: tuple[int, ...], marks: list[tuple[int, int, int, int]], size: float) -> tuple[int, ...] | None:
    """The dot of a ； or ： pushed alone onto the next row (read ; or i, unsure): a small speck right
    above ``low`` in its column; a comma's tail (taller than wide) under it makes ；, a dot ：."""
    x, y, w, h = low
    return next(((mx, my, mw, mh) for mx, my, mw, mh in marks if (mx, my, mw, mh) != low and max(mw, mh) <= 0.25 * size
                 and 0 <= y - (my + mh) <= 0.35 * size and abs((mx + mw / 2) - (x + w / 2)) <= 0.15 * size), None)
