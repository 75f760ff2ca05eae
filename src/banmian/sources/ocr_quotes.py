"""Quote marks the recogniser drops or misreads inside or just before a
line: a single quote (:func:`single_quote_strokes`, :func:`quote_slots`,
:func:`closing_quote_follows`), a double quote's two strokes
(:func:`double_quote_pairs`, :func:`quote_pair_slots`), a lone double
quote read as 1 or Ⅱ, an opening quote left out of a line's box. Shapes,
not words: a quote is short strokes at the top of the row.
"""

from __future__ import annotations

import re
from typing import Any

from .ocr_ink import glyph_band, ink_mask, true_runs


def single_quote_strokes(crop: Any) -> list[tuple[int, int]]:
    """x-ranges (in the crop) of what may be single quote marks of a line (‘ ’):
    one short stroke alone in its columns, all of its ink in the upper half
    of the line's ink (a comma's and a full stop's ink is low, a character's
    fills the height; a double quote is two such strokes side by side), with
    paper after it (a radical's dot, 忄 in 性, has the character's next stroke
    right after it). On a blurred, faded scan a piece of a character's top
    stroke (于, 与, 干) can look the same: :func:`closing_quote_follows` is the
    text's half of the test."""
    glyphs = glyph_band(crop)
    if glyphs is None:
        return []
    ink, top, size, runs = glyphs
    strokes = []
    for k, (lo, hi) in enumerate(runs):
        rows = true_runs(ink[:, lo:hi].sum(axis=1) > 0)
        if hi - lo <= 0.3 * size and rows[-1][1] <= top + 0.5 * size and rows[-1][1] - rows[0][0] >= 0.15 * size:
            strokes.append((k, lo, hi))
    out = []
    for j, (k, lo, hi) in enumerate(strokes):
        near = [s for i, s in enumerate(strokes) if i != j and abs(s[1] - lo) <= 0.4 * size]
        apart = k + 1 == len(runs) or runs[k + 1][0] - hi >= 0.25 * size
        if not near and apart:
            out.append((lo, hi))
    return out


def double_quote_pairs(crop: Any) -> list[tuple[int, int]]:
    """x-ranges (in the crop) of the double quotes (“ ”) a line's ink shows:
    two short strokes side by side, each taller than wide, their tops level,
    all of their ink in the upper half of the line's glyphs, nothing else in
    their columns, with paper before or after the pair (a character's dots,
    丷 in 并, run on down into its strokes; a blurred character's broken top
    stroke, 于 on a degraded scan, is wider than tall or has a stroke right
    beside it). The recogniser drops such a pair now and then (after ……, at
    a line's end): :func:`quote_pair_slots` says where."""
    glyphs = glyph_band(crop)
    if glyphs is None:
        return []
    ink, top, size, runs = glyphs
    strokes = [_run_strokes(ink[:, lo:hi], top, size) for lo, hi in runs]
    high = true_runs(ink[top:top + max(1, int(0.5 * size))].sum(axis=0) > 0)
    out = []
    for k, (lo, hi) in enumerate(runs):
        pair = None
        if strokes[k] is not None and len(strokes[k]) == 2:
            pair = (k, k, strokes[k])  # a slanted pair: its two strokes share columns
        elif (k + 1 < len(runs) and strokes[k] is not None and strokes[k + 1] is not None
              and len(strokes[k]) == len(strokes[k + 1]) == 1 and runs[k + 1][0] - hi <= 0.25 * size):
            pair = (k, k + 1, strokes[k] + strokes[k + 1])
        if pair is None:
            continue
        first, last, (a, b) = pair
        left, right = runs[first][0], runs[last][1]
        # paper at the top of the row: low marks (…… 。，) beside the pair leave it blank, and so does
        # another quote (……”“)
        tops = [r for r in high if r[1] <= left or r[0] >= right]
        before = min([left - r[1] for r in tops if r[1] <= left] + [size])
        after = min([r[0] - right for r in tops if r[0] >= right] + [size])
        if first and strokes[first - 1] is not None:
            before = size
        if last + 1 < len(runs) and strokes[last + 1] is not None:
            after = size
        if (right - left <= 0.5 * size and abs(a[0] - b[0]) <= 0.12 * size
                and max(a[1], b[1]) <= 1.6 * min(a[1], b[1]) and max(before, after) >= 0.2 * size):
            out.append((left, right))
    return out


