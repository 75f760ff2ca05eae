"""Dashes in a line's ink, which the recogniser confuses with the character
一 (its twin in many fonts): a dash pair (——) is one thin stroke two squares
long (:func:`dash_bars`, :func:`mend_dash_pairs`), 一一 two strokes a gap
apart (:func:`mend_yi_pairs`), and a single dash (中国—东盟, 40%—45%) a
stroke across its whole square, set lower in the line than 一
(:func:`single_bars`, :func:`mend_single_dashes`). Shapes, not words.
"""

from __future__ import annotations

from typing import Any

from .ocr_ink import ink_mask, true_runs

#: a line's box on the page: x0, y0, x1, y1
Box = tuple[float, float, float, float]


def glyph_rows(crop: Any) -> tuple[int, int] | None:
    """[top, bottom) of the longest run of inked rows in a line's crop, small
    gaps bridged (the dot over 应): the band of its glyphs; bits of the lines
    above and below that the box reaches stand apart by a line's leading. A
    sliver cut by the crop's bottom edge (at most a tenth of its height) a
    tenth of the height or more under the rest is such a bit and is not
    bridged: the tops of a subtitle set tight under its title, which the
    title's padded box reaches (a wider sliver or a narrower gap, as on a
    scan's noisy lines, is bridged as before)."""
    runs = true_runs(ink_mask(crop).sum(axis=1) > 0)
    if not runs:
        return None
    height = crop.shape[0]
    if (len(runs) > 1 and runs[-1][1] == height and runs[-1][1] - runs[-1][0] <= 0.1 * height
            and runs[-1][0] - runs[-2][1] >= 0.1 * height):
        runs = runs[:-1]
    bridge = max(2.0, 0.15 * crop.shape[0])
    merged = [runs[0]]
    for lo, hi in runs[1:]:
        if lo - merged[-1][1] <= bridge:
            merged[-1] = [merged[-1][0], hi]
        else:
            merged.append([lo, hi])
    top, bottom = max(merged, key=lambda r: r[1] - r[0])
    return top, bottom


def ink_height(crop: Any) -> float | None:
    """The height of a line's glyphs (:func:`glyph_rows`)."""
    rows = glyph_rows(crop)
    return float(rows[1] - rows[0]) if rows else None


def dash_bars(crop: Any, split: bool = False) -> list[tuple[int, int]]:
    """x-ranges (in the crop) of the dash pairs (——) of a line: a stroke as
    thin as a character's strokes, level with the middle of the line, 1.6 to
    2.6 characters long (one 一 is shorter, a rule longer). With ``split``:
    two strokes each about a character long, level and a few pixels apart
    (一一, two characters: a dash pair is drawn as one stroke)."""
    import cv2
    import numpy as np

    size = ink_height(crop)
    if not size:
        return []
    ink = ink_mask(crop).astype(np.uint8)
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    h = crop.shape[0]
    out = []
    singles = []
    labels = None
    for k in range(1, count):
        x, y, w, bar, area = (int(v) for v in stats[k])
        level = bar <= max(3.0, 0.2 * size) and area >= 0.6 * w * bar and 0.25 * h <= y + bar / 2 <= 0.75 * h
        if level and 1.6 * size <= w <= 2.6 * size:
            out.append((x, x + w))
        elif level and 0.6 * size <= w <= 1.1 * size:
            singles.append((x, y, w, bar))
        elif not split and w >= 1.6 * size:  # a dash pair whose stroke touches the glyph before (or after) it
            if labels is None:
                labels = cv2.connectedComponents(ink, connectivity=8)[1]
            found = _level_run(labels[:, x:x + w] == k, size, h)
            if found is not None:
                out.append((x + found[0], x + found[1]))
    if not split:
        return out
    singles.sort()
    return [(a[0], b[0] + b[2]) for a, b in zip(singles, singles[1:])
            if 0 < b[0] - (a[0] + a[2]) <= 0.35 * size and abs(a[1] - b[1]) <= 2]


def _level_run(mask: Any, size: float, height: int) -> tuple[int, int] | None:
    """[start, end) of the longest run of columns of ``mask`` (one piece of
    ink) whose ink is one thin level stroke in the middle of the line, when
    it is a dash pair's length (1.6 to 2.6 squares): a dash pair set tight
    against a glyph joins that glyph's ink (序幕——, at 200 dpi), and the
    piece as a whole is no thin bar. No glyph has a level stroke that long."""
    import numpy as np

    inked = mask.any(axis=0)
    tops = np.where(inked, mask.argmax(axis=0), -1)
    bottoms = np.where(inked, height - 1 - mask[::-1].argmax(axis=0), -1)
    thin = max(3.0, 0.2 * size)
    flat = inked & (bottoms - tops + 1 <= thin) & (np.abs((tops + bottoms) / 2 - height / 2) <= 0.25 * height)
    best: tuple[int, int] | None = None
    start = None
    for col in range(mask.shape[1] + 1):
        ok = col < mask.shape[1] and bool(flat[col])
        if ok and start is not None and abs(int(tops[col]) - int(tops[start])) <= 2:
            continue
        if start is not None and (best is None or col - start > best[1] - best[0]):
            best = (start, col)
        start = col if ok else None
    if best is not None and 1.6 * size <= best[1] - best[0] <= 2.6 * size:
        return best
    return None


