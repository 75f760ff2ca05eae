"""A small heading over a row of columns is the row's headline, not a subheading.

A headline set little larger than its text (1.0-1.3 times) may stand flush
left over the first of its columns, narrower than the row. It stands over
the row: the text's first line right under it, and a gutter to its right the
next column opening level with that line, nothing over that column. An
in-body subheading opening a column stands inside the row instead: the
column beside opens level with the subheading itself (the row's top), or
runs on from above it.
"""

from __future__ import annotations

from ..model import BBox
from .columns import ColumnBlock
from .roles import BODY
from .segment import rule_between

#: how far under the heading's foot its column's text may open (body sizes)
_UNDER = 2.0
#: how level two columns' tops stand (body sizes), and the gutter's widest (with a first line's indent)
_LEVEL = 0.5
_GUTTER = 5.0


def heads_a_row(box: BBox, blocks: list[ColumnBlock], separators: list[BBox], body: float) -> bool:
    """Flush left over its row (:func:`flush_over_a_row`) or across a gutter of it (:func:`across_a_gutter`)
    (text right over it asked once, for both)."""
    if _text_right_over(box, blocks, separators, body):
        return False
    return _flush_over(box, blocks, separators, body) or _across(box, blocks, separators, body)


def across_a_gutter(box: BBox, blocks: list[ColumnBlock], separators: list[BBox], body: float) -> bool:
    """Right under ``box`` (no rule between) two columns open level, a gutter
    apart, the heading reaching a body size over each: it stands over the
    gutter, heading both (a subheading stands inside one column), when
    nothing of the text stands over either within three lines."""
    return not _text_right_over(box, blocks, separators, body) and _across(box, blocks, separators, body)


def _across(box: BBox, blocks: list[ColumnBlock], separators: list[BBox], body: float) -> bool:
    """:func:`across_a_gutter` once no text stands right over ``box``."""
    x0, _, x1, y1 = box
    under = sorted((b for b in blocks if b.role == BODY and len(b.lines) >= 2 and 0 <= b.top - y1 <= _UNDER * body
                    and min(b.right, x1) - max(b.left, x0) >= body
                    and not rule_between(y1, b.top, max(x0, b.left), min(x1, b.right), separators)),
                   key=lambda b: b.left)
    for a, c in zip(under, under[1:]):
        if abs(a.top - c.top) > _LEVEL * body or c.left < a.right - body:
            continue
        if not any(_covered(b, box[1], blocks, separators, body) for b in (a, c)):
            return True
    return False


def _text_right_over(box: BBox, blocks: list[ColumnBlock], separators: list[BBox], body: float) -> bool:
    """Text ends within two body sizes over the heading, across it, no rule
    between (a paragraph's last line carried over from the column before):
    its column runs on over it, so it stands inside the flow."""
    x0, y0, x1, _ = box
    return any(o.bottom <= y0 + 0.5 and y0 - o.bottom <= 2 * body and min(o.right, x1) - max(o.left, x0) > 0
               and not rule_between(o.bottom, y0, max(o.left, x0), min(o.right, x1), separators) for o in blocks)


def _covered(c: ColumnBlock, top: float, blocks: list[ColumnBlock], separators: list[BBox], body: float) -> bool:
    """Text stands over the column within three lines, or ends within two
    body sizes over the heading's ``top`` (a heading level with the one asked
    about between, no rule): the column runs on from above, inside a row."""
    return any(o is not c and o.bottom <= c.top + 0.5 and (c.top - o.bottom <= 3 * body or o.bottom >= top - 2 * body)
               and min(o.right, c.right) - max(o.left, c.left) > 0.5 * min(o.width, c.width)
               and not rule_between(o.bottom, c.top, max(o.left, c.left), min(o.right, c.right), separators)
               for o in blocks)


def flush_over_a_row(box: BBox, blocks: list[ColumnBlock], separators: list[BBox], body: float) -> bool:
    """Under ``box`` its column's text opens (no rule between), and a gutter
    to the right of that column another column of two lines or more opens
    level with that text's top, with no text over it within three lines and
    no rule between the heading's top and it (another region's column)."""
    return not _text_right_over(box, blocks, separators, body) and _flush_over(box, blocks, separators, body)


def _flush_over(box: BBox, blocks: list[ColumnBlock], separators: list[BBox], body: float) -> bool:
    """:func:`flush_over_a_row` once no text stands right over ``box``."""
    x0, y0, x1, y1 = box
    under = [b for b in blocks if b.role == BODY and len(b.lines) >= 2 and 0 <= b.top - y1 <= _UNDER * body
             and min(b.right, x1) - max(b.left, x0) > 0.5 * min(x1 - x0, b.width)
             and not rule_between(y1, b.top, max(x0, b.left), min(x1, b.right), separators)]
    if not under:
        return False
    column = min(under, key=lambda b: b.top)
    if column.left > x0 + 2 * body:
        return False  # the heading does not open over its column's left edge (centred over a row: row_titles)
    edge = max(column.right, x1)
    for c in blocks:  # (a mark hung past the column's edge may touch the next column: a body size's slack)
        if c is column or c.role != BODY or len(c.lines) < 2 or not edge - body < c.left <= edge + _GUTTER * body:
            continue
        if abs(c.top - column.top) > _LEVEL * body:
            continue
        if _covered(c, y0, blocks, separators, body):
            continue  # the column runs on from above: the heading stands inside a row
        if not rule_between(y0, c.top, c.left, c.right, separators):
            return True
    return False


__all__ = ["across_a_gutter", "flush_over_a_row", "heads_a_row"]