def _run_strokes(ink: Any, top: int, size: float) -> list[tuple[int, int]] | None:
    """(top, height) of each stroke in a run of inked columns when the run
    holds one or two quote strokes and nothing else, else None."""
    import cv2
    import numpy as np

    count, _, stats, _ = cv2.connectedComponentsWithStats(ink.astype(np.uint8), connectivity=8)
    if not 2 <= count <= 3:
        return None
    out = []
    for k in range(1, count):
        _, y, w, h, _ = (int(v) for v in stats[k])
        if not (0.12 * size <= h <= 0.45 * size and w <= 0.25 * size and h >= 1.2 * w
                and y + h <= top + 0.5 * size):
            return None
        out.append((y, h))
    return out


def is_lone_double_quote(ink: Any, row: float) -> bool:
    """Whether the ink of a small box (or of the paper beside a line) is a
    double quote and nothing else: two short strokes side by side, each under
    half a row tall, their bottom in the upper part of the row (a comma's ink
    is low). The recogniser reads such a box as 1, 11 or Ⅱ."""
    rows = true_runs(ink.sum(axis=1) > 0)
    runs = true_runs(ink.sum(axis=0) > 0)
    if not 1 <= len(runs) <= 2 or not rows or row <= 0:
        return False
    top, bottom = rows[0][0], rows[-1][1]
    apart = len(runs) == 2 and all(hi - lo <= 0.25 * row for lo, hi in runs) and runs[1][0] - runs[0][1] <= 0.2 * row
    return (bottom - top <= 0.45 * row and bottom <= 0.6 * ink.shape[0] and runs[-1][1] - runs[0][0] <= 0.5 * row
            and (apart or (len(runs) == 1 and _strokes(ink) == 2)))


def is_lone_single_quote(ink: Any, row: float) -> bool:
    """Whether the ink of a small piece is one single quote and nothing
    else: one short stroke, narrow, its bottom in the upper part of the row
    (a 1 or an l reaches the foot of the figures). A line break pushed it to a
    row's start, a wide blank (its square's) cut it from the row: the
    recogniser reads it as 1."""
    rows = true_runs(ink.sum(axis=1) > 0)
    runs = true_runs(ink.sum(axis=0) > 0)
    if len(rows) != 1 or len(runs) != 1 or row <= 0:
        return False
    (top, bottom), (lo, hi) = rows[0], runs[0]
    return (0.15 * row <= bottom - top <= 0.45 * row and hi - lo <= 0.2 * row and bottom <= 0.6 * ink.shape[0]
            and _strokes(ink) == 1)


def _strokes(ink: Any) -> int:
    """Pieces of ink (8-connected) in a patch."""
    import cv2
    import numpy as np

    return int(cv2.connectedComponents(ink.astype(np.uint8), connectivity=8)[0]) - 1


