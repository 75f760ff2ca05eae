"""Headlines at the body's size told by what stands under them: a row of columns, or a reporters' line.

A short piece's headline may be set no larger than its text, in the heavier
face (黑体 over 宋体 or 楷体 text). :mod:`.side_small_titles` finds one beside
its columns or flush over a row; this module the other common placing: the
headline centred over two or more columns whose tops stand level under it (a
reporters' line may stand between). A subheading stands inside one column,
with that column's text over it: it is never centred over a gutter with the
tops of the columns on both sides right under it. Or right over a reporters'
line with its role (本报记者郑明刘安, run together or not, in any face) over
the text: no subheading stands over a reporter. Asked only for the heavy
runs :mod:`.side_small_titles` already walks (no pass of its own).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from ..model import TextLine
from .rules import parse_byline_line, parse_glued_byline
from .small_headlines import LinesBelow, is_heavier

#: how far under the run's foot the row's tops may stand (body sizes: a reporters' line between)
_REACH = 4.0
#: a column's first line: at least this many characters (a line of names is no column's top)
_TOP_CHARS = 6
#: how far the run's centre may stand from the row's (body sizes)
_CENTRED = 1.0
#: the white space over a reporters' line and over the text under it, in body sizes at most
_GAP = 2.5


def _plain(ln: TextLine, font: str, body: float) -> bool:
    """A line of the text: at the body's size in a face no heavier than the
    text's (a piece set in 楷体 on a 宋体 page too)."""
    return not ln.vertical and not is_heavier(ln, font) and abs(ln.size - body) <= 0.15 * body \
        and len(ln.text.strip()) >= _TOP_CHARS


def _covered(ln: TextLine, index: LinesBelow, font: str, body: float) -> bool:
    """Is a line of the text right over ``ln`` in its column (a line of names or
    a heading there does not count: the column opens at ``ln``)?"""
    lines, k = index.lines, bisect_left(index.tops, ln.y0 - 0.5 * ln.height) - 1
    while k >= 0 and ln.y0 - lines[k].y0 <= 4 * body:
        other = lines[k]
        k -= 1
        if other.y1 > ln.y0 + 0.5 or ln.y0 - other.y1 > 1.2 * body:
            continue
        if min(ln.x1, other.x1) - max(ln.x0, other.x0) >= 0.5 * min(ln.width, other.width) \
                and _plain(other, font, body):
            return True
    return False


def _edges(top: TextLine, index: LinesBelow, body: float) -> tuple[float, float]:
    """A column's left and right edges from its first two lines (the first may be indented)."""
    nxt = index.under(top, body)
    return (top.x0, top.x1) if nxt is None else (min(top.x0, nxt.x0), max(top.x1, nxt.x1))


def _tail_of_a_heading(first: TextLine, index: LinesBelow, headings: Sequence[TextLine], body: float) -> bool:
    """A heading line stands right over the run's first line (not a kicker
    ending on a lead-in dash), or a line reaches into it from above (a headline
    set solid: the run is its tail, its first line under a kicker)."""
    if any(h.y0 < first.y0 and first.y0 - h.y1 <= 2 * body and min(h.x1, first.x1) - max(h.x0, first.x0) > 0
           and not h.vertical and not h.text.rstrip().endswith("——") for h in headings):
        return True  # (a kicker's lead-in dash leads into the run: its title, no tail)
    lines, k = index.lines, bisect_left(index.tops, first.y0) - 1
    while k >= 0 and first.y0 - lines[k].y0 <= 3 * body:
        other = lines[k]
        k -= 1
        if other.y1 > first.y0 + 0.5 and other.y0 < first.y0 - 0.25 * first.size and not other.vertical \
                and min(other.x1, first.x1) - max(other.x0, first.x0) > 0:
            return True
    return False


