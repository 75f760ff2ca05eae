"""Column text set at a second body size.

A page may set one article's text larger than the size most of its characters
are in (a commentary or a feature at 11 points on a page of 9.5-point news), and
by size alone its lines pass for headline lines: the article is lost to a
"headline" of a dozen lines. What no headline does: five lines or more of one
size and light face (a long subtitle of many lines is set in 黑体), flush on one
right edge, one under the next at one even leading, saying clauses (，。).
Those lines, and the short and indented lines of the same column among them
(a paragraph's last line, its first), are text.
"""

from __future__ import annotations

from collections import defaultdict

from ..model import TextLine
from .rules import is_continuation_line

#: the fewest lines flush on one right edge (a headline of three or four lines may share one)
_LEAST_LINES = 5
#: the fewest clause marks those lines hold: prose, not a list of names or a stack of phrases
_LEAST_MARKS = 2
_MARKS = frozenset("，。；、：！？")


def column_text_apart(heading_lines: list[TextLine], text_lines: list[TextLine]
                      ) -> tuple[list[TextLine], list[TextLine]]:
    """(heading lines, text lines) with the column text set larger than the
    body moved from the first to the second."""
    taken = column_text(heading_lines)
    if not taken:
        return heading_lines, text_lines
    return ([ln for ln in heading_lines if id(ln) not in taken],
            text_lines + [ln for ln in heading_lines if id(ln) in taken])


def column_text(heading_lines: list[TextLine]) -> set[int]:
    """The ids of the heading lines that are column text (see the module)."""
    long_lines = [ln for ln in heading_lines if not ln.vertical and len(ln.text) >= 6]
    if len(long_lines) < _LEAST_LINES:  # (most pages: a handful of headline lines)
        return set()
    by_face: dict[tuple[int, str], list[TextLine]] = defaultdict(list)
    for ln in heading_lines:
        if not ln.vertical:
            by_face[(round(ln.size * 4), ln.font)].append(ln)
    taken: set[int] = set()
    for face in by_face.values():
        if sum(len(ln.text) >= 6 for ln in face) < _LEAST_LINES or _heading_face(face[0]):
            continue
        for run in _flush_runs(face):
            column = _column_of(run, face)
            taken.update(id(ln) for ln in column)
            taken.update(id(ln) for ln in _resumed_under_headings(run, column, face, heading_lines))
            taken.update(id(ln) for ln in _notes_under(column, face))
    return taken


#: how far under a column's foot its jump note stands (its lines' size)
_NOTE_GAP = 3.0


def _notes_under(column: list[TextLine], face: list[TextLine]) -> list[TextLine]:
    """A jump note (（下转第6版）) under the column's foot, in its width and
    face, set flush right: the column's last line, never a headline."""
    size = column[0].size
    left, right = min(ln.x0 for ln in column), max(ln.x1 for ln in column)
    foot = max(ln.y1 for ln in column)
    return [ln for ln in face if 0 <= ln.y0 - foot <= _NOTE_GAP * size and ln.x0 >= left - 0.5 * size
            and ln.x1 <= right + size and "版" in ln.text and is_continuation_line(ln.text)]


def _resumed_under_headings(run: list[TextLine], column: list[TextLine], face: list[TextLine],
                            heading_lines: list[TextLine]) -> list[TextLine]:
    """The lines of the face under the column's text, in its column, below a
    subheading of another face that stands between (读者多了，书架也 / 更满了,
    in 黑体, a size up): the text resumes under it off the grid of the lines
    over it. Only the space the subheading's own lines fill may part them from
    the text over them, a line's leading or two besides."""
    size = run[0].size
    left, right = min(ln.x0 for ln in run), max(ln.x1 for ln in run)
    seen = {id(ln) for ln in column}

    def inside(ln: TextLine) -> bool:
        return ln.x0 >= left - 0.5 * size and ln.x1 <= right + 1.05 * size

    between = sorted((ln for ln in heading_lines if not ln.vertical and id(ln) not in seen and inside(ln)
                      and ln.font != run[0].font and _heading_face(ln)), key=lambda ln: ln.y0)
    cursor = max(ln.y1 for ln in column if inside(ln))
    out: list[TextLine] = []
    for ln in sorted((ln for ln in face if id(ln) not in seen and inside(ln) and ln.y0 > cursor),
                     key=lambda ln: ln.y0):
        heads = [h for h in between if h.y0 >= cursor - 0.5 and h.y1 <= ln.y0 + 0.5]
        if not out and not heads:
            break  # (no subheading between: the grid's rule above holds)
        gap = ln.y0 - cursor - sum(h.y1 - h.y0 for h in heads)
        if gap > 2.5 * size:
            break
        out.append(ln)
        cursor = ln.y1
    return out


def _heading_face(ln: TextLine) -> bool:
    """Bold, or 黑体 and its kin: a long subtitle of many lines (——听取…汇报，推进…) is set so, column text in
    the text's light face (宋, 楷)."""
    lower = ln.font.lower()
    return ln.bold or any(word in lower for word in ("hei", "黑", "sans", "gothic", "bold", "black", "heavy"))


def _flush_runs(face: list[TextLine]) -> list[list[TextLine]]:
    """Runs of lines ending on one right edge, each under the last by one even
    leading (or two or three of it: a paragraph's short last line between)."""
    size = face[0].size
    edges: list[list[TextLine]] = []
    for ln in sorted(face, key=lambda ln: ln.x1):
        if edges and ln.x1 - edges[-1][-1].x1 <= 0.25 * size:
            edges[-1].append(ln)
        else:
            edges.append([ln])
    runs: list[list[TextLine]] = []
    for edge in edges:
        if len(edge) < _LEAST_LINES:
            continue
        edge.sort(key=lambda ln: ln.y0)
        steps = [b.y0 - a.y0 for a, b in zip(edge, edge[1:])]
        even = [s for s in steps if 1.1 * size <= s <= 2.2 * size]
        if not even:
            continue
        lead = min(even)
        run = [edge[0]]
        for ln, step in zip(edge[1:], steps):
            times = round(step / lead)
            if 1 <= times <= 3 and abs(step - times * lead) <= 0.1 * size:
                run.append(ln)
                continue
            runs.append(run)
            run = [ln]
        runs.append(run)
    return [r for r in runs if len(r) >= _LEAST_LINES
            and sum(c in _MARKS for ln in r for c in ln.text) >= _LEAST_MARKS]


def _column_of(run: list[TextLine], face: list[TextLine]) -> list[TextLine]:
    """The run and the lines of its face on its leading's grid: in its column
    (a mark may hang past its edge) from a few lines over its top to a few
    under its bottom, or in any column level with it (the article's next
    column, whose lines may be too few to make a run)."""
    size = run[0].size
    left, right = min(ln.x0 for ln in run), max(ln.x1 for ln in run)
    lead = min(b.y0 - a.y0 for a, b in zip(run, run[1:]))
    top, bottom = run[0].y0, run[-1].y0
    out = []
    for ln in face:
        off = (ln.y0 - top) / lead
        if abs(off - round(off)) * lead > 0.1 * size or not top - 3 * lead - 0.5 <= ln.y0 <= bottom + 3 * lead + 0.5:
            continue
        level = top - lead - 0.5 <= ln.y0 <= bottom + lead + 0.5
        if level or (ln.x0 >= left - 0.5 * size and ln.x1 <= right + 1.05 * size):
            out.append(ln)
    return out


__all__ = ["column_text", "column_text_apart"]