def leading_double_quote(image: Any, box: tuple[float, float, float, float], ink_start: float,
                         boxes: list[tuple[float, float, float, float]]) -> tuple[float, float] | None:
    """The page x-range of an opening quote standing just before a line, left
    out of the detector's box (a proportional “ opening a paragraph or a
    line: the detector's box starts at the first character), or None: the
    paper up to 0.9 of the row's height before the line's ink, other boxes
    blanked out, holds a double quote and nothing else. Ink running up to
    the line's ink is the first glyph's edge (on a blurred scan a crop's
    paper level differs from the line's, and a column of its faint edge
    shows: two bits of one stroke looked like the quote's two strokes)."""
    import numpy as np

    x0, y0, x1, y1 = box
    h = y1 - y0
    left = max(0, int(x0 - 0.9 * h))
    right = int(ink_start)
    if right - left < 0.3 * h:
        return None
    ink = ink_mask(image[int(y0):int(round(y1)), left:right]).astype(np.uint8)
    for bx0, by0, bx1, by1 in boxes:
        if (bx0, by0, bx1, by1) != box and bx1 > left and bx0 < right and by1 > y0 and by0 < y1:
            ink[:, max(0, int(bx0) - left):max(0, int(round(bx1)) - left)] = 0
    runs = true_runs(ink.sum(axis=0) > 0)
    if runs and runs[-1][1] == ink.shape[1]:
        ink[:, runs[-1][0]:] = 0  # the first glyph's own edge (its ink found at another paper level): no quote
    if not is_lone_double_quote(ink, h):
        return None
    runs = true_runs(ink.sum(axis=0) > 0)
    return float(left + runs[0][0]), float(left + runs[-1][1])


def leading_single_quote(image: Any, box: tuple[float, float, float, float],
                         boxes: list[tuple[float, float, float, float]]) -> bool:
    """Whether a single quote stands at a line's start, cut by the detector's
    box (its stroke straddles the box's left edge, and the crop shows a
    sliver of it or nothing): the first ink within 0.9 of the row before and
    after the box's edge, other boxes blanked out, is one short stroke at
    the top of the row (:func:`is_lone_single_quote`) reaching the box's edge,
    with paper before it and after it (the next glyph a quarter square on)."""
    import numpy as np

    x0, y0, x1, y1 = box
    h = y1 - y0
    left, right = max(0, int(x0 - 0.9 * h)), min(int(x1), int(x0 + 0.9 * h))
    ink = ink_mask(image[int(y0):int(round(y1)), left:right]).astype(np.uint8)
    edge = x0 - left
    if not any(lo <= edge + 1 <= hi + 1 and is_lone_single_quote(ink[:, lo:hi].astype(bool), h)
               for lo, hi in true_runs(ink.sum(axis=0) > 0)):
        return False  # (most lines: no stroke at the box's edge; the other boxes need not be looked at)
    for bx0, by0, bx1, by1 in boxes:
        if (bx0, by0, bx1, by1) != box and bx1 > left and bx0 < x0 and by1 > y0 and by0 < y1:
            ink[:, max(0, int(bx0) - left):max(0, int(round(bx1)) - left)] = 0
    runs = true_runs(ink.sum(axis=0) > 0)
    if not runs or runs[0][0] < 0.3 * h or not runs[0][0] <= edge + 1 <= runs[0][1] + 1:
        return False
    if len(runs) > 1 and runs[1][0] - runs[0][1] < 0.25 * h:
        return False
    return is_lone_single_quote(ink[:, runs[0][0]:runs[0][1]].astype(bool), h)


#: the width of a figure or a Latin letter in a Chinese line, in squares (set half width, proportional)
HALF_WIDTH = 0.55


def index_at(text: str, ink: tuple[float, float], x: float) -> int:
    """Where in ``text`` a mark the recogniser dropped stands, its ink
    starting at page x ``x``: the line's squares spread evenly over its ink,
    one more for the dropped mark, a figure or Latin letter half a square
    (2013年 is not six squares: a quote after 年 would go before it)."""
    widths = [HALF_WIDTH if c.isascii() and c.isalnum() else 1.0 for c in text]
    cells = (x - ink[0]) / max(1.0, ink[1] - ink[0]) * (sum(widths) + 1)
    i, run = 0, 0.0
    while i < len(text) and run + widths[i] / 2 < cells:
        run += widths[i]
        i += 1
    return i


#: what the recogniser reads for a double quote it sees (or its two strokes)
_DOUBLE_READINGS = frozenset("“”\"″〃Il1|Ⅱ")