def centred_over_a_row(run: list[TextLine], index: LinesBelow, font: str, body: float,
                       headings: Sequence[TextLine] = ()) -> bool:
    """The run stands centred over a row of two or more columns of the text
    whose tops stand level under it (within a few lines: a reporters' line may
    stand between), no text level with it across that row, no heading line of
    ``headings`` right over it: the row's headline."""
    if _tail_of_a_heading(run[0], index, headings, body):
        return False
    x0, x1 = min(ln.x0 for ln in run), max(ln.x1 for ln in run)
    foot, top = run[-1].y1, run[0].y0
    lines = index.lines
    window = lines[bisect_left(index.tops, top - 0.5 * body):bisect_left(index.tops, foot + _REACH * body)]
    tops = [ln for ln in window if ln.y0 >= foot and _plain(ln, font, body) and not _covered(ln, index, font, body)]
    if len(tops) < 2:
        return False
    tops.sort(key=lambda ln: ln.y0)
    while len(tops) >= 2:  # the highest level with two tops or more (a reporters' line alone over them)
        level = [ln for ln in tops if ln.y0 - tops[0].y0 <= 0.5 * body]
        if len(level) >= 2:
            break
        tops = tops[len(level):]
    else:
        return False
    level.sort(key=lambda ln: ln.x0)
    edges = [_edges(ln, index, body) for ln in level]
    for i in range(len(level) - 1):  # a contiguous run of the level tops, centred under the headline
        for j in range(i + 1, len(level)):
            if edges[j - 1][1] > edges[j][0]:
                break  # (two tops overlapping: one column, no row)
            left, right = edges[i][0], max(e[1] for e in edges[i:j + 1])
            if left <= x0 and x1 <= right and abs((left + right) / 2 - (x0 + x1) / 2) <= _CENTRED * body:
                return not any(ln.y0 < foot and ln.y1 > top and min(ln.x1, right) > max(ln.x0, left)
                               and _plain(ln, font, body) for ln in window)
    return False


#: a paper's or agency's reporter and names run together, whatever their surnames (本报记者 and four glyphs, surnames outside the commonest)
_PAPERS_REPORTERS = re.compile(r"(?:[■●◎]\s*)?(?:本报|新华社|人民日报|中新社)(?:特约|实习|见习|首席)?(?:记者|通讯员)"
                               r"[\u4e00-\u9fff·]{2,9}")


def is_reporters_line(text: str) -> bool:
    """A reporters' line: each name with its role (本报记者 郑明 刘安), or a role and
    one or two names run together (under a headline two of two may be cut), or a
    paper's reporter and a few glyphs of names alone on the line (no sentence is so
    short: under a heading it can only be its byline, whatever the surnames)."""
    return ("记者" in text or "通讯员" in text) and (
        parse_byline_line(text) is not None or parse_glued_byline(text, pairs=True) is not None
        or _PAPERS_REPORTERS.fullmatch(text.strip()) is not None)


def over_a_reporters_line(run: list[TextLine], index: LinesBelow, font: str, body: float,
                          headings: Sequence[TextLine] = ()) -> bool:
    """The run (its last line maybe the reporters' line itself, set in its face)
    stands right over a reporters' line with its role (a subtitle opening with
    a dash may stand between), and that right over a line of the text, no
    heading line of ``headings`` right over it: a headline over its piece's byline."""
    if _tail_of_a_heading(run[0], index, headings, body):
        return False
    if len(run) > 1 and is_reporters_line(run[-1].text):
        title, names = run[:-1], run[-1]
    else:
        title, under = run, index.under(run[-1], body, _GAP)
        if under is not None and under.text.lstrip().startswith("——"):  # a subtitle between (——记…)
            under = index.under(under, body, _GAP)
        if under is None or under.vertical or not is_reporters_line(under.text):
            return False
        names = under
    span = (min(ln.x0 for ln in title) - 0.5 * body, max(max(ln.x1 for ln in title), names.x1) + 0.5 * body)
    first = index.under(names, body, _GAP, span)
    return first is not None and _plain(first, font, body)


__all__ = ["centred_over_a_row", "is_reporters_line", "over_a_reporters_line"]
