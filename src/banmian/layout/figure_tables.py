"""A table of figures inside an article is read row by row.

A table's cells are short lines set on shared baselines: a label and its
figures side by side (地区生产总值 1286.4 6.1), row under row. Read as column
blocks, its label column would run on into the text's columns and each
figure column would be a paragraph of its own. Read as a reader reads it,
each row is a paragraph, its cells in order left to right; the one line
over it (the table's title) and the one under it set smaller (its source,
数据来源：…) go with it. The rows make one block, which a column's text
never runs on into (:class:`~.columns.ColumnBlock` ``rows``).
"""

from __future__ import annotations

import re
from operator import attrgetter

from ..model import TextLine, union
from .columns import ColumnBlock
from .roles import BODY, SUBHEADING

#: the most characters a cell holds (a label of a few words, a figure)
_CELL_CHARS = 14
#: a figure: digits with a point, a sign, a per cent or a unit mark
_FIGURE = re.compile(r"^[+\-−]?\d[\d,.]*%?$")
#: the fewest rows a table has, and the fewest of them with a figure
_LEAST_ROWS = 3
_LEAST_FIGURE_ROWS = 2


def _cell_block(b: ColumnBlock) -> bool:
    return b.role == BODY and all(len(ln.text.strip()) <= _CELL_CHARS and "。" not in ln.text for ln in b.lines)


def baseline_rows(lines: list[TextLine]) -> list[list[TextLine]]:
    """Lines on one baseline (their middles within a third of a line), left to right."""
    rows: list[list[TextLine]] = []
    first = 0.0  # the middle of the row's first line (asked of every line of a page: kept, not computed again)
    mids = [(ln.y0 + ln.y1) / 2 for ln in lines]  # (each line's middle once; sorted by index, stable as before)
    for k in sorted(range(len(lines)), key=mids.__getitem__):
        ln, mid = lines[k], mids[k]
        if rows and abs(mid - first) <= 0.35 * ln.size:
            rows[-1].append(ln)
        else:
            rows.append([ln])
            first = mid
    return [sorted(r, key=_X0) if len(r) > 1 else r for r in rows]


_X0 = attrgetter("x0")


def _tables(rows: list[list[TextLine]]) -> list[list[list[TextLine]]]:
    """Runs of rows of two cells or more, each close under the last and
    overlapping it across the page, with figures in enough of them."""
    out: list[list[list[TextLine]]] = []
    run: list[list[TextLine]] = []

    def close() -> None:
        figures = sum(any(_FIGURE.match(c.text.strip()) for c in r) for r in run)
        if len(run) >= _LEAST_ROWS and figures >= _LEAST_FIGURE_ROWS:
            out.append(list(run))
    for r in rows:
        apart = len(r) >= 2 and all(a.x1 <= b.x0 for a, b in zip(r, r[1:]))
        if not apart:
            close()
            run = []
            continue
        if run:
            last = run[-1]
            near = r[0].y0 - max(c.y1 for c in last) <= 2.5 * r[0].size
            across = min(last[-1].x1, r[-1].x1) - max(last[0].x0, r[0].x0) > 0
            if not (near and across):
                close()
                run = []
        run.append(r)
    close()
    return out


def _row_line(cells: list[TextLine]) -> TextLine:
    first = cells[0]
    return TextLine(" ".join(c.text.strip() for c in cells), union([c.bbox for c in cells]),
                    max(c.size for c in cells), first.bold, font=first.font, order=first.order, color=first.color)


def _one_line_within(b: ColumnBlock, x0: float, x1: float, body: float, slack: float = 1.0) -> bool:
    """A block of one line that stands within the table's width (centred over it or set from its
    left), or ``slack`` characters beyond its left (a source line flush with the text's columns)."""
    if len(b.lines) != 1 or b.role not in (BODY, SUBHEADING):
        return False
    ln = b.lines[0]
    return x0 - slack * body <= ln.x0 and ln.x1 <= x1 + body


def tables_read_by_rows(blocks: list[ColumnBlock], body: float) -> list[ColumnBlock]:
    """``blocks`` with each table's cell blocks (and the title line over it,
    the smaller source line under it) replaced by one block of its rows."""
    cells = [b for b in blocks if _cell_block(b)]
    if len(cells) < 2:
        return blocks
    owner = {id(ln): b for b in cells for ln in b.lines}
    out = list(blocks)
    for table in _tables(baseline_rows([ln for b in cells for ln in b.lines])):
        inside = {id(ln) for r in table for ln in r}
        taken = {id(owner[i]): owner[i] for i in inside}
        if any(id(ln) not in inside for b in taken.values() for ln in b.lines):
            continue  # a block only partly in the rows: no table of cells
        x0, x1 = min(r[0].x0 for r in table), max(r[-1].x1 for r in table)
        top, bottom = min(c.y0 for c in table[0]), max(c.y1 for c in table[-1])
        lines = [_row_line(r) for r in table]
        over = [b for b in out if id(b) not in taken and _one_line_within(b, x0, x1, body)
                and 0 <= top - b.bottom <= 2.5 * body and "。" not in b.lines[0].text]
        under = [b for b in out if id(b) not in taken and _one_line_within(b, x0, x1, body, 4.0)
                 and 0 <= b.top - bottom <= 2 * body and b.size < body - 0.3]
        if over:  # the table's title over it
            title = max(over, key=lambda b: b.bottom)
            taken[id(title)], lines = title, [title.lines[0], *lines]
        if under:  # its source under it, set smaller
            source = min(under, key=lambda b: b.top)
            taken[id(source)], lines = source, [*lines, source.lines[0]]
        block = ColumnBlock(lines, role=BODY, rows=True)
        out = [b for b in out if id(b) not in taken] + [block]
    return out


__all__ = ["baseline_rows", "tables_read_by_rows"]
