"""A list set in a grid (名单) is read along its printed lines.

A names list prints its entries (王晓东, 城东街道　王晓东) a few to a line, set
wide apart at an even pitch on shared baselines, line under line. Read as
columns, each entry would be a line of a narrow column and the list would be
read down its columns, the first column run into the text over it. A reader
reads it along its lines: each printed line is one line of text, its entries
in order left to right. Running text never looks so: a column's justified
lines leave a gutter of a character or two to the next column, and its lines
hold commas and stops. A table of figures is figure_tables.py's.
"""

from __future__ import annotations

import re

from ..model import TextLine, union
from .columns import ColumnBlock
from .figure_tables import baseline_rows

#: the most characters an entry holds (a name, a unit and a name)
_ENTRY_CHARS = 14
#: entries stand this many body sizes apart at least
_LEAST_GAP = 2.5
#: the fewest printed lines a list has
_LEAST_ROWS = 3
#: how far (in body sizes) over or under the grid a line of its own text stands
_NEAR = 7.0
#: marks of running text, which a list's entries never hold
_SENTENCE_MARKS = re.compile(r"[，。；：！？,;:!?、]")
#: the same, or an ASCII digit (an entry holds no figure): one search for both
_MARKS_OR_DIGITS = re.compile(r"[，。；：！？,;:!?、0-9]")


def _runs(row: list[TextLine], entries: set[int], body: float) -> list[list[TextLine]]:
    """The row's runs of two entries or more, each the next at one pitch and wide apart."""
    runs: list[list[TextLine]] = []
    run: list[TextLine] = []
    for ln in row:
        entry = id(ln) in entries  # (asked once a line)
        if entry and run and ln.x0 - run[-1].x1 >= _LEAST_GAP * body and (
                len(run) < 2 or abs((ln.x0 - run[-1].x0) - (run[1].x0 - run[0].x0)) <= body):
            run.append(ln)
            continue
        if len(run) >= 2:
            runs.append(run)
        run = [ln] if entry else []
    if len(run) >= 2:
        runs.append(run)
    return runs


def _same_grid(run: list[TextLine], first: list[TextLine], last: list[TextLine], body: float) -> bool:
    """``run`` continues the grid whose first printed line is ``first`` and last ``last``:
    close under it, its entries under the first line's, no more of them."""
    if len(run) > len(first) or not 0 <= run[0].y0 - max(ln.y1 for ln in last) <= 1.5 * body:
        return False
    return all(abs(ln.x0 - top.x0) <= body for ln, top in zip(run, first))


def _spanned(grid: list[list[TextLine]], lines: list[TextLine], body: float) -> bool:
    """Is the grid set inside one measure: a line of the text it belongs to
    (its lead over it, its closing note under it), a few lines away at
    most, runs across all its columns? Short lines side by side in two columns of text (a contents
    list, 第一节… 第二节…) each stand in a measure of their own."""
    top, bottom = grid[0][0].y0, max(ln.y1 for ln in grid[-1])
    left, last = grid[0][0].x0, grid[0][-1].x0
    inside = {id(ln) for run in grid for ln in run}
    return any(id(ln) not in inside and not ln.vertical and abs(ln.size - body) <= 0.2 * body
               and ln.x0 <= left + body and ln.x1 >= last + body
               and (0 <= top - ln.y1 <= _NEAR * body or 0 <= ln.y0 - bottom <= _NEAR * body) for ln in lines)


def _row_line(cells: list[TextLine]) -> TextLine:
    first = cells[0]
    return TextLine(" ".join(c.text.strip() for c in cells), union([c.bbox for c in cells]),
                    max(c.size for c in cells), first.bold, font=first.font, order=first.order, color=first.color)


def list_lines_joined(lines: list[TextLine], body: float) -> tuple[list[TextLine], list[TextLine]]:
    """``lines`` with each printed line of a list grid made one line of its
    entries, left to right; and those joined lines."""
    # an entry: a short line at the body size with no mark of running text and no figure (asked of every
    # line of a page: written out, no call a line)
    slack, search = 0.2 * body, _MARKS_OR_DIGITS.search
    entries = {id(ln) for ln in lines if not ln.vertical and not abs(ln.size - body) > slack
               and 2 <= len(text := ln.text.strip()) <= _ENTRY_CHARS and not search(text)}
    if len(entries) < 2 * _LEAST_ROWS:
        return lines, []  # (most pages: asked no more)
    runs = [run for row in baseline_rows([ln for ln in lines if not ln.vertical]) for run in _runs(row, entries, body)]
    grids: list[list[list[TextLine]]] = []
    for run in runs:
        grid = next((g for g in grids if _same_grid(run, g[0], g[-1], body) and len(g[-1]) == len(g[0])), None)
        if grid is not None:
            grid.append(run)
        else:
            grids.append([run])
    joined: dict[int, TextLine] = {}
    gone: set[int] = set()
    for grid in grids:
        if len(grid) < _LEAST_ROWS or not _spanned(grid, lines, body):
            continue
        for run in grid:
            joined[id(run[0])] = _row_line(run)
            gone.update(id(ln) for ln in run[1:])
    if not joined:
        return lines, []
    return [joined.get(id(ln), ln) for ln in lines if id(ln) not in gone], list(joined.values())


def list_rows_apart(blocks: list[ColumnBlock], rows: list[TextLine]) -> list[ColumnBlock]:
    """``blocks`` with a list's joined lines cut out of the column block they
    joined into a block of their own, each line a paragraph (as a table's rows)."""
    if not rows:
        return blocks
    row_ids = {id(ln) for ln in rows}
    out: list[ColumnBlock] = []
    for b in blocks:
        if not any(id(ln) in row_ids for ln in b.lines):
            out.append(b)
            continue
        piece: list[TextLine] = []
        for ln in b.lines:
            if piece and (id(ln) in row_ids) != (id(piece[-1]) in row_ids):
                out.append(ColumnBlock(piece, role=b.role, rows=id(piece[-1]) in row_ids))
                piece = []
            piece.append(ln)
        out.append(ColumnBlock(piece, role=b.role, rows=id(piece[-1]) in row_ids))
    return out


__all__ = ["list_lines_joined", "list_rows_apart"]
