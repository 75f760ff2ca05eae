"""How wide a body's punctuation was printed: full cells, or half (开明式).

Many Chinese papers set their body text in the 开明 style: the marks inside
a sentence (，、；： quotes, brackets, book-title marks) take half a cell and
only the sentence ends (。？！) a whole one. A justified line then holds a
character more for every two such marks, so counted in whole cells the full
lines of one column differ by one or two cells, and a line with few marks
looks short enough to end its paragraph. The lines of a body tell which
style it was set in: measured in the right one, its full lines are all as
wide as the column (or half a cell short, the half that justification
spread); in the wrong one neighbouring full lines differ by a cell or two.
"""

from __future__ import annotations

import re

from .reflow import cell_width

#: marks inside a sentence that part its clauses
CLAUSE_MARKS = "，、；："
#: quotes and book-title marks (a body font may draw them narrow whatever the style)
QUOTE_MARKS = "“”‘’《》"
#: marks the 开明 style sets in half a cell: the clause marks, quotes and brackets
HALF_MARKS = frozenset(CLAUSE_MARKS + QUOTE_MARKS + "（）「」『』〈〉【】")
#: (one pattern finds them all in one scan of a line: eighteen ``str.count`` calls cost four times as much)
_HALF_MARK = re.compile("[" + re.escape("".join(sorted(HALF_MARKS))) + "]")
#: a body needs this many lines (not a block's last) to tell its style
_MIN_LINES = 12
#: lines shorter than this are no column's full lines
_MIN_CELLS = 6.0
#: the half-cell measure is taken only when it makes this much larger a share of neighbours agree
_CLEARLY = 0.2
#: ... and makes at least this share agree
_AGREE = 0.64


def half_mark_width(line: str) -> float:
    """Width in cells with the 开明 style's half-width marks."""
    return cell_width(line) - 0.5 * half_marks_in(line)


def half_marks_in(line: str) -> int:
    """How many marks of ``line`` the 开明 style sets in half a cell."""
    return len(_HALF_MARK.findall(line))


def _agreeing(widths: list[list[float]]) -> float:
    """Share of neighbouring lines (both a column's, in one block) whose widths
    differ by half a cell at most: a column's full lines, measured right,
    agree with the lines around them whatever the column's width."""
    pairs = agree = 0
    for block in widths:
        for a, b in zip(block, block[1:]):
            if a >= _MIN_CELLS and b >= _MIN_CELLS:
                pairs += 1
                agree += abs(a - b) <= 0.5
    return agree / pairs if pairs else 0.0


def half_width_marks(blocks: list[list[str]], widths: list[list[float]] | None = None) -> bool:
    """Were these blocks' lines set with half-width marks (开明式)? Their
    lines that are not a block's last, measured both ways: the half-cell
    measure must make clearly more neighbours agree. ``widths``: the lines'
    :func:`cell_width`, where the caller measured them already."""
    inner = [block[:-1] for block in blocks]
    if sum(map(len, inner)) < _MIN_LINES or all(HALF_MARKS.isdisjoint(line) for block in inner for line in block):
        return False
    if widths is None:
        widths = [[cell_width(line) for line in block] for block in blocks]
    whole = [ws[:len(block)] for ws, block in zip(widths, inner)]
    needed = max(_AGREE, _agreeing(whole) + _CLEARLY)
    if needed > 1.0:
        return False  # (whole cells make neighbours agree so well that no measure can do clearly better)
    half = [[w - 0.5 * half_marks_in(line) for line, w in zip(block, ws)]
            for block, ws in zip(inner, whole)]
    return _agreeing(half) >= needed
