"""A paragraph set wider than the columns around it (a sidebar's text in its
frame, a lead across two columns): in a line stream its lines stand apart
as headline candidates, one a unit. Their clause marks and the full stop
that closes them say they are text: a headline holds a comma or two and
never ends with 。."""

from __future__ import annotations

import re

from ..model import Block
from .paragraphs import opens_point
from .reflow import cell_width, ends_sentence, join_lines
from .roles import BODY, FOOTER, HEADER, OTHER, SUBHEADING, TITLE
from .text_units import Unit
from .tier_patterns import REFERENCE_LABEL

#: marks inside running text; a headline's lines hold a comma or two at most
_CLAUSE_MARKS = "，、；"
#: this many clause marks in a run of lines closed by 。 make it a paragraph
_MIN_CLAUSES = 3
#: what may close a sentence after its full stop
_CLOSERS = "”’）」』》"
_LAST_MARKS = frozenset("。" + _CLOSERS + " ")
#: a paragraph set wide runs over this many lines at most (a sidebar's, a lead's)
_MAX_LINES = 12


def _clauses(unit: Unit) -> int:
    return sum(line.count(mark) for line in unit.block.lines for mark in _CLAUSE_MARKS)


def _line_apart(unit: Unit) -> bool:
    """A headline candidate of one line: the stream cut it apart from the
    lines around it (too wide for their column)."""
    return unit.block.role == TITLE and len(unit.block.lines) == 1


def _opens_point(units: list[Unit], k: int) -> bool:
    """Does unit ``k`` open with a list's point or a note's mark (● ①) right
    under a sentence's end (:func:`.paragraphs.opens_point`)?"""
    return k > 0 and bool(units[k - 1].block.lines) and bool(units[k].block.lines) and opens_point(
        units[k - 1].block.lines[-1], units[k].block.lines[0].lstrip())


def mark_wide_paragraphs(units: list[Unit], candidates: list[int]) -> list[list[Unit]]:
    """One-line headline candidates in a row, each holding a clause mark, the
    last ending with 。, three clause marks or more in all: one paragraph set
    wide, body text (the line above them with no clause mark, a title, stays
    one). ``candidates``: the units whose role was told from their shape.
    Returns the runs of units marked (:func:`join_wide_paragraphs` makes each one)."""
    runs = []
    for i in candidates:
        unit = units[i]
        if not unit.block.lines or unit.block.lines[-1][-1:] not in _LAST_MARKS or unit.block.role != TITLE \
                or not unit.block.lines[-1].rstrip().rstrip(_CLOSERS).endswith("。"):
            continue  # (the line's last mark first: most units end otherwise)
        start = i
        while (start > max(0, i - _MAX_LINES) and not _opens_point(units, start) and _line_apart(units[start - 1])
               and _clauses(units[start - 1])):
            start -= 1
        run = units[start:i + 1]
        # (one line alone too: a whole sentence of clauses closed by 。, a link box's text across the page;
        # a note or a list's point under a sentence's end, ①…。, is a paragraph of its own, however few
        # its clauses: no headline opens with a point's mark and ends a sentence)
        if _line_apart(unit) and (sum(map(_clauses, run)) >= _MIN_CLAUSES or _opens_point(units, start)) \
                and not run[0].lines[0].lstrip().startswith("—"):
            for u in run:
                u.block.role = BODY
            runs.append(run)
    return runs


def join_wide_paragraphs(units: list[Unit], runs: list[list[Unit]]) -> None:
    """Each run of lines set wide becomes one unit of one paragraph (its lines
    joined): a paragraph set over the columns is no line of a column, so it
    gives no width to measure the column's paragraphs by (an editor's note of
    two wide lines over a body in narrow columns would make each of the body's
    lines look short, a paragraph's end)."""
    gone: set[int] = set()
    for run in runs:
        head = run[0]
        head.block.lines[:] = [join_lines([line for u in run for line in u.block.lines])]
        head.paragraph_lines = head.set_wide = True
        head.forget_width()
        gone.update(id(u) for u in run[1:])
    if gone:
        units[:] = [u for u in units if id(u) not in gone]