def quote_pair_slots(text: str, ink: tuple[float, float], pairs: list[tuple[float, float]]) -> list[int]:
    """Where in ``text`` each pair of :func:`double_quote_pairs` (page
    x-ranges) stands when nothing read within two characters of it is a
    quote (the line's characters spread evenly over its ink)."""
    slots = []
    for x0, _ in pairs:
        i = index_at(text, ink, x0)
        while 0 < i < len(text) and text[i - 1] in _DOTS and text[i] in _DOTS:
            i += 1  # a quote never stands inside an ellipsis (the recogniser reads its dots apart: .……)
        if not any(c in _DOUBLE_READINGS for c in text[max(0, i - 2):i + 2]):
            slots.append(i)
    return sorted(set(slots))


_DOTS = frozenset(".·…⋯")


#: what the recogniser reads for a single quote it sees (a double quote's two strokes are no lone stroke)
_QUOTE_READINGS = frozenset("‘’'′`")


def quote_slots(text: str, ink: tuple[float, float], strokes: list[tuple[float, float]]) -> list[int]:
    """Where in ``text`` each stroke of :func:`single_quote_strokes` (page
    x-ranges) stands when no quote was read within two characters of it
    (the line's characters spread evenly over its ink): the places of single
    quotes the recogniser dropped, if the text agrees (:func:`closing_quote_follows`).
    Each quote read accounts for one stroke, the nearest (‘帅’ read 帅': the
    stroke before 帅 is the dropped one)."""
    places = [index_at(text, ink, x0) for x0, _ in strokes]
    for j, c in enumerate(text):
        if c in _QUOTE_READINGS:
            near = [k for k, i in enumerate(places) if i is not None and j - 1 <= i <= j + 2]
            if near:
                places[min(near, key=lambda k: abs(places[k] - j - 0.5))] = None
    return sorted({i for i in places if i is not None})


#: a blank read right after an opening double quote, before a Chinese character
_BLANK_AFTER_OPENING = re.compile(r"(?<=“) (?=[\u4e00-\u9fff])")


def blanks_after_opening_quotes(text: str) -> str:
    """A space read right after an opening double quote, before a Chinese
    character, is a single quote opening inside the double one (“‘中东…’):
    Chinese text sets nothing there and an opening quote's ink stands in its
    square's right half, against the next glyph, so the blank is a mark the
    recogniser did not read; a ‘ set tight against the “ is too near it for
    :func:`quote_slots` to see its stroke apart."""
    return _BLANK_AFTER_OPENING.sub("‘", text)


#: the recogniser's readings of a closing single quote: the mark itself, ASCII ' or a prime, or a
#: lone 1 before a comma or full stop (its stroke)
_CLOSING_SINGLE = re.compile(r"[’'′]|(?<![0-9A-Za-z.])1(?= ?[，。；、！？,.;!?])")
#: a quoted phrase is short: its closing quote stands within this many characters
QUOTED_REACH = 16


def closing_quote_follows(rest: str) -> bool:
    """Whether the text after a stroke (the rest of its line, then the line
    under it) holds a closing single quote with nothing opening before it,
    within a quoted phrase's reach: then the stroke is the opening quote the
    recogniser dropped (a pair of single quotes never lacks its first half
    in print). A stroke with no such partner is a piece of a character."""
    head = rest[:QUOTED_REACH]
    closing = _CLOSING_SINGLE.search(head)
    return closing is not None and "‘" not in head[:closing.start()]


def opening_quote_precedes(before: str) -> bool:
    """Whether the line's text before a stroke holds a single quote left
    open (an odd number of them, the last within a quoted phrase's reach):
    then the stroke is its closing partner the recogniser dropped (有‘全村
    皆舞’之说 read as 有’全村皆舞之说)."""
    marks = [i for i, c in enumerate(before) if c in "‘’'′"]
    return len(marks) % 2 == 1 and len(before) - marks[-1] <= QUOTED_REACH
