"""How wide a body's punctuation was printed: full cells, or half (开明式).

Many Chinese papers set their body text in the 开明 style: the marks inside
a sentence (，、；： quotes, brackets, book-title marks) take half a cell and
only the sentence ends (。？！) a whole one. A justified line then holds a
character more for every two such marks, so counted in whole cells the full
lines of one column differ by one or two cells, and a line with few marks
looks short enough to end its paragraph. The lines of a body tell which
style it was set in: measured in the right one, its full lines are all as
wide as the column (or half a cell short, the half that justification
spread); in the wrong one their widths scatter.
"""

from __future__ import annotations

from collections import Counter

from .reflow import cell_width

#: marks the 开明 style sets in half a cell
HALF_MARKS = frozenset("，、；：“”‘’《》（）「」『』〈〉【】")
#: a body needs this many lines (not a block's last) to tell its style
_MIN_LINES = 8
#: lines shorter than this are no column's full lines
_MIN_CELLS = 6.0
#: the half-cell measure is taken only when it gathers this much larger a share of the lines at the column width
_CLEARLY = 0.15


def half_mark_width(line: str) -> float:
    """Width in cells with the 开明 style's half-width marks."""
    marks = sum(1 for ch in line if ch in HALF_MARKS)
    return cell_width(line) - 0.5 * marks


def _share_at_width(widths: list[float]) -> float:
    """The largest share of the widths within half a cell under some width
    (a column's full lines: the width, or half a cell short)."""
    counts = Counter(widths)
    best = 0
    for top in counts:
        best = max(best, counts[top] + counts.get(top - 0.5, 0))
    return best / len(widths)


def half_width_marks(blocks: list[list[str]]) -> bool:
    """Were these blocks' lines set with half-width marks (开明式)? Their
    lines that are not a block's last, measured both ways: the half-cell
    measure must gather clearly more of them at one width."""
    lines = [line for block in blocks for line in block[:-1]]
    whole = [cell_width(line) for line in lines]
    kept = [(w, line) for w, line in zip(whole, lines) if w >= _MIN_CELLS]
    if len(kept) < _MIN_LINES or not any(ch in HALF_MARKS for _, line in kept for ch in line):
        return False
    half = [half_mark_width(line) for _, line in kept]
    return _share_at_width(half) >= _share_at_width([w for w, _ in kept]) + _CLEARLY