#: a line set this many times as wide as the column under it is set over the column, not in it
_WIDE_SHARE = 1.5
#: lines of a unit enough to measure its column on
_COLUMN_LINES = 3
#: the first of a paragraph's lines set wide holds this many clause marks at least: text, no headline
_TEXT_CLAUSES = 2


def cut_wide_last_lines(units: list[Unit]) -> list[Unit]:
    """A unit of column text under a line standing apart, set far wider than
    the column and stopping in mid-clause with clause marks in it: the unit's
    first line, ending a sentence, closes that line's paragraph set wide over
    the column (an editor's note across the article: 编者按：……从今天起，本 /
    报推出…故事。), which the stream cut after its first line. The line is cut
    into a unit of its own, so the wide paragraph is told as one
    (:func:`mark_wide_paragraphs`) and not run into the column's first
    paragraph. Returns the units."""
    out: list[Unit] = []
    for k, unit in enumerate(units):
        lines = unit.block.lines
        prev = units[k - 1] if k else None
        if (prev is None or unit.block.role != OTHER or prev.block.role != OTHER or len(prev.block.lines) != 1
                or len(lines) <= _COLUMN_LINES or not ends_sentence(lines[0].rstrip())):
            out.append(unit)
            continue
        above = prev.block.lines[0].strip()
        column = max(cell_width(line.strip()) for line in lines[1:1 + _COLUMN_LINES])
        if (cell_width(above) < _WIDE_SHARE * column or not "\u4e00" <= above[-1:] <= "\u9fff"
                or sum(above.count(mark) for mark in _CLAUSE_MARKS) < _TEXT_CLAUSES):
            out.append(unit)
            continue
        src = unit.block
        start = src.line_start + 1 if src.line_start is not None else None
        out.append(Unit(Block([lines[0]], src.role, page=src.page, line_start=src.line_start, bbox=src.bbox,
                              font_size=src.font_size)))
        out.append(Unit(Block(lines[1:], src.role, page=src.page, line_start=start, bbox=src.bbox,
                              font_size=src.font_size)))
    return out


#: a paragraph set wide over a column's text runs over this many lines at most at the unit's top
_WIDE_OPENING_LINES = 4


def cut_wide_opening_lines(units: list[Unit]) -> list[Unit]:
    """A unit of column text whose first lines are set far wider than the
    column under them (a key-points box's paragraph, an editor's note across
    the article's columns), the last of them ending a sentence, the lines
    text (clause marks in them): those lines are one paragraph of their own,
    cut into a unit of their own. Run into the column's text, their width
    would be taken for the column's, and every line of the column would look
    short, a paragraph's end. Returns the units."""
    out: list[Unit] = []
    for unit in units:
        lines = unit.block.lines
        if unit.block.role != OTHER or len(lines) < _WIDE_OPENING_LINES + _COLUMN_LINES:
            out.append(unit)
            continue
        end = _wide_opening(lines)
        if not end:
            out.append(unit)
            continue
        src = unit.block
        start = src.line_start + end if src.line_start is not None else None
        # (one paragraph, as :func:`join_wide_paragraphs` makes one: no width of the column's)
        wide = Unit(Block([join_lines(lines[:end])], src.role, page=src.page, line_start=src.line_start,
                          bbox=src.bbox, font_size=src.font_size), paragraph_lines=True, set_wide=True)
        out.append(wide)
        out.append(Unit(Block(lines[end:], src.role, page=src.page, line_start=start, bbox=src.bbox,
                              font_size=src.font_size)))
    return out


def _wide_opening(lines: list[str]) -> int:
    """How many of the unit's first lines are a paragraph set wide over its
    column (see :func:`cut_wide_opening_lines`), or 0. The column is measured
    on the unfinished lines under them (full lines; a paragraph's last line,
    a subheading or a one-line paragraph says nothing of its width), most of
    them one width."""
    first = cell_width(lines[0].strip())
    if first < 2 * _COLUMN_LINES:
        return 0  # (a short first line: no paragraph set wide)
    for end in range(1, _WIDE_OPENING_LINES + 1):
        if not ends_sentence(lines[end - 1].rstrip()):
            continue
        if first < _WIDE_SHARE * cell_width(lines[end].strip()) and not ends_sentence(lines[end].rstrip()):
            return 0  # (most units: the line under is a column line about as wide as the first)
        widths = [cell_width(line.strip()) for line in lines[:end + _UNDER_LINES]]
        measure = _column_under(lines, widths, end)
        if measure is None:
            return 0
        first_wide = widths[0] >= _WIDE_SHARE * measure
        rest_wide = all(w > measure + 2 for w in widths[1:end - 1])  # (the last may be short)
        clauses = sum(lines[n].count(mark) for n in range(end) for mark in _CLAUSE_MARKS)
        if first_wide and rest_wide and clauses >= _TEXT_CLAUSES:
            return end
        return 0
    return 0