def mend_yi_pairs(text: str, ink: tuple[float, float], pairs: list[tuple[float, float]]) -> str:
    """The recogniser reads 一一 (唯一一个, 一一对应) now and then as —一 or
    一—, which reads as a dash pair: where the ink shows two strokes a gap
    apart (:func:`dash_bars` with ``split``), it is 一一."""
    span = max(1.0, ink[1] - ink[0])
    for x0, x1 in pairs:
        middle = ((x0 + x1) / 2 - ink[0]) / span * len(text)
        near = [i for i in range(max(0, int(middle) - 2), min(len(text) - 1, int(middle) + 2))
                if text[i:i + 2] in ("—一", "一—")]
        if near:
            i = min(near, key=lambda i: abs(i + 1 - middle))
            text = text[:i] + "一一" + text[i + 2:]
    return text


def mend_dash_pairs(text: str, ink: tuple[float, float], bars: list[tuple[float, float]]) -> str:
    """The recogniser reads a dash pair (——, one long stroke) now and then as
    —, as 一 or as nothing. Each stroke of :func:`dash_bars` not yet read as
    —— is put at its place in the text: a — or 一 within two characters of
    where the stroke stands (the line's characters spread evenly over its
    ink) becomes ——; with neither there, —— goes in where the stroke starts."""
    if len(bars) <= text.count("——"):
        return text
    span = max(1.0, ink[1] - ink[0])
    for x0, x1 in sorted(bars, reverse=True):  # from the right: earlier places do not move
        # the text's characters over the ink: the pair read as one character, or not read (two cells more)
        start = round((x0 - ink[0]) / span * (len(text) + 1))
        middle = ((x0 + x1) / 2 - ink[0]) / span * (len(text) + 1)
        near = range(max(0, start - 2), min(len(text), start + 4))
        if any(text[i:i + 2] == "——" for i in near):
            continue
        # 一一 (唯一一个) is two characters whose strokes run together, not a dash read as 一
        options = [i for i in near if text[i] in "—一" and "一" not in (text[i - 1:i] + text[i + 1:i + 2])]
        if options:
            i = min(options, key=lambda i: abs(i + 0.5 - middle))
            text = text[:i] + "——" + text[i + 1:]
        else:
            i = min(max(0, round((x0 - ink[0]) / span * (len(text) + 2))), len(text))
            text = text[:i] + "——" + text[i:]
    return text


#: a single dash's stroke sits at least this far down its line's glyph band (its middle 0.58-0.63 in
#: the page font the typeset benchmark draws with, where 一's is 0.43-0.48); in the real pages' fonts the
#: two are level (0.39-0.54 and 0.50-0.54) and only the length would tell them, which a line's pitch
#: does not give closely enough: there a single stroke is left as read
DASH_LOW = 0.55
#: and runs across its whole square: at least this share of the glyphs' height (a dash 1.04-1.18, 一
#: 0.88-1.0 in the benchmark's font; 一 is shortened by its square's side bearings)
DASH_LONG = 0.95


def single_bars(crop: Any) -> list[tuple[int, int, bool]]:
    """x-ranges (in the crop) of the single level strokes of a line about a
    square long with nothing above or below them in the glyph band (一 or a
    single dash; a stroke of 三 or 二 has others over it), each with whether
    it is a dash: set low in the line (:data:`DASH_LOW`) and as long as a
    square (:data:`DASH_LONG`)."""
    parts = _band_parts(crop)
    lone = [(x0, x1, low >= DASH_LOW and length >= DASH_LONG) for x0, x1, low, length in lone_strokes(crop, parts)]
    return sorted(lone + [(x0, x1, True) for x0, x1 in touching_dashes(crop, parts)
                          if not any(a < x1 and x0 < b for a, b, _ in lone)])


def _band_parts(crop: Any) -> tuple[int, Any, Any, int, Any] | None:
    """The glyph band's height, its ink, and its pieces of ink (count, labels,
    stats: cv2's connected components), or None for a band under 8 px."""
    import cv2
    import numpy as np

    rows = glyph_rows(crop)
    if rows is None or rows[1] - rows[0] < 8:
        return None
    ink = ink_mask(crop)[rows[0]:rows[1]]
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink.astype(np.uint8), connectivity=8)
    return rows[1] - rows[0], ink, labels, count, stats


