"""Two columns' lines that MuPDF read as one run, parted at the mark hung between them.

A page that hangs its punctuation (标点悬挂) sets a line's closing comma or stop
past the column's right edge, into the gutter. When the page draws a row of
columns in one go, the hung mark's box reaches so near the next column's first
glyph that MuPDF keeps both lines in one span (…精神，的支撑…): no gap is left to
see, and the two columns' text would be read as one line. The page's other lines
tell where to part it: the left column's full lines, from the same left edge to
the same right edge, hold a set number of characters, and the mark stands right
after that many; the right part starts at a column's left edge. Only a page that
shows hung marks (lines ending in a mark one character past a column's edge) is
asked at all.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace
from typing import Any, TypeVar

#: marks a page may hang past a column's right edge into the gutter (hanging punctuation, 标点悬挂)
HANGING = frozenset("，。、；：！？”’）》」』")
#: lines that share an edge to make it a column's
_COLUMN_LINES = 4
#: lines ending in a hung mark that show a page hangs its punctuation
_HUNG_LINES = 2

Run = TypeVar("Run", bound=Any)  # pdf_spans.Span: text, bbox, size (a dataclass)

# (edges are counted to the half point, keyed `round(2 * x)`: written out in each place, no helper's call,
# as the first counts are asked of every page's runs)


def part_hung_runs(runs: list[Run], body: float) -> list[Run]:
    """``runs`` with each run that holds two columns' lines joined at a hung mark
    parted in two (the list itself when the page hangs no marks)."""
    # the cheap test first: most pages end no run in a mark hung past a column's edge
    low, high = 0.9 * body, 1.1 * body
    enders = [r for r in runs if r.text[-1:] in HANGING and low <= r.size <= high]
    if len(enders) < _HUNG_LINES:
        return runs
    # (`get`: a Counter's missing key is a call; `x.__round__()` is round(x) without the builtin's lookup of
    # the method, a third of the cost, asked of every run of most pages)
    rights = Counter([(2 * r.bbox[2]).__round__() for r in runs]).get
    hung = 0
    for r in enders:  # (two are enough)
        key = (2 * (r.bbox[2] - r.size)).__round__()
        if rights(key - 1, 0) + rights(key, 0) + rights(key + 1, 0) >= _COLUMN_LINES:
            hung += 1
            if hung >= _HUNG_LINES:
                break
    else:
        return runs
    # a run of two columns reaches well past where the lines starting where it starts mostly end
    # (runs counted by their (left, right) edges in one dict, not a Counter a left edge; for each left edge
    # the first most common end, as most_common(1) of its own Counter gives it: pairs come in order of first use)
    pairs: dict[tuple[int, int], int] = {}
    get = pairs.get
    for r in runs:
        box = r.bbox
        key = ((2 * box[0]).__round__(), (2 * box[2]).__round__())
        pairs[key] = get(key, 0) + 1
    best: dict[int, tuple[int, int]] = {}
    for (left, right), count in pairs.items():
        held = best.get(left)
        # (a tie goes to the nearer end: a left edge held by two lines, one of them two columns' run, has
        # the column's end as its usual one)
        if held is None or count > held[1] or count == held[1] and right < held[0]:
            best[left] = (right, count)
    usual_end = {k: right / 2 for k, (right, _) in best.items()}
    wide = {id(r) for r in runs if r.bbox[2] > usual_end[(2 * r.bbox[0]).__round__()] + 2 * r.size
            and abs(r.size - body) <= 0.1 * body and any(c in HANGING for c in r.text[:-1])}
    if not wide:
        return runs
    by_left: dict[int, list[Run]] = {}
    for r in sorted(runs, key=lambda r: r.bbox[3]):
        if abs(r.size - body) <= 0.1 * body and r.text.strip():
            by_left.setdefault(round(2 * r.bbox[0]), []).append(r)
    bottoms = {k: [r.bbox[3] for r in rs] for k, rs in by_left.items()}
    out: list[Run] = []
    for r in runs:
        out.extend(_parted(r, body, by_left, bottoms) if id(r) in wide else (r,))
    return out


def _near(by_left: dict[int, list[Run]], bottoms: dict[int, list[float]], left: float, low: float, high: float
          ) -> list[Run]:
    """Runs starting at ``left`` (to the half point) whose bottoms lie between ``low`` and ``high``."""
    found: list[Run] = []
    key = round(2 * left)
    for k in (key - 1, key, key + 1):
        runs = by_left.get(k)
        if runs:
            found.extend(runs[bisect_left(bottoms[k], low):bisect_right(bottoms[k], high)])
    return found


def _parted(run: Run, body: float, by_left: dict[int, list[Run]], bottoms: dict[int, list[float]]) -> list[Run]:
    text, (x0, _, x1, y1), size = run.text, run.bbox, run.size
    if abs(size - body) > 0.1 * body or len(text) < 6 or x1 - x0 < 6 * size:
        return [run]
    low, high = y1 - _ROWS * size, y1 + _ROWS * size
    # the left column's full lines around: the same left edge, a right edge inside the run (two lines or
    # more end there; their lengths may differ by a mark set half wide, so each is tried, commonest first)
    near = [n for n in _near(by_left, bottoms, x0, low, high) if x0 + 2 * size < n.bbox[2] < x1 - 2 * size]
    ends = Counter(round(2 * n.bbox[2]) for n in near)
    full = Counter((round(2 * n.bbox[2]), len(n.text.strip())) for n in near)
    for (right_key, full_chars), _ in full.most_common():
        if ends[right_key] >= 2:
            parts = _parted_at(run, _advance_to(text, full_chars), right_key / 2, body, by_left, bottoms)
            if parts:
                return parts
    # an indented first line: the column's full lines start up to three characters left of it, and the
    # mark stands where their pitch puts the column's right edge (looked for twice as far down: a paragraph
    # opening a column's text has no lines over it, and the lines under may end hung or be runs themselves)
    deep = y1 + 2 * _ROWS * size
    for key in [k for k in by_left if 2 * (x0 - 3.2 * size) <= k <= 2 * x0 - size]:
        near = [n for n in _near(by_left, bottoms, key / 2, low, deep) if x0 + 2 * size < n.bbox[2] < x1 - 2 * size]
        full = Counter((round(2 * n.bbox[2]), len(n.text.strip())) for n in near)
        for (right_key, full_chars), lines in full.most_common():
            right = right_key / 2
            if lines >= 2 and full_chars:
                chars = round((right - x0) / ((right - key / 2) / full_chars))
                parts = _parted_at(run, chars, right, body, by_left, bottoms)
                if parts:
                    return parts
    return [run]


def _parted_at(run: Run, chars: int, right: float, body: float, by_left: dict[int, list[Run]],
               bottoms: dict[int, list[float]]) -> list[Run] | None:
    """``run`` parted after its ``chars`` first characters, the left column ending at ``right``: if a hung
    mark stands there and the rest starts a gutter on, filling the next column at the left part's pitch."""
    text, (x0, y0, x1, y1), size = run.text, run.bbox, run.size
    if chars < 1 or chars + 1 >= len(text) or text[chars] not in HANGING or not text[chars + 1:].strip():
        return None
    rest = text[chars + 1:]
    low, high = y1 - _ROWS * size, y1 + 2 * _ROWS * size  # (twice as far down: the run may open the column)
    # the right column's lines around start a gutter after that edge
    for left_key in range(round(2 * (right + 0.8 * size)), round(2 * (right + 2.6 * size)) + 1):
        left = left_key / 2
        if len(_near(by_left, bottoms, left, low, high)) < 2:
            continue
        if abs(len(rest) - (x1 - left) / ((right - x0) / chars)) > 1.5:
            continue  # the right part must fill its column's width at the left part's pitch
        first = replace(run, text=text[:chars + 1], bbox=(x0, y0, right + size, y1))
        second = replace(run, text=rest, bbox=(left, y0, x1, y1))
        return [first, *_parted(second, body, by_left, bottoms)]
    return None


def _advance_to(text: str, full: int) -> int:
    """The index in ``text`` after ``full`` characters' width of it, a digit or
    Latin letter set half a character wide (40年 is two characters wide), a
    space the extractor put in a gap (“ 床前) none."""
    if text.isascii() or not any(c.isascii() for c in text[:full]):
        return full  # (the common case: Chinese text only)
    width = 0.0
    for index, c in enumerate(text):
        if width >= full - 0.25:
            return index
        width += (0.0 if c.isspace() else 0.5) if c.isascii() else 1.0
    return len(text)


#: how many lines' heights above and below a run its neighbours are looked for
_ROWS = 4