def _column_under(lines: list[str], widths: list[float], start: int) -> float | None:
    """The width of the column whose lines follow line ``start``: the middle
    width of its unfinished lines (three at least, prose), when most of them
    are within a cell of it; else None."""
    under = [(line, w) for line, w in zip(lines[start:start + _UNDER_LINES], widths[start:start + _UNDER_LINES])
             if not ends_sentence(line.rstrip())]
    if len(under) < _COLUMN_LINES or 3 * sum(1 for line, _ in under if _has_clause(line)) < len(under):
        return None  # (a column's lines are prose, a third of them with a clause mark: no list of items)
    full = sorted(w for _, w in under)
    measure = full[len(full) // 2]
    near = sum(1 for w in full if abs(w - measure) <= 1)
    return measure if near * 2 > len(full) else None


def _has_clause(line: str) -> bool:
    return _CLAUSE_MARK.search(line) is not None


_CLAUSE_MARK = re.compile(f"[{_CLAUSE_MARKS}]")


#: the lines under a wide opening that the column is measured on
_UNDER_LINES = 8


#: a box's label over its text: a few characters with no mark (相关链接, 背景资料, 延伸阅读)
_BOX_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}")
#: the most lines a box of reference holds
_REFERENCE_LINES = 8


#: the most characters of a box's own title under its label
_BOX_TITLE_CHARS = 16


def _box_title(units: list[Unit], k: int) -> Unit | None:
    """Unit ``k`` if it is a box's own title under its label: one line of a
    few words ending no sentence, text under it."""
    if k + 1 >= len(units):
        return None
    unit = units[k]
    if unit.block.role != TITLE or len(unit.block.lines) != 1 or units[k + 1].block.role != BODY:
        return None
    text = unit.block.lines[0].strip()
    return unit if 2 <= len(text) <= _BOX_TITLE_CHARS and not ends_sentence(text) else None


def box_labels_are_subheadings(units: list[Unit]) -> None:
    """A short label alone (相关链接) right under an article's text that ended
    its sentence, over one paragraph set wider than the columns (or in any
    measure, when the label names a box of reference: 人物简介) that closes
    the article (the next headline, or the page's end, after it): a box set
    across the foot of that article, its label a heading inside it, no
    headline of an article of its own (a new article's text stands in
    columns). A box of reference may give its text a title of its own
    under the label (延伸阅读 / 什么是“口袋公园”): one short line, the box's
    heading too."""
    for k in range(1, len(units) - 1):
        unit, prev = units[k], units[k - 1]
        if unit.block.role != TITLE or len(unit.block.lines) != 1:
            continue  # (most units: asked no more)
        label = unit.block.lines[0].strip()
        reference = REFERENCE_LABEL.fullmatch(label) is not None
        own_title = _box_title(units, k + 1) if reference else None
        nxt = units[k + 2] if own_title is not None else units[k + 1]
        if (nxt.block.role != BODY
                or not (nxt.set_wide or reference)
                or prev.block.role != BODY or not _BOX_LABEL.fullmatch(label)
                or not ends_sentence(prev.block.lines[-1].rstrip())):
            continue
        start = k + 2 if own_title is not None else k + 1
        end = start  # a box of reference's few lines may come cut into pieces
        while (reference and end + 1 < len(units) and units[end + 1].block.role == BODY
               and sum(len(u.block.lines) for u in units[start:end + 2]) <= _REFERENCE_LINES):
            end += 1
        after = units[end + 1] if end + 1 < len(units) else None
        if after is None or after.block.role in (TITLE, HEADER, FOOTER):
            unit.block.role = SUBHEADING
            if own_title is not None:
                own_title.block.role = SUBHEADING