def touching_dashes(crop: Any, parts: Any = None) -> list[tuple[int, int]]:
    """x-ranges (in the crop) of single dashes set solid between two glyphs
    (中国—柬埔寨): the dash's stroke touches both, and the piece of ink is no
    bar; its columns are one thin level stroke, low in the glyph band
    (:data:`DASH_LOW`), a square long (:data:`DASH_LONG` to 1.4 squares). No
    glyph's columns hold one level stroke a whole square long."""
    import numpy as np

    parts = _band_parts(crop) if parts is None else parts
    if parts is None:
        return []
    size, _, labels, count, stats = parts
    out = []
    for k in range(1, count):
        x, _, w, _, _ = (int(v) for v in stats[k])
        if w < 2 * size:  # two glyphs joined by the dash at the least
            continue
        mask = labels[:, x:x + w] == k
        inked = mask.any(axis=0)
        tops = np.where(inked, mask.argmax(axis=0), -1)
        bottoms = np.where(inked, size - 1 - mask[::-1].argmax(axis=0), -1)
        flat = inked & (bottoms - tops + 1 <= max(3.0, 0.2 * size)) & ((tops + bottoms) / 2 >= DASH_LOW * size)
        start = None
        for col in range(w + 1):
            if col < w and flat[col] and (start is None or abs(int(tops[col]) - int(tops[start])) <= 2):
                start = col if start is None else start
                continue
            if start is not None and DASH_LONG * size <= col - start <= 1.4 * size:
                out.append((x + start, x + col))
            start = col if col < w and flat[col] else None
    return out


def lone_strokes(crop: Any, parts: Any = None) -> list[tuple[int, int, float, float]]:
    """The strokes of :func:`single_bars` with how far down the line their
    middle sits (0 at the top of the glyphs within two squares of it, 1 at
    their bottom) and their length against the glyphs' height."""
    import numpy as np

    parts = _band_parts(crop) if parts is None else parts
    if parts is None:
        return []
    size, ink, labels, count, stats = parts
    out = []
    for k in range(1, count):
        x, y, w, bar, area = (int(v) for v in stats[k])
        if not (bar <= max(3.0, 0.2 * size) and area >= 0.6 * w * bar and 0.6 * size <= w <= 1.4 * size):
            continue
        lo = max(0, x - 2 * size)
        beside = ink[:, lo:x + w + 2 * size] & (labels[:, lo:x + w + 2 * size] != k)
        if beside[:, x - lo:x - lo + w].sum() > 2:
            continue  # another stroke over or under it: part of a character
        inked = np.nonzero(beside.any(axis=1))[0]
        if len(inked) == 0:
            continue
        low = (y + bar / 2 - inked[0]) / max(1, inked[-1] + 1 - inked[0])
        out.append((x, x + w, float(low), w / size))
    return sorted(out)


def mend_single_dashes(text: str, ink: tuple[float, float], bars: list[tuple[float, float, bool]]) -> str:
    """The recogniser reads a single dash (中国—东盟, 40%—45%) as 一 more
    often than not. Each dash of :func:`single_bars` (page x-ranges) read as
    一 within two characters of its place (the line's characters spread
    evenly over its ink) becomes —; 一 beside 一 (一一) is left alone. A
    dash that ends (opens) the line's ink with no 一 or — read in the
    line's last (first) two characters was dropped by the recogniser: the
    half of a dash pair a line break split (三件大事— / —给儿女) is put back."""
    span = max(1.0, ink[1] - ink[0])
    for x0, x1, dash in bars:
        if not dash:
            continue
        if x1 >= ink[1] - 2 and text and not set(text[-2:]) & set(_DASH_TAIL):
            text += "—"  # the line's last square, a dash pair's first half before a line break, dropped
            continue
        if x0 <= ink[0] + 2 and text and not set(text[:2]) & set(_DASH_TAIL):
            text = "—" + text  # the line's first square: a dash pair's second half after a line break
            continue
        middle = ((x0 + x1) / 2 - ink[0]) / span * len(text) - 0.5
        near = [i for i in range(max(0, round(middle) - 2), min(len(text), round(middle) + 3))
                if text[i] in "一—" and "一" not in text[max(0, i - 1):i] + text[i + 1:i + 2]]
        if near:
            i = min(near, key=lambda i: abs(i - middle))
            text = text[:i] + "—" + text[i + 1:]
            continue
        # nothing read for it (中国柬埔寨): it goes in where it starts, the line one square longer
        i = min(max(0, round((x0 - ink[0]) / span * (len(text) + 1))), len(text))
        if not set(text[max(0, i - 2):i + 2]) & set(_DASH_TAIL):
            text = text[:i] + "—" + text[i:]
    return text


