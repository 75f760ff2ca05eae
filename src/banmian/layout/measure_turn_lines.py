"""Text mode: where a stream turns from one text's measure to the next
text's, which side a line after a sentence's end belongs to. A content
stream gives a text and then the next one (its headline drawn after it),
each in its own column width; the lines at the turn are told by their
widths: a paragraph's indented first line is two cells short of its own
column, and no line is wider than its column."""

from __future__ import annotations

from .stream_measure import OVERFLOW, Measure

#: two columns this many cells apart are two measures (two texts), not one column's squeeze
_MEASURES_APART = 2.0
#: an indented first line is two cells short of its column, give or take this much
_INDENT_SLACK = 0.5


def _plain(m: Measure, k: int) -> bool:
    """Line ``k`` measures one cell a character (no digits or Latin: its width is exact)."""
    return m.widths[k] == len(m.lines[k])


def two_line_paragraph_ends_text(m: Measure, k: int) -> bool:
    """After a sentence's end, is line ``k`` (exactly a first line's indent
    short of its column) the first line of a paragraph of two lines whose
    second line ends a sentence with a full stop, within the column, and the
    line after them wider than the column holds (the next text's)? A text's
    last paragraph is often that short (……出席了仪式。); a headline's lines end
    on no full stop, so the two lines close the text, not a headline over
    the next text."""
    n = k + 1
    if n + 1 >= len(m.lines) or not _plain(m, k) or m.cores[n + 1] <= m.columns[k] + OVERFLOW:
        return False  # (inside a text: the lines are read as before)
    column = m.columns[k]
    if abs(m.cores[k] - (column - 2)) > _INDENT_SLACK:
        return False
    last = m.lines[n].rstrip()
    return last.endswith("。") and m.cores[n] <= column + 1 and not m.datelines[n]


def opens_next_measure(m: Measure, p: int, k: int) -> bool:
    """After a sentence's end in line ``p``, is line ``k`` the indented first
    line of a text set in a wider measure (the lines under it, full at that
    measure), wider than a line of the column over it can be? No line runs
    past its own column, so ``k`` opens the next text, not a paragraph of
    the one above (……的新路。 / 江城市文化旅游协 / 会近日发布报告，…)."""
    n = k + 1
    if n + 1 >= len(m.lines) or not _plain(m, k) or p < 1 or not (m.fulls[p - 1] or m.indents[p - 1]):
        return False  # (the sentence's end must close a column's text: a line of it over ``p``, no headline)
    above, below = m.columns[p], m.columns[n]
    if abs(below - above) < _MEASURES_APART or abs(m.cores[k] - (below - 2)) > _INDENT_SLACK:
        return False
    if below < above or m.cores[k] < above + 1:
        return False  # (as wide as a full line of the column above, or narrower: it may go on there)
    return m.fulls[n] and m.fulls[n + 1] and abs(m.columns[n + 1] - below) <= 1