#: what the recogniser reads for the end of a dash pair the detector's box cut at a line's start or end
_DASH_TAIL = "-—－一"


def leading_dash_pair(image: Any, box: Box, ink_start: float) -> float | None:
    """Where (page x) a dash pair (——, set before a subtitle or a quoted
    source) opens a line that the detector's box left it out of, all or all
    but its tail, or None: the paper up to 2.5 of the line's heights before
    its ink holds one thin level stroke, in the middle of the line's height,
    at least a square long and running up to the ink (into the box, or to a
    side bearing of the first glyph)."""
    found = _dash_beside(image, box, ink_start, before=True)
    return None if found is None else found[0]


def trailing_dash_pair(image: Any, box: Box, ink_end: float) -> float | None:
    """Where (page x) a dash pair ending a line (的“与众不同”——, wrapped
    before what it introduces) stops, when the detector's box left it out,
    all or all but its head, or None: as :func:`leading_dash_pair`, after
    the line's ink. A line short of its column's end by its dash pair
    measured a wide pitch and was taken for a heading."""
    found = _dash_beside(image, box, ink_end, before=False)
    return None if found is None else found[1]


def _dash_beside(image: Any, box: Box, edge: float, before: bool) -> tuple[float, float] | None:
    """The page x-range of a dash pair's stroke standing before (after) a
    line's ink, whose first (last) x is ``edge``, and reaching it: the stroke
    may run on into the box (the box took its tail, read as - or 一)."""
    import cv2
    import numpy as np

    x0, y0, x1, y1 = box
    h = y1 - y0
    left, right = (max(0, int(x0 - 2.5 * h)), int(edge + h)) if before else (int(edge - h), int(x1 + 2.5 * h))
    left, right = max(0, left), min(right, image.shape[1])
    if right - left < 2 * h:
        return None
    ink = ink_mask(image[int(y0):int(round(y1)), left:right]).astype(np.uint8)
    if not before:
        ink = ink[:, ::-1]  # the line to the right, as before it
    near = (edge - left) if before else (right - edge)  # where the line's ink starts, in the patch
    count, _, stats, _ = cv2.connectedComponentsWithStats(np.ascontiguousarray(ink), connectivity=8)
    pieces = [tuple(int(v) for v in stats[k]) for k in range(1, count)]
    # (a column rule standing beside the line crosses the whole crop, thin: no glyph of the line)
    pieces = [p for p in pieces if not (p[3] >= ink.shape[0] - 1 and p[2] <= max(3, 0.1 * h))]
    strokes = [p for p in pieces if p[0] < near - 1 and p[0] + p[2] >= near - 0.25 * h]
    if len(strokes) != 1:
        return None
    x, y, w, bar, area = strokes[0]
    if any(p is not strokes[0] and p[0] < near - 1 and p[0] + p[2] >= x - 0.6 * h for p in pieces):
        return None  # a character right beyond the stroke (another line's), or over or under it
    if not (bar <= max(3.0, 0.12 * h) and area >= 0.6 * w * bar and 0.3 * h <= y + bar / 2 <= 0.75 * h
            and w >= 0.8 * h):
        return None
    return (float(left + x), float(left + x + w)) if before else (float(right - x - w), float(right - x))


def mend_leading_dash_pair(text: str, into_box: bool = True) -> str:
    """A line whose dash pair :func:`leading_dash_pair` found outside its box
    opens with ——: its tail, when the stroke ran into the box, was read as
    - or 一 (or not at all)."""
    if text.startswith("——"):
        return text
    return "——" + (text[1:] if into_box and text[:1] in _DASH_TAIL else text)


def mend_trailing_dash_pair(text: str, into_box: bool = True) -> str:
    """A line whose dash pair :func:`trailing_dash_pair` found outside its box ends with ——."""
    if text.endswith("——"):
        return text
    return (text[:-1] if into_box and text[-1:] in _DASH_TAIL else text) + "——"


def dashes_outside_the_box(image: Any, text: str, box: Box,
                           ink: tuple[float, float]) -> tuple[str, Box, tuple[float, float]]:
    """A line's dash pairs at its start and end that the detector's box left
    out: put into its text, and its box and ink reach to them (a subtitle
    starts flush with its title at its dash)."""
    if not text:
        return text, box, ink
    start = leading_dash_pair(image, box, ink[0])
    if start is not None:
        text = mend_leading_dash_pair(text, ink[0] - box[0] <= 2)
        box, ink = (start, box[1], box[2], box[3]), (start, ink[1])
    end = trailing_dash_pair(image, box, ink[1])
    if end is not None:
        text = mend_trailing_dash_pair(text, box[2] - ink[1] <= 2)
        box, ink = (box[0], box[1], max(box[2], end), box[3]), (ink[0], end)
    return text, box, ink
